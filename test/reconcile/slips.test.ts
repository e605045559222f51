import { describe, expect, it } from 'vitest';
import { findSlips, type WrittenNumber } from '../../src/reconcile/slips.js';
import { spansOf } from './fixture.js';

/** A number as written, with the spans the number scanner finds in it. */
const written = (text: string): WrittenNumber => {
  const { numeral, magnitude } = spansOf(text);
  return { text, numeral, magnitude };
};

const near = (target: number, tolerance = 0.005) => (v: number) => Math.abs(v - target) <= Math.abs(target) * tolerance;

describe('findSlips', () => {
  it('finds a missing 亿 and keeps the author’s full-width digits (seed 000)', () => {
    const slips = findSlips(written('5822．2个'), 5822.2, (v) => v >= 528e9 && v <= 6354.8e8);
    expect(slips).toHaveLength(1);
    expect(slips[0]).toMatchObject({ kind: 'magnitude-slip', suggestion: '5822．2亿个' });
  });

  it('finds an extra 亿', () => {
    const [slip] = findSlips(written('432.55亿亿美元'.replace('亿亿', '亿')), 432.55e8 * 1e8, near(432.55e8));
    expect(slip).toMatchObject({ kind: 'magnitude-slip', suggestion: '432.55美元' });
  });

  it('finds a shifted decimal point', () => {
    const slips = findSlips(written('432.55亿美元'), 432.55e8, near(4325.5e8, 0.0001));
    expect(slips.map((s) => s.suggestion)).toContain('4325.5亿美元');
    expect(slips[0]!.kind).toBe('decimal-slip');
  });

  it('finds two swapped digits', () => {
    const slips = findSlips(written('2918亿块'), 2918e8, near(2981e8, 0.0001));
    expect(slips).toEqual([expect.objectContaining({ kind: 'digit-swap', suggestion: '2981亿块' })]);
  });

  it('finds one wrong digit only when it is the one way to fit', () => {
    expect(findSlips(written('5394亿块'), 5394e8, near(5384e8, 0.00001))).toEqual([expect.objectContaining({ kind: 'digit-slip', suggestion: '5384亿块' })]);
  });

  it('does not diagnose digit slips on short numbers, where a chance fit is likely (1.2万亿 vs 1.14万亿)', () => {
    expect(findSlips(written('1.2万亿'), 1.2e12, (v) => v >= 1.1e12 && v <= 1.15e12)).toEqual([]);
  });

  it('finds nothing when nothing fits', () => {
    expect(findSlips(written('3890．6亿美元'), 3890.6e8, () => false)).toEqual([]);
  });
});
