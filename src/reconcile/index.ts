/**
 * Claims × dataset → verdicts. Each claim is first checked against the dataset (match, contradiction,
 * typo, unverifiable); then the article is checked against itself, using each typo's corrected value, and
 * claims the dataset could not fault but the article contradicts become `inconsistent`.
 */
import { note } from '../report/messages/index.js';
import type { Claim, Dataset } from '../types.js';
import { assessClaim, exchangeRateFor, seriesKeyOf, type Assessment } from './against-dataset.js';
export { keyOf, seriesKeyOf } from './against-dataset.js';
import { findInconsistencies, type Inconsistency } from './internal.js';
import { findSlips, significantDigits, writtenOf, type Slip } from './slips.js';
import { valueOf } from './interval.js';
import { temper } from './certainty.js';
import { changeFromOwnLevel } from './own-levels.js';
import { isFirmRecord } from './base-year.js';

export type { Assessment } from './against-dataset.js';
export { figureNote } from './against-dataset.js';
export { VERDICT_RULES, type VerdictRuleId, type VerdictRule } from './rules.js';

/**
 * The one place whose single written slip makes an inconsistency go away, if exactly one such place exists.
 * Only magnitude and decimal slips: they change a number so much that a chance fit is unlikely.
 */
function internalSlip(
  problem: Inconsistency,
  candidates: Claim[],
  involved: Claim[],
  corrected: Map<number, number>,
  rateFor: (year: number) => number | undefined,
): { claim: Claim; slip: Slip } | undefined {
  // Sums and differences only: there, the identity holding again is what makes the fit (a share check can
  // merely stop applying).
  if (problem.ruleId !== 'chipcheck/inconsistent-sum' && problem.ruleId !== 'chipcheck/inconsistent-net') return undefined;
  // The check below looks up only the involved claims' corrections: a copy of those, not of the whole map,
  // for each value tried (a long file has thousands of corrections and tries values for every sum).
  const own = new Map<number, number>();
  for (const c of involved) if (corrected.has(c.id)) own.set(c.id, corrected.get(c.id)!);
  const found: Array<{ claim: Claim; slip: Slip }> = [];
  for (const claim of candidates) {
    const fits = (value: number) => {
      const trial = new Map(own).set(claim.id, value);
      return !findInconsistencies(involved, trial, rateFor, true).some((p) => p.ruleId === problem.ruleId);
    };
    const slips = findSlips(writtenOf(claim), valueOf(claim), fits, { kind: 'level', digits: false }).filter((s) => s.kind === 'magnitude-slip' || s.kind === 'decimal-slip');
    if (slips.length > 0) found.push({ claim, slip: slips[0]! });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The dataset's national chip level for a region's level (same flow, measure, unit, period), when firm. */
function nationalRecord(part: Claim, dataset: Dataset): { low: number; high: number; text: string } | undefined {
  if (!part.period) return undefined;
  const key = { ...seriesKeyOf({ ...part, partner: null, province: null, product: '8542' }), period: part.period };
  const figure = dataset.lookup(key).find(isFirmRecord);
  return figure && { low: figure.low, high: figure.high, text: figure.text };
}

/** How many disagreements an inconsistent claim's message names; more are counted. */
const MAX_DISAGREEMENTS_SHOWN = 5;

export interface ReconcileOptions {
  /** Publication date `YYYY-MM-DD`: a typo's "wrong period" must be one the article could have known. */
  published: string | null;
  /** 1-based line of an offset in the original file, for messages that say where a reading came from. */
  lineOf?: (offset: number) => number;
}

/** One assessment per claim, in the order of `claims`. */
export function reconcile(claims: Claim[], dataset: Dataset, options: ReconcileOptions): Assessment[] {
  const assessments = claims.map((c) => changeFromOwnLevel(c, assessClaim(c, dataset, options.published), claims, dataset));
  const corrected = new Map<number, number>();
  claims.forEach((c, i) => {
    const a = assessments[i]!;
    if (a.correctedValue !== undefined) corrected.set(c.id, a.correctedValue);
  });
  const index = new Map(claims.map((c, i) => [c.id, i]));
  // Disagreements found for a claim beyond those its message lists, by claim index.
  const unshown = new Map<number, number>();
  const rateFor = (year: number) => exchangeRateFor(dataset, year)?.value;
  for (const problem of findInconsistencies(claims, corrected, rateFor, false, (part) => nationalRecord(part, dataset))) {
    const involved = problem.claims.map((id) => index.get(id)!).filter((i) => i !== undefined);
    // A place the dataset already faults explains the disagreement; flag the others only when none is.
    if (involved.some((i) => ['contradiction', 'typo'].includes(assessments[i]!.verdict))) continue;
    // A place the dataset confirms is not where the article went wrong: flag the others, or, when the
    // dataset confirms every part, the figure the check is about (the share, total or net: listed first).
    const unconfirmed = involved.filter((i) => assessments[i]!.verdict !== 'match');
    // 25801亿 − 12796 ≠ 13004亿: when one written slip in one place (the missing 亿) makes the article agree
    // with itself, that place is a typo and the others are not at fault.
    // The problem's claims in document order, picked by index rather than by a scan of every claim per problem.
    const inOrder = [...new Set(involved)].sort((a, b) => a - b).map((i) => claims[i]!);
    const slipped = internalSlip(problem, unconfirmed.map((i) => claims[i]!), inOrder, corrected, rateFor);
    if (slipped) {
      const i = index.get(slipped.claim.id)!;
      assessments[i] = {
        ...assessments[i]!,
        verdict: 'typo',
        severity: 'error',
        ruleId: `chipcheck/${slipped.slip.kind}`,
        suggestion: slipped.slip.suggestion,
        notes: [
          note('note.internal-slip', {
            written: slipped.claim.text,
            slip: { term: `slip.${slipped.slip.kind}` },
            suggestion: slipped.slip.suggestion,
            reason: { notes: [problem.note] },
          }),
        ],
        otherClaims: problem.claims.filter((id) => id !== slipped.claim.id),
        correctedValue: slipped.slip.value,
      };
      continue;
    }
    const blamed = problem.blame !== undefined ? index.get(problem.blame) : undefined;
    const flagged = blamed !== undefined && unconfirmed.includes(blamed) ? [blamed] : unconfirmed.length > 0 ? unconfirmed : involved.slice(0, 1);
    for (const i of flagged) {
      const a = assessments[i]!;
      const others = problem.claims.filter((id) => id !== claims[i]!.id);
      if (a.verdict === 'inconsistent') {
        // A figure restated many times over (a long report) would list every place: the first few say it.
        if (a.notes.length >= MAX_DISAGREEMENTS_SHOWN) {
          unshown.set(i, (unshown.get(i) ?? 0) + 1);
          continue;
        }
        a.otherClaims = [...new Set([...(a.otherClaims ?? []), ...others])];
        a.notes = [...a.notes, problem.note];
        continue;
      }
      assessments[i] = {
        ...a,
        verdict: 'inconsistent',
        severity: 'error',
        ruleId: problem.ruleId,
        notes: [problem.note, ...(a.verdict === 'match' ? [note('note.itself-agrees', { written: claims[i]!.text })] : [])],
        otherClaims: others,
      };
    }
  }
  for (const [i, n] of unshown) assessments[i] = { ...assessments[i]!, notes: [...assessments[i]!.notes, note('note.more-disagreements', { n })] };
  // Severity from evidence: an error only where every field the comparison rests on was read strongly.
  const byId = new Map(claims.map((c) => [c.id, c]));
  // 集成电路产量2447亿块，同比下降5% on a page that writes no year: 2447亿块 agreeing to four digits with the record of
  // the year the page's figures fit bears that year out for the figures of its sentence.
  const confirmed = new Set<string>();
  const sentencePeriod = (c: Claim) => (c.period ? `${c.block}:${c.sentence[0]}:${c.period.year}-${c.period.from_month}-${c.period.to_month}` : '');
  for (const [i, c] of claims.entries()) {
    if (assessments[i]!.verdict === 'match' && c.qualifier === 'exact' && c.fieldEvidence.period.from === 'inferred' && significantDigits(writtenOf(c)) >= 4) confirmed.add(sentencePeriod(c));
  }
  const certainty = { dataset, periodConfirmed: (c: Claim) => confirmed.has(sentencePeriod(c)), ...(options.lineOf ? { lineOf: options.lineOf } : {}) };
  return assessments.map((a, i) => temper(claims[i]!, a, (a.otherClaims ?? []).map((id) => byId.get(id)!).filter(Boolean), certainty));
}
