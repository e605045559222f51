/**
 * Number mentions: a text block's text → every number written in it, with exact spans, exact decimal
 * values in base units, unit, magnitude, qualifier and forecast as written.
 */

import type { NumberMention } from '../../types.js';
import { scanNumbers } from './scan.js';

export { normalizeDigits } from './normalize.js';

/**
 * Find the number mentions in `text` (the text of block number `block`). Spans are 0-based, end-exclusive
 * UTF-16 indices into `text`. Dates, periods, ordinals, footnote marks, codes and identifiers give no mention.
 */
export function findNumbers(text: string, block: number): NumberMention[] {
  return scanNumbers(text, block);
}
