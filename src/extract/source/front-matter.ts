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
      if (key === 'title' && typeof js === 'string') {
        builder.flush();
        builder.kind = 'title';
        // An unterminated quote (invalid YAML) has no closing quote to leave out.
        const valueEnd = yamlStart + value.range[1];
        const closed = quoted && valueEnd - 1 > valueStart - 1 && text[valueEnd - 1] === text[valueStart - 1];
        alignText(js, text, valueStart, valueEnd - (closed ? 1 : 0), builder);
        builder.flush();
      }
    }
  }
  return { frontMatter: { data, offsets }, messages };
}
