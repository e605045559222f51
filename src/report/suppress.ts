import { location } from 'vfile-location';
import type { CheckedClaim, FileResult } from '../types.js';

/** A stretch of the file where some rules (or all, when `rules` is null) are off. Offsets 0-based, end-exclusive. */
export interface DisabledRange {
  from: number;
  to: number;
  rules: string[] | null;
}

// `<!-- chipcheck-disable rule… -->` anywhere, or `# …` / `// …` at the start of a line (plain text).
const HTML_COMMENT = /<!--[ \t]*chipcheck-(disable-next-line|disable|enable)\b([^>]*?)-->/gu;
const LINE_COMMENT = /^[ \t]*(?:#|\/\/)[ \t]*chipcheck-(disable-next-line|disable|enable)\b([^\r\n]*)/gmu;

function ruleList(raw: string): string[] | null {
  const rules = raw.trim().split(/[\s,]+/u).filter(Boolean);
  return rules.length > 0 ? rules : null;
}

/** Where the ignore comments of a file turn checks off. */
export function disabledRanges(text: string): DisabledRange[] {
  const directives = [...text.matchAll(HTML_COMMENT), ...text.matchAll(LINE_COMMENT)]
    .map((m) => ({ kind: m[1]!, rules: ruleList(m[2] ?? ''), start: m.index, end: m.index + m[0].length }))
    .sort((a, b) => a.start - b.start);
  if (directives.length === 0) return [];
  const place = location(text);
  // The line after the one holding `offset`, as offsets [start, end).
  const lineAfter = (offset: number): [number, number] | null => {
    const line = place.toPoint(offset)?.line;
    const next = line === undefined ? undefined : place.toOffset({ line: line + 1, column: 1 });
    if (line === undefined || next === undefined) return null;
    return [next, place.toOffset({ line: line + 2, column: 1 }) ?? text.length];
  };
  const ranges: DisabledRange[] = [];
  // Open `disable` blocks: all rules (null) or the named ones.
  let open: { from: number; rules: string[] | null }[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-next-line') {
      const line = lineAfter(d.end - 1);
      if (line) ranges.push({ from: line[0], to: line[1], rules: d.rules });
    } else if (d.kind === 'disable') {
      open.push({ from: d.end, rules: d.rules });
    } else {
      const closing = d.rules;
      const still: typeof open = [];
      for (const block of open) {
        if (closing === null) {
          ranges.push({ from: block.from, to: d.start, rules: block.rules });
        } else if (block.rules === null) {
          // `enable x` does not reopen part of a `disable` of every rule: that block stays open.
          still.push(block);
        } else {
          const remaining = block.rules.filter((r) => !closing.some((c) => sameRule(c, r)));
          ranges.push({ from: block.from, to: d.start, rules: block.rules });
          if (remaining.length > 0) still.push({ from: d.end, rules: remaining });
        }
      }
      open = still;
    }
  }
  for (const block of open) ranges.push({ from: block.from, to: text.length, rules: block.rules });
  return ranges;
}

/** `contradiction`, `chipcheck/contradiction` and the verdict's own name all name a claim's rule. */
function sameRule(written: string, ruleId: string): boolean {
  const bare = (s: string) => s.replace(/^chipcheck\//u, '');
  return bare(written) === bare(ruleId);
}

function disables(range: DisabledRange, claim: CheckedClaim): boolean {
  if (claim.start.offset < range.from || claim.start.offset >= range.to) return false;
  if (range.rules === null) return true;
  return range.rules.some((r) => sameRule(r, claim.ruleId) || sameRule(r, `chipcheck/${claim.verdict}`));
}

/** Whether an ignore comment in `ranges` (the file's `disabledRanges`) turns this claim off. */
export function isSuppressed(ranges: DisabledRange[], claim: CheckedClaim): boolean {
  return ranges.some((range) => disables(range, claim));
}

/**
 * Drop the claims an ignore comment turns off: a claim goes when its start offset falls in a disabled
 * range for its rule id (or its verdict). The comments are read from the file's own decoded text.
 */
export function suppress(result: FileResult): FileResult {
  const ranges = disabledRanges(result.text);
  if (ranges.length === 0) return result;
  return { ...result, claims: result.claims.filter((claim) => !ranges.some((range) => disables(range, claim))) };
}
