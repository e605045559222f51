/**
 * The acceptance scorer (../shared/acceptance/score.mjs) on the seed articles, the 30 real third-party
 * articles of ../shared/acceptance/real, and our own hand-labelled real articles (test/fixtures/acceptance),
 * run on the built command as CI runs it. Each figure has a floor at the level reached, so a later change
 * cannot lose it silently; the figures are printed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scorer = join(root, '..', 'shared', 'acceptance', 'score.mjs');

interface Figures {
  recall: number;
  precision: number;
  value: number;
  flow: number;
  measure: number;
  period: number;
  verdict: number;
  errorsFlagged: number;
  errors: number;
  falseAlarms: number;
  clean: number;
}

function score(set?: string): Figures {
  const out = execFileSync('node', [scorer, ...(set ? ['--set', set] : [])], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const summary = /recall ([\d.]+) precision ([\d.]+) value ([\d.]+) flow ([\d.]+) measure ([\d.]+) period ([\d.]+) verdict ([\d.]+)/.exec(out);
  const alarms = /errors flagged: (\d+)\/(\d+) gold errors; false alarms: (\d+)\/(\d+) clean claims/.exec(out);
  if (!summary || !alarms) throw new Error(`the scorer printed no summary:\n${out.slice(-2000)}`);
  const [recall, precision, value, flow, measure, period, verdict] = summary.slice(1).map(Number) as [number, number, number, number, number, number, number];
  const [errorsFlagged, errors, falseAlarms, clean] = alarms.slice(1).map(Number) as [number, number, number, number];
  console.info(`${set ?? 'seeds'}: ${summary[0]}; ${alarms[0]}`);
  return { recall, precision, value, flow, measure, period, verdict, errorsFlagged, errors, falseAlarms, clean };
}

const sets: Array<{ name: string; set?: string; floors: Partial<Figures>; maxFalseAlarmRate: number }> = [
  {
    name: 'the seed articles',
    floors: { recall: 0.984, precision: 0.968, value: 1, flow: 1, measure: 1, period: 1, verdict: 0.983, errorsFlagged: 10 },
    maxFalseAlarmRate: 0,
  },
  {
    name: 'the 30 real articles of ../shared/acceptance/real',
    set: '../shared/acceptance/real',
    // Session 6 found 008's two trade-mode rates (以加工贸易方式进口增加52.4%): recall 0.973 → 0.979; the page writes
    // no year, so their periods are unknown and the period figure (of matched claims) went 0.952 → 0.947.
    floors: { recall: 0.975, precision: 0.985, value: 0.995, flow: 1, measure: 0.995, period: 0.945, verdict: 0.985, errorsFlagged: 17 },
    maxFalseAlarmRate: 0.005,
  },
  {
    name: 'our own hand-labelled real articles (test/fixtures/acceptance)',
    set: 'test/fixtures/acceptance',
    // With 128–135, 140–148, 150–157 and 160–166 (four labellers' pages, arrived at recall 0.74–1.00 and
    // precision 0.46–0.96) the set reached recall 0.997, precision 0.997, period 0.988, verdict 0.973, 21/22
    // errors and no false alarm. 170–176, 180–186 and 190–197 (session 5) arrived at recall 0.96–1.00,
    // precision 0.92–0.98 and period 0.61–0.96: floors at the figures with them, raised as fixes land. The
    // measure fixes of session 5 (change words, N多, ranges, 分别 pairs) brought recall to 1.000, precision to
    // 0.994 and value, flow and measure to 0.998–1.000; the period fixes (今年 on undated pages tied to the
    // article's own dates, a year before a change word as a base, comparison clauses) period to 0.988, verdict
    // to 0.985 and false alarms back to none (97 pages). With 220–242 (three more rounds, arrived at recall
    // 0.85–1.00) and their fixes: recall 1.000, precision 0.997, period 0.981, verdict 0.980, 31/32 errors (111 pages).
    // Session 6: 250–296 (five rounds, arrived at recall 0.86–1.00, precision 0.90–0.97, period 0.73–0.89, four
    // false alarms) and their fixes: recall 0.997, precision 0.992, period 0.985, verdict 0.982, 38/39 errors, no
    // false alarm (147 pages).
    floors: { recall: 0.995, precision: 0.99, value: 0.995, flow: 0.995, measure: 0.995, period: 0.98, verdict: 0.98, errorsFlagged: 38 },
    maxFalseAlarmRate: 0,
  },
];

describe.skipIf(!existsSync(scorer))('acceptance scores', () => {
  for (const { name, set, floors, maxFalseAlarmRate } of sets) {
    it(`holds its figures on ${name}`, () => {
      const figures = score(set);
      for (const [field, floor] of Object.entries(floors)) expect(figures[field as keyof Figures], field).toBeGreaterThanOrEqual(floor);
      expect(figures.falseAlarms / figures.clean, 'false alarms per clean claim').toBeLessThanOrEqual(maxFalseAlarmRate);
    }, 180_000);
  }
});
