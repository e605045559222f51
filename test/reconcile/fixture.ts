/** Claims and a small dataset for the verdict tests (test/fixtures/reconcile/records.csv, a reader can open it). */
import { fileURLToPath } from 'node:url';
import { parseDecimal, shift, toNumber } from '../../src/decimal.js';
import { loadDataset } from '../../src/dataset/index.js';
import type { Claim, Period } from '../../src/types.js';

export const dataset = loadDataset({ paths: [fileURLToPath(new URL('../fixtures/reconcile/records.csv', import.meta.url))], replace: true });

export const year = (y: number): Period => ({ year: y, from_month: 1, to_month: 12 });

let nextId = 0;

/**
 * A claim as the claims stage would build it from `text`: `digits` and `magnitude` give the exact value
 * (5822.2 and 8 for 5822.2亿), the precision is the last written digit.
 */
export function claim(text: string, digits: string, magnitude: number, fields: Partial<Claim> & Pick<Claim, 'flow' | 'measure' | 'unit'>): Claim {
  const decimal = shift(parseDecimal(digits), magnitude);
  return {
    id: nextId++,
    text,
    range: [0, text.length],
    block: 0,
    sentence: [0, text.length],
    sentenceText: text,
    of: null,
    decimal,
    value: toNumber(decimal),
    precision: decimal.exponent,
    qualifier: 'exact',
    forecast: false,
    period: year(2021),
    product: '8542',
    partner: null,
    province: null,
    origin: 'sentence',
    // Read in the claim's own sentence unless a test says otherwise.
    fieldEvidence: { flow: { from: 'sentence' }, measure: { from: 'clause' }, period: { from: 'sentence' }, product: { from: 'default' }, partner: { from: 'default' }, unit: { from: 'clause' } },
    ...fields,
  };
}
