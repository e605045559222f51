// Issue 15: the cross-checks of `dataset check`, on crafted datasets whose failures are known.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDataset, loadDataset } from '../../src/dataset/index.js';

const fixtures = new URL('../fixtures/dataset/', import.meta.url).pathname;
const checked = (folder: string) => checkDataset(loadDataset({ paths: [join(fixtures, folder)], replace: true }), { exceptions: new Map() });

describe('months add up to the year to date', () => {
  const result = checked('sums');

  test('a year to date is compared with the shorter year to date and the months after it, when all are published', () => {
    // imp Jan–Mar (Jan–Feb + Mar) and exp Jan–Feb (Jan + Feb); prod Jan–Apr lacks March, exp Jan–Mar's March is low confidence
    expect(result.compared.sum).toBe(2);
  });

  test('within rounding they agree; otherwise the failure names the whole, its parts and their total', () => {
    expect(result.failures.map((f) => [f.check, f.ids, f.message])).toEqual([
      ['sum', ['exp-qty-2040-01to02', 'exp-qty-2040-01', 'exp-qty-2040-02'], 'exp-qty-2040-01to02 25亿个 ≠ exp-qty-2040-01 10亿个 + exp-qty-2040-02 10亿个 = 20亿个'],
    ]);
  });

  test('every failure names the file and line of each of its rows', () => {
    const file = expect.stringMatching(/test\/fixtures\/dataset\/sums\/records\.csv$/);
    expect(result.failures[0]!.rows).toEqual([
      { id: 'exp-qty-2040-01to02', file, line: 7 },
      { id: 'exp-qty-2040-01', file, line: 5 },
      { id: 'exp-qty-2040-02', file, line: 6 },
    ]);
  });
});

describe('each check on the crafted failures', () => {
  const result = checked('check-fails');

  test('derived figures are traced back to the rows they came from', () => {
    const balance = result.failures.find((f) => f.check === 'balance')!;
    expect(balance.rows.map((r) => [r.id, r.line])).toEqual([['net-usd-2030', 4], ['imp-usd-2030', 2], ['exp-usd-2030', 3]]);
  });

  test('an exception names the check and its ids, in any order', () => {
    const exceptions = new Map([['sum|imp-qty-2030-01to10 imp-qty-2030-01to11 imp-qty-2030-11', 'a known revision']]);
    const excepted = checkDataset(loadDataset({ paths: [join(fixtures, 'check-fails')], replace: true }), { exceptions });
    expect(excepted.failures.map((f) => f.check)).not.toContain('sum');
    expect(excepted.excepted).toMatchObject([{ check: 'sum', exception: 'a known revision' }]);
  });
});

describe('the bundled dataset', () => {
  test('passes every check, each known disagreement explained in exceptions.csv', () => {
    const result = checkDataset(loadDataset());
    expect(result.failures).toEqual([]);
    expect(result.compared.sum).toBeGreaterThan(0);
    for (const f of result.excepted) expect(f.rows.length).toBe(f.ids.length);
  });
});
