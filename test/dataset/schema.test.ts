import { describe, expect, test } from 'vitest';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetError, loadDataset, parseRecords } from '../../src/dataset/index.js';

const fixtures = new URL('../fixtures/dataset/', import.meta.url).pathname;

describe('record schema', () => {
  test('a bad row is reported with file:line and the field, and nothing is loaded', () => {
    let error: unknown;
    try {
      loadDataset({ paths: [join(fixtures, 'bad-rows')] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const problems = (error as DatasetError).problems.map((p) => `${p.file.split('/').pop()}:${p.line}:${p.field}`);
    expect(problems).toEqual(['records.csv:3:value', 'records.csv:4:period_end', 'records.csv:5:unit']);
    expect((error as DatasetError).message).toMatch(/records\.csv:3: value: must be a plain decimal/);
    expect((error as DatasetError).message).toMatch(/records\.csv:5: unit: unknown unit "亿吨"/);
  });

  test.each([
    ['period in two years', { period_start: '2022-11', period_end: '2023-02' }, 'period_end', /same year/],
    ['unit of another measure', { measure: 'quantity', unit: '亿美元' }, 'unit', /not a unit of measure quantity/],
    ['neither value nor yoy', { value: '', yoy_pct: '' }, 'value', /both empty/],
    ['confidence outside high/medium/low', { confidence: 'sure' }, 'confidence', /./],
    ['a URL that is not one', { source_url: 'cccme.org.cn' }, 'source_url', /source URL/],
    ['a percent sign in yoy', { yoy_pct: '23.6%' }, 'yoy_pct', /plain decimal/],
  ])('rejects %s', (_name, change, field, message) => {
    const row: Record<string, string> = {
      id: 'x', agency: 'GACC', flow: 'import', product: '8542', measure: 'value', unit: '亿美元', period_start: '2022-01',
      period_end: '2022-12', value: '4155.79', yoy_pct: '-3.9', source_url: 'https://example.org', source_title: 't', confidence: 'high',
      ...change,
    };
    const columns = Object.keys(row);
    const csv = `${columns.join(',')}\n${columns.map((c) => row[c]).join(',')}\n`;
    const { records, problems } = parseRecords(csv, 'row.csv');
    expect(records).toEqual([]);
    expect(problems[0]).toMatchObject({ file: 'row.csv', line: 2, field });
    expect(problems[0]!.message).toMatch(message);
  });

  test('a file without the required columns is one problem at line 1', () => {
    const { problems } = parseRecords('id,agency\nx,GACC\n', 'short.csv');
    expect(problems).toEqual([expect.objectContaining({ file: 'short.csv', line: 1, message: expect.stringMatching(/missing columns flow, product/) })]);
  });

  test('the same id twice in the user\'s own files is an error naming both places', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chipcheck-dup-'));
    copyFileSync(new URL('../../corpus/dataset/records/supplement.csv', import.meta.url).pathname, join(dir, 'a.csv'));
    copyFileSync(new URL('../../corpus/dataset/records/supplement.csv', import.meta.url).pathname, join(dir, 'b.csv'));
    expect(() => loadDataset({ paths: [dir] })).toThrow(/b\.csv:2: id: duplicate id fx-USDCNY-rate-2015 \(first at .*a\.csv:2\)/);
  });

  test('a user file holding bundled ids loads beside the bundled dataset (issue 14)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chipcheck-dup-'));
    copyFileSync(new URL('../../corpus/dataset/records/supplement.csv', import.meta.url).pathname, join(dir, 'copy.csv'));
    const dataset = loadDataset({ paths: [dir] });
    expect(dataset.records.filter((r) => r.id === 'fx-USDCNY-rate-2015')).toEqual([expect.objectContaining({ user: true })]);
  });

  test('a missing --dataset path is a DatasetError, not a crash', () => {
    expect(() => loadDataset({ paths: ['/nonexistent/chipcheck'] })).toThrow(DatasetError);
  });
});
