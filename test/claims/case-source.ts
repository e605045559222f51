/**
 * Builds a `Source` from a test case's text the way a plain-text reader would, so the claims stage can be
 * exercised without the reader: one block per non-empty line (a `table-row` when the line holds a tab, the
 * first line a `title` when the case says so), or — for a hard-wrapped case — one block per paragraph with
 * the line breaks dropped. Offsets map each block character back into the case text. Like the reader, it
 * converts traditional characters to simplified ones before the claims stage (whose word lists are
 * simplified only).
 */
import { buildClaims } from '../../src/claims/index.js';
import { findNumbers } from '../../src/extract/numbers/index.js';
import { simplifyBlocks } from '../../src/extract/source/simplify.js';
import type { BlockKind, Claim, NumberMention, Source, TextBlock } from '../../src/types.js';

export interface CaseText {
  text: string;
  published: string | null;
  /** The first non-empty line is a headline. */
  title?: boolean;
  /** Lines of a paragraph (up to a blank line) were hard-wrapped: join them into one block. */
  wrap?: boolean;
}

function block(kind: BlockKind, parts: Array<{ text: string; at: number }>): TextBlock {
  let text = '';
  const offsets: number[] = [];
  for (const p of parts) {
    text += p.text;
    for (let i = 0; i < p.text.length; i++) offsets.push(p.at + i);
  }
  const last = parts[parts.length - 1]!;
  offsets.push(last.at + last.text.length);
  return { kind, text, offsets, ...(kind === 'table-row' ? { cells: true } : {}) };
}

export function caseSource(c: CaseText): Source {
  const lines: Array<{ text: string; at: number }> = [];
  let at = 0;
  for (const line of c.text.split('\n')) {
    lines.push({ text: line, at });
    at += line.length + 1;
  }
  const blocks: TextBlock[] = [];
  let paragraph: Array<{ text: string; at: number }> = [];
  const flush = () => {
    if (paragraph.length) blocks.push(block(blocks.length === 0 && c.title ? 'title' : 'paragraph', paragraph));
    paragraph = [];
  };
  for (const line of lines) {
    if (line.text.trim() === '') {
      flush();
      continue;
    }
    if (line.text.includes('\t')) {
      flush();
      blocks.push(block('table-row', [line]));
      continue;
    }
    if (c.wrap && !(c.title && blocks.length === 0 && paragraph.length === 1)) {
      paragraph.push(line);
      continue;
    }
    paragraph.push(line);
    flush();
  }
  flush();
  return { path: 'case.txt', text: c.text, kind: 'plain', encoding: 'utf-8', blocks: simplifyBlocks(blocks), published: c.published, messages: [], bom: false, ok: true };
}

/** The claims chipcheck finds in a case: numbers per block, then claims. */
export function caseClaims(c: CaseText): Claim[] {
  const source = caseSource(c);
  const mentions: NumberMention[] = source.blocks.flatMap((b, i) => findNumbers(b.text, i));
  return buildClaims(source, mentions, { published: c.published });
}
