/**
 * Chinese numerals (两千亿, 一万五千亿, 二十三点五, 两三百亿) → exact integers or decimals with the exponent of
 * the last written digit. Pure functions over a run of numeral characters; context is scan.ts's business.
 */

import type { Decimal } from '../../decimal.js';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
/** 十 百 千: exponent within a section of four digits. */
const SMALL: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
/** 万 亿: the big units that scale everything written before them in their section. */
const BIG: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

// The scanner asks about every character: look up by code unit (a keyed lookup with a fresh one-character
// string makes V8 internalise it first, which dominated the scan).
const byCode = (table: Readonly<Record<string, number>>): ReadonlyMap<number, number> =>
  new Map(Object.entries(table).map(([c, v]) => [c.charCodeAt(0), v]));
const DIGIT_CODES = byCode(DIGITS);
const SMALL_CODES = byCode(SMALL);
const BIG_CODES = byCode(BIG);

export function chineseDigit(c: string | undefined): number | undefined {
  return c === undefined || c.length !== 1 ? undefined : DIGIT_CODES.get(c.charCodeAt(0));
}
export function smallUnit(c: string | undefined): number | undefined {
  return c === undefined || c.length !== 1 ? undefined : SMALL_CODES.get(c.charCodeAt(0));
}
export function bigUnit(c: string | undefined): number | undefined {
  return c === undefined || c.length !== 1 ? undefined : BIG_CODES.get(c.charCodeAt(0));
}
/** Every character of a Chinese numeral run: digits, small and big units. */
export const NUMERAL_CHARS: readonly string[] = [...Object.keys(DIGITS), ...Object.keys(SMALL), ...Object.keys(BIG)];

/** A character that can be part of a Chinese numeral run (点 is checked separately: it needs a digit after). */
export function isNumeralChar(c: string | undefined): boolean {
  return chineseDigit(c) !== undefined || smallUnit(c) !== undefined || bigUnit(c) !== undefined;
}

export interface ChineseNumber {
  value: Decimal;
  /** Exponent of the last written digit (两千亿 → 11, 二十三点五 → -1). */
  precision: number;
}

/** Parse an integer numeral such as 一万五千亿, 两千五, 一百零五, 万亿. Null when it is not well-formed. */
function parseInteger(s: string): ChineseNumber | null {
  let yi = 0n; // everything already scaled by 亿
  let wan = 0n; // the part scaled by 万 below the current 亿
  let section = 0n; // below 万
  let num = -1; // a digit waiting for its unit
  let lastExp = 0; // exponent of the last written digit, within the part that later units scale
  let lastSmall = 4; // the last small unit seen in this section (units must fall: 千 > 百 > 十)
  let lastUnit = 0; // the last unit of any kind (for the colloquial 两千五 = 2500)
  let zero = false; // a 零 seen since the last unit (一百零五)
  let wrote = false; // anything written since the last big unit
  let wroteAny = false;
  let bare = false; // opened by a bare 万 or 亿: only more big units may follow (万亿)
  for (const c of s) {
    const d = DIGITS[c];
    if (d !== undefined) {
      if (num >= 0 || bare) return null; // two digits in a row (二〇二一, 十四五); a digit after a bare 万 (万一)
      if (d === 0) {
        if (lastUnit === 0 || zero) return null;
        zero = true;
        continue;
      }
      num = d;
      wrote = true;
      wroteAny = true;
      continue;
    }
    const u = SMALL[c];
    if (u !== undefined) {
      if (u >= lastSmall) return null;
      // 十 alone means 一十 (十五); a bare 百/千 only opens a numeral (千亿 after 突破)
      if (num < 0 && (u === 1 ? wrote : wroteAny || !isMagnitudeRest(s))) return null;
      section += BigInt(num < 0 ? 1 : num) * 10n ** BigInt(u);
      lastExp = u;
      lastSmall = u;
      lastUnit = u;
      num = -1;
      zero = false;
      wrote = true;
      wroteAny = true;
      continue;
    }
    const b = BIG[c];
    if (b === undefined) return null;
    if (num >= 0) {
      section += BigInt(num);
      lastExp = 0;
      num = -1;
    }
    if (!wrote) {
      // A bare 万 or 亿 counts one (万亿 after 突破) but only at the start or right after 万 (万亿).
      if (wroteAny && !(b === 8 && lastUnit === 4)) return null;
      if (!wroteAny) {
        section = 1n;
        lastExp = 0;
        bare = true;
      }
    }
    if (b === 4) {
      if (wan !== 0n) return null;
      wan = section * 10000n;
      lastExp += 4;
    } else {
      yi = (yi + wan + section) * 100000000n;
      wan = 0n;
      lastExp += 8;
    }
    section = 0n;
    lastSmall = 4;
    lastUnit = b;
    zero = false;
    wrote = false;
    wroteAny = true;
  }
  if (num >= 0) {
    // 一万五 = 15000, 两千五 = 2500, 一百零五 = 105, 十五 = 15
    const exp = zero || lastUnit <= 1 ? 0 : lastUnit - 1;
    if (lastUnit === 4 && wan !== 0n) wan += BigInt(num) * 10n ** BigInt(exp);
    else section += BigInt(num) * 10n ** BigInt(exp);
    lastExp = exp;
  } else if (zero) return null;
  if (!wroteAny) return null;
  return { value: { coefficient: yi + wan + section, exponent: 0 }, precision: lastExp };
}

/** True when a numeral starting with a bare unit is only units (千亿, 百亿, 千万): a magnitude word. */
function isMagnitudeRest(s: string): boolean {
  for (const c of s) if (DIGITS[c] !== undefined) return false;
  return true;
}

/**
 * Parse a numeral: integers (一万五千亿), decimals with 点 (二十三点五, 一点二万亿), bare magnitudes (万亿).
 * Null when the run is not one well-formed number.
 */
export function parseChineseNumeral(s: string): ChineseNumber | null {
  const point = s.indexOf('点');
  if (point < 0) return parseInteger(s);
  const head = s.slice(0, point);
  const zero: ChineseNumber = { value: { coefficient: 0n, exponent: 0 }, precision: 0 };
  const whole = point === 0 ? null : head === '零' || head === '〇' ? zero : parseInteger(head);
  if (whole === null || whole.value.coefficient >= 10000n) return null;
  let p = point + 1;
  let fraction = '';
  while (p < s.length) {
    const d = DIGITS[s[p] as string];
    if (d === undefined || s[p] === '两' || s[p] === '兩') break;
    fraction += String(d);
    p++;
  }
  if (fraction === '') return null;
  let exp = 0;
  for (; p < s.length; p++) {
    const b = BIG[s[p] as string];
    if (b === undefined || (b === 4 && exp !== 0)) return null;
    exp += b;
  }
  const coefficient = whole.value.coefficient * 10n ** BigInt(fraction.length) + BigInt(fraction);
  return { value: { coefficient, exponent: exp - fraction.length }, precision: exp - fraction.length };
}

/**
 * 两三百亿, 七八十亿, 三四成: two neighbouring digits (n, n+1) make a range. Returns the two numerals to parse
 * (两百亿, 三百亿), or null when the run has no such pair.
 */
export function splitRange(s: string): [string, string] | null {
  for (let i = 0; i + 1 < s.length; i++) {
    const a = DIGITS[s[i] as string];
    const b = DIGITS[s[i + 1] as string];
    if (a !== undefined && b !== undefined && a > 0 && b === a + 1) {
      if (s.indexOf('点') >= 0 && s.indexOf('点') < i) return null;
      return [s.slice(0, i + 1) + s.slice(i + 2), s.slice(0, i) + s.slice(i + 1)];
    }
  }
  return null;
}
