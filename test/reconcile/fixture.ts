/** Claims and a small dataset for the verdict tests (test/fixtures/reconcile/records.csv, a reader can open it). */
import { fileURLToPath } from 'node:url';
import { parseDecimal, shift } from '../../src/decimal.js';
import { loadDataset } from '../../src/dataset/index.js';
import { findNumbers } from '../../src/extract/numbers/index.js';
import type { Claim, NumberSpans, Period } from '../../src/types.js';

export const dataset = loadDataset({ paths: [fileURLToPath(new URL('../fixtures/reconcile/records.csv', import.meta.url))], replace: true });

export const year = (y: number): Period => ({ year: y, from_month: 1, to_month: 12 });

let nextId = 0;

/**
 * A claim as the claims stage would build it from `text`: `digits` and `magnitude` give the exact value
 * (5822.2 and 8 for 5822.2亿), the precision is the last written digit; the spans of numeral, magnitude,
 * unit and qualifier are the number scanner's, as in a real run.
 */
export function claim(text: string, digits: string, magnitude: number, fields: Partial<Claim> & Pick<Claim, 'flow' | 'measure' | 'unit'>): Claim {
  const amount = shift(parseDecimal(digits), magnitude);
  return {
    id: nextId++,
    text,
    range: [0, text.length],
    spans: spansOf(text),
    block: 0,
    sentence: [0, text.length],
    sentenceText: text,
    of: null,
    amount,
    precision: amount.exponent,
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

/** The spans of the one number the scanner finds in `text` (a claim is one number as written). */
export function spansOf(text: string): NumberSpans {
  const mentions = findNumbers(text, 0);
  if (mentions.length !== 1) throw new Error(`fixture claim ${JSON.stringify(text)}: the scanner finds ${mentions.length} numbers, not one`);
  return mentions[0]!.spans;
}
