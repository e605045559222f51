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

/** The 1-based line and UTF-16 column of a 0-based offset, counted independently of chipcheck's locator. */
export function pointAt(text: string, offset: number): Point {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const breaks = before.match(/\r\n|\r|\n/g)?.length ?? 0;
  return { line: breaks + 1, column: offset - lineStart + 1, offset };
}

/** Every claim of a file points at its own text in the decoded original, with matching line/column. */
export function expectPositionsExact(file: FileResult, text: string): void {
  for (const claim of file.claims) {
    expect(text.slice(claim.start.offset, claim.end.offset), `${file.path} ${claim.text}`).toBe(claim.text);
    expect(claim.start).toEqual(pointAt(text, claim.start.offset));
    expect(claim.end).toEqual(pointAt(text, claim.end.offset));
  }
}

export function parseReport(stdout: string): Report {
  return JSON.parse(stdout) as Report;
}
