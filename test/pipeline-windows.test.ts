/**
 * Issue 17: a long file is checked a window of blocks at a time and its claims streamed. A report repeated
 * past one window gives, copy for copy, the claims of the report read alone: the article context carries
 * across windows, and claims keep their places in the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/dataset/index.js';
import { parseSource } from '../src/extract/source/index.js';
import { checkText, planWindows, streamSource } from '../src/pipeline.js';

const dataset = loadDataset();
const REPORT = readFileSync(new URL('../corpus/articles/004_9d87c5c2f4b7b3ea.txt', import.meta.url), 'utf8');

describe('windows', () => {
  // Windows about half a report long: each copy falls across two or three of them.
  const windowChars = Math.floor(REPORT.length / 2);
  const copies = 3;
  const long = REPORT.repeat(copies);
  const source = parseSource(long, 'long.txt');

  it('a long file is several windows of whole blocks, in order, a table never split', () => {
    const windows = planWindows(source.blocks, windowChars);
    expect(windows.length).toBeGreaterThanOrEqual(5);
    expect(windows[0]!.from).toBe(0);
    expect(windows.at(-1)!.to).toBe(source.blocks.length);
    for (let i = 1; i < windows.length; i++) {
      expect(windows[i]!.from).toBe(windows[i - 1]!.to);
      const before = source.blocks[windows[i]!.from - 1]!;
      expect(before.kind === 'table-row' && source.blocks[windows[i]!.from]!.kind === 'table-row').toBe(false);
    }
  });

  it('each copy of a repeated report has the claims of the report alone: text, reading, place', () => {
    const alone = checkText(REPORT, 'report.txt', { dataset }).claims;
    const { head, claims } = streamSource(source, { dataset, windowChars });
    expect(head.ok).toBe(true);
    const all = [...claims];
    expect(all).toHaveLength(alone.length * copies);
    const reading = (c: (typeof alone)[number]) => [c.text, c.flow, c.measure, c.unit, c.period, c.product, c.partner, c.qualifier].map((v) => JSON.stringify(v)).join(' ');
    for (let copy = 0; copy < copies; copy++) {
      for (const [i, claim] of alone.entries()) {
        const repeated = all[copy * alone.length + i]!;
        expect(reading(repeated)).toBe(reading(claim));
        expect(repeated.start.offset).toBe(claim.start.offset + copy * REPORT.length);
      }
    }
    expect(all.map((c) => c.id)).toEqual(all.map((_, i) => i));
  });
});
