import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/extract/source/index.js';
import { isSpun, toSimplified, withoutDecoration, withoutPinyin, withoutSpin, withoutWrapSpaces } from '../../../src/extract/source/simplify.js';
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

describe('withoutWrapSpaces', () => {
  const block = (text: string) => ({ kind: 'paragraph' as const, text, offsets: Array.from({ length: text.length + 1 }, (_, i) => i) });

  it('removes the spaces a width-wrapped copy left between characters, with their offsets', () => {
    const out = withoutWrapSpaces(block('每年要花掉4000亿美 元进口。今年 前十个月，增长也 只有0.1%。'));
    expect(out.text).toBe('每年要花掉4000亿美元进口。今年前十个月，增长也只有0.1%。');
    expect(out.offsets.slice(10, 13)).toEqual([10, 12, 13]);
  });

  it('keeps a writer’s own space (a dateline), and tabs and runs of spaces between columns', () => {
    const dateline = block('人民网北京9月25日电 近日，海关公布数据显示。');
    expect(withoutWrapSpaces(dateline)).toBe(dateline);
    const columns = block('进口额\t出口额\t同比  增长  比重');
    expect(withoutWrapSpaces(columns)).toBe(columns);
  });
});

describe('withoutDecoration', () => {
  it('removes glyphs between the digits and the decimal point of a number, and their offsets', () => {
    const block = { kind: 'paragraph' as const, text: '增长11▲◇.3%，占36•.2%', offsets: Array.from({ length: 18 }, (_, i) => i) };
    const out = withoutDecoration(block);
    expect(out.text).toBe('增长11.3%，占36.2%');
    expect(out.offsets).toEqual([0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17]);
  });

  it('keeps glyphs that are not inside a number: bullets, stars and shapes around words', () => {
    const block = { kind: 'paragraph' as const, text: '■ 进口★增长11.3%•', offsets: Array.from({ length: 15 }, (_, i) => i) };
    expect(withoutDecoration(block)).toBe(block);
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

describe('a spun copy (伪原创: a synonym tool rewrote the news)', () => {
  const spunPath = fixture('spun.txt');
  const spunText = readFileSync(spunPath, 'utf8');
  const source = parseSource(spunText, spunPath);

  it('reads as the news it was spun from: markers and the rewrites that are also plain words', () => {
    expect(source.blocks.map((b) => b.text)).toEqual([
      '人民网北京9月25日电 近日，海关公布数据显示，本年前8个月，我国集成电路出口7360.4亿元，增长24.8%。',
      '2023年，我国集成电路出口数量和出口金额分别达到2678亿个和9567.7亿元，同比下降1.8%和5%。',
      '美国半导体行业协会显示，全年销售额超过5268亿美元。',
    ]);
  });

  it('points an undone rewrite at the rewrite’s first and last characters', () => {
    expectOffsetsExact(source);
    const last = source.blocks[2]!;
    const at = last.text.indexOf('美元');
    // 美 stands for 好意思 and 元 for itself: a claim 5268亿美元 covers 5268亿好意思元 in the file.
    expect(spunText.slice(last.offsets[at]!, last.offsets[at + 2]!)).toBe('好意思元');
  });

  it('leaves the plain words alone in a copy without a marker', () => {
    const plainPath = fixture('not-spun.txt');
    const plain = parseSource(readFileSync(plainPath, 'utf8'), plainPath);
    expect(isSpun(plain.blocks)).toBe(false);
    expect(plain.blocks[0]!.text).toBe('海关数据露出了进出口之间的差别：2023年集成电路出口金额9567.7亿元，卓着的成绩来自数目的增长。');
  });

  it('undoes a marker even in a block of its own', () => {
    const block = { kind: 'paragraph' as const, text: '约2120亿好意思元', offsets: [...Array(11).keys()] };
    expect(withoutSpin(block, false)).toEqual({ kind: 'paragraph', text: '约2120亿美元', offsets: [0, 1, 2, 3, 4, 5, 6, 9, 10] });
  });
});
