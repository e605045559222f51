import { location } from 'vfile-location';
import type { CheckedClaim, FileResult, Message } from '../types.js';
import { render, type Lang } from './messages/index.js';
import { createLocator } from './position.js';

/** A stretch of the file where some rules (or all, when `rules` is null) are off. Offsets 0-based, end-exclusive. */
export interface DisabledRange {
  from: number;
  to: number;
  rules: string[] | null;
  /** The comment that turned them off: its 0-based offsets and its text. */
  comment: { start: number; end: number; text: string };
}

// `<!-- chipcheck-disable rule… -->` anywhere, or `# …` / `// …` at the start of a line (plain text); the
// same-line form `chipcheck-disable-line` also after the text of its line (`… 1539万美元 # chipcheck-disable-line`).
const HTML_COMMENT = /<!--[ \t]*chipcheck-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/gu;
const LINE_COMMENT = /^[ \t]*(?:#|\/\/)[ \t]*chipcheck-(disable-next-line|disable|enable)\b([^\r\n]*)/gmu;
const SAME_LINE_COMMENT = /(?:#|\/\/)[ \t]*chipcheck-(disable-line)\b([^\r\n]*)/gu;

function ruleList(raw: string): string[] | null {
  const rules = raw.trim().split(/[\s,]+/u).filter(Boolean);
  return rules.length > 0 ? rules : null;
}

/** Where the ignore comments of a file turn checks off. */
export function disabledRanges(text: string): DisabledRange[] {
  const directives = [...text.matchAll(HTML_COMMENT), ...text.matchAll(LINE_COMMENT), ...text.matchAll(SAME_LINE_COMMENT)]
    .map((m) => {
      const start = m.index + m[0].length - m[0].trimStart().length;
      const end = m.index + m[0].trimEnd().length;
      return { kind: m[1]!, rules: ruleList(m[2] ?? ''), start, end, comment: { start, end, text: text.slice(start, end) } };
    })
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
  // The line holding `offset`, as offsets [start, end).
  const lineOf = (offset: number): [number, number] => {
    const line = place.toPoint(offset)?.line ?? 1;
    return [place.toOffset({ line, column: 1 }) ?? 0, place.toOffset({ line: line + 1, column: 1 }) ?? text.length];
  };
  const ranges: DisabledRange[] = [];
  // Open `disable` blocks: all rules (null) or the named ones.
  let open: { from: number; rules: string[] | null; comment: DisabledRange['comment'] }[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-next-line') {
      const line = lineAfter(d.end - 1);
      if (line) ranges.push({ from: line[0], to: line[1], rules: d.rules, comment: d.comment });
    } else if (d.kind === 'disable-line') {
      const [from, to] = lineOf(d.start);
      ranges.push({ from, to, rules: d.rules, comment: d.comment });
    } else if (d.kind === 'disable') {
      open.push({ from: d.end, rules: d.rules, comment: d.comment });
    } else {
      const closing = d.rules;
      const still: typeof open = [];
      for (const block of open) {
        if (closing === null) {
          ranges.push({ from: block.from, to: d.start, rules: block.rules, comment: block.comment });
        } else if (block.rules === null) {
          // `enable x` does not reopen part of a `disable` of every rule: that block stays open.
          still.push(block);
        } else {
          const remaining = block.rules.filter((r) => !closing.some((c) => sameRule(c, r)));
          ranges.push({ from: block.from, to: d.start, rules: block.rules, comment: block.comment });
          if (remaining.length > 0) still.push({ from: d.end, rules: remaining, comment: block.comment });
        }
      }
      open = still;
    }
  }
  for (const block of open) ranges.push({ from: block.from, to: text.length, rules: block.rules, comment: block.comment });
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
export function suppress(result: FileResult, options: SuppressOptions = {}): FileResult {
  const { text } = result;
  const ranges = disabledRanges(text);
  if (ranges.length === 0) return result;
  const claims = result.claims.filter((claim) => !ranges.some((range) => disables(range, claim)));
  if (!options.reportUnused) return { ...result, claims };
  // `--report-unused-disable`, as ESLint and markdownlint: a comment that turns nothing off is stale.
  const used = new Set(ranges.filter((range) => result.claims.some((claim) => disables(range, claim))).map((range) => range.comment.start));
  const locator = createLocator(text);
  const unused = new Map<number, DisabledRange['comment']>();
  for (const range of ranges) if (!used.has(range.comment.start)) unused.set(range.comment.start, range.comment);
  const messages: FileResult['messages'] = [...unused.values()].map((comment) => {
    const message: Message = {
      ruleId: 'chipcheck/unused-disable',
      severity: 'warning',
      reason: render({ id: 'text.unused-disable', params: { comment: comment.text } }, options.lang ?? 'en'),
      offset: comment.start,
      hint: render({ id: 'hint.unused-disable' }, options.lang ?? 'en'),
    };
    return { ...message, start: locator.toPoint(comment.start) };
  });
  return { ...result, claims, messages: [...result.messages, ...messages] };
}

export interface SuppressOptions {
  /** Report ignore comments that turn nothing off, as warnings on the file (`chipcheck/unused-disable`). */
  reportUnused?: boolean;
  /** The language of those warnings; default `en`. */
  lang?: Lang;
}
