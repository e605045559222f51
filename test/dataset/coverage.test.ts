// Issue 15: `chipcheck dataset coverage`, the coverage as data and as the text the README shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { datasetCoverage, formatCoverage, loadDataset } from '../../src/dataset/index.js';

const fixtures = new URL('../fixtures/dataset/', import.meta.url).pathname;
const crafted = loadDataset({ paths: [join(fixtures, 'coverage-table/records.csv')], replace: true });

describe('coverage of a crafted dataset', () => {
  const coverage = datasetCoverage(crafted.records);

  test('a cell holds the best full-year confidence and the number of shorter periods', () => {
    const [y2040] = coverage.rows;
    const cell = (label: string) => y2040!.cells[coverage.columns.findIndex((c) => c.label === label)];
    expect(cell('Imp USD')).toEqual({ fullYear: 'high', growthOnly: false, periods: 2, records: 3 });
    expect(cell('Imp CNY')).toMatchObject({ fullYear: 'low', periods: 0 });
    expect(cell('Exp qty')).toMatchObject({ fullYear: null, periods: 0, records: 0 });
  });

  test('partners and subheadings list their years, full years and confidence', () => {
    expect(coverage.partners).toEqual([
      { name: '韩国', years: [2040, 2041], fullYears: [2040, 2041], records: 3, confidence: { high: 0, medium: 1, low: 2 }, series: ['import quantity', 'import value'] },
      { name: '越南', years: [2040], fullYears: [2040], records: 1, confidence: { high: 0, medium: 1, low: 0 }, series: ['export value'] },
    ]);
    expect(coverage.products.map((p) => [p.name, p.years])).toEqual([['854232', [2040]]]);
  });

  test('the text is the checked-in expected output', () => {
    expect(formatCoverage(datasetCoverage(crafted.records, { years: [2039, 2041] }))).toBe(readFileSync(join(fixtures, 'coverage-table/expected.md'), 'utf8'));
  });
});

describe('coverage of the bundled dataset', () => {
  const coverage = datasetCoverage(loadDataset().records, { years: [2015, 2025] });

  test('counts the records by confidence, and every year from 2014 to 2026 has a row', () => {
    const { high, medium, low } = coverage.confidence;
    expect(high + medium + low).toBe(coverage.records);
    expect(coverage.rows.map((r) => r.year)).toEqual(Array.from({ length: 13 }, (_, i) => 2014 + i));
  });

  test('2026 months are covered: January–February imports and exports, April and May exports', () => {
    const y2026 = coverage.rows.find((r) => r.year === 2026)!;
    const byLabel = (label: string) => y2026.cells[coverage.columns.findIndex((c) => c.label === label)]!;
    expect(byLabel('Exp USD').periods).toBe(3);
    expect(byLabel('Imp qty').periods).toBe(1);
  });

  test('the levels issue 15 reached hold: H/M full years in 2015–2025 per column', () => {
    // `trusted` is the summary row: years with a high- or medium-confidence published full-year level.
    const hm = (label: string) => coverage.trusted[coverage.columns.findIndex((c) => c.label === label)]!;
    expect(hm('Imp USD') + hm('Exp USD')).toBeGreaterThanOrEqual(17);
    expect(hm('Imp qty') + hm('Exp qty')).toBeGreaterThanOrEqual(15);
    expect(hm('Prod qty')).toBeGreaterThanOrEqual(6);
    expect(hm('USD/CNY')).toBeGreaterThanOrEqual(6);
  });
});

test('the README shows the coverage of the bundled dataset as `dataset coverage --years 2015-2025` prints it', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  expect(readme).toContain(formatCoverage(datasetCoverage(loadDataset().records, { years: [2015, 2025] })));
});
