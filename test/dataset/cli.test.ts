import { describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetCommand } from '../../src/cli/dataset.js';
import { loadDataset } from '../../src/dataset/index.js';

const fixtures = new URL('../fixtures/dataset/', import.meta.url).pathname;

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await datasetCommand(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

describe('chipcheck dataset check', () => {
  test('the shipped dataset passes, with its known exceptions explained', async () => {
    const { code, stdout } = await run('check');
    expect(code).toBe(0);
    expect(stdout).toMatch(/✓ dataset [0-9a-f]{8}: \d+ records; compared balance \d+, exchange-rate \d+, yoy \d+, monotonic \d+, sum \d+; 0 failures, 16 known exceptions/);
    expect(stdout).toMatch(/yoy \(exception\): prod-8542-qty-2022~monthly publishes -11.6%.*\n\s+because NBS\/MIIT production growth rates are computed on a comparable-enterprise basis/);
  });

  test('a crafted bad dataset fails every check, each failure naming both records', async () => {
    const { code, stdout } = await run('check', '--replace', '--dataset', join(fixtures, 'check-fails'));
    expect(code).toBe(1);
    const lines = stdout.split('\n').filter((l) => l.startsWith('✗ ') && !l.startsWith('✗ dataset'));
    expect(lines).toEqual([
      '✗ balance: net-usd-2030 700亿美元 ≠ import − export 1000亿美元 − 400亿美元 = 600亿美元',
      '✗ exchange-rate: imp-cny-2030 9000亿元 ÷ imp-usd-2030 1000亿美元 = 9.0000 CNY per USD, more than 3% from 7.0000 CNY per USD (fx-2030)',
      '✗ yoy: imp-usd-2031 publishes +25.0% (USD basis), but 1100亿美元 ÷ 1000亿美元 (imp-usd-2030) gives +10.00%',
      '✗ monotonic: imp-qty-2030-01to10 5000亿个 is more than imp-qty-2030-01to11 4900亿个, which contains it',
      '✗ sum: imp-qty-2030-01to11 4900亿个 ≠ imp-qty-2030-01to10 5000亿个 + imp-qty-2030-11 300亿个 = 5300亿个',
    ]);
    // Under each failure, the rows it involves: file:line and id.
    expect(stdout).toMatch(/✗ sum: .*\n {4}\S*check-fails\/records\.csv:8 {2}imp-qty-2030-01to11\n {4}\S*records\.csv:7 {2}imp-qty-2030-01to10\n {4}\S*records\.csv:10 {2}imp-qty-2030-11\n/);
  });

  test('--json gives the failures as data', async () => {
    const { code, stdout } = await run('check', '--json', '--replace', '--dataset', join(fixtures, 'check-fails'));
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.failures.map((f: { check: string; ids: string[] }) => [f.check, f.ids])).toContainEqual(['balance', ['net-usd-2030', 'imp-usd-2030', 'exp-usd-2030']]);
  });

  test('bad data exits 2 and names file:line and field', async () => {
    const { code, stderr } = await run('check', '--dataset', join(fixtures, 'bad-rows'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/records\.csv:4: period_end: must be YYYY-MM/);
  });
});

describe('chipcheck dataset list', () => {
  test('a coverage table of years × measures', async () => {
    const { code, stdout } = await run('list', '--year', '2022');
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      '| Year | Imp qty 亿个 | Imp 亿美元 | Imp 亿元 | Exp qty 亿个 | Exp 亿美元 | Exp 亿元 | Net 亿美元 | Total value | Prod 亿块 | USD/CNY |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      '| 2022 | 5384 +9 | 4155.79 +4 | 27663 +5 | 2734 +2 | 1539 +1 | 10254.4 +1 | 2617 |  | 3241.9 / 3242 +9 | 6.7261* |',
    ]);
  });

  test('--flow keeps one flow’s columns; --product another HS code', async () => {
    expect((await run('list', '--flow', 'production', '--year', '2021')).stdout.split('\n')[2]).toBe('| 2021 | 3594.3 +7 |');
    expect((await run('list', '--product', '854231')).stdout).toMatch(/\| 2022 \| {2}\| 2051 \|/);
  });

  test('usage errors exit 2', async () => {
    expect((await run('list', '--flow', 'smuggling')).code).toBe(2);
    expect((await run('list', '--year', 'last')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('check', '--replace')).code).toBe(2);
  });
});

describe('chipcheck dataset coverage', () => {
  test('prints the confidence of every year × flow × measure, partners and subheadings', async () => {
    const { code, stdout } = await run('coverage', '--replace', '--dataset', join(fixtures, 'coverage-table/records.csv'), '--years', '2039-2041');
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(fixtures, 'coverage-table/expected.md'), 'utf8'));
  });

  test('--json gives the coverage as data', async () => {
    const { stdout } = await run('coverage', '--json', '--replace', '--dataset', join(fixtures, 'coverage-table/records.csv'));
    expect(JSON.parse(stdout)).toMatchObject({ product: '8542', records: 12, years: [2040, 2041], partners: [{ name: '韩国' }, { name: '越南' }] });
  });

  test('a bad --years exits 2', async () => {
    expect((await run('coverage', '--years', '2025')).code).toBe(2);
    expect((await run('coverage', '--years', '2025-2015')).code).toBe(2);
  });
});

describe('chipcheck dataset import', () => {
  test('converts a 数据在线查询 export into records that load', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chipcheck-import-')), 'july.csv');
    const { code, stderr } = await run('import', join(fixtures, 'customs-export.csv'), '--out', out);
    expect(code).toBe(0);
    expect(stderr).toMatch(/第一计量单位 "千克" is not a count of pieces; no quantity record/);
    expect(stderr).toMatch(/7 records → /);
    const dataset = loadDataset({ paths: [out], replace: true });
    expect(dataset.records.map((r) => [r.id, r.value, r.unit])).toEqual([
      ['imp-854231-usd-2024-07@中国台湾#广东', '5678901234', '美元'],
      ['imp-854231-qty-2024-07@中国台湾#广东', '1234567890', '个'],
      ['imp-854232-usd-2024-07@韩国#江苏', '2345678901', '美元'],
      ['imp-854232-qty-2024-07@韩国#江苏', '987654321', '个'],
      ['exp-854231-usd-2024-07', '1234500000', '美元'],
      ['exp-854231-qty-2024-07', '2100000000', '个'],
      ['exp-854290-usd-2024-07', '1000000', '美元'],
    ]);
    const [taiwan] = dataset.lookup({
      flow: 'import', product: '854231', partner: '中国台湾', province: '广东', measure: 'quantity', unit: 'piece',
      period: { year: 2024, from_month: 7, to_month: 7 },
    });
    expect(taiwan).toMatchObject({ value: 1_234_567_890, text: '1234567890个' });
  });

  test('an export without a 进出口 column needs --flow', async () => {
    const { code, stderr, stdout } = await run('import', join(fixtures, 'customs-export-bad.csv'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/no 进出口 column: say which flow it is with --flow import or --flow export/);
    expect(stdout).toBe('');
  });

  test('bad rows: every one is named by file:line and column, and nothing is written', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chipcheck-import-')), 'bad.csv');
    const { code, stderr } = await run('import', join(fixtures, 'customs-export-bad.csv'), '--flow', 'import', '--cumulative', '--out', out);
    expect(code).toBe(2);
    expect(stderr).toMatch(/customs-export-bad\.csv:3: 数据年月: "2024-08" is not a year and month such as 202407/);
    expect(stderr).toMatch(/customs-export-bad\.csv:4: 人民币: "三百亿" is not a number/);
    expect(existsSync(out)).toBe(false);
  });

  test('without --out the records go to stdout', async () => {
    const { code, stdout } = await run('import', join(fixtures, 'customs-export.csv'));
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(readFileSync(new URL('../../corpus/dataset/records/figures.csv', import.meta.url), 'utf8').split('\n')[0]);
  });
});
