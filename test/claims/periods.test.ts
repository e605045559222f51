import { describe, expect, it } from 'vitest';
import { findPeriods, resolvePeriod } from '../../src/claims/periods.js';

// Period expressions as Chinese trade reports write them, resolved against a context year of 2021 and a
// publication date in 2022.
const ctx = { publishedYear: 2022, current: { year: 2021, from_month: 1, to_month: 12 } };

const cases: Array<[string, string, { year: number; from_month: number; to_month: number } | null, boolean?]> = [
  ['2021年1－11月份，我们进口集成电路', '2021年1－11月份', { year: 2021, from_month: 1, to_month: 11 }],
  ['2025 年 1-7 月，中国前三大', '2025 年 1-7 月', { year: 2025, from_month: 1, to_month: 7 }],
  ['2024年前10个月', '2024年前10个月', { year: 2024, from_month: 1, to_month: 10 }],
  ['前10个月中国集成电路出口额', '前10个月', { year: 2021, from_month: 1, to_month: 10 }],
  ['前十个月', '前十个月', { year: 2021, from_month: 1, to_month: 10 }],
  ['2023年上半年', '2023年上半年', { year: 2023, from_month: 1, to_month: 6 }],
  ['下半年', '下半年', { year: 2021, from_month: 7, to_month: 12 }],
  ['2021年前三季度', '2021年前三季度', { year: 2021, from_month: 1, to_month: 9 }],
  ['一季度', '一季度', { year: 2021, from_month: 1, to_month: 3 }],
  ['第四季度', '第四季度', { year: 2021, from_month: 10, to_month: 12 }],
  ['2025年7月，中国芯片产品', '2025年7月', { year: 2025, from_month: 7, to_month: 7 }],
  ['7月当月', '7月', { year: 2021, from_month: 7, to_month: 7 }],
  ['1至7月累计', '1至7月', { year: 2021, from_month: 1, to_month: 7 }],
  ['12月份', '12月份', { year: 2021, from_month: 12, to_month: 12 }],
  ['全年芯片出口额', '全年', { year: 2021, from_month: 1, to_month: 12 }],
  ['今年进口芯片数量', '今年', { year: 2022, from_month: 1, to_month: 12 }],
  ['去年', '去年', { year: 2021, from_month: 1, to_month: 12 }],
  ['上一年度的出口数据', '上一年度', { year: 2021, from_month: 1, to_month: 12 }],
  ['２０２１年', '２０２１年', null], // full-width digits are normalised before this stage
  ['十一月', '十一月', { year: 2021, from_month: 11, to_month: 11 }],
  // Hong Kong and Taiwan usage: 首两个月 is the first two months, 首季 and 第 1 季 the first quarter.
  ['首两个月，集成电路出口金额', '首两个月', { year: 2021, from_month: 1, to_month: 2 }],
  ['首季芯片进口', '首季', { year: 2021, from_month: 1, to_month: 3 }],
  ['第 1 季中国大陆进口', '第 1 季', { year: 2021, from_month: 1, to_month: 3 }],
  ['第 3 季度', '第 3 季度', { year: 2021, from_month: 7, to_month: 9 }],
  ['前三季出口', '前三季', { year: 2021, from_month: 1, to_month: 9 }],
  ['头两个月芯片进口', '头两个月', { year: 2021, from_month: 1, to_month: 2 }],
];

describe('findPeriods + resolvePeriod', () => {
  it.each(cases)('%s', (text, span, expected) => {
    const found = findPeriods(text);
    if (expected === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.length).toBeGreaterThan(0);
    const p = found[0]!;
    expect(text.slice(p.start, p.end)).toBe(span);
    expect(resolvePeriod(p, ctx)).toEqual(expected);
  });

  it('marks comparison bases: 较 2022 年 is not the claim period', () => {
    const [p] = findPeriods('较 2022 年下降');
    expect(p?.base).toBe(true);
    expect(findPeriods('2023 年中国累计进口')[0]?.base).toBe(false);
  });

  it('does not read a date as a month: 2025年8月24日 is a date line', () => {
    const found = findPeriods('2025年8月24日');
    expect(found[0]?.fromMonth).toBeUndefined();
  });

  it('a year and month joined before 以来 start a span (2012年4月以来), whatever the order they were found in', () => {
    const [p] = findPeriods('为2012年4月以来的最高表现');
    expect(p).toMatchObject({ year: 2012, fromMonth: 4, toMonth: 4, since: true });
  });

  it('real-writing forms: Q1, 第一季, 过去三个季度, 1月和2月, 1-7个月份, 2019—2024年, 近五年', () => {
    const read = (text: string) => findPeriods(text).map((p) => resolvePeriod(p, ctx));
    expect(read('Q1')).toEqual([{ year: 2021, from_month: 1, to_month: 3 }]);
    expect(read('第一季')).toEqual([{ year: 2021, from_month: 1, to_month: 3 }]);
    expect(read('过去三个季度')).toEqual([{ year: 2021, from_month: 1, to_month: 9 }]);
    expect(read('1月和2月')).toEqual([{ year: 2021, from_month: 1, to_month: 2 }]);
    expect(read('2022年1-7个月份')).toEqual([{ year: 2022, from_month: 1, to_month: 7 }]);
    expect(read('2019—2021年')).toEqual([{ year: 2019, from_month: 1, to_month: 12, years: [2019, 2020, 2021] }]);
    expect(read('近三年')).toEqual([{ year: 2019, from_month: 1, to_month: 12, years: [2019, 2020, 2021] }]);
  });

  it('month ranges written with 月 twice (1月至11月), up to a month (今年以来至11月), and 截至11月底，今年', () => {
    const read = (text: string) => findPeriods(text).map((p) => resolvePeriod(p, ctx));
    expect(read('2023年1月至11月')).toEqual([{ year: 2023, from_month: 1, to_month: 11 }]);
    expect(read('1月到11月')).toEqual([{ year: 2021, from_month: 1, to_month: 11 }]);
    expect(read('今年以来至11月').at(-1)).toEqual({ year: 2021, from_month: 1, to_month: 11 });
    expect(read('截至11月底，今年我国进口').at(-1)).toEqual({ year: 2022, from_month: 1, to_month: 11 });
    expect(read('截至11月底，去年同期').at(-1)).toMatchObject({ from_month: 1, to_month: 12 });
    // A month number past 12 is a range whose dash a page dropped (1—8月 → 18月).
    expect(read('2022年18月份')).toEqual([{ year: 2022, from_month: 1, to_month: 8 }]);
    expect(read('110月')).toEqual([{ year: 2021, from_month: 1, to_month: 10 }]);
    expect(read('12月')).toEqual([{ year: 2021, from_month: 12, to_month: 12 }]);
  });

  it('H1 and Q1 are periods on their own or after a year (2024年H1), never inside a word or a web address', () => {
    const read = (text: string) => findPeriods(text).map((p) => resolvePeriod(p, ctx));
    expect(read('2024年H1')).toEqual([{ year: 2024, from_month: 1, to_month: 6 }]);
    expect(read('芯片出口H2回暖')).toEqual([{ year: 2021, from_month: 7, to_month: 12 }]);
    expect(read('% source: http://2ph1.lbbc66.com/xinwendongtai/949067.html')).toEqual([]);
    expect(read('英伟达H100芯片')).toEqual([]);
    expect(read('FAQ1')).toEqual([]);
  });

  it('当时 refers back to the period last named', () => {
    const [p] = findPeriods('尽管当时仍存在');
    expect(resolvePeriod(p!, { publishedYear: 2024, current: { year: 2022, from_month: 1, to_month: 12 } })).toEqual({ year: 2022, from_month: 1, to_month: 12 });
  });

  it('reads a year with a digit too many from the run of years before it, either way, and only then', () => {
    const year = (text: string) => findPeriods(text).find((p) => p.mistyped)?.year;
    expect(year('2021年4400亿美元，2022年4200亿美元，而20203年3500亿美元')).toBe(2023);
    expect(year('2023年3494亿美元，2022年4156亿美元，20221年4325亿美元')).toBe(2021);
    // One year before it is no run; a run whose next year no deletion gives is none either.
    expect(year('2022年4156亿美元，而20203年3500亿美元')).toBeUndefined();
    expect(year('2020年，2021年，而20203年')).toBeUndefined();
    // Unread, it is an unknown period, not the running one.
    expect(resolvePeriod(findPeriods('而20203年时')[0]!, ctx)).toBeNull();
  });

  it('a year before a change verb is a base only after a level of a later year', () => {
    const base = (text: string, year: number) => findPeriods(text).find((p) => p.year === year)?.base;
    expect(base('2023年进口芯片4795亿颗，2022年减少589亿颗', 2022)).toBe(true);
    expect(base('2021年进口4325亿美元，2022年下降3.9%', 2022)).toBe(false);
    expect(base('2021年进口增长17%，2020年增长22%', 2020)).toBe(false);
    expect(base('2023年进口芯片4795亿颗。2022年减少589亿颗', 2022)).toBe(false);
  });

  it('reads a year and a month joined by a dash, dot or slash, but not a date', () => {
    expect(resolvePeriod(findPeriods('全国2020-4月份集成电路产量')[0]!, ctx)).toEqual({ year: 2020, from_month: 4, to_month: 4 });
    expect(resolvePeriod(findPeriods('2019.12月')[0]!, ctx)).toEqual({ year: 2019, from_month: 12, to_month: 12 });
    expect(findPeriods('2024-12-25').every((p) => p.fromMonth === undefined)).toBe(true);
  });

  it('marks a period after 其中 as a part', () => {
    const periods = findPeriods('1-4月份增长12.6%；其中，4月份增长12.4%');
    expect(periods.map((p) => p.part ?? false)).toEqual([false, true]);
  });
});

