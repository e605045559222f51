// Issue 9, errors: every problem chipcheck reports about a file is a message with a stable, namespaced rule
// id and a hint; one unreadable file does not stop the others, and the run then exits 2; an internal error
// is one line (with a pointer to --debug), and only --debug prints the stack trace.
import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE, fixtures, parseReport, run, tempDir, testDataset } from './helpers.js';

const dir = tempDir('errors');
const RULE_ID = /^chipcheck\/[a-z]+(?:-[a-z]+)*$/u;

// Each file is a different way of going wrong; ok says whether it is still checked.
const PROBLEMS: Array<[name: string, make: (path: string) => void, ruleId: string, ok: boolean]> = [
  ['binary.txt', (p) => writeFileSync(p, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0])), 'chipcheck/binary-file', false],
  ['huge.txt', (p) => writeFileSync(p, ARTICLE.repeat(100)), 'chipcheck/file-too-large', false],
  ['dangling.txt', (p) => symlinkSync(join(dir, 'gone.txt'), p), 'chipcheck/unreadable-file', false],
  ['malformed.html', (p) => writeFileSync(p, `<td>${ARTICLE}</b></table><!--`), 'chipcheck/html-parse', true],
  ['deep.md', (p) => writeFileSync(p, `${'> '.repeat(100)}${ARTICLE}`), 'chipcheck/markdown-too-deep', true],
];

describe('errors', () => {
  for (const [name, make] of PROBLEMS) make(join(dir, name));
  writeFileSync(join(dir, 'good.txt'), ARTICLE);
  const inputs = [...PROBLEMS.map(([name]) => join(dir, name)), join(dir, 'missing.txt'), join(dir, 'good.txt')];
  const args = ['--max-size', '10k', ...testDataset];

  it('every file message has a stable rule id and a hint; unreadable files do not stop the others; exit 2', () => {
    const r = run(['verify', '--format', 'json', ...inputs, ...args]);
    expect(r.code).toBe(2);
    const files = new Map(parseReport(r.stdout).files.map((f) => [f.path.split('/').pop()!, f]));
    for (const [name, , ruleId, ok] of PROBLEMS) {
      const file = files.get(name)!;
      expect(file.ok, name).toBe(ok);
      expect(file.messages.map((m) => m.ruleId), name).toContain(ruleId);
    }
    expect(files.get('missing.txt')).toMatchObject({ ok: false, messages: [expect.objectContaining({ ruleId: 'chipcheck/unreadable-file' })] });
    for (const file of files.values()) {
      for (const m of file.messages) {
        expect(m.ruleId, `${file.path}: ${m.reason}`).toMatch(RULE_ID);
        expect(m.hint, `${file.path}: ${m.ruleId}`).toMatch(/\S/u);
        expect(m.reason).toMatch(/\S/u);
      }
      for (const c of file.claims) expect(c.ruleId).toMatch(RULE_ID);
    }
    // The readable ones were checked in full.
    expect(files.get('good.txt')!.claims).toHaveLength(4);
    expect(files.get('malformed.html')!.claims.length).toBeGreaterThan(0);
    // stderr: one error per unreadable file, naming it and saying why under its rule id, then its hint; no stack trace.
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(8);
    const unreadable = { 'binary.txt': 'binary-file', 'huge.txt': 'file-too-large', 'dangling.txt': 'unreadable-file', 'missing.txt': 'unreadable-file' };
    for (const [name, rule] of Object.entries(unreadable)) {
      const at = lines.findIndex((l) => l.includes(`${name}: `));
      expect(lines[at], name).toMatch(new RegExp(`^chipcheck: .*${name}: .* \\[chipcheck/${rule}\\]$`, 'u'));
      expect(lines[at + 1], name).toMatch(/^ {2}hint: \S/u);
    }
    expect(r.stderr).not.toMatch(/^\s+at /mu);
  });

  it.each(['sarif', 'github', 'text'])('the rule id and the hint reach the %s output too', (format) => {
    const r = run(['verify', '--format', format, join(dir, 'binary.txt'), join(dir, 'good.txt'), ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('chipcheck/binary-file');
    expect(r.stdout).toContain('Pass a text file');
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission is one more unreadable file (not as root)', () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, ARTICLE);
    chmodSync(locked, 0o000);
    const r = run(['verify', '--format', 'json', locked, join(dir, 'good.txt'), ...args]);
    expect(r.code).toBe(2);
    const [lockedFile, good] = parseReport(r.stdout).files;
    expect(lockedFile!.messages[0]).toMatchObject({ ruleId: 'chipcheck/unreadable-file', hint: expect.any(String) });
    expect(good!.claims).toHaveLength(4);
  });

  describe('an internal error (stdout breaks while the report is written)', () => {
    const env = { NODE_OPTIONS: `--require ${join(fixtures, 'broken-stdout.cjs')}` };

    it('without --debug: one line saying what happened and how to see more, no stack trace, exit 2', () => {
      const r = run(['verify', '--format', 'json', join(dir, 'good.txt'), ...args], { env });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'chipcheck: internal error: simulated failure writing stdout [chipcheck/internal-error]\n' +
          '  hint: Run again with --debug for the stack trace, and report it to the chipcheck maintainers.\n',
      );
    });

    it('with --debug: the stack trace', () => {
      const r = run(['verify', '--format', 'json', join(dir, 'good.txt'), '--debug', ...args], { env });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^chipcheck: internal error: simulated failure writing stdout \[chipcheck\/internal-error\]\n {2}hint: Report this .* with the stack trace below\.\n/u);
      expect(r.stderr).toMatch(/^\s+at .*broken-stdout\.cjs/mu);
    });
  });
});
