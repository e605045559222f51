/**
 * Markdown (and `.txt` files holding Markdown with embedded HTML) → blocks. remark-parse with front
 * matter and GFM tables; HTML nodes go through the HTML reader with their offsets mapped back.
 * Tables come from the GFM table extension alone: all of remark-gfm (autolink literals above all) makes
 * parsing Chinese text 2–3× slower and adds nothing a fact-checker reads.
 */

import type { Nodes, Parent, PhrasingContent, Root, TableRow } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { BlockKind, Message, TextBlock } from '../../types.js';
import { alignText } from './align.js';
import { BlockBuilder } from './blocks.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { htmlToBlocks } from './html.js';
import { plainToBlocks } from './plain.js';

export type { FrontMatter } from './front-matter.js';

export interface MarkdownBlocks {
  blocks: TextBlock[];
  frontMatter?: FrontMatter;
  messages: Message[];
}

/**
 * GFM tables; and no indented code: Chinese articles indent paragraphs with spaces, so an indented code
 * block in them is prose (fenced code still works).
 */
function articleSyntax(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), { disable: { null: ['codeIndented'] } });
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

// Built once: parsing is pure, the processor holds no per-file state.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(articleSyntax).freeze();

/** Container nesting beyond this makes micromark quadratic (10,000 nested list markers take minutes). */
const MAX_CONTAINER_DEPTH = 32;
const MAX_MARKER_RUN = 128;

export interface MarkdownOptions {
  /** Smallest chunk parsed at once, in characters (default 64 Ki); Infinity parses the file whole. */
  chunkChars?: number;
  /** false: give plain paragraphs to the parser too (tests compare both ways). */
  fastPath?: boolean;
}

/** Read Markdown into blocks; front matter may follow blank lines (seen in the wild). */
export function markdownToBlocks(text: string, options: MarkdownOptions = {}): MarkdownBlocks {
  const messages: Message[] = [];
  if (tooDeep(text)) {
    messages.push({
      ruleId: 'chipcheck/markdown-too-deep',
      severity: 'warning',
      reason: `Markdown nested more than ${MAX_CONTAINER_DEPTH} levels deep; read as plain text`,
      hint: 'Flatten the nested lists or quotes if the structure matters',
      notes: { reason: { id: 'file.markdown-too-deep', params: { depth: MAX_CONTAINER_DEPTH } }, hint: { id: 'hint.markdown-too-deep' } },
    });
    return { blocks: plainToBlocks(text), messages };
  }
  const base = frontMatterStart(text);
  const builder = new BlockBuilder(true);
  let frontMatter: FrontMatter | undefined;
  // Parsed a chunk at a time: a chunk's syntax tree is dropped before the next is built, so memory follows
  // the chunk, not the file (a whole 20 MB article's tree took 1.9 GB).
  let chunkStart = base;
  const range = (node: Nodes): [number, number] => [
    (node.position?.start.offset ?? 0) + chunkStart,
    (node.position?.end.offset ?? 0) + chunkStart,
  ];

  for (const { start, end, plain } of segmentsFor(text, base, options)) {
    if (plain === 'front-matter') {
      const read = readFrontMatter(text, start, end, builder);
      frontMatter = read.frontMatter;
      messages.push(...read.messages);
      continue;
    }
    if (plain) {
      builder.flush();
      builder.kind = plain;
      builder.beginText();
      builder.pushRange(text, start, end);
      builder.endText();
      builder.flush();
      continue;
    }
    chunkStart = start;
    readTree(processor.parse(start > 0 || end < text.length ? text.slice(start, end) : text) as Root);
  }
  builder.flush();
  return frontMatter ? { blocks: builder.blocks, frontMatter, messages } : { blocks: builder.blocks, messages };

  function readTree(tree: Root): void {
    const stack: Array<[Nodes, Parent['type'] | null]> = [];
    for (let i = tree.children.length - 1; i >= 0; i--) stack.push([tree.children[i]!, 'root']);
    while (stack.length > 0) {
      const [node, parent] = stack.pop()!;
      switch (node.type) {
        case 'yaml': {
          const [start, end] = range(node);
          const read = readFrontMatter(text, start, end, builder);
          frontMatter = read.frontMatter;
          messages.push(...read.messages);
          break;
        }
        case 'heading':
          phrasing(node.children, 'heading');
          break;
        case 'paragraph':
          phrasing(node.children, parent === 'listItem' ? 'list-item' : 'paragraph');
          break;
        case 'table':
          for (const row of node.children) tableRow(row);
          break;
        case 'html': {
          builder.flush();
          const [rawStart, end] = range(node);
          // Inside a list item remark expands a tab into indentation the file does not have ("\t<p>" gives
          // "  <p>"): leading white space means nothing in HTML, so drop it on both sides before aligning.
          const value = node.value.trimStart();
          let start = rawStart;
          while (start < end && /\s/.test(text[start]!)) start++;
          const toSource = sourceMap(value, text, start, end);
          const html = htmlToBlocks(value, { fragment: true, toSource });
          builder.blocks.push(...html.blocks);
          messages.push(...html.messages);
          break;
        }
        case 'root':
        case 'blockquote':
        case 'list':
        case 'listItem':
        case 'footnoteDefinition':
          for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, node.type]);
          break;
        default:
          // Code, thematic breaks, definitions: not prose.
          break;
      }
    }
  }

  function tableRow(row: TableRow): void {
    builder.flush();
    builder.kind = 'table-row';
    builder.cells = true;
    row.children.forEach((cell, i) => {
      if (i > 0) builder.cellBreak(range(cell)[0]);
      inline(cell.children);
    });
    builder.flush();
  }

  function phrasing(children: PhrasingContent[], kind: BlockKind): void {
    builder.flush();
    builder.kind = kind;
    inline(children);
    builder.flush();
  }

  function inline(children: PhrasingContent[]): void {
    const pending: PhrasingContent[] = children.slice().reverse();
    // Inline `<script>`/`<style>` arrive as open tag, text, close tag: the text is not content.
    let skipUntil: string | null = null;
    while (pending.length > 0) {
      const node = pending.pop()!;
      const [start, end] = range(node);
      if (node.type === 'html') {
        const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]{0,31})/.exec(node.value);
        const name = tag?.[2]?.toLowerCase();
        if (tag && !tag[1] && (name === 'script' || name === 'style')) skipUntil = name;
        else if (tag && tag[1] && name === skipUntil) skipUntil = null;
        else if (name === 'br') builder.whitespace(start, true);
        continue;
      }
      if (skipUntil) continue;
      if (node.type === 'text') {
        builder.beginText();
        alignText(node.value, text, start, end, builder);
        builder.endText();
      } else if (node.type === 'inlineCode') {
        alignText(node.value, text, start, end, builder);
      } else if (node.type === 'break') {
        // A hard break is `\` or two spaces before the line ending: the space maps to the line ending.
        const slice = text.slice(start, end);
        const newline = slice.search(/[\r\n]/);
        builder.whitespace(newline >= 0 ? start + newline : start, true);
      } else if ('children' in node) {
        for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
      }
      // Images (alt text is not content) and footnote references are skipped.
    }
  }
}

/** Characters of Markdown parsed at once, at least: a chunk ends at the first safe break after this many. */
const CHUNK_CHARS = 1 << 16;

// A link reference definition ([id]: url) gives meaning to `[text][id]` anywhere in the file: parse such a file whole.
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const FENCE_OPEN = /^[ \t>]*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const LIST_OR_QUOTE = /^[ \t]*(?:>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;
/** HTML blocks that may hold blank lines (CommonMark kinds 1–5), and what ends each. */
const HTML_SPANS: Array<[RegExp, RegExp]> = [
  [/^[ \t>]*<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^[ \t>]*<!--/, /-->/],
  [/^[ \t>]*<\?/, /\?>/],
  [/^[ \t>]*<!\[CDATA\[/, /\]\]>/],
  [/^[ \t>]*<![A-Za-z]/, />/],
];

/** A stretch of the file read on its own: Markdown for the parser, or a plain paragraph or heading. */
export interface MarkdownSegment {
  start: number;
  end: number;
  /**
   * A paragraph with no Markdown syntax (see PLAIN_LINE), or the text of an ATX heading with none: its
   * block is its text, the parser is not needed. Front matter is read as YAML, without the parser too.
   */
  plain: false | 'paragraph' | 'heading' | 'front-matter';
}

/**
 * A line the parser would keep as is inside a paragraph: nothing at its start that opens a block (#, >, a
 * list marker, =, -, a fence, HTML, a table pipe, indentation), no inline syntax anywhere (escapes, code,
 * emphasis, links, HTML, entities, cells) and no white space at its ends (which the parser strips).
 */
/** The opening fence of YAML front matter as micromark's frontmatter extension reads it: ---, spaces, a line ending. */
const FRONT_MATTER_OPEN = /^---[ \t]*\r?\n$/;

/** An ATX heading whose text is plain (and holds no `#`, which could close it): group 1 is its text. */
const PLAIN_HEADING = /^#{1,6}[ \t]+([^ \t#>\-+*=|<`~\\_[\]&\u0000-\u001f][^\\`*_[\]<&|#\u0000-\u001f]*?)[ \t]*$/;
const PLAIN_LINE = /^(?![\d]{1,9}[.)])[^ #>\-+*=|<`~\\_[\]&\u0000-\u001f][^\\`*_[\]<&|\u0000-\u001f]*(?<![ \t\u000b\f])$/;

/**
 * Split Markdown into segments that read to the same blocks one by one as the whole file does: breaks
 * fall only at a blank line, outside fenced code and multi-line HTML blocks, before a line that cannot
 * continue what came before it (a line indented under an open list or quote could). A paragraph of plain
 * lines after such a break is a segment of its own, read without the parser (most of an article: the
 * parser's tree costs far more than the text). Other segments are at least `minChars` long; front matter
 * stays in the first; a file with reference definitions is one segment for the parser.
 */
export function markdownSegments(text: string, start = 0, minChars = CHUNK_CHARS): MarkdownSegment[] {
  if (DEFINITION.test(text)) return [{ start, end: text.length, plain: false }];
  const segments: MarkdownSegment[] = [];
  let chunk = start;
  let pos = start;
  // Front matter (--- … ---) may hold blank lines: no break before its end.
  const frontMatter = text.startsWith('---', start);
  // Front matter as the parser reads it (--- alone on the first line, a closing --- line) is a segment of
  // its own, read without the parser; what follows starts afresh, as after a blank line.
  let alone = false;
  if (frontMatter) {
    const close = /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
    close.lastIndex = start + 3;
    const m = close.exec(text);
    if (m) pos = m.index + m[0].length;
    if (m && m[0].startsWith('\n---') && FRONT_MATTER_OPEN.test(text.slice(start, text.indexOf('\n', start) + 1))) {
      const end = m.index + m[0].replace(/\r?\n$/, '').length;
      segments.push({ start, end, plain: 'front-matter' });
      chunk = end;
      alone = true;
    }
  }
  let fence: string | null = null;
  let htmlEnd: RegExp | null = null;
  let container = false;
  // The start of the file is a break like a blank line.
  let blank = !frontMatter || alone;
  // A stretch of blank lines between plain segments holds no block: the parser is not called for it.
  const close = (at: number) => {
    if (at > chunk && !/^\s*$/.test(text.slice(chunk, at))) segments.push({ start: chunk, end: at, plain: false });
    chunk = at;
  };
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol).replace(/\r$/, '');
    const isBlank = /^[ \t]*$/.test(line);
    if (fence !== null) {
      const m = FENCE_CLOSE.exec(line);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length) fence = null;
    } else if (htmlEnd !== null) {
      if (htmlEnd.test(line)) htmlEnd = null;
    } else if (!isBlank) {
      const indented = line[0] === ' ' || line[0] === '\t';
      if (blank && !indented) {
        const heading = line[0] === '#' ? PLAIN_HEADING.exec(line) : null;
        if (heading) {
          // Nothing follows a heading on its line: the next line starts afresh, as after a blank one.
          const from = pos + /^#{1,6}[ \t]+/.exec(line)![0].length;
          close(pos);
          segments.push({ start: from, end: from + heading[1]!.length, plain: 'heading' });
          chunk = eol;
          container = false;
          pos = eol + 1;
          continue;
        }
        const end = plainParagraphEnd(text, pos);
        if (end >= 0) {
          close(pos);
          segments.push({ start: pos, end, plain: 'paragraph' });
          chunk = end;
          container = false;
          blank = false;
          pos = end + 1;
          continue;
        }
      }
      if (blank && pos - chunk >= minChars && (!indented || !container)) close(pos);
      if (LIST_OR_QUOTE.test(line)) container = true;
      else if (blank && !indented) container = false;
      const open = FENCE_OPEN.exec(line);
      if (open) fence = open[1]!;
      else {
        for (const [begins, ends] of HTML_SPANS) {
          if (!begins.test(line)) continue;
          if (!ends.test(line.slice(line.indexOf('<') + 2))) htmlEnd = ends;
          break;
        }
      }
    }
    blank = isBlank && fence === null && htmlEnd === null;
    pos = eol + 1;
  }
  close(text.length);
  if (segments.length === 0) segments.push({ start, end: text.length, plain: false });
  return segments;
}

/** Where the paragraph starting at `pos` ends (before its line ending) when all its lines are plain, else −1. */
function plainParagraphEnd(text: string, pos: number): number {
  let end = -1;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    if (eol === pos) break;
    if (!PLAIN_LINE.test(text.slice(pos, eol))) {
      // A blank line (spaces only) ends the paragraph; anything else is syntax.
      return /^[ \t]*$/.test(text.slice(pos, eol)) ? end : -1;
    }
    end = eol;
    pos = eol + 1;
  }
  return end;
}

/** The segments to read; without the fast path, neighbours are merged into chunks of at least `chunkChars`. */
function segmentsFor(text: string, base: number, options: MarkdownOptions): MarkdownSegment[] {
  const segments = markdownSegments(text, base, options.chunkChars);
  if (options.fastPath !== false) return segments;
  const minChars = options.chunkChars ?? CHUNK_CHARS;
  const merged: MarkdownSegment[] = [];
  // Contiguous: a heading's marks and the blank lines between segments belong to the chunk they fall in.
  let at = base;
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last && last.end - last.start < minChars) last.end = segment.end;
    else merged.push({ start: at, end: segment.end, plain: false });
    at = segment.end;
  }
  if (merged.length > 0) merged.at(-1)!.end = text.length;
  return merged;
}

/** The Markdown segments without the plain ones set apart: what the parser would be given. */
export function markdownChunks(text: string, start = 0, minChars = CHUNK_CHARS): Array<[number, number]> {
  return markdownSegments(text, start, minChars).map(({ start: from, end }) => [from, end]);
}

/** Where front matter starts: after leading blank lines when `---` follows them, else 0. */
function frontMatterStart(text: string): number {
  const match = /^(?:[ \t]*(?:\r\n|\r|\n))+(?=---[ \t]*(?:\r\n|\r|\n))/.exec(text);
  return match ? match[0].length : 0;
}

/** Offsets of a parser's value (cut from `text[start, end)` minus line prefixes) in the file. */
function sourceMap(value: string, text: string, start: number, end: number): (offset: number) => number {
  if (end - start === value.length && text.startsWith(value, start)) return (offset) => offset + start;
  const map = new Int32Array(value.length + 1);
  let i = 0;
  alignText(value, text, start, end, {
    push(unit, offset) {
      for (let k = 0; k < unit.length; k++) map[i++] = offset;
    },
  });
  map[value.length] = end;
  return (offset) => map[Math.min(offset, value.length)]!;
}

/** Nesting so deep (or marker runs so long) that micromark would take minutes. */
function tooDeep(text: string): boolean {
  let depth = 0;
  let atLineStart = true;
  // Lists also nest by indentation, one level per line: a marker indented past 2 columns a level is too deep.
  let indent = 0;
  let run = 0;
  let runChar = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2a || code === 0x5f || code === 0x7e || code === 0x5b) {
      run = code === runChar ? run + 1 : 1;
      runChar = code;
      if (run > MAX_MARKER_RUN) return true;
    } else {
      run = 0;
    }
    if (code === 0x0a || code === 0x0d) {
      atLineStart = true;
      depth = 0;
      indent = 0;
      continue;
    }
    if (!atLineStart) continue;
    if (code === 0x20 || code === 0x09) {
      indent += code === 0x09 ? 4 : 1;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if (code === 0x3e || ((code === 0x2d || code === 0x2a || code === 0x2b) && (next === 0x20 || next === 0x09))) {
      if (++depth > MAX_CONTAINER_DEPTH || indent > 2 * MAX_CONTAINER_DEPTH) return true;
      continue;
    }
    if (code >= 0x30 && code <= 0x39) {
      let k = i;
      while (k < text.length && k - i < 9 && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++;
      const mark = text.charCodeAt(k);
      const after = text.charCodeAt(k + 1);
      if ((mark === 0x2e || mark === 0x29) && (after === 0x20 || after === 0x09)) {
        if (++depth > MAX_CONTAINER_DEPTH || indent > 2 * MAX_CONTAINER_DEPTH) return true;
        i = k;
        continue;
      }
    }
    atLineStart = false;
  }
  return false;
}
