/**
 * Building text blocks with an offset map. Every stage of the sources module appends characters together
 * with the 0-based offset in the original file that produced them; this module keeps the map exact.
 */

import type { BlockKind, TextBlock } from '../../types.js';

/** ASCII whitespace that HTML and Markdown collapse, plus NBSP (a reader sees a space). */
export function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x0c || code === 0xa0;
}

/** Code units of scripts written without spaces (CJK, kana, full-width forms, astral planes). */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

// Sentence-final punctuation and a label's colon (ASCII forms as web copies use them): a line ending so ends its block.
const LINE_FINAL = new Set('。！？：”」』…!?:'.split(''));
// Clause-internal punctuation: a line ending so continues in the next line.
const LINE_CONTINUES = new Set('，、；,;（(《“「'.split(''));
/** Display columns under which an unpunctuated line is a line of its own (a label, 第1名：韩国), not a wrapped one. */
const SHORT_LINE_COLUMNS = 40;

/**
 * Whether a line break inside one text run of HTML or Markdown ends a block, given the last code unit of
 * the line before it, its display columns and the first code unit after the break.
 * Browsers and Markdown join such lines, but copied pages keep one paragraph or label per line
 * (第1名：韩国⏎进口数量647亿个…): read as one run, 韩国进口 becomes Korea's imports. A line that ends a
 * sentence stands alone; so does a short line with no clause mark at its end, unless a number continues
 * it (进口额⏎3494亿美元); a long unpunctuated line is hard-wrapped and continues.
 */
export function lineEndsBlock(lastCode: number, columns: number, nextCode: number): boolean {
  if (lastCode < 0) return false;
  const last = String.fromCharCode(lastCode);
  if (LINE_FINAL.has(last)) return true;
  if (LINE_CONTINUES.has(last)) return false;
  const digitNext = (nextCode >= 0x30 && nextCode <= 0x39) || (nextCode >= 0xff10 && nextCode <= 0xff19);
  return columns < SHORT_LINE_COLUMNS && !digitNext;
}

/**
 * Accumulates blocks. With `collapse`, whitespace runs become one space (mapped to the run's first
 * character) and are dropped at block edges and at line breaks between CJK characters, as a reader of
 * rendered HTML or Markdown sees them; a line break inside one text run (between `beginText` and
 * `endText`) ends the block where the text shows a line of its own (`lineEndsBlock`, or a blank line).
 */
export class BlockBuilder {
  readonly blocks: TextBlock[] = [];
  kind: BlockKind = 'paragraph';
  cells = false;
  private text = '';
  // The open block's offsets, in a buffer reused from block to block; a block keeps an exact-size copy
  // (4 bytes a code unit, where an array of numbers takes 8 and more).
  private offsets = new OffsetBuffer();
  private end = 0;
  private space = -1;
  private spaceHasBreak = false;
  // The last code unit of `text`: reading it back from a string built by += flattens it, quadratic on a long line.
  private lastCode = -1;
  // Line structure inside a text run: whether a run is open and has text, where its current line starts in
  // `text`, and the line breaks in the pending whitespace.
  private inText = false;
  private textSeen = false;
  private lineColumns = 0;
  private pendingBreaks = 0;

  constructor(private readonly collapse: boolean) {}

  get empty(): boolean {
    return this.text.length === 0;
  }

  /** Append one code unit (or a decoded entity's units) produced by the source range [offset, end). */
  push(unit: string, offset: number, end: number): void {
    const code = unit.charCodeAt(0);
    if (this.collapse && unit.length === 1 && isCollapsible(code)) {
      this.whitespace(offset, code === 0x0a || code === 0x0d);
      if (code === 0x0a && this.textSeen) this.pendingBreaks++;
      return;
    }
    if (this.pendingBreaks > 0) this.lineBreak(code);
    this.textSeen = this.inText;
    this.lineColumns += code >= 0x1100 ? 2 : 1;
    const last = this.offsets.last();
    // Parsers may move text out of source order (HTML foster parenting): keep each block's map monotone.
    if (offset < last || (this.space >= 0 && offset < this.space)) this.flush(true);
    if (this.space >= 0) {
      const prev = this.lastCode;
      const drop = this.text.length === 0 || prev === 0x09 || (this.spaceHasBreak && isCjk(prev) && isCjk(code));
      if (!drop) {
        this.text += ' ';
        this.lastCode = 0x20;
        this.offsets.push(this.space);
      }
      this.space = -1;
      this.spaceHasBreak = false;
    }
    for (let i = 0; i < unit.length; i++) {
      this.offsets.push(offset);
    }
    this.text += unit;
    this.lastCode = unit.charCodeAt(unit.length - 1);
    this.end = end;
  }

  /** Append source[start, end) verbatim, one offset per code unit. */
  pushRange(source: string, start: number, end: number): void {
    if (start >= end) return;
    if (this.collapse) {
      for (let i = start; i < end; i++) this.push(source[i]!, i, i + 1);
      return;
    }
    const last = this.offsets.last();
    if (start < last) this.flush(true);
    this.text += source.slice(start, end);
    this.lastCode = source.charCodeAt(end - 1);
    this.offsets.pushRun(start, end);
    this.end = end;
  }

  /** Text of one run (a text node) follows: line breaks inside it may end blocks. */
  beginText(): void {
    this.inText = true;
    this.textSeen = false;
    this.pendingBreaks = 0;
  }

  /** The run has ended: breaks after it (before markup) join as whitespace. */
  endText(): void {
    this.inText = false;
    this.textSeen = false;
    this.pendingBreaks = 0;
  }

  /** A line break inside a text run, before `nextCode`: end the block, or start a new line in it. */
  private lineBreak(nextCode: number): void {
    const blank = this.pendingBreaks > 1;
    this.pendingBreaks = 0;
    if (!this.cells && (blank || lineEndsBlock(this.lastCode, this.lineColumns, nextCode))) this.flush(true);
    this.lineColumns = 0;
  }

  /** A whitespace run starting at `offset` (collapsed into at most one space). */
  whitespace(offset: number, lineBreak: boolean): void {
    if (this.space < 0) this.space = offset;
    if (lineBreak) this.spaceHasBreak = true;
  }

  /** A table cell boundary: a tab mapped to where the next cell starts. */
  cellBreak(offset: number): void {
    const last = this.offsets.last();
    this.space = -1;
    this.spaceHasBreak = false;
    this.text += '\t';
    this.lastCode = 0x09;
    const at = Math.max(offset, last, 0);
    this.offsets.push(at);
    this.end = Math.max(this.end, at);
    this.cells = true;
  }

  /** Close the current block; blocks with no visible text are dropped. `keep` keeps kind and cells. */
  flush(keep = false): void {
    if (/[^\t]/.test(this.text)) {
      this.offsets.push(Math.max(this.end, this.offsets.last()));
      const block: TextBlock = { kind: this.kind, text: this.text, offsets: this.offsets.take() };
      if (this.cells) block.cells = true;
      this.blocks.push(block);
    }
    this.text = '';
    this.lastCode = -1;
    this.offsets.clear();
    this.end = 0;
    this.space = -1;
    this.spaceHasBreak = false;
    this.lineColumns = 0;
    this.pendingBreaks = 0;
    if (!keep) this.cells = false;
  }
}

/** A growable list of offsets: the open block's map, copied out exact-size when the block closes. */
class OffsetBuffer {
  private data = new Int32Array(256);
  length = 0;

  last(): number {
    return this.length > 0 ? this.data[this.length - 1]! : -1;
  }

  push(offset: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = offset;
  }

  /** Offsets start, start + 1, …, end − 1 (a verbatim run of the source). */
  pushRun(start: number, end: number): void {
    if (this.length + end - start > this.data.length) this.grow(this.length + end - start);
    for (let i = start; i < end; i++) this.data[this.length++] = i;
  }

  take(): Int32Array {
    return this.data.slice(0, this.length);
  }

  clear(): void {
    this.length = 0;
    // A very long block's buffer is not kept for the small ones after it.
    if (this.data.length > 1 << 20) this.data = new Int32Array(256);
  }

  private grow(needed: number): void {
    let size = this.data.length * 2;
    while (size < needed) size *= 2;
    const data = new Int32Array(size);
    data.set(this.data.subarray(0, this.length));
    this.data = data;
  }
}

/** An offset map through `toSource` (a fragment's offsets into the file around it). */
export function mapOffsets(offsets: TextBlock['offsets'], toSource: (offset: number) => number): Int32Array {
  const out = new Int32Array(offsets.length);
  for (let i = 0; i < offsets.length; i++) out[i] = toSource(offsets[i]!);
  return out;
}
