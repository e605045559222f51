import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures, root, run, testDataset } from './run.js';

const require = createRequire(import.meta.url);
const tmp = mkdtempSync(join(tmpdir(), 'chipcheck-formats-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const seeds = ['corpus/articles/000_e2f4171da3f33293.txt', 'corpus/articles/001_f035b895622326c6.txt'];
const contradiction = 'test/fixtures/cli/contradiction/article.txt';

describe('real output', () => {
  it('json validates against schema/report.schema.json (seed articles, bundled dataset)', () => {
    const r = run(['verify', '--format', 'json', ...seeds]);
    expect([0, 1], r.stderr).toContain(r.code);
    const schema = JSON.parse(readFileSync(join(root, 'schema/report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const report = JSON.parse(r.stdout);
    validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(seeds);
    expect(report.summary.claims).toBeGreaterThan(0);
  });

  it('sarif validates against the SARIF 2.1.0 schema and --output writes it', () => {
    const out = join(tmp, 'report.sarif');
    const r = run(['verify', '--format', 'sarif', '--output', out, ...seeds]);
    expect([0, 1], r.stderr).toContain(r.code);
    expect(r.stdout).toBe('');
    const validate = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(
      require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'),
    );
    const log = JSON.parse(readFileSync(out, 'utf8'));
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
  });

  it('sarif fingerprints are the same on a second run', () => {
    const a = run(['verify', '--format', 'sarif', contradiction, ...testDataset]).stdout;
    const b = run(['verify', '--format', 'sarif', contradiction, ...testDataset]).stdout;
    const prints = (s: string) => JSON.parse(s).runs[0].results.map((r: { partialFingerprints: unknown }) => r.partialFingerprints);
    expect(prints(a)).toEqual(prints(b));
    expect(prints(a).length).toBeGreaterThan(0);
  });

  it('text: grouped by file, a line per claim, a summary', () => {
    const r = run(['verify', '--format', 'text', contradiction, ...testDataset]);
    expect(r.stdout).toMatch(/^test\/fixtures\/cli\/contradiction\/article\.txt\n/u);
    expect(r.stdout).toMatch(/article\.txt:2:\d+ {2}contradiction {2}\S*2500亿美元/u);
    expect(r.stdout).toMatch(/\n1 file, \d+ claims?: /u);
    expect(r.stdout).not.toContain('\u001B[');
  });

  it('text: colour only when asked (--color), never with --no-color', () => {
    expect(run(['verify', '--format', 'text', '--color', contradiction, ...testDataset]).stdout).toContain('\u001B[31mcontradiction\u001B[39m');
    expect(run(['verify', '--format', 'text', '--no-color', contradiction, ...testDataset]).stdout).not.toContain('\u001B[');
  });

  it('github: annotations on stdout, the Markdown summary appended to $GITHUB_STEP_SUMMARY', () => {
    const summary = join(tmp, 'summary.md');
    writeFileSync(summary, 'before\n');
    const r = run(['verify', '--format', 'github', contradiction, ...testDataset], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=test\/fixtures\/cli\/contradiction\/article\.txt,line=2,col=\d+,endLine=2,endColumn=\d+,title=/u);
    expect(readFileSync(summary, 'utf8')).toMatch(/^before\n## chipcheck\n/u);
  });

  it('rdjsonl: one JSON diagnostic per line', () => {
    const r = run(['verify', '--format', 'rdjsonl', contradiction, ...testDataset]);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.some((d) => d.severity === 'ERROR' && d.location.range.start.line === 2)).toBe(true);
  });

  it('stdin with --stdin-filename names the text and picks its kind', () => {
    const text = readFileSync(join(fixtures, 'stdin/article.md'));
    const r = run(['verify', '-', '--stdin-filename', 'news/today.md', '--format', 'json', ...testDataset], { input: text });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { path: string; kind: string }) => [f.path, f.kind])).toEqual([['news/today.md', 'markdown']]);
    expect(report.files[0].claims[0].verdict).toBe('contradiction');
  });

  it('config rules: off drops a rule, and the config is found from the working directory', () => {
    const dir = mkdtempSync(join(tmp, 'config-'));
    writeFileSync(join(dir, 'a.txt'), readFileSync(join(root, contradiction)));
    writeFileSync(join(dir, 'chipcheck.config.json'), JSON.stringify({ dataset: join(fixtures, 'dataset'), datasetReplace: true, rules: { 'chipcheck/contradiction': 'off' } }));
    const r = run(['verify', 'a.txt', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).summary.contradiction).toBe(0);
  });
});
