import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/extract/source/index.js';
import { toSimplified, withoutPinyin } from '../../../src/extract/source/simplify.js';
import { fixture } from './fixtures.js';
import { expectOffsetsExact } from './invariant.js';

const path = fixture('traditional-pinyin.txt');
const text = readFileSync(path, 'utf8');

describe('toSimplified', () => {
  it.each([
    ['積體電路進口', '积体电路进口'],
    ['5384億塊，年減15.3%', '5384亿块，年减15.3%'],
    ['裡', '里'], // a Taiwan variant goes through its traditional form
    ['台湾才发展', '台湾才发展'], // simplified characters stay as they are
    ['2025年', '2025年'],
  ])('%s → %s, one character for one', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
    expect(toSimplified(traditional)).toHaveLength(traditional.length);
  });
});

describe('withoutPinyin', () => {
  it('removes a tone-marked syllable after a Han character, with its offsets', () => {
    const block = { kind: 'paragraph' as const, text: '進(jìn)口額', offsets: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] };
    expect(withoutPinyin(block)).toEqual({ kind: 'paragraph', text: '進口額', offsets: [0, 6, 7, 8] });
  });

  it('keeps brackets that are not pinyin annotations', () => {
    const block = { kind: 'paragraph' as const, text: '條款(a)和芯片(IC)', offsets: [...Array(13).keys()] };
    expect(withoutPinyin(block)).toBe(block);
  });
});

describe('a traditional page with pinyin annotations', () => {
  const source = parseSource(text, path);

  it('reads as simplified text without the annotations', () => {
    expect(source.blocks.map((b) => b.text)).toEqual([
      '2022年中国积体电路进口数量5384亿块，同比下降15.3%。',
      '集成电路产量3241.9亿块，比上年下降9.8%。',
      '条款(a)与芯片(IC)保持原样，长也一样。',
    ]);
  });

  it('keeps every position pointing at what the author typed', () => {
    expectOffsetsExact(source);
    const first = source.blocks[0]!;
    const at = first.text.indexOf('口数量');
    // 口 stands after 進(jìn) in the file.
    expect(text.slice(first.offsets[at]!, first.offsets[at]! + 2)).toBe('口數');
  });
});
