import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/extract/source/decode.js';
import { readSource } from '../../../src/extract/source/index.js';
import { fixture } from './fixtures.js';
import { expectOffsetsExact } from './invariant.js';

const original = readFileSync(fixture('encoding.txt'), 'utf8');

describe('decodeBytes', () => {
  it.each([
    ['encoding.txt', 'utf-8'],
    ['encoding.utf8-bom.txt', 'utf-8'],
    ['encoding.utf16le.txt', 'utf-16le'],
    ['encoding.utf16be.txt', 'utf-16be'],
    ['encoding.gb18030.txt', 'gb18030'],
  ])('%s decodes to the same text (%s), BOM removed', (name, encoding) => {
    // UTF-16 needs its BOM to be recognised; a UTF-8 one is optional and remembered for `chipcheck fix`.
    const bom = name.includes('utf16') || name.includes('bom');
    expect(decodeBytes(readFileSync(fixture(name)))).toEqual({ text: original, encoding, bom });
  });

  it('refuses a binary file with a message', () => {
    const decoded = decodeBytes(readFileSync(fixture('binary.png')));
    expect(decoded).toMatchObject({ error: { ruleId: 'chipcheck/binary-file', severity: 'error' } });
  });

  it('refuses UTF-16 that holds NUL characters', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab\u0000c', 'utf16le')]);
    expect(decodeBytes(bytes)).toMatchObject({ error: { ruleId: 'chipcheck/binary-file', offset: 2 } });
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });

  it('decodes GBK bytes (a GB18030 subset) when UTF-8 fails', () => {
    // 集成电路 in GBK
    const bytes = new Uint8Array([0xbc, 0xaf, 0xb3, 0xc9, 0xb5, 0xe7, 0xc2, 0xb7]);
    expect(decodeBytes(bytes)).toEqual({ text: '集成电路', encoding: 'gb18030', bom: false });
  });
});

describe('offsets in decoded files', () => {
  it.each(['encoding.utf8-bom.txt', 'encoding.utf16le.txt', 'encoding.utf16be.txt', 'encoding.gb18030.txt'])(
    '%s: blocks point at the same offsets as the UTF-8 file',
    async (name) => {
      const plain = await readSource(fixture('encoding.txt'));
      const source = await readSource(fixture(name));
      expect(source.text).toBe(plain.text);
      expect(source.blocks).toEqual(plain.blocks);
      expectOffsetsExact(source);
      const paragraph = source.blocks[1]!;
      const at = paragraph.text.indexOf('5822．2亿个');
      expect(source.text.slice(paragraph.offsets[at], paragraph.offsets[at]! + 8)).toBe('5822．2亿个');
    },
  );
});
