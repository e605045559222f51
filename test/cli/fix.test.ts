import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures, root, run, testDataset } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'chipcheck-fix-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('chipcheck fix', () => {
  // The typo fixture writes 万美元 where the record says 亿美元 (a magnitude slip); the rest of it is right.
  const original = readFileSync(join(fixtures, 'typo/article.txt'), 'utf8');

  it('--dry-run prints a unified diff and writes nothing', () => {
    const path = join(dir, 'dry.txt');
    writeFileSync(path, original);
    const r = run(['fix', path, '--dry-run', ...testDataset]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('-据海关总署统计，2021年我国集成电路进口额为4325.5万美元，同比增长23.6%。');
    expect(r.stdout).toContain('+据海关总署统计，2021年我国集成电路进口额为4325.5亿美元，同比增长23.6%。');
    expect(readFileSync(path, 'utf8')).toBe(original);
  });

  it('the real fix changes only the typo, and a second run finds nothing to fix', () => {
    const path = join(dir, 'real.txt');
    writeFileSync(path, original.replace(/\n/gu, '\r\n')); // CRLF survives
    const r = run(['fix', path, ...testDataset]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(original.replace('4325.5万美元', '4325.5亿美元').replace(/\n/gu, '\r\n'));
    expect(run(['fix', path, ...testDataset]).stdout).toContain('no typo to fix');
  });

  it('keeps a GB18030 file in GB18030', () => {
    const path = join(dir, 'gbk.txt');
    writeFileSync(path, iconv.encode(original, 'gb18030'));
    const r = run(['fix', path, ...testDataset]);
    expect(r.code, r.stderr).toBe(0);
    const bytes = readFileSync(path);
    expect(new TextDecoder('gb18030').decode(bytes)).toBe(original.replace('4325.5万美元', '4325.5亿美元'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('on a copy of a seed article with a magnitude slip put in: fix restores the seed exactly', () => {
    const seed = readFileSync(join(root, 'corpus/articles/003_28c71e0d86327510.txt'), 'utf8');
    const slipped = seed.replace('出口总额 1539 亿美元', '出口总额 1539 万美元');
    expect(slipped).not.toBe(seed);
    const path = join(dir, '003.txt');
    writeFileSync(path, slipped);
    const dry = run(['fix', path, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    const changed = dry.stdout.split('\n').filter((l) => /^[-+](?![-+]{2} )/u.test(l));
    expect(changed).toHaveLength(2);
    expect(changed[0]).toContain('出口总额 1539 万美元');
    expect(changed[1]).toContain('出口总额 1539 亿美元');
    expect(readFileSync(path, 'utf8')).toBe(slipped);
    const real = run(['fix', path]);
    expect(real.code, real.stderr).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(seed);
  });

  it('a missing file: exit 2, the others still fixed', () => {
    const path = join(dir, 'other.txt');
    writeFileSync(path, original);
    const r = run(['fix', join(dir, 'missing.txt'), path, ...testDataset]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.txt');
    expect(readFileSync(path, 'utf8')).toContain('4325.5亿美元');
  });

  // Issue 14.
  it('- reads stdin and writes the corrected text alone to stdout, for editor integrations', () => {
    const r = run(['fix', '-', ...testDataset], { input: original });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(original.replace('4325.5万美元', '4325.5亿美元'));
    expect(r.stderr).toContain('<stdin>: fixed 1 typo (1:24 4325.5万美元 → 4325.5亿美元)');
    const clean = run(['fix', '-', ...testDataset], { input: r.stdout });
    expect(clean.stdout).toBe(r.stdout);
  });

  it('fixes every article in a folder', () => {
    const folder = mkdtempSync(join(dir, 'folder-'));
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'one.txt'), original);
    writeFileSync(join(folder, 'sub', 'two.md'), original);
    const r = run(['fix', folder, ...testDataset]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.match(/fixed 1 typo/gu)).toHaveLength(2);
    for (const file of ['one.txt', 'sub/two.md']) expect(readFileSync(join(folder, file), 'utf8')).toContain('4325.5亿美元');
  });

  it('seed 001: the typo verify reports has no suggestion (a figure of another year), and fix says so', () => {
    const seed = join(root, 'corpus/articles/001_f035b895622326c6.txt');
    const verify = JSON.parse(run([seed, '--format', 'json']).stdout) as { files: Array<{ claims: Array<{ verdict: string; suggestion: string | null; text: string }> }> };
    const typos = verify.files[0]!.claims.filter((c) => c.verdict === 'typo');
    expect(typos.map((c) => [c.text, c.suggestion])).toEqual([['近2800亿美元', null]]);
    const path = join(dir, '001.txt');
    writeFileSync(path, readFileSync(seed));
    const r = run(['fix', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('no typo to fix');
    expect(r.stdout).toContain('1 typo(s) without a suggestion, for the editor to decide: 11:57 近2800亿美元 (chipcheck/period-slip)');
    expect(readFileSync(path)).toEqual(readFileSync(seed));
  });

  it.each(['000_e2f4171da3f33293', '001_f035b895622326c6', '002_6640763875b1f416', '003_28c71e0d86327510', '004_9d87c5c2f4b7b3ea'])(
    'seed %s: fix applies exactly the suggestions verify shows',
    (name) => {
      const seed = join(root, `corpus/articles/${name}.txt`);
      const verify = JSON.parse(run([seed, '--format', 'json']).stdout) as { files: Array<{ claims: Array<{ verdict: string; suggestion: string | null; text: string }> }> };
      const suggested = verify.files[0]!.claims.filter((c) => c.suggestion !== null).map((c) => `${c.text} → ${c.suggestion}`);
      const path = join(dir, `${name}.txt`);
      writeFileSync(path, readFileSync(seed));
      const r = run(['fix', path]);
      expect(r.code, r.stderr).toBe(0);
      const applied = [...r.stdout.matchAll(/\d+:\d+ (\S+ → [^\s)]+)/gu)].map((m) => m[1]);
      expect(applied).toEqual(suggested);
    },
  );
});
