/**
 * Severity from evidence (issue 13): a disagreement is an error only when every field it rests on was read
 * strongly; otherwise it is a question that says what the reading rests on.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { weakFields } from '../../src/reconcile/certainty.js';
import type { Assessment } from '../../src/reconcile/index.js';
import { renderNotes } from '../../src/report/messages/index.js';
import type { Claim } from '../../src/types.js';
import { claim, dataset, year } from './fixture.js';

const published = '2025-02-05';
// Offsets in these claims are line numbers times 100, so that "from line N" is easy to check.
const lineOf = (offset: number) => Math.floor(offset / 100);
const run = (claims: Claim[]) => reconcile(claims, dataset, { published, lineOf });
/** The verdict's message as an English reader reads it. */
const message = (a: Assessment) => renderNotes(a.notes, 'en');

const evidence = (fields: Partial<Claim['fieldEvidence']>): Claim['fieldEvidence'] => ({
  flow: { from: 'sentence' },
  measure: { from: 'clause' },
  period: { from: 'sentence' },
  product: { from: 'default' },
  partner: { from: 'default' },
  unit: { from: 'clause' },
  ...fields,
});

describe('severity from evidence', () => {
  it('a contradiction on a period read in its own sentence stays an error', () => {
    const [a] = run([claim('1537.9亿美元', '1537.9', 8, { flow: 'export', measure: 'value', unit: 'USD', period: year(2022), fieldEvidence: evidence({}) })]);
    expect(a).toMatchObject({ verdict: 'typo', severity: 'error', ruleId: 'chipcheck/period-slip' });
  });

  it('on a period inherited from another paragraph it is a question, naming the line and the reading that matches', () => {
    const c = claim('1537.9亿美元', '1537.9', 8, { flow: 'export', measure: 'value', unit: 'USD', period: year(2022), fieldEvidence: evidence({ period: { from: 'inherited', offset: 1205 } }) });
    const [a] = run([c]);
    expect(a).toMatchObject({ verdict: 'unverifiable', severity: 'warning', ruleId: 'chipcheck/uncertain-reading', suggestion: null });
    expect(message(a!)).toBe(
      'Is this read right? 1537.9亿美元: the period (2022) is inherited from line 12. Read so: 1537.9亿美元 fits 2021 (1537.9亿美元), not 2022: a period slip? — if it is 2021, it matches 1537.9亿美元.',
    );
    expect(renderNotes(a!.notes, 'zh')).toBe(
      '是否读对了？1537.9亿美元：时期（2022年）沿用第12行。按此读法：1537.9亿美元与2021年的数据（1537.9亿美元）相符，而非2022年：时期写错了？；如果是2021年，则与1537.9亿美元相符。',
    );
  });

  it('a magnitude slip on an inferred period (an undated page) is no typo', () => {
    const c = claim('5822.2个', '5822.2', 0, { flow: 'import', measure: 'quantity', unit: 'piece', period: { year: 2021, from_month: 1, to_month: 11 }, fieldEvidence: evidence({ period: { from: 'inferred' } }) });
    const [a] = run([c]);
    expect(a!.verdict).toBe('unverifiable');
    expect(message(a!)).toContain('the period (Jan–Nov 2021) is inferred (not written)');
  });

  it('an inconsistency that rests on a partner taken from a heading is a question', () => {
    const total = claim('1000亿美元', '1000', 8, { flow: 'export', measure: 'value', unit: 'USD', period: year(2023), fieldEvidence: evidence({}) });
    const part = claim('1200亿美元', '1200', 8, { flow: 'export', measure: 'value', unit: 'USD', period: year(2023), partner: '韩国', fieldEvidence: evidence({ partner: { from: 'heading', offset: 700 } }) });
    const [, b] = run([total, part]);
    expect(b).toMatchObject({ verdict: 'unverifiable', ruleId: 'chipcheck/uncertain-reading' });
    expect(message(b!)).toContain('the partner (韩国) is taken from the heading on line 7');
  });

  it('a currency that was never written (出口1596亿) is a weak field; national and HS 8542 by default are not', () => {
    // 2024 exports: 11351.6亿元, 1595.5亿美元. Read as yuan, 1596亿 is far off; in dollars it is right.
    const c = claim('1596亿', '1596', 8, { flow: 'export', measure: 'value', unit: 'CNY', period: year(2024), fieldEvidence: evidence({ unit: { from: 'default' } }) });
    expect(weakFields(c).map((w) => w.field)).toEqual(['unit']);
    expect(run([c])[0]).toMatchObject({ verdict: 'unverifiable', severity: 'warning' });
  });

  it('an amount with no currency is an error only when the other currency disagrees too (出口1.2万亿: neither yuan nor dollars)', () => {
    const c = claim('1.2万亿', '1.2', 12, { flow: 'export', measure: 'value', unit: 'CNY', period: year(2024), fieldEvidence: evidence({ unit: { from: 'default' } }) });
    expect(run([c])[0]).toMatchObject({ verdict: 'contradiction', severity: 'error' });
  });

  it('a rate with no written basis is an error only when the other basis disagrees too', () => {
    // 2021 imports: +23.6% by value, +16.9% by quantity. 25.6% disagrees with both.
    const both = claim('增长25.6%', '25.6', 0, { flow: 'import', measure: 'yoy', of: 'value', unit: 'percent', fieldEvidence: evidence({ basis: { from: 'default' } }) });
    expect(run([both])[0]).toMatchObject({ verdict: 'contradiction', severity: 'error' });
    // 16.9% is the quantity rate: read on either basis, it matches.
    const quantity = claim('增长16.9%', '16.9', 0, { flow: 'import', measure: 'yoy', of: 'value', unit: 'percent', fieldEvidence: evidence({ basis: { from: 'default' } }) });
    expect(run([quantity])[0]!.verdict).toBe('match');
  });
});

describe('typos only where a slip fits better than chance', () => {
  it('a rate 0.2 points off (23.8% for 23.6%) is a minor contradiction, not “8 written for 6”', () => {
    const [a] = run([claim('增长23.8%', '23.8', 0, { flow: 'import', measure: 'yoy', of: 'value', unit: 'percent', fieldEvidence: evidence({}) })]);
    expect(a).toMatchObject({ verdict: 'contradiction', severity: 'warning', ruleId: 'chipcheck/contradiction', suggestion: null });
  });
});
