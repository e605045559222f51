/**
 * Qualifier words around a number (超过了3000亿, 将近3900亿, 3000亿美元左右, 300多亿) and forecast words
 * governing it (将超, 预计…将突破).
 */

import type { Qualifier } from '../../types.js';
import { endsWithAt, isClauseEnd, isIdeograph, isDigit } from './chars.js';

interface QualifierWord {
  text: string;
  qualifier: Qualifier;
  /** Characters that, right before the word, make it part of another word (节约, 最近). */
  notAfter?: string;
  /** Only before a bare magnitude or 半 (过万亿, 过半), never before digits (经过3年). */
  bareOnly?: boolean;
}

/** Longest first, so 将近 wins over 近 and 超过 over 超. */
const BEFORE: readonly QualifierWord[] = [
  { text: '不超过', qualifier: 'under' }, { text: '不少于', qualifier: 'at_least' },
  { text: '不低于', qualifier: 'at_least' }, { text: '未超过', qualifier: 'under' },
  { text: '超过', qualifier: 'over' }, { text: '超出', qualifier: 'over' }, { text: '多于', qualifier: 'over' },
  { text: '高于', qualifier: 'over' }, { text: '大于', qualifier: 'over' },
  { text: '突破', qualifier: 'at_least' }, { text: '首破', qualifier: 'at_least' },
  { text: '冲破', qualifier: 'at_least' }, { text: '再破', qualifier: 'at_least' },
  { text: '达到', qualifier: 'at_least' }, { text: '至少', qualifier: 'at_least' },
  { text: '跌破', qualifier: 'under' },
  { text: '接近', qualifier: 'near' }, { text: '将近', qualifier: 'near' }, { text: '逼近', qualifier: 'near' },
  { text: '近乎', qualifier: 'near' }, { text: '几近', qualifier: 'near' },
  // 涨了快27%, 快3000亿了: colloquial "nearly" (加快, 最快 are speed).
  { text: '快', qualifier: 'near', notAfter: '加赶飞很最较更越太真好尽凉爽痛' },
  // 扩大约50亿美元 is 扩大 and 约, not 大约.
  { text: '大约', qualifier: 'approx', notAfter: '扩' }, { text: '约为', qualifier: 'approx' }, { text: '约合', qualifier: 'approx' },
  { text: '折合', qualifier: 'approx' }, { text: '大概', qualifier: 'approx' }, { text: '大致', qualifier: 'approx' },
  { text: '不足', qualifier: 'under' }, { text: '不到', qualifier: 'under' }, { text: '低于', qualifier: 'under' },
  { text: '少于', qualifier: 'under' }, { text: '小于', qualifier: 'under' },
  // traditional forms
  { text: '超過', qualifier: 'over' }, { text: '達到', qualifier: 'at_least' }, { text: '將近', qualifier: 'near' },
  { text: '大約', qualifier: 'approx' }, { text: '約為', qualifier: 'approx' }, { text: '約合', qualifier: 'approx' },
  { text: '約', qualifier: 'approx', notAfter: '節制合簽條契預公違履特邀相誓踐租簡婉' },
  { text: '超', qualifier: 'over', notAfter: '赶高' },
  { text: '逾', qualifier: 'over' },
  { text: '过', qualifier: 'over', bareOnly: true },
  { text: '破', qualifier: 'at_least', notAfter: '打击攻爆识看点道说揭' },
  { text: '近', qualifier: 'near', notAfter: '最附靠邻亲就贴' },
  { text: '约', qualifier: 'approx', notAfter: '节制合签条契预公违履特邀相誓践租简婉' },
];

/** Last characters of the words above and below: most positions are rejected with one set lookup. */
const BEFORE_LAST = new Set([...BEFORE.map((w) => w.text), '高达', '达'].map((t) => t[t.length - 1] as string));

/** Verbs that may open a bare magnitude without qualifying it (达万亿: reaches one 万亿). */
const BARE_EXACT = ['高达', '达'];

export interface QualifierMatch {
  start: number;
  qualifier: Qualifier;
  text: string;
}

/**
 * The qualifier word just before `end` (the start of the number or its currency sign), allowing 了 and one
 * space between (超过了 3000亿). `bare` is true for a bare magnitude or 半, which 达/过 may also open.
 */
export function qualifierBefore(text: string, end: number, bare: boolean): QualifierMatch | null {
  let p = end;
  if (text[p - 1] === ' ') p--;
  if (text[p - 1] === '了') p--;
  if (!BEFORE_LAST.has(text[p - 1] as string)) return null;
  for (const w of BEFORE) {
    if (!endsWithAt(text, w.text, p)) continue;
    const start = p - w.text.length;
    if (w.bareOnly && !bare) continue;
    if (w.notAfter !== undefined && w.notAfter.includes(text[start - 1] ?? '\n')) continue;
    return { start, qualifier: w.qualifier, text: w.text };
  }
  if (bare) {
    for (const word of BARE_EXACT) {
      if (endsWithAt(text, word, p)) return { start: p - word.length, qualifier: 'exact', text: word };
    }
  }
  return null;
}

interface AfterWord {
  text: string;
  qualifier: Qualifier;
}

/** Written after the number (or its unit). 多 and 余 may also sit between number and magnitude (300多亿). */
const AFTER: readonly AfterWord[] = [
  { text: '左右', qualifier: 'approx' }, { text: '上下', qualifier: 'approx' }, { text: '以上', qualifier: 'at_least' },
  { text: '有余', qualifier: 'over' }, { text: '多', qualifier: 'over' }, { text: '余', qualifier: 'over' },
  // 增长15%+: a headline's plus is "more than".
  { text: '+', qualifier: 'over' }, { text: '＋', qualifier: 'over' },
];

const AFTER_FIRST = new Set(AFTER.map((w) => w.text[0] as string));

/** Words that 上下/多/余 start and that are not qualifiers here (上下游, 多数, 余额). */
const NOT_AFTER: Readonly<Record<string, RegExp>> = {
  上下: /^上下[游文级班]/,
  多: /^多[数种样]/,
  余: /^余[额下量粮]/,
  // 15%+20%: a plus before another number is a sum.
  '+': /^\+\s*[\d０-９]/,
  '＋': /^＋\s*[\d０-９]/,
};

export function qualifierAfter(text: string, i: number): (AfterWord & { end: number }) | null {
  if (!AFTER_FIRST.has(text[i] as string)) return null;
  for (const w of AFTER) {
    if (!text.startsWith(w.text, i)) continue;
    const not = NOT_AFTER[w.text];
    if (not !== undefined && not.test(text.slice(i, i + 3))) continue;
    return { ...w, end: i + w.text.length };
  }
  return null;
}

/** 多 or 余 between a number and its magnitude (300多亿, 3000余亿, 三百多万). */
export function isApproximateFiller(c: string | undefined): boolean {
  return c === '多' || c === '余';
}

const FORECAST_WORDS = [
  '预计', '预期', '有望', '可望', '预测', '预估', '或将', '将会', '将要', '估计', '即将', '預計', '預期', '預測', '或將', '將會',
];
/** Characters of the forecast words and 将: a window without any of them holds no forecast. */
const FORECAST_CHARS = new Set([...FORECAST_WORDS.join(''), '将', '將']);
/** How far back a forecast word may govern a number within one clause. */
const FORECAST_WINDOW = 24;

/**
 * A forecast word governs the mention starting at `start`: 预计/有望/或将… anywhere earlier in the same clause
 * (within a short window), or 将 shortly before a number that has a unit or qualifier (将超4000亿美元; not
 * the object marker in 将 28 家企业列入).
 */
export function isForecast(text: string, start: number, strong: boolean): boolean {
  let from = start;
  while (from > 0 && start - from < FORECAST_WINDOW && !isClauseEnd(text[from - 1]) && !isDigit(text[from - 1])) {
    from--;
  }
  let hint = false;
  for (let k = from; k < start && !hint; k++) hint = FORECAST_CHARS.has(text[k] as string);
  if (!hint) return false;
  const window = text.slice(from, start);
  for (const w of FORECAST_WORDS) if (window.includes(w)) return true;
  if (!strong) return false;
  const jiang = Math.max(window.lastIndexOf('将'), window.lastIndexOf('將'));
  return jiang >= 0 && window.length - jiang <= 8 && isIdeograph(window[jiang]);
}
