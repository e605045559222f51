import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encode, writeAtomically } from '../../src/cli/edits.js';
import { decodeBytes } from '../../src/extract/source/decode.js';

const dir = mkdtempSync(join(tmpdir(), 'chipcheck-fix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('encode keeps the encoding', () => {
  const text = '进口额4325.5亿美元 😀';
  // [name, encoding, the original file's first bytes, the byte-order mark the output must start with]
  it.each([
    ['utf-8 without BOM', 'utf-8', [0x78], []],
    ['utf-8 with BOM', 'utf-8', [0xef, 0xbb, 0xbf, 0x78], [0xef, 0xbb, 0xbf]],
    ['utf-16le', 'utf-16le', [0xff, 0xfe], [0xff, 0xfe]],
    ['utf-16be', 'utf-16be', [0xfe, 0xff], [0xfe, 0xff]],
    ['gb18030', 'gb18030', [0x78], []],
  ])('%s', async (_name, encoding, original, bom) => {
    const bytes = await encode(text, encoding, hadBom(original));
    expect([...bytes.subarray(0, bom.length)]).toEqual(bom);
    expect(bytes[bom.length]).not.toBe(0xef); // one BOM, not two
    expect(new TextDecoder(encoding).decode(bytes)).toBe(text);
  });
  it('gb18030 bytes are not UTF-8', async () => {
    const bytes = await encode('集成电路', 'gb18030', false);
    expect(bytes.equals(Buffer.from('集成电路', 'utf8'))).toBe(false);
    expect(bytes.length).toBe(8);
  });
});

describe('writeAtomically', () => {
  it('replaces the file and leaves no temporary file behind', () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'old');
    writeAtomically(path, Buffer.from('new'));
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});

/** Whether the reader saw a byte-order mark in these bytes. */
function hadBom(bytes: number[]): boolean {
  const decoded = decodeBytes(Uint8Array.from(bytes));
  return 'bom' in decoded && decoded.bom;
}
