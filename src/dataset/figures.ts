/**
 * Records → figures in base units. A published figure stands for an interval: `4325.5亿美元` was rounded
 * (value ± ½ of its last digit) or truncated (up to one whole unit of its last digit more, towards zero's
 * far side), so `low`/`high` cover both: [v − ½u, v + u] for v ≥ 0 and [v − u, v + ½u] for v < 0.
 */
import { parseDecimal, shift, toDecimalString, toNumber, type Decimal } from '../decimal.js';
import type { Figure, FigureKey, Period, Provenance, Unit } from '../types.js';
import type { DatasetRecord } from './schema.js';
import { unitInfo } from './units.js';

/** A level (value or quantity) with the exact decimal behind it, so derivations stay exact. */
export interface Level {
  figure: Figure;
  /** Exact value in base units. */
  decimal: Decimal;
  /** Base-10 exponent of one unit of the last published digit, in base units. */
  precision: number;
  record?: DatasetRecord;
}

export function periodOf(r: Pick<DatasetRecord, 'period_start' | 'period_end'>): Period {
  return {
    year: Number(r.period_start.slice(0, 4)),
    from_month: Number(r.period_start.slice(5, 7)),
    to_month: Number(r.period_end.slice(5, 7)),
  };
}

export function provenanceOf(r: DatasetRecord): Provenance {
  const p: Provenance = { agency: r.agency, url: r.source_url, title: r.source_title, confidence: r.confidence };
  if (r.source_date) p.date = r.source_date;
  if (r.agreeing_sources !== null) p.agreeingSources = r.agreeing_sources;
  if (r.note) p.note = r.note;
  // A report names the user's file, so an editor sees which source a verdict used.
  if (r.user) p.file = r.file;
  return p;
}

/** The interval a published number stands for (see the module comment). */
export function interval(value: number, unit: number): [number, number] {
  return value >= 0 ? [value - unit / 2, value + unit] : [value - unit, value + unit / 2];
}

function lastDigitExponent(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : -(text.length - dot - 1);
}

/** Exponent of one unit of the record's last published digit, in the record's own unit. */
function recordPrecision(r: DatasetRecord, value: string): number {
  return r.precision !== null ? Math.round(Math.log10(Number(r.precision))) : lastDigitExponent(value);
}

function signed(text: string): string {
  return text.startsWith('-') ? text : `+${text}`;
}

/** The level figure of a record (value or quantity), or undefined when only a growth rate was published. */
export function levelOf(r: DatasetRecord): Level | undefined {
  if (r.value === null || r.measure === 'rate') return undefined;
  const info = unitInfo(r.unit);
  if (!info || info.base === 'rate') return undefined;
  const decimal = shift(parseDecimal(r.value), info.exponent);
  const precision = recordPrecision(r, r.value) + info.exponent;
  const value = toNumber(decimal);
  const [low, high] = interval(value, 10 ** precision);
  const key: FigureKey = {
    flow: r.flow as FigureKey['flow'],
    product: r.product,
    partner: r.partner,
    province: r.province,
    measure: r.measure as 'value' | 'quantity',
    of: null,
    unit: info.base,
    period: periodOf(r),
  };
  return { figure: recordFigure(r, key, value, low, high, `${r.value}${r.unit}`), decimal, precision, record: r };
}

/** The published growth rate of a record as a yoy figure (percent; of value carries its currency). */
export function yoyOf(r: DatasetRecord): Figure | undefined {
  if (r.yoy_pct === null || r.measure === 'rate') return undefined;
  const info = unitInfo(r.unit);
  if (!info) return undefined;
  const value = Number(r.yoy_pct);
  const [low, high] = interval(value, 10 ** lastDigitExponent(r.yoy_pct));
  const currency = r.measure === 'value' ? (info.base as 'USD' | 'CNY') : null;
  const key: FigureKey = {
    flow: r.flow as FigureKey['flow'],
    product: r.product,
    partner: r.partner,
    province: r.province,
    measure: 'yoy',
    of: r.measure as 'value' | 'quantity',
    currency,
    unit: 'percent',
    period: periodOf(r),
  };
  return recordFigure(r, key, value, low, high, `${signed(r.yoy_pct)}%${currency ? ` (${currency} basis)` : ''}`);
}

/** A figure published in record `r`, with its provenance and, for alternative official versions, its version. */
function recordFigure(r: DatasetRecord, key: FigureKey, value: number, low: number, high: number, text: string): Figure {
  const figure: Figure = { key, value, low, high, text, kind: 'record', ids: [r.id], provenance: [provenanceOf(r)] };
  if (r.version) figure.version = r.version;
  return figure;
}

/**
 * The year's exchange rate as a figure: `CNY` per one USD, product `USD/CNY`. `Flow` has no exchange-rate
 * member, so the key's flow is the string `exchange_rate` cast to Flow; these figures are served by
 * `exchangeRate()` only, never by lookup, series or `figures`.
 */
export function rateOf(r: DatasetRecord): Figure | undefined {
  if (r.measure !== 'rate' || r.value === null) return undefined;
  const value = Number(r.value);
  const [low, high] = interval(value, 10 ** lastDigitExponent(r.value));
  return {
    key: {
      flow: 'exchange_rate' as FigureKey['flow'],
      product: r.product,
      partner: null,
      province: null,
      measure: 'value',
      of: null,
      unit: 'CNY',
      period: periodOf(r),
    },
    value,
    low,
    high,
    text: `${r.value} CNY per USD`,
    kind: 'record',
    ids: [r.id],
    provenance: [provenanceOf(r)],
  };
}

/** A base-unit decimal written back in 亿 of its unit, for derivation texts: 261679000000 USD → 2616.79亿美元. */
export function formatLevel(d: Decimal, unit: Unit): string {
  const word = unit === 'USD' ? '亿美元' : unit === 'CNY' ? '亿元' : '亿个';
  return `${toDecimalString(shift(d, -8))}${word}`;
}
