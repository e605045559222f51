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

/** Read Markdown into blocks; front matter may follow blank lines (seen in the wild). */
export function markdownToBlocks(text: string): MarkdownBlocks {
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
  const tree = processor.parse(base > 0 ? text.slice(base) : text) as Root;
  const builder = new BlockBuilder(true);
  let frontMatter: FrontMatter | undefined;
  const range = (node: Nodes): [number, number] => [
    (node.position?.start.offset ?? 0) + base,
    (node.position?.end.offset ?? 0) + base,
  ];

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
  builder.flush();
  return frontMatter ? { blocks: builder.blocks, frontMatter, messages } : { blocks: builder.blocks, messages };

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
      if (node.type === 'text' || node.type === 'inlineCode') {
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
