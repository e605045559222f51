/**
 * Severity from evidence: a contradiction, typo or inconsistency is an error only when every field the
 * comparison rests on was read strongly (the claim's own clause or sentence, a 分别 list, a table). When one
 * was inherited, taken from a heading or inferred, the disagreement may be chipcheck's misreading rather
 * than the author's mistake: it becomes a question (a warning, verdict unverifiable) that says what the
 * reading rests on and, when another reading of that field matches a record, which one.
 */
import { note } from '../report/messages/index.js';
import type { Claim, ClaimEvidence, Dataset, FieldEvidence, Figure, FigureKey, MessageId, Note, NoteValue, Period } from '../types.js';
import { STRONG_READINGS } from '../types.js';
import { recordValue, type Assessment } from './against-dataset.js';
import { describePeriod } from './describe.js';
import { agrees, shapeOf } from './interval.js';

/** The fields a verdict about a record or another claim depends on. */
const COMPARED: ReadonlyArray<keyof ClaimEvidence> = ['period', 'flow', 'partner', 'product', 'measure', 'unit', 'basis'];

/** How a weak field was read, as catalogue words: `read.heading` (taken from a heading), `read.heading-at` (… on line N). */
const HOW = new Set(['heading', 'inherited', 'inferred', 'default']);
const HOW_AT = new Set(['heading', 'inherited']);

export interface WeakField {
  claim: Claim;
  field: keyof ClaimEvidence;
  evidence: FieldEvidence;
}

/**
 * One line on where each field was read, for the report's evidence: `period 2022年1–3月 (clause, line 15) ·
 * flow import (sentence) · partner 韩国 (heading, line 14)`.
 */
export function describeReading(claim: Claim, lineOf: (offset: number) => number): Note[] {
  const parts: Note[] = [];
  for (const field of COMPARED) {
    const evidence = claim.fieldEvidence[field];
    if (!evidence) continue;
    const fieldTerm = { term: `field.${field}` as MessageId };
    const value = fieldValue({ claim, field, evidence });
    const from = { term: `from.${evidence.from}` as MessageId };
    // Each note's parameters as one literal: a spread of shared ones (`{ ...params, line }`) costs a new
    // object shape per claim and field.
    parts.push(evidence.offset !== undefined ? note('note.read-at', { field: fieldTerm, value, from, line: lineOf(evidence.offset) }) : note('note.read', { field: fieldTerm, value, from }));
  }
  return parts;
}

/** The fields of a claim that were not read strongly. */
export function weakFields(claim: Claim): WeakField[] {
  const weak: WeakField[] = [];
  for (const field of COMPARED) {
    const evidence = claim.fieldEvidence[field];
    if (!evidence) continue;
    // No partner or product word is the national total of HS 8542: the plain reading, not a guess.
    if ((field === 'partner' || field === 'product') && evidence.from === 'default') continue;
    // A rate's basis carried over from the level before it (进口6355亿个，同比增长16.9%) is the ordinary reading.
    if (field === 'basis' && evidence.from === 'inherited') continue;
    if (!STRONG_READINGS.has(evidence.from)) weak.push({ claim, field, evidence });
  }
  return weak;
}

export interface CertaintyOptions {
  dataset: Dataset;
  /** 1-based line of an offset in the original file, for "inherited from line 12". */
  lineOf?: (offset: number) => number;
  /** Is this claim's inferred period borne out by a figure of its sentence that agrees to four digits or more? */
  periodConfirmed?: (claim: Claim) => boolean;
}

/**
 * The assessment as sure as its reading allows. `others` are the claims an inconsistency involves; their
 * readings count too.
 */
export function temper(claim: Claim, assessment: Assessment, others: Claim[], options: CertaintyOptions): Assessment {
  if (assessment.verdict !== 'contradiction' && assessment.verdict !== 'typo' && assessment.verdict !== 'inconsistent') return assessment;
  const weak = [claim, ...others]
    .flatMap(weakFields)
    .filter(
      (w) =>
        (w.field !== 'basis' || !otherBasisDisagrees(w.claim, options.dataset)) &&
        (w.field !== 'unit' || !otherCurrencyDisagrees(w.claim, options.dataset)) &&
        (w.field !== 'period' || w.evidence.from !== 'inferred' || !options.periodConfirmed?.(w.claim)),
    );
  if (weak.length === 0) return assessment;
  const rests = { notes: weak.map((w) => describeWeak(w, claim, options.lineOf)) };
  const alternative = assessment.verdict === 'inconsistent' ? undefined : otherReading(claim, weak, options.dataset);
  const reading = { notes: assessment.notes };
  return {
    ...assessment,
    verdict: 'unverifiable',
    severity: 'warning',
    ruleId: 'chipcheck/uncertain-reading',
    suggestion: null,
    notes: [
      alternative
        ? note('note.uncertain-alternative', { written: claim.text, rests, reading, period: { period: alternative.key.period }, record: recordValue(alternative, null) })
        : note('note.uncertain', { written: claim.text, rests, reading }),
    ],
  };
}

/** One field a reading rests on, as data: which field, its value, and how (and from which line) it was read. */
function describeWeak(w: WeakField, claim: Claim, lineOf: ((offset: number) => number) | undefined): Note {
  const from = w.evidence.from;
  const line = w.evidence.offset !== undefined && lineOf ? lineOf(w.evidence.offset) : undefined;
  const how: NoteValue =
    line !== undefined && HOW_AT.has(from)
      ? { notes: [note(`read.${from}-at` as 'read.heading-at', { line })] }
      : HOW.has(from)
        ? { term: `read.${from}` as MessageId }
        : { term: `from.${from}` as MessageId };
  const params = { field: { term: `field.${w.field}` as MessageId }, value: fieldValue(w), how };
  return w.claim === claim ? note('note.weak-field', params) : note('note.weak-field-of', { ...params, of: w.claim.text });
}

/** A rate with no written basis is wrong on either basis when the other basis's record disagrees too. */
function otherBasisDisagrees(claim: Claim, dataset: Dataset): boolean {
  if (!claim.period || (claim.measure !== 'yoy' && claim.measure !== 'share')) return false;
  return otherReadingDisagrees(claim, dataset, { of: claim.of === 'quantity' ? 'value' : 'quantity', unit: claim.unit });
}

/**
 * An amount whose currency was not written (进口额超4万亿) is wrong in either currency when the other
 * currency's record disagrees too: the reading it rests on cannot save it.
 */
function otherCurrencyDisagrees(claim: Claim, dataset: Dataset): boolean {
  if (!claim.period || claim.measure !== 'value' || (claim.unit !== 'CNY' && claim.unit !== 'USD')) return false;
  return otherReadingDisagrees(claim, dataset, { of: null, unit: claim.unit === 'CNY' ? 'USD' : 'CNY' });
}

/** The claim read with another basis or unit has records, and none of them agrees with it. */
function otherReadingDisagrees(claim: Claim, dataset: Dataset, other: Pick<FigureKey, 'of' | 'unit'>): boolean {
  const records = dataset.lookup({
    flow: claim.flow,
    product: claim.product,
    partner: claim.partner,
    province: claim.province,
    measure: claim.measure,
    currency: null,
    period: claim.period!,
    ...other,
  });
  const shape = shapeOf(claim);
  return records.length > 0 && records.every((f) => !agrees(shape, { low: f.low, high: f.high }));
}

/** The field's value as read, as a reader names it: 2021年, 进口, 中国台湾, 全国, 金额. */
function fieldValue({ claim, field }: WeakField): NoteValue {
  switch (field) {
    case 'period':
      return claim.period ? { period: claim.period } : '—';
    case 'partner':
      return claim.partner ?? claim.province ?? { term: 'field.national' };
    case 'basis':
      return claim.of ? { term: `measure.${claim.of}` } : '—';
    case 'flow':
      return { term: `flow.${claim.flow}` };
    case 'measure':
      return { term: `measure.${claim.measure}` };
    case 'unit':
      return claim.unit === 'USD' || claim.unit === 'CNY' ? { term: `currency.${claim.unit}` } : { term: `unit-name.${claim.unit}` as MessageId };
    default:
      return String(claim[field as keyof Claim] ?? '—');
  }
}

/**
 * A record the claim matches when its weakly read period is read otherwise: the same series in another
 * period of the same year or the year before. Only a period question gets an alternative: flows and
 * partners have too few alternatives for a match to mean much.
 */
function otherReading(claim: Claim, weak: WeakField[], dataset: Dataset): Figure | undefined {
  if (!claim.period || !weak.some((w) => w.claim === claim && w.field === 'period')) return undefined;
  const shape = shapeOf(claim);
  const near = (p: Period) => p.year === claim.period!.year || p.year === claim.period!.year - 1;
  const same = (p: Period) => p.year === claim.period!.year && p.from_month === claim.period!.from_month && p.to_month === claim.period!.to_month;
  const fits = dataset.figures.filter(
    (f) =>
      f.key.flow === claim.flow &&
      f.key.measure === claim.measure &&
      f.key.unit === claim.unit &&
      f.key.product === claim.product &&
      f.key.partner === claim.partner &&
      f.key.province === claim.province &&
      (claim.measure !== 'yoy' || !claim.of || !f.key.of || f.key.of === claim.of) &&
      near(f.key.period) &&
      !same(f.key.period) &&
      f.provenance.every((p) => p.confidence !== 'low') &&
      agrees(shape, { low: f.low, high: f.high }),
  );
  // One period fits: an answer. Several: no telling which, say nothing.
  const periods = new Set(fits.map((f) => describePeriod(f.key.period)));
  return periods.size === 1 ? fits[0] : undefined;
}
