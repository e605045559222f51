/**
 * Plain text → blocks. A line is a paragraph unless it is the first line (the title), a bullet line (a
 * list item) or holds tabs (a table row). Text extracted from PDFs is hard-wrapped at a fixed width, and
 * blank lines often fall between the pieces: a line as long as the file's wrapped lines that does not
 * end a sentence continues in the next non-empty line, joined without inserting anything.
 */

import type { TextBlock } from '../../types.js';
import { BlockBuilder } from './blocks.js';

/** A header line of a stored copy: `% key: value`. */
const HEADER_LINE = /^%\s*[A-Za-z][\w-]*\s*[:：]/;

interface Line {
  /** Content without the line ending. */
  start: number;
  end: number;
  /** Content without surrounding spaces. */
  trimStart: number;
  trimEnd: number;
  width: number;
  tabs: boolean;
  /** Offset of the text after a bullet, or -1. */
  bullet: number;
}

// Sentence-final punctuation; ASCII `;` `:` `!` `?` are used as full-width ones in PDF extractions.
const FINAL = new Set('。！？；：”」』…!?;:'.split(''));
const BULLETS = new Set('•·▪●◦‣⁃■□◆◇▸►'.split(''));

/** Fewer wrapped lines than this and no width can be trusted. */
const MIN_LINES = 8;
/** Share of lines within ±15% of the wrap width that makes a file hard-wrapped. */
const MIN_WRAPPED_SHARE = 0.3;
/** PDF text columns are between these many display columns wide (CJK counts two). */
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 240;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x3000 || code === 0xfeff || code === 0x0c || code === 0x0b || (code >= 0x2000 && code <= 0x200b);
}

/** Display columns: wide (CJK, full-width) characters count two. */
function columns(text: string, start: number, end: number): number {
  let width = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    width += code >= 0x1100 && !(code >= 0xdc00 && code <= 0xdfff) ? 2 : 1;
  }
  return width;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (code !== 0x0a && code !== 0x0d) continue;
    let end = i;
    let trimStart = start;
    let tabs = false;
    for (let k = start; k < end; k++) {
      if (text.charCodeAt(k) === 0x09) {
        tabs = true;
        break;
      }
    }
    // Tabs are cell separators in table rows: trim only spaces there, so empty cells survive.
    const blank = (c: number) => isSpace(c) || (!tabs && c === 0x09);
    while (trimStart < end && blank(text.charCodeAt(trimStart))) trimStart++;
    let trimEnd = end;
    while (trimEnd > trimStart && blank(text.charCodeAt(trimEnd - 1))) trimEnd--;
    let bullet = -1;
    const first = text[trimStart];
    if (first !== undefined && !tabs) {
      const next = text.charCodeAt(trimStart + 1);
      if (BULLETS.has(first) || ((first === '-' || first === '*') && isSpace(next))) {
        bullet = trimStart + 1;
        while (bullet < trimEnd && isSpace(text.charCodeAt(bullet))) bullet++;
      }
    }
    lines.push({ start, end, trimStart, trimEnd, width: columns(text, trimStart, trimEnd), tabs, bullet });
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  return lines;
}

/** The width a hard-wrapped file wraps at, or 0 when the file is not hard-wrapped. */
function wrapWidth(lines: Line[]): number {
  const widths = lines.filter((l) => l.trimEnd > l.trimStart && !l.tabs && l.bullet < 0).map((l) => l.width);
  if (widths.length < MIN_LINES) return 0;
  const sorted = Float64Array.from(widths).sort();
  const width = sorted[Math.floor(0.8 * (sorted.length - 1))]!;
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return 0;
  let near = 0;
  for (const w of widths) if (w >= 0.85 * width && w <= 1.15 * width) near++;
  return near / widths.length >= MIN_WRAPPED_SHARE ? width : 0;
}

/** Cells of a line split at runs of spaces, or 0 when the line is prose (it holds clause or sentence punctuation). */
function spacedCells(text: string, line: Line): number {
  if (line.tabs || line.bullet >= 0) return 0;
  let cells = 1;
  for (let i = line.trimStart; i < line.trimEnd; i++) {
    const c = text.charCodeAt(i);
    if (FINAL.has(text[i]!) || c === 0xff0c || c === 0x2c || c === 0x3001) return 0;
    if (isSpace(c) && !isSpace(text.charCodeAt(i - 1))) cells++;
  }
  return cells;
}

/** A cell that is a number (3514.4, -1.3, 33,107.8). */
const NUMERIC_CELL = /(?:^|\s)[-－−]?\d[\d,]*(?:\.\d+)?(?=\s|$)/;

/**
 * Lines of a table copied from a web page with its tabs turned to spaces (产品名称 单位 产量 比上年增长(%) ⏎
 * 集成电路 亿块 3514.4 6.9): two or more lines in a row with the same number of space-separated cells (three or
 * more), no punctuation of prose, and numbers in the rows after the first.
 */
function spacedTableLines(text: string, lines: Line[]): Set<Line> {
  const found = new Set<Line>();
  const filled = lines.filter((l) => l.trimEnd > l.trimStart);
  for (let i = 0; i < filled.length; ) {
    const cells = spacedCells(text, filled[i]!);
    let j = i + 1;
    while (cells >= 3 && j < filled.length && spacedCells(text, filled[j]!) === cells) j++;
    const rows = filled.slice(i + 1, j);
    if (j - i >= 2 && rows.some((l) => NUMERIC_CELL.test(text.slice(l.trimStart, l.trimEnd)))) for (const l of filled.slice(i, j)) found.add(l);
    i = Math.max(j, i + 1);
  }
  return found;
}

/** Split plain text into blocks (CRLF, CR and LF line endings). */
export function plainToBlocks(text: string): TextBlock[] {
  const lines = splitLines(text);
  const wrap = wrapWidth(lines);
  const spaced = spacedTableLines(text, lines);
  const builder = new BlockBuilder(false);
  let seenTitle = false;
  let continues = false;
  for (const line of lines) {
    if (line.trimEnd === line.trimStart) continue;
    if (line.tabs || spaced.has(line)) {
      builder.flush();
      builder.kind = 'table-row';
      builder.cells = true;
      pushCells(builder, text, line, !line.tabs);
      builder.flush();
      continues = false;
      seenTitle = true;
      continue;
    }
    // `% source: URL` / `% published: 2021-10-26` lines before the title are a stored copy's header, not its title.
    if (!seenTitle && HEADER_LINE.test(text.slice(line.trimStart, line.trimEnd))) {
      builder.flush();
      builder.kind = 'paragraph';
      builder.pushRange(text, line.trimStart, line.trimEnd);
      builder.flush();
      continue;
    }
    if (!seenTitle) {
      builder.kind = 'title';
      builder.pushRange(text, line.trimStart, line.trimEnd);
      builder.flush();
      seenTitle = true;
      continue;
    }
    if (line.bullet >= 0) {
      builder.flush();
      builder.kind = 'list-item';
      builder.pushRange(text, line.bullet, line.trimEnd);
      builder.flush();
      continues = false;
      continue;
    }
    if (!continues) {
      builder.flush();
      builder.kind = 'paragraph';
    }
    builder.pushRange(text, line.trimStart, line.trimEnd);
    continues = wrap > 0 && line.width >= 0.85 * wrap && !FINAL.has(text[line.trimEnd - 1]!);
  }
  builder.flush();
  return builder.blocks;
}

/**
 * A tab-separated line: cells trimmed of spaces, empty cells kept so columns stay aligned. `bySpaces`: the cells
 * are separated by runs of spaces instead (a copied table that lost its tabs).
 */
function pushCells(builder: BlockBuilder, text: string, line: Line, bySpaces = false): void {
  let cell = line.trimStart;
  for (let i = line.trimStart; i <= line.trimEnd; i++) {
    const separator = bySpaces ? isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i - 1)) : text.charCodeAt(i) === 0x09;
    if (i < line.trimEnd && !separator) continue;
    let s = cell;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    builder.pushRange(text, s, e);
    if (i < line.trimEnd) builder.cellBreak(i);
    cell = i + 1;
  }
}
