import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset, type LoadedDataset } from '../../src/dataset/index.js';
import type { FigureKey } from '../../src/types.js';

let dataset: LoadedDataset;
beforeAll(() => {
  dataset = loadDataset();
});

const key = (flow: FigureKey['flow'], measure: FigureKey['measure'], unit: FigureKey['unit'], year: number, from: number, to: number, extra: Partial<FigureKey> = {}): FigureKey => ({
  flow, product: '8542', partner: null, province: null, measure, unit, period: { year, from_month: from, to_month: to }, ...extra,
});

describe('figures from records', () => {
  test('values are in base units with the interval of a rounded or truncated figure', () => {
    const [figure] = dataset.lookup(key('import', 'value', 'USD', 2021, 1, 12));
    expect(figure).toMatchObject({ value: 432_550_000_000, low: 432_545_000_000, high: 432_560_000_000, text: '4325.5亿美元', kind: 'record', ids: ['imp-8542-usd-2021'] });
    expect(figure!.provenance[0]).toMatchObject({ agency: 'CSIA citing GACC', confidence: 'medium' });
  });

  test('a figure published as "US$349 billion" stands for ±0.5 billion, not ±0.05', () => {
    const [figure] = dataset.lookup(key('import', 'value', 'USD', 2024, 1, 11));
    expect([figure!.low, figure!.high]).toEqual([348_500_000_000, 350_000_000_000]);
  });

  test('published growth rates are yoy figures of value or quantity', () => {
    const [figure] = dataset.lookup(key('import', 'yoy', 'percent', 2022, 1, 12, { of: 'quantity' }));
    expect(figure).toMatchObject({ value: -15.3, text: '-15.3%', ids: ['imp-8542-qty-2022'] });
    expect(figure!.low).toBeCloseTo(-15.4);
    expect(figure!.high).toBeCloseTo(-15.25);
  });
});

describe('derived figures', () => {
  test('net import 2022 = 4155.79 − 1539 = 2616.79亿美元, with the interval of its parts', () => {
    const derived = dataset.lookup(key('net_import', 'value', 'USD', 2022, 1, 12)).find((f) => f.kind === 'derived');
    expect(derived).toMatchObject({
      value: 261_679_000_000,
      derivation: 'import − export',
      ids: ['imp-8542-usd-2022', 'exp-8542-usd-2022'],
      text: '4155.79亿美元 − 1539亿美元 = 2616.79亿美元',
    });
    // import [4155.785, 4155.8] minus export [1538.5, 1540]
    expect(derived!.low).toBeCloseTo(261_578_500_000, -3);
    expect(derived!.high).toBeCloseTo(261_730_000_000, -3);
    expect(derived!.provenance.map((p) => p.agency)).toEqual(['GACC', 'SCMP citing GACC']);
  });

  test('the published 2022 deficit (US$261.7bn) is served next to the derived one', () => {
    expect(dataset.lookup(key('net_import', 'value', 'USD', 2022, 1, 12)).map((f) => f.kind)).toEqual(['record', 'derived']);
  });

  test('total trade = import + export', () => {
    const [total] = dataset.lookup(key('total_trade', 'quantity', 'piece', 2022, 1, 12));
    expect(total).toMatchObject({ value: 811_800_000_000, derivation: 'import + export' });
  });

  test('a single month is cumulative(1–n) − cumulative(1–n−1)', () => {
    const [september] = dataset.lookup(key('import', 'quantity', 'piece', 2022, 9, 9));
    expect(september).toMatchObject({
      kind: 'derived',
      value: 47_630_000_000,
      derivation: 'cumulative(1–9) − cumulative(1–8)',
      ids: ['imp-8542-qty-2022-01to09', 'imp-8542-qty-2022-01to08'],
    });
    expect(september!.low).toBeCloseTo(4171.25e8 - 3696e8, -3);
    expect(september!.high).toBeCloseTo(4171.4e8 - 3694.5e8, -3);
  });

  test('a month that was published is not derived again', () => {
    expect(dataset.lookup(key('production', 'quantity', 'piece', 2022, 11, 11)).map((f) => f.kind)).toEqual(['record']);
  });

  test('low-confidence records derive nothing (a derived figure would look trusted)', () => {
    // 2025 full-year trade comes from one self-media post: 30400亿元 imports, 14400亿元 exports, 44800亿元 total.
    expect(dataset.lookup(key('total_trade', 'value', 'CNY', 2025, 1, 12)).map((f) => [f.kind, f.text])).toEqual([['record', '44800亿元']]);
    expect(dataset.lookup(key('net_import', 'value', 'CNY', 2025, 1, 12))).toEqual([]);
  });

  test('a yoy from two years when none was published, naming both records', () => {
    const yoy = dataset.lookup(key('net_import', 'yoy', 'percent', 2017, 1, 12, { of: 'value' })).find((f) => f.ids.includes('net-8542-usd-2016'));
    expect(yoy).toMatchObject({ kind: 'derived', ids: ['net-8542-usd-2017', 'net-8542-usd-2016'] });
    expect(yoy!.value).toBeCloseTo(16.64, 2);
    expect(yoy!.low).toBeLessThan(yoy!.value);
    expect(yoy!.high).toBeGreaterThan(yoy!.value);
  });
});

describe('bounds', () => {
  test('2021 import quantity Jan–Nov lies between Jan–Oct 5280亿 and the full year 6354.8亿', () => {
    const bounds = dataset.bounds(key('import', 'quantity', 'piece', 2021, 1, 11));
    expect(bounds.lower).toMatchObject({ text: '5280亿个', ids: ['imp-8542-qty-2021-01to10'] });
    expect(bounds.upper).toMatchObject({ text: '6354.8亿个', ids: ['imp-8542-qty-2021'] });
  });

  test('a single month is bounded above by the smallest cumulative that contains it', () => {
    const bounds = dataset.bounds(key('export', 'value', 'CNY', 2024, 10, 10));
    expect(bounds.lower).toBeUndefined();
    expect(bounds.upper).toMatchObject({ text: '10300亿元' });
  });

  test('low-confidence figures do not bound, and yoy has no bounds', () => {
    expect(dataset.bounds(key('import', 'quantity', 'piece', 2025, 1, 11)).upper).toBeUndefined();
    expect(dataset.bounds(key('import', 'yoy', 'percent', 2021, 1, 11, { of: 'quantity' }))).toEqual({});
  });
});

describe('currencies and exchange rates', () => {
  test('the year’s average rate, or undefined when none was found', () => {
    expect(dataset.exchangeRate(2022)).toMatchObject({ value: 6.7261, ids: ['fx-USDCNY-rate-2022'] });
    expect(dataset.exchangeRate(2017)?.value).toBe(6.7518);
    expect(dataset.exchangeRate(2021)).toBeUndefined();
  });

  test('2022 exports exist in both currencies and their ratio is close to the rate', () => {
    const [usd] = dataset.lookup(key('export', 'value', 'USD', 2022, 1, 12));
    const [cny] = dataset.lookup(key('export', 'value', 'CNY', 2022, 1, 12));
    expect(cny!.value / usd!.value).toBeCloseTo(dataset.exchangeRate(2022)!.value, 0);
  });

  test.each([
    ['USD', ['+0.3% (USD basis)']],
    ['CNY', ['+3.5% (CNY basis)']],
    [null, ['+3.5% (CNY basis)', '+0.3% (USD basis)']],
  ] as const)('a yoy of value on %s basis', (currency, texts) => {
    const found = dataset.lookup(key('export', 'yoy', 'percent', 2022, 1, 12, { of: 'value', currency }));
    expect(found.map((f) => f.text)).toEqual(texts);
  });
});

describe('alternative official versions', () => {
  test('2022 production: the bulletin 3241.9亿块 (−9.8%) and the monthly release 3242亿块 (−11.6%)', () => {
    const levels = dataset.lookup(key('production', 'quantity', 'piece', 2022, 1, 12));
    expect(levels.map((f) => [f.text, f.version])).toEqual([['3241.9亿块', 'bulletin'], ['3242亿块', 'monthly']]);
    const yoys = dataset.lookup(key('production', 'yoy', 'percent', 2022, 1, 12, { of: 'quantity' }));
    expect(yoys.map((f) => [f.value, f.version])).toEqual([[-9.8, 'bulletin'], [-11.6, 'monthly']]);
  });
});

describe('series', () => {
  test('all periods of one measure, in order, derived months included', () => {
    const periods = dataset.series({ flow: 'export', product: '8542', partner: null, province: null, measure: 'value', unit: 'USD' })
      .filter((f) => f.key.period.year === 2024)
      .map((f) => `${f.key.period.from_month}-${f.key.period.to_month}`);
    expect(periods).toEqual(['1-5', '1-7', '1-11', '1-12', '5-5', '7-7', '12-12']);
  });

  test('partner figures form their own series', () => {
    const korea = dataset.series({ flow: 'import', product: '8542', partner: '韩国', province: null, measure: 'quantity', unit: 'piece' });
    expect(korea.map((f) => f.text)).toEqual(['538亿个', '647亿个']);
  });
});
