/**
 * Reading HTML's tags without building a tree, in one linear pass: how deep the tree a parser builds
 * would nest (rehype's tree conversion recurses once per level and overflows the stack at about 1,800
 * levels), and, for documents nested deeper than that, the text with the nesting taken out.
 */

/** A start or end tag, or (`name` empty) a stretch that is neither tag nor text: a comment, a script's body. */
interface Token {
  start: number;
  end: number;
  name: string;
  close: boolean;
  selfClosing: boolean;
}

/** Elements whose content is not markup: skipped to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements whose content is text with character references but no tags. */
const RCDATA = new Set(['title', 'textarea']);
const RAW_END = new Map<string, RegExp>();

/** Elements that never have content. */
export const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isTagSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** Call `visit` for every tag and skipped stretch in document order; what lies between tokens is text. */
function scanTags(html: string, visit: (token: Token) => boolean | void): void {
  const length = html.length;
  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= length) return;
    const next = html.charCodeAt(lt + 1);
    let end: number;
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */ || (next === 0x2f && !isLetter(html.charCodeAt(lt + 2)))) {
      // Comments, doctypes, processing instructions, `</>` and other end tags without a name.
      const close = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 2) : -1;
      end = close >= 0 ? close + 3 : html.indexOf('>', lt + 1) + 1 || length;
      if (visit({ start: lt, end, name: '', close: false, selfClosing: false }) === false) return;
      i = end;
      continue;
    }
    const close = next === 0x2f;
    const nameStart = lt + (close ? 2 : 1);
    if (!isLetter(html.charCodeAt(nameStart))) {
      i = lt + 1;
      continue;
    }
    let k = nameStart + 1;
    while (k < length) {
      const code = html.charCodeAt(k);
      if (isTagSpace(code) || code === 0x2f || code === 0x3e) break;
      k++;
    }
    const name = html.slice(nameStart, k).toLowerCase();
    // To the `>` that ends the tag, stepping over quoted attribute values.
    let afterEquals = false;
    while (k < length) {
      const code = html.charCodeAt(k);
      if (code === 0x3e) break;
      if ((code === 0x22 || code === 0x27) && afterEquals) {
        const quote = html.indexOf(html[k]!, k + 1);
        k = quote < 0 ? length : quote + 1;
        afterEquals = false;
        continue;
      }
      if (!isTagSpace(code)) afterEquals = code === 0x3d;
      k++;
    }
    end = Math.min(k + 1, length);
    const selfClosing = !close && html.charCodeAt(k - 1) === 0x2f;
    if (visit({ start: lt, end, name, close, selfClosing }) === false) return;
    i = end;
    if (close || selfClosing) continue;
    if (RAW_TEXT.has(name) || RCDATA.has(name)) {
      let pattern = RAW_END.get(name);
      if (!pattern) RAW_END.set(name, (pattern = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'giu')));
      pattern.lastIndex = end;
      const found = name === 'plaintext' ? null : pattern.exec(html);
      const stop = found ? found.index : length;
      // RCDATA is text: leave it between the tokens.
      if (RAW_TEXT.has(name) && stop > end && visit({ start: end, end: stop, name: '', close: false, selfClosing: false }) === false) return;
      i = stop;
    }
  }
}

/**
 * Start tags that close an open element of the same family first (a `<p>` ends the paragraph before it,
 * an `<li>` the item before it), unless a boundary element opened after it. Without this, pages full of
 * unclosed `<p>` and `<li>` would look deep.
 */
const CLOSES: Array<[opens: string[], closes: string[], boundaries: string[]]> = [
  [
    [
      'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
      'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'listing',
      'main', 'menu', 'nav', 'ol', 'p', 'pre', 'search', 'section', 'summary', 'table', 'ul', 'li', 'dd', 'dt', 'xmp',
      'plaintext',
    ],
    ['p'],
    ['button', 'table', 'td', 'th', 'caption', 'object', 'marquee', 'applet', 'template'],
  ],
  [['li'], ['li'], ['ul', 'ol', 'menu', 'table']],
  [['dd', 'dt'], ['dd', 'dt'], ['dl', 'ul', 'ol', 'table']],
  [['td', 'th', 'tr', 'tbody', 'thead', 'tfoot'], ['td', 'th'], ['table']],
  [['tr', 'tbody', 'thead', 'tfoot'], ['tr'], ['table']],
  [['tbody', 'thead', 'tfoot'], ['tbody', 'thead', 'tfoot'], ['table']],
  [['option', 'optgroup'], ['option'], ['select']],
  [['optgroup'], ['optgroup'], ['select']],
  [['a'], ['a'], ['table', 'td', 'th']],
  [['button'], ['button'], []],
  [['nobr'], ['nobr'], []],
];
const CLOSES_BY_NAME = new Map<string, Array<[closes: string[], boundaries: string[]]>>();
for (const [opens, closes, boundaries] of CLOSES) {
  for (const name of opens) CLOSES_BY_NAME.set(name, [...(CLOSES_BY_NAME.get(name) ?? []), [closes, boundaries]]);
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Inside these, `<x/>` is an empty element; elsewhere the slash is ignored and `<div/>` opens a div. */
const FOREIGN = ['svg', 'math'];

/** Elements a document has once, however often their tags are written. */
const SINGLE = new Set(['html', 'head', 'body']);

/**
 * Where the elements of `html` first nest more than `limit` levels deep (the offset of the start tag),
 * or -1. Estimated the way a browser's parser nests them: void elements, self-closed tags, implied end
 * tags and end tags that close the elements left open inside them are accounted for.
 */
export function deeperThanAt(html: string, limit: number): number {
  // Every level needs a start tag: with fewer `<` than that, nothing to measure.
  let tags = 0;
  for (let lt = html.indexOf('<'); lt >= 0 && tags <= limit; lt = html.indexOf('<', lt + 1)) tags++;
  if (tags <= limit) return -1;
  const names: string[] = [];
  // For each open element, the index of the previous open element with its name (-1 for none).
  const previous: number[] = [];
  const top = new Map<string, number>();
  const last = (name: string) => top.get(name) ?? -1;
  const popTo = (length: number) => {
    while (names.length > length) top.set(names.pop()!, previous.pop()!);
  };
  let deep = -1;
  scanTags(html, ({ start, name, close, selfClosing }) => {
    if (!name) return;
    if (close) {
      if (!SINGLE.has(name) || name === 'head') {
        const at = last(name);
        if (at >= 0) popTo(at);
      }
      return;
    }
    for (const [closes, boundaries] of CLOSES_BY_NAME.get(name) ?? []) {
      let boundary = -1;
      for (const b of boundaries) boundary = Math.max(boundary, last(b));
      for (const c of closes) {
        const at = last(c);
        if (at > boundary) popTo(at);
      }
    }
    if (HEADINGS.has(name) && HEADINGS.has(names[names.length - 1] ?? '')) popTo(names.length - 1);
    if (VOID.has(name) || (SINGLE.has(name) && last(name) >= 0)) return;
    if (selfClosing && FOREIGN.some((f) => f === name || last(f) >= 0)) return;
    previous.push(last(name));
    top.set(name, names.length);
    names.push(name);
    if (names.length > limit) {
      deep = start;
      return false;
    }
  });
  return deep;
}

const WHITESPACE_ONLY = /^[ \t\n\f\r]*$/;

export interface FlatHtml {
  /** Shallow HTML: the text of `html`, its block boundaries as `<br>`, nothing else. */
  html: string;
  /** `map[i]` is the offset in the original of `html[i]`; `map[html.length]` is the original's length. */
  map: Int32Array;
}

/**
 * The text of `html` with the nesting taken out: inline tags removed, block-level tags turned into
 * `<br>`, table cells into a space, elements in `skip` dropped with their content. Parsing the result
 * nests two levels deep whatever the original did; `map` takes its offsets back to the original.
 */
export function flattenTags(html: string, blocks: ReadonlySet<string>, skip: ReadonlySet<string>): FlatHtml {
  const parts: string[] = [];
  // Runs of the flat text: where each starts in it and in the original, and whether it was copied
  // verbatim (one original offset per unit) or stands for one original place (`<br>` for a tag).
  const runs: Array<[flatStart: number, offset: number, verbatim: boolean]> = [];
  let length = 0;
  let skipping = 0;
  let at = 0;
  // A run of block boundaries with only whitespace between them is one `<br>`: 10,000 nested `<div>`s
  // must not become 10,000 elements.
  let afterBreak = false;
  const emit = (piece: string, offset: number, verbatim: boolean) => {
    if (!piece) return;
    afterBreak = piece === '<br>';
    parts.push(piece);
    runs.push([length, offset, verbatim]);
    length += piece.length;
  };
  const text = (start: number, end: number) => {
    if (skipping > 0 || start >= end) return;
    if (afterBreak && WHITESPACE_ONLY.test(html.slice(start, end))) return;
    // A `<` left in the text must not start a tag once the tags around it are gone.
    let from = start;
    for (let lt = html.indexOf('<', from); lt >= 0 && lt < end; lt = html.indexOf('<', from)) {
      emit(html.slice(from, lt), from, true);
      emit('&lt;', lt, false);
      from = lt + 1;
    }
    emit(html.slice(from, end), from, true);
  };
  scanTags(html, ({ start, end, name, close, selfClosing }) => {
    text(at, start);
    at = end;
    if (!name) return;
    if (skip.has(name) && !VOID.has(name)) {
      if (close) skipping = Math.max(0, skipping - 1);
      else if (!selfClosing) skipping++;
      return;
    }
    if (skipping > 0) return;
    if (name === 'td' || name === 'th') emit(' ', start, false);
    else if ((blocks.has(name) || name === 'br' || name === 'tr') && !afterBreak) emit('<br>', start, false);
  });
  text(at, html.length);
  const flat = parts.join('');
  const map = new Int32Array(flat.length + 1);
  runs.forEach(([flatStart, offset, verbatim], r) => {
    const flatEnd = r + 1 < runs.length ? runs[r + 1]![0] : flat.length;
    for (let k = flatStart; k < flatEnd; k++) map[k] = verbatim ? offset + k - flatStart : offset;
  });
  map[flat.length] = html.length;
  return { html: flat, map };
}
