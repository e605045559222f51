/**
 * Sentence attribution: for each number in a sentence, decide whether it is a claim about China's chip trade
 * or production and what it is a claim about (flow, measure, product, partner, period). Works on one
 * sentence at a time with the running context of the article (`ArticleContext`), which it updates.
 */
import { negate, shift, type Decimal } from '../decimal.js';
import { STRONG_READINGS, type Claim, type FieldEvidence, type Flow, type Measure, type NumberMention, type Period, type ReadFrom, type Unit } from '../types.js';
import { FLOW_WORDS, GOODS_BASE_WORDS, NEGATED_FLOW_WORDS, PARTNER_ALIASES, PRODUCT_WORDS } from './lexicon.js';
import { findPeriods, resolvePeriod, type PeriodMention } from './periods.js';
import { clauseAround, type Span } from './sentences.js';
import { foreignSubjectBefore } from './segment.js';
import { findTerms, type Term } from './terms.js';

/**
 * A claim before its spans are mapped to the original file: the claim's own fields, with the mention and
 * the sentence (spans into the block text) it was read from.
 */
export type DraftClaim = Omit<Claim, 'id' | 'text' | 'range' | 'block' | 'sentence' | 'sentenceText' | 'spans'> & {
  mention: NumberMention;
  sentence: Span;
};

/** An enumeration of entities (存储器、处理器及控制器、其它集成电路) that a 分别 list pairs with. */
export interface EntityGroup {
  /** `mixed`: chip and non-chip products in one list (电器设备、集成电路、汽车). */
  kind: 'product' | 'partner' | 'province' | 'flow' | 'mixed';
  words: string[];
}

/** What the article has established so far. Mutated as sentences are read, in document order. */
export interface ArticleContext {
  /** The year 今年 means: the publication year, or for an undated page the year inferred from its data. */
  publishedYear: number | null;
  /** True when `publishedYear` was inferred from the article's latest data period (no date on the page). */
  yearInferred: boolean;
  /** The current block's text index → 0-based offset in the original file. */
  locate: (index: number) => number;
  /**
   * Where `period` was written (original offset, and the block it stands in), and whether it came from a
   * heading or an inferred year.
   */
  periodEvidence: { offset: number; block: number; from: 'written' | 'heading' | 'inferred' } | null;
  /** The block being read. */
  block: number;
  /** Every distinct period the text has set so far (`2021-1-12`): one alone cannot be mistaken. */
  periodsNamed: Set<string>;
  /** A partner named by a heading (第1名：韩国) for the lines under it, until the next heading. */
  headingPartner?: { partner: string; offset: number } | null;
  /** `YYYY-MM`, to tell whether a period could have been published yet. */
  publishedMonth: string | null;
  period: Period | null;
  /** Was `period` written with its year (2021年…) rather than completed from context? */
  periodYearWritten: boolean;
  flow: Flow | null;
  /** Where `flow` was written (original offset), when it was. */
  flowOffset?: number;
  /** The last subject named: chips or something else (phones, revenues, markets). */
  subject: 'chip' | 'other' | null;
  /** What the article is about: chips when it names them anywhere (computed on first use). */
  topic: () => 'chip' | null;
  /** The flow a section heading named ((二）进口产品结构), for the paragraphs under it. */
  sectionFlow?: Flow | null;
  /** The previous sentence ended with a semicolon: this one continues its subject. */
  continues: boolean;
  /** The context to return to when the sentence ends (after a "since" period). */
  restore?: { period: Period | null; periodYearWritten: boolean; periodEvidence: ArticleContext['periodEvidence'] } | undefined;
  /** Recent enumerations, newest last. */
  groups: EntityGroup[];
  /** The last level claim (value or quantity) and its unit, for the basis of a following yoy. */
  lastLevel: { measure: 'value' | 'quantity'; unit: Unit; flow: Flow } | null;
  /** Money written without a currency (出口1.2万亿) is in this currency. */
  defaultCurrency: 'CNY' | 'USD';
}

/** Buying chips and spending money on them (买芯片就花了, 采购芯片耗资): bounded gaps keep it linear. */
const SPEND_ON_CHIPS = /(?:买|购买|采购)[^，。；]{0,6}(?:芯片|集成电路)[^，。；]{0,6}(?:花了?|花费|耗资|支出)/;

/** Counting words chipcheck has no figure for: 3万吨, 200万辆. */
const OTHER_UNIT = /^\s*(?:吨|辆|台|部|件|套|艘|架|条|桶|人|家|公斤|千克|平方米|立方米|千瓦|度|次|项|种|款|座)/;
/** A price per piece: 4.83元/个, 每颗0.5美元. */
const PER_UNIT = /^\s*(?:\/|每)\s*(?:个|块|颗|片|只|枚)/;

/** 增加/减少 right before a number (了 and 约 may stand between). */
const CHANGE_BEFORE = /(增加|减少|增长|下降|多出|扩大|收窄|缩小|缩减|降低|提高|下滑|回落)(?:了)?\s*(?:约|近|超过?)?\s*$/;
const DECREASE = /减少|下降|收窄|缩小|缩减|降低|下滑|回落/;

const LIST_SEPARATOR = /^[\s、和及与或,，]*$|^[\s]*以及[\s]*$/;

function isChipProduct(word: string): boolean {
  return PRODUCT_WORDS[word] !== undefined;
}

/** What one sentence offers every number in it. Positions index the block text. */
interface Reading {
  norm: string;
  sentence: Span;
  sentenceText: string;
  terms: Term[];
  periods: PeriodMention[];
  /** Claims found so far in this sentence. */
  drafts: DraftClaim[];
  /** A number of this sentence was already found to be about chips. */
  chipNamed: boolean;
}

/** One number and its place in a 分别 list. */
interface Slot {
  m: NumberMention;
  clause: Span;
  isList: boolean;
  listTerm: Term | undefined;
  group: EntityGroup | undefined;
  /** The enumeration member this number pairs with. */
  member: string | undefined;
  /** The level claim a rate in a list pairs with (进口…、出口…，同比分别下降…). */
  level: DraftClaim | undefined;
  period: PeriodMention | undefined;
}

interface Amount {
  unit: Unit;
  unitFrom: ReadFrom;
  decimal: Decimal;
  upper: Decimal | undefined;
  precision: number;
}

/**
 * Read one sentence. `norm` is the block text with digits normalised to ASCII (same indices as the block
 * text), `mentions` the numbers inside `sentence` in order.
 */
export function attributeSentence(norm: string, sentence: Span, mentions: NumberMention[], ctx: ArticleContext, options: { headline: boolean }): DraftClaim[] {
  const terms = findTerms(norm, sentence.start, sentence.end);
  const periods = findPeriods(norm, sentence.start, sentence.end);
  // Numbers that are parts of a period expression (2021年1－11月) are not quantities.
  const numbers = mentions.filter((m) => !periods.some((p) => m.numberStart >= p.start && m.numberEnd <= p.end));
  const reading: Reading = { norm, sentence, sentenceText: norm.slice(sentence.start, sentence.end), terms, periods, drafts: [], chipNamed: false };
  const groups = entityGroups(terms, norm);
  let periodIndex = 0;
  const yearOf = yearsListed(terms, periods, numbers);

  for (const run of findRuns(numbers, norm)) {
    const listTerm = lastTermBefore(terms, run[0]!.start, sentence.start, (t) => t.kind === 'list');
    const isList = run.length > 1 && listTerm !== undefined;
    const group = isList ? pickGroup([...ctx.groups, ...groups.filter((g) => g.end <= run[0]!.start).map((g) => g.group)], run.length) : undefined;
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
      const slot: Slot = {
        m,
        clause: clauseAround(norm, m.numberStart, sentence.start, sentence.end),
        isList,
        listTerm,
        group,
        member: group && group.words.length >= run.length ? group.words[group.words.length - run.length + i] : undefined,
        level: m.unit === 'percent' ? levels[i] : undefined,
        period: periodList?.[i] ?? yearOf.get(m),
      };
      const draft = restatedInBrackets(slot, reading, ctx) ?? readNumber(slot, sibling, reading, ctx, options);
      if (!draft) continue;
      reading.drafts.push(draft);
      // 约合人民币2.8万亿元 restates the figure before it: a following 同比 still refers to that one.
      // So does a bracketed amount right after a level: 约4400亿美元(2.8万亿).
      const bracketed = /[(（]\s*$/.test(norm.slice(Math.max(sentence.start, m.start - 2), m.start)) && reading.drafts.some((d) => d !== draft && d.mention.end >= m.start - 3);
      const conversion = bracketed || /折合|约合|合人民币/.test(m.qualifierText ?? norm.slice(Math.max(slot.clause.start, m.start - 4), m.start));
      if ((draft.measure === 'value' || draft.measure === 'quantity') && !conversion) ctx.lastLevel = { measure: draft.measure, unit: draft.unit, flow: draft.flow };
      ctx.flow = draft.flow;
      ctx.flowOffset = draft.fieldEvidence.flow.offset;
    }
  }
  // Periods after the last number still set the context for the next sentence.
  for (; periodIndex < periods.length; periodIndex++) applyPeriod(periods[periodIndex]!, ctx, clauseText(norm, periods[periodIndex]!.start, sentence), options.headline);
  closeSentence(reading, groups, ctx);
  return reading.drafts;
}

/** Everything about one number, or undefined when it is not a claim about China's chip trade. */
function readNumber(slot: Slot, sibling: NumberMention | undefined, reading: Reading, ctx: ArticleContext, options: { headline: boolean }): DraftClaim | undefined {
  const { m } = slot;
  const amount = amountOf(slot, sibling, reading, ctx);
  if (!amount) return undefined;
  const subject = subjectOf(slot, reading, ctx);
  if (!subject) return undefined;
  const flowFound = flowOf(slot, amount.unit, reading, ctx);
  if (!flowFound) return undefined;
  const measured = measureOf(slot, amount, flowFound.flow, reading, ctx);
  if (!measured) return undefined;
  if (flowFound.negated && measured.measure !== 'share') measured.decimal = negate(measured.decimal);
  const where = entitiesOf(slot, measured.measure, subject, flowFound.term, reading, ctx);
  if (!where) return undefined;
  // Forecast: the mention's own 将/预计, or a forecast word earlier in the clause.
  const forecast = m.forecast || reading.terms.some((t) => t.kind === 'forecast' && t.start >= slot.clause.start && t.end <= m.start);
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
    ...(amount.upper ? { upper: amount.upper } : {}),
    precision: amount.precision,
    qualifier: m.qualifier,
    forecast,
    period: options.headline && !period ? null : period,
    product: where.product,
    partner: where.partner,
    province: where.province,
    origin: slot.isList ? 'list' : 'sentence',
    ...(measured.shareBase ? { shareBase: measured.shareBase } : {}),
    fieldEvidence: {
      flow: flowFound.evidence,
      measure: { from: 'clause' },
      period: options.headline && !period ? { from: 'default' } : periodEvidence,
      product: where.evidence.product,
      partner: where.evidence.partner,
      ...(measured.basis ? { basis: measured.basis } : {}),
      unit: { from: amount.unitFrom },
    },
  };
}

/**
 * 占出口贸易总额的5.35%(2024年为4.46%): a bracket right after a claim that names another period and gives
 * one number restates that claim's figure for the bracket's period. It takes the claim's reading but the
 * period.
 */
function restatedInBrackets(slot: Slot, reading: Reading, ctx: ArticleContext): DraftClaim | undefined {
  const { m } = slot;
  const period = reading.periods.find((p) => p.bracket && !p.base && p.end <= m.start && p.bracket.start <= m.start && m.end <= p.bracket.end);
  if (!period?.bracket) return undefined;
  const before = reading.drafts[reading.drafts.length - 1];
  if (!before || before.mention.end < period.bracket.start - 1 || before.mention.end > period.bracket.start) return undefined;
  if ((m.unit ?? before.unit) !== before.unit) return undefined;
  const resolved = resolvePeriod(period, { publishedYear: ctx.publishedYear, current: ctx.period });
  if (!resolved) return undefined;
  const minus = /[-－−]$/.test(reading.norm.slice(Math.max(0, m.numberStart - 1), m.numberStart));
  return {
    ...before,
    mention: m,
    amount: minus ? negate(m.amount) : m.amount,
    precision: m.precision,
    qualifier: m.qualifier,
    forecast: m.forecast,
    period: resolved,
    fieldEvidence: { ...before.fieldEvidence, period: { from: period.year === undefined && ctx.yearInferred ? 'inferred' : 'clause', offset: ctx.locate(period.start) } },
  };
}

/** The number in base units with its unit: inherited in a list, defaulted for bare money, or none. */
function amountOf(slot: Slot, sibling: NumberMention | undefined, reading: Reading, ctx: ArticleContext): Amount | undefined {
  const { m } = slot;
  const { norm, sentence } = reading;
  let unit = m.unit;
  let unitFrom: ReadFrom = 'clause';
  let decimal = m.amount;
  let upper = m.upper;
  let precision = m.precision;
  // A list member without a unit takes its siblings' magnitude and unit (52.3亿美元、39.0亿美元和27.2).
  if (unit === null && sibling) {
    unit = sibling.unit;
    unitFrom = 'list';
    if (m.magnitude === null && sibling.magnitude !== null) {
      const n = magnitudeExponent(sibling);
      decimal = shift(decimal, n);
      if (upper) upper = shift(upper, n);
      precision += n;
    }
  }
  // 3万吨, 4.83元/个: a number with a unit chipcheck does not check, or a price per piece, is no claim.
  const after = norm.slice(m.end, m.end + 3);
  if (unit === null && OTHER_UNIT.test(after)) return undefined;
  if (PER_UNIT.test(after) || /(?:单价|均价|平均)[^，。；,;]{0,6}$/.test(norm.slice(Math.max(sentence.start, m.start - 10), m.start))) return undefined;
  // 出口1.2万亿, 突破万亿: money without a currency.
  if (unit === null && m.magnitude !== null && /亿|億|万|萬/.test(m.magnitude)) {
    unit = /万亿|萬億/.test(m.magnitude) ? 'CNY' : ctx.defaultCurrency;
    unitFrom = 'default';
  }
  if (unit === null || unit === 'times' || unit === 'ppt') return undefined;
  return { unit, unitFrom, decimal, upper, precision };
}

/**
 * Is the number about chips? The nearest subject word before it in the sentence decides, else one after it
 * in the clause, else the running context. Returns the chip word that named it, if any.
 */
function subjectOf(slot: Slot, reading: Reading, ctx: ArticleContext): { productWord: string | undefined; productTerm: Term | undefined } | undefined {
  const { m, clause, group, member } = slot;
  const { terms, sentence, norm } = reading;
  const subjectBefore = lastTermBefore(terms, m.start, sentence.start, (t) => t.kind === 'product' || t.kind === 'other');
  const subjectAfter = terms.find((t) => t.start >= m.end && t.end <= clause.end && (t.kind === 'product' || t.kind === 'other'));
  let subject: 'chip' | 'other' | null;
  let productWord: string | undefined;
  let productTerm: Term | undefined;
  if (subjectBefore) {
    subject = subjectBefore.kind === 'product' ? 'chip' : 'other';
    if (subject === 'chip') productTerm = subjectBefore;
    // A chip word later in the same clause wins over an unrelated word earlier (出口了2981亿块芯片).
    if (subject === 'other' && subjectAfter?.kind === 'product' && subjectBefore.end <= clause.start) {
      subject = 'chip';
      productTerm = subjectAfter;
    }
  } else if (subjectAfter) {
    subject = subjectAfter.kind === 'product' ? 'chip' : 'other';
    if (subject === 'chip') productTerm = subjectAfter;
  } else {
    // A sentence that names no subject continues the previous one only when it reads as a
    // continuation (同比…, 其中…); otherwise it is about what the article is about.
    subject = reading.chipNamed ? 'chip' : ctx.subject === 'other' && (ctx.continues || startsContinuation(reading.sentenceText)) ? 'other' : ctx.topic();
    // No subject the lexicon knows: ask jieba whether an unknown noun (笔记本电脑, 稀土) governs the number.
    if (subject === 'chip' && !reading.chipNamed && foreignSubjectBefore(norm.slice(sentence.start, m.start), m.start - sentence.start, isChipProduct)) subject = 'other';
  }
  // A 分别 list of products (电器设备、集成电路、汽车) decides member by member.
  if (member !== undefined && (group?.kind === 'mixed' || group?.kind === 'product')) {
    subject = PRODUCT_WORDS[member] !== undefined ? 'chip' : 'other';
    productTerm = undefined;
    if (subject === 'chip') productWord = member;
  }
  if (subject !== 'chip') return undefined;
  reading.chipNamed = true;
  return { productWord: productWord ?? productTerm?.word, productTerm };
}

/**
 * The flow: the nearest flow word before the number in the sentence, else one right after it in the clause
 * (近2800亿美元的贸易逆差); a 分别 enumeration or a rate's paired level overrides it; the context, a
 * section heading or 买芯片花了 fill in when the sentence names none.
 */
function flowOf(slot: Slot, unit: Unit, reading: Reading, ctx: ArticleContext): { flow: Flow; term: Term | undefined; negated: boolean; evidence: FieldEvidence } | undefined {
  const { m, clause, group, member, level } = slot;
  const { terms, sentence, norm } = reading;
  const flowTerms = terms.filter((t) => t.kind === 'flow');
  let term = lastTermBefore(flowTerms, m.start, sentence.start, () => true);
  const after = flowTerms.find((t) => t.start >= m.end && t.start <= m.end + 4 && t.end <= clause.end);
  if (after && (!term || /^的?$/.test(norm.slice(m.end, after.start)))) term = after;
  let flow: Flow | null = term ? FLOW_WORDS[term.word]! : null;
  let evidence: FieldEvidence = term ? { from: term.start >= clause.start && term.end <= clause.end ? 'clause' : 'sentence', offset: ctx.locate(term.start) } : { from: 'default' };
  // 进口和出口分别为…: the enumeration, not the nearest flow word, gives each member its flow.
  if (group?.kind === 'flow' && member && FLOW_WORDS[member]) {
    flow = FLOW_WORDS[member]!;
    evidence = { from: 'list' };
  }
  if (level) {
    flow = level.flow;
    evidence = level.fieldEvidence.flow;
  }
  if (!flow && flowTerms.length === 0) {
    if (ctx.flow && (m.unit === 'percent' || startsContinuation(reading.sentenceText))) {
      flow = ctx.flow;
      evidence = { from: 'inherited', ...(ctx.flowOffset !== undefined ? { offset: ctx.flowOffset } : {}) };
    }
    // 光买芯片就花了4300多亿美元: money spent buying chips (from abroad) is imports.
    else if ((unit === 'USD' || unit === 'CNY') && SPEND_ON_CHIPS.test(norm.slice(sentence.start, m.start))) {
      flow = 'import';
      evidence = { from: 'sentence' };
    }
    // （二）进口产品结构: a section heading names the flow of the paragraphs below it.
    else if (ctx.sectionFlow) {
      flow = ctx.sectionFlow;
      evidence = { from: 'heading' };
    }
  }
  if (!flow) return undefined;
  return { flow, term, negated: term !== undefined && NEGATED_FLOW_WORDS.has(term.word), evidence };
}

/** Level, change, yoy or share; the basis and currency of a rate; the sign (下降 → negative). */
function measureOf(
  slot: Slot,
  amount: Amount,
  flow: Flow,
  reading: Reading,
  ctx: ArticleContext,
): { measure: Measure; of: 'value' | 'quantity' | null; currency: 'USD' | 'CNY' | null; decimal: Decimal; basis?: FieldEvidence; shareBase?: 'goods' } | undefined {
  const { m, clause, isList, listTerm, level } = slot;
  const { terms, norm, sentence, periods } = reading;
  let decimal = amount.decimal;
  const minus = /[-－−]$/.test(norm.slice(Math.max(0, m.numberStart - 1), m.numberStart)) && decimal.coefficient > 0n;
  if (amount.unit !== 'percent') {
    if (minus) decimal = negate(decimal);
    const measure = amount.unit === 'piece' ? 'quantity' : 'value';
    // 比上年减少970亿颗, 同比增加80亿美元: a change from a year earlier, not a level.
    const lead = norm.slice(clause.start, m.start);
    const change = CHANGE_BEFORE.exec(lead);
    if (change && /比上年|较上年|同比|比去年|较去年|与上年相比|比\s*\d{4}\s*年|较\s*\d{4}\s*年/.test(lead)) {
      if (DECREASE.test(change[1]!) && decimal.coefficient > 0n) decimal = negate(decimal);
      return { measure: 'change', of: measure, currency: null, decimal };
    }
    return { measure, of: null, currency: null, decimal };
  }
  const scope = { start: isList && listTerm ? Math.min(clause.start, listTerm.start) : clause.start, end: m.start };
  const inScope = (t: Term) => t.start >= scope.start && t.end <= scope.end;
  // 环比 compares with the month before: no dataset figure measures that, so it is not checked.
  if (/环比/.test(norm.slice(scope.start, scope.end))) return undefined;
  // 以15.4%的份额: the share word may follow the number.
  const shareAfter = /^\s*的\s*(?:市场)?(?:份额|比重|占比)/.test(norm.slice(m.end, m.end + 8));
  const shareTerm = terms.find((t) => t.kind === 'share' && inScope(t)) ?? (shareAfter ? terms.find((t) => t.kind === 'share' && t.start >= m.end) : undefined);
  const yoyTerm = terms.find((t) => (t.kind === 'yoy' || t.kind === 'decrease') && inScope(t));
  let measure: Measure;
  if (shareTerm && (shareAfter || !yoyTerm || shareTerm.start > yoyTerm.start)) measure = 'share';
  // 比2月增长19.4%: against another month of the same year is month-on-month, which no record measures.
  else if (periods.some((p) => p.base && p.start >= clause.start && p.end <= m.start && p.fromMonth !== undefined && p.year === undefined && p.relativeYear === undefined)) return undefined;
  // 较2014年的1535亿个增长74.5%: growth over several years is not a year-on-year rate.
  else if (periods.some((p) => p.base && p.year !== undefined && p.start >= clause.start && p.end <= m.start && ctx.period && p.year !== ctx.period.year - 1)) return undefined;
  else if (yoyTerm || terms.some((t) => t.kind === 'yoy' && t.end <= m.start && t.start >= sentence.start)) measure = 'yoy';
  else return undefined;
  let of = basisOf(terms, clause, m, ctx, flow);
  let basis: FieldEvidence = { from: basisWritten(terms, clause, m) ? 'clause' : ctx.lastLevel?.flow === flow ? 'inherited' : 'default' };
  // 进口量同比下降9.6%,较2021年同期(33.6%): a rate with no basis of its own, after a rate of the same flow
  // in its sentence, is on that rate's basis.
  const previousRate = [...reading.drafts].reverse().find((d) => d.measure === 'yoy' && d.flow === flow && d.of);
  if (basis.from === 'default' && previousRate?.of) {
    of = previousRate.of;
    basis = { from: 'sentence' };
  }
  let currency: 'USD' | 'CNY' | null = of === 'value' && ctx.lastLevel?.measure === 'value' && (ctx.lastLevel.unit === 'USD' || ctx.lastLevel.unit === 'CNY') ? ctx.lastLevel.unit : null;
  // 按美元计算同比增长27.7%, 以人民币计: the text names the currency of the rate.
  const stated = /[按以]\s*(美元|人民币)\s*计/.exec(norm.slice(sentence.start, m.start));
  if (stated) {
    of = 'value';
    currency = stated[1] === '美元' ? 'USD' : 'CNY';
    basis = { from: 'sentence' };
  }
  if (level) {
    of = level.measure === 'quantity' ? 'quantity' : 'value';
    basis = { from: 'list' };
    currency = level.unit === 'USD' || level.unit === 'CNY' ? level.unit : null;
  }
  if (measure === 'yoy') {
    // 下降14.6%, 较今年前三个月26.7%的降幅: a decrease word before the number or 降幅 right after it.
    const decrease = terms.some((t) => t.kind === 'decrease' && inScope(t)) || /^\s*的?\s*(?:降幅|跌幅|减幅)/.test(norm.slice(m.end, m.end + 6));
    if ((decrease && decimal.coefficient > 0n) || minus) decimal = negate(decimal);
  }
  if (measure === 'share' && shareTerm && shareOfGoods(norm.slice(shareTerm.end, m.start))) return { measure, of, currency, decimal, basis, shareBase: 'goods' };
  return { measure, of, currency, decimal, basis };
}

/**
 * Product, partner, province: a 分别 list pairs its numbers with an enumeration; a rate in a list takes its
 * level's; a share belongs to the part named before 占; otherwise the entity written right before the flow
 * word or after 向/从/对. Undefined when the number is another economy's own trade (韩国芯片出口).
 */
function entitiesOf(
  slot: Slot,
  measure: Measure,
  subject: { productWord: string | undefined; productTerm: Term | undefined },
  flowTerm: Term | undefined,
  reading: Reading,
  ctx: ArticleContext,
): { product: string; partner: string | null; province: string | null; evidence: { product: FieldEvidence; partner: FieldEvidence } } | undefined {
  let { productWord } = subject;
  const { m, group, member, level, isList } = slot;
  const { terms, sentence, norm } = reading;
  // 处理器…，占集成电路进口总额的49.2%: a share belongs to the part named before 占, not to the whole after it.
  let sharePart: Term | undefined;
  if (measure === 'share') {
    const shares = terms.filter((t) => t.kind === 'share' && t.end <= m.start && t.start >= sentence.start);
    const share = [...shares].reverse().find((t) => t.word.startsWith('占')) ?? shares[shares.length - 1];
    // The part is a subheading, a partner or a province; 芯片 itself names the whole, not a part.
    sharePart = share && lastTermBefore(terms, share.start, sentence.start, (t) => (t.kind === 'product' && PRODUCT_WORDS[t.word] !== '8542') || t.kind === 'partner' || t.kind === 'province');
    if (sharePart?.kind === 'product') productWord = sharePart.word;
  }
  let product = productWord ? PRODUCT_WORDS[productWord]! : '8542';
  let partner: string | null = null;
  let province: string | null = null;
  const productEvidence: FieldEvidence = subject.productTerm ? { from: 'sentence', offset: ctx.locate(subject.productTerm.start) } : productWord ? { from: 'sentence' } : { from: 'default' };
  let partnerEvidence: FieldEvidence = { from: 'default' };
  if (group && member) {
    // 电器设备、集成电路、汽车等机电产品出口分别增长…: only the chip member is a claim.
    if (group.kind === 'mixed' && !PRODUCT_WORDS[member]) return undefined;
    if (group.kind === 'product' || group.kind === 'mixed') product = PRODUCT_WORDS[member] ?? product;
    if (group.kind === 'partner') partner = canonicalPartner(member);
    if (group.kind === 'province') province = member;
    if (group.kind === 'partner' || group.kind === 'province') partnerEvidence = { from: 'list' };
  } else if (level) {
    product = level.product;
    partner = level.partner;
    province = level.province;
    partnerEvidence = level.fieldEvidence.partner;
  } else if (sharePart && sharePart.kind !== 'product') {
    if (sharePart.kind === 'partner') partner = canonicalPartner(sharePart.word);
    else province = sharePart.word;
    partnerEvidence = { from: 'sentence', offset: ctx.locate(sharePart.start) };
  } else if (!isList) {
    // 向东盟出口, 从韩国进口, 广东出口: the entity is the flow's partner or origin only right before it.
    const entity = lastTermBefore(terms, m.start, sentence.start, (t) => t.kind === 'partner' || t.kind === 'province');
    const marked = entity !== undefined && /[向从对自与同]$/.test(norm.slice(Math.max(0, entity.start - 1), entity.start));
    const beforeFlow = entity !== undefined && flowTerm !== undefined && flowTerm.start >= entity.end && flowTerm.start - entity.end <= 6;
    // 韩国芯片出口 is Korea's exports, not China's exports to Korea (向韩国出口): an economy right before
    // the flow with no 向/从/对 is the trader itself, and its trade is not in the dataset.
    // (中国芯片产品韩国进口 still names China first: there 韩国 is the partner.)
    const chinaFirst = entity !== undefined && /中国|我国|我们|国内|全国/.test(norm.slice(sentence.start, entity.start).replace(/中国(?:台湾|香港|澳门)/g, ''));
    if (entity?.kind === 'partner' && beforeFlow && !marked && !chinaFirst) return undefined;
    if (entity && (marked || beforeFlow)) {
      if (entity.kind === 'partner') partner = canonicalPartner(entity.word);
      else province = entity.word;
      partnerEvidence = { from: 'sentence', offset: ctx.locate(entity.start) };
    }
  }
  // 第1名：韩国 — the lines under a ranking heading are about its partner.
  if (partner === null && province === null && ctx.headingPartner) {
    partner = ctx.headingPartner.partner;
    partnerEvidence = { from: 'heading', offset: ctx.headingPartner.offset };
  }
  return { product, partner, province, evidence: { product: productEvidence, partner: partnerEvidence } };
}

/**
 * The period: the context's, or the list member's (2022年、2023年…分别), or a comparison base's for the
 * number right after it (较上年的2617亿美元); a period that had not ended at publication moves back a year
 * unless its year was written or the claim is a forecast.
 */
function periodOf(slot: Slot, forecast: boolean, reading: Reading, ctx: ArticleContext): { period: Period | null; evidence: FieldEvidence } {
  const { m, clause } = slot;
  const { periods, norm, sentence } = reading;
  let period = ctx.period;
  let evidence = contextPeriodEvidence(ctx, clause, sentence);
  if (slot.period) {
    const listed = resolvePeriod(slot.period, { publishedYear: ctx.publishedYear, current: ctx.period });
    if (listed) {
      period = listed;
      evidence = { from: slot.period.relativeYear !== undefined && ctx.yearInferred ? 'inferred' : 'list', offset: ctx.locate(slot.period.start) };
    }
  }
  // (2024年为14.92%): a period in the same brackets as the number, before it.
  const bracketed = periods.find((p) => p.bracket && !p.base && p.end <= m.start && p.bracket.start <= m.start && m.end <= p.bracket.end);
  if (bracketed) {
    const resolved = resolvePeriod(bracketed, { publishedYear: ctx.publishedYear, current: ctx.period });
    if (resolved) {
      period = resolved;
      evidence = { from: bracketed.year === undefined && ctx.yearInferred ? 'inferred' : 'clause', offset: ctx.locate(bracketed.start) };
    }
  }
  // 较2022年的1535亿个, 低于去年同期的4167亿颗, 较2021年同期(33.6%): the number is the base period's. So
  // is one in the noun phrase after 与/和 (与2024年全年芯片出口额首破1.15万亿元的高光形成对比) until 相比 closes it.
  // A bracket is a clause of its own: 较2021年同期(33.6%) reaches back over it to the base before it.
  const scopeStart = /[(（]/.test(norm[clause.start - 1] ?? '') && clause.start - 2 >= sentence.start ? clauseAround(norm, clause.start - 2, sentence.start, sentence.end).start : clause.start;
  const base = periods.find(
    (p) =>
      p.base &&
      !p.topic &&
      p.end <= m.start &&
      p.start >= scopeStart &&
      (/^\s*(?:同期)?\s*的?\s*[(（]?\s*$/.test(withoutDrafts(norm, p.end, m.start, reading.drafts)) ||
        (/[与與和同]\s*$/.test(norm.slice(Math.max(clause.start, p.start - 2), p.start)) && !/相比|相較|比较|持平|同比|增长|下降|减少|增加/.test(norm.slice(p.end, m.start)))),
  );
  if (base) {
    const relative = base.relativeYear !== undefined && ctx.period ? { ...base, relativeYear: undefined, year: ctx.period.year + base.relativeYear } : base;
    const basePeriod = resolvePeriod(relative, { publishedYear: ctx.publishedYear, current: ctx.period });
    if (basePeriod) {
      period = ctx.period && base.fromMonth === undefined ? { ...ctx.period, year: basePeriod.year } : basePeriod;
      // 去年同期的: a year relative to the current period is as sure as that period.
      const relativeTo = base.relativeYear !== undefined && ctx.period ? contextPeriodEvidence(ctx, clause, sentence) : undefined;
      const sure = relativeTo ? STRONG_READINGS.has(relativeTo.from) : !(base.year === undefined && ctx.yearInferred);
      evidence = { from: sure ? 'clause' : (relativeTo?.from ?? 'inferred'), offset: ctx.locate(base.start) };
    }
  }
  if (period && !ctx.periodYearWritten && !forecast && ctx.publishedMonth) {
    const end = `${period.year}-${String(period.to_month).padStart(2, '0')}`;
    if (end >= ctx.publishedMonth) period = { ...period, year: period.year - 1 };
  }
  return { period, evidence: period ? evidence : { from: 'default' } };
}

/**
 * The text between two positions with this sentence's claims cut out and list punctuation after them, so
 * that 较2014年的1535亿个和9567.7亿元 reads as 较2014年的 before its second number too.
 */
function withoutDrafts(norm: string, from: number, to: number, drafts: DraftClaim[]): string {
  let out = '';
  let at = from;
  for (const d of drafts) {
    if (d.mention.start < from || d.mention.end > to) continue;
    out += norm.slice(at, d.mention.start);
    at = d.mention.end;
    const separator = /^[\s、和及与]+/.exec(norm.slice(at, to));
    if (separator) at += separator[0].length;
  }
  return out + norm.slice(at, to);
}

/** Where the context's period was read, as seen from this number's clause and sentence. */
function contextPeriodEvidence(ctx: ArticleContext, clause: Span, sentence: Span): FieldEvidence {
  const written = ctx.periodEvidence;
  if (!written) return { from: ctx.period ? 'inferred' : 'default' };
  const { offset } = written;
  if (written.from === 'inferred') return { from: 'inferred', offset };
  if (offset >= ctx.locate(clause.start) && offset < ctx.locate(clause.end)) return { from: 'clause', offset };
  if (offset >= ctx.locate(sentence.start) && offset < ctx.locate(sentence.end)) return { from: 'sentence', offset };
  if (written.from === 'heading') return { from: 'heading', offset };
  // An earlier sentence of this paragraph, or the only period the article has named: it still holds.
  if (written.block === ctx.block) return { from: 'paragraph', offset };
  return { from: ctx.periodsNamed.size === 1 ? 'article' : 'inherited', offset };
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
  const lastFlow = [...terms].reverse().find((t) => t.kind === 'flow');
  if (lastFlow) {
    ctx.flow = FLOW_WORDS[lastFlow.word]!;
    ctx.flowOffset = ctx.locate(lastFlow.start);
  }
}

/**
 * Make a period the context. A "since" period (自2018年以来) holds for its own sentence only: the caller
 * restores `ctx.sincePeriodRestore` when the sentence ends.
 */
function applyPeriod(p: PeriodMention, ctx: ArticleContext, clause: string, heading = false): void {
  // A comparison base is not the claims' period, unless it opens the sentence (对比2024年，进口…); a period
  // in brackets (2024年为4.46%) holds inside them only (see periodOf).
  if ((p.base && !p.topic) || p.bracket) return;
  // 还有12月份没有计算, 尚未公布: a period named as missing is not the one the figures are about.
  if (/没有|尚未|未|还有/.test(clause)) return;
  const resolved = resolvePeriod(p, { publishedYear: ctx.publishedYear, current: ctx.period });
  if (!resolved) return;
  // A span of years holds for its own sentence: the next sentence is about a year again.
  if ((p.since || p.topic || p.years || p.lastYears) && !ctx.restore) ctx.restore = { period: ctx.period, periodYearWritten: ctx.periodYearWritten, periodEvidence: ctx.periodEvidence };
  // The year is a guess when it is relative to an undated page, or completed from a guessed period.
  const inferredYear = ctx.yearInferred && p.year === undefined && (p.relativeYear !== undefined || !ctx.period || ctx.periodEvidence?.from === 'inferred');
  ctx.periodEvidence = p.anaphoric && ctx.periodEvidence ? ctx.periodEvidence : { offset: ctx.locate(p.start), block: ctx.block, from: inferredYear ? 'inferred' : heading ? 'heading' : 'written' };
  ctx.period = resolved;
  if (!p.since && !p.topic) ctx.periodsNamed.add(`${resolved.years?.join('+') ?? resolved.year}-${resolved.from_month}-${resolved.to_month}`);
  ctx.periodYearWritten = p.year !== undefined || (p.anaphoric === true && ctx.periodYearWritten);
}

function clauseText(norm: string, at: number, sentence: Span): string {
  const c = clauseAround(norm, at, sentence.start, sentence.end);
  return norm.slice(c.start, c.end);
}

function magnitudeExponent(m: NumberMention): number {
  const word = m.magnitude ?? '';
  let n = 0;
  for (const ch of word) n += ch === '万' || ch === '萬' ? 4 : ch === '亿' || ch === '億' ? 8 : ch === '千' ? 3 : ch === '百' ? 2 : ch === '十' ? 1 : 0;
  return n;
}

function startsContinuation(sentence: string): boolean {
  return /^[\s，,]*(其中|同比|增长|下降|占|分别|而|并|较|比|环比)/.test(sentence);
}

/** 占进口贸易总额的: the words between 占 and the number name all goods trade, and no chip word. */
function shareOfGoods(between: string): boolean {
  const terms = findTerms(between);
  if (terms.some((t) => t.kind === 'product')) return false;
  return GOODS_BASE_WORDS.some((w) => between.includes(w));
}

/** Is the basis of a rate written in its own clause (出口量, 金额)? */
function basisWritten(terms: Term[], clause: Span, m: NumberMention): boolean {
  return terms.some((t) => (t.kind === 'quantity' || t.kind === 'value') && t.end <= m.start && t.start >= clause.start);
}

/** The basis of a yoy or share: written (出口量, 金额), or the level claim just before it. */
function basisOf(terms: Term[], clause: Span, m: NumberMention, ctx: ArticleContext, flow: Flow): 'value' | 'quantity' {
  const own = [...terms].reverse().find((t) => (t.kind === 'quantity' || t.kind === 'value') && t.end <= m.start && t.start >= clause.start);
  if (own) return own.kind === 'quantity' ? 'quantity' : 'value';
  if (ctx.lastLevel && ctx.lastLevel.flow === flow) return ctx.lastLevel.measure;
  if (flow === 'production') return 'quantity';
  return 'value';
}

/**
 * 2019—2024年，出口额分别约为A、B、…F: when a span of N years comes before 分别 and exactly N numbers follow
 * it in the sentence, they pair in order, even when words stand between them (spun or garbled text breaks
 * the list's punctuation).
 */
function yearsListed(terms: Term[], periods: PeriodMention[], numbers: NumberMention[]): Map<NumberMention, PeriodMention> {
  const pairs = new Map<NumberMention, PeriodMention>();
  const list = terms.find((t) => t.kind === 'list');
  if (!list) return pairs;
  const span = [...periods].reverse().find((p) => p.end <= list.start && !p.base);
  if (!span?.years) return pairs;
  const after = numbers.filter((m) => m.start >= list.end);
  if (after.length !== span.years.length) return pairs;
  after.forEach((m, i) => pairs.set(m, { start: span.start, end: span.end, base: false, year: span.years![i]! }));
  return pairs;
}

/** The last `count` periods written as a list (2022年、2023年) before `before`, or undefined. */
function listedPeriods(periods: PeriodMention[], norm: string, before: number, count: number): PeriodMention[] | undefined {
  const earlier = periods.filter((p) => p.end <= before && !p.base);
  // 2019—2024年…分别为 six figures: one year each.
  const span = earlier[earlier.length - 1];
  if (span?.years && span.years.length === count) return span.years.map((year) => ({ start: span.start, end: span.end, base: false, year }));
  if (earlier.length < count || count < 2) return undefined;
  const list = earlier.slice(earlier.length - count);
  for (let k = 1; k < list.length; k++) if (!LIST_SEPARATOR.test(norm.slice(list[k - 1]!.end, list[k]!.start))) return undefined;
  return list;
}

/** The level claims of this sentence a rate list pairs with: the last `count` of them, in order. */
function levelsBefore(drafts: DraftClaim[], sentence: Span, count: number): DraftClaim[] {
  const levels = drafts.filter((d) => d.sentence.start === sentence.start && (d.measure === 'value' || d.measure === 'quantity'));
  return levels.length >= count ? levels.slice(levels.length - count) : [];
}

/** 台湾 → 中国台湾: the names the dataset keys partners by. */
function canonicalPartner(word: string): string {
  return PARTNER_ALIASES[word] ?? word;
}

function lastTermBefore(terms: Term[], at: number, from: number, test: (t: Term) => boolean): Term | undefined {
  for (let i = terms.length - 1; i >= 0; i--) {
    const t = terms[i]!;
    if (t.end <= at && t.start >= from && test(t)) return t;
  }
  return undefined;
}

/** Runs of numbers separated only by list punctuation (、 和 及 与): members of one list. */
function findRuns(numbers: NumberMention[], norm: string): NumberMention[][] {
  const runs: NumberMention[][] = [];
  for (const m of numbers) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && LIST_SEPARATOR.test(norm.slice(prev.end, m.start)) && norm.slice(prev.end, m.start).length > 0) last.push(m);
    else runs.push([m]);
  }
  return runs;
}

/** Enumerations of entities written next to each other (中国香港、中国台湾和韩国). */
function entityGroups(terms: Term[], norm: string): Array<{ group: EntityGroup; end: number }> {
  const entities = terms.filter((t) => t.kind === 'partner' || t.kind === 'province' || t.kind === 'product' || t.kind === 'other' || t.kind === 'flow');
  const out: Array<{ group: EntityGroup; end: number }> = [];
  let current: { kind: EntityGroup['kind']; words: string[]; end: number } | undefined;
  for (const t of entities) {
    const kind: EntityGroup['kind'] = t.kind === 'other' ? 'mixed' : (t.kind as EntityGroup['kind']);
    const adjacent = current && LIST_SEPARATOR.test(norm.slice(current.end, t.start)) && t.start - current.end <= 3;
    const products = (k: EntityGroup['kind']) => k === 'product' || k === 'mixed';
    if (current && adjacent && (current.kind === kind || (products(current.kind) && products(kind)))) {
      if (current.kind !== kind) current.kind = 'mixed';
      current.words.push(t.word);
      current.end = t.end;
    } else {
      if (current && current.words.length > 1) out.push({ group: { kind: current.kind, words: current.words }, end: current.end });
      current = { kind, words: [t.word], end: t.end };
    }
  }
  if (current && current.words.length > 1) out.push({ group: { kind: current.kind, words: current.words }, end: current.end });
  // A list of the product itself (集成电路 named twice) or of non-chip products only pairs nothing.
  return out.filter(({ group }) => group.kind !== 'product' || group.words.some((w) => PRODUCT_WORDS[w] !== '8542')).filter(({ group }) => group.kind !== 'mixed' || group.words.some((w) => PRODUCT_WORDS[w] !== undefined));
}

/** The newest enumeration with as many members as the list has numbers, else the newest that is longer. */
function pickGroup(groups: EntityGroup[], count: number): EntityGroup | undefined {
  for (let i = groups.length - 1; i >= 0; i--) if (groups[i]!.words.length === count) return groups[i];
  for (let i = groups.length - 1; i >= 0; i--) if (groups[i]!.words.length > count) return groups[i];
  return undefined;
}
