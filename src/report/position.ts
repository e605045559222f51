import { location } from 'vfile-location';
import type { Point } from '../types.js';

/** Turns 0-based offsets into the original file into 1-based line/column points (columns in UTF-16 units). */
export interface Locator {
  toPoint(offset: number): Point;
}

/** Build once per file: vfile-location indexes line starts so each lookup is a binary search. */
export function createLocator(text: string): Locator {
  const place = location(text);
  return {
    toPoint(offset: number): Point {
      const clamped = Math.max(0, Math.min(offset, text.length));
      const p = place.toPoint(clamped);
      if (p) return { line: p.line, column: p.column, offset: clamped };
      // vfile-location answers undefined for the end of the file; that point is just past the last line.
      const lines = text.split(/\r\n|\r|\n/);
      return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1, offset: clamped };
    },
  };
}
