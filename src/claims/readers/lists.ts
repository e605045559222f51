/**
 * Lists: runs of numbers, enumerations of entities, listed periods and spans of years that a 分别 pairs with
 * them.
 */
import type { NumberMention } from '../../types.js';
import type { DraftClaim, EntityGroup } from '../context.js';
import { PRODUCT_WORDS } from '../lexicon.js';
import { findPeriods, type PeriodMention } from '../periods.js';
import { clauseAround, type Span } from '../sentences.js';
import type { Term } from '../terms.js';
import { joinsEntities, LIST_SEPARATOR } from './reading.js';

/**
 * 2019—2024年，出口额分别约为A、B、…F: when a span of N years comes before 分别 and exactly N numbers follow
 * it in the sentence, they pair in order, even when words stand between them (spun or garbled text breaks
 * the list's punctuation).
 */
export function yearsListed(terms: Term[], periods: PeriodMention[], numbers: NumberMention[]): Map<NumberMention, PeriodMention> {
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
export function listedPeriods(periods: PeriodMention[], norm: string, before: number, count: number): PeriodMention[] | undefined {
  const earlier = periods.filter((p) => p.end <= before && !p.base);
  // 2019—2024年…分别为 six figures: one year each.
  const span = earlier[earlier.length - 1];
  if (span?.years && span.years.length === count) return span.years.map((year) => ({ start: span.start, end: span.end, base: false, year }));
  // 2月和3月的同比降幅分别为12.3%和13.9%: one month each.
  if (span?.conjoined && count === 2 && span.fromMonth !== undefined && span.toMonth !== undefined) {
    const { conjoined: _, ...single } = span;
    return [{ ...single, toMonth: span.fromMonth }, { ...single, fromMonth: span.toMonth }];
  }
  if (earlier.length < count || count < 2) return undefined;
  const list = earlier.slice(earlier.length - count);
  for (let k = 1; k < list.length; k++) if (!LIST_SEPARATOR.test(norm.slice(list[k - 1]!.end, list[k]!.start))) return undefined;
  return sharedMonths(list);
}

/**
 * 在2018年、2020年、2022年上半年…分别增长: months written once after the last year of a list belong to every
 * year of it (the words a Chinese list shares are written once, at its end).
 */
function sharedMonths(list: PeriodMention[]): PeriodMention[] {
  const last = list[list.length - 1]!;
  if (last.year === undefined || last.fromMonth === undefined || last.toMonth === undefined) return list;
  const bareYears = list.slice(0, -1).every((p) => p.year !== undefined && p.fromMonth === undefined && p.toMonth === undefined && !p.years);
  return bareYears ? list.map((p) => (p === last ? p : { ...p, fromMonth: last.fromMonth, toMonth: last.toMonth })) : list;
}

/** The level claims of this sentence a rate list pairs with: the last `count` of them, in order. */
export function levelsBefore(drafts: DraftClaim[], sentence: Span, count: number): DraftClaim[] {
  const levels = drafts.filter((d) => d.sentence.start === sentence.start && (d.measure === 'value' || d.measure === 'quantity'));
  return levels.length >= count ? levels.slice(levels.length - count) : [];
}

/** Runs of numbers separated only by list punctuation (、 和 及 与): members of one list. */
export function findRuns(numbers: NumberMention[], norm: string): NumberMention[][] {
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
export function entityGroups(terms: Term[], norm: string): Array<{ group: EntityGroup; end: number }> {
  const entities = terms.filter((t) => t.kind === 'partner' || t.kind === 'province' || t.kind === 'product' || t.kind === 'other' || t.kind === 'flow');
  const out: Array<{ group: EntityGroup; end: number }> = [];
  let current: { kind: EntityGroup['kind']; words: string[]; end: number } | undefined;
  for (const t of entities) {
    const kind: EntityGroup['kind'] = t.kind === 'other' ? 'mixed' : (t.kind as EntityGroup['kind']);
    const adjacent = current && joinsEntities(norm.slice(current.end, t.start));
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
export function pickGroup(groups: EntityGroup[], count: number): EntityGroup | undefined {
  for (let i = groups.length - 1; i >= 0; i--) if (groups[i]!.words.length === count) return groups[i];
  for (let i = groups.length - 1; i >= 0; i--) if (groups[i]!.words.length > count) return groups[i];
  return undefined;
}

/** What separates the members of an enumeration written out in words (手机、印刷电路和集成电路). */
const MEMBER_SEPARATOR = /以及|及(?!其)|[、和与]/;

/**
 * 手机、印刷电路和集成电路出口分别增长261.8%、5.5%和48.2%: the enumeration this 分别 closes, read from its own
 * clause (or the clause before, when 分别 opens its own), members the lexicon does not know included. It decides
 * the list when it has one member per number and some members name other goods: the chip members pair with their
 * numbers, the others with numbers that are not claims. Undefined when the clause holds no such enumeration (the
 * list then pairs with the entities the lexicon knows, in this sentence or an earlier one).
 */
export function enumerationBefore(terms: Term[], norm: string, listTerm: Term, sentence: Span, count: number): EntityGroup | undefined {
  let clause = clauseAround(norm, listTerm.start, sentence.start, sentence.end);
  let end = listTerm.start;
  // 船舶、电动载人汽车、集装箱快速增长，分别增长…: a 分别 that opens its clause closes the enumeration of the
  // clause before it.
  if (/^\s*$/.test(norm.slice(clause.start, listTerm.start)) && clause.start - 2 >= sentence.start) {
    clause = clauseAround(norm, clause.start - 2, sentence.start, sentence.end);
    end = clause.end;
    // …分别出口163.3亿、97.3亿、45.5亿元，分别增长34.9%、107.3%、82.2%: a 分别 list right after another pairs with
    // the enumeration that one closed.
    const previousList = terms.find((t) => t.kind === 'list' && t.start >= clause.start && /^\s*$/.test(norm.slice(clause.start, t.start)));
    if (previousList && clause.start - 2 >= sentence.start) {
      clause = clauseAround(norm, clause.start - 2, sentence.start, sentence.end);
      end = clause.end;
    }
  }
  const pieces = norm.slice(clause.start, end).split(MEMBER_SEPARATOR);
  if (pieces.length < count || count < 2) return undefined;
  let at = end;
  const members: string[] = [];
  // The last `count` pieces, right to left, each with the chip word it holds (or its own text).
  for (let k = pieces.length - 1; k >= pieces.length - count; k--) {
    const piece = pieces[k]!;
    const start = at - piece.length;
    // 集装箱快速增长: the change word that ends a clause before 分别 is not part of its last member.
    const inside = terms.filter((t) => t.start >= start && t.end <= at && t.kind !== 'yoy' && t.kind !== 'decrease');
    // 向东盟、欧盟地区出口芯片产品分别…: an enumeration of economies, read by the partner lists.
    if (inside.some((t) => t.kind === 'partner' || t.kind === 'province')) return undefined;
    // 半导体存储盘 (storage disks): a chip word that only begins a longer noun names another good.
    const products = inside.filter((t) => t.kind === 'product');
    const last = products[products.length - 1];
    const modifier = last !== undefined && MODIFIES_NOUN.test(norm.slice(last.end, Math.min(at, last.end + 3)));
    const chip = last && !modifier ? products[0] : undefined;
    // A member that is not the chips names another good: a word the lexicon knows as one (手机), or words it
    // does not know at all (印刷电路). 出口数目和出口金额 enumerates measures, not goods.
    // 去年和今年…分别 enumerates periods, which the period lists read.
    const otherGood = modifier || inside.some((t) => t.kind === 'other') || (inside.length === 0 && /\p{Script=Han}{2}/u.test(piece) && findPeriods(norm, start, at).length === 0);
    if (!chip && !otherGood) return undefined;
    members.unshift(chip?.word ?? piece.trim());
    at = start - (k > 0 ? separatorBefore(norm, start) : 0);
  }
  const chips = members.filter((w) => PRODUCT_WORDS[w] !== undefined).length;
  if (chips > 0 && chips < members.length) return { kind: 'mixed', words: members };
  // 装备制造业和高技术制造业增加值同比分别增长39.9%、31.2%, 船舶、电动载人汽车、集装箱快速增长，分别增长…: a clause
  // that enumerates other goods and names no chips is about them, whatever enumeration an earlier clause or
  // sentence held.
  const chipInClause = terms.some((t) => t.kind === 'product' && t.start >= clause.start && t.end <= listTerm.start);
  return chips === 0 && !chipInClause ? { kind: 'mixed', words: members } : undefined;
}

/** Characters after a chip word that make it a modifier of a longer noun (存储盘, 设备), not the member's name. */
const MODIFIES_NOUN = /^(?![等的和与及产出进]|行业|产品)\p{Script=Han}/u;

/** The length of the member separator that ends right before `at`. */
function separatorBefore(norm: string, at: number): number {
  return norm.slice(Math.max(0, at - 2), at) === '以及' ? 2 : 1;
}
