/**
 * Mapping a parser's decoded text (entities and escapes resolved, line prefixes stripped) back to the raw
 * source it came from, one code unit at a time.
 */

import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { BlockBuilder } from './blocks.js';

// Bounded quantifiers only: linear time.
const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6};?|#[0-9]{1,7};?|[A-Za-z][A-Za-z0-9]{0,31};?)/y;

const WHITESPACE = /[ \t\n\r\f\u00a0]/;

/** How far ahead to look for a character the parser kept when the raw text has markup we do not model. */
const LOOKAHEAD = 16;

/** The text a character reference (`&amp;`, `&#x20000;`, `&#99`) stands for, or undefined if none. */
function decodeReference(reference: string): string | undefined {
  const body = reference.slice(1).replace(/;$/, '');
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  }
  const named = decodeNamedCharacterReference(body);
  return named === false ? undefined : named;
}

export interface AlignTarget {
  push(unit: string, offset: number, end: number): void;
}

/**
 * Push `value` (what the parser produced from `source[start, end)`) into `target`, mapping every code
 * unit to the source character that produced it: the character itself, the `&` of an entity, the
 * escaped character after a backslash. Offsets never decrease.
 */
export function alignText(value: string, source: string, start: number, end: number, target: AlignTarget): void {
  if (end - start === value.length && source.startsWith(value, start)) {
    if (target instanceof BlockBuilder) {
      target.pushRange(source, start, end);
    } else {
      for (let i = 0; i < value.length; i++) target.push(value[i]!, start + i, start + i + 1);
    }
    return;
  }
  let p = start;
  let i = 0;
  while (i < value.length) {
    const c = value[i]!;
    const r = p < end ? source[p] : undefined;
    if (r === '&' && !(c === '&' && source[p + 1] === value[i + 1])) {
      ENTITY.lastIndex = p;
      const m = ENTITY.exec(source);
      if (m && p + m[0].length <= end) {
        const after = p + m[0].length;
        // What the reference decodes to says how many code units it produced; an unknown name (&bogus;) is
        // no reference at all and stays literal text.
        const decoded = decodeReference(m[0]);
        if (decoded === undefined || !(value.startsWith(decoded, i) || (decoded === '\u00a0' && WHITESPACE.test(c)))) {
          if (r === c) {
            target.push(c, p, p + 1);
            i++;
            p++;
            continue;
          }
        }
        const units = Math.min(decoded?.length ?? 1, value.length - i);
        for (let k = 0; k < units; k++) target.push(value[i + k]!, p, after);
        i += units;
        p = after;
        continue;
      }
    }
    if (r === c) {
      // YAML's doubled single quote stands for one quote.
      const step = c === "'" && source[p + 1] === "'" && value[i + 1] !== "'" ? 2 : 1;
      target.push(c, p, p + step);
      i++;
      p += step;
      continue;
    }
    if (r === '\\' && source[p + 1] === c) {
      target.push(c, p + 1, p + 2);
      i++;
      p += 2;
      continue;
    }
    if (r === '\r' && c === '\n') {
      const step = source[p + 1] === '\n' ? 2 : 1;
      target.push(c, p, p + step);
      i++;
      p += step;
      continue;
    }
    // A folded line break (YAML, a tab or newline read as a space): map it, skip the rest of the run.
    if (r !== undefined && WHITESPACE.test(c) && WHITESPACE.test(r)) {
      target.push(c, p, p + 1);
      i++;
      p++;
      if (i < value.length && !WHITESPACE.test(value[i]!)) while (p < end && WHITESPACE.test(source[p]!)) p++;
      continue;
    }
    // Line prefixes the parser stripped: indentation, blockquote markers.
    if (r !== undefined && (WHITESPACE.test(r) || (r === '>' && value[i - 1] === '\n'))) {
      p++;
      continue;
    }
    // A tag the parser dropped while merging the text around it (a stray `</tr>`).
    if (r === '<' && c !== '<') {
      const close = source.indexOf('>', p);
      if (close >= 0 && close < end) {
        p = close + 1;
        continue;
      }
    }
    // Markup the parser dropped (indentation, `>` markers, quotes, backticks): find the character ahead.
    let q = -1;
    for (let k = p + 1; k < end && k <= p + LOOKAHEAD; k++) {
      if (source[k] === c) {
        q = k;
        break;
      }
    }
    if (q >= 0) {
      p = q;
      continue;
    }
    // White space the parser added (a tab expanded into indentation inside a list item): it has no
    // character of its own in the source, so it maps to where the source stands, consuming nothing.
    if (WHITESPACE.test(c) && r !== undefined && !WHITESPACE.test(r)) {
      target.push(c, p, p);
      i++;
      continue;
    }
    const at = Math.min(p, end);
    target.push(c, at, Math.min(at + 1, Math.max(end, at)));
    i++;
    if (p < end) p++;
  }
}
