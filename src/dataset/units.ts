/**
 * Published units → base units. A record keeps its value as published (`4325.5` in `亿美元`); figures are in
 * base units (USD, CNY, piece), so the unit string carries the magnitude: 亿 = 10^8, 万 = 10^4.
 */
import type { Unit } from '../types.js';

export type RecordMeasure = 'quantity' | 'value' | 'rate';

export interface UnitInfo {
  /** The base unit; `rate` is CNY per USD. */
  base: Unit | 'rate';
  /** Base-10 exponent of the magnitude written in the unit (亿 → 8). */
  exponent: number;
}

const MAGNITUDES: Array<[string, number]> = [['万亿', 12], ['千亿', 11], ['亿', 8], ['千万', 7], ['百万', 6], ['万', 4], ['千', 3], ['', 0]];
/** GACC counts 个; media write 块, 颗, 片, 只 or 枚 for the same unit. */
const PIECES = ['个', '块', '颗', '片', '只', '枚'];

const TABLE: ReadonlyMap<string, UnitInfo> = (() => {
  const table = new Map<string, UnitInfo>();
  for (const [word, exponent] of MAGNITUDES) {
    for (const piece of PIECES) table.set(word + piece, { base: 'piece', exponent });
    table.set(`${word}美元`, { base: 'USD', exponent });
    table.set(`${word}元`, { base: 'CNY', exponent });
  }
  table.set('CNY per USD', { base: 'rate', exponent: 0 });
  return table;
})();

/** The units a record may use, for error messages. */
export const KNOWN_UNITS = 'quantity: 亿个/亿块/万个/个…, value: 亿美元/万美元/美元 or 亿元/万亿元/万元/元, rate: CNY per USD';

export function unitInfo(unit: string): UnitInfo | undefined {
  return TABLE.get(unit.trim());
}

/** Which base units each record measure allows. */
export function unitFitsMeasure(info: UnitInfo, measure: RecordMeasure): boolean {
  if (measure === 'quantity') return info.base === 'piece';
  if (measure === 'value') return info.base === 'USD' || info.base === 'CNY';
  return info.base === 'rate';
}
