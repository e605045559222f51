import type { CheckedClaim, Point } from '../types.js';

/**
 * What a format counts columns in. Points carry UTF-16 columns; SARIF keeps them (and says so with
 * `columnKind`), GitHub annotations count characters (code points), reviewdog counts UTF-8 bytes.
 */
export type ColumnUnit = 'utf16' | 'codepoint' | 'utf8';

/** Converts a point's 1-based UTF-16 column to `unit`, knowing (when it can) the text of its line. */
export type ColumnConverter = (point: Point, unit: ColumnUnit) => number;

function count(prefix: string, unit: ColumnUnit): number {
  if (unit === 'utf16') return prefix.length;
  if (unit === 'utf8') return Buffer.byteLength(prefix, 'utf8');
  let n = 0;
  for (const _ of prefix) n++;
  return n;
}

/**
 * Build a converter over the original text of a file. Without the text only the UTF-16 column is exact:
 * the other units fall back to it, which is right for every line without astral characters before the point.
 */
export function createColumnConverter(text: string | undefined): ColumnConverter {
  return (point, unit) => {
    if (unit === 'utf16' || text === undefined) return point.column;
    const lineStart = point.offset - (point.column - 1);
    if (lineStart < 0 || point.offset > text.length) return point.column;
    return count(text.slice(lineStart, point.offset), unit) + 1;
  };
}

/**
 * A converter for one claim when the file text is unknown (a report read back from JSON): the sentence
 * around the claim is original text, so a claim whose sentence starts its line converts exactly.
 */
export function claimColumnConverter(claim: CheckedClaim): ColumnConverter {
  const { context } = claim;
  return (point, unit) => {
    if (unit === 'utf16') return point.column;
    const inContext =
      context.start.line === point.line && context.start.offset <= point.offset && point.offset <= context.end.offset;
    if (!inContext) return point.column;
    return context.start.column + count(context.text.slice(0, point.offset - context.start.offset), unit);
  };
}
