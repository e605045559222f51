/**
 * What a written number can stand for, and whether a canonical figure agrees with it (statcheck's rule:
 * "2.0" means 1.95–2.05). Published figures are rounded or truncated, so a claim covers both readings.
 */
import { toNumber } from '../decimal.js';
import type { Claim, Qualifier } from '../types.js';

export interface Interval {
  low: number;
  high: number;
}

/** The values a claim written at its precision can stand for: rounded (±½ unit) or truncated (+1 unit). */
export function claimInterval(value: number, precision: number): Interval {
  const unit = 10 ** precision;
  return value >= 0 ? { low: value - unit / 2, high: value + unit } : { low: value - unit, high: value + unit / 2 };
}

/** Relative tolerance of an explicit 约/左右/折合. */
export const APPROX_TOLERANCE = 0.05;
/** 近/接近: a little below, by at most this much. */
export const NEAR_TOLERANCE = 0.05;

export interface ClaimShape {
  value: number;
  upper?: number;
  precision: number;
  qualifier: Qualifier;
}

/**
 * A claim's exact amount as a float: the dataset's figures and their bounds are floats, so the verdict
 * engine compares in floats; the claim keeps its exact amount.
 */
export function valueOf(claim: Claim): number {
  return toNumber(claim.amount);
}

export function shapeOf(claim: Claim): ClaimShape {
  return {
    value: valueOf(claim),
    ...(claim.upper ? { upper: toNumber(claim.upper) } : {}),
    precision: claim.precision,
    qualifier: claim.qualifier,
  };
}

/**
 * Does a true value in `truth` (an interval: the figure's own rounding) satisfy the claim? Overlap is
 * enough: a claim is only wrong when no reading of either number makes them agree.
 */
export function agrees(claim: ClaimShape, truth: Interval): boolean {
  // 下降超过10%, 减少近600亿: a bound on a fall bounds its size. Mirrored, the fall reads as a rise, whose
  // bounds (超过 above, 不足 below, 近 a little below) are the ones written.
  if (claim.value < 0 || (claim.value === 0 && claim.upper !== undefined && claim.upper < 0)) {
    return agrees({ ...claim, value: -claim.value, ...(claim.upper !== undefined ? { upper: -claim.upper } : {}) }, { low: -truth.high, high: -truth.low });
  }
  const own = claimInterval(claim.value, claim.precision);
  const abs = Math.abs(claim.value);
  if (claim.upper !== undefined) {
    const top = claimInterval(claim.upper, claim.precision);
    return overlaps({ low: own.low, high: top.high }, truth);
  }
  switch (claim.qualifier) {
    case 'exact':
      return overlaps(own, truth);
    case 'approx':
      return overlaps({ low: Math.min(own.low, claim.value - abs * APPROX_TOLERANCE), high: Math.max(own.high, claim.value + abs * APPROX_TOLERANCE) }, truth);
    case 'over':
      return truth.high > claim.value;
    case 'at_least':
      return truth.high >= claim.value;
    case 'near':
      return overlaps({ low: claim.value - abs * NEAR_TOLERANCE, high: own.high }, truth);
    case 'under':
      return truth.low < claim.value;
  }
}

/**
 * A figure the claim's digits coincide with, not merely one its rounding overlaps: the two values differ by no
 * more than half the coarser of their steps (16.0 and 15 overlap through rounding but do not coincide). A slip
 * (the right number under the wrong flow) is an error, so it needs this.
 */
export function coincides(claim: ClaimShape, truth: Interval & { value: number }): boolean {
  return Math.abs(claim.value - truth.value) <= Math.max(10 ** claim.precision / 2, (truth.high - truth.low) / 2);
}

function overlaps(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** Signed distance from the claim to the nearest value the truth allows, relative to the truth. */
export function difference(claimValue: number, expected: number): { absolute: number; relative: number } {
  const absolute = claimValue - expected;
  return { absolute, relative: expected === 0 ? 0 : absolute / Math.abs(expected) };
}
