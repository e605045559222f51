/**
 * 较2016年增长36.9%, 较2014年的1535亿个…增长74.5%: a rate over several years. No year-on-year record
 * measures it, so it is checked against the levels of its two years: the dataset's (here), or the article's
 * own (internal.ts). With neither, it is unverifiable.
 */
import { note } from '../report/messages/index.js';
import type { Claim, Dataset, Figure, FigureKey, Unit } from '../types.js';
import type { Assessment } from './against-dataset.js';
import { agrees, difference, shapeOf, valueOf, type Interval } from './interval.js';

/** The growth from `base` to `now` in percent, as an interval from both figures' rounding. */
export function growthBetween(now: Interval, base: Interval): Interval | undefined {
  if (base.low <= 0) return undefined;
  return { low: (now.low / base.high - 1) * 100, high: (now.high / base.low - 1) * 100 };
}

/** The levels a rate is computed from: quantity in pieces, or value in its currency (either, when unknown). */
export function levelsOfRate(rate: Pick<Claim, 'of' | 'flow' | 'currency'>): { measure: 'quantity' | 'value'; units: Unit[] } {
  const measure = rate.of === 'quantity' || rate.flow === 'production' ? 'quantity' : 'value';
  return { measure, units: measure === 'quantity' ? ['piece'] : rate.currency ? [rate.currency] : ['USD', 'CNY'] };
}

/** A published record of medium or high confidence (not a derived figure, not a low-confidence row). */
export function isFirmRecord(f: Figure): boolean {
  return f.kind === 'record' && f.provenance.every((p) => p.confidence !== 'low');
}

/** The level records of the claim's period and of its base year, in one unit, when both exist. */
function levelPair(claim: Claim, key: FigureKey, dataset: Dataset): { now: Figure; base: Figure } | undefined {
  const { measure, units } = levelsOfRate(claim);
  for (const unit of units) {
    const levelKey: FigureKey = { ...key, measure, of: null, currency: null, unit };
    const now = dataset.lookup(levelKey).find(isFirmRecord);
    const base = dataset.lookup({ ...levelKey, period: { ...key.period, year: claim.baseYear! } }).find(isFirmRecord);
    if (now && base) return { now, base };
  }
  return undefined;
}

/** A rate measured from `claim.baseYear`: against the dataset's levels of both years, or unverifiable. */
export function assessGrowthSinceBase(claim: Claim, key: FigureKey, dataset: Dataset): Assessment {
  const from = claim.baseYear!;
  const to = key.period.year;
  const pair = levelPair(claim, key, dataset);
  const implied = pair && growthBetween({ low: pair.now.low, high: pair.now.high }, { low: pair.base.low, high: pair.base.high });
  if (!pair || !implied) {
    return { verdict: 'unverifiable', severity: 'info', ruleId: 'chipcheck/unverifiable', expected: null, suggestion: null, notes: [note('note.growth-since-unrecorded', { written: claim.text, from, to })], difference: null, figures: [] };
  }
  const computed = (pair.now.value / pair.base.value - 1) * 100;
  const figures = [pair.now, pair.base].map((figure) => ({ kind: 'record' as const, figure }));
  const levels = { written: claim.text, from, to, now: pair.now.text, base: pair.base.text, computed: { amount: Math.round(computed * 10) / 10, unit: 'percent' as const, signed: true } };
  if (agrees(shapeOf(claim), implied)) {
    return { verdict: 'match', severity: 'info', ruleId: 'chipcheck/match', expected: computed, suggestion: null, notes: [note('note.growth-since', levels)], difference: difference(valueOf(claim), computed), figures };
  }
  const diff = difference(valueOf(claim), computed);
  return {
    verdict: 'contradiction',
    severity: Math.abs(diff.absolute) <= 0.3 ? 'warning' : 'error',
    ruleId: 'chipcheck/contradiction',
    expected: computed,
    suggestion: null,
    notes: [note('note.growth-since-off', levels)],
    difference: diff,
    figures,
  };
}
