/**
 * The entities reader: product, partner and province, from a 分别 list, the part before 占, the words around
 * the flow, or a ranking heading.
 */
import type { FieldEvidence, Measure } from '../../types.js';
import type { ArticleContext } from '../context.js';
import { PARTNER_ABBREVIATION, PARTNER_ABBREVIATIONS, PRODUCT_WORDS, REGION_ANAPHORS } from '../lexicon.js';
import { findTerms, type Term } from '../terms.js';
import { canonicalPartner, joinsEntities, lastTermBefore, type Reading, type Slot } from './reading.js';
import { startsContinuation } from './subject.js';

/**
 * Product, partner, province: a 分别 list pairs its numbers with an enumeration; a rate in a list takes its
 * level's; a share belongs to the part named before 占; otherwise the entity written right before the flow
 * word or after 向/从/对. Undefined when the number is another economy's own trade (韩国芯片出口).
 */
/** 向韩国, 自台湾地区和东盟: the economy, or the first of its enumeration, follows 向/从/对/自/与/同. */
function partnerMarked(entity: Term, terms: Term[], norm: string): boolean {
  let first = entity;
  // 而针对香港，台湾出口集成电路到港: an economy right before its flow word is that flow's subject; a comma
  // before it ends the clause of 对香港 rather than joining an enumeration.
  const subjectOfFlow = terms.some((t) => t.kind === 'flow' && t.start === entity.end);
  for (;;) {
    const before = [...terms].reverse().find((t) => (t.kind === 'partner' || t.kind === 'province') && t.end <= first.start);
    const between = before ? norm.slice(before.end, first.start) : '';
    if (!before || !joinsEntities(between) || (subjectOfFlow && /[,，]/.test(between))) break;
    first = before;
  }
  return /[向从对自与同]$/.test(norm.slice(Math.max(0, first.start - 1), first.start));
}

/**
 * How far before its flow word a region may stand and still be the figure's place: a region's statistics
 * name who made or traded between them (无锡规模以上企业集成电路产量, 苏州市外资企业集成电路出口), where a
 * country before a flow word is another economy's trade unless it is right before it.
 */
const REGION_GAP = 14;
const CLAUSE_MARK = /[，,；;。：:]/;

export function entitiesOf(
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
    const isPart = (t: Term) => (t.kind === 'product' && PRODUCT_WORDS[t.word] !== '8542') || t.kind === 'partner' || t.kind === 'province';
    // 美国仅以3%的份额位列第七: a share word right after the number; the part is named before it in its clause.
    const shareAfter = terms.some((t) => t.kind === 'share' && t.start >= m.end && /^\s*的?\s*$/.test(norm.slice(m.end, t.start)));
    // …占比近半，存储器达26%: after a share named in an earlier clause, a part named in the number's own clause is its part.
    const ownPart = lastTermBefore(terms, m.start, slot.clause.start, isPart);
    // So is one before a share written with no share word (美国市场吸纳了32%的集成电路出口).
    sharePart = shareAfter || !share || (share.end <= slot.clause.start && ownPart) ? ownPart : lastTermBefore(terms, share.start, sentence.start, isPart);
    if (sharePart?.kind === 'product') productWord = sharePart.word;
  }
  let product = productWord ? PRODUCT_WORDS[productWord]! : '8542';
  let partner: string | null = null;
  let province: string | null = null;
  const productEvidence: FieldEvidence = subject.productTerm ? { from: 'sentence', offset: ctx.locate(subject.productTerm.start) } : productWord ? { from: 'sentence' } : { from: 'default' };
  let partnerEvidence: FieldEvidence = { from: 'default' };
  // 韩国芯片出口 is Korea's exports, not China's exports to Korea (向韩国出口): an economy right before a flow
  // with no 向/从/对 is the trader itself, and its trade is not in the dataset; once a sentence names one
  // (韩国对华出口增长14.9%…超过了对美出口的745亿美元), its later figures are that economy's trade too. (中国芯片产品
  // 韩国进口 still names China first: there 韩国 is the partner.)
  if (foreignTraderIn(terms, norm, sentence.start, m.start)) return undefined;
  // 中国的进口额降至…，美国的则降至…(361亿美元): a clause that opens with another economy's 的 is that economy's.
  if (possessiveTrader(terms, norm, clauseStartOutsideBrackets(norm, sentence.start, m.start), m.start)) return undefined;
  // 台湾出口集成电路到港的总金额按年上升。…2022年则再上升至492亿美元: the figures after a sentence about another
  // economy's trade are still its trade, until a sentence of the paragraph speaks of China again.
  if (((ctx.foreignTrader && ctx.foreignTrader.block === ctx.block) || ctx.foreignPage) && !speaksOfChina(reading.sentenceText)) return undefined;
  // 广东省集成电路产量同比增长80%，增速高于全国(0.1%): a bracketed number right after the whole country is the
  // country's figure, set beside the region's.
  if (nationalInBrackets(norm, m.start, sentence.start)) {
    return { product, partner: null, province: null, evidence: { product: productEvidence, partner: { from: 'clause', offset: ctx.locate(m.start) } } };
  }
  if (slot.label) {
    // 中国台湾(36.2%): the bracketed number is the labelled entity's.
    const { label } = slot;
    if (label.kind === 'partner') partner = canonicalPartner(label.word);
    else if (label.kind === 'province') province = label.word;
    else product = PRODUCT_WORDS[label.word] ?? product;
    partnerEvidence = { from: 'clause', offset: ctx.locate(label.start) };
  } else if (group && member) {
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
    const marked = entity !== undefined && partnerMarked(entity, terms, norm);
    const beforeFlow = entity !== undefined && flowTerm !== undefined && flowTerm.start >= entity.end && flowTerm.start - entity.end <= (entity.kind === 'province' ? REGION_GAP : 6) && !CLAUSE_MARK.test(norm.slice(entity.end, flowTerm.start));
    if (entity && (marked || beforeFlow)) {
      if (entity.kind === 'partner') partner = canonicalPartner(entity.word);
      else province = entity.word;
      partnerEvidence = { from: 'sentence', offset: ctx.locate(entity.start) };
    }
    // 自美进口芯片118亿美元, 对日出口: a partner written as its one-character abbreviation after 自/对/从/向, right
    // before the flow word.
    const abbreviated = partner === null && province === null && flowTerm ? abbreviatedPartner(norm, Math.max(sentence.start, flowTerm.start - 3), flowTerm.start) : undefined;
    if (abbreviated) {
      partner = abbreviated.partner;
      partnerEvidence = { from: 'sentence', offset: ctx.locate(abbreviated.at) };
    }
  }
  // 前三季度四川进口猪肉增加919.4%，…，进口集成电路增长33.2%: a province named as the trader of the sentence's first
  // flow trades in its parallel clauses too, unless the country is named between.
  if (partner === null && province === null && !isList) {
    const trader = sentenceTrader(terms, norm, sentence.start, m.start);
    if (trader) {
      province = trader.word;
      partnerEvidence = { from: 'sentence', offset: ctx.locate(trader.start) };
    }
  }
  // 江苏机电产品出口…。其中集成电路出口1083.9亿元: a continuing sentence is about the province before it.
  if (partner === null && province === null && ctx.traderProvince && startsContinuation(reading.sentenceText)) {
    province = ctx.traderProvince.province;
    partnerEvidence = { from: 'inherited', offset: ctx.traderProvince.offset };
  }
  // 苏州海关…全市…。主要进口产品中，集成电路进口1949.3亿元: in a region's own release (or the paragraph that
  // named the region), a figure the sentence does not say is national is the region's; 全市/我省 say so even
  // when no region was named. A guess (its words are elsewhere), so it can confirm a record but never make an
  // error.
  if (partner === null && province === null && !namesWholeCountry(reading.sentenceText)) {
    const anaphor = regionAnaphorIn(reading.sentenceText);
    const scope = ctx.regionScope && (ctx.regionScope.release || ctx.regionScope.block === ctx.block) ? ctx.regionScope : undefined;
    if (scope) {
      province = scope.province;
      partnerEvidence = { from: 'inherited', offset: scope.offset };
    } else if (anaphor) {
      province = anaphor;
      partnerEvidence = { from: 'inherited' };
    }
  }
  // 第1名：韩国 — the lines under a ranking heading are about its partner.
  if (partner === null && province === null && ctx.headingPartner) {
    partner = ctx.headingPartner.partner;
    partnerEvidence = { from: 'heading', offset: ctx.headingPartner.offset };
  }
  return { product, partner, province, evidence: { product: productEvidence, partner: partnerEvidence } };
}

/** Longest first: 该关区, not the 关区 inside it. */
const REGION_WORDS = [...REGION_ANAPHORS].sort((a, b) => b.length - a.length);

/** 全市, 我省, 该关区: the word in `text` that makes its figures a region's own, if any. */
export function regionAnaphorIn(text: string): string | undefined {
  return REGION_WORDS.find((w) => text.includes(w));
}

/** A province right before a flow word (四川进口, 广东省出口; not 向/从/对 before it) in `norm[from, to)`, with no word for the whole country after it. */
function sentenceTrader(terms: Term[], norm: string, from: number, to: number): Term | undefined {
  const trader = terms.find(
    (t) =>
      t.kind === 'province' &&
      t.start >= from &&
      t.end <= to &&
      !/[向从对自与同]$/.test(norm.slice(Math.max(0, t.start - 1), t.start)) &&
      terms.some((f) => f.kind === 'flow' && f.start >= t.end && /^[市省]?$/.test(norm.slice(t.end, f.start))),
  );
  return trader && !namesWholeCountry(norm.slice(trader.end, to)) ? trader : undefined;
}

/** 我国, 全国, 中国 (not 中国台湾/香港/澳门), 海关总署: the text speaks of the whole country. */
/** 自美, 对日 right before `end` (the flow word): the partner an abbreviation names, and where it stands. */
function abbreviatedPartner(norm: string, from: number, end: number): { partner: string; at: number } | undefined {
  const m = PARTNER_ABBREVIATION.exec(norm.slice(from, end));
  return m ? { partner: PARTNER_ABBREVIATIONS[m[1]!]!, at: from + m.index + 1 } : undefined;
}

/** Is the number at `at` in brackets right after a word for the whole country (全国(0.1%))? */
function nationalInBrackets(norm: string, at: number, from: number): boolean {
  return /(?:全国|我国|中国|国内)\s*[(（]\s*$/.test(norm.slice(Math.max(from, at - 6), at));
}

export function namesWholeCountry(text: string): boolean {
  return /中国|我国|全国|国内|海关总署|国家统计局/.test(text.replace(/中国(?:台湾|香港|澳门)/g, ''));
}

/**
 * 韩国芯片出口, 台湾对中国的积体电路晶片出口, 美国对华出口: another economy's trade is named in `norm[from, to)`
 * (an economy right before a flow with no 向/从/对 before it, not after China has been named as the trader; or
 * a flow to China written from elsewhere). Its figures are not China's trade.
 */
export function foreignTraderIn(terms: Term[], norm: string, from: number, to: number): Term | true | undefined {
  const flows = terms.filter((t) => t.kind === 'flow');
  const trader = terms.find(
    (t) =>
      t.kind === 'partner' &&
      t.start >= from &&
      t.end <= to &&
      !partnerMarked(t, terms, norm) &&
      flows.some((f) => f.start >= t.end && f.start - t.end <= 6) &&
      !/中国|我国|我们|国内|全国/.test(norm.slice(from, t.start).replace(/中国(?:台湾|香港|澳门)/g, '')),
  );
  if (trader) return trader;
  // 我国对中国的出口中…成长率为33%, 台湾对中国的积体电路晶片出口 (the goods may stand between; 对中国台湾 is
  // China's trade with Taiwan).
  // 通过香港转口到中国的半导体: another economy's re-exports to China are its statistics too.
  return /(?:对|向)\s*(?:中国大陆|中国(?!台湾|香港|澳门)|大陆|内地|华)\s*(?:的)?[^，,。；;：:]{0,8}?(?:出口|进口|输出)|转口\s*(?:到|至|往)?\s*(?:中国大陆|中国(?!台湾|香港|澳门)|大陆|内地)/.test(norm.slice(from, to)) ? true : undefined;
}

/** Where the clause holding `at` starts, a bracketed number's clause being the one around its brackets. */
function clauseStartOutsideBrackets(norm: string, from: number, at: number): number {
  const before = norm.slice(from, at);
  const match = /[，,；;。：:][^，,；;。：:]*$/.exec(before);
  return match ? from + match.index + 1 : from;
}

/**
 * A partner opening the clause `[from, to)` with 的 (美国的则…, 而韩国的…): the clause's figures are that economy's.
 * (韩国的占比为21.7% is the partner's share of China's trade: a share word keeps it China's.)
 */
function possessiveTrader(terms: Term[], norm: string, from: number, to: number): boolean {
  if (terms.some((t) => t.kind === 'share' && t.start >= from && t.end <= to)) return false;
  return terms.some((t) => t.kind === 'partner' && t.start >= from && t.end < to && /^[\s而但]*$/.test(norm.slice(from, t.start)) && /^的/.test(norm.slice(t.end, to)));
}

/** 我国, 中国 (not 对中国, 从中国, 中国台湾), 全国, 大陆的: the sentence is about China's own trade again. */
export function speaksOfChina(text: string): boolean {
  return /我国|全国|国内|中国大陆|(?<![对向与和从自])(?:中国|大陆)(?!台湾|香港|澳门)/.test(text);
}

/** How far into a headline the economy it is about stands (after a bracketed tag such as 【独家】). */
const HEADLINE_SUBJECT_AT = 6;

/**
 * 台灣晶片生產動能強 半導體設備4大進口地區皆成長: a headline that opens with another economy and its chips or
 * trade (an economy right before a chip or flow word), over a lede that never speaks of China, is a page
 * about that economy's statistics. (美国芯片禁令… over a lede about 我国 is not.)
 */
export function aboutAnotherEconomy(headline: string, lede: string): boolean {
  if (speaksOfChina(headline) || namesWholeCountry(headline) || speaksOfChina(lede) || namesWholeCountry(lede)) return false;
  const terms = findTerms(headline);
  const economy = terms.find((t) => t.kind === 'partner' && t.start <= HEADLINE_SUBJECT_AT);
  return economy !== undefined && terms.some((t) => (t.kind === 'product' || t.kind === 'flow') && t.start >= economy.end && t.start - economy.end <= 2);
}
