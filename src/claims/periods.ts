/**
 * Period expressions in a sentence: 2021年1－11月份, 前10个月, 上半年, 7月当月, 1至7月累计, 去年, 当时 …
 * Found on digit-normalised text (same indices as the original). Each is partial (a year alone, months
 * alone, a relative year) and is completed against the running context by `resolvePeriod`.
 */
import type { Period } from '../types.js';
import { BASE_CHANGE_AFTER, COMPARISON_BEFORE, MONTH_ASIDE } from './lexicon.js';

export interface PeriodMention {
  start: number;
  end: number;
  /** An explicit year (2021年). */
  year?: number;
  /** A span of years (2019—2024年, 2014年到2017年): every year in it, first to last. */
  years?: number[];
  /** 近五年, 过去三年: the last N years up to the current period's year. */
  lastYears?: number;
  /** A year relative to the publication date: 今年 0, 去年/上年 −1, 前年 −2, 明年 +1. */
  relativeYear?: number;
  /** 当时, 当年, 同期: the period most recently named in the text. */
  anaphoric?: boolean;
  /** 去年同期, 上年同期: the months of the period most recently named, `relativeYear` years before it. */
  sameMonths?: boolean;
  fromMonth?: number;
  toMonth?: number;
  /** The period is a comparison base (较2022年, 比上年, 与去年同期相比): not the claim's own period. */
  base: boolean;
  /** 自2004年以来, 从2020年开始: the start of a span, not the period later figures are about. */
  since?: boolean;
  /** 对比2024年，…: a comparison period that opens its sentence is the period of what follows in it. */
  topic?: boolean;
  /**
   * 2017年贸易逆差…，而2016年贸易逆差只有…: a period set against the one before it (而) holds to the end of its
   * sentence; what follows is about the earlier period again.
   */
  contrast?: boolean;
  /** The 而 of a contrast opens the sentence (…。而2023年，…): set against the sentence before, not a clause of its own. */
  opensSentence?: boolean;
  /**
   * 20203年: a year mistyped with a digit too many. `year` is the year it was read as when dropping one digit
   * gives the next year of a run the sentence has been counting (2021年…2022年…20203年), else absent: the
   * period is unknown, not the one before it.
   */
  mistyped?: string;
  /** 其中，4月份…: a part of the period before it, named after 其中 (holds for its sentence only, see applyPeriod). */
  part?: boolean;
  /** 1月和2月: two months named together, one period unless a 分别 list gives each its own number. */
  conjoined?: boolean;
  /** (2024年为14.92%): a period inside brackets holds for the bracket only (positions index the text). */
  bracket?: { start: number; end: number };
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 1–12 from ASCII digits or small Chinese numerals (十一, 十二). */
function monthNumber(s: string): number | undefined {
  if (/^\d{1,2}$/.test(s)) {
    const n = Number(s);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  if (s === '十') return 10;
  if (s.length === 2 && s[0] === '十') {
    const d = CN_DIGIT[s[1]!];
    return d !== undefined && 10 + d <= 12 ? 10 + d : undefined;
  }
  if (s.length === 1) return CN_DIGIT[s];
  return undefined;
}

const MONTH = String.raw`(\d{1,2}|十[一二]?|[一二两三四五六七八九])`;
const RANGE_SEP = String.raw`\s*(?:-|－|—|–|~|～|至|到)\s*`;

// Alternatives tried in order at each position; all are bounded, so matching is linear.
const PATTERNS: Array<{ first: string; re: RegExp; make: (m: RegExpExecArray) => Omit<PeriodMention, 'start' | 'end' | 'base'> | undefined }> = [
  // 2021年1－11月份, 2025 年 1-7 月, 2021年1至7月累计, 2023年1月至11月
  {
    first: '12',
    re: new RegExp(String.raw`((?:19|20)\d{2})\s*年\s*${MONTH}\s*(?:月份?)?${RANGE_SEP}${MONTH}\s*个?\s*月份?`, 'y'),
    make: (m) => range(Number(m[1]), m[2]!, m[3]!),
  },
  // 2020-4月份, 2020.4月, 2020/4月 (a title's shorthand): a year and a month joined by a dash, dot or slash.
  {
    first: '12',
    re: new RegExp(String.raw`((?:19|20)\d{2})\s*[-－/.．]\s*${MONTH}\s*月份?(?!\s*\d{1,2}\s*日)`, 'y'),
    make: (m) => {
      const month = monthNumber(m[2]!);
      return month ? { year: Number(m[1]), fromMonth: month, toMonth: month } : undefined;
    },
  },
  // 2019—2024年, 2014年到2017年: a span of years.
  {
    first: '12',
    re: new RegExp(String.raw`((?:19|20)\d{2})\s*年?\s*(?:-|－|—|–|~|～|至|到)\s*((?:19|20)\d{2})\s*年(?:间|期间)?`, 'y'),
    make: (m) => {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (to <= from || to - from > 30) return undefined;
      return { year: from, years: Array.from({ length: to - from + 1 }, (_, i) => from + i) };
    },
  },
  // 2021年前10个月, 2021年前三季度, 2021年上半年, 2021年全年, 2021年7月, 2021年一季度
  {
    first: '12',
    re: new RegExp(String.raw`((?:19|20)\d{2})\s*年\s*(?:度\s*)?`, 'y'),
    make: (m) => ({ year: Number(m[1]) }),
  },
  // 20203年: a five-digit year, a typo (read against the years before it by `readMistypedYear`).
  { first: '12', re: /((?:19|20)\d{3})\s*年/y, make: (m) => ({ mistyped: m[1]! }) },
  // 2023全年, 2024上半年, 2025前三季度: a year written without 年 right before a part of it.
  {
    first: '12',
    re: new RegExp(String.raw`((?:19|20)\d{2})(?=\s*(?:全年|上半年|下半年|前\s*[\d一二三四五六七八九十两]|[一二三四]季度|第[一二三四]季度|首季))`, 'y'),
    make: (m) => ({ year: Number(m[1]) }),
  },
  { first: '0123456789十一二两三四五六七八九', re: new RegExp(String.raw`${MONTH}\s*(?:月份?)?${RANGE_SEP}${MONTH}\s*个?\s*月份?`, 'y'), make: (m) => range(undefined, m[1]!, m[2]!) },
  // 1月和2月, 1、2月: two consecutive months named together are one period.
  {
    first: '0123456789十一二两三四五六七八九',
    re: new RegExp(String.raw`${MONTH}\s*月?份?\s*(?:和|与|及|、)\s*${MONTH}\s*月份?`, 'y'),
    make: (m) => {
      const a = monthNumber(m[1]!);
      const b = monthNumber(m[2]!);
      return a && b && b === a + 1 ? { fromMonth: a, toMonth: b, conjoined: true } : undefined;
    },
  },
  // 前10个月, and 前6月 as some pages write it; 首两个月, 头两个月 in Hong Kong and Taiwan usage; 前面2个月 in speech.
  { first: '前首头', re: new RegExp(String.raw`[前首头]\s*面?\s*${MONTH}\s*个?\s*月`, 'y'), make: (m) => months(1, monthNumber(m[1]!)) },
  // 今年10个月 (the 前 left out): months counted right after a year are the year to date; elsewhere N个月 is
  // a span of time (持续10个月).
  {
    first: '0123456789一二两三四五六七八九十',
    re: new RegExp(String.raw`(?<=(?:今年|去年|本年|\d年)\s*)${MONTH}\s*个\s*月(?!份)`, 'y'),
    make: (m) => months(1, monthNumber(m[1]!)),
  },
  // 首季 (Hong Kong usage): the first quarter.
  { first: '首', re: /首季度?/y, make: () => quarter('1') },
  { first: '上', re: /上半年/y, make: () => ({ fromMonth: 1, toMonth: 6 }) },
  { first: '下', re: /下半年/y, make: () => ({ fromMonth: 7, toMonth: 12 }) },
  // 前三季度, 过去三个季度: the year to date.
  // 前三季 without 度 in Taiwan and Hong Kong usage.
  { first: '前过', re: /(?:前|过去)\s*([一二三两1-3])\s*个?季度?/y, make: (m) => ({ fromMonth: 1, toMonth: 3 * QUARTERS[m[1]!]! }) },
  // Q1, 1Q, H1 (English abbreviations in Chinese business writing); 2024H1 too, but not inside a word or an
  // address (2ph1.lbbc66.com, H100).
  { first: 'Qq', re: /(?<![A-Za-z])[Qq]([1-4])(?![0-9A-Za-z])/y, make: (m) => quarter(m[1]!) },
  { first: 'Hh', re: /(?<![A-Za-z])[Hh]([12])(?![0-9A-Za-z])/y, make: (m) => (m[1] === '1' ? { fromMonth: 1, toMonth: 6 } : { fromMonth: 7, toMonth: 12 }) },
  { first: '第一二三四1234', re: /(?:第\s*)?([一二三四1-4])\s*季度/y, make: (m) => quarter(m[1]!) },
  // 第一季, 第 1 季 (Taiwan and Hong Kong usage, no 度, digits often spaced).
  { first: '第', re: /第\s*([一二三四1-4])\s*季(?!度)/y, make: (m) => quarter(m[1]!) },
  // 近五年, 过去三年, 近10年: the last N years.
  { first: '近过最', re: /(?:近|过去|最近)\s*(\d{1,2}|[二两三四五六七八九十])\s*年(?!来|以来|前|度|[0-9])/y, make: (m) => lastYears(m[1]!) },
  { first: '全年', re: /全年|年度/y, make: () => ({ fromMonth: 1, toMonth: 12 }) },
  // 18月份, 110月: no month, but 1—8月 and 1—10月 with the dash lost (pages that drop punctuation).
  { first: '1', re: /1([3-9]|1[0-2])\s*月份?(?!\s*\d{1,2}\s*日)/y, make: (m) => months(1, Number(m[1])) },
  { first: '0123456789十一二两三四五六七八九', re: new RegExp(String.raw`${MONTH}\s*月份?(?!\s*\d{1,2}\s*日)`, 'y'), make: (m) => months(monthNumber(m[1]!), monthNumber(m[1]!)) },
  // 而去年同期为2796亿个: the same months a year before the period just named, not the whole of last year.
  { first: '去上前', re: /(?:去年|上年|上一年|前一年)\s*同期/y, make: () => ({ relativeYear: -1, sameMonths: true }) },
  { first: '前', re: /前年\s*同期/y, make: () => ({ relativeYear: -2, sameMonths: true }) },
  { first: '今本当', re: /今年|本年|当年度/y, make: () => ({ relativeYear: 0 }) },
  // 而去年全年…22.2%，如今前面2个月的增速只有4.4%: 如今 before months counted from the start is this year's.
  { first: '如', re: /如今(?=\s*(?:[前首头]\s*面?\s*[\d一二两三四五六七八九十]))/y, make: () => ({ relativeYear: 0 }) },
  { first: '去上前', re: /去年|上年|上一年度|上一年|前一年/y, make: () => ({ relativeYear: -1 }) },
  { first: '前', re: /前年/y, make: () => ({ relativeYear: -2 }) },
  { first: '明', re: /明年/y, make: () => ({ relativeYear: 1 }) },
  { first: '当同', re: /当时|当年|同期/y, make: () => ({ anaphoric: true }) },
];

/**
 * The patterns a position can start, by its code unit: most characters start none. Keyed by number, not by
 * one-character string: `text[i]` of a Chinese character is a new string to hash at every position.
 */
const BY_FIRST = new Map<number, typeof PATTERNS>();
for (const pattern of PATTERNS) for (const c of pattern.first) BY_FIRST.set(c.charCodeAt(0), [...(BY_FIRST.get(c.charCodeAt(0)) ?? []), pattern]);
/** 1 for the code units some pattern starts with. */
const STARTS = new Uint8Array(0x10000);
for (const code of BY_FIRST.keys()) STARTS[code] = 1;

function lastYears(n: string) {
  const count = /^\d+$/.test(n) ? Number(n) : CN_DIGIT[n];
  return count && count >= 2 && count <= 30 ? { lastYears: count } : undefined;
}

function months(from: number | undefined, to: number | undefined) {
  return from && to && from <= to ? { fromMonth: from, toMonth: to } : undefined;
}

function range(year: number | undefined, a: string, b: string) {
  const m = months(monthNumber(a), monthNumber(b));
  if (!m) return undefined;
  return year === undefined ? m : { year, ...m };
}

const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function quarter(q: string) {
  const n = QUARTERS[q];
  return n ? { fromMonth: n * 3 - 2, toMonth: n * 3 } : undefined;
}

const UNTIL_BEFORE = /(?:截至|截止到?|截止至|以来至|以来到)\s*$/;
const SINCE_BEFORE = /(?:自|从|自从)\s*$/;
const CONTRAST_BEFORE = /而(?:在)?\s*$/;
const PART_BEFORE = /其中\s*[，,]?\s*$/;
const SINCE_AFTER = /^\s*(?:[初底末中]\s*)?(?:以来|开始|起|之后|以后)/;
/** 2020年以来的最低水平, 2019年以来首次: a record measured back to a year. */
const RECORD_SINCE_AFTER = /^\s*以来\s*的?\s*(?:最低|最高|新低|新高|最大|最小|首次|首度)/;

/** 跟去年比, 和去年同期相比, 同上年相比: words that are also 'and' (和, 同) or 'with' (跟) make a base only with the 比 after it. */
const BASE_WITH = /(?:跟|和|同)\s*$/;
const BASE_COMPARED = /^\s*(?:同期)?\s*(?:相比|相较|對比|对比|比)/;
/** 2022年以来 / 自2018年 describe a span, still the claim's period start; 截至 ends a year-to-date. */

/**
 * Period expressions in `text[from, to)` (digit-normalised; positions index `text`), left to right,
 * non-overlapping. Adjacent parts are
 * merged: `2021年` + `前10个月` → one mention with year and months.
 */
export function findPeriods(text: string, from = 0, to = text.length): PeriodMention[] {
  const found: PeriodMention[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const candidates = STARTS[c] === 1 ? BY_FIRST.get(c) : undefined;
    if (!candidates) {
      i++;
      continue;
    }
    // A digit inside a longer number (12.5月? 2024-12-25) is not a period start.
    if (c >= 48 && c <= 57 && i > from && /[\d.]/.test(text[i - 1]!)) {
      i++;
      continue;
    }
    let hit: PeriodMention | undefined;
    for (const p of candidates) {
      p.re.lastIndex = i;
      const m = p.re.exec(text);
      if (!m || i + m[0].length > to) continue;
      const parts = p.make(m);
      if (!parts) continue;
      const end = i + m[0].length;
      let since = SINCE_BEFORE.test(text.slice(Math.max(from, i - 3), i)) || SINCE_AFTER.test(text.slice(end, Math.min(to, end + 4)));
      let base = COMPARISON_BEFORE.test(text.slice(Math.max(from, i - 4), i)) || (BASE_WITH.test(text.slice(Math.max(from, i - 2), i)) && BASE_COMPARED.test(text.slice(end, Math.min(to, end + 5))));
      // 降至2020年以来的最低水平: the year a record reaches back to is a reference, not the figure's period
      // (nor a year the page gives data for: it stays a span's start too).
      if (since && RECORD_SINCE_AFTER.test(text.slice(end, Math.min(to, end + 8)))) base = true;
      // 从2021年的6356亿个下降至…: the starting point of a change is its base, not a span's start.
      if (since && SINCE_BEFORE.test(text.slice(Math.max(from, i - 3), i)) && /^\s*(?:同期)?\s*的/.test(text.slice(end, Math.min(to, end + 4)))) {
        since = false;
        base = true;
      }
      // 今年以来 is this year to date, the period of what follows, not the start of a span.
      if (since && parts.relativeYear === 0) since = false;
      if (!base && parts.year !== undefined && BASE_CHANGE_AFTER.test(text.slice(end, Math.min(to, end + 6)))) base = changeFromEarlierYear(text, found, i, parts.year);
      const contrast = CONTRAST_BEFORE.test(text.slice(Math.max(from, i - 2), i));
      const opensSentence = contrast && /^\s*而(?:在)?\s*$/.test(text.slice(from, i));
      // 其中，4月份; 5月份，规模以上…增加值同比增长10.2%: a month picked out of the period before (applyPeriod checks
      // it lies inside), for its sentence.
      const part = PART_BEFORE.test(text.slice(Math.max(from, i - 4), i)) || (parts.fromMonth !== undefined && parts.fromMonth === parts.toMonth && parts.year === undefined && parts.relativeYear === undefined && MONTH_ASIDE.test(text.slice(from, to)));
      hit = { start: i, end, base, ...(since ? { since } : {}), ...(contrast ? { contrast } : {}), ...(opensSentence ? { opensSentence } : {}), ...(part ? { part } : {}), ...parts };
      break;
    }
    if (!hit) {
      i++;
      continue;
    }
    if (hit.mistyped) readMistypedYear(hit, found);
    const prev = found[found.length - 1];
    // Merge "2021年" with the months that follow it directly (2021年前10个月, 2025年7月当月).
    if (
      prev &&
      prev.end === hit.start &&
      prev.fromMonth === undefined &&
      (prev.year !== undefined || prev.relativeYear !== undefined || prev.mistyped !== undefined) &&
      hit.year === undefined &&
      hit.relativeYear === undefined &&
      hit.fromMonth !== undefined
    ) {
      prev.fromMonth = hit.fromMonth;
      prev.toMonth = hit.toMonth;
      prev.end = hit.end;
      // 2012年4月以来: the span's start is known only once the months are joined to the year.
      if (hit.since) prev.since = true;
      if (hit.topic) prev.topic = true;
      if (hit.conjoined) prev.conjoined = true;
    } else {
      found.push(hit);
    }
    i = hit.end;
  }
  // 截至2024年10月底 … 累计: up to the end of a month is the year to date.
  for (const p of found) {
    if (p.fromMonth === undefined || p.fromMonth !== p.toMonth || !UNTIL_BEFORE.test(text.slice(Math.max(from, p.start - 3), p.start))) continue;
    p.fromMonth = 1;
    const tail = /^\s*(?:底|末)/.exec(text.slice(p.end, Math.min(to, p.end + 3)));
    if (tail) p.end += tail[0].length;
  }
  // 截至11月底，今年我国…: a bare 今年 right after the months it is counted to is those months of this year.
  for (let k = 1; k < found.length; k++) {
    const months = found[k - 1]!;
    const year = found[k]!;
    if (months.fromMonth === undefined || months.year !== undefined || months.relativeYear !== undefined || months.base) continue;
    if (year.relativeYear === undefined || year.fromMonth !== undefined || year.sameMonths || year.base) continue;
    if (!/^[\s，,]*$/.test(text.slice(months.end, year.start))) continue;
    year.fromMonth = months.fromMonth;
    year.toMonth = months.toMonth;
  }
  for (const p of found) {
    if (p.base && /^\s*(?:同期)?\s*[，,：:]/.test(text.slice(p.end, Math.min(to, p.end + 4)))) p.topic = true;
    const bracket = enclosingBracket(text, p.start, p.end, from, to);
    if (bracket) p.bracket = bracket;
  }
  return found;
}

/**
 * 而2023年，我们进口芯片4795亿颗，2022年减少589亿颗: a year before a change verb, right after a level of a
 * later year in the same clause run, is what that level is compared with, though no 比 or 较 says so. After a
 * figure of an earlier year (2021年进口4325亿美元，2022年下降3.9%) it is a new period, and so it is after a
 * rate (2021年进口增长17%，2020年增长22%: each year its own) or when a semicolon or a sentence end stands between.
 */
function changeFromEarlierYear(text: string, found: PeriodMention[], at: number, year: number): boolean {
  const before = [...found].reverse().find((p) => p.year !== undefined && !p.base && !p.bracket);
  if (!before || before.year! <= year || before.years) return false;
  const between = text.slice(before.end, at);
  if (/[。！？；;!?]/.test(between)) return false;
  // The figure before is a level (4795亿颗); after a rate (2021年进口增长17%，2020年增长22%) each year has its own.
  const figures = [...between.matchAll(/\d[\d.,]*\s*(?:万亿|亿|万|千)?\s*(美元|元|个|颗|块|片|只|枚|件|%|％)?/g)];
  const last = figures.at(-1)?.[1];
  return last !== undefined && last !== '%' && last !== '％';
}

/**
 * 在2021年时…，2022年时…，而20203年时…: a year with one digit too many is read as the one-digit-shorter year that
 * continues the run of years written before it in the text searched (each a year after, or before, the one
 * before it), when one is. Otherwise it stays without a year.
 */
function readMistypedYear(p: PeriodMention, found: PeriodMention[]): void {
  const run = found.filter((q) => q.year !== undefined && !q.base && !q.years && !q.mistyped).map((q) => q.year!);
  if (run.length < 2) return;
  const step = run.at(-1)! - run.at(-2)!;
  if (Math.abs(step) !== 1) return;
  const next = run.at(-1)! + step;
  const digits = p.mistyped!;
  for (let i = 0; i < digits.length; i++) {
    if (Number(digits.slice(0, i) + digits.slice(i + 1)) === next) {
      p.year = next;
      return;
    }
  }
}

/** The bracket pair (ASCII or full-width) around [start, end) within [from, to), if any. */
function enclosingBracket(text: string, start: number, end: number, from: number, to: number): { start: number; end: number } | undefined {
  let open = -1;
  for (let i = start - 1; i >= from; i--) {
    const c = text[i];
    if (c === ')' || c === '）') return undefined;
    if (c === '(' || c === '（') {
      open = i;
      break;
    }
  }
  if (open < 0) return undefined;
  for (let i = end; i < to; i++) {
    const c = text[i];
    if (c === '(' || c === '（') return undefined;
    if (c === ')' || c === '）') return { start: open, end: i + 1 };
  }
  return undefined;
}

/** What the text has established so far: the period a bare 1－11月份 or 当时 refers to. */
export interface PeriodContext {
  /** The publication date's year, for 今年/去年. */
  publishedYear: number | null;
  /** The last explicit period named (year and months). */
  current: Period | null;
}

/**
 * Complete a partial period mention against the context. A year alone is the full year; months alone take
 * the current year.
 */
export function resolvePeriod(p: PeriodMention, ctx: PeriodContext): Period | null {
  // A mistyped year that could not be read is an unknown period, not the running one.
  if (p.mistyped && p.year === undefined) return null;
  if (p.anaphoric) return ctx.current;
  if (p.sameMonths && p.relativeYear !== undefined && ctx.current && !ctx.current.years) return { year: ctx.current.year + p.relativeYear!, from_month: ctx.current.from_month, to_month: ctx.current.to_month };
  if (p.years) return { year: p.years[0]!, from_month: 1, to_month: 12, years: p.years };
  if (p.lastYears !== undefined) {
    const last = ctx.current?.year ?? ctx.publishedYear;
    if (last === null || last === undefined) return null;
    const years = Array.from({ length: p.lastYears }, (_, i) => last - p.lastYears! + 1 + i);
    return { year: years[0]!, from_month: 1, to_month: 12, years };
  }
  let year = p.year;
  if (year === undefined && p.relativeYear !== undefined && ctx.publishedYear !== null) year = ctx.publishedYear + p.relativeYear;
  if (year === undefined) year = ctx.current?.year ?? ctx.publishedYear ?? undefined;
  if (year === undefined) return null;
  if (p.fromMonth !== undefined && p.toMonth !== undefined) return { year, from_month: p.fromMonth, to_month: p.toMonth };
  return { year, from_month: 1, to_month: 12 };
}
