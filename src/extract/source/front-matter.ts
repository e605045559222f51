/** YAML front matter: its values, where each starts in the file, and the title as a block. */

import { isMap, isScalar, parseDocument } from 'yaml';
import type { Message } from '../../types.js';
import { alignText } from './align.js';
import type { BlockBuilder } from './blocks.js';

/** Front matter values, and where each top-level value starts in the file (0-based offset). */
export interface FrontMatter {
  data: Record<string, unknown>;
  offsets: Record<string, number>;
}

/** Parse the YAML between the fences; `title` becomes a title block pointing into the YAML value. */
export function readFrontMatter(
  text: string,
  start: number,
  end: number,
  builder: BlockBuilder,
): { frontMatter: FrontMatter; messages: Message[] } {
  const open = text.slice(start, end).search(/\r\n|\r|\n/);
  const yamlStart = open < 0 ? end : start + open + (text.startsWith('\r\n', start + open) ? 2 : 1);
  // The closing fence is the last line of the node.
  let close = end;
  while (close > yamlStart && text[close - 1] !== '\n' && text[close - 1] !== '\r') close--;
  const raw = text.slice(yamlStart, close);
  const simple = readSimpleYaml(raw);
  if (simple) {
    // The same values, offsets and title block as the YAML parser's reading below, without building its document.
    const data: Record<string, unknown> = {};
    const offsets: Record<string, number> = {};
    for (const entry of simple) {
      data[entry.key] = entry.value;
      if (entry.start === undefined) continue;
      const valueStart = yamlStart + entry.start + (entry.quoted ? 1 : 0);
      offsets[entry.key] = valueStart;
      if (entry.key === 'title' && typeof entry.value === 'string') titleBlock(entry.value, text, valueStart, yamlStart + entry.end!, entry.quoted, builder);
    }
    return { frontMatter: { data, offsets }, messages: [] };
  }
  const document = parseDocument(raw, { uniqueKeys: false });
  const messages: Message[] = document.errors.slice(0, 1).map((error) => ({
    ruleId: 'chipcheck/front-matter',
    severity: 'warning' as const,
    reason: `Front matter is not valid YAML: ${error.message.split('\n')[0]}`,
    offset: yamlStart + error.pos[0],
    hint: 'Fix the YAML so the title and date can be read',
    notes: { reason: { id: 'file.front-matter-yaml' as const, params: { why: error.message.split('\n')[0] ?? '' } }, hint: { id: 'hint.front-matter' as const } },
  }));
  const data: Record<string, unknown> = {};
  const offsets: Record<string, number> = {};
  const contents = document.contents;
  if (isMap(contents)) {
    for (const pair of contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : null;
      if (key === null) continue;
      const value = pair.value;
      let js: unknown;
      try {
        js = value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS(doc: unknown): unknown }).toJS(document) : value;
      } catch (error) {
        // An alias with no anchor (`title: *x`) only fails here, when the value is resolved.
        messages.push({
          ruleId: 'chipcheck/front-matter',
          severity: 'warning',
          reason: `Front matter \`${key}\` cannot be read: ${(error as Error).message}`,
          offset: yamlStart + (isScalar(value) || isMap(value) ? (value.range?.[0] ?? 0) : 0),
          hint: 'Fix the YAML so the title and date can be read',
          notes: { reason: { id: 'file.front-matter-key', params: { key, why: (error as Error).message } }, hint: { id: 'hint.front-matter' } },
        });
        continue;
      }
      data[key] = js;
      if (!isScalar(value) || !value.range) continue;
      const quoted = value.type === 'QUOTE_SINGLE' || value.type === 'QUOTE_DOUBLE';
      const valueStart = yamlStart + value.range[0] + (quoted ? 1 : 0);
      offsets[key] = valueStart;
      if (key === 'title' && typeof js === 'string') titleBlock(js, text, valueStart, yamlStart + value.range[1], quoted, builder);
    }
  }
  return { frontMatter: { data, offsets }, messages };
}

/** The title as a block of its own, pointing into the YAML value (`valueEnd`: after a closing quote, if any). */
function titleBlock(title: string, text: string, valueStart: number, valueEnd: number, quoted: boolean, builder: BlockBuilder): void {
  builder.flush();
  builder.kind = 'title';
  // An unterminated quote (invalid YAML) has no closing quote to leave out.
  const closed = quoted && valueEnd - 1 > valueStart - 1 && text[valueEnd - 1] === text[valueStart - 1];
  alignText(title, text, valueStart, valueEnd - (closed ? 1 : 0), builder);
  builder.flush();
}

/** One top-level key of simple front matter; `start`/`end` bound a scalar value in the YAML text (quotes included). */
interface SimpleEntry {
  key: string;
  value: string | string[];
  start?: number;
  end?: number;
  quoted: boolean;
}

const KEY_LINE = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*?))?[ \t]*$/;
const ITEM_LINE = /^([ \t]*)- +(.*?)[ \t]*$/;
/** Plain scalars that YAML 1.2's core schema reads as null, a boolean or a number, not as a string. */
const NOT_A_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * A string scalar written on one line as most front matter writes it: plain (nothing YAML would read
 * otherwise), or quoted with no escape or inner quote. Anything else is left to the YAML parser.
 */
function simpleString(written: string): { value: string; quoted: boolean } | null {
  const first = written[0];
  if (first === "'") return /^'[^']*'$/.test(written) ? { value: written.slice(1, -1), quoted: true } : null;
  if (first === '"') return /^"[^"\\]*"$/.test(written) ? { value: written.slice(1, -1), quoted: true } : null;
  if (written === '' || /^[-?:,[\]{}#&*!|>%@`]/.test(written) || /: |\s#|:$|\t/.test(written) || NOT_A_STRING.test(written)) return null;
  return { value: written, quoted: false };
}

/**
 * Front matter of `key: string` lines and lists of strings, with blank lines and comments between: most
 * articles' front matter, read without the YAML parser (a third of a Markdown article's reading time went to
 * it). Null when anything else is there: the parser reads it, and says what is wrong.
 */
export function readSimpleYaml(raw: string): SimpleEntry[] | null {
  const entries: SimpleEntry[] = [];
  let list: { entry: SimpleEntry; items: string[]; indent: string } | null = null;
  let at = 0;
  while (at < raw.length) {
    let eol = raw.indexOf('\n', at);
    if (eol < 0) eol = raw.length;
    const line = raw.slice(at, eol).replace(/\r$/u, '');
    const lineStart = at;
    at = eol + 1;
    if (/^[ \t]*$/.test(line) || line[0] === '#') continue;
    const item = ITEM_LINE.exec(line);
    if (item) {
      const read = simpleString(item[2]!);
      if (!list || !read || (list.items.length > 0 && item[1] !== list.indent)) return null;
      list.indent = item[1]!;
      list.items.push(read.value);
      continue;
    }
    if (list && list.items.length === 0) return null;
    list = null;
    const keyed = KEY_LINE.exec(line);
    // A key YAML reads as another type (True, null) is written back differently: the parser's.
    if (!keyed || NOT_A_STRING.test(keyed[1]!)) return null;
    const written = keyed[2] ?? '';
    if (written === '') {
      const entry: SimpleEntry = { key: keyed[1]!, value: [], quoted: false };
      list = { entry, items: entry.value as string[], indent: '' };
      entries.push(entry);
      continue;
    }
    const read = simpleString(written);
    if (!read) return null;
    const start = lineStart + line.indexOf(written, keyed[1]!.length + 1);
    entries.push({ key: keyed[1]!, value: read.value, start, end: start + written.length, quoted: read.quoted });
  }
  if (list && list.items.length === 0) return null;
  return entries;
}
