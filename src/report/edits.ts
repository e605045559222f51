/**
 * The edits a report suggests: each typo's suggestion in place of what was written. `chipcheck fix` writes
 * them to the file; the language server offers them as quick fixes. Offsets are 0-based, into the text
 * the claims were read from.
 */
import type { CheckedClaim } from '../types.js';

/** A typo's replacement: the claim's range in the original text and what goes there. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  claim: CheckedClaim;
}

/** The edits `fix` makes: typos with a suggestion whose range still holds the text the claim was read from. */
export function typoEdits(text: string, claims: readonly CheckedClaim[]): Edit[] {
  const edits = claims
    .filter((c) => c.verdict === 'typo' && c.suggestion !== null && c.suggestion !== c.text)
    .filter((c) => text.slice(c.start.offset, c.end.offset) === c.text)
    .map((c) => ({ start: c.start.offset, end: c.end.offset, text: c.suggestion!, claim: c }))
    .sort((a, b) => a.start - b.start);
  // Overlapping suggestions cannot both be right: keep the first.
  const kept: Edit[] = [];
  for (const e of edits) if (kept.length === 0 || e.start >= kept[kept.length - 1]!.end) kept.push(e);
  return kept;
}

/** Apply edits (sorted, not overlapping) to the text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
