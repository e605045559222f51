import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { claim, dataset } from './fixture.js';
import { renderNotes } from '../../src/report/messages/index.js';
import type { Assessment } from '../../src/reconcile/index.js';

/** The verdict's message as an English reader reads it. */
const message = (a: Assessment) => renderNotes(a.notes, 'en');

// 2025年7月: no record in the fixture dataset, so only the article itself can be checked.
const july = { year: 2025, from_month: 7, to_month: 7 };
const published = '2025-08-24';
const usd = (text: string, digits: string, fields: Parameters<typeof claim>[3]) => claim(text, digits, 8, fields);

describe('internal consistency', () => {
  it('text vs table: the same figure stated twice differently is inconsistent at both places (seed 004, 存储器)', () => {
    const text = claim('10.6%', '10.6', 0, { flow: 'import', measure: 'yoy', of: 'value', unit: 'percent', product: '854232', period: july, origin: 'list' });
    const table = claim('22.8', '22.8', 0, { flow: 'import', measure: 'yoy', of: 'value', unit: 'percent', product: '854232', period: july, origin: 'table' });
    const [a, b] = reconcile([text, table], dataset, { published });
    expect(a).toMatchObject({ verdict: 'inconsistent', severity: 'error', ruleId: 'chipcheck/inconsistent-repeat', otherClaims: [table.id] });
    expect(b).toMatchObject({ verdict: 'inconsistent', otherClaims: [text.id] });
    expect(message(a!)).toBe('10.6% and 22.8 state the same figure differently');
  });

  it('a repeat within rounding is consistent (将近3900亿美元 and 约3890.6亿美元)', () => {
    const near = usd('将近3900亿美元', '3900', { flow: 'import', measure: 'value', unit: 'USD', qualifier: 'near', period: july });
    const approx = usd('约为3890．6亿美元', '3890.6', { flow: 'import', measure: 'value', unit: 'USD', qualifier: 'approx', period: july });
    expect(reconcile([near, approx], dataset, { published }).map((a) => a.verdict)).toEqual(['unverifiable', 'unverifiable']);
  });

  it('total = import + export within rounding; a wrong total is flagged with its parts', () => {
    const total = usd('553.2亿美元', '553.2', { flow: 'total_trade', measure: 'value', unit: 'USD', period: july });
    const exp = usd('179.3亿美元', '179.3', { flow: 'export', measure: 'value', unit: 'USD', period: july });
    const imp = usd('373.9亿美元', '373.9', { flow: 'import', measure: 'value', unit: 'USD', period: july });
    expect(reconcile([total, exp, imp], dataset, { published }).map((a) => a.verdict)).toEqual(['unverifiable', 'unverifiable', 'unverifiable']);
    const wrong = usd('563.2亿美元', '563.2', { flow: 'total_trade', measure: 'value', unit: 'USD', period: july });
    const [t] = reconcile([wrong, exp, imp], dataset, { published });
    expect(t).toMatchObject({ verdict: 'inconsistent', ruleId: 'chipcheck/inconsistent-sum' });
    expect(message(t!)).toBe('563.2亿美元 ≠ 373.9亿美元 + 179.3亿美元 (import + export)');
  });

  it('net = import − export (194.5 vs 373.9 − 179.3 = 194.6 is within rounding; 204.5 is not)', () => {
    const exp = usd('179.3亿美元', '179.3', { flow: 'export', measure: 'value', unit: 'USD', period: july });
    const imp = usd('373.9亿美元', '373.9', { flow: 'import', measure: 'value', unit: 'USD', period: july });
    const net = usd('194.5亿美元', '194.5', { flow: 'net_import', measure: 'value', unit: 'USD', period: july });
    expect(reconcile([exp, imp, net], dataset, { published })[2]!.verdict).toBe('unverifiable');
    const wrong = usd('204.5亿美元', '204.5', { flow: 'net_import', measure: 'value', unit: 'USD', period: july });
    expect(reconcile([exp, imp, wrong], dataset, { published })[2]).toMatchObject({ verdict: 'inconsistent', ruleId: 'chipcheck/inconsistent-net' });
  });

  it('a share must equal part ÷ total (85.3 ÷ 179.3 = 47.6%)', () => {
    const total = usd('179.3亿美元', '179.3', { flow: 'export', measure: 'value', unit: 'USD', period: july });
    const part = usd('85.3亿美元', '85.3', { flow: 'export', measure: 'value', unit: 'USD', product: '854232', period: july });
    const share = claim('47.6%', '47.6', 0, { flow: 'export', measure: 'share', of: 'value', unit: 'percent', product: '854232', period: july });
    expect(reconcile([total, part, share], dataset, { published })[2]!.verdict).toBe('unverifiable');
    const wrong = claim('57.6%', '57.6', 0, { flow: 'export', measure: 'share', of: 'value', unit: 'percent', product: '854232', period: july });
    const [, , s] = reconcile([total, part, wrong], dataset, { published });
    expect(s).toMatchObject({ verdict: 'inconsistent', ruleId: 'chipcheck/inconsistent-share' });
    expect(message(s!)).toBe('57.6% ≠ 85.3亿美元 ÷ 179.3亿美元 (47.6%)');
  });

  it("a region's share of the whole country, with no national total in the article, is held against the dataset's (无锡…2.83亿块，占全国产量的12%)", () => {
    const year = { year: 2022, from_month: 1, to_month: 12 };
    const sentenceText = '2022年无锡规模以上企业集成电路产量达2.83亿块，占全国产量的12%。';
    const wuxi = (text: string, digits: string, magnitude: number) => claim(text, digits, magnitude, { flow: 'production', measure: 'quantity', unit: 'piece', province: '无锡', period: year, sentenceText });
    const share = (base: string) => claim('12%', '12', 0, { flow: 'production', measure: 'share', of: 'quantity', unit: 'percent', province: '无锡', period: year, sentenceText: sentenceText.replace('全国', base) });
    const [level, s] = reconcile([wuxi('2.83亿块', '2.83', 8), share('全国')], dataset, { published });
    expect(level).toMatchObject({ verdict: 'inconsistent', ruleId: 'chipcheck/inconsistent-share' });
    expect(s).toMatchObject({ verdict: 'inconsistent', ruleId: 'chipcheck/inconsistent-share' });
    expect(message(s!)).toBe('12% ≠ 2.83亿块 ÷ the national total in the dataset, 3241.9亿块 (0.1%)');
    // 389亿块 is 12.0% of 3241.9亿块; a share of the province (全省) is not of the national total.
    expect(reconcile([wuxi('389亿块', '389', 8), share('全国')], dataset, { published }).map((a) => a.verdict)).toEqual(['unverifiable', 'unverifiable']);
    expect(reconcile([wuxi('2.83亿块', '2.83', 8), share('全省')], dataset, { published }).map((a) => a.verdict)).toEqual(['unverifiable', 'unverifiable']);
  });

  it('parts cannot add up to more than their total; regions (东盟) overlap and are left out', () => {
    const total = usd('179.3亿美元', '179.3', { flow: 'export', measure: 'value', unit: 'USD', period: july });
    const hk = usd('68.3亿美元', '68.3', { flow: 'export', measure: 'value', unit: 'USD', partner: '中国香港', period: july });
    const asean = usd('142.6亿美元', '142.6', { flow: 'export', measure: 'value', unit: 'USD', partner: '东盟', period: july });
    expect(reconcile([total, hk, asean], dataset, { published }).map((a) => a.verdict)).toEqual(['unverifiable', 'unverifiable', 'unverifiable']);
    const tw = usd('129.6亿美元', '129.6', { flow: 'export', measure: 'value', unit: 'USD', partner: '中国台湾', period: july });
    const verdicts = reconcile([total, hk, tw], dataset, { published });
    expect(verdicts.map((a) => a.verdict)).toEqual(['inconsistent', 'inconsistent', 'inconsistent']);
    expect(verdicts[0]!.ruleId).toBe('chipcheck/inconsistent-parts');
  });

  it('uses a typo’s corrected value: 5822．2个 − 2840亿个 = 2982亿个 once the 亿 is restored (seed 000)', () => {
    const nov = { year: 2021, from_month: 1, to_month: 11 };
    const imp = claim('5822．2个', '5822.2', 0, { flow: 'import', measure: 'quantity', unit: 'piece', period: nov });
    const exp = claim('2840亿个', '2840', 8, { flow: 'export', measure: 'quantity', unit: 'piece', period: nov });
    const net = claim('2982亿个', '2982', 8, { flow: 'net_import', measure: 'quantity', unit: 'piece', period: nov });
    expect(reconcile([imp, exp, net], dataset, { published: '2022-01-09' }).map((a) => a.verdict)).toEqual(['typo', 'unverifiable', 'unverifiable']);
  });
});

describe('conversions stated in the text', () => {
  const y2022 = { year: 2022, from_month: 1, to_month: 12 };
  it('1000亿美元，折合人民币6726亿元 holds at 2022’s 6.7261; 7500亿元 does not', () => {
    // No CNY record for 2022 imports in the fixture: the dataset cannot decide, the article can.
    const usdClaim = usd('1000亿美元', '1000', { flow: 'total_trade', measure: 'value', unit: 'USD', partner: '韩国', period: y2022 });
    const ok = claim('折合人民币6726亿元', '6726', 8, { flow: 'total_trade', measure: 'value', unit: 'CNY', qualifier: 'approx', partner: '韩国', period: y2022 });
    expect(reconcile([usdClaim, ok], dataset, { published }).map((a) => a.verdict)).toEqual(['unverifiable', 'unverifiable']);
    const wrong = claim('折合人民币7500亿元', '7500', 8, { flow: 'total_trade', measure: 'value', unit: 'CNY', qualifier: 'approx', partner: '韩国', period: y2022 });
    const [, b] = reconcile([usdClaim, wrong], dataset, { published });
    expect(b).toMatchObject({ verdict: 'inconsistent', ruleId: 'chipcheck/inconsistent-conversion' });
    expect(message(b!)).toBe('折合人民币7500亿元 ≠ 1000亿美元 × 6.7261 (the year’s CNY per USD, ±3%)');
  });
});

describe('a slip that makes the article agree with itself', () => {
  it('近五年进口25801亿块、出口12796块、逆差13004亿块: the 亿 missing from 12796 is the typo, the others are not at fault', () => {
    const years = { year: 2018, from_month: 1, to_month: 12, years: [2018, 2019, 2020, 2021, 2022] };
    const piece = (text: string, digits: string, magnitude: number, flow: 'import' | 'export' | 'net_import') =>
      claim(text, digits, magnitude, { flow, measure: 'quantity', unit: 'piece', period: years, spans: { numeral: [0, digits.length], magnitude: magnitude ? [digits.length, digits.length + 1] : null, unit: null, qualifier: null } });
    const [imports, exports, net] = reconcile([piece('25801亿块', '25801', 8, 'import'), piece('12796块', '12796', 0, 'export'), piece('13004亿块', '13004', 8, 'net_import')], dataset, { published: '2023-03-01' });
    expect(exports).toMatchObject({ verdict: 'typo', ruleId: 'chipcheck/magnitude-slip', suggestion: '12796亿块' });
    expect(message(exports!)).toBe('12796块 looks like a missing or extra magnitude word (亿, 万): with 12796亿块 the article agrees with itself (13004亿块 ≠ 25801亿块 − 12796块 (import − export))');
    expect(renderNotes(exports!.notes, 'zh')).toBe('12796块疑为数量级笔误（漏写或多写“亿”“万”）：改为12796亿块后，文章前后一致（13004亿块 ≠ 25801亿块 − 12796块（进口 − 出口））');
    expect(imports!.verdict).toBe('unverifiable');
    expect(net!.verdict).toBe('unverifiable');
  });
});
