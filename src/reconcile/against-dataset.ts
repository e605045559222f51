/**
 * One claim against the canonical dataset: match, contradiction (minor or not), typo (one slip explains
 * it), or unverifiable (no record; cumulative bounds still apply).
 */
import { toNumber } from '../decimal.js';
import { note, versionName } from '../report/messages/index.js';
import { STRONG_READINGS, type Claim, type Dataset, type Figure, type FigureKey, type Note, type NoteValue, type Severity, type Subject, type Verdict } from '../types.js';
import { agrees, claimInterval, coincides, difference, shapeOf, valueOf, type Interval } from './interval.js';
import { describePeriod } from './describe.js';
import type { VerdictRuleId } from './rules.js';
import { findSlips, significantDigits, writtenOf } from './slips.js';
import { assessGrowthSinceBase } from './base-year.js';

export interface Assessment {
  verdict: Verdict;
  severity: Severity;
  ruleId: VerdictRuleId;
  expected: number | null;
  suggestion: string | null;
  /** What the verdict rests on, as data: the report renders it in the reader's language. */
  notes: Note[];
  difference: { absolute: number; relative: number } | null;
  /** Figures and bounds behind the verdict. */
  figures: Array<{ kind: 'record' | 'derived' | 'bound'; figure: Figure }>;
  /** For an internally inconsistent claim: the other claims (ids) it disagrees with. */
  otherClaims?: number[];
  /** The value the claim most plausibly meant (the typo's correction), for internal checks. */
  correctedValue?: number;
}

/** A contradiction within this relative distance is minor: likely a revision or a rounding habit. */
export const MINOR = 0.01;
/** For rates (yoy, share) in percentage points. */
const MINOR_POINTS = 0.3;

/** The fields of a claim that say which figure it is about. */
export type KeyFields = Pick<Claim, 'flow' | 'product' | 'partner' | 'province' | 'measure' | 'of' | 'currency' | 'unit' | 'period'>;

/** Which series of figures a claim belongs to: its key without the period (for charts and neighbours). */
export function seriesKeyOf(claim: KeyFields): Omit<FigureKey, 'period'> {
  return {
    flow: claim.flow,
    product: claim.product,
    partner: claim.partner,
    province: claim.province,
    measure: claim.measure,
    of: claim.of,
    currency: claim.currency ?? null,
    unit: claim.unit,
  };
}

/** The figure a claim is about, or null when no period could be resolved. */
export function keyOf(claim: KeyFields): FigureKey | null {
  return claim.period ? { ...seriesKeyOf(claim), period: claim.period } : null;
}

function lookup(dataset: Dataset, key: FigureKey): Figure[] {
  const found = dataset.lookup(key).filter((f) => f.provenance.every((p) => p.confidence !== 'low') || f.kind === 'derived');
  // A yoy in one currency is not checked against the other currency's rate.
  if (key.measure === 'yoy' && key.currency) return found.filter((f) => !f.key.currency || f.key.currency === key.currency);
  return found;
}

function truth(f: Figure): Interval {
  return { low: f.low, high: f.high };
}

/** How far an approximate forecast (约700亿) may miss the outcome and still have held: a projection is not a count. */
const FORECAST_TOLERANCE = 0.1;

/** The outcome a claim is held to: a forecast given as approximate is held to the outcome ± FORECAST_TOLERANCE. */
function outcome(claim: Claim, f: Figure): Interval {
  if (!claim.forecast || (claim.qualifier !== 'approx' && claim.qualifier !== 'near')) return truth(f);
  const slack = Math.abs(f.value) * FORECAST_TOLERANCE;
  return { low: f.low - slack, high: f.high + slack };
}

function isRate(claim: Claim): boolean {
  return claim.measure === 'yoy' || claim.measure === 'share';
}

/**
 * The written value nearest the record: for a range or an N多 (3000多亿 runs to 4000亿), the far end when the
 * record lies beyond it, so "off by" says how far the claim's own reach falls short.
 */
function nearestWritten(claim: Claim, record: number): number {
  const value = valueOf(claim);
  if (!claim.upper) return value;
  const upper = toNumber(claim.upper);
  return Math.abs(upper - record) < Math.abs(value - record) ? upper : value;
}

function severityOf(claim: Claim, diff: { absolute: number; relative: number }): Severity {
  if (isRate(claim)) return Math.abs(diff.absolute) <= MINOR_POINTS ? 'warning' : 'error';
  return Math.abs(diff.relative) <= MINOR ? 'warning' : 'error';
}

/** Has the period ended before the article was published (so the article could know the figure)? */
function ended(period: { year: number; to_month: number }, published: string | null): boolean {
  if (!published) return true;
  return `${period.year}-${String(period.to_month).padStart(2, '0')}` < published.slice(0, 7);
}

export function assessClaim(claim: Claim, dataset: Dataset, published: string | null): Assessment {
  const key = keyOf(claim);
  if (!key) return unverifiable([note('note.no-period', { written: claim.text })], []);
  if (key.period.years) {
    const years = key.period.years;
    return unverifiable([note('note.years-total', { written: claim.text, from: years[0]!, to: years[years.length - 1]! })], []);
  }
  if (claim.baseYear !== undefined && claim.measure === 'yoy') return assessGrowthSinceBase(claim, key, dataset);
  // The dataset holds chip figures only: a share of all goods trade, or of another aggregate, has no record to meet.
  if (claim.shareBase === 'goods') return unverifiable([note('note.goods-share', { written: claim.text })], []);
  if (claim.shareBase === 'other') return unverifiable([note('note.other-share', { written: claim.text })], []);
  const shape = shapeOf(claim);
  let figures = claim.measure === 'change' ? changeFigures(dataset, key) : lookup(dataset, key);
  // The currency a growth rate was computed in is inferred from the text; when the figure in that currency
  // disagrees, one in the other currency that agrees still settles it (GACC publishes both).
  if (key.measure === 'yoy' && key.currency && !figures.some((f) => agrees(shape, truth(f)))) {
    const either = lookup(dataset, { ...key, currency: null }).filter((f) => agrees(shape, truth(f)));
    // A rate in the other currency that agrees settles it; one that disagrees proves nothing (rates differ
    // by currency), so it never makes a contradiction.
    if (either.length > 0) figures = either;
  }
  // A rate whose basis (quantity or value) the text never gave: either basis's figure that agrees settles it.
  if ((key.measure === 'yoy' || key.measure === 'share') && claim.fieldEvidence.basis?.from === 'default' && !figures.some((f) => agrees(shape, truth(f)))) {
    const other = lookup(dataset, { ...key, of: key.of === 'quantity' ? 'value' : 'quantity', currency: null }).filter((f) => agrees(shape, truth(f)));
    if (other.length > 0) figures = other;
  }
  let converted = false;
  // Money in a currency the dataset lacks for this period: convert with the year's average rate.
  if (figures.length === 0 && (claim.unit === 'CNY' || claim.unit === 'USD') && claim.measure === 'value') {
    const other = claim.unit === 'CNY' ? 'USD' : 'CNY';
    const rate = exchangeRateFor(dataset, key.period.year);
    if (rate) {
      const factor = other === 'USD' ? rate.value : 1 / rate.value;
      figures = lookup(dataset, { ...key, unit: other }).map((f) => convert(f, factor, rate, claim.unit));
      converted = figures.length > 0;
    }
  }

  const written = claim.text;
  const subject = subjectOf(key);
  if (figures.length > 0) {
    const agreeing = figures.find((f) => agrees(shape, outcome(claim, f)));
    const evidence = figures.map((f) => ({ kind: f.kind === 'record' ? ('record' as const) : ('derived' as const), figure: f }));
    if (agreeing) {
      return {
        verdict: 'match',
        severity: 'info',
        ruleId: 'chipcheck/match',
        expected: agreeing.value,
        suggestion: null,
        notes: [
          // A rate settled on the other basis says which basis it was (quantity growth +22.1%).
          note('note.match', { written, subject: agreeing.key.of !== key.of && agreeing.key.of !== null ? subjectOf(agreeing.key) : subject, record: recordValue(agreeing, claim) }),
          ...(agreeing.version ? [note('note.version', { version: versionName(agreeing.version) })] : []),
          ...(converted ? [note('note.converted')] : []),
          ...(claim.forecast ? [note('note.forecast-held')] : []),
          note('note.source', { source: { source: agreeing.provenance } }),
        ],
        difference: difference(valueOf(claim), agreeing.value),
        figures: evidence,
      };
    }
    const nearest = figures.reduce((a, b) => (Math.abs(b.value - valueOf(claim)) < Math.abs(a.value - valueOf(claim)) ? b : a));
    const diff = difference(nearestWritten(claim, nearest.value), nearest.value);
    // A rate within 0.3 points (a revision or a rounding habit, 16.20% for 16.12%) has a one-digit edit that
    // fits by chance; a level's exact digits are another matter (4355.5 for 4325.5 is a slip).
    const slip = isRate(claim) && severityOf(claim, diff) === 'warning' ? undefined : diagnose(claim, dataset, figures.map(truth), published);
    if (slip) return { ...slip, expected: nearest.value, difference: diff, figures: [...evidence, ...slip.figures] };
    const severity = severityOf(claim, diff);
    const record = recordValue(nearest, claim);
    return {
      verdict: 'contradiction',
      severity,
      ruleId: 'chipcheck/contradiction',
      expected: nearest.value,
      suggestion: null,
      notes: [
        isRate(claim)
          ? note('note.contradiction-rate', { written, subject, record, points: { points: diff.absolute } })
          : note('note.contradiction', { written, subject, record, off: { amount: Math.abs(diff.absolute), unit: claim.unit, like: claim.text }, relative: { relative: diff.relative } }),
        ...(nearest.version ? [note('note.version', { version: versionName(nearest.version) })] : []),
        ...(severity === 'warning' ? [note('note.minor')] : []),
        ...(converted ? [note('note.converted')] : []),
        ...(claim.forecast ? [note('note.forecast-failed')] : []),
        note('note.source', { source: { source: nearest.provenance } }),
      ],
      difference: diff,
      figures: evidence,
    };
  }

  // No record: cumulative figures only grow through a year, so bounds still apply.
  if (claim.measure === 'value' || claim.measure === 'quantity') {
    const bounds = dataset.bounds(key);
    const lower = bounds.lower && bounds.lower.provenance.every((p) => p.confidence !== 'low') ? bounds.lower : undefined;
    const upper = bounds.upper && bounds.upper.provenance.every((p) => p.confidence !== 'low') ? bounds.upper : undefined;
    const evidence = [lower, upper].filter((f): f is Figure => !!f).map((f) => ({ kind: 'bound' as const, figure: f }));
    if (lower || upper) {
      const own = claimInterval(valueOf(claim), claim.precision);
      const canBeAbove = claim.qualifier === 'under' || own.high >= (lower?.low ?? -Infinity);
      const canBeBelow = claim.qualifier === 'over' || claim.qualifier === 'at_least' || own.low <= (upper?.high ?? Infinity);
      const amount = (f: Figure | undefined): NoteValue => (f ? { amount: f.value, unit: claim.unit, like: claim.text } : '…');
      if (!canBeAbove || !canBeBelow) {
        const limit = !canBeAbove ? lower! : upper!;
        const inside: Interval = { low: lower?.low ?? 0, high: upper?.high ?? Infinity };
        const slip = diagnose(claim, dataset, [inside], published, true);
        const diff = difference(valueOf(claim), limit.value);
        const record = { notes: [figureNote(limit)] };
        const why = !canBeAbove
          ? note('note.below-bounds', { written, subject, low: amount(lower), record })
          : note('note.above-bounds', { written, subject, high: amount(upper), record });
        if (slip) return { ...slip, notes: [...slip.notes, why], expected: null, difference: diff, figures: [...evidence, ...slip.figures] };
        return {
          verdict: 'contradiction',
          severity: 'error',
          ruleId: 'chipcheck/out-of-bounds',
          expected: null,
          suggestion: null,
          notes: [why, note('note.cumulative')],
          difference: diff,
          figures: evidence,
        };
      }
      return unverifiable([note('note.no-record', { written, subject }), note('note.within-bounds', { low: amount(lower), high: amount(upper) })], evidence);
    }
  }
  if (claim.qualifier === 'exact' && significantDigits(writtenOf(claim)) >= 4) {
    const slip = keySlip(claim, dataset, key);
    if (slip) return { ...slip, expected: null, difference: null };
  }
  return unverifiable([note('note.no-record', { written, subject })], []);
}

/**
 * 比上年减少970亿颗: the level of the period minus the level a year earlier, with the parts' intervals.
 */
function changeFigures(dataset: Dataset, key: FigureKey): Figure[] {
  const level = { ...key, measure: (key.unit === 'piece' ? 'quantity' : 'value') as FigureKey['measure'], of: null, currency: null };
  const now = lookup(dataset, level)[0];
  const before = lookup(dataset, { ...level, period: { ...key.period, year: key.period.year - 1 } })[0];
  if (!now || !before) return [];
  return [
    {
      key,
      value: now.value - before.value,
      low: now.low - before.high,
      high: now.high - before.low,
      text: `${now.text} − ${before.text}`,
      kind: 'derived',
      ids: [...now.ids, ...before.ids],
      derivation: `${describePeriod(key.period)} − ${key.period.year - 1}年`,
      provenance: [...now.provenance, ...before.provenance],
    },
  ];
}

function unverifiable(notes: Note[], figures: Assessment['figures']): Assessment {
  return { verdict: 'unverifiable', severity: 'info', ruleId: 'chipcheck/unverifiable', expected: null, suggestion: null, notes, difference: null, figures };
}

/**
 * The single slip that explains a contradiction: in the written number (magnitude, decimal point, digits),
 * the currency, the flow, or the period. Only slips that make the claim agree count, and only one kind.
 */
function diagnose(claim: Claim, dataset: Dataset, truths: Interval[], published: string | null, boundsOnly = false): Omit<Assessment, 'expected' | 'difference'> | undefined {
  const shape = shapeOf(claim);
  // Bounds wider than ×1.6 would let almost any slip fit: no diagnosis from them.
  if (boundsOnly && truths.some((t) => !Number.isFinite(t.high) || t.high / Math.max(t.low, 1) > 1.6)) return undefined;
  const fits = (v: number) => truths.some((t) => agrees({ ...shape, value: v }, t));
  // A bound (超, 突破, 不足) is satisfied by too many corrections for any one of them to be the slip.
  const bounded = claim.qualifier === 'over' || claim.qualifier === 'at_least' || claim.qualifier === 'under';
  // 增长11.9倍 is a rate of +1190%: its written digits are a multiple, and no edit of them is the rate's slip.
  const multiple = /倍\s*$/.test(claim.text);
  const textual = bounded || multiple ? [] : findSlips(writtenOf(claim), valueOf(claim), fits, { kind: isRate(claim) ? 'rate' : 'level', digits: !boundsOnly && claim.qualifier === 'exact' });
  if (textual.length > 0) {
    const best = textual.find((s) => s.kind === 'magnitude-slip') ?? textual[0]!;
    return {
      verdict: 'typo',
      severity: 'error',
      ruleId: `chipcheck/${best.kind}`,
      suggestion: best.suggestion,
      notes: [note(`note.${best.kind}`, { written: claim.text, suggestion: best.suggestion, from: best.from, to: best.to })],
      figures: [],
      correctedValue: best.value,
    };
  }
  if (!claim.period) return undefined;
  const key = keyOf(claim)!;
  if (boundsOnly) return keySlip(claim, dataset, key);
  // Wrong period: the value fits the same figure for a neighbouring year the article could have known.
  if (claim.qualifier === 'exact' || claim.qualifier === 'near' || claim.qualifier === 'approx') {
    for (const dy of [-1, 1, -2]) {
      const period = { ...key.period, year: key.period.year + dy };
      if (!ended(period, published)) continue;
      const hit = lookup(dataset, { ...key, period }).find((f) => agrees(shape, truth(f)));
      if (hit) {
        return {
          verdict: 'typo',
          severity: 'error',
          ruleId: 'chipcheck/period-slip',
          suggestion: null,
          notes: [note('note.period-slip', { written: claim.text, period: { period }, record: recordValue(hit, claim), claimed: { period: key.period } })],
          figures: [{ kind: hit.kind === 'record' ? 'record' : 'derived', figure: hit }],
          correctedValue: valueOf(claim),
        };
      }
    }
  }
  return keySlip(claim, dataset, key);
}

/**
 * The number is right but written for the wrong flow or currency: the other key's record agrees. Tried even
 * when the claim's own key has no record, since an exact coincidence of four or more digits is no chance.
 */
function keySlip(claim: Claim, dataset: Dataset, key: FigureKey): Omit<Assessment, 'expected' | 'difference'> | undefined {
  const shape = shapeOf(claim);
  // Import for export (or the reverse).
  const swapped = claim.flow === 'import' ? 'export' : claim.flow === 'export' ? 'import' : null;
  if (swapped && claim.qualifier === 'exact' && claim.measure !== 'share') {
    const hit = lookup(dataset, { ...key, flow: swapped }).find((f) => agrees(shape, truth(f)) && coincides(shape, f));
    if (hit) {
      return {
        verdict: 'typo',
        severity: 'error',
        ruleId: 'chipcheck/flow-slip',
        suggestion: null,
        notes: [
          note('note.flow-slip', { written: claim.text, other: { term: `flow.${swapped}` }, period: { period: key.period }, record: recordValue(hit, claim), flow: { term: `flow.${claim.flow}` } }),
        ],
        figures: [{ kind: hit.kind === 'record' ? 'record' : 'derived', figure: hit }],
        correctedValue: valueOf(claim),
      };
    }
  }
  // 出口量增长16.4% where exports' value grew 16.4% and their quantity fell: 量 written for 额 (or the reverse),
  // when the text wrote what the rate is of.
  const basisWritten = claim.fieldEvidence.basis !== undefined && STRONG_READINGS.has(claim.fieldEvidence.basis.from);
  if (claim.measure === 'yoy' && claim.of && basisWritten && claim.qualifier === 'exact') {
    const other = claim.of === 'quantity' ? 'value' : 'quantity';
    const hit = lookup(dataset, { ...key, of: other, currency: null }).find((f) => agrees(shape, truth(f)) && coincides(shape, f));
    if (hit) {
      return {
        verdict: 'typo',
        severity: 'error',
        ruleId: 'chipcheck/basis-slip',
        suggestion: null,
        notes: [note('note.basis-slip', { written: claim.text, other: { term: `measure.${other}` }, period: { period: key.period }, record: recordValue(hit, claim), basis: { term: `measure.${claim.of}` } })],
        figures: [{ kind: hit.kind === 'record' ? 'record' : 'derived', figure: hit }],
        correctedValue: valueOf(claim),
      };
    }
  }
  // 元 for 美元 (or the reverse): the number is right, the currency word is wrong — when one was written.
  const currencyWritten = claim.fieldEvidence.unit?.from !== 'default';
  // 集成电路生产规模只有1661亿美元: output is counted in pieces, and the number is the output in pieces.
  if (claim.flow === 'production' && claim.measure === 'value' && currencyWritten && claim.qualifier !== 'over' && claim.qualifier !== 'under') {
    const hit = lookup(dataset, { ...key, measure: 'quantity', unit: 'piece' }).find((f) => agrees(shape, truth(f)));
    if (hit) {
      return {
        verdict: 'typo',
        severity: 'error',
        ruleId: 'chipcheck/unit-slip',
        suggestion: unitWordReplaced(claim, /[億萬]/.test(claim.text) ? '塊' : '块'),
        notes: [note('note.unit-slip', { written: claim.text, record: recordValue(hit, claim), unit: { term: claim.unit === 'USD' ? 'unit-word.USD' : 'unit-word.CNY' } })],
        figures: [{ kind: hit.kind === 'record' ? 'record' : 'derived', figure: hit }],
        correctedValue: valueOf(claim),
      };
    }
  }
  if ((claim.unit === 'CNY' || claim.unit === 'USD') && claim.measure === 'value' && currencyWritten) {
    const other = claim.unit === 'CNY' ? 'USD' : 'CNY';
    const hit = lookup(dataset, { ...key, unit: other }).find((f) => agrees(shape, truth(f)));
    if (hit) {
      const suggestion = currencyWordSwapped(claim);
      return {
        verdict: 'typo',
        severity: 'error',
        ruleId: 'chipcheck/currency-slip',
        suggestion,
        notes: [
          note('note.currency-slip', {
            written: claim.text,
            other: { term: `currency.${other}` },
            record: recordValue(hit, claim),
            unit: { term: `unit-word.${claim.unit}` },
            otherUnit: { term: `unit-word.${other}` },
          }),
        ],
        figures: [{ kind: hit.kind === 'record' ? 'record' : 'derived', figure: hit }],
        correctedValue: valueOf(claim),
      };
    }
  }
  return undefined;
}

/** The claim with its currency word swapped (元 → 美元, 美元 → 元), when the unit is written as one of those words. */
function currencyWordSwapped(claim: Claim): string | null {
  const written = unitWord(claim);
  const swapped = written === null ? undefined : CURRENCY_WORD_SWAPS[claim.unit]?.[written];
  return swapped === undefined ? null : unitWordReplaced(claim, swapped);
}

/** The unit word as written in the claim, or null when none was. */
function unitWord(claim: Claim): string | null {
  const unit = claim.spans.unit;
  return unit === null ? null : claim.text.slice(unit[0] - claim.range[0], unit[1] - claim.range[0]);
}

/** The claim's text with its written unit word replaced, or null when no unit was written. */
function unitWordReplaced(claim: Claim, word: string): string | null {
  const unit = claim.spans.unit;
  if (unit === null) return null;
  return claim.text.slice(0, unit[0] - claim.range[0]) + word + claim.text.slice(unit[1] - claim.range[0]);
}

/** The currency words a currency slip corrects, by the unit they were read as. */
const CURRENCY_WORD_SWAPS: Partial<Record<Claim['unit'], Record<string, string>>> = {
  CNY: { 元: '美元', 人民币元: '美元', 元人民币: '美元', 人民币: '美元' },
  USD: { 美元: '元' },
};

/**
 * The year's average CNY per USD, or failing that the rate implied by the dataset's own RMB and dollar
 * records for the year (trade-weighted, close to the average: 2024 exports 11351.6亿元 / 1595.5亿美元).
 */
export function exchangeRateFor(dataset: Dataset, year: number): Figure | undefined {
  // Asked for every money claim: worked out once per dataset and year.
  let byYear = RATES.get(dataset);
  if (!byYear) RATES.set(dataset, (byYear = new Map()));
  if (!byYear.has(year)) byYear.set(year, rateFor(dataset, year));
  return byYear.get(year);
}

const RATES = new WeakMap<Dataset, Map<number, Figure | undefined>>();

function rateFor(dataset: Dataset, year: number): Figure | undefined {
  const published = dataset.exchangeRate(year);
  if (published) return published;
  const period = { year, from_month: 1, to_month: 12 };
  for (const flow of ['export', 'import'] as const) {
    const base = { flow, product: '8542', partner: null, province: null, measure: 'value' as const, period };
    const cny = lookup(dataset, { ...base, unit: 'CNY' }).find((f) => f.kind === 'record');
    const usd = lookup(dataset, { ...base, unit: 'USD' }).find((f) => f.kind === 'record');
    if (!cny || !usd) continue;
    const value = cny.value / usd.value;
    return {
      key: { ...base, unit: 'CNY' },
      value: Math.round(value * 10000) / 10000,
      low: cny.low / usd.high,
      high: cny.high / usd.low,
      text: `${(Math.round(value * 10000) / 10000).toString()} (implied by ${cny.text} / ${usd.text})`,
      kind: 'derived',
      ids: [...cny.ids, ...usd.ids],
      derivation: `${cny.text} ÷ ${usd.text}`,
      provenance: [...cny.provenance, ...usd.provenance],
    };
  }
  return undefined;
}

function convert(f: Figure, factor: number, rate: Figure, unit: Claim['unit']): Figure {
  // The average rate is not the trade-weighted one: widen by 3% each way.
  return {
    ...f,
    key: { ...f.key, unit },
    value: f.value * factor,
    low: f.low * factor * 0.97,
    high: f.high * factor * 1.03,
    text: `${f.text} × ${rate.value} (${rate.key.period.year} average rate)`,
    kind: 'derived',
    derivation: `${f.text} converted at ${rate.value} CNY/USD`,
    ids: [...f.ids, ...rate.ids],
    provenance: [...f.provenance, ...rate.provenance],
  };
}

/** What a figure is about, for a message: `2021年进口金额`. */
export function subjectOf(key: FigureKey): { subject: Subject } {
  const { period, flow, measure, of, currency, product, partner, province } = key;
  return { subject: { period, flow, measure, of: of ?? null, currency: currency ?? null, product, partner, province } };
}

/**
 * A figure as a message shows it: a level as published (4325.5亿美元), a rate signed (+23.6%; the basis
 * is in the subject), a derived value in the claim's magnitude.
 */
export function recordValue(f: Figure, claim: Pick<Claim, 'unit' | 'text'> | null): NoteValue {
  if (f.key.measure === 'yoy' || f.key.measure === 'change') return { amount: f.value, unit: f.key.unit, signed: true, ...(claim ? { like: claim.text } : {}) };
  if (f.kind === 'record') return f.text;
  return claim ? { amount: f.value, unit: claim.unit, like: claim.text } : { amount: f.value, unit: f.key.unit };
}

/** One line about a figure: what it is about, its value, where it comes from (evidence, bounds). */
export function figureNote(f: Figure): Note {
  const record = recordValue(f, null);
  return note(f.kind === 'record' ? 'evidence.figure' : 'evidence.derived', { subject: subjectOf(f.key), record, source: { source: f.provenance } });
}
