/** Words for messages: periods, amounts and figures the way a Chinese editor writes them. */
import type { Figure, Period, Unit } from '../types.js';

/** 2021年, 2021年1–11月, 2025年7月. */
export function describePeriod(p: Period): string {
  if (p.from_month === 1 && p.to_month === 12) return `${p.year}年`;
  if (p.from_month === p.to_month) return `${p.year}年${p.from_month}月`;
  return `${p.year}年${p.from_month}–${p.to_month}月`;
}

const UNIT_WORD: Record<Unit, string> = { USD: '美元', CNY: '元', piece: '个', percent: '%', ppt: '个百分点', times: '倍' };

/** 432550000000 USD → 4325.5亿美元; 19.3 percent → 19.3%. */
export function formatAmount(value: number, unit: Unit): string {
  if (unit === 'percent' || unit === 'ppt' || unit === 'times') return `${round(value, 2)}${UNIT_WORD[unit]}`;
  const abs = Math.abs(value);
  if (abs >= 1e12) return `${round(value / 1e12, 4)}万亿${UNIT_WORD[unit]}`;
  if (abs >= 1e8) return `${round(value / 1e8, 2)}亿${UNIT_WORD[unit]}`;
  if (abs >= 1e4) return `${round(value / 1e4, 2)}万${UNIT_WORD[unit]}`;
  return `${round(value, 2)}${UNIT_WORD[unit]}`;
}

function round(n: number, places: number): string {
  return String(Math.round(n * 10 ** places) / 10 ** places);
}

/** One line an editor reads: `2021年 import value 4325.5亿美元 — GACC via CSIA (medium)`. */
export function describeFigure(f: Figure): string {
  const p = f.provenance[0];
  const source = p ? ` — ${p.agency}${p.url ? `, ${p.url}` : ''} (${p.confidence})` : '';
  const how = f.kind === 'derived' && f.derivation ? ` = ${f.derivation}` : '';
  const version = f.version ? ` [${f.version}]` : '';
  return `${describePeriod(f.key.period)} ${f.key.flow} ${f.key.measure}${f.key.partner ? ` ${f.key.partner}` : ''}${f.key.province ? ` ${f.key.province}` : ''}: ${f.text}${how}${version}${source}`;
}
