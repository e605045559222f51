/**
 * The amount reader: a number in base units with its unit — inherited in a list, defaulted for bare money —
 * or no claim (3万吨, 4.83元/个).
 */
import { shift } from '../../decimal.js';
import type { NumberMention, Qualifier, ReadFrom } from '../../types.js';
import type { ArticleContext } from '../context.js';
import { LONG_RUN_BEFORE, MULTIPLE_GROWTH_BEFORE, PRICE_BEFORE } from '../lexicon.js';
import type { Amount, Reading, Slot } from './reading.js';

/** Counting words chipcheck has no figure for: 3万吨, 200万辆. */
const OTHER_UNIT = /^\s*(?:吨|辆|台|部|件|套|艘|架|条|桶|人|家|公斤|千克|平方米|立方米|千瓦|度|次|项|种|款|座)/;

/** A price per piece: 4.83元/个, 每颗0.5美元. */
const PER_UNIT = /^\s*(?:\/|每)\s*(?:个|块|颗|片|只|枚)/;

/** The number in base units with its unit: inherited in a list, defaulted for bare money, or none. */
export function amountOf(slot: Slot, sibling: NumberMention | undefined, reading: Reading, ctx: ArticleContext): Amount | undefined {
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
  // 进口集成电路9760.7亿元，增长21.3%；进口煤及褐煤5685.3万吨，增加56.3%: a rate right after another good's level
  // (in its own unit, no chip word between) is that good's.
  if (unit === 'percent' && afterOtherGoodsLevel(m, reading)) return undefined;
  // 进、出口平均单价分别同比下降5.2%、8.5%: a price's list is every member's, however far the price word stands.
  const priceBefore = (at: number) => PRICE_BEFORE.test(norm.slice(Math.max(sentence.start, at - 10), at));
  if (PER_UNIT.test(after) || priceBefore(m.start) || (slot.isList && slot.listTerm && priceBefore(slot.listTerm.start))) return undefined;
  // 进口476亿的晶片组，低于去年同期的543亿个: a bare magnitude compared with a number that has a unit is in that unit.
  const compared = unit === null && m.magnitude !== null ? comparedUnit(m, reading) : undefined;
  if (compared) {
    unit = compared;
    unitFrom = 'sentence';
  }
  // 减少了662亿美元(约4750亿): bare money in brackets after an amount in one currency converts it to the
  // other. Which one is never written, so the reading stays weak.
  const converted = unit === null && m.magnitude !== null ? conversionUnit(m, reading) : undefined;
  if (converted) {
    unit = converted;
    unitFrom = 'default';
  }
  // 出口1.2万亿, 突破万亿: money without a currency.
  if (unit === null && m.magnitude !== null && /亿|億|万|萬/.test(m.magnitude)) {
    unit = /万亿|萬億/.test(m.magnitude) ? 'CNY' : ctx.defaultCurrency;
    unitFrom = 'default';
  }
  // 出口89.6亿美元，增长11.9倍: growth by a multiple is a rate of N×100% (how the writer counted is a guess: the
  // measure reader marks it so, and a disagreement is only a question).
  if (unit === 'times' && MULTIPLE_GROWTH_BEFORE.test(norm.slice(Math.max(sentence.start, m.start - 6), m.start)) && !LONG_RUN_BEFORE.test(norm.slice(sentence.start, m.start))) {
    return { unit: 'percent', unitFrom: 'clause', decimal: shift(decimal, 2), upper: upper ? shift(upper, 2) : undefined, precision: precision + 2 };
  }
  if (unit === null || unit === 'times' || unit === 'ppt') return undefined;
  return { unit, unitFrom, decimal, upper, precision };
}

function magnitudeExponent(m: NumberMention): number {
  const word = m.magnitude ?? '';
  let n = 0;
  for (const ch of word) n += ch === '万' || ch === '萬' ? 4 : ch === '亿' || ch === '億' ? 8 : ch === '千' ? 3 : ch === '百' ? 2 : ch === '十' ? 1 : 0;
  return n;
}

/** Words that compare the figure before them with the one after: 低于去年同期的543亿个. */
const COMPARED_WITH = /(?:低于|高于|少于|多于|不及|超过|相比|较|比)\s*(?:去年|上年|前年)?\s*(?:同期)?\s*的?\s*$/;

/** The unit of the number this one is compared with later in its sentence, when only a comparison word stands between. */
function comparedUnit(m: NumberMention, reading: Reading): NumberMention['unit'] | undefined {
  const next = reading.numbers.find((n) => n.start >= m.end);
  if (!next || next.unit === null || next.unit === 'percent' || next.magnitude === null) return undefined;
  const between = reading.norm.slice(m.end, next.start);
  // 476亿的晶片组，低于…: the words of the first figure's own noun phrase, a comma, then the comparison.
  const clauseBreak = between.search(/[，,]/);
  const tail = clauseBreak >= 0 ? between.slice(clauseBreak + 1) : between;
  if (between.length > 24 || /[。；;]/.test(between) || !COMPARED_WITH.test(tail)) return undefined;
  return next.unit;
}

/** The other currency, when `m` stands in brackets right after an amount in US dollars or yuan: its conversion. */
function conversionUnit(m: NumberMention, reading: Reading): 'USD' | 'CNY' | undefined {
  const before = [...reading.numbers].reverse().find((n) => n.end <= m.start);
  if (!before || (before.unit !== 'USD' && before.unit !== 'CNY')) return undefined;
  if (!/^\s*[(（]\s*$/.test(reading.norm.slice(before.end, m.start))) return undefined;
  return before.unit === 'USD' ? 'CNY' : 'USD';
}

/**
 * The qualifier: the mention's own, or one it shares. 分别约为A、B、C: a qualifier right after 分别 is every
 * member's. 约4400亿美元(2.8万亿): a figure in brackets restating an approximate one is approximate too.
 */
export function qualifierOf(slot: Slot, reading: Reading): Qualifier {
  const { m, isList, listTerm } = slot;
  if (m.qualifier !== 'exact' || m.qualifierText !== null) return m.qualifier;
  const { norm, numbers } = reading;
  if (isList && listTerm) {
    const first = numbers.find((n) => n.start >= listTerm.end);
    if (first && first !== m && first.start < m.start && first.qualifierText !== null && /^\s*(?:为|是|在)?\s*$/.test(norm.slice(listTerm.end, first.start))) return first.qualifier;
  }
  const before = [...numbers].reverse().find((n) => n.end <= m.start);
  if (before?.qualifier === 'approx' && /^\s*[(（]\s*$/.test(norm.slice(before.end, m.start))) return 'approx';
  return m.qualifier;
}

/**
 * Is the number before `m` in its sentence a level in another good's unit (5685.3万吨), with no subject named
 * between? One in brackets restates the level before it in another unit (2797亿个(3万吨)) and is passed over.
 */
function afterOtherGoodsLevel(m: NumberMention, reading: Reading): boolean {
  const { norm } = reading;
  const earlier = reading.numbers.slice(0, reading.numbers.indexOf(m));
  const before = earlier.reverse().find((n) => !(/[(（]\s*$/.test(norm.slice(Math.max(0, n.start - 2), n.start)) && /^[^)）]{0,3}[)）]/.test(norm.slice(n.end, n.end + 4))));
  if (!before || before.unit !== null || !OTHER_UNIT.test(norm.slice(before.end, before.end + 3))) return false;
  return !reading.terms.some((t) => (t.kind === 'product' || t.kind === 'other') && t.start >= before.end && t.end <= m.start);
}
