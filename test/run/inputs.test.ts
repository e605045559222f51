import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayPath, expandInputs } from '../../src/run/inputs.js';
import { CHECKED, makeContentRepo } from '../cli/content-repo.js';

const repo = makeContentRepo();
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const rel = (files: string[]) => files.map((f) => displayPath(f, repo));

describe('inputs', () => {
  it('a folder: article extensions only, ignore files respected, symlink loop skipped, sorted', () => {
    const { files, errors, notes } = expandInputs(['content'], { cwd: repo });
    expect(rel(files)).toEqual([...CHECKED, 'content/2023.md'].sort());
    expect(errors).toEqual([]);
    expect(notes).toContainEqual(expect.objectContaining({ code: 'chipcheck/symlink-loop', reason: expect.stringContaining('symlink loop') }));
  });

  it('a glob', () => {
    const { files } = expandInputs(['content/**/*.md'], { cwd: repo });
    expect(rel(files)).toEqual(['content/2021/trade.md', 'content/2023.md']);
  });

  it('a glob that matches nothing is an error', () => {
    expect(expandInputs(['content/**/*.rst'], { cwd: repo }).errors).toEqual([
      expect.objectContaining({ code: 'chipcheck/missing-input', reason: 'content/**/*.rst: no files match this glob', hint: expect.stringContaining('quote it') }),
    ]);
  });

  it('a file named explicitly is checked even when ignored', () => {
    expect(rel(expandInputs(['build/out.md'], { cwd: repo }).files)).toEqual(['build/out.md']);
  });

  it('config ignore globs apply too', () => {
    const { files } = expandInputs(['content'], { cwd: repo, ignore: ['*.html', 'content/2023.md'], ignoreRoot: repo });
    expect(rel(files)).toEqual(['content/2021/trade.md', 'content/index.txt']);
  });

  it('--changed-since: only files changed since the ref', () => {
    expect(rel(expandInputs([], { cwd: repo, changedSince: 'HEAD~1' }).files)).toEqual(['content/2021/trade.md', 'content/2023.md']);
    expect(rel(expandInputs(['content/2021'], { cwd: repo, changedSince: 'HEAD~1' }).files)).toEqual(['content/2021/trade.md']);
  });

  it('--changed-since with a ref git does not know is an error', () => {
    const { errors } = expandInputs([], { cwd: repo, changedSince: 'no-such-ref' });
    expect(errors[0]).toMatchObject({ code: 'chipcheck/changed-since', reason: expect.stringMatching(/^--changed-since no-such-ref: git diff failed/u) });
  });

  it('the same file named twice is checked once', () => {
    expect(rel(expandInputs(['content/index.txt', join(repo, 'content/index.txt')], { cwd: repo }).files)).toEqual(['content/index.txt']);
  });
});
