import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { note, render } from '../report/messages/index.js';
import { knownRuleIds } from '../report/rules.js';
import type { Note } from '../types.js';
import { closest } from './closest.js';

const severitySetting = z.enum(['error', 'warning', 'info', 'off']);

/** The shape of `chipcheck.config.json` (or the `chipcheck` key of package.json). */
export const configSchema = z
  .object({
    /** Extra dataset files or folders, relative to the config file. */
    dataset: z.union([z.string(), z.array(z.string())]).optional(),
    /** Use only `dataset`, not the bundled one. */
    datasetReplace: z.boolean().optional(),
    failLevel: z.enum(['error', 'warning', 'info', 'none']).optional(),
    /** Per-rule severity, or `off`: `{ "chipcheck/unverifiable": "off" }`. */
    rules: z.record(z.string(), severitySetting).optional(),
    /** Globs (gitignore syntax) of files never to check, relative to the config file. */
    ignore: z.array(z.string()).optional(),
  })
  .strict();

export type ChipcheckConfig = z.infer<typeof configSchema>;

/** A config as loaded: paths resolved against the folder of the file it came from. */
export interface LoadedConfig {
  file: string | null;
  /** The folder the config's relative paths and ignore globs are relative to. */
  root: string;
  config: ChipcheckConfig;
}

/** A config file that cannot be used; the CLI prints it (`chipcheck/config`) and exits 2. */
export class ConfigError extends Error {
  /** One line per problem, each starting `file:line: ` when there is a line (a Note: in the user's language). */
  readonly problems: ReadonlyArray<string | Note>;
  /** What to do about it. */
  readonly hint: string | Note;
  constructor(problems: ReadonlyArray<string | Note>, hint: string | Note) {
    const english = (p: string | Note) => (typeof p === 'string' ? p : render(p, 'en'));
    super(problems.map(english).join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
    this.hint = hint;
  }
}


const EXPECTED: Record<string, string> = {
  dataset: 'a path or an array of paths (strings)',
  datasetReplace: 'true or false',
  failLevel: '"error", "warning", "info" or "none"',
  rules: 'an object of rule id to "error", "warning", "info" or "off"',
  ignore: 'an array of glob strings',
};

/** The 1-based line of a key in JSON text: each key of the path searched after the one before it. */
function lineOf(text: string, path: readonly PropertyKey[]): number {
  let at = 0;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const found = text.indexOf(JSON.stringify(key), at);
    if (found < 0) break;
    at = found;
  }
  return text.slice(0, at).split('\n').length;
}

/** One line per problem, in the order of the file. */
function explain(file: string, prefix: string, error: z.ZodError, text: string): Array<string | Note> {
  const line = (path: readonly PropertyKey[]) => lineOf(text, prefix ? [prefix.slice(0, -1), ...path] : path);
  return error.issues
    .map((issue): { at: number; text: string | Note } => {
      if (issue.code === 'unrecognized_keys') {
        const at = line([...issue.path, issue.keys[0] ?? '']);
        const key = issue.keys[0] ?? '';
        const near = issue.path.length === 0 ? closest(key, Object.keys(EXPECTED)) : undefined;
        const known = note('cli.config-known-keys', { keys: Object.keys(EXPECTED).join(', ') });
        const suggestion = { notes: [...(near ? [note('cli.did-you-mean', { suggestion: `${prefix}${near}` })] : []), known] };
        return { at, text: note('cli.config-unknown-key', { file, line: at, key: issue.keys.map((k) => `${prefix}${k}`).join('", "'), suggestion }) };
      }
      const key = issue.path.map(String).join('.');
      const top = String(issue.path[0] ?? '');
      const shape = EXPECTED[top];
      const at = line(issue.path);
      return { at, text: `${file}:${at}: "${prefix}${key}" is invalid: ${issue.message}${shape ? `; expected ${shape}` : ''}` };
    })
    .sort((a, b) => a.at - b.at)
    .map((problem) => problem.text);
}

function parse(file: string, value: unknown, prefix = ''): ChipcheckConfig {
  const result = configSchema.safeParse(value);
  if (!result.success) {
    throw new ConfigError(explain(file, prefix, result.error, readFileSync(file, 'utf8')), note('cli.config-hint', { keys: Object.keys(EXPECTED).join(', ') }));
  }
  // A misspelt rule id would turn nothing off, silently: name the rule meant.
  const unknown = Object.keys(result.data.rules ?? {}).filter((id) => !knownRuleIds().has(id));
  if (unknown.length > 0) {
    const text = readFileSync(file, 'utf8');
    const problems = unknown.map((rule) => {
      const at = lineOf(text, prefix ? [prefix.slice(0, -1), 'rules', rule] : ['rules', rule]);
      const nearest = closest(rule, knownRuleIds()) ?? closestAnyway(rule);
      return note('cli.config-unknown-rule', { file, line: at, rule, suggestion: { notes: [note('cli.did-you-mean', { suggestion: nearest })] } });
    });
    throw new ConfigError(problems, note('cli.config-rule-hint'));
  }
  return result.data;
}

/** The nearest rule id even when it is far: the user still learns what a rule id looks like. */
function closestAnyway(rule: string): string {
  const ids = [...knownRuleIds()].filter((id) => id.startsWith('chipcheck/'));
  return closest(rule, ids) ?? ids.reduce((a, b) => (Math.abs(a.length - rule.length) <= Math.abs(b.length - rule.length) ? a : b));
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError([`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`], 'Check that the config path names a file you can read.');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/u.exec((error as Error).message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : text.trimEnd().split('\n').length;
    throw new ConfigError([`${file}:${line}: not valid JSON (${(error as Error).message})`], 'Fix the JSON at or just before that line: a missing comma, bracket or quote, or a trailing comma.');
  }
}

/** Read one config file: a chipcheck.config.json, or a package.json with a `chipcheck` key. */
export function readConfig(file: string): LoadedConfig {
  const path = resolve(file);
  if (!existsSync(path)) {
    throw new ConfigError([`${file}: no such config file`], 'Check the --config path, or leave --config out to use the nearest chipcheck.config.json or package.json "chipcheck" key.');
  }
  const json = readJson(path);
  if (path.endsWith('package.json')) {
    const section = (json as { chipcheck?: unknown } | null)?.chipcheck ?? {};
    return { file: path, root: dirname(path), config: parse(path, section, 'chipcheck.') };
  }
  return { file: path, root: dirname(path), config: parse(path, json) };
}

/** Find the config that applies in `cwd`: the nearest chipcheck.config.json or package.json with a `chipcheck` key. */
export function findConfig(cwd: string): LoadedConfig {
  let dir = resolve(cwd);
  for (;;) {
    const own = join(dir, 'chipcheck.config.json');
    if (existsSync(own)) return readConfig(own);
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const json = readJson(pkg) as { chipcheck?: unknown } | null;
      if (json && typeof json === 'object' && 'chipcheck' in json) return readConfig(pkg);
    }
    const parent = dirname(dir);
    if (parent === dir) return { file: null, root: resolve(cwd), config: {} };
    dir = parent;
  }
}

/** The config's dataset paths, resolved against its folder. */
export function configDatasets(loaded: LoadedConfig): string[] {
  const { dataset } = loaded.config;
  const list = dataset === undefined ? [] : Array.isArray(dataset) ? dataset : [dataset];
  return list.map((p) => resolve(loaded.root, p));
}
