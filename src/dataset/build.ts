/**
 * The Dataset (src/types.ts) over validated records: figures in base units, derived figures, and the
 * lookups the verdict engine uses. Built once; every lookup is a map access or a short scan of one series.
 */
import type { Bounds, Dataset, Figure, FigureKey } from '../types.js';
import { deriveFigures, keyString, seriesKeyString } from './derive.js';
import { levelOf, rateOf, yoyOf, type Level } from './figures.js';
import type { DatasetRecord } from './schema.js';

/** The Dataset plus what the dataset commands need: the records and the exchange rates. */
export interface LoadedDataset extends Dataset {
  records: readonly DatasetRecord[];
  /** Exchange-rate figures (CNY per USD), one or more per year. */
  exchangeRates: readonly Figure[];
  /** The files the records were read from. */
  files: readonly string[];
}

const RANK = { high: 0, medium: 1, low: 2 } as const;
const MONOTONE = new Set(['import', 'export', 'production', 'total_trade']);

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function trusted(f: Figure): boolean {
  return f.provenance.every((p) => p.confidence !== 'low');
}

function byPeriod(a: Figure, b: Figure): number {
  const p = a.key.period;
  const q = b.key.period;
  return p.year - q.year || p.from_month - q.from_month || p.to_month - q.to_month || (a.kind === b.kind ? 0 : a.kind === 'record' ? -1 : 1);
}

/** Index records (already validated) into a Dataset. `version` names the loaded content. */
export function buildDataset(records: readonly DatasetRecord[], version: string, files: readonly string[] = []): LoadedDataset {
  const levels: Level[] = [];
  const yoys: Figure[] = [];
  const exchangeRates: Figure[] = [];
  for (const r of records) {
    const level = levelOf(r);
    if (level) levels.push(level);
    const yoy = yoyOf(r);
    if (yoy) yoys.push(yoy);
    const rate = rateOf(r);
    if (rate) exchangeRates.push(rate);
  }
  const derived = deriveFigures(levels, yoys);
  const figures: Figure[] = [
    ...levels.map((l) => l.figure),
    ...yoys,
    ...derived.levels.map((l) => l.figure),
    ...derived.yoys,
  ];

  const exact = new Map<string, Figure[]>();
  const series = new Map<string, Figure[]>();
  for (const f of figures) {
    append(exact, keyString(f.key), f);
    append(series, seriesKeyString(f.key), f);
  }
  for (const list of series.values()) list.sort(byPeriod);
  exchangeRates.sort((a, b) => a.key.period.year - b.key.period.year || RANK[a.provenance[0]!.confidence] - RANK[b.provenance[0]!.confidence]);

  function lookup(key: FigureKey): Figure[] {
    const found = exact.get(keyString(key)) ?? [];
    // A yoy claim that names its currency basis matches figures of that basis or of an unknown one.
    if (key.currency) return found.filter((f) => !f.key.currency || f.key.currency === key.currency);
    return found;
  }

  function bounds(key: FigureKey): Bounds {
    const result: Bounds = {};
    if (!MONOTONE.has(key.flow) || (key.measure !== 'value' && key.measure !== 'quantity')) return result;
    const { year, from_month: from, to_month: to } = key.period;
    const candidates = (series.get(seriesKeyString(key)) ?? []).filter((f) => f.key.period.year === year && trusted(f));
    for (const f of candidates) {
      const p = f.key.period;
      // Lower: a cumulative 1..k inside the key's months, or a single month inside them (parts ≤ whole).
      const inside = p.from_month >= from && p.to_month <= to && (p.from_month === 1 || p.from_month === p.to_month) && !(p.from_month === from && p.to_month === to);
      if (from === 1 && inside && (!result.lower || f.value > result.lower.value)) result.lower = f;
      // Upper: a cumulative 1..k that contains the key's months.
      const outside = p.from_month === 1 && p.to_month >= to && !(p.from_month === from && p.to_month === to);
      if (outside && (!result.upper || f.value < result.upper.value)) result.upper = f;
    }
    return result;
  }

  return {
    version,
    figures,
    records,
    exchangeRates,
    files,
    lookup,
    bounds,
    series: (key) => series.get(seriesKeyString(key)) ?? [],
    exchangeRate: (year) => exchangeRates.find((f) => f.key.period.year === year),
  };
}
