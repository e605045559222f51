import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKED, makeContentRepo } from './content-repo.js';
import { fixtures, run, testDataset } from './run.js';

const repo = makeContentRepo();
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const paths = (stdout: string) => JSON.parse(stdout).files.map((f: { path: string }) => f.path);

describe('a content repository', () => {
  it('verify content/ checks nested articles, skips ignored files and the symlink loop, in sorted order', () => {
    const r = run(['verify', 'content', '--format', 'json', ...testDataset], { cwd: repo });
    expect(paths(r.stdout)).toEqual([...CHECKED, 'content/2023.md'].sort());
    expect(r.stderr).toContain('symlink loop');
    expect(r.code).toBe(1); // content/2023.md and trade.md hold a contradiction
  });

  it('--changed-since checks only what changed since the ref', () => {
    const r = run(['verify', '--changed-since', 'HEAD~1', '--format', 'json', ...testDataset], { cwd: repo });
    expect(paths(r.stdout)).toEqual(['content/2021/trade.md', 'content/2023.md']);
  });

  it('a glob', () => {
    const r = run(['verify', 'content/**/*.{md,html}', '--format', 'json', ...testDataset], { cwd: repo });
    expect(paths(r.stdout)).toEqual(['content/2021/trade.md', 'content/2022/report.html', 'content/2023.md']);
  });

  it('many files in parallel (worker threads) give the same report as one thread', () => {
    // 20 files on 2 threads: more than the 16 results the run may hold ahead of its output.
    const many = mkdtempSync(join(tmpdir(), 'chipcheck-many-'));
    const texts = [readFileSync(join(fixtures, 'clean/article.txt')), readFileSync(join(fixtures, 'contradiction/article.txt'))];
    for (let i = 0; i < 20; i++) writeFileSync(join(many, `article-${String(i).padStart(2, '0')}.txt`), texts[i % 2]!);
    const threads = run(['verify', many, '--format', 'json', '--jobs', '2', ...testDataset]);
    const single = run(['verify', many, '--format', 'json', '--jobs', '1', ...testDataset]);
    // --jobs 3: this thread and two workers share the files.
    const three = run(['verify', many, '--format', 'json', '--jobs', '3', ...testDataset]);
    rmSync(many, { recursive: true, force: true });
    expect(threads.stderr).toBe(single.stderr);
    // Workers render their files' claims themselves: the report is the same text, byte for byte.
    expect(threads.stdout).toBe(single.stdout);
    expect(three.stdout).toBe(threads.stdout);
    const report = JSON.parse(threads.stdout);
    expect(report.files).toHaveLength(20);
    expect(report.files).toEqual(JSON.parse(single.stdout).files);
    expect(report.summary.contradiction).toBe(10);
  });

  it('workers shape their files as the report stage does: ignore comments, rule settings, --quiet', () => {
    const many = mkdtempSync(join(tmpdir(), 'chipcheck-shaped-'));
    const contradiction = readFileSync(join(fixtures, 'contradiction/article.txt'), 'utf8');
    const typo = '2021年我国集成电路进口额为4325.5亿美元，出口额为1537.9亿美元。\n2021年我国集成电路出口额为2600亿美元。 # chipcheck-disable-line\n';
    for (let i = 0; i < 20; i++) writeFileSync(join(many, `article-${String(i).padStart(2, '0')}.txt`), i % 2 ? typo : contradiction);
    writeFileSync(join(many, 'chipcheck.config.json'), JSON.stringify({ rules: { contradiction: 'warning', match: 'off' } }));
    const args = (jobs: string) => ['verify', '.', '--format', 'json', '--quiet', '--jobs', jobs, ...testDataset];
    const threads = run(args('2'), { cwd: many });
    const single = run(args('1'), { cwd: many });
    rmSync(many, { recursive: true, force: true });
    expect(threads.stdout).toBe(single.stdout);
    expect(threads.code).toBe(single.code);
    const report = JSON.parse(threads.stdout);
    const claims = report.files.flatMap((f: { claims: Array<{ verdict: string; severity: string; text: string }> }) => f.claims);
    // Contradictions are warnings by the config, matches are off, info claims are not shown, the disabled line is gone.
    expect(claims.filter((c: { verdict: string }) => c.verdict === 'contradiction')).toHaveLength(10);
    expect(claims.every((c: { severity: string }) => c.severity === 'warning')).toBe(true);
    expect(claims.some((c: { text: string }) => c.text.includes('2600'))).toBe(false);
    expect(report.summary.match).toBe(0);
    expect(report.summary.files).toBe(20);
  });
});
