import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
});
