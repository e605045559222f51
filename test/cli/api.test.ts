import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, format, verify } from '../../src/index.js';
import { fixtures } from './run.js';

const datasets = [join(fixtures, 'dataset')];

describe('library API', () => {
  it('verify(paths) returns the report model, paths relative to cwd', async () => {
    const report = await verify(['contradiction/article.txt', 'clean'], { cwd: fixtures, datasets, datasetReplace: true });
    expect(report.files.map((f) => f.path)).toEqual(['clean/article.txt', 'contradiction/article.txt']);
    expect(report.summary).toMatchObject({ files: 2, contradiction: 1, errors: 1 });
    expect(report.dataset.figures).toBeGreaterThan(0);
    const claim = report.files[1]!.claims.find((c) => c.verdict === 'contradiction')!;
    expect(claim.start.line).toBe(2);
    expect(claim.text).toContain('2500亿美元');
  });

  it('verify({ text, path }) checks text in memory; the extension picks the kind', async () => {
    const text = readFileSync(join(fixtures, 'stdin/article.md'), 'utf8');
    const report = await verify({ text, path: 'today.md' }, { datasets, datasetReplace: true });
    expect(report.files[0]).toMatchObject({ path: 'today.md', kind: 'markdown', ok: true });
    expect(report.files[0]!.claims[0]!.verdict).toBe('contradiction');
  });

  it('rules: off drops a rule, a severity replaces it', async () => {
    const input = { text: readFileSync(join(fixtures, 'contradiction/article.txt'), 'utf8'), path: 'a.txt' };
    const off = await verify(input, { datasets, datasetReplace: true, rules: { 'chipcheck/contradiction': 'off' } });
    expect(off.summary.contradiction).toBe(0);
    const warn = await verify(input, { datasets, datasetReplace: true, rules: { contradiction: 'warning' } });
    expect(warn.summary).toMatchObject({ contradiction: 1, errors: 0, warnings: 1 });
  });

  it.each([
    ['no settings', {}, 1],
    ['--fail-level none', { failLevel: 'none' }, 0],
    ['the contradiction off', { rules: { contradiction: 'off' } }, 0],
    ['the contradiction a warning, at most 0 warnings', { rules: { contradiction: 'warning' }, maxWarnings: 0 }, 1],
    ['the contradiction a warning, at most 1 warning', { rules: { contradiction: 'warning' }, maxWarnings: 1 }, 0],
  ] as const)('check() answers the exit code the command would, through the same report stage: %s', async (_label, settings, code) => {
    const { exitCode } = await check(['contradiction/article.txt'], { cwd: fixtures, datasets, datasetReplace: true, ...settings });
    expect(exitCode).toBe(code);
  });

  it('a missing file is a result with ok: false, not an exception', async () => {
    const report = await verify(['nope.txt'], { cwd: fixtures, datasets, datasetReplace: true });
    expect(report.files[0]).toMatchObject({ path: 'nope.txt', ok: false });
    expect(report.files[0]!.messages[0]!.ruleId).toBe('chipcheck/unreadable-file');
  });

  it('format(report, name) renders any string format; each file carries its text for exact columns', async () => {
    const { report } = await check(['contradiction/article.txt'], { cwd: fixtures, datasets, datasetReplace: true });
    expect(report.files[0]!.text).toContain('2500亿美元');
    expect(JSON.parse(format(report, 'sarif', { cwd: fixtures })).version).toBe('2.1.0');
    expect(JSON.parse(format(report, 'json')).files[0].text).toBeUndefined(); // the article itself is not in the JSON report
    expect(format(report, 'json')).toContain('"verdict": "contradiction"');
    expect(() => format(report, 'xml' as 'json')).toThrow(/Unknown format "xml"/u);
  });
});
