/**
 * The single pass over a block's normalised text: find each numeral, then read what is written around it —
 * unit, qualifiers, a range's second end, a currency sign, a forecast word — and decide whether it is a
 * quantity at all. Every step looks a bounded distance around the numeral, so the pass is linear.
 */

import type { NumberMention, Qualifier, Unit } from '../../types.js';
import { compare, shift, type Decimal } from '../../decimal.js';
import { isAsciiLetter, isDigit, skipSpaces } from './chars.js';
import { isNumeralChar, NUMERAL_CHARS } from './chinese-numerals.js';
import { isFollowedByTimeWord, tokenEnd, urlEnd } from './context.js';
import { normalizeDigits } from './normalize.js';
import { readArabic, readChinese, readHalf, readPercentWords, type Numeral, type Read } from './numerals.js';
import { isForecast, qualifierAfter, qualifierBefore, type QualifierMatch } from './qualifiers.js';
import { countUnitApplies, matchCurrencyPrefix, matchUnit } from './units.js';

/** What follows a numeral: its unit and a trailing qualifier, or the sign that it was a date or period. */
interface Tail {
  end: number;
  unit: Unit | null;
  unitSpan: { start: number; end: number } | null;
  /** 成 multiplies by ten. */
  scale: number;
  after: { qualifier: Qualifier; start: number; end: number } | null;
}

type TailRead = { tail: Tail } | { time: number };

const RANGE_CONNECTORS = '至到-~—–〜';
/** Letter runs that may stand right before digits as a currency (USD100, RMB5亿, US$162.6bn). */
const CURRENCY_LETTERS = new Set(['US', 'USD', 'RMB', 'CNY', 'HK', 'NT', 'S']);

function readTail(n: string, num: Numeral): TailRead {
  let end = num.end;
  const timeCheck = num.magnitude === null && num.preset === undefined;
  if (timeCheck && isFollowedByTimeWord(n, end)) return { time: skipSpaces(n, end, 1) + 1 };
  let unit: Unit | null = null;
  let unitSpan: Tail['unitSpan'] = null;
  let scale = 0;
  let after: Tail['after'] = null;

  const takeUnit = (from: number): boolean => {
    const s = skipSpaces(n, from, 1);
    const u = matchUnit(n, s);
    if (u === null) return false;
    const uEnd = s + u.text.length;
    if (u.count && !countUnitApplies(num.magnitude !== null, num.decimal, n.slice(uEnd, uEnd + 2))) return false;
    // 2960 万片 / 月 is a production rate (wafers a month), not a count of chips
    if (u.count && n[skipSpaces(n, uEnd, 1)] === '/') return false;
    if (u.scale !== undefined) {
      // 六成, 3.5成: tenths only for small numbers without a magnitude
      if (num.magnitude !== null || num.value.coefficient <= 0n || compare(num.value, { coefficient: 10n, exponent: 0 }) >= 0) {
        return false;
      }
      scale = u.scale;
    }
    unit = u.unit;
    unitSpan = { start: s, end: uEnd };
    end = uEnd;
    return true;
  };

  if (num.preset === undefined && !takeUnit(end)) {
    // 300多个, 3000余块: 多/余 between the number and its unit
    const q = qualifierAfter(n, end);
    if (q !== null && (q.text === '多' || q.text === '余')) {
      if (timeCheck && isFollowedByTimeWord(n, q.end)) return { time: q.end + 1 };
      if (takeUnit(q.end)) after = { qualifier: q.qualifier, start: q.end - q.text.length, end: q.end };
    }
  }
  if (after === null) {
    // 15.6% 左右: pages that space their numbers put a space before a two-character qualifier too.
    const spaced = skipSpaces(n, end, 1);
    const word = qualifierAfter(n, end) ?? (spaced > end ? qualifierAfter(n, spaced) : null);
    const q = word !== null && (word.end - word.text.length === end || word.text.length === 2) ? word : null;
    if (q !== null) {
      if (timeCheck && unitSpan === null && isFollowedByTimeWord(n, q.end)) return { time: q.end + 1 };
      after = { qualifier: q.qualifier, start: q.end - q.text.length, end: q.end };
      end = q.end;
    }
  } else {
    end = Math.max(end, after.end);
  }
  return { tail: { end, unit, unitSpan, scale, after } };
}

/** Read the numeral at `i`, if any kind starts there. */
function readAt(n: string, text: string, i: number): Read | null {
  const c = n[i];
  if (isDigit(c)) return readArabic(n, text, i);
  if ((c === '-' || c === '+') && isDigit(n[i + 1])) {
    const prev = n[i - 1];
    if (prev !== undefined && (isDigit(prev) || isAsciiLetter(prev) || ')-+.%'.includes(prev))) return null;
    return readArabic(n, text, i);
  }
  if (c === '百' && n.startsWith('百分之', i)) return readPercentWords(n, text, i);
  if (c === '半') return readHalf(n, i);
  if (isNumeralChar(c)) return readChinese(n, i);
  return null;
}

/** Skip over a word of ASCII letters; URLs and identifiers (member46034, A100GPU) as a whole. */
function skipLetters(n: string, i: number): number {
  let p = i;
  while (isAsciiLetter(n[p])) p++;
  const word = n.slice(i, p);
  if (((word === 'http' || word === 'https' || word === 'ftp') && n[p] === ':') || (word === 'www' && n[p] === '.')) {
    return urlEnd(n, i);
  }
  if (CURRENCY_LETTERS.has(word) && (n[p] === '$' || isDigit(n[p]) || n[p] === ' ')) return p;
  if (isDigit(n[p]) || n[p] === '_' || n[p] === '@' || (n[p] === '-' && isDigit(n[p + 1]))) return tokenEnd(n, i);
  return p;
}

interface NumeralReading {
  num: Numeral;
  tail: Tail;
}

/** A second numeral after a range connector (600亿至700亿, 600-700亿美元, 两三百亿 is handled by the parser). */
function readRange(n: string, text: string, first: NumeralReading): { second: NumeralReading } | { time: number } | null {
  const p = skipSpaces(n, first.tail.end, 1);
  const connector = n[p];
  if (connector === undefined || !RANGE_CONNECTORS.includes(connector) || first.num.preset !== undefined) return null;
  const spaceBefore = p > first.tail.end;
  const q = skipSpaces(n, p + 1, 1);
  if (connector === '-' && spaceBefore !== q > p + 1) return null;
  const c = n[q];
  const sameKind = first.num.style === 'chinese' ? isNumeralChar(c) && c !== '半' : isDigit(c);
  if (!sameKind) return null;
  const read = first.num.style === 'chinese' ? readChinese(n, q) : readArabic(n, text, q);
  if ('skip' in read) return null;
  const tail = readTail(n, read.numeral);
  if ('time' in tail) {
    // 1-7月, 2019—2022 年: a bare first end is a date too; 增长5%至2024年 keeps its 5%
    const bare = first.tail.unitSpan === null && first.tail.after === null && first.num.magnitude === null;
    return bare ? { time: tail.time } : null;
  }
  return { second: { num: read.numeral, tail: tail.tail } };
}

/** Merge a range when its two ends agree in unit and magnitude; null when they are two separate numbers. */
function mergeRange(first: NumeralReading, second: NumeralReading): NumeralReading | null {
  const a = first.num;
  const b = second.num;
  if (a.upper !== undefined || b.upper !== undefined || a.filler !== null || a.opener || b.opener) return null;
  if (first.tail.after !== null) return null;
  if (first.tail.unitSpan !== null && (second.tail.unit !== first.tail.unit || second.tail.unitSpan === null)) return null;
  if (a.magnitude !== null && b.magnitude === null) return null;
  // 600-700亿: the first end takes the second's magnitude
  const inherit = a.magnitude === null && b.magnitude !== null ? b.magnitude.exp : 0;
  const low = shift(a.value, inherit);
  if (compare(low, b.value) >= 0) return null;
  return {
    num: {
      ...a, value: low, upper: b.value, rangeEnds: { lowEnd: first.tail.end, highStart: b.start }, precision: Math.min(a.precision + inherit, b.precision),
      magnitude: b.magnitude ?? a.magnitude, end: b.end, filler: b.filler,
      style: a.style === b.style ? a.style : 'mixed',
    },
    tail: second.tail,
  };
}

/** The number one step above `d` at its last nonzero digit: 700 → 800, 750 → 760, 3000 → 4000 (none for 0). */
function nextStep(d: Decimal): Decimal | undefined {
  let { coefficient, exponent } = d;
  if (coefficient <= 0n) return undefined;
  while (coefficient % 10n === 0n) {
    coefficient /= 10n;
    exponent += 1;
  }
  return { coefficient: coefficient + 1n, exponent };
}

/** Significant digits of a decimal (9311.7 → 5, 3000 → 1) and whether it ends in a zero before the point. */
function roundness(d: Decimal): { significant: number; trailingZero: boolean } {
  const digits = (d.coefficient < 0n ? -d.coefficient : d.coefficient).toString();
  const significant = digits.replace(/0+$/, '').length;
  return { significant, trailingZero: d.exponent > 0 || (d.exponent === 0 && significant < digits.length) };
}

/**
 * 达到 before a round amount is a threshold (达到3000亿美元, 达到两万亿元, 达到1.2万亿: at least), but before a
 * precise statistic or a count it only says "came to" (已达到9311.7亿元, 达到 17 家, 占比达到40%): then it
 * is no qualifier and stays out of the span.
 */
function reachedIsExact(q: QualifierMatch, num: Numeral, unit: Unit | null): boolean {
  if ((q.text !== '达到' && q.text !== '達到') || num.opener) return false;
  if (unit === 'percent' || unit === 'ppt') return true;
  const written = shift(num.value, -(num.magnitude?.exp ?? 0));
  const { significant, trailingZero } = roundness(written);
  return !(significant <= 2 && (num.magnitude !== null || trailingZero));
}

/** Build the mention for a numeral: outer qualifier, currency sign, forecast, spans. Null when not a quantity. */
function mention(n: string, text: string, block: number, reading: NumeralReading, after: number): NumberMention | null {
  const { num, tail } = reading;
  // a sign or qualifier word already inside the previous mention (0人民币0) is not this one's
  const found = num.opener ? null : matchCurrencyPrefix(n, num.start);
  const prefix = found !== null && found.start >= after ? found : null;
  let unit: Unit | null = num.preset?.unit ?? tail.unit;
  let unitText: string | null = num.preset ? num.preset.unitText : tail.unitSpan ? text.slice(tail.unitSpan.start, tail.unitSpan.end) : null;
  if (unitText === null && prefix !== null) {
    unit = prefix.unit;
    unitText = text.slice(prefix.start, prefix.start + prefix.text.length);
  }
  // lone Chinese digits (一个, 三星, 两岸) are quantities only with a unit that counts no things: 三倍, 六成, 两个百分点
  if (num.weak && (tail.unitSpan === null || tail.unit === 'piece')) return null;

  const lead = prefix?.start ?? num.start;
  const candidate = num.opener ?? qualifierBefore(n, lead, false);
  const before = candidate !== null && candidate.start >= after ? candidate : null;
  if (num.opener && before === null) return null;
  let qualifier: Qualifier = 'exact';
  let qualifierText: string | null = null;
  let qualifierSpan: [number, number] | null = null;
  const pick = (q: Qualifier, t: string, from: number): void => {
    if (qualifier === 'exact') {
      qualifier = q;
      qualifierText = t;
      qualifierSpan = [from, from + t.length];
    }
  };
  // 达到了3500亿美元左右: 达到 is only the verb when the number says itself how loose it is.
  const reachedApprox = before !== null && (before.text === '达到' || before.text === '達到') && tail.after?.qualifier === 'approx';
  const outer = before !== null && (reachedApprox || reachedIsExact(before, num, unit)) ? null : before;
  if (outer !== null && outer.qualifier !== 'exact') pick(outer.qualifier, outer.text, outer.start);
  if (num.filler !== null) pick('over', num.filler.text, num.filler.start);
  if (tail.after !== null) pick(tail.after.qualifier, text.slice(tail.after.start, tail.after.end), tail.after.start);
  if (qualifierText === null && outer !== null) {
    // 达万亿: opened, exact
    qualifierText = outer.text;
    qualifierSpan = [outer.start, outer.start + outer.text.length];
  }

  const start = Math.min(outer?.start ?? lead, lead);
  const strong = unit !== null || qualifier !== 'exact';
  const unitSpan: [number, number] | null = num.preset
    ? null
    : tail.unitSpan
      ? [tail.unitSpan.start, tail.unitSpan.end]
      : unitText !== null && prefix !== null
        ? [prefix.start, prefix.start + prefix.text.length]
        : null;

  const value = shift(num.value, tail.scale);
  // 700多亿, 三百多亿, 300余个, 3000亿美元有余: at least the number and below the next step of its last written
  // digit (700多 is 700 to 800, 750多 is 750 to 760), not anything above it.
  const some = num.filler !== null || (tail.after !== null && /^(?:[多余]|有余)$/.test(n.slice(tail.after.start, tail.after.end)));
  const upper = num.upper ? shift(num.upper, tail.scale) : some ? nextStep(value) : undefined;
  const out: NumberMention = {
    block,
    start,
    end: tail.end,
    numberStart: num.start,
    numberEnd: num.end,
    raw: text.slice(start, tail.end),
    spans: {
      numeral: [num.digits.start, num.digits.end],
      magnitude: num.magnitude ? [num.magnitude.start, num.magnitude.end] : null,
      unit: unitSpan,
      qualifier: qualifierSpan,
    },
    amount: value,
    precision: num.precision + tail.scale,
    magnitude: num.magnitude ? text.slice(num.magnitude.start, num.magnitude.end) : null,
    unit,
    unitText,
    qualifier,
    qualifierText,
    forecast: isForecast(n, start, strong),
    style: num.style,
  };
  if (upper !== undefined) out.upper = upper;
  if (num.rangeEnds) out.rangeEnds = num.rangeEnds;
  return out;
}

/**
 * The code units at which `readAt` or `skipLetters` can do anything: ASCII letters and digits, the signs,
 * 百 (百分之), 半 and the characters of Chinese numerals. The scanner steps over every other character by its
 * code alone (most of a Chinese text), without making it a one-character string.
 */
const MAY_START = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (const c of ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '-+百半', ...NUMERAL_CHARS].join('')) table[c.charCodeAt(0)] = 1;
  return table;
})();

/**
 * Every number mention in a block's text, in order. Spans are 0-based, end-exclusive UTF-16 indices into
 * `text` (full-width characters keep their place: normalisation is one code unit for one).
 */
export function scanNumbers(text: string, block: number): NumberMention[] {
  const n = normalizeDigits(text);
  const mentions: NumberMention[] = [];
  let i = 0;
  while (i < n.length) {
    if (MAY_START[n.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    if (isAsciiLetter(n[i])) {
      i = skipLetters(n, i);
      continue;
    }
    const read = readAt(n, text, i);
    if (read === null) {
      i++;
      continue;
    }
    if ('skip' in read) {
      i = Math.max(read.skip, i + 1);
      continue;
    }
    const tail = readTail(n, read.numeral);
    if ('time' in tail) {
      i = Math.max(tail.time, i + 1);
      continue;
    }
    let reading: NumeralReading = { num: read.numeral, tail: tail.tail };
    const range = readRange(n, text, reading);
    if (range !== null) {
      if ('time' in range) {
        // 1-7月, 2019—2022 年: both ends are dates
        i = Math.max(range.time, i + 1);
        continue;
      }
      reading = mergeRange(reading, range.second) ?? reading;
    }
    const found = mention(n, text, block, reading, mentions.at(-1)?.end ?? 0);
    if (found !== null) mentions.push(found);
    i = Math.max(reading.tail.end, reading.num.end, i + 1);
  }
  return mentions;
}
