// Issue 15, updating: the path a user takes when customs releases a new month. Export the online query
// (数据在线查询), `chipcheck dataset import`, `dataset check` with the new file, then verify with --dataset.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { datasetCommand } from '../../src/cli/dataset.js';
import { verify } from '../../src/index.js';

const fixtures = new URL('../fixtures/dataset/new-month/', import.meta.url).pathname;

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await datasetCommand(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

describe('a new month: import, check, verify', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'chipcheck-new-month-')), 'gacc-2026-03.csv');

  test('import turns the cumulative January–March query into records', async () => {
    const { code, stderr } = await run('import', join(fixtures, 'query-202603.csv'), '--cumulative', '--out', out, '--source-url', 'http://stats.customs.gov.cn/');
    expect(code).toBe(0);
    expect(stderr).toMatch(/4 records → /);
  });

  test('check passes with the new file next to the bundled records, which now include January–February', async () => {
    const { code, stdout } = await run('check', '--dataset', out);
    expect(stdout).toMatch(/✓ dataset [0-9a-f]{8}: \d+ records; .*0 failures/);
    expect(code).toBe(0);
    // The new January–March was compared with the bundled January–February (monotonic).
    const json = JSON.parse((await run('check', '--json', '--dataset', out)).stdout);
    expect(json.compared.monotonic).toBeGreaterThan(0);
  });

  test('an article quoting the new month matches the imported records', async () => {
    const report = await verify([join(fixtures, 'article.md')], { datasets: [out] });
    const claims = report.files[0]!.claims;
    expect(claims.map((c) => [c.text, c.verdict])).toEqual([['800亿个', 'match'], ['650亿美元', 'match']]);
    expect(claims.map((c) => c.evidence[0]?.figure?.ids)).toEqual([['exp-8542-qty-2026-01to03'], ['exp-8542-usd-2026-01to03']]);
  });

  test('a slip in the export (January–March below January–February) fails the check, naming both rows', async () => {
    const slip = join(mkdtempSync(join(tmpdir(), 'chipcheck-new-month-')), 'slip.csv');
    expect((await run('import', join(fixtures, 'query-202603-slip.csv'), '--cumulative', '--out', slip)).code).toBe(0);
    const { code, stdout } = await run('check', '--dataset', slip);
    expect(code).toBe(1);
    expect(stdout).toMatch(/✗ monotonic: exp-8542-qty-2026-01to02 524\.6亿个 is more than exp-8542-qty-2026-01to03 50000000000个, which contains it\n {4}corpus\/dataset\/records\/supplement\.csv:\d+ {2}exp-8542-qty-2026-01to02\n {4}\S*slip\.csv:3 {2}exp-8542-qty-2026-01to03\n/);
  });
});
