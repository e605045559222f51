/**
 * The subject reader: is a number about chips? The nearest subject word decides, else the context, else
 * jieba.
 */
import { toNumber } from '../../decimal.js';
import type { ArticleContext } from '../context.js';
import { CLAUSE_ONLY_SUBJECTS, MANNER_AFTER, MANNER_BEFORE, PRODUCT_WORDS, SENTENCE_WIDE_SUBJECTS } from '../lexicon.js';
import { foreignSubjectBefore } from '../segment.js';
import type { Term } from '../terms.js';
import { isChipProduct, lastTermBefore, type Reading, type Slot } from './reading.js';

/**
 * Is the number about chips? The nearest subject word before it in the sentence decides, else one after it
 * in the clause, else the running context. Returns the chip word that named it, if any.
 */
export function subjectOf(slot: Slot, reading: Reading, ctx: ArticleContext): { productWord: string | undefined; productTerm: Term | undefined } | undefined {
  const { m, clause, group, member } = slot;
  const { terms, sentence, norm } = reading;
  // 二极管和类似半导体组件(普通商品芯片的代表)的进口量: a remark in brackets names no subject.
  // 占到全球的66.3%，同比减少了662亿美元: a world share governs its own clause only.
  // 集成电路出口…占同期机电产品出口额的7.7%、全商品进口的4.6%: what a share is taken of (after 占) is its base,
  // not its subject, when a subject was named before 占 (or the sentence's figures so far were about chips) and
  // the base is trade (a flow word follows it; 占全球芯片销售额的26% is no share of trade).
  const shareWord = [...terms].reverse().find((t) => t.kind === 'share' && t.word.startsWith('占') && t.end <= m.start && !/[，,；;。]/.test(norm.slice(t.end, m.start)));
  const subjectBeforeShare =
    shareWord !== undefined && (reading.chipNamed || terms.some((s) => (s.kind === 'product' || s.kind === 'other') && s.end <= shareWord.start && s.start >= sentence.start));
  const inShareBase = (t: Term): boolean => subjectBeforeShare && t.start >= shareWord!.end && terms.some((f) => f.kind === 'flow' && f.start >= t.end && f.end <= m.start);
  const governs = (t: Term): boolean =>
    (t.kind === 'product' || t.kind === 'other') && !parenthetical(norm, t, m.start) && !(CLAUSE_ONLY_SUBJECTS.has(t.word) && t.end <= clause.start) && !inShareBase(t);
  let subjectBefore = lastTermBefore(terms, m.start, sentence.start, governs);
  // 以一般贸易方式进口集成电路2.1亿个；同期，以加工贸易方式进口增加52.4%: a trade mode in a manner phrase says how the
  // goods named before it (in the sentence, or in the one it continues) were traded. Alone
  // (以加工贸易方式进出口2.5万亿元) it stays the all-goods figure it is.
  while (subjectBefore?.kind === 'other' && inMannerPhrase(norm, subjectBefore)) {
    const earlier = lastTermBefore(terms, subjectBefore.start, sentence.start, governs);
    if (earlier) subjectBefore = earlier;
    else if (ctx.subject === 'chip' && (ctx.continues || startsContinuation(reading.sentenceText))) subjectBefore = undefined;
    else break;
  }
  const subjectAfter = terms.find((t) => t.start >= m.end && t.end <= clause.end && (t.kind === 'product' || t.kind === 'other'));
  let subject: 'chip' | 'other' | null;
  let productWord: string | undefined;
  let productTerm: Term | undefined;
  // 超过了进口总金额为1.1633万亿元人民币的原油: a number in a 的-phrase before another subject is that subject's.
  if (subjectAfter?.kind === 'other' && /^\s*(?:人民币)?\s*的\s*$/.test(norm.slice(m.end, subjectAfter.start))) return undefined;
  if (subjectBefore) {
    subject = subjectBefore.kind === 'product' ? 'chip' : 'other';
    if (subject === 'chip') productTerm = subjectBefore;
    // A chip word later in the same clause wins over an unrelated word earlier (出口了2981亿块芯片).
    if (subject === 'other' && subjectAfter?.kind === 'product' && subjectBefore.end <= clause.start && !itemNamesOwnGood(norm, sentence.start, m.start)) {
      subject = 'chip';
      productTerm = subjectAfter;
    }
    // 芯片一举超过手机的出口1343.63亿美元成为…，同比增长17.4%: what chips overtook is compared with, not
    // talked about; a later clause is about the chips again.
    // 集成电路已连续7年成为最大宗的进口商品，2010年进口额高达1569.9亿美元: what chips are said to be (成为…商品) is
    // no subject of its own; the later clause is about the chips.
    const overtaker =
      subject === 'other' && subjectBefore.end <= clause.start ? comparedWith(subjectBefore, terms, norm, sentence.start) ?? classifiedAs(subjectBefore, terms, norm, sentence.start) : undefined;
    if (overtaker) {
      subject = 'chip';
      productTerm = overtaker;
    }
    // …集成电路同比增长44.8%，电子元件同比增长30.3%: a later clause that opens with a noun of its own (one the
    // lexicon does not know) is about that, not about the chips of the clause before.
    if (subject === 'chip' && subjectBefore.end <= clause.start && !subjectAfter && foreignSubjectBefore(norm.slice(clause.start, m.start), m.start - clause.start, isChipProduct)) subject = 'other';
  } else if (subjectAfter) {
    subject = subjectAfter.kind === 'product' ? 'chip' : 'other';
    if (subject === 'chip') productTerm = subjectAfter;
    if (subject === 'chip' && itemNamesOwnGood(norm, sentence.start, m.start)) subject = 'other';
  } else {
    // A sentence that names no subject continues the previous one only when it reads as a
    // continuation (同比…, 其中…); otherwise it is about what the article is about.
    // 我国进出口32.33万亿元, 深圳市进出口2.7万亿元: the country, a province or a city named as the trader, with no
    // goods named, is its trade in all goods.
    const continuing = ctx.subject !== null && (ctx.continues || startsContinuation(reading.sentenceText));
    if (!reading.chipNamed && !continuing && tradeTotal(terms, norm, sentence.start, m.start, reading)) reading.tradeTotal = true;
    subject = reading.chipNamed ? 'chip' : continuing ? ctx.subject : reading.tradeTotal ? 'other' : ctx.topic(ctx.block, sentence.end);
    // 德国月度出口额下降约60%…。与此同时，中国的出口额在12月达到近90亿美元: China set beside other economies' whole
    // trade in the same paragraph, with no goods named, is China's whole trade too.
    if (!reading.chipNamed && ctx.foreignTrader?.allGoods && ctx.foreignTrader.block === ctx.block) subject = 'other';
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
  // 港股中芯国际19日跌约2%、华虹半导体跌约3%: a share market named earlier in the sentence makes its chip words firms.
  if (terms.some((t) => t.kind === 'other' && SENTENCE_WIDE_SUBJECTS.has(t.word) && t.end <= m.start && t.start >= sentence.start)) return undefined;
  reading.chipNamed = true;
  return { productWord: productWord ?? productTerm?.word, productTerm };
}

/** Words for the whole country as a trader (我国进出口). */
const COUNTRY = /(?:我国|中国|全国)$/;

/** More than China's chip trade has ever been in a period (3.04万亿元, 4326亿美元 at most): all goods. */
const BEYOND_CHIPS: Partial<Record<string, number>> = { CNY: 5e12, USD: 8e11 };

/**
 * The country, a province or a city right before its flow word (我国进出口, 深圳市进出口, 江苏省出口), not after
 * 向/从/对, in `norm[from, to)`. For the country, only with an amount in the sentence beyond any chip figure
 * (我国进出口32.33万亿元): 我国进口3494亿美元 in a chip article is still the chips.
 */
function tradeTotal(terms: Term[], norm: string, from: number, to: number, reading: Reading): boolean {
  const beyondChips = reading.numbers.some((n) => n.unit !== null && BEYOND_CHIPS[n.unit] !== undefined && toNumber(n.amount) >= BEYOND_CHIPS[n.unit]!);
  return terms.some((f) => {
    if (f.kind !== 'flow' || f.start < from || f.end > to) return false;
    const before = norm.slice(Math.max(from, f.start - 4), f.start);
    if (COUNTRY.test(before) && !/[向从对自与同](?:我国|中国|全国)$/.test(before)) return beyondChips;
    return terms.some((t) => t.kind === 'province' && t.start >= from && /^[市省]?$/.test(norm.slice(t.end, f.start)) && t.end <= f.start && !/[向从对自与同]$/.test(norm.slice(Math.max(0, t.start - 1), t.start)));
  });
}

/** The chip word of the sentence that overtook `other` (芯片超过手机), when `other` is the object of 超过. */
function comparedWith(other: Term, terms: Term[], norm: string, from: number): Term | undefined {
  if (!/(?:超过|超越|高于|力压|取代|领先)\s*(?:了)?$/.test(norm.slice(Math.max(from, other.start - 4), other.start))) return undefined;
  return [...terms].reverse().find((t) => t.kind === 'product' && t.end <= other.start && t.start >= from && PRODUCT_WORDS[t.word] !== undefined);
}

/** The chip word of the sentence that `other` classifies (集成电路…成为最大宗的进口商品), when `other` is its complement. */
function classifiedAs(other: Term, terms: Term[], norm: string, from: number): Term | undefined {
  const chip = [...terms].reverse().find((t) => t.kind === 'product' && t.end <= other.start && t.start >= from && PRODUCT_WORDS[t.word] !== undefined);
  return chip && /^[^，,。；;]{0,8}?(?:成为|是|为|作为|位居|位列|居)[^，,。；;]{0,12}$/.test(norm.slice(chip.end, other.start)) ? chip : undefined;
}

/** Is the term inside brackets that close before `before` (a remark, not the sentence's subject)? */
function parenthetical(norm: string, t: Term, before: number): boolean {
  const after = norm.slice(t.end, before);
  const close = after.search(/[)）]/);
  if (close < 0 || /[(（]/.test(after.slice(0, close))) return false;
  const open = Math.max(norm.lastIndexOf('(', t.start), norm.lastIndexOf('（', t.start));
  return open >= 0 && !/[)）]/.test(norm.slice(open, t.start));
}

export function startsContinuation(sentence: string): boolean {
  return /^[\s，,]*(其中|同比|增长|下降|占|分别|而|并|较|比|环比)/.test(sentence);
}

/** Is the term the trade mode of a manner phrase (以加工贸易方式)? */
function inMannerPhrase(norm: string, t: Term): boolean {
  return MANNER_BEFORE.test(norm.slice(Math.max(0, t.start - 2), t.start)) && MANNER_AFTER.test(norm.slice(t.end, t.end + 4));
}

/**
 * …、运动型多用途乘用车(SUV)增长55.6%、集成电路增长37.1%: does the list item holding the number at `at` (after the
 * last 、 or clause mark, brackets not counted as marks) name a good of its own? Then it owns its rate, and the chip
 * word of the next item does not reach back over it.
 */
function itemNamesOwnGood(norm: string, from: number, at: number): boolean {
  const match = /[、，,；;。：:][^、，,；;。：:]*$/.exec(norm.slice(from, at));
  const item = match ? from + match.index + 1 : from;
  return item < at && foreignSubjectBefore(norm.slice(item, at), at - item, isChipProduct) !== null;
}
