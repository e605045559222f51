// Shared by the robustness tests: temporary folders, the fixture article, and the position checks every
// format and encoding must pass.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { FileResult, Point, Report } from '../../src/types.js';

export { run, testDataset, root } from '../cli/run.js';

export const fixtures = join(import.meta.dirname, '../fixtures/robustness');
/** An article with four claims, an emoji in its title and CJK Extension B characters before one claim. */
export const ARTICLE = readFileSync(join(fixtures, 'article.txt'), 'utf8');

/** A temporary folder removed after the file's tests. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `chipcheck-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A locator independent of chipcheck's: the 1-based line and UTF-16 column of a 0-based offset, with the
 * line starts found once (CRLF, CR and LF each end a line).
 */
export function pointsOf(text: string): (offset: number) => Point {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/gu)) starts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  };
}

/** Every claim of a file points at its own text in the decoded original, with matching line/column. */
export function expectPositionsExact(file: FileResult, text: string): void {
  const pointAt = pointsOf(text);
  for (const claim of file.claims) {
    if (text.slice(claim.start.offset, claim.end.offset) !== claim.text) {
      expect(text.slice(claim.start.offset, claim.end.offset), `${file.path} ${claim.text}`).toBe(claim.text);
    }
    if (claim.start.line !== pointAt(claim.start.offset).line || claim.start.column !== pointAt(claim.start.offset).column) {
      expect(claim.start).toEqual(pointAt(claim.start.offset));
    }
    if (claim.end.line !== pointAt(claim.end.offset).line || claim.end.column !== pointAt(claim.end.offset).column) {
      expect(claim.end).toEqual(pointAt(claim.end.offset));
    }
  }
}

export function parseReport(stdout: string): Report {
  return JSON.parse(stdout) as Report;
}
