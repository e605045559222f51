/**
 * HTML → blocks. parse5 (the parser under rehype-parse) with source locations, walked with an explicit
 * stack: hast-util-from-parse5 recurses once per element and overflows the stack on deeply nested input,
 * so rehype's tree is not used here.
 */

import { parse, parseFragment, type DefaultTreeAdapterTypes as P5, type ParserError } from 'parse5';
import type { BlockKind, Message, TextBlock } from '../../types.js';
import { alignText } from './align.js';
import { BlockBuilder } from './blocks.js';

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

type Node = P5.ChildNode | P5.ParentNode;

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
  let errors = 0;
  let firstError: ParserError | undefined;
  const parserOptions = {
    sourceCodeLocationInfo: true,
    onParseError(error: ParserError) {
      if (errors++ === 0) firstError = error;
    },
  };
  const root: P5.ParentNode = options.fragment ? parseFragment(html, parserOptions) : parse(html, parserOptions);

  const builder = new BlockBuilder(true);
  const kinds: BlockKind[] = [];
  let rowDepth = 0;
  let cellCount = 0;
  // Entries are [node, exiting]: children are visited between a node's enter and exit.
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length > 0) {
    const [node, exiting] = stack.pop()!;
    if (node.nodeName === '#text') {
      const text = node as P5.TextNode;
      const location = text.sourceCodeLocation;
      if (!location) continue;
      if (builder.empty) {
        builder.kind = rowDepth > 0 ? 'table-row' : kinds[kinds.length - 1] ?? 'paragraph';
        builder.cells = rowDepth > 0;
      }
      alignText(text.value, html, textStart(html, text.value, location.startOffset), location.endOffset, builder);
      continue;
    }
    if (!('childNodes' in node)) continue;
    const name = 'tagName' in node ? node.tagName : '';
    if (SKIP.has(name)) continue;
    // Elements the parser implied (a `<tbody>`, a `<tr>`) have no location: -1 adds no separator.
    const location = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined;
    const start = location ? location.startOffset : -1;
    if (!exiting) {
      if (name === 'br' || name === 'hr') {
        if (rowDepth > 0) separate(start);
        else builder.flush();
        continue;
      }
      if (name === 'tr') {
        if (rowDepth === 0) {
          builder.flush();
          builder.kind = 'table-row';
          builder.cells = true;
          cellCount = 0;
        } else {
          separate(start);
        }
        rowDepth++;
      } else if ((name === 'td' || name === 'th') && rowDepth > 0) {
        if (rowDepth === 1 && cellCount++ > 0) builder.cellBreak(start);
        else separate(start);
      } else if (BLOCK.has(name) && rowDepth === 0) {
        builder.flush();
      }
      const kind = KIND[name];
      if (kind) kinds.push(kind);
      stack.push([node, true]);
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, false]);
      continue;
    }
    if (KIND[name]) kinds.pop();
    if (name === 'tr') {
      rowDepth--;
      if (rowDepth === 0) builder.flush();
    } else if (BLOCK.has(name) && rowDepth === 0) {
      builder.flush();
    }
  }
  builder.flush();

  /** Cells and rows nested in a row are separated by a space mapped to their `<`. */
  function separate(offset: number): void {
    if (offset >= 0) builder.whitespace(offset, false);
  }

  const toSource = options.toSource;
  const blocks = builder.blocks;
  if (toSource) for (const block of blocks) block.offsets = block.offsets.map(toSource);
  const messages: Message[] = [];
  if (firstError) {
    messages.push({
      ruleId: 'chipcheck/html-parse',
      severity: 'info',
      reason: `Malformed HTML (${errors} parse error${errors === 1 ? '' : 's'}; first: ${firstError.code}); read as a browser would`,
      offset: toSource ? toSource(firstError.startOffset) : firstError.startOffset,
      hint: 'Check the text around this place reads as intended',
    });
  }
  return { blocks, messages };
}
