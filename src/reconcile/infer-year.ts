/**
 * An undated page that never writes a year (今年上半年…, 6月…) still has figures: read it as the year whose
 * records they fit. The choice is a guess the report marks as inferred, so it can confirm figures but
 * never make an error out of one.
 */
import type { Claim, Dataset, Figure, FigureKey } from '../types.js';
import { keyOf } from './against-dataset.js';
import { agrees, shapeOf } from './interval.js';

/** Cumulative rates move slowly: a year-to-date rate within this many points of its neighbours' fits them. */
const NEAR_POINTS = 1.5;
/** …and one this far from all of them belongs to another year. */
const FAR_POINTS = 4;

const truth = (f: Figure) => ({ low: f.low, high: f.high });

/** Year-to-date rates of the same series ending up to two months before or after the claim's period. */
function neighbourRates(key: FigureKey, dataset: Dataset): Figure[] {
  const found: Figure[] = [];
  for (const shift of [-2, -1, 1, 2]) {
    const to = key.period.to_month + shift;
    if (to < 1 || to > 12) continue;
    found.push(...dataset.lookup({ ...key, currency: null, period: { ...key.period, to_month: to } }));
  }
  return found;
}

/**
 * How well a claim read in one year fits that year's records of any confidence (a low-confidence record
 * cannot settle a verdict, but it is still evidence of which year a page is about): a record that agrees
 * counts 2, one that disagrees −1; with no record, a year-to-date level between the year's cumulative
 * bounds counts 1 (outside them −1), and a year-to-date rate close to its neighbouring months' rates 1 (far
 * from all of them −1).
 */
function fit(claim: Claim, dataset: Dataset): number {
  const key = keyOf(claim);
  if (!key || key.partner !== null || key.province !== null || key.period.years) return 0;
  const shape = shapeOf(claim);
  const records = dataset.lookup(key);
  if (records.length > 0) return records.some((f) => agrees(shape, truth(f))) ? 2 : -1;
  if (key.period.from_month !== 1 || key.period.to_month === 12) return 0;
  if (key.measure === 'value' || key.measure === 'quantity') {
    const { lower, upper } = dataset.bounds(key);
    if (!lower || !upper) return 0;
    return agrees(shape, { low: lower.low, high: upper.high }) ? 1 : -1;
  }
  if (key.measure === 'yoy') {
    const near = neighbourRates(key, dataset);
    if (near.length === 0) return 0;
    const within = (points: number) => near.some((f) => agrees(shape, { low: f.low - points, high: f.high + points }));
    return within(NEAR_POINTS) ? 1 : within(FAR_POINTS) ? 0 : -1;
  }
  return 0;
}

/**
 * The year the article's figures fit best: at least two figures fit it, and its score is above every other
 * year's. `read(year)` reads the article's claims as if written in that year.
 */
export function yearFromRecords(read: (year: number) => Claim[], dataset: Dataset): number | null {
  const years = new Set<number>();
  for (const f of dataset.figures) if (f.key.partner === null && f.key.province === null) years.add(f.key.period.year);
  let best: { year: number; score: number; fitting: number } | null = null;
  let runnerUp = -Infinity;
  for (const year of [...years].sort((a, b) => b - a)) {
    const fits = read(year).map((c) => fit(c, dataset));
    const score = fits.reduce((sum, f) => sum + f, 0);
    if (!best || score > best.score) {
      runnerUp = best?.score ?? -Infinity;
      best = { year, score, fitting: fits.filter((f) => f > 0).length };
    } else if (score > runnerUp) runnerUp = score;
  }
  return best && best.fitting >= 2 && best.score > runnerUp ? best.year : null;
}
