// Issue 9, safety: verify writes nothing (only `fix` edits files, and --output writes the one file named),
// chipcheck never opens a socket or resolves a name, and symlinks are not followed out of what was named.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures as cliFixtures } from '../cli/run.js';
import { ARTICLE, fixtures, parseReport, run, tempDir, testDataset } from './helpers.js';

/** Every path below `dir` with its size, mtime and content hash (symlinks as their target). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      const rel = relative(dir, full);
      if (e.isSymbolicLink()) out[rel] = 'symlink';
      else if (e.isDirectory()) {
        out[rel] = `dir ${statSync(full).mtimeMs}`;
        walk(full);
      } else {
        const s = statSync(full);
        out[rel] = `${s.size} ${s.mtimeMs} ${createHash('sha1').update(readFileSync(full)).digest('hex')}`;
      }
    }
  };
  walk(dir);
  return out;
}

/** A folder of articles (a typo, a contradiction, Markdown, HTML, UTF-16) to check. */
function articles(name: string): string {
  const dir = tempDir(name);
  copyFileSync(join(cliFixtures, 'typo/article.txt'), join(dir, 'typo.txt'));
  copyFileSync(join(cliFixtures, 'contradiction/article.txt'), join(dir, 'contradiction.txt'));
  writeFileSync(join(dir, 'article.md'), `---\ntitle: 测试\n---\n\n${ARTICLE}`);
  writeFileSync(join(dir, 'article.html'), `<html><body><p>${ARTICLE.replace(/\n+/gu, '</p><p>')}</p></body></html>`);
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub/crlf.txt'), ARTICLE.replace(/\n/gu, '\r\n'));
  return dir;
}

const FORMATS = ['text', 'json', 'sarif', 'github', 'rdjsonl'];

describe('nothing is written except by fix', () => {
  const dir = articles('safety-writes');

  it.each(FORMATS)('verify --format %s leaves every file and folder as it was (run from inside the folder)', (format) => {
    const before = snapshot(dir);
    const r = run(['verify', '--format', format, '.', '--jobs', '2', ...testDataset], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });

  it('stdin, fix --dry-run and the dataset commands write nothing either', () => {
    const before = snapshot(dir);
    expect(run(['verify', '--format', 'json', '-', ...testDataset], { cwd: dir, input: ARTICLE }).code).toBe(1);
    expect(run(['fix', '--dry-run', 'typo.txt', ...testDataset], { cwd: dir }).code).not.toBe(2);
    expect(run(['dataset', 'list'], { cwd: dir }).code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('--output writes the one file it names, nothing else', () => {
    const before = snapshot(dir);
    expect(run(['verify', '--format', 'sarif', '.', '--output', 'report.sarif', ...testDataset], { cwd: dir }).code).toBe(1);
    const after = snapshot(dir);
    expect(Object.keys(after).filter((k) => !(k in before))).toEqual(['report.sarif']);
    for (const [path, state] of Object.entries(before)) expect(after[path], path).toBe(state);
  });

  const own = articles('safety-fix');
  it('fix writes the typo file only (the positive control: the snapshot does see writes)', () => {
    const before = snapshot(own);
    const r = run(['fix', 'typo.txt', ...testDataset], { cwd: own });
    expect(r.code, r.stderr).not.toBe(2);
    const after = snapshot(own);
    const changed = Object.keys(after).filter((k) => after[k] !== before[k] && !after[k]!.startsWith('dir'));
    expect(changed).toEqual(['typo.txt']);
  });
});

describe('no network access', () => {
  const dir = articles('safety-network');
  const log = join(dir, '..', `network-${process.pid}.log`);
  const env = { NODE_OPTIONS: `--require ${join(fixtures, 'no-network.cjs')}`, CHIPCHECK_NETWORK_LOG: log };
  const attempts = () => {
    try {
      return readFileSync(log, 'utf8');
    } catch {
      return '';
    }
  };

  it('the preload catches a connection attempt, in the main thread and in a worker (control)', () => {
    writeFileSync(log, '');
    const probe = join(dir, '..', `probe-${process.pid}.cjs`);
    writeFileSync(
      probe,
      `const { Worker } = require('node:worker_threads');
       try { require('node:net').connect(443, 'example.org'); } catch {}
       new Worker("try { require('node:dns').lookup('example.org', () => {}); } catch {}", { eval: true });`,
    );
    spawnSync(process.execPath, [probe], { env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(attempts()).toContain('net.Socket.connect');
    expect(attempts()).toContain('dns.lookup');
  });

  it('verify in every format (with worker threads), stdin, fix and the dataset commands open no socket', () => {
    writeFileSync(log, '');
    for (const format of FORMATS) {
      const r = run(['verify', '--format', format, dir, '--jobs', '2'], { env });
      expect(r.code, `${format}: ${r.stderr}`).toBe(1);
    }
    expect(run(['verify', '--format', 'json', '-', '--stdin-filename', 'a.md'], { env, input: ARTICLE }).code).toBe(1);
    expect(run(['fix', '--dry-run', join(dir, 'typo.txt'), ...testDataset], { env }).code).not.toBe(2);
    expect(run(['dataset', 'check'], { env }).code).not.toBe(2);
    expect(run(['dataset', 'list'], { env }).code).toBe(0);
    expect(attempts()).toBe('');
  });
});

describe('symlinks (loops and links out of a folder are covered in test/cli/inputs.test.ts)', () => {
  const dir = tempDir('safety-links');
  mkdirSync(join(dir, 'content'));
  mkdirSync(join(dir, 'outside'));
  writeFileSync(join(dir, 'content/article.txt'), ARTICLE);
  copyFileSync(join(cliFixtures, 'contradiction/article.txt'), join(dir, 'outside/secret.txt'));
  symlinkSync(join(dir, 'outside/secret.txt'), join(dir, 'content/linked.txt'));
  symlinkSync(join(dir, 'outside'), join(dir, 'content/elsewhere'));
  symlinkSync('.', join(dir, 'content/self'));
  const paths = (stdout: string) => parseReport(stdout).files.map((f) => f.path);

  it.each([['content/**/*.txt'], ['content/*'], ['content']])('%s: a symlinked file or folder leading outside is not read', (input) => {
    const r = run(['verify', '--format', 'json', input, ...testDataset], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(paths(r.stdout)).toEqual(['content/article.txt']);
  });

  it('a symlink the user names is what they named: it is read', () => {
    const r = run(['verify', '--format', 'json', 'content/linked.txt', ...testDataset], { cwd: dir });
    expect(r.code).toBe(1);
    expect(paths(r.stdout)).toEqual(['content/linked.txt']);
  });

  it('a folder linking to itself is walked once, with a note', () => {
    const r = run(['verify', '--format', 'json', 'content', ...testDataset], { cwd: dir });
    expect(paths(r.stdout)).toEqual(['content/article.txt']);
    expect(r.stderr).toContain('symlink loop');
  });
});
