/**
 * `chipcheck dataset check`: cross-checks between records. Balances (import ± export vs a published net
 * import or total), RMB ÷ USD vs the year's exchange rate (±3%), published yoy vs the two levels it relates
 * (within rounding plus a tolerance for revised bases), cumulative monotonicity, and months that add up to a
 * published year-to-date figure. Each failure names the records and the file:line of each. Known, explained
 * disagreements are listed in exceptions.csv (`check,ids,reason`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from '../types.js';
import type { LoadedDataset } from './build.js';
import { keyString, seriesKeyString } from './derive.js';
import { readCsv } from './csv.js';
import { BUNDLED_DATASET } from './load.js';

export type CheckName = 'balance' | 'exchange-rate' | 'yoy' | 'monotonic' | 'sum';

/** Where a record of a failure was read: its file and 1-based line. */
export interface CheckRow {
  id: string;
  file: string;
  line: number;
}

export interface CheckFailure {
  check: CheckName;
  /** The records involved, first the one checked, then the one it disagrees with. */
  ids: string[];
  /** The records' rows, in the order of `ids`; derived figures are traced back to the records they came from. */
  rows: CheckRow[];
  message: string;
  /** Set when exceptions.csv explains the failure. */
  exception?: string;
}

export interface CheckResult {
  /** Failures with no recorded exception: `dataset check` exits 1 when there are any. */
  failures: CheckFailure[];
  /** Failures explained by exceptions.csv. */
  excepted: CheckFailure[];
  /** How many comparisons were made, per check. */
  compared: Record<CheckName, number>;
}

export interface CheckOptions {
  /** Allowed distance in percentage points between a published yoy and the one its levels give. */
  yoyTolerance?: number;
  /** Allowed relative distance between RMB ÷ USD and the year's average rate. */
  rateTolerance?: number;
  /** Exceptions: `check|id id…` (ids sorted) → reason. Defaults to the bundled exceptions.csv. */
  exceptions?: ReadonlyMap<string, string>;
}

export function exceptionKey(check: string, ids: readonly string[]): string {
  return `${check}|${[...ids].sort().join(' ')}`;
}

/** Read exceptions files (`check,ids,reason`; ids separated by spaces). Missing files are skipped. */
export function readExceptions(paths: readonly string[] = [join(BUNDLED_DATASET, 'exceptions.csv')]): Map<string, string> {
  const out = new Map<string, string>();
  for (const path of paths) {
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'exceptions.csv') : path;
    if (!existsSync(file) || !file.endsWith('exceptions.csv')) continue;
    const [header, ...rows] = readCsv(readFileSync(file, 'utf8'));
    const at = (name: string): number => header?.cells.indexOf(name) ?? -1;
    for (const { cells } of rows) {
      const ids = (cells[at('ids')] ?? '').split(/\s+/).filter(Boolean);
      out.set(exceptionKey(cells[at('check')] ?? '', ids), cells[at('reason')] ?? '');
    }
  }
  return out;
}

const trusted = (f: Figure): boolean => f.provenance.every((p) => p.confidence !== 'low');
const pct = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(2)}%`;
/** Distance between two intervals, 0 when they overlap. */
const gap = (a: [number, number], b: [number, number]): number => Math.max(0, a[0] - b[1], b[0] - a[1]);

export function checkDataset(dataset: LoadedDataset, options: CheckOptions = {}): CheckResult {
  const yoyTolerance = options.yoyTolerance ?? 1;
  const rateTolerance = options.rateTolerance ?? 0.03;
  const exceptions = options.exceptions ?? readExceptions();
  const found: Array<Omit<CheckFailure, 'rows'>> = [];
  const compared: Record<CheckName, number> = { balance: 0, 'exchange-rate': 0, yoy: 0, monotonic: 0, sum: 0 };
  const published = dataset.figures.filter((f) => f.kind === 'record' && trusted(f));
  const levels = published.filter((f) => f.key.measure === 'value' || f.key.measure === 'quantity');

  // Published net import / total trade vs import ∓ export.
  for (const published of levels) {
    if (published.key.flow !== 'net_import' && published.key.flow !== 'total_trade') continue;
    for (const derived of dataset.lookup(published.key)) {
      if (derived.kind !== 'derived' || !trusted(derived)) continue;
      compared.balance++;
      if (gap([published.low, published.high], [derived.low, derived.high]) > 0) {
        found.push({
          check: 'balance',
          ids: [...published.ids, ...derived.ids],
          message: `${published.ids[0]} ${published.text} ≠ ${derived.derivation} ${derived.text}`,
        });
      }
    }
  }

  // RMB ÷ USD vs the year's average exchange rate.
  const byKey = new Map<string, Figure[]>();
  for (const f of levels) {
    if (f.key.measure !== 'value') continue;
    const k = keyString({ ...f.key, unit: 'USD' });
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  for (const group of byKey.values()) {
    const usd = group.filter((f) => f.key.unit === 'USD');
    const cny = group.filter((f) => f.key.unit === 'CNY');
    const rate = dataset.exchangeRate(group[0]!.key.period.year);
    if (!rate) continue;
    for (const a of cny) {
      for (const b of usd) {
        compared['exchange-rate']++;
        const ratio: [number, number] = [a.low / b.high, a.high / b.low];
        const allowed: [number, number] = [rate.value * (1 - rateTolerance), rate.value * (1 + rateTolerance)];
        if (gap(ratio, allowed) > 0) {
          found.push({
            check: 'exchange-rate',
            ids: [...a.ids, ...b.ids],
            message: `${a.ids[0]} ${a.text} ÷ ${b.ids[0]} ${b.text} = ${(a.value / b.value).toFixed(4)} CNY per USD, more than ${rateTolerance * 100}% from ${rate.text} (${rate.ids[0]})`,
          });
        }
      }
    }
  }

  // Published yoy vs this year's and last year's levels.
  for (const yoy of published) {
    if (yoy.key.measure !== 'yoy' || !yoy.key.of) continue;
    const unit = yoy.key.of === 'quantity' ? 'piece' : yoy.key.currency ?? 'USD';
    const levelKey = { ...yoy.key, measure: yoy.key.of, of: null, currency: null, unit } as const;
    const currentAll = dataset.lookup(levelKey).filter((f) => f.kind === 'record' && trusted(f));
    // The yoy's own record's level first, else any level of the same key and version.
    const current = currentAll.find((f) => f.ids[0] === yoy.ids[0]) ?? currentAll.find((f) => f.version === yoy.version) ?? currentAll[0];
    if (!current) continue;
    const previous = dataset
      .lookup({ ...levelKey, period: { ...levelKey.period, year: levelKey.period.year - 1 } })
      .filter((f) => f.kind === 'record' && trusted(f) && f.low > 0);
    if (previous.length === 0) continue;
    compared.yoy++;
    const scored = previous.map((p) => {
      const computed: [number, number] = [(current.low / p.high - 1) * 100, (current.high / p.low - 1) * 100];
      return { p, distance: gap(computed, [yoy.low, yoy.high]) };
    });
    const best = scored.reduce((a, b) => (b.distance < a.distance ? b : a));
    if (best.distance > yoyTolerance) {
      const computed = (current.value / best.p.value - 1) * 100;
      found.push({
        check: 'yoy',
        ids: [...new Set([...yoy.ids, ...current.ids, ...best.p.ids])],
        message: `${yoy.ids[0]} publishes ${yoy.text}, but ${current.text} ÷ ${best.p.text} (${best.p.ids[0]}) gives ${pct(computed)}`,
      });
    }
  }

  // Cumulative figures only grow through a year; a month is at most any cumulative that contains it.
  const series = new Map<string, Figure[]>();
  for (const f of levels) {
    if (f.key.flow === 'net_import') continue;
    const k = `${seriesKeyString(f.key)}|${f.key.period.year}`;
    series.set(k, [...(series.get(k) ?? []), f]);
  }
  for (const list of series.values()) {
    for (const whole of list) {
      if (whole.key.period.from_month !== 1) continue;
      for (const part of list) {
        const p = part.key.period;
        const w = whole.key.period;
        const inside = p.to_month < w.to_month ? p.from_month === 1 || p.from_month === p.to_month : p.from_month === p.to_month && p.to_month === w.to_month && w.to_month > 1;
        if (!inside || part === whole) continue;
        compared.monotonic++;
        if (whole.high < part.low) {
          found.push({
            check: 'monotonic',
            ids: [...part.ids, ...whole.ids],
            message: `${part.ids[0]} ${part.text} is more than ${whole.ids[0]} ${whole.text}, which contains it`,
          });
        }
      }
    }
  }

  // Months (or a shorter year-to-date plus the months after it) add up to the year-to-date that spans them.
  for (const list of series.values()) {
    for (const whole of list) {
      const parts = partsOf(whole, list);
      if (!parts) continue;
      compared.sum++;
      const sum: [number, number] = [parts.reduce((t, p) => t + p.low, 0), parts.reduce((t, p) => t + p.high, 0)];
      if (gap([whole.low, whole.high], sum) > 0) {
        const total = parts.reduce((t, p) => t + p.value, 0);
        found.push({
          check: 'sum',
          ids: [...whole.ids, ...parts.flatMap((p) => p.ids)],
          message: `${whole.ids[0]} ${whole.text} ≠ ${parts.map((p) => `${p.ids[0]} ${p.text}`).join(' + ')} = ${formatLike(total, whole)}`,
        });
      }
    }
  }

  const records = new Map(dataset.records.map((r) => [r.id, r]));
  const failures: CheckFailure[] = [];
  const excepted: CheckFailure[] = [];
  for (const f of found) {
    const failure: CheckFailure = { ...f, rows: f.ids.flatMap((id) => rowOf(records.get(id))) };
    const reason = exceptions.get(exceptionKey(failure.check, failure.ids));
    if (reason === undefined) failures.push(failure);
    else excepted.push({ ...failure, exception: reason });
  }
  return { failures, excepted, compared };
}

function rowOf(r: { id: string; file: string; line: number } | undefined): CheckRow[] {
  return r ? [{ id: r.id, file: r.file, line: r.line }] : [];
}

/**
 * The published pieces that make up a year-to-date figure (January to month n > 1): the longest published
 * year-to-date before it, then every single month after that, each of them published; or undefined when a
 * month is missing. Derived figures are not pieces: they were computed from the figures being checked.
 */
function partsOf(whole: Figure, list: readonly Figure[]): Figure[] | undefined {
  const { from_month: from, to_month: to } = whole.key.period;
  if (from !== 1 || to < 2 || whole.kind !== 'record') return undefined;
  // Months are released without a version; a versioned whole (the bulletin's year) is summed from them too.
  const same = (f: Figure): boolean => f.kind === 'record' && (f.version === undefined || f.version === whole.version);
  const cumulative = new Map<number, Figure>();
  const single = new Map<number, Figure>();
  for (const f of list) {
    if (!same(f) || f === whole) continue;
    const p = f.key.period;
    if (p.from_month === 1 && p.to_month < to) cumulative.set(p.to_month, cumulative.get(p.to_month) ?? f);
    if (p.from_month === p.to_month && p.to_month <= to) single.set(p.to_month, single.get(p.to_month) ?? f);
  }
  for (let m = to - 1; m >= 0; m--) {
    const head = m === 0 ? [] : cumulative.get(m);
    if (!head) continue;
    const months = Array.from({ length: to - m }, (_, i) => single.get(m + 1 + i));
    if (months.every((f): f is Figure => f !== undefined)) return [...(Array.isArray(head) ? head : [head]), ...months];
  }
  return undefined;
}

/** A total in the unit and magnitude the whole was published in (1234.5亿个 for a 亿个 figure). */
function formatLike(total: number, whole: Figure): string {
  const match = /^-?[\d.]+(.*)$/u.exec(whole.text);
  const suffix = match?.[1] ?? '';
  const scale = whole.value / Number(whole.text.slice(0, whole.text.length - suffix.length));
  if (!Number.isFinite(scale) || scale === 0) return String(total);
  return `${Number((total / scale).toPrecision(12))}${suffix}`;
}
