// Issue 14: the user's own data beside the bundled data. A user row replaces the bundled record with its id
// or series key; the report names the file it came from; `dataset import` output loads as it is.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, run } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'chipcheck-own-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seed000 = 'corpus/articles/000_e2f4171da3f33293.txt';
const header = 'id,agency,flow,product,partner,province,measure,unit,period_start,period_end,value,yoy_pct,source_url,source_title,confidence';
const mine = join(dir, 'mine.csv');
// The bundled id of 2021's import value, with another value: 超4000亿美元 no longer holds.
writeFileSync(mine, `${header}\nimp-8542-usd-2021,我们的统计,import,8542,,,value,亿美元,2021-01,2021-12,3800,,https://example.org/ours,Our own query,high\n`);

describe('--dataset adds to the bundled records (issue 14)', () => {
  it('a user row with a bundled id and another value changes the claim\'s verdict: exit 1, not 2', () => {
    const before = run([seed000, '--format', 'json']);
    const claim = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ claims: Array<{ text: string; verdict: string; message: string }> }> }).files[0]!.claims.find((c) => c.text === '超4000亿美元')!;
    expect(claim(before.stdout).verdict).toBe('match');
    const after = run([seed000, '--format', 'json', '--dataset', mine]);
    expect(after.stderr).toBe('');
    expect(after.code).toBe(1);
    expect(claim(after.stdout).verdict).toBe('contradiction');
    // The report says which source it used: the user's file.
    expect(claim(after.stdout).message).toContain('mine.csv');
  });

  it('the text report names the user\'s file as the source, in both languages', () => {
    const en = run([seed000, '--format', 'text', '--dataset', mine]);
    expect(en.stdout).toMatch(/超4000亿美元 disagrees with 2021 import value 3800亿美元: .*source: 我们的统计, high confidence, from .*mine\.csv/u);
    const zh = run([seed000, '--format', 'text', '--dataset', mine, '--lang', 'zh']);
    expect(zh.stdout).toMatch(/来源：我们的统计，可信度高，取自.*mine\.csv/u);
  });

  it('the config\'s dataset adds in the same way', () => {
    const project = mkdtempSync(join(dir, 'project-'));
    writeFileSync(join(project, 'chipcheck.config.json'), JSON.stringify({ dataset: mine }));
    const r = run([join(root, seed000), '--format', 'text'], { cwd: project });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('3800亿美元');
  });

  it.each(['customs-export.csv', 'customs-export-national.csv'])('the output of chipcheck dataset import (%s) works with --dataset as it is', (query) => {
    // customs-export-national.csv yields imp-8542-usd-2021-06, an id the bundled dataset has too.
    const imported = join(dir, `imported-${query}`);
    const made = run(['dataset', 'import', join(root, 'test/fixtures/dataset', query), '--out', imported]);
    expect(made.code).toBe(0);
    const r = run([seed000, '--format', 'text', '--dataset', imported]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // seed 000's typo, as without the import
  });
});
