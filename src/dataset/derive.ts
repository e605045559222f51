/**
 * Figures derived once at load from published levels: net import and total trade (import ∓ export), a single
 * month from two cumulative figures, and a yoy from two years. Each names the records it came from and
 * carries an interval built from its inputs' intervals, so a claim that matches the rounded inputs matches.
 */
import { add, subtract, toNumber, type Decimal } from '../decimal.js';
import type { Figure, FigureKey } from '../types.js';
import { formatLevel, type Level } from './figures.js';

const RANK = { high: 0, medium: 1, low: 2 } as const;

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Identity of a key without its period; `of`/`currency` only count for yoy and share. */
export function seriesKeyString(k: Omit<FigureKey, 'period'>): string {
  const rated = k.measure === 'yoy' || k.measure === 'share';
  return [k.flow, k.product, k.partner ?? '', k.province ?? '', k.measure, rated ? k.of ?? '' : '', k.unit].join('|');
}

export function keyString(k: FigureKey): string {
  return `${seriesKeyString(k)}|${k.period.year}|${k.period.from_month}|${k.period.to_month}`;
}

function worst(levels: Level[]): number {
  return Math.max(...levels.flatMap((l) => l.figure.provenance.map((p) => RANK[p.confidence])));
}

/**
 * One level per key and version: the most confident record (the first one on a tie), never a low-confidence
 * one. A second, unofficial figure for the same key is still served by lookup but derives nothing.
 */
export function representatives(levels: Level[]): Level[] {
  const best = new Map<string, Level>();
  for (const level of levels) {
    // Low-confidence records are served as they are but derive nothing: a derived figure looks trusted.
    if (worst([level]) === RANK.low) continue;
    const id = `${keyString(level.figure.key)}~${level.figure.version ?? ''}`;
    const current = best.get(id);
    if (!current || worst([level]) < worst([current])) best.set(id, level);
  }
  return [...best.values()];
}

function combine(key: FigureKey, parts: Level[], decimal: Decimal, low: number, high: number, text: string, derivation: string): Level {
  const versions = [...new Set(parts.map((p) => p.figure.version).filter((v): v is string => !!v))];
  const figure: Figure = {
    key,
    value: toNumber(decimal),
    low,
    high,
    text,
    kind: 'derived',
    ids: parts.flatMap((p) => p.figure.ids),
    derivation,
    provenance: parts.flatMap((p) => p.figure.provenance),
  };
  if (versions.length > 0) figure.version = versions.join('+');
  return { figure, decimal, precision: Math.max(...parts.map((p) => p.precision)) };
}

/** net import = import − export and total trade = import + export, for the same period, product and unit. */
function tradeBalances(levels: Level[]): Level[] {
  const exports = new Map<string, Level[]>();
  for (const l of levels) {
    if (l.figure.key.flow !== 'export') continue;
    const id = keyString({ ...l.figure.key, flow: 'import' });
    append(exports, id, l);
  }
  const out: Level[] = [];
  for (const imp of levels) {
    if (imp.figure.key.flow !== 'import') continue;
    for (const exp of exports.get(keyString(imp.figure.key)) ?? []) {
      const unit = imp.figure.key.unit;
      const a = formatLevel(imp.decimal, unit);
      const b = formatLevel(exp.decimal, unit);
      // Derived even where a balance was published: lookup serves both, and `dataset check` compares them.
      const net = subtract(imp.decimal, exp.decimal);
      out.push(combine({ ...imp.figure.key, flow: 'net_import' }, [imp, exp], net, imp.figure.low - exp.figure.high,
        imp.figure.high - exp.figure.low, `${a} − ${b} = ${formatLevel(net, unit)}`, 'import − export'));
      const total = add(imp.decimal, exp.decimal);
      out.push(combine({ ...imp.figure.key, flow: 'total_trade' }, [imp, exp], total, imp.figure.low + exp.figure.low,
        imp.figure.high + exp.figure.high, `${a} + ${b} = ${formatLevel(total, unit)}`, 'import + export'));
    }
  }
  return out;
}

/** A single month n = cumulative(1..n) − cumulative(1..n−1), where month n was not published itself. */
function singleMonths(levels: Level[], published: Set<string>): Level[] {
  const cumulative = new Map<string, Level>();
  for (const l of levels) {
    const p = l.figure.key.period;
    if (p.from_month === 1) cumulative.set(`${keyString(l.figure.key)}~${l.figure.version ?? ''}`, l);
  }
  const out: Level[] = [];
  for (const later of cumulative.values()) {
    const { period } = later.figure.key;
    const n = period.to_month;
    if (n < 2) continue;
    const monthKey: FigureKey = { ...later.figure.key, period: { year: period.year, from_month: n, to_month: n } };
    if (published.has(keyString(monthKey))) continue;
    const earlierKey: FigureKey = { ...later.figure.key, period: { year: period.year, from_month: 1, to_month: n - 1 } };
    const earlier = cumulative.get(`${keyString(earlierKey)}~${later.figure.version ?? ''}`);
    if (!earlier) continue;
    const d = subtract(later.decimal, earlier.decimal);
    const unit = later.figure.key.unit;
    out.push(combine(monthKey, [later, earlier], d, later.figure.low - earlier.figure.high, later.figure.high - earlier.figure.low,
      `${formatLevel(later.decimal, unit)} − ${formatLevel(earlier.decimal, unit)} = ${formatLevel(d, unit)}`,
      `cumulative(1–${n}) − cumulative(1–${n - 1})`));
  }
  return out;
}

function percent(x: number): string {
  const s = x.toFixed(2);
  return x >= 0 ? `+${s}%` : `${s.replace('-', '−')}%`;
}

/** yoy = this year ÷ last year − 1 for the same months, where no growth rate was published for the key. */
function yearOnYear(levels: Level[], publishedYoy: Set<string>): Figure[] {
  const byKey = new Map<string, Level[]>();
  for (const l of levels) append(byKey, keyString(l.figure.key), l);
  const out: Figure[] = [];
  for (const current of levels) {
    const k = current.figure.key;
    const currency = k.unit === 'USD' || k.unit === 'CNY' ? k.unit : null;
    const yoyKey: FigureKey = { ...k, measure: 'yoy', of: k.measure as 'value' | 'quantity', currency, unit: 'percent' };
    if (publishedYoy.has(`${keyString(yoyKey)}|${currency ?? ''}`)) continue;
    const candidates = byKey.get(keyString({ ...k, period: { ...k.period, year: k.period.year - 1 } })) ?? [];
    const previous = candidates.find((c) => c.figure.version === current.figure.version) ?? candidates[0];
    if (!previous || previous.figure.value <= 0 || previous.figure.low <= 0) continue;
    const value = (current.figure.value / previous.figure.value - 1) * 100;
    const low = (current.figure.low / previous.figure.high - 1) * 100;
    const high = (current.figure.high / previous.figure.low - 1) * 100;
    const figure: Figure = {
      key: yoyKey,
      value,
      low,
      high,
      text: `${current.figure.text.split(' = ').pop()} ÷ ${previous.figure.text.split(' = ').pop()} − 1 = ${percent(value)}`,
      kind: 'derived',
      ids: [...current.figure.ids, ...previous.figure.ids],
      derivation: `level(${k.period.year}) ÷ level(${k.period.year - 1}) − 1`,
      provenance: [...current.figure.provenance, ...previous.figure.provenance],
    };
    const version = current.figure.version ?? previous.figure.version;
    if (version) figure.version = version;
    out.push(figure);
  }
  return out;
}

/** Every derived figure for the given record levels and published yoy figures. */
export function deriveFigures(levels: Level[], yoys: Figure[]): { levels: Level[]; yoys: Figure[] } {
  const reps = representatives(levels);
  const published = new Set(levels.map((l) => keyString(l.figure.key)));
  const derivedLevels = [...tradeBalances(reps), ...singleMonths(reps, published)];
  const publishedYoy = new Set(yoys.map((y) => `${keyString(y.key)}|${y.key.currency ?? ''}`));
  const derivedYoys = yearOnYear([...reps, ...derivedLevels], publishedYoy);
  return { levels: derivedLevels, yoys: derivedYoys };
}
