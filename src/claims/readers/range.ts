/**
 * The range reader: a range written with two numbers (2100-2200亿美元, 600亿至700亿美元) states two bounds, at
 * least the first and at most the second. Each bound is a claim of its own, on the characters written for it,
 * so an editor sees which end a record falls outside of.
 */
import { negate } from '../../decimal.js';
import type { NumberMention } from '../../types.js';
import type { DraftClaim } from '../context.js';

/** The digits a bound starts with (Arabic, with its separators, or Chinese numerals). */
const DIGITS = /^(?:[\d.,]+|[零〇一二两三四五六七八九十百千]+)/;

/** The draft of a two-number range as two drafts, its lower and upper bound; any other draft as it is. */
export function rangeBounds(draft: DraftClaim, norm: string): DraftClaim[] {
  const m = draft.mention;
  if (!m.rangeEnds || !draft.upper) return [draft];
  const { lowEnd, highStart } = m.rangeEnds;
  // 约2100-2200亿美元, 2100-2200亿美元左右: a loose range keeps its looseness on both ends.
  const loose = m.qualifier === 'approx' || m.qualifier === 'near';
  const within = (span: [number, number] | null, from: number, to: number) => (span && span[0] >= from && span[1] <= to ? span : null);
  const bound = (start: number, end: number, numeral: [number, number], qualifier: NumberMention['qualifier']): NumberMention => {
    const { upper: _upper, rangeEnds: _ends, ...rest } = m;
    const qualifierSpan = within(m.spans.qualifier, start, end);
    return {
      ...rest,
      start,
      end,
      numberStart: numeral[0],
      numberEnd: Math.min(end, Math.max(numeral[1], within(m.spans.magnitude, start, end)?.[1] ?? numeral[1])),
      raw: m.raw.slice(start - m.start, end - m.start),
      spans: { numeral, magnitude: within(m.spans.magnitude, start, end), unit: within(m.spans.unit, start, end), qualifier: qualifierSpan },
      qualifier,
      qualifierText: qualifierSpan ? m.qualifierText : null,
    };
  };
  const lowStart = Math.min(m.start, m.spans.numeral[0]);
  const low = bound(lowStart, lowEnd, m.spans.numeral, loose ? m.qualifier : 'at_least');
  const highDigits = DIGITS.exec(norm.slice(highStart, m.end))?.[0].length ?? 0;
  const high = bound(highStart, m.end, [highStart, highStart + highDigits], loose ? m.qualifier : 'under');
  // 下降10-15%: the sign read for the range holds for both ends.
  const upper = draft.amount.coefficient < 0n && draft.upper.coefficient > 0n ? negate(draft.upper) : draft.upper;
  const { upper: _, ...single } = draft;
  return [
    { ...single, mention: low, qualifier: low.qualifier },
    { ...single, mention: high, amount: upper, qualifier: high.qualifier },
  ];
}
