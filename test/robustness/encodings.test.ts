// Issue 9, encodings: the same article written in every supported encoding gives the same claims at the
// same places, and every reported offset/line/column points at the claim's characters in the decoded file.
// A binary file is refused with a message while the others are still checked, and the run exits 2.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, expectPositionsExact, parseReport, run, tempDir, testDataset } from './helpers.js';

const dir = tempDir('encodings');

/** name → [bytes, the decoder a reader of that file uses]. Built at test time from the UTF-8 fixture. */
const ENCODED: Record<string, [Buffer, string]> = {
  'utf8.txt': [Buffer.from(ARTICLE, 'utf8'), 'utf-8'],
  'utf8-bom.txt': [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, 'utf8')]), 'utf-8'],
  'utf16le.txt': [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]), 'utf-16le'],
  'utf16be.txt': [Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()]), 'utf-16be'],
  'gb18030.txt': [iconv.encode(ARTICLE, 'gb18030'), 'gb18030'],
  // GBK cannot hold the emoji and Extension B characters: the same article without them.
  'gbk.txt': [iconv.encode(ARTICLE.replace(/[\u{10000}-\u{10ffff}]/gu, '字'), 'gbk'), 'gb18030'],
};

beforeAll(() => {
  for (const [name, [bytes]] of Object.entries(ENCODED)) writeFileSync(join(dir, name), bytes);
  // A PNG header: NUL bytes in the first bytes.
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
});

describe('encodings', () => {
  it('every encoding: claims point at their characters in the decoded text; the binary file is refused, exit 2', () => {
    const r = run(['verify', '--format', 'json', dir, ...testDataset]);
    expect(r.code, r.stderr).toBe(2);
    const report = parseReport(r.stdout);
    const byName = new Map(report.files.map((f) => [f.path.split('/').pop()!, f]));
    expect([...byName.keys()].sort()).toEqual([...Object.keys(ENCODED), 'image.txt'].sort());

    const reference = byName.get('utf8.txt')!;
    expect(reference.claims.map((c) => c.text)).toEqual(['4325.5亿美元', '23.6%', '2500亿美元', '6354.8亿个']);
    for (const [name, [bytes, decoder]] of Object.entries(ENCODED)) {
      const file = byName.get(name)!;
      expect(file.ok, name).toBe(true);
      expect(file.encoding, name).toBe(decoder);
      // TextDecoder drops the BOM, as chipcheck does: offsets count the text without it.
      const text = new TextDecoder(decoder).decode(bytes);
      expectPositionsExact(file, text);
      expect(file.claims.map((c) => [c.text, c.verdict]), name).toEqual(reference.claims.map((c) => [c.text, c.verdict]));
      if (name !== 'gbk.txt') expect(file.claims.map((c) => c.start), name).toEqual(reference.claims.map((c) => c.start));
    }

    const binary = byName.get('image.txt')!;
    expect(binary).toMatchObject({ ok: false, claims: [] });
    expect(binary.messages).toEqual([
      expect.objectContaining({ ruleId: 'chipcheck/binary-file', severity: 'error', hint: expect.stringMatching(/text file/u) }),
    ]);
    // One error on stderr naming the file once, saying why under its rule id, then the hint.
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^chipcheck: .*image\.txt: .*binary file.* \[chipcheck\/binary-file\]$/u);
    expect(lines[0]!.split('image.txt')).toHaveLength(2);
    expect(lines[1]).toMatch(/^ {2}hint: .*text file/u);
  });

  it('UTF-16 text read from stdin keeps its positions too', () => {
    const [bytes] = ENCODED['utf16le.txt']!;
    const r = run(['verify', '--format', 'json', '-', ...testDataset], { input: bytes });
    expect(r.code, r.stderr).toBe(1);
    expectPositionsExact(parseReport(r.stdout).files[0]!, ARTICLE);
  });

  it('a binary file on stdin is refused like a binary file on disk', () => {
    const r = run(['verify', '--format', 'json', '-', ...testDataset], { input: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0]) });
    expect(r.code).toBe(2);
    const file = parseReport(r.stdout).files[0]!;
    expect(file).toMatchObject({ ok: false, claims: [] });
    expect(file.messages[0]).toMatchObject({ ruleId: 'chipcheck/binary-file' });
  });
});
