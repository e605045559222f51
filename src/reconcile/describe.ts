/** Words for derivations: periods the way a Chinese editor writes them. */
import type { Period } from '../types.js';

/** 2021年, 2021年1–11月, 2025年7月. */
export function describePeriod(p: Period): string {
  if (p.from_month === 1 && p.to_month === 12) return `${p.year}年`;
  if (p.from_month === p.to_month) return `${p.year}年${p.from_month}月`;
  return `${p.year}年${p.from_month}–${p.to_month}月`;
}
