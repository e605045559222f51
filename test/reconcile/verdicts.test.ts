import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/index.js';
import { reconcile } from '../../src/reconcile/index.js';
import { claim, dataset, year } from './fixture.js';
import { findNumbers } from '../../src/extract/numbers/index.js';
import { renderNotes } from '../../src/report/messages/index.js';
import type { Assessment } from '../../src/reconcile/index.js';

/** The verdict's message as an English reader reads it. */
const message = (a: Assessment) => renderNotes(a.notes, 'en');

const published = '2025-02-05';
const one = (c: ReturnType<typeof claim>) => reconcile([c], dataset, { published })[0]!;

describe('verdicts against the dataset', () => {
  it('match: 4795-style truncation and rounding both agree (6354.8 written as 6355)', () => {
    const a = one(claim('6355亿个', '6355', 8, { flow: 'import', measure: 'quantity', unit: 'piece' }));
    expect(a).toMatchObject({ verdict: 'match', severity: 'info', ruleId: 'chipcheck/match', expected: 635480000000 });
    expect(message(a)).toBe('6355亿个 agrees with 2021 import quantity 6354.8亿个; source: MIIT, high confidence');
  });

  it('match on either official version, naming it (NBS 2022 production −11.6% in the December release)', () => {
    const a = one(claim('下降11.6%', '-11.6', 0, { flow: 'production', measure: 'yoy', of: 'quantity', unit: 'percent', period: year(2022) }));
    expect(a.verdict).toBe('match');
    expect(message(a)).toContain('version: monthly');
  });

  it('forecast held: 超4000亿美元 against 4325.5亿美元', () => {
    const a = one(claim('将超4000亿美元', '4000', 8, { flow: 'import', measure: 'value', unit: 'USD', qualifier: 'over', forecast: true }));
    expect(a.verdict).toBe('match');
    expect(message(a)).toContain('; a forecast, and it held; ');
  });

  it('forecast failed: 将突破5000亿美元', () => {
    const a = one(claim('将突破5000亿美元', '5000', 8, { flow: 'import', measure: 'value', unit: 'USD', qualifier: 'at_least', forecast: true }));
    expect(a.verdict).toBe('contradiction');
    expect(message(a)).toContain('; a forecast, and it failed; ');
  });

  it('contradiction beyond 1% is an error and says how far off', () => {
    const a = one(claim('1.2万亿元', '1.2', 12, { flow: 'export', measure: 'value', unit: 'CNY', period: year(2024) }));
    expect(a).toMatchObject({ verdict: 'contradiction', severity: 'error', ruleId: 'chipcheck/contradiction', expected: 1135160000000 });
    expect(message(a)).toBe('1.2万亿元 disagrees with 2024 export value 11351.6亿元: off by 648.4亿元 (+5.7%); source: CCCME, high confidence');
  });

  it('a minor contradiction (within 1%) is a warning: 1594.99 vs 1595.5亿美元', () => {
    const a = one(claim('1594.99亿美元', '1594.99', 8, { flow: 'export', measure: 'value', unit: 'USD', period: year(2024) }));
    expect(a).toMatchObject({ verdict: 'contradiction', severity: 'warning' });
    expect(a.difference!.relative).toBeCloseTo(-0.00032, 5);
    expect(message(a)).toContain('off by 0.51亿美元 (−0.032%); within 1%: a likely revision or rounding');
  });

  it('N多 is below the next step: 4300多亿 holds 4325.5亿, 3000多亿 does not (the scanner gives the upper end)', () => {
    const some = (text: string, digits: string) => one(claim(text, digits, 8, { flow: 'import', measure: 'value', unit: 'USD', qualifier: 'over', upper: findNumbers(text, 0)[0]!.upper! }));
    expect(some('4300多亿美元', '4300').verdict).toBe('match');
    expect(some('4000多亿美元', '4000').verdict).toBe('match');
    const short = some('3000多亿美元', '3000');
    expect(short.verdict).toBe('contradiction');
    // Off by from where 3000多 reaches (4000亿), not from 3000亿.
    expect(message(short)).toContain('off by 325.5亿美元');
  });

  it('a bound on a fall bounds its size: 下降超过9% and 下降不到10% hold −9.8%, 下降超过10% does not', () => {
    const fall = (text: string, digits: string, qualifier: 'over' | 'under' | 'near') =>
      one(claim(text, digits, 0, { flow: 'production', measure: 'yoy', of: 'quantity', unit: 'percent', qualifier, period: year(2022) })).verdict;
    expect(fall('下降超过9%', '-9', 'over')).toBe('match');
    expect(fall('下降不到10%', '-10', 'under')).toBe('match');
    expect(fall('下降近10%', '-10', 'near')).toBe('match');
    expect(fall('下降超过12%', '-12', 'over')).toBe('contradiction');
    expect(fall('下降不到9%', '-9', 'under')).toBe('contradiction');
  });

  it('the two bounds of a range are checked one by one: 4200亿 at least, 4300亿 at most', () => {
    const low = one(claim('4200亿', '4200', 8, { flow: 'import', measure: 'value', unit: 'USD', qualifier: 'at_least' }));
    expect(low.verdict).toBe('match');
    const high = one(claim('4300亿美元', '4300', 8, { flow: 'import', measure: 'value', unit: 'USD', qualifier: 'under' }));
    expect(high.verdict).toBe('contradiction');
  });

  it('qualifiers: 近 is a little below, 约 within 5%, 不足 strictly below', () => {
    const near = one(claim('近4400亿美元', '4400', 8, { flow: 'import', measure: 'value', unit: 'USD', qualifier: 'near' }));
    expect(near.verdict).toBe('match');
    const notNear = one(claim('近4700亿美元', '4700', 8, { flow: 'import', measure: 'value', unit: 'USD', qualifier: 'near' }));
    expect(notNear.verdict).toBe('contradiction');
    const approx = one(claim('约4500亿美元', '4500', 8, { flow: 'import', measure: 'value', unit: 'USD', qualifier: 'approx' }));
    expect(approx.verdict).toBe('match');
    const under = one(claim('不足4000亿美元', '4000', 8, { flow: 'import', measure: 'value', unit: 'USD', qualifier: 'under' }));
    expect(under.verdict).toBe('contradiction');
  });

  it('unverifiable within cumulative bounds (Jan–Nov between Jan–Oct and the full year)', () => {
    const a = one(claim('5822.2亿个', '5822.2', 8, { flow: 'import', measure: 'quantity', unit: 'piece', period: { year: 2021, from_month: 1, to_month: 11 } }));
    expect(a).toMatchObject({ verdict: 'unverifiable', severity: 'info', ruleId: 'chipcheck/unverifiable' });
    expect(message(a)).toBe('5822.2亿个: no record for Jan–Nov 2021 import quantity; plausible: between 5280亿个 and 6354.8亿个');
  });

  it('contradiction with the bounds when no slip explains it', () => {
    const a = one(claim('7000亿个', '7000', 8, { flow: 'import', measure: 'quantity', unit: 'piece', period: { year: 2021, from_month: 1, to_month: 11 } }));
    expect(a).toMatchObject({ verdict: 'contradiction', ruleId: 'chipcheck/out-of-bounds' });
    expect(message(a)).toBe('7000亿个 is above what Jan–Nov 2021 import quantity can be: at most 6354.8亿个 (2021 import quantity: 6354.8亿个 (MIIT, high confidence)); cumulative figures only grow through a year');
  });

  it('unverifiable: no record and no bounds', () => {
    const a = one(claim('27.2亿美元', '27.2', 8, { flow: 'export', measure: 'value', unit: 'USD', province: '上海', period: { year: 2025, from_month: 7, to_month: 7 } }));
    expect(a).toMatchObject({ verdict: 'unverifiable', expected: null });
    expect(message(a)).toBe('27.2亿美元: no record for Jul 2025 上海 export value');
  });

  it('derived figures: net import = import − export, within the rounding of its parts', () => {
    const a = one(claim('2616亿美元', '2616', 8, { flow: 'net_import', measure: 'value', unit: 'USD', period: year(2022) }));
    expect(a.verdict).toBe('match');
  });

  it('currency path: RMB claim checked through the year’s average rate when only USD exists', () => {
    const a = one(claim('约2.8万亿元', '2.8', 12, { flow: 'import', measure: 'value', unit: 'CNY', qualifier: 'approx', period: year(2022) }));
    // 4155.79亿美元 × 6.7261 = 27952亿元
    expect(a.verdict).toBe('match');
    expect(message(a)).toContain('converted at the year’s average exchange rate');
    const wrong = one(claim('3.5万亿元', '3.5', 12, { flow: 'import', measure: 'value', unit: 'CNY', period: year(2022) }));
    expect(wrong.verdict).toBe('contradiction');
  });
});

describe('typo diagnosis', () => {
  it('magnitude slip: 5822．2个 is below Jan–Oct; 5822．2亿个 fits (seed 000)', () => {
    const a = one(claim('5822．2个', '5822.2', 0, { flow: 'import', measure: 'quantity', unit: 'piece', period: { year: 2021, from_month: 1, to_month: 11 } }));
    expect(a).toMatchObject({ verdict: 'typo', severity: 'error', ruleId: 'chipcheck/magnitude-slip', suggestion: '5822．2亿个' });
    expect(message(a)).toBe('5822．2个 looks like a missing or extra magnitude word (亿, 万): 5822．2亿个 fits; 5822．2个 is below what Jan–Nov 2021 import quantity can be: at least 5280亿个 (Jan–Oct 2021 import quantity: 5280亿个 (MIIT, high confidence))');
  });

  it('decimal slip: 432.55亿美元 for 4325.5', () => {
    const a = one(claim('432.55亿美元', '432.55', 8, { flow: 'import', measure: 'value', unit: 'USD' }));
    expect(a).toMatchObject({ verdict: 'typo', ruleId: 'chipcheck/decimal-slip', suggestion: '4325.5亿美元' });
    expect(message(a)).toBe('432.55亿美元 looks like a shifted decimal point (432.55 → 4325.5): 4325.5亿美元 fits');
  });

  it('digit swap: 2918亿块 for 2981.3', () => {
    const a = one(claim('2918亿块', '2918', 8, { flow: 'export', measure: 'quantity', unit: 'piece', period: year(2024) }));
    expect(a).toMatchObject({ verdict: 'typo', ruleId: 'chipcheck/digit-swap', suggestion: '2981亿块' });
    expect(message(a)).toBe('2918亿块 looks like two swapped digits (2918 → 2981): 2981亿块 fits');
  });

  it('one wrong digit: 4355.5亿美元 for 4325.5', () => {
    const a = one(claim('4355.5亿美元', '4355.5', 8, { flow: 'import', measure: 'value', unit: 'USD' }));
    expect(a).toMatchObject({ verdict: 'typo', ruleId: 'chipcheck/digit-slip', suggestion: '4325.5亿美元' });
    expect(message(a)).toBe('4355.5亿美元 looks like one wrong digit (4355.5 → 4325.5): 4325.5亿美元 fits');
  });

  it('period slip: 近2800亿美元 net imports fit 2021 (2787.6), not 2022 (2616.8) (seed 001)', () => {
    const a = one(claim('近2800亿美元', '2800', 8, { flow: 'net_import', measure: 'value', unit: 'USD', qualifier: 'near', period: year(2022) }));
    expect(a).toMatchObject({ verdict: 'typo', ruleId: 'chipcheck/period-slip', suggestion: null });
    expect(message(a)).toBe('近2800亿美元 fits 2021 (2787.6亿美元), not 2022: a period slip?');
  });

  it('flow slip: 1537.9亿美元 written as imports', () => {
    const a = one(claim('1537.9亿美元', '1537.9', 8, { flow: 'import', measure: 'value', unit: 'USD' }));
    expect(a).toMatchObject({ verdict: 'typo', ruleId: 'chipcheck/flow-slip' });
    expect(message(a)).toBe('1537.9亿美元 is the export figure for 2021 (1537.9亿美元): import written for export?');
  });

  it('no flow slip by rounding: import growth 16.0% is not the export figure +15% (its digits would have to coincide)', () => {
    const bundled = loadDataset();
    const c = claim('增长16.0%', '16.0', 0, { flow: 'import', measure: 'yoy', of: 'value', unit: 'percent', period: year(2020) });
    const [a] = reconcile([c], bundled, { published });
    expect(a).toMatchObject({ verdict: 'contradiction', ruleId: 'chipcheck/contradiction' });
  });

  it('currency slip: 4325.5亿元 is the dollar figure', () => {
    const a = one(claim('4325.5亿元', '4325.5', 8, { flow: 'import', measure: 'value', unit: 'CNY' }));
    expect(a).toMatchObject({ verdict: 'typo', ruleId: 'chipcheck/currency-slip', suggestion: '4325.5亿美元' });
    expect(message(a)).toBe('4325.5亿元 is the figure in US dollars (4325.5亿美元): 元 written for 美元?');
  });

  it('no diagnosis by chance: 1.2万亿元 stays a contradiction (1.1万亿 would be a one-digit edit of a two-digit number)', () => {
    const a = one(claim('1.2万亿元', '1.2', 12, { flow: 'export', measure: 'value', unit: 'CNY', period: year(2024) }));
    expect(a.verdict).toBe('contradiction');
  });

  it('bounds (超, 突破) are never diagnosed as slips', () => {
    const a = one(claim('突破1.2万亿元', '1.2', 12, { flow: 'export', measure: 'value', unit: 'CNY', qualifier: 'at_least', period: year(2024) }));
    expect(a.verdict).toBe('contradiction');
  });
});

describe('a rate whose basis was not written', () => {
  it('says which basis settled it', () => {
    // Records: 2021 imports +16.9% in quantity, +23.6% in US dollars; the article wrote neither 量 nor 额.
    const rate = claim('增长16.9%', '16.9', 0, { flow: 'import', measure: 'yoy', of: 'value', unit: 'percent', period: year(2021) });
    const [a] = reconcile([{ ...rate, fieldEvidence: { ...rate.fieldEvidence, basis: { from: 'default' } } }], dataset, { published: '2022-02-01' });
    expect(a!.verdict).toBe('match');
    expect(message(a!)).toMatch(/^增长16\.9% agrees with 2021 import quantity growth \+16\.9%/u);
  });
});

describe('a figure restated many times over', () => {
  it('names the first few disagreements and counts the rest, in either language', () => {
    // Twelve different values for one figure no record measures (a long report restating it).
    const period = { year: 2013, from_month: 1, to_month: 7 };
    const claims = Array.from({ length: 12 }, (_, i) => claim(`${1300 + i * 10}亿美元`, String(1300 + i * 10), 8, { flow: 'import', measure: 'value', unit: 'USD', period }));
    const [first] = reconcile(claims, dataset, { published: '2013-08-20' });
    expect(first!.verdict).toBe('inconsistent');
    expect(first!.otherClaims).toHaveLength(5);
    expect(message(first!)).toMatch(/^1300亿美元 and 1310亿美元 state the same figure differently; .*; and 6 more places in the article disagree with it$/u);
    expect(message(first!).split('state the same figure differently')).toHaveLength(6);
    expect(renderNotes(first!.notes, 'zh')).toMatch(/；文中另有6处与之不符$/u);
  });
});

describe('forecasts', () => {
  it('an approximate forecast held when the outcome is within 10% of it; a bound (超) is held to the letter', () => {
    const approx = (digits: string) => one(claim(`约${digits}亿美元`, digits, 8, { flow: 'import', measure: 'value', unit: 'USD', qualifier: 'approx', forecast: true }));
    // 2021 imports were 4325.5亿美元.
    expect(approx('4000')).toMatchObject({ verdict: 'match' });
    expect(message(approx('4000'))).toContain('; a forecast, and it held; ');
    expect(approx('3500').verdict).toBe('contradiction');
    const over = one(claim('将超4400亿美元', '4400', 8, { flow: 'import', measure: 'value', unit: 'USD', qualifier: 'over', forecast: true }));
    expect(over.verdict).toBe('contradiction');
  });
});
