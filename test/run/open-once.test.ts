// Each input file is opened exactly once per run: the reader makes the file object, and every later stage
// (ignore comments, formatters' columns, the report stage) works from the text it carries.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, fixtures, testDataset } from '../cli/run.js';

const preload = join(import.meta.dirname, '../fixtures/run/count-opens.cjs');
const dir = mkdtempSync(join(tmpdir(), 'chipcheck-open-once-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Twelve articles (more than the eight below which a run stays in one thread), with ignore comments among them.
const articles = join(dir, 'articles');
mkdirSync(articles);
const sources = ['clean/article.txt', 'contradiction/article.txt', 'typo/article.txt', 'ignore-comments/article.md', 'astral/article.txt', 'stdin/article.md'];
const names: string[] = [];
for (let i = 0; i < 12; i++) {
  const source = sources[i % sources.length]!;
  const name = `a${String(i).padStart(2, '0')}${source.slice(source.lastIndexOf('.'))}`;
  copyFileSync(join(fixtures, source), join(articles, name));
  names.push(name);
}

/** Run the built command over the articles and answer how often each was opened. */
function opens(args: string[], label: string): Map<string, number> {
  const log = join(dir, `${label}.log`);
  const r = spawnSync(process.execPath, [bin, 'verify', articles, ...testDataset, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: `--require ${preload}`, COUNT_OPENS_MATCH: articles, COUNT_OPENS_LOG: log },
    timeout: 120_000,
  });
  expect(r.status, r.stderr).toBe(1);
  const counts = new Map<string, number>();
  for (const line of readFileSync(log, 'utf8').trim().split('\n')) {
    const path = line.slice(line.indexOf(' ') + 1);
    counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  return counts;
}

describe('each input file is opened exactly once per run', () => {
  it.each([
    ['text, one thread', ['--format', 'text', '--jobs', '1']],
    ['sarif (columns from the text), worker threads', ['--format', 'sarif', '--jobs', '2']],
    ['rdjsonl (UTF-8 byte columns), worker threads', ['--format', 'rdjsonl', '--jobs', '2']],
  ])('%s', (label, args) => {
    const counts = opens(args, label.replace(/\W+/gu, '-'));
    expect([...counts.keys()].sort()).toEqual(names.map((n) => join(articles, n)));
    for (const [path, n] of counts) expect(n, path).toBe(1);
  });
});
