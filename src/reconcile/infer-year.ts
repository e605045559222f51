/**
 * An undated page that never writes a year (今年上半年…, 6月…) still has figures: read it as the year whose
 * records they match. The choice is a guess the report marks as inferred, so it can confirm figures but
 * never make an error out of one.
 */
import type { Claim, Dataset } from '../types.js';
import { assessClaim } from './against-dataset.js';

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
    const matches = read(year).filter((c) => c.period !== null && assessClaim(c, dataset, null).verdict === 'match').length;
    if (!best || matches > best.matches) {
      runnerUp = best?.matches ?? 0;
      best = { year, matches };
    } else if (matches > runnerUp) runnerUp = matches;
  }
  return best && best.matches >= 2 && best.matches > runnerUp ? best.year : null;
}
