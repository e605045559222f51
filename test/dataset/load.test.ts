import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadDataset } from '../../src/dataset/index.js';
import type { FigureKey } from '../../src/types.js';

const fixtures = new URL('../fixtures/dataset/', import.meta.url).pathname;
const memoryKey: FigureKey = {
  flow: 'import', product: '854232', partner: null, province: null, measure: 'value', unit: 'USD',
  period: { year: 2023, from_month: 1, to_month: 12 },
};

describe('loadDataset', () => {
  test('loads the bundled dataset and prints how long it took', () => {
    loadDataset(); // warm the module code; the CLI pays this once too
    const start = performance.now();
    const dataset = loadDataset();
    const ms = performance.now() - start;
    console.log(`bundled dataset: ${dataset.records.length} records, ${dataset.figures.length} figures, loaded in ${ms.toFixed(1)} ms`);
    expect(dataset.records.length).toBeGreaterThan(200);
    expect(dataset.version).toMatch(/^[0-9a-f]{8}$/);
  });

  test('--dataset adds a user file to the bundled records', () => {
    const dataset = loadDataset({ paths: [join(fixtures, 'user-added')] });
    expect(dataset.lookup(memoryKey).map((f) => f.text)).toEqual(['700.5亿美元']);
    expect(dataset.lookup({ ...memoryKey, product: '8542' }).map((f) => f.text)).toEqual(['3493.8亿美元']);
    expect(dataset.version).not.toBe(loadDataset().version);
  });

  test('replace: true uses only the user data', () => {
    const dataset = loadDataset({ paths: [join(fixtures, 'user-added', 'my-figures.csv')], replace: true });
    expect(dataset.records.map((r) => r.id)).toEqual(['imp-854232-usd-2023']);
    expect(dataset.lookup({ ...memoryKey, product: '8542' })).toEqual([]);
  });
});
