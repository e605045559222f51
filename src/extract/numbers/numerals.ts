/**
 * Reading one numeral at a position of the normalised text: Arabic (1,234.5 · 15. 3 · 5 384 · 4千亿 · 300多亿),
 * Chinese (两千亿 · 三百多亿 · 两三百亿 · 突破万亿), 百分之三十, 近半. Context that rules the digits out
 * (dates, codes, identifiers, ordinals) is applied here, before any unit or qualifier.
 */

import type { NumberMention, Unit } from '../../types.js';
import { parseDecimal, shift, type Decimal } from '../../decimal.js';
import { isAsciiLetter, isDigit, skipSpaces } from './chars.js';
import { bigUnit, chineseDigit, isNumeralChar, parseChineseNumeral, smallUnit, splitRange } from './chinese-numerals.js';
import {
  bracketedMarkerEnd, dateOrTimeEnd, isDateInList, isEnglishYear, isInlineListMarker, isLineStartMarker, isYearInList,
  precedingContextExcludes, tokenEnd,
} from './context.js';
import { isApproximateFiller, qualifierBefore, type QualifierMatch } from './qualifiers.js';
import { matchMagnitude, matchUnit } from './units.js';

export type Style = NumberMention['style'];

/** A numeral with its magnitude, before units, outer qualifiers and context after it. */
export interface Numeral {
  /** Start of the numeral (its sign, 百分之) and end after its magnitude or embedded 多/余. */
  start: number;
  end: number;
  /** The numeral's own digits (Arabic or Chinese), without sign, 百分之, 多/余 or magnitude; a range's first end. */
  digits: { start: number; end: number };
  value: Decimal;
  upper?: Decimal;
  /** A range of two written numbers: where the first end's text stops and the second's starts. */
  rangeEnds?: { lowEnd: number; highStart: number };
  precision: number;
  /** The magnitude word as written, and the power of ten it stands for. */
  magnitude: { start: number; end: number; exp: number } | null;
  /** 多 or 余 between number and magnitude (300多亿). */
  filler: { start: number; text: string } | null;
  style: Style;
  /** A decimal point was written. */
  decimal: boolean;
  /** Lone Chinese digits (一, 三): a quantity only next to 倍, 成, %, a currency. */
  weak: boolean;
  /** A bare magnitude or 半, which a qualifier verb must open (突破万亿, 近半); the qualifier found. */
  opener?: QualifierMatch;
  /** Units implied by the numeral itself (百分之三十, 近半). */
  preset?: { unit: Unit; unitText: string | null };
}

/** Either a numeral or the index to resume scanning at. */
export type Read = { numeral: Numeral } | { skip: number };

/** More digits than any quantity has: an identifier. Also keeps BigInt parsing cheap. */
const MAX_DIGITS = 18;
/** Longer runs of numeral characters are not one number (and would make BigInt work grow). */
const MAX_RUN = 24;

const skip = (at: number): Read => ({ skip: at });

function threeDigitsAt(n: string, k: number): boolean {
  return isDigit(n[k]) && isDigit(n[k + 1]) && isDigit(n[k + 2]) && !isDigit(n[k + 3]);
}

/** A fraction after `q`: `.5`, or PDF-spaced `. 5`. */
function readFraction(n: string, q: number): { end: number; digits: string; spaced: boolean } | null {
  if (n[q] !== '.') return null;
  let p = q + 1;
  const spaced = n[p] === ' ';
  if (spaced) p++;
  if (!isDigit(n[p])) return null;
  const from = p;
  while (isDigit(n[p]) && p - from < MAX_DIGITS) p++;
  return { end: p, digits: n.slice(from, p), spaced };
}

/** A magnitude (with an optional 多/余 before it) after `end`. */
function readMagnitude(n: string, end: number): { filler: Numeral['filler']; start: number; end: number; exp: number } | null {
  let p = end;
  let filler: Numeral['filler'] = null;
  if (isApproximateFiller(n[p])) {
    const s = skipSpaces(n, p + 1, 1);
    const m = matchMagnitude(n, s);
    if (m === null || m.exp < 4) return null;
    filler = { start: p, text: n[p] as string };
    p = s;
  }
  const s = skipSpaces(n, p, 1);
  const m = matchMagnitude(n, s);
  if (m === null) return null;
  // 3千多亿, 5百余万: a small unit, then 多/余, then 万 or 亿 — one magnitude, the filler inside it.
  if (m.exp < 4 && filler === null && isApproximateFiller(n[s + m.text.length])) {
    const after = skipSpaces(n, s + m.text.length + 1, 1);
    const big = matchMagnitude(n, after);
    if (big !== null && big.exp >= 4) return { filler: { start: s + m.text.length, text: n[s + m.text.length] as string }, start: s, end: after + big.text.length, exp: m.exp + big.exp };
  }
  return { filler, start: s, end: s + m.text.length, exp: m.exp };
}

/** Digits at `i` (with a sign, when the caller saw one). `text` is the original, for the style. */
export function readArabic(n: string, text: string, i: number): Read {
  let p = i;
  let sign = '';
  if (n[p] === '-' || n[p] === '+') sign = n[p++] as string;
  const intStart = p;
  while (isDigit(n[p])) p++;
  const intEnd = p;
  const intDigits = n.slice(intStart, intEnd);
  if (intDigits.length > MAX_DIGITS || precedingContextExcludes(n, i)) return skip(tokenEnd(n, intStart));
  const dated = dateOrTimeEnd(n, intStart, intEnd);
  if (dated >= 0) return skip(dated);
  if (sign === '') {
    const bracketed = bracketedMarkerEnd(n, i, intEnd);
    if (bracketed >= 0) return skip(bracketed);
    if (isLineStartMarker(n, i, intEnd) || isInlineListMarker(n, i, intEnd)) return skip(intEnd + 1);
    if (isYearInList(n, intDigits, intEnd) || isDateInList(n, intDigits, intEnd) || isEnglishYear(n, i, intDigits)) {
      return skip(intEnd);
    }
  }
  if (intDigits.length > 1 && intDigits[0] === '0') return skip(tokenEnd(n, intStart)); // 0811, 010: codes

  let digits = intDigits;
  let end = intEnd;
  let spaced = false;
  if (intDigits.length <= 3 && n[end] === ',' && threeDigitsAt(n, end + 1)) {
    while (n[end] === ',' && threeDigitsAt(n, end + 1) && digits.length < MAX_DIGITS) {
      digits += n.slice(end + 1, end + 4);
      end += 4;
    }
  } else if (intDigits.length <= 3 && n[end] === ' ' && threeDigitsAt(n, end + 1)) {
    // "5 384 亿块": a space inside a number only when the groups make thousands and a magnitude or unit follows
    let r = end;
    let grouped = digits;
    while (n[r] === ' ' && threeDigitsAt(n, r + 1) && grouped.length < MAX_DIGITS) {
      grouped += n.slice(r + 1, r + 4);
      r += 4;
    }
    const fraction = readFraction(n, r);
    const after = fraction ? fraction.end : r;
    const s = skipSpaces(n, after, 1);
    if (readMagnitude(n, after) !== null || matchUnit(n, s) !== null) {
      digits = grouped;
      end = r;
      spaced = true;
    }
  }
  const fraction = readFraction(n, end);
  if (fraction) {
    if (n[fraction.end] === '.' && isDigit(n[fraction.end + 1])) return skip(tokenEnd(n, intStart)); // 1.2.3, 2024.12.25
    end = fraction.end;
    spaced ||= fraction.spaced;
  }
  const next = n[end];
  if (next === '_' || next === '@' || (next === '.' && isAsciiLetter(n[end + 1]))) return skip(tokenEnd(n, intStart));
  if (isAsciiLetter(next) && matchMagnitude(n, end) === null && matchUnit(n, end) === null) {
    return skip(tokenEnd(n, intStart)); // 5G, 3D, 4800TOPS
  }

  let value = parseDecimal(sign + digits + (fraction ? `.${fraction.digits}` : ''));
  let precision = value.exponent;
  let numeralEnd = end;
  let magnitude: Numeral['magnitude'] = null;
  let filler: Numeral['filler'] = null;
  const m = readMagnitude(n, end);
  if (m !== null) {
    value = shift(value, m.exp);
    precision += m.exp;
    magnitude = { start: m.start, end: m.end, exp: m.exp };
    filler = m.filler;
    numeralEnd = m.end;
  }
  const chineseMultiplier = magnitude !== null && smallUnit(n[magnitude.start]) !== undefined;
  const fullWidth = text.slice(i, end) !== n.slice(i, end);
  return {
    numeral: {
      start: i, end: numeralEnd, digits: { start: intStart, end }, value, precision, magnitude, filler, decimal: fraction !== null, weak: false,
      style: spaced || fullWidth || chineseMultiplier ? 'mixed' : 'arabic',
    },
  };
}

/** Magnitude words a qualifier verb may use alone: 突破万亿, 超千亿, 近万. */
const BARE_MAGNITUDES = new Set(['万', '亿', '萬', '億', '万亿', '萬億', '千亿', '千億', '百亿', '百億', '千万', '千萬', '百万', '百萬']);
/** Set phrases made of numerals that are not quantities. */
const IDIOMS = ['十万八千里', '一点一滴', '一五一十', '十全十美', '一清二楚', '三三两两', '千千万万', '万万'];
/** After Chinese numerals: 大 (二十大, 前三大), 届, 代, 期, 版 number things rather than count them. */
const NOT_COUNTED_AFTER = '大届代期版';
/** After 半: words it starts (半导体, 半年) rather than "half". */
const NOT_HALF = '导岛年月天日小个径价场夜身山拉边截壁球点分决成';

function runEnd(n: string, i: number): number {
  let p = i;
  while (p < n.length && p - i <= MAX_RUN) {
    if (isNumeralChar(n[p])) p++;
    else if (n[p] === '点' && p > i && chineseDigit(n[p + 1]) !== undefined) p++;
    else break;
  }
  return p;
}

/** 近半, 过半, 超过一半: half (50 percent), only after a qualifier. `start` is at 半 or the 一 of 一半. */
export function readHalf(n: string, start: number): Read {
  const half = n[start] === '半' ? start : start + 1;
  const opener = qualifierBefore(n, start, true);
  if (opener === null || opener.qualifier === 'exact' || NOT_HALF.includes(n[half + 1] ?? '\n')) return skip(half + 1);
  return {
    numeral: {
      start, end: half + 1, digits: { start, end: half + 1 }, value: { coefficient: 5n, exponent: 1 }, precision: 1, magnitude: null, filler: null,
      style: 'chinese', decimal: false, weak: false, opener, preset: { unit: 'percent', unitText: null },
    },
  };
}

/** Chinese numerals at `i`: 两千亿, 三百多亿, 二十三点五, 两三百亿, 一万五千亿, or a bare 万亿 after 突破. */
export function readChinese(n: string, i: number): Read {
  const end = runEnd(n, i);
  if (end - i > MAX_RUN) {
    let p = end;
    while (p < n.length && isNumeralChar(n[p])) p++;
    return skip(p);
  }
  const run = n.slice(i, end);
  if (run === '一' && n[end] === '半') return readHalf(n, i);
  if (n.startsWith('分之', end)) return readFractionWords(n, i, end);
  if (precedingContextExcludes(n, i, true) || IDIOMS.some((w) => n.startsWith(w, i))) return skip(end);

  const first = n[i] as string;
  const bare = bigUnit(first) !== undefined || (smallUnit(first) ?? 0) >= 2;
  let opener: QualifierMatch | undefined;
  if (bare) {
    if (!BARE_MAGNITUDES.has(run)) return skip(end);
    const q = qualifierBefore(n, i, true);
    if (q === null) return skip(end);
    opener = q;
  }
  // 二十大, 十九届, 第三代: a congress, a session, a generation
  if (!bare && NOT_COUNTED_AFTER.includes(n[end] ?? '\n')) return skip(end);
  const range = bare ? null : splitRange(run);
  const low = parseChineseNumeral(range ? range[0] : run);
  const high = range ? parseChineseNumeral(range[1]) : null;
  if (low === null || (range && high === null)) return skip(end);

  let value = low.value;
  let upper = high?.value;
  let precision = low.precision;
  let numeralEnd = end;
  let filler: Numeral['filler'] = null;
  // the trailing 万/亿 of the run is its magnitude as written (两千亿 → 亿); a bare run is all magnitude
  let magStart = end;
  while (magStart > i && bigUnit(n[magStart - 1]) !== undefined) magStart--;
  if (bare) magStart = i;
  let magExp = 0;
  for (let k = magStart; k < end; k++) magExp += bigUnit(n[k]) ?? smallUnit(n[k]) ?? 0;
  let magnitude: Numeral['magnitude'] = magStart < end ? { start: magStart, end, exp: magExp } : null;
  if (magnitude === null) {
    const m = readMagnitude(n, end);
    if (m !== null && m.filler !== null) {
      // 三百多亿: the magnitude after 多 scales the numeral before it
      value = shift(value, m.exp);
      if (upper) upper = shift(upper, m.exp);
      precision += m.exp;
      magnitude = { start: m.start, end: m.end, exp: m.exp };
      filler = m.filler;
      numeralEnd = m.end;
    }
  }
  const onlyDigits = ![...run].some((c) => smallUnit(c) !== undefined || bigUnit(c) !== undefined || c === '点');
  // 十四五 (a plan's name), 三四: a range ending in its digit pair counts only with a unit such as 成
  const openRange = range !== null && chineseDigit(run[run.length - 1]) !== undefined;
  const weak = filler === null && (onlyDigits || openRange || run === '十' || run === '拾');
  return {
    numeral: {
      start: i, end: numeralEnd, digits: { start: i, end: magStart }, value, precision, magnitude, filler, style: 'chinese', decimal: run.includes('点'),
      weak, ...(upper ? { upper } : {}), ...(opener ? { opener } : {}),
    },
  };
}

/**
 * 三分之一, 四分之三, 5分之1: a fraction written out, read as a percentage (33.33). A fraction in prose is a
 * loose figure, so it stands for ±0.5 percentage points.
 */
function readFractionWords(n: string, i: number, denominatorEnd: number): Read {
  const denominator = isDigit(n[i]) ? Number(n.slice(i, denominatorEnd)) : parseChineseNumeral(n.slice(i, denominatorEnd))?.value;
  const at = denominatorEnd + 2;
  let p = at;
  while (p < n.length && (isDigit(n[p]) || (isNumeralChar(n[p]) && bigUnit(n[p]) === undefined)) && p - at < 4) p++;
  const written = n.slice(at, p);
  const numerator = /^\d+$/.test(written) ? Number(written) : parseChineseNumeral(written)?.value;
  const toInt = (v: number | Decimal | undefined) => (v === undefined ? NaN : typeof v === 'number' ? v : Number(v.coefficient) * 10 ** v.exponent);
  const d = toInt(denominator);
  const k = toInt(numerator);
  if (!(d >= 2 && d <= 100 && k >= 1 && k < d)) return skip(Math.max(p, at));
  return {
    numeral: {
      start: i, end: p, digits: { start: i, end: p }, value: parseDecimal(((k / d) * 100).toFixed(2)), precision: 0, magnitude: null, filler: null,
      style: /\d/.test(n.slice(i, p)) ? 'mixed' : 'chinese', decimal: false, weak: false,
      preset: { unit: 'percent', unitText: '分之' },
    },
  };
}

/** 百分之三十, 百分之12.5: a percentage written out. */
export function readPercentWords(n: string, text: string, i: number): Read {
  const at = i + 3;
  let inner: Read;
  if (isDigit(n[at])) inner = readArabic(n, text, at);
  else if (isNumeralChar(n[at])) inner = readChinese(n, at);
  else return skip(at);
  if ('skip' in inner) return inner;
  const num = inner.numeral;
  if (num.magnitude !== null || num.opener) return skip(num.end);
  return {
    numeral: {
      ...num, start: i, weak: false, style: num.style === 'chinese' ? 'chinese' : 'mixed',
      preset: { unit: 'percent', unitText: '百分之' },
    },
  };
}
