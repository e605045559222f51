/**
 * An undated page that writes no year is read as the year its figures fit: matching records first, then
 * cumulative bounds and the rates of neighbouring months (test/fixtures/reconcile/records.csv: 2021 imports
 * Jan–Oct 5280亿个 +21.3%, full year 6354.8亿个 +16.9%).
 */
import { describe, expect, it } from 'vitest';
import { yearFromRecords } from '../../src/reconcile/infer-year.js';
import type { Claim, Period } from '../../src/types.js';
import { claim, dataset } from './fixture.js';

const months = (year: number, to: number): Period => ({ year, from_month: 1, to_month: to });

/** The page's claims as if it were written in `year`: each a function of the year. */
const page = (...make: Array<(year: number) => Claim>) => (year: number) => make.map((f) => f(year));

const level = (text: string, digits: string, to: number) => (year: number) => claim(text, digits, 8, { flow: 'import', measure: 'quantity', unit: 'piece', period: months(year, to) });
const rate = (text: string, digits: string, to: number) => (year: number) => claim(text, digits, 0, { flow: 'import', measure: 'yoy', of: 'quantity', unit: 'percent', period: months(year, to) });

describe('the year of a page that writes none', () => {
  it('is the year with a matching record', () => {
    expect(yearFromRecords(page(level('6354.8亿个', '6354.8', 12)), dataset)).toBeNull(); // one figure is not enough
    expect(yearFromRecords(page(level('6354.8亿个', '6354.8', 12), rate('16.9%', '16.9', 12)), dataset)).toBe(2021);
  });

  it('without a record for its months, is the year whose bounds and neighbouring rates its figures fit', () => {
    // 前11个月: between Jan–Oct and the full year, and close to Jan–Oct's +21.3%.
    expect(yearFromRecords(page(level('6000亿个', '6000', 11), rate('20.5%', '20.5', 11)), dataset)).toBe(2021);
  });

  it('is no year when the figures fall outside the bounds or far from the rates', () => {
    expect(yearFromRecords(page(level('7000亿个', '7000', 11), rate('20.5%', '20.5', 11)), dataset)).toBeNull();
    expect(yearFromRecords(page(level('6000亿个', '6000', 11), rate('-8%', '-8', 11)), dataset)).toBeNull();
  });

  it('counts a disagreeing record against its year', () => {
    // The full-year figures contradict 2021; the Jan–Nov ones alone would fit it.
    const read = page(level('6000亿个', '6000', 11), rate('20.5%', '20.5', 11), level('5000亿个', '5000', 12), rate('3%', '3', 12));
    expect(yearFromRecords(read, dataset)).toBeNull();
  });
});
