/**
 * Magnitude words (亿, 万亿, bn) and units (美元, 亿块, %, 个百分点, 倍, 成) written next to a number, and
 * currency signs written before it (US$, 人民币).
 */

import type { Unit } from '../../types.js';
import { isAsciiLetter, isIdeograph, endsWithAt } from './chars.js';

export interface Magnitude {
  text: string;
  /** Power of ten it multiplies by. */
  exp: number;
}

/** Longest first. 千/百/十 only count before 万 or 亿 (4千亿), except 千 alone after Arabic digits (5千). */
const MAGNITUDES: readonly Magnitude[] = [
  { text: '万亿', exp: 12 }, { text: '萬億', exp: 12 }, { text: '千亿', exp: 11 }, { text: '千億', exp: 11 },
  { text: '百亿', exp: 10 }, { text: '百億', exp: 10 }, { text: '十亿', exp: 9 }, { text: '十億', exp: 9 },
  { text: '千万', exp: 7 }, { text: '千萬', exp: 7 }, { text: '百万', exp: 6 }, { text: '百萬', exp: 6 },
  { text: '十万', exp: 5 }, { text: '十萬', exp: 5 }, { text: '亿', exp: 8 }, { text: '億', exp: 8 },
  { text: '万', exp: 4 }, { text: '萬', exp: 4 }, { text: '千', exp: 3 },
];

/** English magnitudes need a word boundary after them. */
const ENGLISH_MAGNITUDES: readonly Magnitude[] = [
  { text: 'trillion', exp: 12 }, { text: 'billion', exp: 9 }, { text: 'million', exp: 6 },
  { text: 'tn', exp: 12 }, { text: 'bn', exp: 9 }, { text: 'mn', exp: 6 },
];

/** First characters of every magnitude word: most positions are rejected with one set lookup. */
const MAGNITUDE_FIRST = new Set([...MAGNITUDES, ...ENGLISH_MAGNITUDES].map((m) => m.text[0] as string));

/** A magnitude word starting at `i`, or null. */
export function matchMagnitude(text: string, i: number): Magnitude | null {
  if (!MAGNITUDE_FIRST.has(text[i] as string)) return null;
  for (const m of MAGNITUDES) {
    if (!text.startsWith(m.text, i)) continue;
    // 千 alone is only a magnitude when no ideograph word follows that makes it something else (千瓦, 千克)
    if (m.text === '千' && /[瓦克米伏赫字卡年]/.test(text[i + 1] ?? '')) return null;
    return m;
  }
  for (const m of ENGLISH_MAGNITUDES) {
    if (text.startsWith(m.text, i) && !isAsciiLetter(text[i + m.text.length])) return m;
  }
  return null;
}

export interface UnitWord {
  text: string;
  unit: Unit | null;
  /** 成 is ten percent: the value is multiplied by 10^scale. */
  scale?: number;
  /** Count words (个, 块…) only count as a unit in some contexts; see `countUnitApplies`. */
  count?: boolean;
  /** ASCII words need a word boundary after them. */
  ascii?: boolean;
}

/**
 * Longest first. Foreign currencies are recognised so that 日元 never reads as 元, but have no unit of ours:
 * they keep `unit: null` with their text.
 */
const UNITS: readonly UnitWord[] = [
  { text: '人民币元', unit: 'CNY' }, { text: '元人民币', unit: 'CNY' }, { text: '人民币', unit: 'CNY' },
  { text: '美元', unit: 'USD' }, { text: '美金', unit: 'USD' },
  { text: '新台币', unit: null }, { text: '台币', unit: null }, { text: '港元', unit: null }, { text: '港币', unit: null },
  { text: '日元', unit: null }, { text: '欧元', unit: null }, { text: '韩元', unit: null }, { text: '新元', unit: null },
  { text: '澳元', unit: null }, { text: '加元', unit: null }, { text: '英镑', unit: null }, { text: '卢布', unit: null },
  { text: '元', unit: 'CNY' },
  { text: 'USD', unit: 'USD', ascii: true }, { text: 'US$', unit: 'USD' }, { text: 'RMB', unit: 'CNY', ascii: true },
  { text: 'CNY', unit: 'CNY', ascii: true }, { text: 'yuan', unit: 'CNY', ascii: true },
  { text: 'dollars', unit: 'USD', ascii: true },
  { text: '%', unit: 'percent' }, { text: 'percent', unit: 'percent', ascii: true },
  { text: '个百分点', unit: 'ppt' }, { text: '個百分點', unit: 'ppt' }, { text: '百分点', unit: 'ppt' },
  { text: '百分點', unit: 'ppt' },
  { text: '倍', unit: 'times' },
  { text: '成', unit: 'percent', scale: 1 },
  { text: '个', unit: 'piece', count: true }, { text: '個', unit: 'piece', count: true },
  { text: '块', unit: 'piece', count: true }, { text: '塊', unit: 'piece', count: true },
  { text: '颗', unit: 'piece', count: true }, { text: '顆', unit: 'piece', count: true },
  { text: '片', unit: 'piece', count: true }, { text: '只', unit: 'piece', count: true },
  { text: '隻', unit: 'piece', count: true }, { text: '枚', unit: 'piece', count: true },
  // 5384億件: some pages count chips in 件 (items).
  { text: '件', unit: 'piece', count: true },
];

/** Words after 成 that make it a verb or noun (成为, 成本, 一成不变), not "tenths". */
const NOT_TENTHS = /[为為本员員立交功果熟长長就型品不了绩績分效都年]/;
/** 元 starting a word (元件, 元器件, 元素, 元年) is not the currency. */
const NOT_YUAN = /[件器素年旦首宵月]/;

const UNIT_FIRST = new Set(UNITS.map((u) => u.text[0] as string));

/** The unit written at `i` (after the number and its magnitude), or null. */
export function matchUnit(text: string, i: number): UnitWord | null {
  if (!UNIT_FIRST.has(text[i] as string)) return null;
  for (const u of UNITS) {
    if (!text.startsWith(u.text, i)) continue;
    const next = text[i + u.text.length];
    if (u.ascii && isAsciiLetter(next)) continue;
    if (u.text === '成' && next !== undefined && NOT_TENTHS.test(next)) continue;
    if (u.text === '元' && next !== undefined && NOT_YUAN.test(next)) continue;
    return u;
  }
  return null;
}

/**
 * Words after a count word that make it a chip count: 亿个芯片, 5822.2个，同比…. Anything else after a bare
 * count word is some other thing counted (8 个分支机构, 23 个品类): no unit.
 */
const COUNT_FOLLOWERS = /^(?:[同比增下减上左以的和与及或占较芯集，。；、]|晶片)/;

/**
 * Whether a count word at the end of a mention (`after` is the next two characters) gives the unit `piece`: always
 * with a magnitude (万/亿 counts are chips or wafers), else only when the clause goes on about the count.
 */
export function countUnitApplies(hasMagnitude: boolean, decimal: boolean, after: string): boolean {
  if (hasMagnitude || decimal) return true;
  // 261个晶片组: Taiwan's word for chips counts them as 芯片 does (晶圆, wafers, does not).
  return after === '' || !isIdeograph(after[0]) || COUNT_FOLLOWERS.test(after);
}

export interface CurrencyPrefix {
  start: number;
  text: string;
  unit: Unit | null;
}

const PREFIXES: readonly { text: string; unit: Unit | null; ascii?: boolean }[] = [
  { text: 'US$', unit: 'USD' }, { text: 'HK$', unit: null }, { text: 'NT$', unit: null }, { text: 'S$', unit: null },
  { text: 'USD', unit: 'USD', ascii: true }, { text: 'RMB', unit: 'CNY', ascii: true },
  { text: 'CNY', unit: 'CNY', ascii: true }, { text: '人民币', unit: 'CNY' }, { text: '美元', unit: 'USD' },
  { text: '$', unit: 'USD' }, { text: '¥', unit: 'CNY' }, { text: '￥', unit: 'CNY' },
];

const PREFIX_LAST = new Set(PREFIXES.map((c) => c.text[c.text.length - 1] as string));

/** A currency sign or word written just before `end` (the number's start; spaces, or 约/近 as in 折合美元约700亿, between). */
export function matchCurrencyPrefix(text: string, end: number): CurrencyPrefix | null {
  let p = end;
  if (text[p - 1] === ' ') p--;
  if ((text[p - 1] === '约' || text[p - 1] === '近') && PREFIX_LAST.has(text[p - 2] as string)) p--;
  if (!PREFIX_LAST.has(text[p - 1] as string)) return null;
  for (const c of PREFIXES) {
    if (!endsWithAt(text, c.text, p)) continue;
    const start = p - c.text.length;
    if (c.ascii && isAsciiLetter(text[start - 1])) continue;
    // 美元 before a number only in 美元1.2亿-style writing, never after another number (300美元 5)
    if (c.text === '美元' && !/[以按约合计为]/.test(text[start - 1] ?? '')) continue;
    if (c.text === '$' && isAsciiLetter(text[start - 1])) continue;
    return { start, text: c.text, unit: c.unit };
  }
  return null;
}
