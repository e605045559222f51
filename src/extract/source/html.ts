/**
 * HTML → blocks. unified with rehype-parse (parse5 underneath) gives a hast tree with source offsets,
 * walked here with an explicit stack. rehype's tree conversion recurses once per element and overflows
 * the stack at about 1,800 levels, so a document nested deeper than `MAX_DEPTH` is read as its
 * text with the nesting taken out, with a warning.
 */

import type { Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { BlockKind, Message, TextBlock } from '../../types.js';
import { alignText } from './align.js';
import { BlockBuilder, mapOffsets } from './blocks.js';
import { deeperThanAt, flattenTags } from './html-scan.js';

export interface HtmlOptions {
  /** Parse as a fragment (HTML inside Markdown) rather than a whole document. */
  fragment?: boolean;
  /** Map an offset in `html` to the original file (for fragments cut out of a larger file). */
  toSource?: (offset: number) => number;
}

export interface HtmlBlocks {
  blocks: TextBlock[];
  messages: Message[];
}

/** Not text a reader reads: scripts, styles, embedded objects, form controls. */
const SKIP = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'embed', 'textarea',
  'select', 'canvas', 'video', 'audio', 'meta', 'link', 'base',
]);

/** Elements that start and end a block of text. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'head', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'ul',
]);

/** The block kind an element gives the text inside it (innermost wins); other blocks are paragraphs. */
const KIND: Record<string, BlockKind> = {
  title: 'title', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', caption: 'caption', figcaption: 'caption',
};

/** Real pages nest a few dozen levels; rehype's tree conversion overflows the stack at about 1,800. */
const MAX_DEPTH = 1000;

type HtmlProcessor = Processor<Root>;
const processors: { document?: HtmlProcessor; fragment?: HtmlProcessor } = {};

/** Built on first use and kept: parsing is pure, the processor holds no per-file state. */
function processor(fragment: boolean): HtmlProcessor {
  const key = fragment ? 'fragment' : 'document';
  return (processors[key] ??= unified().use(rehypeParse, { fragment, emitParseErrors: true }).freeze());
}

const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/y;

/**
 * parse5 starts a text node that begins with a character reference after skipped whitespace (before
 * `<body>`) at the reference's `;`: move the start back to its `&`.
 */
function textStart(html: string, value: string, start: number): number {
  if (html[start] !== ';' || value[0] === ';') return start;
  const amp = html.lastIndexOf('&', start);
  if (amp < 0 || start - amp > 40) return start;
  REFERENCE.lastIndex = amp;
  const m = REFERENCE.exec(html);
  return m && amp + m[0].length === start + 1 ? amp : start;
}

/** Turn HTML into blocks. Malformed HTML is read as browsers read it; parse errors become one message. */
export function htmlToBlocks(html: string, options: HtmlOptions = {}): HtmlBlocks {
  const fragment = options.fragment ?? false;
  const toSource = options.toSource ?? ((offset: number) => offset);
  const messages: Message[] = [];
  let blocks: TextBlock[] | undefined;
  const deepAt = deeperThanAt(html, MAX_DEPTH);
  if (deepAt < 0) {
    const file = new VFile(html);
    try {
      blocks = walk(processor(fragment).parse(file), html);
    } catch (error) {
      // The depth estimate missed (`<div/>` opens a div): the stack overflowed converting the tree.
      if (!(error instanceof RangeError)) throw error;
    }
    // A page without <!doctype> is how most article HTML comes: not worth a message on its own.
    const errors = file.messages.filter((m) => m.ruleId !== 'missing-doctype');
    const first = errors[0];
    if (blocks && first) {
      const place = first.place;
      const offset = place && 'start' in place ? place.start.offset : place?.offset;
      const count = errors.length;
      const message: Message = {
        ruleId: 'chipcheck/html-parse',
        severity: 'info',
        reason: `Malformed HTML (${count} parse error${count === 1 ? '' : 's'}; first: ${first.ruleId}); read as a browser would`,
        hint: 'Check the text around this place reads as intended',
        notes: { reason: { id: count === 1 ? 'file.html-parse-one' : 'file.html-parse', params: { count, first: first.ruleId ?? '' } }, hint: { id: 'hint.html-parse' } },
      };
      if (offset !== undefined) message.offset = toSource(offset);
      messages.push(message);
    }
  }
  if (!blocks) {
    const message: Message = {
      ruleId: 'chipcheck/html-too-deep',
      severity: 'warning',
      reason: `HTML nested more than ${MAX_DEPTH} levels deep; read as text without its headings, lists and tables`,
      hint: 'Remove the needless nesting if the structure matters',
      notes: { reason: { id: 'file.html-too-deep', params: { depth: MAX_DEPTH } }, hint: { id: 'hint.html-too-deep' } },
    };
    if (deepAt >= 0) message.offset = toSource(deepAt);
    messages.push(message);
    blocks = readFlat(html);
  }
  if (options.toSource) for (const block of blocks) block.offsets = mapOffsets(block.offsets, toSource);
  return { blocks, messages };
}

/** The text of HTML too deep to parse into a tree: block-level tags break paragraphs, nothing else counts. */
function readFlat(html: string): TextBlock[] {
  const flat = flattenTags(html, BLOCK, SKIP);
  const blocks = walk(processor(true).parse(new VFile(flat.html)), flat.html);
  for (const block of blocks) block.offsets = mapOffsets(block.offsets, (offset) => flat.map[offset]!);
  return blocks;
}

/** Blocks of a hast tree parsed from `html`, offsets into `html`. */
function walk(tree: Root, html: string): TextBlock[] {
  const builder = new BlockBuilder(true);
  const kinds: BlockKind[] = [];
  let rowDepth = 0;
  let cellCount = 0;
  // The table's grid: a cell spanning rows (rowspan) covers its columns in the rows below, and one spanning
  // columns (colspan) covers the columns after it. Covered places are empty cells, so that every cell of a
  // row stands under its column's header (商品名称 | 计量单位 | 4月 (2 columns) | …, then 数量 | 金额 under 4月).
  let covered: number[] = [];
  let coveredNow: boolean[] = [];
  // Columns a cell spans after its own, made empty cells at the next cell's `<` (trailing ones add nothing).
  let spanned = 0;
  // Cells that lay out a page (the article inside <td>, as older sites do) are read as the page they hold, not
  // as a table row: the row depth outside each such cell, restored when it closes.
  const layoutCells: Array<{ node: Nodes; rowDepth: number }> = [];
  // Entries are [node, exiting]: children are visited between a node's enter and exit.
  const stack: Array<[Nodes, boolean]> = [[tree, false]];
  while (stack.length > 0) {
    const [node, exiting] = stack.pop()!;
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      if (builder.empty) {
        builder.kind = rowDepth > 0 ? 'table-row' : kinds[kinds.length - 1] ?? 'paragraph';
        builder.cells = rowDepth > 0;
      }
      builder.beginText();
      alignText(node.value, html, textStart(html, node.value, start), end, builder);
      builder.endText();
      continue;
    }
    if (node.type !== 'element' && node.type !== 'root') continue;
    const name = node.type === 'element' ? node.tagName : '';
    if (SKIP.has(name)) continue;
    // Elements the parser implied (a `<tbody>`, a `<tr>`) have no position: -1 adds no separator.
    const start = node.type === 'element' ? node.position?.start.offset ?? -1 : -1;
    if (!exiting) {
      if (name === 'br' || name === 'hr') {
        if (rowDepth > 0) separate(start);
        else builder.flush();
        continue;
      }
      if (name === 'table' && rowDepth === 0) covered = [];
      if (name === 'tr') {
        if (rowDepth === 0) {
          builder.flush();
          builder.kind = 'table-row';
          builder.cells = true;
          cellCount = 0;
          spanned = 0;
          coveredNow = covered.map((rows) => rows > 0);
          covered = covered.map((rows) => Math.max(0, rows - 1));
        } else {
          separate(start);
        }
        rowDepth++;
      } else if ((name === 'td' || name === 'th') && rowDepth > 0 && isLayoutCell(node)) {
        builder.flush();
        layoutCells.push({ node, rowDepth });
        rowDepth = 0;
      } else if ((name === 'td' || name === 'th') && rowDepth > 0) {
        if (rowDepth === 1) {
          for (; spanned > 0; spanned--) cell(start);
          while (coveredNow[cellCount]) cell(start);
          const rows = spanOf(node, 'rowSpan');
          if (rows > 1) for (let c = cellCount; c < cellCount + spanOf(node, 'colSpan'); c++) covered[c] = rows - 1;
          cell(start);
        } else separate(start);
      } else if (BLOCK.has(name) && rowDepth === 0) {
        builder.flush();
      }
      const kind = KIND[name];
      if (kind) kinds.push(kind);
      stack.push([node, true]);
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, false]);
      continue;
    }
    if (KIND[name]) kinds.pop();
    if (layoutCells.length > 0 && layoutCells[layoutCells.length - 1]!.node === node) {
      builder.flush();
      rowDepth = layoutCells.pop()!.rowDepth;
      cellCount = 0;
      continue;
    }
    if ((name === 'td' || name === 'th') && rowDepth === 1) spanned += spanOf(node, 'colSpan') - 1;
    if (name === 'tr') {
      rowDepth--;
      if (rowDepth === 0) builder.flush();
    } else if (BLOCK.has(name) && rowDepth === 0) {
      builder.flush();
    }
  }
  builder.flush();
  return builder.blocks;

  /** One more cell of the row: a tab mapped to the cell's `<` before every cell but the first. */
  function cell(offset: number): void {
    if (cellCount++ > 0) builder.cellBreak(offset);
  }

  /** Cells and rows nested in a row are separated by a space mapped to their `<`. */
  function separate(offset: number): void {
    if (offset >= 0) builder.whitespace(offset, false);
  }
}

/** Elements whose presence in a cell makes it hold a page rather than a datum. */
const LAYOUT_INSIDE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'section', 'main']);
/** Block children of a cell: one (Word's <td><p>集成电路</p></td>) is a datum, two or more lay out text. */
const BLOCK_CHILDREN = new Set(['p', 'div', 'ul', 'ol', 'table', 'blockquote', 'pre', 'dl']);
/** A cell holding this much text with a sentence end in it is prose, not a datum. */
const PROSE_CELL = 60;

/**
 * Does a table cell lay out a page (headings, several paragraphs, or prose), rather than hold one datum? Looks
 * at no more than a few thousand nodes: enough to tell, and bounded on any page.
 */
function isLayoutCell(cell: Nodes): boolean {
  if (cell.type !== 'element') return false;
  const blocks = cell.children.filter((c) => c.type === 'element' && BLOCK_CHILDREN.has(c.tagName)).length;
  if (blocks >= 2) return true;
  let text = 0;
  let sentenceEnd = false;
  let budget = 5000;
  const stack: Nodes[] = [...cell.children];
  while (stack.length > 0 && budget-- > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      text += node.value.trim().length;
      if (/[。！？]/.test(node.value)) sentenceEnd = true;
    } else if (node.type === 'element') {
      if (LAYOUT_INSIDE.has(node.tagName)) return true;
      if (!SKIP.has(node.tagName)) stack.push(...node.children);
    }
  }
  return text >= PROSE_CELL && sentenceEnd;
}

/** A cell's rowspan or colspan: 1 when absent or unreadable, at most 100 (a page's typo must not blow up a row). */
function spanOf(node: Nodes, property: 'rowSpan' | 'colSpan'): number {
  if (node.type !== 'element') return 1;
  const value = Number(node.properties[property] ?? 1);
  return Number.isInteger(value) && value > 1 ? Math.min(value, 100) : 1;
}
