/**
 * Table-driven mention cases. Each expected mention is one line a reader can check against the sentence:
 *
 *   'raw | value[..upper] | unit | qualifier | precision [| forecast] [| key=value…]'
 *
 * `raw` is the exact text of the mention (its span is located in order of appearance), `value` the exact
 * decimal in base units, `unit` one of USD CNY piece percent ppt times or `-` for none. Optional keys:
 * `mag=` (magnitude as written), `ut=` (unit text), `qt=` (qualifier text), `style=` (arabic/chinese/mixed).
 */

import { expect } from 'vitest';
import { findNumbers } from '../../../src/extract/numbers/index.js';
import { toDecimalString } from '../../../src/decimal.js';
import type { NumberMention } from '../../../src/types.js';

export type Case = [sentence: string, expected: string[]];

interface Expected {
  raw: string;
  value: string;
  upper: string | undefined;
  unit: string | null;
  qualifier: string;
  precision: number;
  forecast: boolean;
  extra: Record<string, string>;
}

function parse(line: string): Expected {
  const parts = line.split(' | ').map((p) => p.trim());
  const [raw, value, unit, qualifier, precision, ...rest] = parts;
  if (raw === undefined || value === undefined || unit === undefined || qualifier === undefined || precision === undefined) {
    throw new Error(`bad expectation: ${line}`);
  }
  const [low, high] = value.split('..');
  const extra: Record<string, string> = {};
  let forecast = false;
  for (const r of rest) {
    if (r === 'forecast') forecast = true;
    else {
      const eq = r.indexOf('=');
      extra[r.slice(0, eq)] = r.slice(eq + 1);
    }
  }
  return {
    raw, value: low as string, upper: high, unit: unit === '-' ? null : unit, qualifier,
    precision: Number(precision), forecast, extra,
  };
}

/** What a mention looks like in a failure message: the same shape as the expectation. */
function show(m: NumberMention): string {
  const v = toDecimalString(m.amount) + (m.upper ? `..${toDecimalString(m.upper)}` : '');
  return [m.raw, v, m.unit ?? '-', m.qualifier, String(m.precision), ...(m.forecast ? ['forecast'] : [])].join(' | ');
}

export function checkCase(sentence: string, expected: string[]): void {
  const found = findNumbers(sentence, 7);
  expect(found.map(show), sentence).toHaveLength(expected.length);
  let from = 0;
  expected.forEach((line, k) => {
    const want = parse(line);
    const m = found[k] as NumberMention;
    const start = sentence.indexOf(want.raw, from);
    expect(start, `"${want.raw}" is not in the sentence`).toBeGreaterThanOrEqual(0);
    const got = show(m);
    expect({ start: m.start, end: m.end, mention: got }, sentence).toEqual({
      start,
      end: start + want.raw.length,
      mention: [want.raw, want.value + (want.upper ? `..${want.upper}` : ''), want.unit ?? '-', want.qualifier,
        String(want.precision), ...(want.forecast ? ['forecast'] : [])].join(' | '),
    });
    expect(m.raw).toBe(sentence.slice(m.start, m.end));
    expect(m.block).toBe(7);
    expect(m.start <= m.numberStart && m.numberStart < m.numberEnd && m.numberEnd <= m.end).toBe(true);
    const keys: Record<string, unknown> = { mag: m.magnitude, ut: m.unitText, qt: m.qualifierText, style: m.style };
    for (const [key, value] of Object.entries(want.extra)) {
      expect(keys[key] === null ? '-' : keys[key], `${key} of ${want.raw}`).toBe(value);
    }
    from = start + want.raw.length;
  });
}
