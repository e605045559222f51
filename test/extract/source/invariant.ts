/**
 * The offset-map invariant every block must keep: `text[i]` is the character the author typed at
 * `source.text[offsets[i]]` (or its simplified form, or a character of the spun word it replaces), or, for what a reader sees but was not typed as such (a space for a
 * whitespace run, a tab between table cells, a decoded entity), the start of what produced it.
 */

import { expect } from 'vitest';
import { toSimplified } from '../../../src/extract/source/simplify.js';
import { SPUN_MARKERS, SPUN_REWRITES } from '../../../src/claims/lexicon.js';

/** A character of an undone spinner's rewrite may point into the rewrite it stands for (美 at 好意思). */
const SPUN = [...Object.entries(SPUN_MARKERS), ...Object.entries(SPUN_REWRITES)];
const spunFrom = (shown: string, typed: string) => SPUN.some(([spun, plain]) => plain.includes(shown) && toSimplified(spun).includes(toSimplified(typed)));
import type { Source } from '../../../src/types.js';

const WHITESPACE = /[\s\u00a0]/;

/** Reasons a block breaks the invariant; empty when it holds. */
export function offsetProblems(source: Source): string[] {
  const problems: string[] = [];
  source.blocks.forEach((block, b) => {
    const { text, offsets } = block;
    if (offsets.length !== text.length + 1) {
      problems.push(`block ${b}: ${offsets.length} offsets for ${text.length} code units`);
      return;
    }
    for (let i = 0; i < offsets.length; i++) {
      const offset = offsets[i]!;
      if (!Number.isInteger(offset) || offset < 0 || offset > source.text.length) {
        problems.push(`block ${b}[${i}]: offset ${offset} outside the file`);
        return;
      }
      if (i > 0 && offset < offsets[i - 1]!) {
        problems.push(`block ${b}[${i}]: offset ${offset} < ${offsets[i - 1]}`);
        return;
      }
      if (i === text.length) break;
      const typed = source.text[offset];
      const shown = text[i]!;
      if (typed === shown) continue;
      if (typed !== undefined && toSimplified(typed) === shown) continue; // 億 is read as 亿
      if (typed === '&') continue; // a character reference
      if (typed !== undefined && spunFrom(shown, typed)) continue; // 美元 read from 好意思元
      if (WHITESPACE.test(shown) && typed !== undefined && (WHITESPACE.test(typed) || typed === '<' || typed === '|')) continue;
      problems.push(`block ${b}[${i}]: shows ${JSON.stringify(shown)} but the file has ${JSON.stringify(typed)} at ${offset}`);
      return;
    }
  });
  return problems;
}

export function expectOffsetsExact(source: Source): void {
  expect(offsetProblems(source)).toEqual([]);
}
