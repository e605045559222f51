// A content repository in a temporary folder (a nested .git cannot be committed): nested folders, files
// that .gitignore and .chipcheckignore exclude, a symlink loop, symlinks out of content/, and a git history
// with a second commit.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const CLEAN = readFileSync(join(import.meta.dirname, '../fixtures/cli/clean/article.txt'), 'utf8');
const WRONG = readFileSync(join(import.meta.dirname, '../fixtures/cli/contradiction/article.txt'), 'utf8');

function write(root: string, path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function git(root: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.name=chipcheck test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'ignore' });
}

/** The files that a check of `content/` should find, sorted, relative to the repository. */
export const CHECKED = ['content/2021/trade.md', 'content/2022/report.html', 'content/index.txt'];

export function makeContentRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'chipcheck-content-'));
  write(root, '.gitignore', 'build/\n*.tmp.md\n');
  write(root, '.chipcheckignore', 'content/archive/\n');
  write(root, 'content/index.txt', CLEAN);
  write(root, 'content/2021/trade.md', `# 2021\n\n${CLEAN}`);
  write(root, 'content/2022/report.html', `<html><body><p>${CLEAN.trim()}</p></body></html>\n`);
  write(root, 'content/2022/draft.tmp.md', WRONG); // .gitignore
  write(root, 'content/archive/old.md', WRONG); // .chipcheckignore
  write(root, 'content/2022/nested/.gitignore', 'private.md\n'); // a nested ignore file
  write(root, 'content/2022/nested/private.md', WRONG);
  write(root, 'content/image.png', 'not an article');
  write(root, 'build/out.md', WRONG);
  symlinkSync('..', join(root, 'content/2021/loop')); // content/2021/loop → content: a loop
  write(root, 'outside/secret.md', WRONG);
  symlinkSync(join(root, 'outside'), join(root, 'content/2022/elsewhere')); // leads out of content/: not followed
  symlinkSync(join(root, 'outside/secret.md'), join(root, 'content/2022/linked.md'));
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'first');
  write(root, 'content/2021/trade.md', `# 2021\n\n${CLEAN}${WRONG}`);
  write(root, 'content/2023.md', WRONG);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'second');
  return root;
}
