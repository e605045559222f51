import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, run, testDataset } from './run.js';

const article = (scenario: string, name = 'article.txt') => join(fixtures, scenario, name);

describe('exit codes', () => {
  it.each([
    ['0: every claim matches', [article('clean')], 0],
    ['1: a contradiction', [article('contradiction')], 1],
    ['0: a contradiction under --fail-level none', [article('contradiction'), '--fail-level', 'none'], 0],
    ['1: --fail-level warning still fails on an error', [article('contradiction'), '--fail-level', 'warning'], 1],
    ['0: an ignore comment turns the contradiction off', [article('ignore-comments', 'article.md')], 0],
    ['2: an unknown option', [article('clean'), '--frobnicate'], 2],
    ['2: a missing file', [article('clean'), article('clean', 'missing.txt')], 2],
    ['2: a bad --format', [article('clean'), '--format', 'xml'], 2],
    ['2: a bad --published', [article('clean'), '--published', '2021-13-01'], 2],
    ['2: no input at all', [], 2],
    ['2: --output into a folder that does not exist', [article('clean'), '--output', join(fixtures, 'no-such-folder/out.txt')], 2],
    ['2: a file over --max-size', [article('clean'), '--max-size', '16'], 2],
    ['2: a dataset that does not exist', [article('clean'), '--dataset', join(fixtures, 'no-such-dataset')], 2],
  ] as const)('%s', (_name, args, code) => {
    const r = run(['verify', '--format', 'text', ...(args as readonly string[]), ...testDataset]);
    expect(r.code, r.stderr).toBe(code);
  });

  it.each([
    ['1: one warning over --max-warnings 0', ['--max-warnings', '0'], 1],
    ['0: one warning within --max-warnings 1', ['--max-warnings', '1'], 0],
    ['0: one warning and no limit', [], 0],
    ['2: a --max-warnings that is not a number', ['--max-warnings', 'few'], 2],
  ] as const)('%s (the contradiction made a warning by the config)', (_name, args, code) => {
    const dir = mkdtempSync(join(tmpdir(), 'chipcheck-max-warnings-'));
    try {
      const config = join(dir, 'chipcheck.config.json');
      writeFileSync(config, JSON.stringify({ rules: { contradiction: 'warning' } }));
      const r = run(['verify', '--format', 'text', article('contradiction'), '--config', config, ...args, ...testDataset]);
      expect(r.code, r.stderr).toBe(code);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names an unknown option on stderr, with its code and a hint, and still checks the files', () => {
    const r = run([article('contradiction'), '--frobnicate', ...testDataset, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'chipcheck: unknown option --frobnicate [chipcheck/unknown-option]',
      '  hint: Check the spelling against chipcheck --help.',
    ]);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['test/fixtures/cli/contradiction/article.txt']);
    expect(report.summary.contradiction).toBe(1);
  });

  it('names a missing file and still checks the others, in sorted order', () => {
    const r = run([article('contradiction'), 'test/fixtures/cli/aaa-missing.txt', article('clean'), ...testDataset, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'chipcheck: test/fixtures/cli/aaa-missing.txt: no such file or folder [chipcheck/unreadable-file]\n  hint: Check the path: the other files were still checked.\n',
    );
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { path: string; ok: boolean }) => [f.path, f.ok])).toEqual([
      ['test/fixtures/cli/aaa-missing.txt', false],
      ['test/fixtures/cli/clean/article.txt', true],
      ['test/fixtures/cli/contradiction/article.txt', true],
    ]);
  });

  it('--version and --help exit 0', () => {
    const version = run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/u);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-level');
  });

  it('chipcheck dataset … is handed to the dataset command', () => {
    const r = run(['dataset', 'list']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('an unknown option of fix is named too', () => {
    const r = run(['fix', '--format', 'json', article('clean'), ...testDataset]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --format');
  });

  it('a bad config file names the key and the expected shape, exit 2', () => {
    const r = run([article('clean'), '--config', join(fixtures, 'bad-config.json'), ...testDataset]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"failLevel" is invalid');
    expect(r.stderr).toContain('expected "error", "warning", "info" or "none"');
  });

  it('runs from another folder with relative paths', () => {
    const r = run(['clean/article.txt', ...testDataset, '--format', 'text'], { cwd: fixtures });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('clean/article.txt');
  });
});
