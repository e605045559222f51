import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { describeClaim, fit, formatPeriod, formatRelative, formatValue, truncate, wrapSpans } from '../../src/tui/format.js';
import type { CheckedClaim } from '../../src/types.js';

type Described = Parameters<typeof describeClaim>[0];
const base: Described = {
  period: { year: 2021, from_month: 1, to_month: 11 },
  flow: 'import',
  measure: 'quantity',
  of: null,
  product: '8542',
  partner: null,
  province: null,
  forecast: false,
};

describe('describeClaim: the resolved claim in short Chinese', () => {
  test.each<[string, Partial<CheckedClaim>, string]>([
    ['year to date', {}, '2021年1–11月 进口 数量'],
    ['full year', { period: { year: 2024, from_month: 1, to_month: 12 }, flow: 'export', measure: 'value' }, '2024年 出口 金额'],
    ['single month', { period: { year: 2025, from_month: 7, to_month: 7 }, flow: 'total_trade', measure: 'value' }, '2025年7月 进出口 金额'],
    ['yoy on value', { measure: 'yoy', of: 'value' }, '2021年1–11月 进口 金额同比'],
    ['share without basis', { measure: 'share' }, '2021年1–11月 进口 占比'],
    ['absolute change', { measure: 'change', of: 'quantity' }, '2021年1–11月 进口 数量增减'],
    ['net import', { flow: 'net_import' }, '2021年1–11月 净进口 数量'],
    ['production says quantity once', { flow: 'production' }, '2021年1–11月 产量'],
    ['production growth', { flow: 'production', measure: 'yoy', of: 'quantity' }, '2021年1–11月 产量 数量同比'],
    ['partner and subheading', { partner: '中国台湾', product: '854232', measure: 'yoy', of: 'value' }, '2021年1–11月 中国台湾 存储器 进口 金额同比'],
    ['province', { province: '广东' }, '2021年1–11月 广东 进口 数量'],
    ['forecast', { forecast: true, period: { year: 2021, from_month: 1, to_month: 12 }, measure: 'value' }, '2021年 进口 金额 (预测)'],
    ['unknown period', { period: null }, '时期不明 进口 数量'],
  ])('%s', (_, patch, expected) => {
    expect(describeClaim({ ...base, ...patch })).toBe(expected);
  });
});

test('formatPeriod', () => {
  expect(formatPeriod({ year: 2021, from_month: 1, to_month: 12 })).toBe('2021年');
  expect(formatPeriod({ year: 2025, from_month: 1, to_month: 7 })).toBe('2025年1–7月');
  expect(formatPeriod({ year: 2020, from_month: 6, to_month: 6 })).toBe('2020年6月');
});

describe('formatValue: base units as an editor writes them', () => {
  test.each<[number, Parameters<typeof formatValue>[1], string]>([
    [432550000000, 'USD', '4325.5亿美元'],
    [1135160000000, 'CNY', '11351.6亿元'],
    [582220000000, 'piece', '5822.2亿个'],
    [5822.2, 'piece', '5822.2个'],
    [123450, 'CNY', '12.35万元'],
    [19.3, 'percent', '19.3%'],
    [-15.3, 'percent', '-15.3%'],
    [1.5, 'ppt', '1.5个百分点'],
    [2.5e14, 'USD', '250万亿美元'],
  ])('%d %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});

test('formatRelative keeps small differences readable', () => {
  expect(formatRelative(0.0571)).toBe('+5.7%');
  expect(formatRelative(-0.00032)).toBe('−0.03%');
});

describe('columns count terminal cells: CJK characters are two wide', () => {
  test.each([
    ['5822．2个', 12],
    ['2021年1–11月 进口 数量', 30],
    ['abc', 5],
    ['接近3000亿个', 8],
  ])('fit(%j, %d) is exactly that wide', (text, width) => {
    expect(stringWidth(fit(text, width))).toBe(width);
    expect(stringWidth(fit(text, width, 'right'))).toBe(width);
  });

  test('truncate ends with … and never splits a wide character', () => {
    expect(truncate('2021年1–11月 进口 数量', 10)).toBe('2021年1–1…');
    expect(truncate('2021年1–11月', 6)).toBe('2021…'); // 年 would overflow: it is two columns wide
    expect(truncate('进口数量', 4)).toBe('进…');
    expect(truncate('进口数量', 8)).toBe('进口数量');
    expect(stringWidth(truncate('进口数量', 5))).toBeLessThanOrEqual(5);
  });

  test('wrapSpans breaks Chinese text by width and keeps each span’s style', () => {
    const lines = wrapSpans([{ text: '我们进口集成电路' }, { text: '5822．2个', bold: true }, { text: '，同比增长' }], 10);
    expect(lines.map((line) => line.map((span) => span.text).join(''))).toEqual(['我们进口集', '成电路5822', '．2个，同', '比增长']);
    for (const line of lines) expect(stringWidth(line.map((span) => span.text).join(''))).toBeLessThanOrEqual(10);
    expect(lines[1]!.find((span) => span.text === '5822')?.bold).toBe(true);
    expect(wrapSpans([{ text: 'a\nb' }], 10).map((line) => line.map((s) => s.text).join(''))).toEqual(['a', 'b']);
  });
});
