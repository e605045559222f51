/**
 * Pure text helpers for the TUI: verdict symbols, short Chinese claim descriptions, value formatting, and
 * padding/truncation/wrapping by terminal columns (CJK characters are two columns wide, so `.length` lies).
 */
import stringWidth from 'string-width';
import type { CheckedClaim, Flow, Measure, Period, Unit, Verdict } from '../types.js';

/** Display order of the groups: what an editor must fix first comes first. */
export const VERDICT_ORDER: readonly Verdict[] = ['contradiction', 'typo', 'inconsistent', 'unverifiable', 'match'];

/** A symbol per verdict, so the list and the summary read without colour (NO_COLOR, monochrome terminals). */
export const VERDICT_SYMBOL: Record<Verdict, string> = {
  contradiction: '✗',
  typo: '≈',
  inconsistent: '!',
  unverifiable: '?',
  match: '✓',
};

export const VERDICT_COLOR: Record<Verdict, string> = {
  contradiction: 'red',
  typo: 'yellow',
  inconsistent: 'magenta',
  unverifiable: 'gray',
  match: 'green',
};

/** Findings are what an editor has to act on; unverifiable and match are not. */
export function isFinding(verdict: Verdict): boolean {
  return verdict === 'contradiction' || verdict === 'typo' || verdict === 'inconsistent';
}

const FLOW: Record<Flow, string> = {
  import: '进口',
  export: '出口',
  total_trade: '进出口',
  net_import: '净进口',
  production: '产量',
};

const MEASURE: Record<Measure, string> = { value: '金额', quantity: '数量', yoy: '同比', share: '占比', change: '增减' };

/** HS subheadings an editor knows by name; 8542 itself is the default and goes unsaid. */
const PRODUCT: Record<string, string> = {
  '854231': '处理器及控制器',
  '854232': '存储器',
  '854233': '放大器',
  '854239': '其他集成电路',
  '854290': '零件',
};

/** `2021年`, `2025年7月`, `2021年1–11月`. */
export function formatPeriod(period: Period | null): string {
  if (!period) return '时期不明';
  const { year, from_month: from, to_month: to } = period;
  if (from === 1 && to === 12) return `${year}年`;
  if (from === to) return `${year}年${from}月`;
  return `${year}年${from}–${to}月`;
}

type Described = Pick<CheckedClaim, 'period' | 'flow' | 'measure' | 'of' | 'product' | 'partner' | 'province' | 'forecast'>;

/** The resolved claim in short: `2021年1–11月 进口 数量`, `2025年7月 中国台湾 存储器 进口 金额同比`. */
export function describeClaim(claim: Described): string {
  const parts = [formatPeriod(claim.period)];
  if (claim.province) parts.push(claim.province);
  if (claim.partner) parts.push(claim.partner);
  const product = PRODUCT[claim.product];
  if (product) parts.push(product);
  parts.push(FLOW[claim.flow]);
  parts.push(describeMeasure(claim));
  const text = parts.filter((part) => part !== '').join(' ');
  return claim.forecast ? `${text} (预测)` : text;
}

function describeMeasure(claim: Described): string {
  // 产量 already says "quantity"; only its growth or share needs a word.
  if (claim.flow === 'production' && claim.measure === 'quantity') return '';
  if ((claim.measure === 'yoy' || claim.measure === 'share' || claim.measure === 'change') && claim.of) {
    return `${MEASURE[claim.of]}${MEASURE[claim.measure]}`;
  }
  return MEASURE[claim.measure];
}

const UNIT: Record<Unit, string> = { USD: '美元', CNY: '元', piece: '个', percent: '%', ppt: '个百分点', times: '倍' };

/** A base-unit value as an editor writes it: 432550000000 USD → `4325.5亿美元`, 19.3 percent → `19.3%`. */
export function formatValue(value: number, unit: Unit): string {
  if (unit === 'percent' || unit === 'ppt' || unit === 'times') return `${trimNumber(value)}${UNIT[unit]}`;
  return `${formatMagnitude(value)}${UNIT[unit]}`;
}

/**
 * 5.8222e11 → `5822.2亿`, 1.13516e12 → `11351.6亿` (how customs figures are published; 万亿 would round
 * away the digits that differ), 12345 → `1.23万`, 5822.2 → `5822.2`.
 */
export function formatMagnitude(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e14) return `${trimNumber(value / 1e12)}万亿`;
  if (abs >= 1e8) return `${trimNumber(value / 1e8)}亿`;
  if (abs >= 1e4) return `${trimNumber(value / 1e4)}万`;
  return trimNumber(value);
}

/** At most two decimals, no trailing zeros; display only (exact values stay in the report). */
function trimNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** `+12.3%` / `−0.03%` style relative difference. */
export function formatRelative(relative: number): string {
  const percent = relative * 100;
  const digits = Math.abs(percent) < 1 ? 2 : 1;
  return `${percent >= 0 ? '+' : '−'}${Math.abs(percent).toFixed(digits)}%`;
}

// ---------------------------------------------------------------------------------------------------------
// Columns

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** Cut `text` to at most `width` columns, ending in `…` when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const grapheme of graphemes(text)) {
    const w = stringWidth(grapheme);
    if (used + w > width - 1) break;
    out += grapheme;
    used += w;
  }
  return `${out}…`;
}

/**
 * Cut `text` to at most `width` columns in the middle, `…` standing for what is left out: paths keep their
 * folder's start and their file name, so files in one deep folder stay apart.
 */
export function truncateMiddle(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  if (width <= 2) return truncate(text, width);
  const parts = graphemes(text);
  // The end (the file name) matters more: it gets the larger half.
  const tailWidth = Math.ceil((width - 1) / 2);
  let tail = '';
  let used = 0;
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = stringWidth(parts[i]!);
    if (used + w > tailWidth) break;
    tail = parts[i]! + tail;
    used += w;
  }
  let head = '';
  let headUsed = 0;
  for (const part of parts) {
    const w = stringWidth(part);
    if (headUsed + w > width - 1 - used) break;
    head += part;
    headUsed += w;
  }
  return `${head}…${tail}`;
}

/** Exactly `width` columns: truncated, then padded with spaces (on the right, or the left for `align: 'right'`). */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const cut = truncate(text, width);
  const pad = ' '.repeat(Math.max(0, width - stringWidth(cut)));
  return align === 'left' ? cut + pad : pad + cut;
}

/** A run of text with one style, the unit the detail pane is built from. */
export interface Span {
  text: string;
  color?: string;
  bold?: boolean;
  dim?: boolean;
  inverse?: boolean;
}

/**
 * Wrap styled spans into lines of at most `width` columns, breaking between graphemes (Chinese has no spaces
 * to break at). A line never ends in the middle of a double-width character.
 */
export function wrapSpans(spans: readonly Span[], width: number): Span[][] {
  const lines: Span[][] = [[]];
  let used = 0;
  const safeWidth = Math.max(2, width);
  for (const span of spans) {
    let current = '';
    const flush = (): void => {
      if (current !== '') lines[lines.length - 1]!.push({ ...span, text: current });
      current = '';
    };
    for (const grapheme of graphemes(span.text)) {
      if (grapheme === '\n') {
        flush();
        lines.push([]);
        used = 0;
        continue;
      }
      const w = stringWidth(grapheme);
      if (used + w > safeWidth) {
        flush();
        lines.push([]);
        used = 0;
      }
      current += grapheme;
      used += w;
    }
    flush();
  }
  return lines;
}

export { stringWidth };
