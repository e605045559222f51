/**
 * Sentence attribution: for each number in a sentence, decide whether it is a claim about China's chip trade
 * or production and what it is a claim about (flow, measure, product, partner, period). One sentence at a
 * time: (context, sentence) → { drafts, context }.
 */
import { negate } from '../decimal.js';
import type { NumberMention } from '../types.js';
import type { ArticleContext, DraftClaim, EntityGroup } from './context.js';
import { FLOW_WORDS } from './lexicon.js';
import { findPeriods } from './periods.js';
import { amountOf, qualifierOf } from './readers/amount.js';
import { entitiesOf, foreignTraderIn, namesWholeCountry, speaksOfChina } from './readers/entities.js';
import { flowOf } from './readers/flow.js';
import { entityGroups, enumerationBefore, findRuns, levelsBefore, listedPeriods, pickGroup, yearsListed } from './readers/lists.js';
import { listedBases, measureOf } from './readers/measure.js';
import { rangeBounds } from './readers/range.js';
import { applyPeriod, periodOf, restatedInBrackets } from './readers/period.js';
import { bracketLabel, clauseText, lastTermBefore, type Reading, type Slot } from './readers/reading.js';
import { startsContinuation, subjectOf } from './readers/subject.js';
import { clauseAround, type Span } from './sentences.js';
import { findTerms } from './terms.js';

/**
 * Read one sentence. `norm` is the block text with digits normalised to ASCII (same indices as the block
 * text), `mentions` the numbers inside `sentence` in order.
 */
export interface SentenceInput {
  /** The block text with digits normalised to ASCII (same indices as the block text). */
  norm: string;
  sentence: Span;
  /** The numbers inside `sentence`, in order. */
  mentions: NumberMention[];
  /** The sentence is a title or heading: it names no period of its own for its numbers. */
  headline: boolean;
}

/**
 * The claims stage as a reducer: the article context before a sentence and the sentence → the sentence's
 * draft claims and the context after it. The readers (src/claims/readers) each answer one question about
 * one number; this function runs them in order and carries what the sentence establishes forward.
 */
export function readSentence(context: ArticleContext, input: SentenceInput): { drafts: DraftClaim[]; context: ArticleContext } {
  // The readers update a working copy; the caller's context is left as it was (its periodsNamed too: the
  // set is read-only, and replaced by a larger copy where a sentence names a new period, in applyPeriod).
  const ctx: ArticleContext = { ...context, groups: [...context.groups] };
  const { norm, sentence, mentions } = input;
  const options = { headline: input.headline };
  const terms = findTerms(norm, sentence.start, sentence.end);
  const periods = findPeriods(norm, sentence.start, sentence.end);
  // Numbers that are parts of a period expression (2021年1－11月) are not quantities.
  const numbers = mentions.filter((m) => !periods.some((p) => m.numberStart >= p.start && m.numberEnd <= p.end));
  const reading: Reading = { norm, sentence, sentenceText: norm.slice(sentence.start, sentence.end), terms, periods, numbers, drafts: [], chipNamed: false };
  const groups = entityGroups(terms, norm);
  let periodIndex = 0;
  const yearOf = yearsListed(terms, periods, numbers);

  for (const run of findRuns(numbers, norm)) {
    const listTerm = lastTermBefore(terms, run[0]!.start, sentence.start, (t) => t.kind === 'list');
    const isList = run.length > 1 && listTerm !== undefined;
    // 数量以及金额分别下跌22.9%及26.7%: a list of measures pairs with no enumeration of entities.
    const basesListed = isList && listedBases(terms, norm, clauseAround(norm, listTerm!.start, sentence.start, sentence.end).start, listTerm!.start, run.length) !== undefined;
    const group =
      isList && !basesListed
        ? (enumerationBefore(terms, norm, listTerm!, sentence, run.length) ?? pickGroup([...ctx.groups, ...groups.filter((g) => g.end <= run[0]!.start).map((g) => g.group)], run.length))
        : undefined;
    const sibling = run.find((m) => m.unit !== null);
    // 2022年、2023年…增速分别为3.5%和-5%: a list of periods pairs with the list of numbers.
    const periodList = isList && !group ? listedPeriods(periods, norm, listTerm!.start, run.length) : undefined;
    const levels = isList && !group ? levelsBefore(reading.drafts, sentence, run.length) : [];

    for (const [i, m] of run.entries()) {
      // Periods written before this number set the context.
      while (periodIndex < periods.length && periods[periodIndex]!.start < m.start) {
        applyPeriod(periods[periodIndex]!, ctx, clauseText(norm, periods[periodIndex]!.start, sentence), options.headline);
        periodIndex++;
      }
      const labelled = bracketLabel(norm, terms, m, sentence);
      const slot: Slot = {
        m,
        clause: labelled?.clause ?? clauseAround(norm, m.numberStart, sentence.start, sentence.end),
        ...(labelled ? { label: labelled.label } : {}),
        isList,
        listTerm,
        group,
        member: group && group.words.length >= run.length ? group.words[group.words.length - run.length + i] : undefined,
        index: i,
        count: run.length,
        level: m.unit === 'percent' ? levels[i] : undefined,
        period: periodList?.[i] ?? yearOf.get(m),
      };
      const read = restatedInBrackets(slot, reading, ctx) ?? readNumber(slot, sibling, reading, ctx, options);
      if (!read) continue;
      for (const draft of rangeBounds(read, norm)) {
        reading.drafts.push(draft);
        // A placeholder flow sets no context (nor does a figure the body has yet to explain).
        if (draft.flowPending) continue;
        // 约合人民币2.8万亿元 restates the figure before it: a following 同比 still refers to that one.
        // So does a bracketed amount right after a level: 约4400亿美元(2.8万亿).
        const bracketed = /[(（]\s*$/.test(norm.slice(Math.max(sentence.start, m.start - 2), m.start)) && reading.drafts.some((d) => d !== draft && d.mention.end >= m.start - 3);
        const conversion = bracketed || /折合|约合|合人民币/.test(m.qualifierText ?? norm.slice(Math.max(slot.clause.start, m.start - 4), m.start));
        if ((draft.measure === 'value' || draft.measure === 'quantity') && !conversion) ctx.lastLevel = { measure: draft.measure, unit: draft.unit, flow: draft.flow };
        ctx.flow = draft.flow;
        ctx.flowOffset = draft.fieldEvidence.flow.offset;
      }
    }
  }
  // Periods after the last number still set the context for the next sentence.
  for (; periodIndex < periods.length; periodIndex++) applyPeriod(periods[periodIndex]!, ctx, clauseText(norm, periods[periodIndex]!.start, sentence), options.headline);
  closeSentence(reading, groups, ctx);
  return { drafts: reading.drafts, context: ctx };
}

/** A headline figure's flow until its restatement in the body is found: a placeholder, never reported. */
const PENDING_FLOW = { flow: 'total_trade', term: undefined, negated: false, evidence: { from: 'default' } } as const;

/** Everything about one number, or undefined when it is not a claim about China's chip trade. */
function readNumber(slot: Slot, sibling: NumberMention | undefined, reading: Reading, ctx: ArticleContext, options: { headline: boolean }): DraftClaim | undefined {
  const { m } = slot;
  const amount = amountOf(slot, sibling, reading, ctx);
  if (!amount) return undefined;
  const subject = subjectOf(slot, reading, ctx);
  if (!subject) return undefined;
  // 中國芯片：同增40%: a headline figure may name no flow; the body's restatement of it gives one (claims/index.ts).
  const found = flowOf(slot, amount.unit, reading, ctx);
  const flowPending = options.headline && !found;
  const flowFound = found ?? (flowPending ? PENDING_FLOW : undefined);
  if (!flowFound) return undefined;
  // 产量合计为1661亿: output is counted in pieces, so a bare 亿 of production is pieces, not money.
  if (flowFound.flow === 'production' && amount.unitFrom === 'default') amount.unit = 'piece';
  const measured = measureOf(slot, amount, flowFound.flow, reading, ctx);
  if (!measured) return undefined;
  if (flowFound.negated && measured.measure !== 'share') measured.decimal = negate(measured.decimal);
  const where = entitiesOf(slot, measured.measure, subject, flowFound.term, reading, ctx);
  if (!where) return undefined;
  // Forecast: the mention's own 将/预计, a forecast word earlier in the clause, or one that is a clause of its
  // own earlier in the sentence (预计，…; 按照这个趋势，2023全年能减少…).
  const forecast =
    m.forecast ||
    reading.terms.some((t) => t.kind === 'forecast' && t.end <= m.start && (t.start >= slot.clause.start || (t.start >= reading.sentence.start && /^\s*[，,:：]/.test(reading.norm.slice(t.end, t.end + 2)))));
  const { period, evidence: periodEvidence } = periodOf(slot, forecast, reading, ctx);
  return {
    mention: m,
    sentence: reading.sentence,
    flow: flowFound.flow,
    measure: measured.measure,
    of: measured.of,
    currency: measured.currency,
    unit: amount.unit,
    amount: measured.decimal,
    // 下降了30多%: the upper end of a fall is a fall too.
    ...(amount.upper ? { upper: measured.decimal.coefficient < 0n && amount.upper.coefficient > 0n ? negate(amount.upper) : amount.upper } : {}),
    precision: amount.precision,
    qualifier: qualifierOf(slot, reading),
    forecast,
    period: options.headline && !period ? null : period,
    product: where.product,
    partner: where.partner,
    province: where.province,
    origin: slot.isList ? 'list' : 'sentence',
    ...(measured.shareBase ? { shareBase: measured.shareBase } : {}),
    ...(measured.baseYear !== undefined ? { baseYear: measured.baseYear } : {}),
    ...(flowPending ? { flowPending: true as const } : {}),
    fieldEvidence: {
      flow: flowFound.evidence,
      // 增长11.9倍 read as +1190%: how the writer counted is a guess (some mean 11.9 times as much).
      measure: { from: m.unit === 'times' ? 'inferred' : 'clause' },
      period: options.headline && !period ? { from: 'default' } : periodEvidence,
      product: where.evidence.product,
      partner: where.evidence.partner,
      ...(measured.basis ? { basis: measured.basis } : {}),
      unit: { from: amount.unitFrom },
    },
  };
}

/** What the sentence leaves to the next: enumerations, subject, flow, the period after a "since". */
function closeSentence(reading: Reading, groups: Array<{ group: EntityGroup; end: number }>, ctx: ArticleContext): void {
  const { terms, sentenceText } = reading;
  ctx.continues = /[；;，,]\s*$/.test(sentenceText);
  if (ctx.restore) {
    ctx.period = ctx.restore.period;
    ctx.periodYearWritten = ctx.restore.periodYearWritten;
    ctx.periodEvidence = ctx.restore.periodEvidence;
    ctx.restore = undefined;
  }
  for (const g of groups) ctx.groups.push(g.group);
  if (ctx.groups.length > 6) ctx.groups.splice(0, ctx.groups.length - 6);
  const lastSubject = [...terms].reverse().find((t) => t.kind === 'product' || t.kind === 'other');
  if (lastSubject) ctx.subject = lastSubject.kind === 'product' ? 'chip' : ctx.subject === 'chip' && reading.drafts.length > 0 ? 'chip' : 'other';
  else if (reading.chipNamed) ctx.subject = 'chip';
  else if (reading.tradeTotal) ctx.subject = 'other';
  // A sentence that names a province as the trader hands it on; one that neither names one nor continues
  // the last drops it.
  const trader = terms.find((t) => t.kind === 'province' && !/[向从对自与同]$/.test(reading.norm.slice(Math.max(0, t.start - 1), t.start)));
  if (trader) ctx.traderProvince = { province: trader.word, offset: ctx.locate(trader.start) };
  else if (!startsContinuation(sentenceText)) ctx.traderProvince = null;
  if (foreignTraderIn(terms, reading.norm, reading.sentence.start, reading.sentence.end)) {
    ctx.foreignTrader = { block: ctx.block, allGoods: !terms.some((t) => t.kind === 'product' || t.kind === 'other') };
  }
  else if (ctx.foreignTrader && (ctx.foreignTrader.block !== ctx.block || speaksOfChina(sentenceText))) ctx.foreignTrader = null;
  if (namesWholeCountry(sentenceText)) {
    ctx.regionScope = null;
    ctx.nationalSeen = true;
  } else if (trader) ctx.regionScope = { province: trader.word, offset: ctx.locate(trader.start), block: ctx.block, release: !ctx.nationalSeen };
  // After the sentence's last figure, a flow word in a clause of its own is that clause's business (同期芯片
  //短缺推高了国内进口需求: an explanation) unless it opens the clause (；出口方面…: a new topic).
  const last = reading.drafts.at(-1)?.mention;
  const figuresEnd = last ? clauseAround(reading.norm, last.numberStart, reading.sentence.start, reading.sentence.end).end : -1;
  const opensClause = (t: { start: number }) => /^[\s而但]*$/.test(reading.norm.slice(clauseAround(reading.norm, t.start, reading.sentence.start, reading.sentence.end).start, t.start));
  const lastFlow = [...terms].reverse().find((t) => t.kind === 'flow' && (!last || t.start < figuresEnd || opensClause(t)));
  if (lastFlow) {
    ctx.flow = FLOW_WORDS[lastFlow.word]!;
    ctx.flowOffset = ctx.locate(lastFlow.start);
  }
}
