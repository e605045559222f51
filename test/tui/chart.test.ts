import { describe, expect, test } from 'vitest';
import { chartLines, selectSeries, seriesChart } from '../../src/tui/chart.js';
import type { Figure, Period } from '../../src/types.js';

function figure(value: number, year: number, from = 1, to = 12): Figure {
  return {
    key: { flow: 'import', product: '8542', partner: null, province: null, measure: 'quantity', unit: 'piece', period: { year, from_month: from, to_month: to } },
    value,
    low: value,
    high: value,
    text: `${value / 1e8}亿个`,
    kind: 'record',
    ids: [`r${year}-${from}-${to}`],
    provenance: [],
  };
}

// Import quantity, full years 2017–2021 and a few year-to-date figures (from /work/shared/data/figures.csv).
const years = [
  figure(3769.96e8, 2017),
  figure(4175.7e8, 2018),
  figure(4451.3e8, 2019),
  figure(5435e8, 2020),
  figure(6354.8e8, 2021),
];
const ytd = [figure(5280e8, 2021, 1, 10), figure(4985.1e8, 2022, 1, 11), figure(5014.7e8, 2024, 1, 11)];
const period = (year: number, from = 1, to = 12): Period => ({ year, from_month: from, to_month: to });

describe('seriesChart', () => {
  test('bars rise with the values, oldest first; the claimed value is marked next to its period', () => {
    const chart = seriesChart(years, { value: 6354.8e8, period: period(2021) }, 40)!;
    const { bars, marker } = chartLines(chart);
    expect(bars).toBe('▅▆▆▇██'); // heights from zero, so growth of 10–20% a year looks as modest as it is
    expect(marker).toBe('     ▲');
    expect(chart.columns.map((c) => c.claimed)).toEqual([false, false, false, false, false, true]);
    expect(chart.span).toBe('same-months');
  });

  test('a claim 10⁸ times too small (a missing 亿) shows as the lowest bar', () => {
    const chart = seriesChart([...years, ...ytd], { value: 5822.2, period: period(2021, 1, 11) }, 40)!;
    const claimed = chart.columns.find((c) => c.claimed)!;
    expect(claimed.block).toBe('▁');
    // Jan–Nov across years: 2021 (the claim), 2022, 2024.
    expect(chart.columns.map((c) => c.period.year)).toEqual([2021, 2022, 2024]);
    expect(chartLines(chart).marker).toBe('▲');
  });

  test('the claim sits in time order among the records', () => {
    const chart = seriesChart(years, { value: 4000e8, period: period(2019) }, 40)!;
    expect(chart.columns.map((c) => `${c.period.year}${c.claimed ? '*' : ''}`)).toEqual(['2017', '2018', '2019', '2019*', '2020', '2021']);
  });

  test('a narrow chart keeps the claim and the records just before it', () => {
    const chart = seriesChart(years, { value: 4000e8, period: period(2022) }, 3)!;
    expect(chart.columns.map((c) => c.period.year)).toEqual([2020, 2021, 2022]);
    expect(chart.columns.at(-1)!.claimed).toBe(true);
  });

  test('negative growth rates get a scale that starts below zero', () => {
    const yoy = [figure(-15.3, 2022), figure(-10.8, 2023), figure(14.6, 2024)];
    const chart = seriesChart(yoy, { value: 10, period: period(2024) }, 10)!;
    expect(chart.low).toBe(-15.3);
    expect(chartLines(chart).bars).toBe('▁▂█▇');
  });

  test('nothing to chart without records', () => {
    expect(seriesChart([], { value: 1, period: period(2021) }, 10)).toBeNull();
  });
});

test('selectSeries falls back from the same months to the same length to everything', () => {
  const months = [figure(420.5e8, 2020, 6, 6), figure(519e8, 2021, 6, 6), figure(424e8, 2023, 7, 7)];
  expect(selectSeries([...years, ...months], period(2025, 7, 7)).span).toBe('same-length');
  expect(selectSeries([...years, ...months], period(2025, 7, 7)).figures).toHaveLength(3);
  expect(selectSeries(years, period(2021, 1, 5)).span).toBe('all');
  expect(selectSeries(years, null).span).toBe('all');
});
