// Issue 9, data: a dataset or config file with a bad row or key stops the run before any check, with an
// error naming file:line and the field, and exit 2. Nothing is reported from a half-loaded dataset.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures as cliFixtures } from '../cli/run.js';
import { run, tempDir } from './helpers.js';

const dir = tempDir('data');
const article = join(import.meta.dirname, '../fixtures/robustness/article.txt');
const good = readFileSync(join(cliFixtures, 'dataset/figures.csv'), 'utf8').trimEnd().split('\n');

/** The three-record test dataset with one line replaced or the header edited. */
function dataset(name: string, edit: (lines: string[]) => string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${edit([...good]).join('\n')}\n`);
  return file;
}

describe('a bad dataset stops the run before any check', () => {
  it.each([
    ['a value that is not a decimal', 'value.csv', (l: string[]) => [l[0]!, l[1]!, l[2]!.replace(',1537.9,', ',1537.9亿,'), l[3]!], 3, 'value'],
    ['an unknown flow', 'flow.csv', (l: string[]) => [l[0]!, l[1]!.replace(',import,', ',imports,'), l[2]!, l[3]!], 2, 'flow'],
    ['a bad month', 'period.csv', (l: string[]) => [l[0]!, l[1]!, l[2]!, l[3]!.replace(',2021-12,', ',2021-13,')], 4, 'period_end'],
    ['a row with a cell too few', 'cells.csv', (l: string[]) => [l[0]!, l[1]!, l[2]!.replace(/,[^,]*$/u, ''), l[3]!], 3, null],
    ['a misspelt column (a bad key)', 'column.csv', (l: string[]) => [l[0]!.replace('precision', 'precison'), ...l.slice(1)], 1, 'precison'],
    ['a missing column', 'missing.csv', (l: string[]) => l.map((row) => row.split(',').filter((_, i) => i !== 2).join(',')), 1, null],
    ['an unclosed quote', 'quote.csv', (l: string[]) => [l[0]!, l[1]!, `"${l[2]!}`, l[3]!], 3, null],
  ] as const)('%s: file:line and the field, exit 2, no report', (_name, name, edit, line, field) => {
    const file = dataset(name, edit as (l: string[]) => string[]);
    const output = join(dir, `${name}.report.json`);
    const r = run(['verify', '--format', 'json', article, '--dataset-replace', '--dataset', file, '--output', output]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(existsSync(output)).toBe(false);
    const problem = r.stderr.split('\n').find((l) => l.includes(`${name}:${line}:`));
    expect(problem, r.stderr).toBeDefined();
    if (field) expect(problem).toContain(`${name}:${line}: ${field}:`);
  });

  it('a bad row in an added dataset (not replacing the bundled one) also stops the run', () => {
    const file = dataset('added.csv', (l) => [l[0]!, l[1]!.replace('imp-8542-usd-2021', 'test-only-1').replace(',4325.5,', ',n/a,')]);
    const r = run(['verify', '--format', 'json', article, '--dataset', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('added.csv:2: value:');
  });
});

describe('a bad config file stops the run before any check', () => {
  it.each([
    ['an unknown key', '{\n  "failLevel": "error",\n  "failLevl": "warning"\n}\n', 3, '"failLevl"'],
    ['a bad value', '{\n  "rules": {\n    "chipcheck/typo": "loud"\n  }\n}\n', 3, '"rules.chipcheck/typo"'],
    ['broken JSON', '{\n  "failLevel": "error",\n  "ignore": [\n}\n', 4, 'not valid JSON'],
  ])('%s: file:line and the key, exit 2, no report', (name, config, line, key) => {
    const cwd = join(dir, name.replace(/\s/gu, '-'));
    mkdirSync(cwd);
    writeFileSync(join(cwd, 'chipcheck.config.json'), config);
    const r = run(['verify', '--format', 'json', article], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`chipcheck.config.json:${line}: `);
    expect(r.stderr).toContain(key);
  });

  it('the chipcheck key of package.json: the line inside it', () => {
    const cwd = join(dir, 'package');
    mkdirSync(cwd);
    writeFileSync(join(cwd, 'package.json'), '{\n  "name": "site",\n  "failLevel": "x",\n  "chipcheck": {\n    "failLevel": "fatal"\n  }\n}\n');
    const r = run(['verify', '--format', 'json', article], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('package.json:5: "chipcheck.failLevel" is invalid');
  });
});
