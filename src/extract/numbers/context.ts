/**
 * Context that makes digits something other than a quantity: dates and periods (2021年, 1－11月份, 前10个月),
 * ordinals and list markers (第一, 1. at a line start), footnotes ([1], [2-3]), figure and table numbers
 * (表 3), HS codes (HS编码8542, 存储器（854232）), identifiers and URLs (5G, member46034, https://…).
 */

import { isAsciiLetter, isDigit, isIdeograph, endsWithAt, skipSpaces, skipSpacesBack } from './chars.js';

/** Words after a number that make it a date, a time or a length of time. */
const TIME_WORDS = [
  '年', '月', '日', '号', '號', '世纪', '季度', '时', '点', '點', '小时', '分钟', '秒', '周', '天', '岁', '歲',
  '个月', '個月', '个多月', '个季度', '个小时', '个工作日', '个交易日', '个星期', '星期', '多年', '余年', '多个月',
];

const TIME_FIRST = new Set(TIME_WORDS.map((w) => w[0] as string));

/** The number ending at `end` is followed by a date or time word (spaces allowed between: 2022 年). */
export function isFollowedByTimeWord(text: string, end: number): boolean {
  const p = skipSpaces(text, end, 1);
  if (!TIME_FIRST.has(text[p] as string)) return false;
  for (const w of TIME_WORDS) {
    if (!text.startsWith(w, p)) continue;
    // 日元 is a currency; 点 followed by a digit is a Chinese decimal point handled by the numeral parser
    if (w === '日' && text[p + 1] === '元') continue;
    return true;
  }
  return false;
}

/** Words before a number that make it an ordinal, a figure or table number, or a code. */
const ORDINAL_BEFORE = ['第', '表', '图', '圖', '编号', '型号', '代号', '星期', '礼拜', '双'];
/** Before Chinese numerals only: 双十一, 初十, 周一. */
const CHINESE_ORDINAL_BEFORE = ['初', '周'];
/** Before Chinese numerals: vague amounts (几十亿, 数百亿, 上千亿) are not figures. */
const VAGUE_BEFORE = '几数上成';
/** 表 and 图 in other words (代表3000家, 试图) do not number a table or a figure. */
const NOT_FIGURE = '代发报外列仪手年时试意企地版蓝构草宏';
const CODE_BEFORE = ['编码', '代码', '税号', '税则号', 'HS', '商品编码', '海关编码'];
/** Linking words between a code name and the code (HS编码为8542, 编码：854232). */
const CODE_LINKS = ['为', '是', ':', ' '];

/**
 * Whether what precedes the digits starting at `start` makes them an ordinal, a figure number, a code or part
 * of an identifier. `chinese` adds the ordinals only Chinese numerals take (初十, 周一).
 */
export function precedingContextExcludes(text: string, start: number, chinese = false): boolean {
  const p = skipSpacesBack(text, start, 1);
  const prev = text[p - 1];
  if (p === start && prev !== undefined) {
    const currency = ['USD', 'RMB', 'CNY'].some((c) => endsWithAt(text, c, p)); // USD100
    if ((isAsciiLetter(prev) && !currency) || '_#@=&\\/.^'.includes(prev)) return true;
  }
  // 排名前 10, 前三大: a rank (前10个月 is a period and caught by the time words)
  if (text[p - 1] === '前' && (!isIdeograph(text[p - 2]) || '排名列居位的'.includes(text[p - 2] as string))) return true;
  for (const w of ORDINAL_BEFORE) {
    if (!endsWithAt(text, w, p)) continue;
    if ((w === '表' || w === '图') && NOT_FIGURE.includes(text[p - 2] ?? '\n')) continue;
    return true;
  }
  if (chinese) {
    for (const w of CHINESE_ORDINAL_BEFORE) if (endsWithAt(text, w, p)) return true;
    if (p === start && prev !== undefined && VAGUE_BEFORE.includes(prev)) return true;
  }
  let q = p;
  for (const link of CODE_LINKS) {
    if (endsWithAt(text, link, q) && link !== ' ') {
      q -= link.length;
      break;
    }
  }
  q = skipSpacesBack(text, q, 1);
  for (const w of CODE_BEFORE) if (endsWithAt(text, w, q)) return true;
  return false;
}

/**
 * The digits at [start, end) stand alone inside brackets: footnotes ([1], [2-3]), list numbers ((1), （2）)
 * and HS codes after a product name (存储器（854232）). Returns the index after the closing bracket, or -1.
 */
export function bracketedMarkerEnd(text: string, start: number, integerEnd: number): number {
  const open = text[start - 1];
  if (open === '[') {
    // [1] [2-3] [15-16] [1,2]
    let p = integerEnd;
    while (p < text.length && p - integerEnd < 16 && (isDigit(text[p]) || '-,~—–、 '.includes(text[p] as string))) p++;
    return text[p] === ']' ? p + 1 : -1;
  }
  if (open === '(' || open === '〔') {
    const close = text[integerEnd];
    return close === ')' || close === '〕' ? integerEnd + 1 : -1;
  }
  return -1;
}

/** Numbering at the start of a line: `1. `, `2、`, `3）`, `(4)` followed by a heading, not a decimal. */
export function isLineStartMarker(text: string, start: number, integerEnd: number): boolean {
  const before = skipSpacesBack(text, start, 8);
  if (before !== 0 && text[before - 1] !== '\n') return false;
  const mark = text[integerEnd];
  if (mark === '、' || mark === ')') return true;
  if (mark === '.') return !isDigit(text[skipSpaces(text, integerEnd + 1, 1)]);
  return false;
}

/**
 * An inline list marker: 措施：1、加强…；2、推进…, 注：1. 表中… (a small integer after punctuation, followed
 * by 、 or by `.`/`)` and a space or an ideograph).
 */
export function isInlineListMarker(text: string, start: number, integerEnd: number): boolean {
  const mark = text[integerEnd];
  if (integerEnd - start > 2 || (mark !== '、' && mark !== '.' && mark !== ')')) return false;
  const prev = text[skipSpacesBack(text, start, 2) - 1];
  if (prev !== undefined && !':;。，,；：！？!?'.includes(prev)) return false;
  const next = text[mark === '、' ? integerEnd + 1 : skipSpaces(text, integerEnd + 1, 1)];
  return next !== undefined && isIdeograph(next);
}

/** A year in a list of years (2019、2020年; 2021和2022年): four digits 1900–2099 then a separator and another. */
export function isYearInList(text: string, digits: string, end: number): boolean {
  if (!/^(19|20)\d\d$/.test(digits)) return false;
  let p = end;
  if (!'、,，和与及/'.includes(text[p] ?? 'x')) return false;
  p = skipSpaces(text, p + 1, 1);
  return /^(19|20)\d\d/.test(text.slice(p, p + 4)) && !isDigit(text[p + 4]);
}

/** A month, quarter or day in a list of them: 5、6月份, 1和2季度, 3、4日. */
export function isDateInList(text: string, digits: string, end: number): boolean {
  if (digits.length > 2 || !'、,，和与及'.includes(text[end] ?? 'x')) return false;
  let p = skipSpaces(text, end + 1, 1);
  const from = p;
  while (isDigit(text[p]) && p - from < 3) p++;
  if (p === from || p - from > 2) return false;
  p = skipSpaces(text, p, 1);
  return ['月', '季度', '日', '号'].some((w) => text.startsWith(w, p));
}

/** A year in English writing: in 2024, since 2018, by 2030 (Chinese writes 2024年, caught by the time words). */
export function isEnglishYear(text: string, start: number, digits: string): boolean {
  if (!/^(19|20)\d\d$/.test(digits)) return false;
  const before = text.slice(Math.max(0, start - 7), start).toLowerCase();
  return /(?:^|[^a-z])(?:in|since|by|of|from|to|until|during|fy) $/.test(before);
}

/** A calendar date or clock time starting with these digits: 2024-12-25, 2024/12/25, 10:25. */
export function dateOrTimeEnd(text: string, intStart: number, intEnd: number): number {
  const sep = text[intEnd];
  if (sep === ':' && isDigit(text[intEnd + 1])) {
    let p = intEnd;
    while (p < text.length && (isDigit(text[p]) || (text[p] === ':' && isDigit(text[p + 1])))) p++;
    return p;
  }
  if ((sep === '-' || sep === '/') && intEnd - intStart === 4 && /^(19|20)/.test(text.slice(intStart, intStart + 2))) {
    let p = intEnd + 1;
    let n = 0;
    while (isDigit(text[p]) && n < 2) (p++, n++);
    if (n === 0 || isDigit(text[p])) return -1;
    if (text[p] === sep && isDigit(text[p + 1])) {
      p++;
      n = 0;
      while (isDigit(text[p]) && n < 2) (p++, n++);
      return isDigit(text[p]) ? -1 : p;
    }
    // 2025-08: a year and a month
    return Number(text.slice(intEnd + 1, p)) <= 12 ? p : -1;
  }
  if (sep === '·' && isDigit(text[intEnd + 1]) && intEnd - intStart <= 2) {
    // 3·15, 9·11: a month and a day
    let p = intEnd + 1;
    while (isDigit(text[p])) p++;
    return p;
  }
  if (sep === '/' && isDigit(text[intEnd + 1])) {
    // 12/25, 1/3: a date or a fraction, never one of our quantities
    let p = intEnd + 1;
    while (p < text.length && (isDigit(text[p]) || (text[p] === '/' && isDigit(text[p + 1])))) p++;
    return p;
  }
  return -1;
}

/** Where an identifier or URL token that starts (or continues) at `i` ends. */
export function tokenEnd(text: string, i: number): number {
  let p = i;
  while (p < text.length) {
    const c = text[p] as string;
    if (isAsciiLetter(c) || isDigit(c) || '_@.-#'.includes(c)) p++;
    else break;
  }
  return p > i ? p : i + 1;
}

/** Where a URL starting at `i` ends (at white space, an ideograph or a closing quote or bracket). */
export function urlEnd(text: string, i: number): number {
  let p = i;
  while (p < text.length) {
    const c = text[p] as string;
    if (c === ' ' || c === '\n' || c === '\t' || isIdeograph(c) || '"\'<>()（）【】“”‘’，。；'.includes(c)) break;
    p++;
  }
  return p;
}
