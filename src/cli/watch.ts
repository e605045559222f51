/**
 * `chipcheck verify --watch`: check again each time a named file is saved. The TUI re-checks the file in
 * place; text formats print a new report for the file saved.
 */
import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseCliArgs, withoutPaths } from './args.js';
import { ConfigError, findConfig, readConfig } from '../run/config.js';
import { cliError, formatCliError } from '../errors.js';
import { displayPath, expandInputs } from '../run/inputs.js';
import type { CliIO } from './io.js';

/** Stop watching. */
export type StopWatching = () => void;

/** How long a file must stay quiet before a save counts: editors write a file in several steps. */
const SETTLE_MS = 120;

/**
 * Call `onSaved(path)` once for each save of one of `paths` (absolute). The folders are watched rather than
 * the files, so a save that writes a new file and renames it over the old one (vim, many editors) is seen;
 * a save counts only when the file's size or modification time changed.
 */
export function watchFiles(paths: readonly string[], onSaved: (path: string) => void): StopWatching {
  const signatures = new Map(paths.map((path) => [path, signatureOf(path)]));
  const timers = new Map<string, NodeJS.Timeout>();
  const watchers: FSWatcher[] = [];
  const byFolder = new Map<string, Set<string>>();
  for (const path of paths) {
    const names = byFolder.get(dirname(path)) ?? new Set<string>();
    names.add(basename(path));
    byFolder.set(dirname(path), names);
  }
  const settle = (path: string) => {
    clearTimeout(timers.get(path));
    timers.set(
      path,
      setTimeout(() => {
        timers.delete(path);
        const signature = signatureOf(path);
        // Missing between a delete and a rename, or unchanged (an editor touched it without writing).
        if (signature === null || signature === signatures.get(path)) return;
        signatures.set(path, signature);
        onSaved(path);
      }, SETTLE_MS),
    );
  };
  for (const [folder, names] of byFolder) {
    try {
      const watcher = watch(folder, (_event, name) => {
        if (name !== null && names.has(name.toString())) settle(resolve(folder, name.toString()));
      });
      watchers.push(watcher);
    } catch {
      // A folder that cannot be watched (gone, no permission): its files are reported as unreadable by the check.
    }
  }
  return () => {
    for (const watcher of watchers) watcher.close();
    for (const timer of timers.values()) clearTimeout(timer);
  };
}

function signatureOf(path: string): string | null {
  try {
    const stat = statSync(path);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return null;
  }
}

/** Resolves on Ctrl-C (SIGINT) or SIGTERM, which end watch mode normally. */
function interrupted(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * Watch mode for text formats: one report of every file, then one report per save of the file saved (of
 * every file again when the report goes to --output), each made by `verify` itself, so each save reads the
 * config and the files afresh. Answers the exit code of the last report when the user stops it.
 */
export async function watchReports(args: string[], io: CliIO, verify: (args: string[]) => Promise<number>): Promise<number> {
  const { options } = parseCliArgs(args);
  if (options.positionals.includes('-') || options.positionals.length === 0) {
    io.stderr(formatCliError(cliError('chipcheck/usage', '--watch needs files to watch', { hint: 'Name the files: chipcheck verify --watch FILE… (stdin cannot be watched).' })));
    return 2;
  }
  const once = withoutPaths(args, ['watch']);
  const files = watchedFiles(options.positionals, options.config, io.cwd);
  // Watching starts before the first report, so a save while it is made is not missed; one check runs at a
  // time, in the order of the saves, so reports never interleave.
  const everything = args.filter((arg) => arg !== '--watch');
  let code = 0;
  let queue = (async () => {
    code = await verify(everything);
    if (files.length > 0) io.stderr(`chipcheck: watching ${files.length} file${files.length === 1 ? '' : 's'}; each save prints a new report (Ctrl-C stops)\n`);
  })();
  if (files.length === 0) return queue.then(() => code);
  const stop = watchFiles(files, (path) => {
    queue = queue.then(async () => {
      const display = displayPath(path, io.cwd);
      io.stderr(`\nchipcheck: ${display} saved at ${new Date().toTimeString().slice(0, 8)}, checked again\n`);
      // A report written to --output stays the report of every file; on stdout, each save adds the saved file's.
      code = await verify(options.output !== undefined ? everything : [...once, display]);
    });
  });
  await interrupted();
  stop();
  await queue;
  return code;
}

/** The files the named paths come to, as verify expands them (folders searched, ignore files respected). */
export function watchedFiles(paths: string[], configPath: string | undefined, cwd: string): string[] {
  let ignore: { ignore?: string[]; ignoreRoot?: string } = {};
  try {
    const loaded = configPath !== undefined ? readConfig(resolve(cwd, configPath)) : findConfig(cwd);
    ignore = { ...(loaded.config.ignore ? { ignore: loaded.config.ignore } : {}), ignoreRoot: loaded.root };
  } catch (error) {
    // verify has reported the config problem already; watch the files as named.
    if (!(error instanceof ConfigError)) throw error;
  }
  return expandInputs(paths, { cwd, ...ignore }).files;
}
