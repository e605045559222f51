import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { note } from '../report/messages/index.js';
import { cliError, type CliError } from '../errors.js';

/** The extensions chipcheck reads when it searches a folder or a glob. */
export const EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const IGNORE_FILES = ['.gitignore', '.chipcheckignore'];

export interface InputOptions {
  cwd: string;
  /** Extra ignore globs (gitignore syntax), relative to `ignoreRoot` (the config's folder). */
  ignore?: string[];
  ignoreRoot?: string;
  /** Only files changed since this git ref. */
  changedSince?: string;
}

/** What the inputs came to: files to check (sorted), and problems to print. */
export interface ExpandedInputs {
  files: string[];
  /** A glob that matched nothing (`chipcheck/missing-input`), a git error (`chipcheck/changed-since`). The run exits 2. */
  errors: CliError[];
  /** Warnings that do not fail the run: a symlink loop skipped, a folder that could not be listed. */
  notes: CliError[];
}

/** A path's stat, or null when it is missing or cannot be looked at (the check then reports it). */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/** `a/b.md` inside cwd, the absolute path outside it: what the report calls a file. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}

/** gitignore and .chipcheckignore files of each folder, read once, each matching paths relative to its folder. */
function ignoreChecker(options: InputOptions): (absolute: string) => boolean {
  const cache = new Map<string, Ignore | null>();
  const at = (dir: string): Ignore | null => {
    if (cache.has(dir)) return cache.get(dir)!;
    let ig: Ignore | null = null;
    for (const name of IGNORE_FILES) {
      const file = join(dir, name);
      if (existsSync(file)) {
        ig ??= ignore();
        ig.add(readFileSync(file, 'utf8'));
      }
    }
    cache.set(dir, ig);
    return ig;
  };
  const configIgnore = options.ignore && options.ignore.length > 0 ? ignore().add(options.ignore) : null;
  const configRoot = options.ignoreRoot ?? options.cwd;
  const root = resolve(options.cwd);
  return (absolute) => {
    if (configIgnore) {
      const rel = relative(configRoot, absolute);
      if (rel && !rel.startsWith('..') && !isAbsolute(rel) && configIgnore.ignores(rel.split(sep).join('/'))) return true;
    }
    // Every folder from the working directory down to the file's may hold ignore files.
    const rel = relative(root, absolute);
    if (rel.startsWith('..') || isAbsolute(rel)) return false;
    const parts = rel.split(sep);
    let dir = root;
    for (let i = 0; i < parts.length; i++) {
      const ig = at(dir);
      const sub = parts.slice(i).join('/');
      if (ig && sub && ig.ignores(sub)) return true;
      dir = join(dir, parts[i]!);
    }
    return false;
  };
}

/** Every checkable file below `dir`, skipping ignored paths, symlinks out of the tree and symlink loops. */
function walk(dir: string, isIgnored: (p: string) => boolean, notes: CliError[], cwd: string): string[] {
  const out: string[] = [];
  const rootReal = realpathSync(dir);
  const visit = (current: string, ancestors: Set<string>) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      notes.push(cliError('chipcheck/unreadable-folder', note('cli.unreadable-folder', { path: displayPath(current, cwd), why: (error as NodeJS.ErrnoException).code ?? 'error' })));
      return;
    }
    for (const entry of entries) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue;
      const full = join(current, entry.name);
      if (isIgnored(full)) continue;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(full);
        } catch {
          continue; // a dangling link
        }
        // Never follow a link out of what the user named, nor round in a circle.
        if (real !== rootReal && !real.startsWith(rootReal + sep)) continue;
        const stat = statOrNull(real);
        isDir = stat?.isDirectory() ?? false;
        isFile = stat?.isFile() ?? false;
        if (isDir && ancestors.has(real)) {
          notes.push(cliError('chipcheck/symlink-loop', note('cli.symlink-loop', { path: displayPath(full, cwd) })));
          continue;
        }
      }
      if (isDir) {
        const real = realpathSync(full);
        if (ancestors.has(real)) {
          notes.push(cliError('chipcheck/symlink-loop', note('cli.symlink-loop', { path: displayPath(full, cwd) })));
          continue;
        }
        visit(full, new Set([...ancestors, real]));
      } else if (isFile && EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        out.push(full);
      }
    }
  };
  visit(dir, new Set([rootReal]));
  return out;
}

function changedFiles(ref: string, cwd: string): string[] {
  // --relative: paths relative to cwd; ACMR: files that exist now.
  const out = execFileSync('git', ['diff', '--name-only', '--relative', '--diff-filter=ACMR', ref, '--'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return out
    .split('\n')
    .filter(Boolean)
    .map((p) => resolve(cwd, p));
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Turn the paths, folders and globs a user named into the sorted list of files to check. Files named
 * explicitly are always checked (a missing one is reported by the check); folders and globs respect
 * .gitignore, .chipcheckignore and the config's ignore globs.
 */
export function expandInputs(inputs: string[], options: InputOptions): ExpandedInputs {
  const cwd = resolve(options.cwd);
  const isIgnored = ignoreChecker(options);
  const errors: CliError[] = [];
  const notes: CliError[] = [];
  const found = new Set<string>();
  const explicit = new Set<string>();
  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    const stat = statOrNull(absolute);
    if (stat?.isDirectory()) {
      for (const f of walk(absolute, isIgnored, notes, cwd)) found.add(f);
    } else if (stat) {
      found.add(absolute);
      explicit.add(absolute);
    } else if (isDynamicPattern(input)) {
      const matches = globSync(input, { cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] })
        .map((p) => resolve(p))
        .filter((p) => EXTENSIONS.has(extname(p).toLowerCase()) && !isIgnored(p));
      if (matches.length === 0) errors.push(cliError('chipcheck/missing-input', note('cli.missing-input', { input })));
      for (const f of matches) found.add(f);
    } else {
      // Kept: the check reports it as unreadable next to the others (and the run exits 2).
      found.add(absolute);
      explicit.add(absolute);
    }
  }
  let files = [...found];
  if (options.changedSince !== undefined) {
    let changed: Set<string>;
    try {
      changed = new Set(changedFiles(options.changedSince, cwd));
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message).trim().split('\n')[0];
      errors.push(cliError('chipcheck/changed-since', note('cli.changed-since', { ref: options.changedSince, why: stderr ?? '' })));
      return { files: [], errors, notes };
    }
    if (inputs.length === 0) {
      files = [...changed].filter((p) => EXTENSIONS.has(extname(p).toLowerCase()) && !isIgnored(p));
    } else {
      files = files.filter((p) => changed.has(p) && !(explicit.has(p) && !existsSync(p)));
    }
  }
  return { files: files.sort(byPath), errors, notes };
}
