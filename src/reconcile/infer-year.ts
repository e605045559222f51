/**
 * An undated page that never writes a year (今年上半年…, 6月…) still has figures: read it as the year whose
 * records they match. The choice is a guess the report marks as inferred, so it can confirm figures but
 * never make an error out of one.
 */
import type { Claim, Dataset } from '../types.js';
import { keyOf } from './against-dataset.js';
import { agrees, shapeOf } from './interval.js';

/**
 * Does a record of any confidence agree with the claim? A low-confidence record cannot settle a verdict, but
 * it is still evidence of which year a page is about.
 */
function matchesRecord(claim: Claim, dataset: Dataset): boolean {
  const key = keyOf(claim);
  if (!key) return false;
  const shape = shapeOf(claim);
  return dataset.lookup(key).some((f) => agrees(shape, { low: f.low, high: f.high }));
}

/**
 * The year under which most of the article's figures match a record: at least two, and more than under any
 * other year. `read(year)` reads the article's claims as if written in that year.
 */
export function yearFromRecords(read: (year: number) => Claim[], dataset: Dataset): number | null {
  const years = new Set<number>();
  for (const f of dataset.figures) if (f.key.partner === null && f.key.province === null) years.add(f.key.period.year);
  let best: { year: number; matches: number } | null = null;
  let runnerUp = 0;
  for (const year of [...years].sort((a, b) => b - a)) {
    const matches = read(year).filter((c) => matchesRecord(c, dataset)).length;
    if (!best || matches > best.matches) {
      runnerUp = best?.matches ?? 0;
      best = { year, matches };
    } else if (matches > runnerUp) runnerUp = matches;
  }
  return best && best.matches >= 2 && best.matches > runnerUp ? best.year : null;
}
