/**
 * Growth over several years (较2021年增长3.7%): checked against the levels of both years, never against the
 * year-on-year record; against the article's own levels when it gives them.
 */
import { describe, expect, it } from 'vitest';
import { reconcile, type Assessment } from '../../src/reconcile/index.js';
import { renderNotes } from '../../src/report/messages/index.js';
import { claim, dataset, year } from './fixture.js';

const message = (a: Assessment, lang: 'en' | 'zh' = 'en') => renderNotes(a.notes, lang);
const growth = (text: string, digits: string, baseYear: number, fields: Parameters<typeof claim>[3] extends infer F ? Partial<F> : never = {}) =>
  claim(text, digits, 0, { flow: 'export', measure: 'yoy', of: 'value', currency: 'USD', unit: 'percent', period: year(2024), baseYear, ...fields });

describe('a growth rate measured from a year other than the one before', () => {
  // Records: exports 2021 1537.9亿美元, 2024 1595.5亿美元 (+3.7%); the 2024 yoy record is +17.4%.
  it('matches the growth between the two years’ records', () => {
    const [a] = reconcile([growth('较2021年增长3.7%', '3.7', 2021)], dataset, { published: '2025-02-01' });
    expect(a!.verdict).toBe('match');
    expect(message(a!)).toBe('较2021年增长3.7% agrees with the growth from 2021 to 2024: 1595.5亿美元 against 1537.9亿美元 (+3.7%)');
  });

  it('is never read as the year-on-year rate, even when that rate is the number written', () => {
    const [a] = reconcile([growth('较2021年增长17.4%', '17.4', 2021)], dataset, { published: '2025-02-01' });
    expect(a!.verdict).toBe('contradiction');
    expect(message(a!, 'zh')).toBe('较2021年增长17.4%与2021年至2024年的增长不符：1595.5亿美元对比1537.9亿美元为+3.7%');
  });

  it('is unverifiable when a year has no record', () => {
    const [a] = reconcile([growth('较2016年增长36.9%', '36.9', 2016)], dataset, { published: '2025-02-01' });
    expect(a!.verdict).toBe('unverifiable');
    expect(message(a!)).toBe('较2016年增长36.9%: growth from 2016 to 2024; the dataset lacks a level of one of the two years');
  });
});

describe('a growth rate against the article’s own levels', () => {
  // 2023年…出口2678亿个和9567.7亿元，较2014年的1535亿个和9567.7亿元，分别增长74.5%和155.9% (a spun copy of 人民网).
  const period = year(2023);
  const base = year(2014);
  const qtyNow = claim('2678亿个', '2678', 8, { flow: 'export', measure: 'quantity', unit: 'piece', period });
  const cnyNow = claim('9567.7亿元', '9567.7', 8, { flow: 'export', measure: 'value', unit: 'CNY', period });
  const qtyBase = claim('1535亿个', '1535', 8, { flow: 'export', measure: 'quantity', unit: 'piece', period: base });
  const cnyBase = claim('9567.7亿元', '9567.7', 8, { flow: 'export', measure: 'value', unit: 'CNY', period: base });
  const qtyGrowth = claim('74.5%', '74.5', 0, { flow: 'export', measure: 'yoy', of: 'quantity', unit: 'percent', period, baseYear: 2014 });
  const cnyGrowth = claim('155.9%', '155.9', 0, { flow: 'export', measure: 'yoy', of: 'value', currency: 'CNY', unit: 'percent', period, baseYear: 2014 });

  it('flags the base level that repeats the current one, and only it', () => {
    const verdicts = reconcile([qtyNow, cnyNow, qtyBase, cnyBase, qtyGrowth, cnyGrowth], dataset, { published: '2024-09-28' });
    expect(verdicts.map((a) => a.verdict)).toEqual(['unverifiable', 'unverifiable', 'unverifiable', 'inconsistent', 'unverifiable', 'unverifiable']);
    expect(message(verdicts[3]!)).toBe('9567.7亿元 for 2014 repeats 9567.7亿元 for 2023 exactly; with growth of 155.9% it would be about 3738.8亿元');
    expect(message(verdicts[3]!, 'zh')).toBe('2014年的9567.7亿元与2023年的9567.7亿元完全相同；按增长155.9%计算，应约为3738.8亿元');
  });

  it('flags both unconfirmed places when the levels differ but disagree with the rate', () => {
    const otherBase = claim('3000亿元', '3000', 8, { flow: 'export', measure: 'value', unit: 'CNY', period: base });
    const verdicts = reconcile([cnyNow, otherBase, cnyGrowth], dataset, { published: '2024-09-28' });
    expect(verdicts.map((a) => a.verdict)).toEqual(['inconsistent', 'inconsistent', 'inconsistent']);
    expect(message(verdicts[2]!)).toBe('155.9% ≠ the growth from 3000亿元 to 9567.7亿元 (218.9%)');
  });

  it('lets a rate that agrees with the article’s levels stand', () => {
    const verdicts = reconcile([qtyNow, qtyBase, qtyGrowth], dataset, { published: '2024-09-28' });
    expect(verdicts.map((a) => a.verdict)).toEqual(['unverifiable', 'unverifiable', 'unverifiable']);
  });
});
