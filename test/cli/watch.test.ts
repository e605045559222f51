// `chipcheck verify --watch` with a text format: the built command, a real file, real saves.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withoutPaths } from '../../src/cli/args.js';
import { bin, fixtures, run, testDataset } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'chipcheck-watch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The watch process, its output so far, and a way to wait for more. */
function startWatch(args: string[]) {
  const child = spawn(process.execPath, [bin, 'verify', '--watch', ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    stdout: () => stdout,
    async until(predicate: () => boolean, what: string) {
      for (let waited = 0; waited < 30_000; waited += 50) {
        if (predicate()) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`timed out waiting for ${what}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
    },
  };
}

/** The text report's summary lines so far: one per report. */
const summaries = (out: string) => out.split('\n').filter((line) => /^\d+ files?, \d+ claims?:/u.test(line));

describe('chipcheck verify --watch (text)', () => {
  it('prints a new report on each save, and Ctrl-C ends with the last report\'s exit code', async () => {
    const article = join(dir, 'article.txt');
    const original = readFileSync(join(fixtures, 'typo/article.txt'), 'utf8');
    writeFileSync(article, original);
    const watch = startWatch(['article.txt', '--format', 'text', ...testDataset]);
    await watch.until(() => summaries(watch.stdout()).length === 1, 'the first report');
    expect(watch.stdout()).toContain('article.txt:1:');
    expect(summaries(watch.stdout())[0]).toContain('1 typo');

    // Saved in place: the typo fixed.
    writeFileSync(article, original.replace('4325.5万美元', '4325.5亿美元'));
    await watch.until(() => summaries(watch.stdout()).length === 2, 'the report after the first save');
    const second = watch.stdout().slice(watch.stdout().lastIndexOf('article.txt\n'));
    expect(summaries(second)[0]).toContain('0 typo');
    expect(second).not.toContain('万美元');

    // Saved the way vim saves: a new file renamed over the old one. The export value is now wrong.
    const temp = join(dir, '.article.txt.swp');
    writeFileSync(temp, original.replace('4325.5万美元', '4325.5亿美元').replace('进口额为4325.5亿美元', '出口额为2500亿美元'));
    renameSync(temp, article);
    await watch.until(() => summaries(watch.stdout()).length === 3, 'the report after the second save');
    expect(summaries(watch.stdout())[2]).toContain('1 contradiction');

    watch.child.kill('SIGINT');
    expect(await watch.exited).toBe(1);
  });

  it('with --output, each save rewrites the report of every file', async () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    const original = readFileSync(join(fixtures, 'typo/article.txt'), 'utf8');
    writeFileSync(a, original);
    writeFileSync(b, original);
    const out = join(dir, 'report.json');
    const watch = startWatch(['a.txt', 'b.txt', '--format', 'json', '--output', out, ...testDataset]);
    const report = () => JSON.parse(readFileSync(out, 'utf8')) as { files: Array<{ path: string }>; summary: { typo: number } };
    const written = () => {
      try {
        return report();
      } catch {
        return null; // not written yet, or being written
      }
    };
    await watch.until(() => written()?.summary.typo === 2, 'the first report');
    writeFileSync(a, original.replace('4325.5万美元', '4325.5亿美元'));
    await watch.until(() => written()?.summary.typo === 1, 'the report after the save');
    expect(report().files.map((f) => f.path)).toEqual(['a.txt', 'b.txt']);
    watch.child.kill('SIGINT');
    expect(await watch.exited).toBe(1);
  });

  it('refuses stdin: there is no file to watch', () => {
    const r = run(['verify', '--watch', '-', '--format', 'text'], { input: '2021年集成电路进口额4325.5亿美元' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--watch needs files to watch');
  });
});

describe('withoutPaths', () => {
  it('drops the paths and the options named, keeps every other option with its value', () => {
    expect(withoutPaths(['a.md', '--format', 'text', '--watch', 'b.md', '--dataset', 'x.csv', '--', '-c.md'], ['watch'])).toEqual([
      '--format',
      'text',
      '--dataset',
      'x.csv',
    ]);
    expect(withoutPaths(['--format=json', 'a.md'])).toEqual(['--format=json']);
  });
});
