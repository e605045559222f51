/**
 * The measure reader: level, change, yoy or share; the basis and currency of a rate; its sign.
 */
import { negate, type Decimal } from '../../decimal.js';
import type { FieldEvidence, Flow, Measure, NumberMention } from '../../types.js';
import type { ArticleContext, DraftClaim } from '../context.js';
import { AMOUNT_CHANGE_WORDS, AVERAGE_BEFORE, CHANGE_BEFORE, DEPENDENCE_AFTER, GOODS_BASE_WORDS, PRICE_WORDS, SEQUENTIAL_CHANGE } from '../lexicon.js';
import { clauseAround, type Span } from '../sentences.js';
import { findTerms, type Term } from '../terms.js';
import { LIST_SEPARATOR, type Amount, type Reading, type Slot } from './reading.js';


/** A clause that gives the value of the amount before it (价值, 金额) or converts it (折合美元, 约合人民币). */
const OF_PREVIOUS_CHANGE = /^\s*(?:(?:其)?(?:价值|金额)|(?:折合|约合|合)\s*(?:人民币|美元)?)\s*(?:为|达|超过|约|近)?\s*$/;

/** Level, change, yoy or share; the basis and currency of a rate; the sign (下降 → negative). */
export function measureOf(
  slot: Slot,
  amount: Amount,
  flow: Flow,
  reading: Reading,
  ctx: ArticleContext,
): { measure: Measure; of: 'value' | 'quantity' | null; currency: 'USD' | 'CNY' | null; decimal: Decimal; basis?: FieldEvidence; shareBase?: 'goods' | 'other'; baseYear?: number } | undefined {
  const { m, clause, isList, listTerm, level } = slot;
  const { terms, norm, sentence, periods } = reading;
  let decimal = amount.decimal;
  const minus = /[-－−]$/.test(norm.slice(Math.max(0, m.numberStart - 1), m.numberStart)) && decimal.coefficient > 0n;
  if (amount.unit !== 'percent') {
    if (minus) decimal = negate(decimal);
    const measure = amount.unit === 'piece' ? 'quantity' : 'value';
    const lead = norm.slice(clause.start, m.start);
    // 每天生产11.3亿块: an average per day or month, which no record measures.
    if (AVERAGE_BEFORE.test(lead)) return undefined;
    // 比上年减少970亿颗, 同比增加80亿美元: a change from a year earlier, not a level.
    // 减少进口芯片600亿枚: the flow and the goods may stand between the change word and the amount.
    const objectStart = leadingObject(terms, clause.start, m.start);
    // 进口和出口分别增加了120亿美元和80亿美元: the change word before a 分别 list is every member's.
    const listStart = isList && listTerm ? reading.numbers.find((n) => n.start >= listTerm.end)?.start : undefined;
    const change = CHANGE_BEFORE.exec(norm.slice(clause.start, objectStart)) ?? (listStart !== undefined && listStart < m.start ? CHANGE_BEFORE.exec(norm.slice(listTerm!.start, listStart)) : null);
    // A change word right before the amount (了, 约 may stand between) makes it a change, whether or not the
    // earlier year is named (2022年减少589亿颗, 减少了662亿美元): 减少 never gives a level. 下降至/增加到 do,
    // and CHANGE_BEFORE does not take them.
    if (change) {
      // 从2021年的2860亿美元降至2023年的2134亿美元，缩小了700多亿美元: a change over several years restates the
      // article's own two levels; no record measures it.
      if (changeSinceBase(reading, m, ctx) !== undefined) return undefined;
      if (AMOUNT_CHANGE_WORDS[change[1]!] === 'decrease' && decimal.coefficient > 0n) decimal = negate(decimal);
      return { measure: 'change', of: measure, currency: null, decimal };
    }
    // …减少进口芯片600亿枚，价值2550亿 / 折合美元约700亿 / 减少了662亿美元(约4750亿): the value of a change, or the
    // change converted, is a change too.
    const previous = reading.drafts.at(-1);
    if (measure === 'value' && previous?.measure === 'change' && previous.flow === flow && (OF_PREVIOUS_CHANGE.test(lead) || /折合|约合/.test(m.qualifierText ?? '') || bracketedAfter(norm, previous.mention, m))) {
      if (previous.amount.coefficient < 0n && decimal.coefficient > 0n) decimal = negate(decimal);
      return { measure: 'change', of: 'value', currency: null, decimal };
    }
    return { measure, of: null, currency: null, decimal };
  }
  // 近8成需要进口: how much of what is used comes from abroad, a ratio no record measures.
  if (DEPENDENCE_AFTER.test(norm.slice(m.end, m.end + 10))) return undefined;
  // 只有去年全年的五分之一: a ratio to another period's figure, which no record measures.
  if (OF_PERIOD_BEFORE.test(norm.slice(Math.max(clause.start, m.start - 12), m.start))) return undefined;
  // 增长率就没有低于10%, 大部分的增长率都是高于20%: a bound denied, or one said of most periods, is a remark
  // about many figures, not one of them.
  const lead = norm.slice(clause.start, m.start);
  if (MOST_BEFORE.test(lead) || (NOT_BEFORE.test(lead) && (m.qualifier !== 'exact' || BOUND_BEFORE.test(lead)))) return undefined;
  const scope = { start: isList && listTerm ? Math.min(clause.start, listTerm.start) : clause.start, end: m.start };
  const inScope = (t: Term) => t.start >= scope.start && t.end <= scope.end;
  // 环比 (月增, 季增) compares with the month or quarter before: no dataset figure measures that, so it is not checked.
  if (SEQUENTIAL_CHANGE.test(norm.slice(scope.start, scope.end))) return undefined;
  // …均录得环比下跌，降幅分别为0.6%、1.0%; 单价为0.7287美元，降了5.6%: a rate whose clause names nothing of its
  // own continues the clause before, a month-on-month change or a price's.
  const before = clause.start - 2 >= sentence.start ? clauseAround(norm, clause.start - 2, sentence.start, sentence.end) : undefined;
  if (before && !namesOwnMeasure(reading, scope) && (SEQUENTIAL_CHANGE.test(norm.slice(before.start, before.end)) || PRICE_WORDS.test(norm.slice(before.start, before.end)))) return undefined;
  // 以15.4%的份额: the share word may follow the number, or a list's last number (分别以20%和12%的份额).
  const listEnd = isList ? lastListed(reading, m) : m;
  const shareAfter = /^\s*的\s*(?:市场)?(?:份额|比重|占比)/.test(norm.slice(listEnd.end, listEnd.end + 8));
  const shareTerm =
    terms.find((t) => t.kind === 'share' && inScope(t)) ??
    (shareAfter ? terms.find((t) => t.kind === 'share' && t.start >= listEnd.end) : undefined) ??
    // 中国台湾(36.2%)、韩国(21.7%)占据芯片进口来源前三: a bracketed label's measure follows its enumeration.
    (slot.label ? terms.find((t) => t.kind === 'share' && t.start >= m.end && t.end <= clause.end) : undefined);
  // 前5个月19.6%的降幅, 26.7%的增幅: a rate followed by 的 and a change noun is that change.
  const yoyAfter = terms.find((t) => (t.kind === 'yoy' || t.kind === 'decrease') && t.start >= m.end && /^\s*的\s*$/.test(norm.slice(m.end, t.start)));
  const yoyTerm = terms.find((t) => (t.kind === 'yoy' || t.kind === 'decrease') && inScope(t)) ?? yoyAfter;
  // 美国市场吸纳了32%的集成电路出口: a percentage of a flow (of chips) is a share of it. (全球50%的芯片市场 is not:
  // no flow.)
  const percentOf = m.unit === 'percent' && terms.some((t) => t.kind === 'flow' && t.start > m.end && t.start <= m.end + 12 && /^\s*的\s*$/.test(withoutProducts(norm, terms, m.end, t.start)));
  // 占出口总额的比重提升至4.46%: a change word followed by 至 names the level the share reached, not a rate.
  const reachedLevel = yoyTerm !== undefined && /^\s*了?\s*[至到]\s*(?:约|近)?\s*$/.test(norm.slice(yoyTerm.end, m.start));
  // 只占我国集成电路出口总额的1.8%，不足2%: a bound right after a share, with no measure word of its own, restates it.
  const restatedShare = !shareTerm && !yoyTerm ? restatesShare(reading, m) : undefined;
  let measure: Measure;
  if (restatedShare) measure = 'share';
  else if (shareTerm && (shareAfter || !yoyTerm || shareTerm.start > yoyTerm.start || reachedLevel)) measure = 'share';
  else if (percentOf && !yoyTerm) measure = 'share';
  // 比2月增长19.4%: against another month of the same year is month-on-month, which no record measures.
  else if (periods.some((p) => p.base && p.start >= clause.start && p.end <= m.start && p.fromMonth !== undefined && p.year === undefined && p.relativeYear === undefined)) return undefined;
  else if (yoyTerm || terms.some((t) => t.kind === 'yoy' && t.end <= m.start && t.start >= sentence.start)) measure = 'yoy';
  else if (parallelShare(norm, terms, clause, sentence, m)) measure = 'share';
  else return undefined;
  // 较2016年增长36.9%, 较2014年的1535亿个和9567.7亿元，分别增长74.5%和155.9%: growth over several years, from
  // the nearest written base year before the rate in its sentence, is no year-on-year rate.
  // (A record's reference, 2019年以来最大减幅 or 继2019年…以来, is no base of a rate.)
  const sinceBase =
    measure === 'yoy'
      ? [...periods].reverse().find((p) => p.base && !p.since && p.year !== undefined && p.start >= sentence.start && p.end <= m.start && !/继\s*$/.test(norm.slice(Math.max(sentence.start, p.start - 2), p.start)))
      : undefined;
  const baseYear =
    sinceBase?.year !== undefined && ctx.period && sinceBase.year < ctx.period.year - 1 && !/同比|[比较]上年|[比较]去年/.test(norm.slice(sinceBase.end, m.start)) ? sinceBase.year : undefined;
  let of = basisOf(terms, clause, m, ctx, flow);
  let basis: FieldEvidence = { from: basisWritten(terms, clause, m) ? 'clause' : ctx.lastLevel?.flow === flow ? 'inherited' : 'default' };
  // 进口量同比下降9.6%,较2021年同期(33.6%): a rate with no basis of its own, after a rate of the same flow
  // in its sentence, is on that rate's basis.
  const previousRate = [...reading.drafts].reverse().find((d) => d.measure === 'yoy' && d.flow === flow && d.of);
  // So is one whose basis would only be inherited from an earlier sentence, when that rate wrote its basis or
  // took it so (进口量下降15.1%,而前7个月下降16.8%,前6个月下降18.5%: each on the quantity, down the chain).
  const chained = previousRate?.fieldEvidence.basis?.from === 'clause' || previousRate?.fieldEvidence.basis?.from === 'sentence';
  if (previousRate?.of && (basis.from === 'default' || (basis.from === 'inherited' && chained))) {
    of = previousRate.of;
    basis = { from: 'sentence' };
  }
  // 进口机电产品1.71万亿元…其中集成电路…进口分别增长12.4%: a value rate beside amounts in one currency only
  // (of whatever goods) was computed in that currency, as customs' releases are; else in the currency of the
  // last chip level.
  let currency: 'USD' | 'CNY' | null =
    of !== 'value' ? null : (sentenceCurrency(norm.slice(sentence.start, sentence.end)) ?? (ctx.lastLevel?.measure === 'value' && (ctx.lastLevel.unit === 'USD' || ctx.lastLevel.unit === 'CNY') ? ctx.lastLevel.unit : null));
  // 按美元计算同比增长27.7%, 以人民币计: the text names the currency of the rate.
  const stated = /[按以]\s*(美元|人民币)\s*计/.exec(norm.slice(sentence.start, m.start));
  if (stated) {
    of = 'value';
    currency = stated[1] === '美元' ? 'USD' : 'CNY';
    basis = { from: 'sentence' };
  }
  // 进口数量以及金额分别下跌22.9%及26.7%: a list of bases before 分别 gives each rate its own.
  const listed = isList && listTerm ? listedBases(terms, norm, clause.start, listTerm.start, slot.count) : undefined;
  if (listed) {
    of = listed[slot.index]!;
    basis = { from: 'list' };
    if (of === 'quantity') currency = null;
  }
  if (restatedShare) {
    of = restatedShare.of ?? of;
    basis = { from: 'sentence' };
  }
  if (level) {
    of = level.measure === 'quantity' ? 'quantity' : 'value';
    basis = { from: 'list' };
    currency = level.unit === 'USD' || level.unit === 'CNY' ? level.unit : null;
  }
  // Output is counted in pieces: a rate of production is on quantity, whatever currency a slip gave its level.
  if (flow === 'production' && measure === 'yoy') {
    of = 'quantity';
    currency = null;
  }
  if (measure === 'yoy') {
    // 下降14.6%, 较今年前三个月26.7%的降幅: a decrease word before the number or 降幅 right after it.
    const decrease = terms.some((t) => t.kind === 'decrease' && inScope(t)) || /^\s*的?\s*(?:降幅|跌幅|减幅)/.test(norm.slice(m.end, m.end + 6)) || declineNamedBefore(norm, terms, sentence.start, isList && listTerm ? Math.min(m.start, listTerm.start) : m.start);
    if ((decrease && decimal.coefficient > 0n) || minus) decimal = negate(decimal);
  }
  if (measure === 'share') {
    // 占同期机电产品出口额的7.7%、全商品进口的4.6%: each share of a list has its own base, after the number before it.
    const base = shareTerm ? norm.slice(Math.max(shareTerm.end, ...reading.numbers.filter((n) => n.end <= m.start).map((n) => n.end)), m.start) : '';
    const shareBase = (shareTerm ? baseOf(base) : undefined) ?? restatedShare?.shareBase;
    if (shareBase) return { measure, of, currency, decimal, basis, shareBase };
  }
  return { measure, of, currency, decimal, basis, ...(baseYear !== undefined ? { baseYear } : {}) };
}


/**
 * Does the span name something of its own: a flow, a product, a basis, or a year-on-year comparison (同比,
 * 比去年同期, 较2022年)? 降幅, 降了 alone do not.
 */
function namesOwnMeasure(reading: Reading, span: Span): boolean {
  const { terms, periods, norm } = reading;
  const inside = (x: Span) => x.start >= span.start && x.end <= span.end;
  return (
    terms.some((t) => inside(t) && (t.kind === 'flow' || t.kind === 'product' || t.kind === 'quantity' || t.kind === 'value' || t.word === '同比' || /^年[增减]/.test(t.word))) ||
    periods.some((p) => inside(p) && p.base) ||
    /同期|[比较]上年|[比较]去年/.test(norm.slice(span.start, span.end))
  );
}

/**
 * The base year of a change over several years: a comparison base (从2021年的, 较2019年) earlier in the
 * sentence, more than a year before the period the amount is read in.
 */
function changeSinceBase(reading: Reading, m: NumberMention, ctx: ArticleContext): number | undefined {
  const { periods, sentence } = reading;
  const base = [...periods].reverse().find((p) => p.base && p.year !== undefined && p.start >= sentence.start && p.end <= m.start);
  return base?.year !== undefined && ctx.period && base.year < ctx.period.year - 1 ? base.year : undefined;
}

/** 662亿美元(约4750亿): `m` stands in brackets right after `before`. */
export function bracketedAfter(norm: string, before: NumberMention, m: NumberMention): boolean {
  return before.end <= m.start && /^\s*[(（]\s*$/.test(norm.slice(before.end, m.start));
}

/**
 * 1月份的同比降幅最大，达37.6%; 同比降幅有所趋缓，分别为12.3%和13.9%: a decline named earlier in the sentence
 * (降幅, 跌幅) is what the rate measures, when no other number or rising word stands between.
 */
function declineNamedBefore(norm: string, terms: Term[], from: number, to: number): boolean {
  const noun = [...terms].reverse().find((t) => t.end <= to && t.start >= from && (t.word === '降幅' || t.word === '跌幅' || t.word === '减幅'));
  if (!noun) return false;
  const between = norm.slice(noun.end, to);
  return !/\d/.test(between) && !terms.some((t) => t.start >= noun.end && t.end <= to && (t.kind === 'yoy' || t.kind === 'decrease') && /[增升涨]/.test(t.word));
}

/**
 * 处理器及控制器占比近半，存储器达26%: a rate in a clause that opens with another product or partner, after a
 * clause of its sentence that named a share, is that entity's share too.
 */
function parallelShare(norm: string, terms: Term[], clause: Span, sentence: Span, m: NumberMention): boolean {
  if (clause.start - 2 < sentence.start) return false;
  const entity = terms.find((t) => (t.kind === 'product' || t.kind === 'partner') && t.start >= clause.start && t.end <= m.start);
  if (!entity || !/^[\s、]*$/.test(norm.slice(clause.start, entity.start))) return false;
  const before = clauseAround(norm, clause.start - 2, sentence.start, sentence.end);
  return terms.some((t) => t.kind === 'share' && t.start >= before.start && t.end <= before.end);
}

/**
 * Where the flow and goods words written right before `to` begin (减少[进口芯片]600亿枚), or `to` when there are
 * none: a change word's object.
 */
function leadingObject(terms: Term[], from: number, to: number): number {
  let at = to;
  for (let i = terms.length - 1; i >= 0; i--) {
    const t = terms[i]!;
    if (t.end > at || t.start < from) continue;
    if (t.end !== at || (t.kind !== 'flow' && t.kind !== 'product')) break;
    at = t.start;
  }
  return at;
}

/** The text of [from, to) with the product words in it left out. */
function withoutProducts(norm: string, terms: Term[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const t of terms) {
    if (t.kind !== 'product' || t.start < at || t.end > to) continue;
    out += norm.slice(at, t.start);
    at = t.end;
  }
  return out + norm.slice(at, to);
}

/** The one currency the sentence's amounts are written in, or null for none or both. */
function sentenceCurrency(text: string): 'USD' | 'CNY' | null {
  const usd = /美元/.test(text);
  const cny = /(?<!美)元|人民币/.test(text);
  return usd === cny ? null : usd ? 'USD' : 'CNY';
}

/**
 * The base a share's words name (the words between 占 and the number), when it is not chips: all goods trade
 * (占进口贸易总额的) or another aggregate (占机电产品出口额的); none when a chip word names it.
 */
function baseOf(between: string): 'goods' | 'other' | undefined {
  const terms = findTerms(between);
  if (terms.some((t) => t.kind === 'product')) return undefined;
  if (GOODS_BASE_WORDS.some((w) => between.includes(w))) return 'goods';
  return terms.some((t) => t.kind === 'other') ? 'other' : undefined;
}

/** 大部分/大多数 earlier in the number's clause: said of most figures. */
const MOST_BEFORE = /大部分|大多数|多数/;
/** 没有 / 从未 right before the number (its bound, 低于10%, is part of the number) or before a bound word. */
const NOT_BEFORE = /(?:没有|并未|从未|不曾)\s*(?:低于|高于|超过|少于|多于|跌破|突破)?\s*$/;
const BOUND_BEFORE = /(?:低于|高于|超过|少于|多于|跌破|突破)\s*$/;

/** A period's figure as the base of a ratio: 去年全年的, 2021年同期的, 上年的 right before the number. */
const OF_PERIOD_BEFORE = /(?:今年|去年|上年|前年|\d{4}\s*年)(?:全年|同期|上半年|前\s*\d{1,2}\s*个?月)?的\s*$/;

/** The last number of the list `m` opens or continues (20%和12%, 14.6%、16.7%、26.3%): numbers joined by separators only. */
function lastListed(reading: Reading, m: NumberMention): NumberMention {
  let last = m;
  for (const n of reading.numbers) {
    if (n.start < last.end) continue;
    if (!/^\s*[、，,和及与]\s*$/.test(reading.norm.slice(last.end, n.start))) break;
    last = n;
  }
  return last;
}

/** Is the basis of a rate written in its own clause (出口量, 金额)? */
function basisWritten(terms: Term[], clause: Span, m: NumberMention): boolean {
  return terms.some((t) => (t.kind === 'quantity' || t.kind === 'value') && t.end <= m.start && t.start >= clause.start);
}

/** The basis of a yoy or share: written (出口量, 金额), or the level claim just before it. */
/** The share claim of this sentence that `m` restates with a bound (…的1.8%，不足2%; …3.9%，还不足4%). */
function restatesShare(reading: Reading, m: NumberMention): DraftClaim | undefined {
  const last = reading.drafts[reading.drafts.length - 1];
  if (!last || last.measure !== 'share' || m.qualifier === 'exact') return undefined;
  return /^\s*[，,]\s*(?:还|仍|也|即)?\s*$/.test(reading.norm.slice(last.mention.end, m.start)) ? last : undefined;
}

/**
 * 数量和金额分别, 数量以及金额分别: the quantity and value words enumerated right before 分别, one per number of the
 * list, in order; undefined unless there are exactly `count` of them joined by list words.
 */
export function listedBases(terms: Term[], norm: string, from: number, listStart: number, count: number): Array<'value' | 'quantity'> | undefined {
  const bases = terms.filter((t) => (t.kind === 'quantity' || t.kind === 'value') && t.start >= from && t.end <= listStart);
  if (bases.length !== count || count < 2) return undefined;
  if (!/^\s*$/.test(norm.slice(bases[count - 1]!.end, listStart))) return undefined;
  for (let k = 1; k < count; k++) if (!LIST_SEPARATOR.test(norm.slice(bases[k - 1]!.end, bases[k]!.start))) return undefined;
  return bases.map((t) => (t.kind === 'quantity' ? 'quantity' : 'value'));
}

function basisOf(terms: Term[], clause: Span, m: NumberMention, ctx: ArticleContext, flow: Flow): 'value' | 'quantity' {
  const own = [...terms].reverse().find((t) => (t.kind === 'quantity' || t.kind === 'value') && t.end <= m.start && t.start >= clause.start);
  if (own) return own.kind === 'quantity' ? 'quantity' : 'value';
  if (ctx.lastLevel && ctx.lastLevel.flow === flow) return ctx.lastLevel.measure;
  if (flow === 'production') return 'quantity';
  return 'value';
}
