// Issue 17: memory follows one window of work, not the file. A file just under --max-size is checked in a
// child process whose heap is a fraction of what the whole file's claims would take; with less heap than the
// file needs, it is refused with a message (exit 2), never a V8 abort. No timing assertions.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heapNeeded, memoryProblem } from '../../src/extract/source/index.js';
import { root, run, tempDir, testDataset } from './helpers.js';

const dir = tempDir('memory');
/** A monthly report with a claim in nearly every line (seed 004): the densest article the corpus has. */
const REPORT = readFileSync(join(root, 'corpus/articles/004_9d87c5c2f4b7b3ea.txt'), 'utf8');
const LIMIT = 1024 * 1024;

/** The report repeated to just under `bytes`. */
function denseFile(bytes: number): { path: string; copies: number } {
  const copies = Math.floor(bytes / Buffer.byteLength(REPORT));
  const path = join(dir, `dense-${copies}.txt`);
  writeFileSync(path, REPORT.repeat(copies));
  return { path, copies };
}

describe('memory bounded by a window, not the file', () => {
  it('a claim-dense file just under --max-size is checked whole with a 128 MB heap (the run held ~1 GB before issue 17)', () => {
    const { path, copies } = denseFile(LIMIT);
    const single = run(['verify', '--format', 'json', join(root, 'corpus/articles/004_9d87c5c2f4b7b3ea.txt'), ...testDataset]);
    const perCopy = JSON.parse(single.stdout).summary.claims as number;
    const out = join(dir, 'dense.json');
    const r = run(['verify', '--format', 'json', '--max-size', String(LIMIT), '-o', out, path, ...testDataset], { env: { NODE_OPTIONS: '--max-old-space-size=128' } });
    expect(r.code, r.stderr.slice(0, 2000)).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.files[0].ok).toBe(true);
    expect(perCopy).toBeGreaterThan(300);
    expect(report.summary.claims).toBe(perCopy * copies);
    expect(report.files[0].claims.length).toBe(report.summary.claims);
  });

  it('with less heap than the file needs, the file is refused with a message and the run exits 2, not a V8 abort', () => {
    const { path } = denseFile(LIMIT);
    const r = run(['verify', '--format', 'json', path, ...testDataset], { env: { NODE_OPTIONS: '--max-old-space-size=40' } });
    expect(r.code, r.stderr.slice(0, 2000)).toBe(2);
    expect(r.stderr).not.toMatch(/heap out of memory/u);
    const file = JSON.parse(r.stdout).files[0];
    expect(file).toMatchObject({ ok: false, claims: [] });
    expect(file.messages[0]).toMatchObject({ ruleId: 'chipcheck/file-too-large', hint: expect.stringContaining('--max-old-space-size') });
    expect(r.stderr).toMatch(/need about \d+ MB of memory/u);
  });

  it('what a file needs grows by a small constant per character, plus one window', () => {
    const perChar = (chars: number) => heapNeeded(chars) / chars;
    expect(perChar(45_000_000)).toBeLessThanOrEqual(10);
    expect(heapNeeded(2_000_000) - heapNeeded(1_000_000)).toBe(heapNeeded(3_000_000) - heapNeeded(2_000_000));
    expect(memoryProblem(1000, 1024 * 1024 * 1024)).toBeNull();
    expect(memoryProblem(45_000_000, 100 * 1024 * 1024)).toMatchObject({ ruleId: 'chipcheck/file-too-large', severity: 'error' });
  });
});
