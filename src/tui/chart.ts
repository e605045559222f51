/**
 * A one-line block-character chart of a figure series with the claimed value marked: pure data in, strings out.
 *
 *   ▃▄▄▆▇▁   bars, oldest first; the claimed value is its own column next to the record for its period
 *        ▲   marker under the claimed column
 */
import type { Figure, Period } from '../types.js';

const BLOCKS = '▁▂▃▄▅▆▇█';

export interface ChartColumn {
  block: string;
  value: number;
  period: Period;
  /** True for the column that shows the claim's own value rather than a record. */
  claimed: boolean;
}

export interface Chart {
  columns: ChartColumn[];
  /** The scale's bottom and top, in base units. */
  low: number;
  high: number;
  /** Which periods the series holds: the claim's months across years, or periods of the claim's length. */
  span: 'same-months' | 'same-length' | 'all';
}

/**
 * The figures to chart for a claim: the same months across years (Jan–Nov 2017…2021) when the series has
 * at least two, else periods of the same length (a monthly series), else everything.
 */
export function selectSeries(figures: readonly Figure[], period: Period | null): { figures: Figure[]; span: Chart['span'] } {
  if (period) {
    const sameMonths = figures.filter(
      (f) => f.key.period.from_month === period.from_month && f.key.period.to_month === period.to_month,
    );
    if (sameMonths.length >= 2) return { figures: sameMonths, span: 'same-months' };
    const length = period.to_month - period.from_month;
    const sameLength = figures.filter((f) => f.key.period.to_month - f.key.period.from_month === length);
    if (sameLength.length >= 2) return { figures: sameLength, span: 'same-length' };
  }
  return { figures: [...figures], span: 'all' };
}

function periodOrder(a: Period, b: Period): number {
  return a.year - b.year || a.to_month - b.to_month || a.from_month - b.from_month;
}

function samePeriod(a: Period, b: Period): boolean {
  return a.year === b.year && a.from_month === b.from_month && a.to_month === b.to_month;
}

/**
 * Chart a series with the claimed value as an extra column placed in time order (right after the record
 * for the same period). At most `maxColumns` columns: the window keeps the claimed column and the records
 * just before it. Null when there is nothing to compare with.
 */
export function seriesChart(
  figures: readonly Figure[],
  claim: { value: number; period: Period | null },
  maxColumns: number,
): Chart | null {
  const { figures: chosen, span } = selectSeries(figures, claim.period);
  // One column per period; alternative official versions of one figure would otherwise repeat it.
  const points: Array<{ value: number; period: Period; claimed: boolean }> = [];
  for (const figure of [...chosen].sort((a, b) => periodOrder(a.key.period, b.key.period))) {
    if (!points.some((p) => samePeriod(p.period, figure.key.period))) {
      points.push({ value: figure.value, period: figure.key.period, claimed: false });
    }
  }
  if (points.length === 0 || !Number.isFinite(claim.value)) return null;

  const claimedPeriod = claim.period ?? points[points.length - 1]!.period;
  let at = points.findIndex((p) => periodOrder(p.period, claimedPeriod) > 0);
  if (at === -1) at = points.length;
  points.splice(at, 0, { value: claim.value, period: claimedPeriod, claimed: true });

  const limit = Math.max(2, maxColumns);
  let start = 0;
  if (points.length > limit) {
    // Keep the claim near the right edge so the records leading up to it stay visible.
    start = Math.min(Math.max(0, at - (limit - 2)), points.length - limit);
  }
  const visible = points.slice(start, start + limit);

  const values = visible.map((p) => p.value);
  const low = Math.min(0, ...values);
  const high = Math.max(...values);
  const range = high - low;
  const columns = visible.map((p) => {
    const level = range === 0 ? BLOCKS.length - 1 : Math.round(((p.value - low) / range) * (BLOCKS.length - 1));
    return { block: BLOCKS[level]!, value: p.value, period: p.period, claimed: p.claimed };
  });
  return { columns, low, high, span };
}

/** The bar line and the marker line, each column one character wide. */
export function chartLines(chart: Chart): { bars: string; marker: string } {
  return {
    bars: chart.columns.map((c) => c.block).join(''),
    marker: chart.columns.map((c) => (c.claimed ? '▲' : ' ')).join('').trimEnd(),
  };
}
