import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  test('a user record replaces the bundled one with its id, or with its series key and period (issue 14)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chipcheck-overlay-'));
    const header = 'id,agency,flow,product,partner,province,measure,unit,period_start,period_end,value,yoy_pct,source_url,source_title,confidence';
    const importKey = { ...memoryKey, product: '8542', period: { year: 2021, from_month: 1, to_month: 12 } };
    const exportKey = { ...importKey, flow: 'export' as const, period: { year: 2024, from_month: 1, to_month: 12 } };
    writeFileSync(
      join(dir, 'mine.csv'),
      [
        header,
        // The bundled id, another value.
        'imp-8542-usd-2021,My agency,import,8542,,,value,亿美元,2021-01,2021-12,3800,,https://example.org/mine,Mine,high',
        // Another id, the same series and period as exp-8542-usd-2024.
        'my-exports-2024,My agency,export,8542,,,value,亿美元,2024-01,2024-12,1600,,https://example.org/mine,Mine,high',
      ].join('\n') + '\n',
    );
    const dataset = loadDataset({ paths: [dir] });
    expect(dataset.lookup(importKey).map((f) => f.text)).toEqual(['3800亿美元']);
    expect(dataset.lookup(exportKey).map((f) => [f.text, f.ids])).toEqual([['1600亿美元', ['my-exports-2024']]]);
    // The RMB figure of the same period is another figure: kept.
    expect(dataset.lookup({ ...exportKey, unit: 'CNY' }).map((f) => f.text)).toEqual(['11351.6亿元']);
    // Which source: the user's file is named in the provenance.
    expect(dataset.lookup(importKey)[0]!.provenance[0]).toMatchObject({ agency: 'My agency', file: expect.stringMatching(/mine\.csv$/u) });
    expect(loadDataset().lookup(importKey)[0]!.provenance[0]!.file).toBeUndefined();
  });

  test('replace: true uses only the user data', () => {
    const dataset = loadDataset({ paths: [join(fixtures, 'user-added', 'my-figures.csv')], replace: true });
    expect(dataset.records.map((r) => r.id)).toEqual(['imp-854232-usd-2023']);
    expect(dataset.lookup({ ...memoryKey, product: '8542' })).toEqual([]);
  });
});
