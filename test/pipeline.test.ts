/**
 * The whole pipeline on articles written the way chip-trade news is written, one folder per scenario with the
 * expected findings beside the article (`expected.txt`: line:column, verdict, rule, claim as written, flow,
 * measure, period, value). Regenerate after a deliberate change with UPDATE_EXPECTED=1 and review the diff.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toNumber } from '../src/decimal.js';
import { loadDataset } from '../src/dataset/index.js';
import { checkFile } from '../src/pipeline.js';
import type { FileResult } from '../src/types.js';

const root = fileURLToPath(new URL('./fixtures/pipeline/', import.meta.url));
const dataset = loadDataset();

function summarise(result: FileResult): string {
  const lines = [`published ${result.published}`];
  for (const c of result.claims) {
    const period = c.period ? `${c.period.year}-${c.period.from_month}..${c.period.to_month}` : '-';
    const where = [c.product !== '8542' ? c.product : '', c.partner ?? '', c.province ?? ''].filter(Boolean).join(' ');
    lines.push(`${c.start.line}:${c.start.column}\t${c.verdict}\t${c.ruleId}\t${c.text}\t${c.flow} ${c.measure}${c.of ? `/${c.of}` : ''} ${period}${where ? ` ${where}` : ''}\t${toNumber(c.amount)} ${c.unit}${c.suggestion ? `\t→ ${c.suggestion}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

describe('pipeline scenarios', () => {
  for (const scenario of readdirSync(root)) {
    it(scenario, async () => {
      const dir = join(root, scenario);
      const article = readdirSync(dir).find((f) => f.startsWith('article.'))!;
      const actual = summarise(await checkFile(join(dir, article), { dataset }));
      const expectedPath = join(dir, 'expected.txt');
      if (process.env.UPDATE_EXPECTED) writeFileSync(expectedPath, actual);
      // A scenario without its reviewed expectation fails: writing one here would make the test pass on any output.
      expect(existsSync(expectedPath), `${scenario}/expected.txt is missing: run with UPDATE_EXPECTED=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
