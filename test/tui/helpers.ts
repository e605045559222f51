/** Fixtures for the TUI tests: FileResults modelled on the seed articles and a dataset of reference figures. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDecimal } from '../../src/decimal.js';
import type { CheckedClaim, Dataset, Figure, FigureKey, FileResult } from '../../src/types.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/tui/', import.meta.url));

/** A claim as the JSON report writes it: the exact amount as `value` (a number) and `decimal` (a string). */
type JsonClaim = Omit<CheckedClaim, 'amount'> & { value: number; decimal?: string };

/**
 * A fixture FileResult, as the JSON report has it: JSON has no bigint, so the exact amount is rebuilt from
 * the decimal string (or the value), and the original text (not in the JSON report) is left empty.
 */
export function loadFixture(name: string): FileResult {
  const json = JSON.parse(readFileSync(FIXTURES + name, 'utf8')) as Omit<FileResult, 'claims' | 'text' | 'bom'> & { claims: JsonClaim[] };
  return { ...json, text: '', bom: false, claims: json.claims.map(({ value, decimal, ...c }) => ({ ...c, amount: parseDecimal(decimal ?? String(value)) })) };
}

function sameSeries(a: Omit<FigureKey, 'period'>, b: FigureKey): boolean {
  return (
    a.flow === b.flow &&
    a.product === b.product &&
    a.partner === b.partner &&
    a.province === b.province &&
    a.measure === b.measure &&
    a.unit === b.unit &&
    (a.of ?? null) === (b.of ?? null)
  );
}

/** A Dataset over `figures.json` (reference figures from /work/shared/data/figures.csv). */
export function fixtureDataset(figures: Figure[] = JSON.parse(readFileSync(FIXTURES + 'figures.json', 'utf8')) as Figure[]): Dataset {
  return {
    version: 'test-2025-11',
    figures,
    lookup: (key) =>
      figures.filter(
        (f) =>
          sameSeries(key, f.key) &&
          f.key.period.year === key.period.year &&
          f.key.period.from_month === key.period.from_month &&
          f.key.period.to_month === key.period.to_month,
      ),
    bounds: () => ({}),
    series: (key) => figures.filter((f) => sameSeries(key, f.key)),
    exchangeRate: () => undefined,
  };
}

/** Poll a frame source until `predicate` holds; fails with the last frame so a reader sees what was on screen. */
export async function waitForFrame(
  lastFrame: () => string | undefined,
  predicate: (frame: string) => boolean,
  what: string,
): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const frame = lastFrame() ?? '';
    if (predicate(frame)) return frame;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}; last frame:\n${lastFrame() ?? ''}`);
}

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  backspace: '\u007F',
} as const;
