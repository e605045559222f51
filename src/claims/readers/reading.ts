/**
 * What every reader of a sentence shares: the sentence's reading, one number's slot in it, and small
 * lookups over its terms.
 */
import type { Decimal } from '../../decimal.js';
import type { NumberMention, ReadFrom, Unit } from '../../types.js';
import type { DraftClaim, EntityGroup } from '../context.js';
import { PARTNER_ALIASES, PRODUCT_WORDS } from '../lexicon.js';
import type { PeriodMention } from '../periods.js';
import { clauseAround, type Span } from '../sentences.js';
import type { Term } from '../terms.js';

export const LIST_SEPARATOR = /^[\s、和及与或,，]*$|^[\s]*以及[\s]*$/;

/** Do the words between two entities join them into one enumeration (中国香港、中国台湾和韩国; 台湾地区和东盟)? */
export function joinsEntities(between: string): boolean {
  const rest = between.replace(/^地区/, '');
  return rest.length <= 3 && LIST_SEPARATOR.test(rest);
}

export function isChipProduct(word: string): boolean {
  return PRODUCT_WORDS[word] !== undefined;
}

/** What one sentence offers every number in it. Positions index the block text. */
export interface Reading {
  norm: string;
  sentence: Span;
  sentenceText: string;
  terms: Term[];
  periods: PeriodMention[];
  /** The sentence's numbers (those inside period expressions left out), in order. */
  numbers: NumberMention[];
  /** Claims found so far in this sentence. */
  drafts: DraftClaim[];
  /** A number of this sentence was already found to be about chips. */
  chipNamed: boolean;
  /** A number of this sentence was found to be a country's or region's trade in all goods (我国进出口32.33万亿元). */
  tradeTotal?: boolean;
}

/** One number and its place in a 分别 list. */
export interface Slot {
  m: NumberMention;
  clause: Span;
  isList: boolean;
  listTerm: Term | undefined;
  group: EntityGroup | undefined;
  /** The enumeration member this number pairs with. */
  member: string | undefined;
  /** The number's place in its 分别 list and the list's length (0 and 1 for a number alone). */
  index: number;
  count: number;
  /** The level claim a rate in a list pairs with (进口…、出口…，同比分别下降…). */
  level: DraftClaim | undefined;
  period: PeriodMention | undefined;
  /**
   * 中国台湾(36.2%)、韩国(21.7%)占据芯片进口来源前三: the entity a bracketed number labels. The number's clause
   * then runs from the entity to the end of the words after the enumeration, which say what it measures.
   */
  label?: Term;
}

/** One more member of a bracketed enumeration: 、韩国(21.7%). */
const MEMBER = /^[ 、和及与]{1,3}[^，,。；;()（）]{1,8}?[(（][^)）]{1,12}[)）]/;

/** The entity right before a bracketed number ((36.2%) after 中国台湾), and the clause it and its enumeration make. */
export function bracketLabel(norm: string, terms: Term[], m: NumberMention, sentence: Span): { label: Term; clause: Span } | undefined {
  const open = /[(（]\s*$/.exec(norm.slice(Math.max(sentence.start, m.start - 2), m.start));
  if (!open || !/^\s*[)）]/.test(norm.slice(m.end, m.end + 2))) return undefined;
  const at = m.start - open[0].length;
  const label = terms.find((t) => t.end === at && (t.kind === 'partner' || t.kind === 'province' || (t.kind === 'product' && PRODUCT_WORDS[t.word] !== '8542')));
  if (!label) return undefined;
  // The words after the enumeration: past every further 、entity(number) member, to the next clause break.
  const close = m.end + /^\s*[)）]/.exec(norm.slice(m.end))![0].length;
  let end = close;
  for (let member = MEMBER.exec(norm.slice(end, sentence.end)); member; member = MEMBER.exec(norm.slice(end, sentence.end))) end += member[0].length;
  const rest = clauseAround(norm, Math.min(end, sentence.end), sentence.start, sentence.end);
  return { label, clause: { start: label.start, end: Math.max(rest.end, end) } };
}

export interface Amount {
  unit: Unit;
  unitFrom: ReadFrom;
  decimal: Decimal;
  upper: Decimal | undefined;
  precision: number;
}

export function clauseText(norm: string, at: number, sentence: Span): string {
  const c = clauseAround(norm, at, sentence.start, sentence.end);
  return norm.slice(c.start, c.end);
}

/** 台湾 → 中国台湾: the names the dataset keys partners by. */
export function canonicalPartner(word: string): string {
  return PARTNER_ALIASES[word] ?? word;
}

export function lastTermBefore(terms: Term[], at: number, from: number, test: (t: Term) => boolean): Term | undefined {
  for (let i = terms.length - 1; i >= 0; i--) {
    const t = terms[i]!;
    if (t.end <= at && t.start >= from && test(t)) return t;
  }
  return undefined;
}
