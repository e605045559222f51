/**
 * The year an undated page's 今年 means: what the page ties it to first, else its latest data year. Each text
 * is read as a plain file (one block per line); a block counts as holding figures when it holds a number.
 */
import { describe, expect, it } from 'vitest';
import { undatedYear } from '../../src/claims/reference-year.js';
import { findNumbers } from '../../src/extract/numbers/index.js';
import { caseSource } from './case-source.js';

function yearOf(text: string): number | null {
  const source = caseSource({ text, published: null });
  return undatedYear(source, (b) => findNumbers(source.blocks[b]!.text, b).length > 0);
}

describe('undatedYear', () => {
  it('reads 今年 as the year the same months are written with elsewhere', () => {
    expect(yearOf('2023年前两个月,中国进口集成电路数量再度下降。\n今年前2个月进口集成电路675.8亿个。\n2022年1-12月,进口5384亿块。')).toBe(2023);
    // 去年5月 … 2022年5月: 今年 is the year after.
    expect(yearOf('2022年5月,进口集成电路450亿个。\n去年5月出口集成电路245亿个。')).toBe(2023);
  });

  it('reads 今年 as the year after a comparison base of the same months in its paragraph', () => {
    expect(yearOf('累计今年前五个月,进口1864.8亿个,较2022年前5个月的2319.8亿个同比下降19.6%。')).toBe(2023);
    // A base of other months says nothing about 今年: the latest data year decides (2022 with months).
    expect(yearOf('今年前五个月,进口1864.8亿个,较2022年前4个月的1800亿个有所下降。')).toBe(2022);
  });

  it('takes no anchor when the same months are written with two years', () => {
    expect(yearOf('2021年前两个月进口920亿个。\n2020年前两个月进口1000亿个。\n今年前2个月进口675.8亿个。\n2022年进口5384亿个。')).toBe(2023);
  });

  it('never reads 今年 before months the page reports for a later year', () => {
    expect(yearOf('2023年1-5月,进口1864.8亿个。\n2022年前两个月,进口920亿个。\n今年前2个月,进口675.8亿个。')).toBe(2023);
  });

  it('counts a release dated in a sentence without figures, but not a bare date line', () => {
    expect(yearOf('近日,海关公布了2023年5月全国进出口重点商品量值表。\n今年前五个月,进口1864.8亿个。\n2022年全年,进口5384亿个。')).toBe(2023);
    expect(yearOf('发布于2024年5月。\n今年前五个月,进口1864.8亿个。\n2022年全年,进口5384亿个。')).toBe(2022);
  });

  it('falls back to the latest data year: that year with some of its months, the next with the whole year only', () => {
    expect(yearOf('2023年前9个月,进口同比下降14.6%。\n今年前8个月进口下降15.1%。')).toBe(2023);
    expect(yearOf('2019年自台湾进口1730亿美元。\n今年1-10月进口增长。')).toBe(2020);
  });
});
