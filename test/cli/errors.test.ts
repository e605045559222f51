// Issue 9, errors: every error the command itself prints on stderr (a bad option, a bad config or dataset,
// an unwritable output, a crash…) carries a stable, namespaced code in brackets and a hint line, and the exit
// code stays what it was. Each kind is run through the built command, as a user's shell would.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_ERRORS, formatCliError } from '../../src/errors.js';
import { describeRule } from '../../src/report/rules.js';
import { fixtures, root, run, testDataset } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'chipcheck-cli-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clean = join(fixtures, 'clean/article.txt');
const typo = join(fixtures, 'typo/article.txt');
const fsFault = (fault: string, code: string, match = '') => ({
  NODE_OPTIONS: `--require ${join(fixtures, 'fs-fault.cjs')}`,
  FS_FAULT: fault,
  FS_FAULT_CODE: code,
  FS_FAULT_MATCH: match,
});

// A config with two problems, one per line; a folder with a symlink loop; a folder with a folder that cannot be listed.
const configDir = join(dir, 'config');
mkdirSync(configDir);
writeFileSync(join(configDir, 'chipcheck.config.json'), '{\n  "failLevl": "error",\n  "ignore": "drafts"\n}\n');
const loopDir = join(dir, 'loop');
mkdirSync(loopDir);
copyFileSync(clean, join(loopDir, 'article.txt'));
symlinkSync(loopDir, join(loopDir, 'again'));
const lockedDir = join(dir, 'folders');
mkdirSync(join(lockedDir, 'locked'), { recursive: true });
copyFileSync(clean, join(lockedDir, 'article.txt'));
copyFileSync(clean, join(lockedDir, 'locked/article.txt'));
// Typos counted as warnings, for --max-warnings; a misspelt rule id.
const warnDir = join(dir, 'warn');
mkdirSync(warnDir);
writeFileSync(join(warnDir, 'chipcheck.config.json'), '{\n  "rules": {"typo": "warning"}\n}\n');
const misspeltDir = join(dir, 'misspelt');
mkdirSync(misspeltDir);
writeFileSync(join(misspeltDir, 'chipcheck.config.json'), '{\n  "rules": {\n    "chipcheck/unverifable": "off"\n  }\n}\n');
const keyDir = join(dir, 'key');
mkdirSync(keyDir);
writeFileSync(join(keyDir, 'chipcheck.config.json'), '{"failLevl": "error"}\n');
const fixDir = join(dir, 'fix');
mkdirSync(fixDir);
copyFileSync(typo, join(fixDir, 'article.txt'));

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
  cwd?: string;
  code: string;
  exit: number;
  /** Part of the error line: the option, file:line or key it names. */
  reason: string | RegExp;
  /** Part of the hint, when the hint is specific to the case. */
  hint?: string;
  /** Lines listed under the error, for a config or dataset with several problems. */
  details?: RegExp[];
}

const CASES: Case[] = [
  { name: 'an unknown option (verify)', args: [clean, '--frobnicate', ...testDataset], code: 'chipcheck/unknown-option', exit: 2, reason: 'chipcheck: unknown option --frobnicate' },
  { name: 'an unknown option (fix)', args: ['fix', '--format', 'json', clean, ...testDataset], code: 'chipcheck/unknown-option', exit: 2, reason: 'chipcheck fix: unknown option --format', hint: '--dry-run' },
  { name: 'an unknown option (dataset)', args: ['dataset', 'list', '--bogus'], code: 'chipcheck/unknown-option', exit: 2, reason: 'chipcheck dataset: unknown option --bogus' },
  { name: 'a bad --published', args: [clean, '--published', '2024-13-45', ...testDataset], code: 'chipcheck/invalid-option', exit: 2, reason: '--published 2024-13-45 is not a date', hint: 'YYYY-MM-DD' },
  { name: 'a bad --format', args: [clean, '--format', 'xml', ...testDataset], code: 'chipcheck/invalid-option', exit: 2, reason: '--format xml is not a format', hint: 'sarif' },
  { name: 'an option without its value', args: [clean, ...testDataset, '--format'], code: 'chipcheck/invalid-option', exit: 2, reason: 'option --format needs a value' },
  { name: 'a flag given a value', args: [clean, '--color=yes', ...testDataset], code: 'chipcheck/invalid-option', exit: 2, reason: 'option --color takes no value' },
  { name: 'a bad --fail-level', args: [clean, '--fail-level', 'loud', ...testDataset], code: 'chipcheck/invalid-option', exit: 2, reason: '--fail-level loud is not a level', hint: 'warning' },
  { name: 'a bad --max-size', args: [clean, '--max-size', 'lots', ...testDataset], code: 'chipcheck/invalid-option', exit: 2, reason: '--max-size lots is not a size', hint: '10M' },
  { name: 'a bad --jobs', args: [clean, '--jobs', '0', ...testDataset], code: 'chipcheck/invalid-option', exit: 2, reason: '--jobs 0 is not a number of threads' },
  { name: 'a bad --year (dataset)', args: ['dataset', 'list', '--year', 'last'], code: 'chipcheck/invalid-option', exit: 2, reason: '--year last is not a year', hint: '2023' },
  { name: 'no input (verify)', args: ['verify'], code: 'chipcheck/no-input', exit: 2, reason: 'chipcheck: nothing to check' },
  { name: 'no input (fix)', args: ['fix'], code: 'chipcheck/no-input', exit: 2, reason: 'chipcheck fix: no file to fix', hint: 'chipcheck fix PATH' },
  { name: '--dataset-replace without --dataset', args: [clean, '--dataset-replace'], code: 'chipcheck/usage', exit: 2, reason: '--dataset-replace needs at least one --dataset PATH' },
  { name: 'an unknown dataset command', args: ['dataset', 'frobnicate'], code: 'chipcheck/usage', exit: 2, reason: 'unknown command frobnicate' },
  { name: 'no dataset command', args: ['dataset'], code: 'chipcheck/usage', exit: 2, reason: 'name a dataset command' },
  { name: 'a config with a bad value', args: [clean, '--config', join(fixtures, 'bad-config.json'), ...testDataset], code: 'chipcheck/config', exit: 2, reason: /bad-config\.json:1: "failLevel" is invalid: .*; expected "error", "warning", "info" or "none"/u },
  {
    name: 'a misspelt rule id in the config (issue 14)',
    args: [clean, ...testDataset],
    cwd: misspeltDir,
    code: 'chipcheck/config',
    exit: 2,
    reason: 'chipcheck.config.json:3: unknown rule "chipcheck/unverifable"; did you mean chipcheck/unverifiable?',
  },
  { name: 'a misspelt config key names the one meant', args: [clean, ...testDataset], cwd: keyDir, code: 'chipcheck/config', exit: 2, reason: 'chipcheck.config.json:1: unknown key "failLevl"; did you mean failLevel?; known keys: dataset' },
  { name: 'more warnings than --max-warnings (issue 14)', args: [typo, '--max-warnings', '0', ...testDataset], cwd: warnDir, code: 'chipcheck/max-warnings', exit: 1, reason: 'too many warnings: 1, more than --max-warnings 0' },
  { name: 'a bad --max-warnings', args: [clean, '--max-warnings', 'few', ...testDataset], code: 'chipcheck/invalid-option', exit: 2, reason: '--max-warnings few is not a number of warnings' },
  { name: 'a bad --lang', args: [clean, '--lang', 'fr', ...testDataset], code: 'chipcheck/invalid-option', exit: 2, reason: '--lang fr is not a language chipcheck speaks', hint: 'zh, en' },
  { name: '--format tui without a terminal (issue 14)', args: [clean, '--format', 'tui', ...testDataset], code: 'chipcheck/usage', exit: 2, reason: '--format tui needs a terminal', hint: '--format text' },
  { name: 'a misspelt option names the one meant', args: [clean, '--quite', ...testDataset], code: 'chipcheck/unknown-option', exit: 2, reason: 'unknown option --quite', hint: 'Did you mean --quiet?' },
  { name: 'a --config that does not exist', args: [clean, '--config', 'no-such-config.json', ...testDataset], code: 'chipcheck/config', exit: 2, reason: 'no-such-config.json: no such config file', hint: '--config' },
  {
    name: 'a config with two problems',
    args: [clean, ...testDataset],
    cwd: configDir,
    code: 'chipcheck/config',
    exit: 2,
    reason: 'the config file has 2 problems',
    details: [/chipcheck\.config\.json:2: unknown key "failLevl"/u, /chipcheck\.config\.json:3: "ignore" is invalid/u],
  },
  { name: 'a dataset that does not exist', args: [clean, '--dataset', join(fixtures, 'no-such-dataset')], code: 'chipcheck/dataset', exit: 2, reason: 'no-such-dataset: no such file or folder', hint: '--dataset' },
  {
    name: 'a dataset with bad rows',
    args: [clean, '--dataset-replace', '--dataset', join(root, 'test/fixtures/dataset/bad-rows')],
    code: 'chipcheck/dataset',
    exit: 2,
    reason: 'the dataset has 3 problems',
    details: [/records\.csv:3: value: /u, /records\.csv:4: period_end: must be YYYY-MM/u, /records\.csv:5: unit: /u],
  },
  {
    name: 'a dataset with bad rows (dataset check)',
    args: ['dataset', 'check', '--dataset', join(root, 'test/fixtures/dataset/bad-rows')],
    code: 'chipcheck/dataset',
    exit: 2,
    reason: 'chipcheck dataset: the dataset has 3 problems',
    details: [/records\.csv:3: value: /u, /records\.csv:4: period_end: /u, /records\.csv:5: unit: /u],
  },
  { name: 'a glob that matches nothing', args: ['test/fixtures/cli/**/*.rst', clean, ...testDataset], code: 'chipcheck/missing-input', exit: 2, reason: 'test/fixtures/cli/**/*.rst: no files match this glob' },
  { name: 'a --changed-since ref git does not know', args: ['--changed-since', 'no-such-ref', ...testDataset], code: 'chipcheck/changed-since', exit: 2, reason: '--changed-since no-such-ref: git diff failed' },
  { name: '--output into a folder that does not exist', args: [clean, ...testDataset, '--output', join(dir, 'no-such-folder/out.txt')], code: 'chipcheck/output', exit: 2, reason: /--output .*no-such-folder\/out\.txt: cannot write \(ENOENT\)/u },
  // A warning: the report is fine, so the exit code is the report's.
  { name: 'a job summary that cannot be appended', args: [clean, '--format', 'github', ...testDataset], env: { GITHUB_STEP_SUMMARY: dir }, code: 'chipcheck/step-summary', exit: 0, reason: 'chipcheck: warning: GITHUB_STEP_SUMMARY' },
  {
    name: 'a fixed file that cannot be written',
    args: ['fix', join(fixDir, 'article.txt'), ...testDataset],
    env: fsFault('renameSync', 'EROFS'),
    code: 'chipcheck/fix-not-written',
    exit: 2,
    reason: /^chipcheck fix: .*article\.txt: not written: EROFS/u,
  },
  { name: 'a folder that cannot be listed', args: [lockedDir, ...testDataset], env: fsFault('readdirSync', 'EACCES', 'locked'), code: 'chipcheck/unreadable-folder', exit: 0, reason: /warning: .*locked: cannot read folder \(EACCES\)/u },
  { name: 'a symlink loop', args: [loopDir, ...testDataset], code: 'chipcheck/symlink-loop', exit: 0, reason: /warning: .*again: symlink loop, skipped/u },
  { name: 'a missing file (verify)', args: [clean, join(dir, 'missing.txt'), ...testDataset], code: 'chipcheck/unreadable-file', exit: 2, reason: 'missing.txt: no such file or folder' },
  { name: 'a missing file (fix)', args: ['fix', join(dir, 'missing.txt'), ...testDataset], code: 'chipcheck/unreadable-file', exit: 2, reason: 'missing.txt: no such file or folder' },
  { name: 'a missing file (dataset import)', args: ['dataset', 'import', join(dir, 'missing.csv')], code: 'chipcheck/unreadable-file', exit: 2, reason: 'missing.csv: cannot read (no such file or folder)' },
  {
    name: 'an internal error',
    args: [clean, '--format', 'json', ...testDataset],
    env: { NODE_OPTIONS: `--require ${join(root, 'test/fixtures/robustness/broken-stdout.cjs')}` },
    code: 'chipcheck/internal-error',
    exit: 2,
    reason: 'chipcheck: internal error: simulated failure writing stdout',
    hint: '--debug',
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

describe('command-level errors on stderr', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: [code], hint line, exit code unchanged', (_name, c) => {
    const r = run(c.args, { ...(c.env ? { env: c.env } : {}), ...(c.cwd ? { cwd: c.cwd } : {}) });
    expect(r.code, r.stderr).toBe(c.exit);
    const lines = r.stderr.split('\n');
    const at = lines.findIndex((l) => l.endsWith(` [${c.code}]`));
    expect(at, r.stderr).toBeGreaterThanOrEqual(0);
    const line = lines[at]!;
    expect(line).toMatch(/^chipcheck(?: fix| dataset)?: \S/u);
    if (typeof c.reason === 'string') expect(line).toContain(c.reason);
    else expect(line).toMatch(c.reason);
    // Under the error: its details (indented), then the hint.
    const below = lines.slice(at + 1);
    const hintAt = below.findIndex((l) => !l.startsWith('  ') || l.startsWith('  hint: '));
    expect(below[hintAt], r.stderr).toMatch(/^ {2}hint: \S/u);
    if (c.hint) expect(below[hintAt]).toContain(c.hint);
    const details = below.slice(0, hintAt);
    expect(details.length, r.stderr).toBe(c.details?.length ?? 0);
    c.details?.forEach((pattern, i) => expect(details[i]).toMatch(new RegExp(`^ {2}\\S.*${pattern.source}`, 'u')));
    // No stack trace without --debug.
    expect(r.stderr).not.toMatch(/^\s+at /mu);
  });

  it('covers every code of the catalogue', () => {
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(Object.keys(CLI_ERRORS)));
  });

  it('an internal error with --debug: the code, a hint to report it, then the stack trace', () => {
    const r = run([clean, '--format', 'json', '--debug', ...testDataset], { env: { NODE_OPTIONS: `--require ${join(root, 'test/fixtures/robustness/broken-stdout.cjs')}` } });
    expect(r.code).toBe(2);
    const [line, hint, ...stack] = r.stderr.split('\n');
    expect(line).toBe('chipcheck: internal error: simulated failure writing stdout [chipcheck/internal-error]');
    expect(hint).toMatch(/^ {2}hint: Report this .*stack trace below/u);
    expect(stack.join('\n')).toMatch(new RegExp(`^\\s+at .*${escape('broken-stdout.cjs')}`, 'mu'));
  });

  it('every error and warning line of a run carries a code, each followed by its hint', () => {
    // A run with several problems at once: an unknown option, a glob that matches nothing, a missing file.
    const r = run([clean, '--frobnicate', 'nothing/**/*.md', join(dir, 'missing.txt'), ...testDataset]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.filter((_, i) => i % 2 === 0).map((l) => /\[(chipcheck\/[a-z-]+)\]$/u.exec(l)?.[1])).toEqual([
      'chipcheck/unknown-option',
      'chipcheck/missing-input',
      'chipcheck/unreadable-file',
    ]);
    for (const hint of lines.filter((_, i) => i % 2 === 1)) expect(hint).toMatch(/^ {2}hint: \S/u);
  });
});

describe('errors in the user\'s language (issue 14)', () => {
  it('a Chinese locale gets Chinese errors and hints, codes unchanged; --lang en wins over the locale', () => {
    const zh = run([clean, '--frobnicate', '--published', '2024-13-45', ...testDataset], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('chipcheck：未知选项 --frobnicate [chipcheck/unknown-option]');
    expect(zh.stderr).toContain('chipcheck：--published 2024-13-45 不是日期 [chipcheck/invalid-option]');
    expect(zh.stderr).toContain('  提示：请写成 YYYY-MM-DD');
    const en = run([clean, '--frobnicate', '--lang', 'en', ...testDataset], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(en.stderr).toContain('chipcheck: unknown option --frobnicate [chipcheck/unknown-option]');
  });

  it('the dataset command speaks Chinese too: its errors, hints and usage', () => {
    const r = run(['dataset', 'frobnicate'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('chipcheck dataset：未知命令 frobnicate [chipcheck/usage]');
    expect(r.stderr).toContain('用法：');
    expect(run(['dataset', '--help'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('把海关统计数据在线查询');
  });

  it('a misspelt rule id is named in Chinese with the rule meant', () => {
    const r = run([clean, ...testDataset], { cwd: misspeltDir, env: { LC_ALL: 'zh_CN.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知的规则 "chipcheck/unverifable"；是否想写 chipcheck/unverifiable？ [chipcheck/config]');
  });
});

describe('the error catalogue', () => {
  it('formats an error as the reason with its code, its details indented, then the hint', () => {
    expect(formatCliError({ code: 'chipcheck/dataset', reason: 'the dataset has 2 problems', details: ['a.csv:2: value: bad', 'a.csv:3: flow: bad'], hint: 'Fix them.' }, 'chipcheck dataset')).toBe(
      'chipcheck dataset: the dataset has 2 problems [chipcheck/dataset]\n  a.csv:2: value: bad\n  a.csv:3: flow: bad\n  hint: Fix them.\n',
    );
    // Without its own hint, an error gets its code's.
    expect(formatCliError({ code: 'chipcheck/no-input', reason: 'nothing to check' })).toBe(`chipcheck: nothing to check [chipcheck/no-input]\n  hint: ${CLI_ERRORS['chipcheck/no-input'].hint}\n`);
  });

  it('describeRule knows every code (SARIF and --help stay coherent); ids shared with file messages keep the file description', () => {
    for (const [id, rule] of Object.entries(CLI_ERRORS)) {
      const described = describeRule(id);
      expect(described.full, id).not.toBe(`chipcheck rule ${id}.`);
      if (id !== 'chipcheck/unreadable-file' && id !== 'chipcheck/internal-error') expect(described).toMatchObject({ short: rule.short, help: rule.hint, level: rule.level });
    }
    expect(describeRule('chipcheck/unreadable-file').full).toContain('the other files were');
    expect(describeRule('chipcheck/config').name).toBe('Config');
  });
});
