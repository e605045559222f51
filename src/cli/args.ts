import { parseArgs } from 'node:util';
import { note, parseLang, type Lang } from '../report/messages/index.js';
import type { FailLevel } from '../report/summarise.js';
import type { Note } from '../types.js';
import { closest } from '../run/closest.js';
import { cliError, type CliError } from '../errors.js';

const FORMATS = ['text', 'json', 'sarif', 'github', 'rdjsonl', 'tui'] as const;
export type CliFormat = (typeof FORMATS)[number];
const FAIL_LEVELS = ['error', 'warning', 'info', 'none'] as const;

/** Every option `verify` and `fix` understand. */
const OPTIONS = {
  format: { type: 'string' },
  published: { type: 'string' },
  dataset: { type: 'string', multiple: true },
  'dataset-replace': { type: 'boolean' },
  'fail-level': { type: 'string' },
  'max-warnings': { type: 'string' },
  output: { type: 'string', short: 'o' },
  'stdin-filename': { type: 'string' },
  'changed-since': { type: 'string' },
  config: { type: 'string' },
  'max-size': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  debug: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  watch: { type: 'boolean' },
  lang: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'report-unused-disable': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CliOptions {
  positionals: string[];
  format?: CliFormat;
  published?: string;
  datasets: string[];
  datasetReplace: boolean;
  failLevel?: FailLevel;
  /** Exit 1 when the run holds more than this many warnings. */
  maxWarnings?: number;
  output?: string;
  stdinFilename?: string;
  changedSince?: string;
  config?: string;
  maxSize?: number;
  jobs?: number;
  color?: boolean;
  debug: boolean;
  dryRun: boolean;
  /** Check again on every save of a named file (`verify --watch`). */
  watch: boolean;
  help: boolean;
  /** `--lang`; the CLI falls back to the locale. */
  lang?: Lang;
  /** Report only warnings and errors. */
  quiet: boolean;
  reportUnusedDisable: boolean;
}

export interface ParsedArgs {
  options: CliOptions;
  /** Unknown options (`chipcheck/unknown-option`) do not stop the check; bad values (`chipcheck/invalid-option`) do. */
  unknown: CliError[];
  invalid: CliError[];
}

function size(text: string): number | undefined {
  const m = /^(\d+)([kKmMgG]?)[bB]?$/u.exec(text.trim());
  if (!m) return undefined;
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * scale;
}

/**
 * Parse a command's arguments. Unknown options are collected, not thrown, so the files named are still
 * checked (the run then exits 2); a missing or bad value is `invalid`, and the run stops.
 */
export function parseCliArgs(args: string[], allowed: ReadonlySet<string> | null = null): ParsedArgs {
  const { values, positionals, tokens } = parseArgs({ args, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const unknown: CliError[] = [];
  const invalid: CliError[] = [];
  const bad = (reason: Note, hint: Note) => invalid.push(cliError('chipcheck/invalid-option', reason, { hint }));
  const knownHint = allowed
    ? note('cli.unknown-option-hint-known', { options: [...allowed].map((o) => `--${o}`).join(', ') })
    : note('cli.unknown-option-hint');
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = (OPTIONS as Record<string, { type: string }>)[token.name];
    const option = token.rawName;
    if (!spec || (allowed && !allowed.has(token.name))) {
      const near = closest(token.name, Object.keys(OPTIONS).filter((o) => !allowed || allowed.has(o)));
      const hint = near ? note('cli.unknown-option-hint-near', { option: `--${near}` }) : knownHint;
      unknown.push(cliError('chipcheck/unknown-option', note('cli.unknown-option', { option }), { hint }));
    } else if (spec.type === 'string' && token.value === undefined) {
      bad(note('cli.needs-value', { option }), note('cli.needs-value-hint', { option }));
    } else if (spec.type === 'boolean' && token.value !== undefined) {
      bad(note('cli.takes-no-value', { option }), note('cli.takes-no-value-hint', { option, value: token.value }));
    }
  }
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const options: CliOptions = {
    positionals,
    datasets: (Array.isArray(values.dataset) ? values.dataset : []).filter((v): v is string => typeof v === 'string'),
    datasetReplace: values['dataset-replace'] === true,
    debug: values.debug === true,
    dryRun: values['dry-run'] === true,
    watch: values.watch === true,
    help: values.help === true,
    quiet: values.quiet === true,
    reportUnusedDisable: values['report-unused-disable'] === true,
  };
  const format = str(values.format);
  if (format !== undefined) {
    if ((FORMATS as readonly string[]).includes(format)) options.format = format as CliFormat;
    else bad(note('cli.bad-format', { value: format }), note('cli.bad-choice-hint', { choices: FORMATS.join(', ') }));
  }
  const failLevel = str(values['fail-level']);
  if (failLevel !== undefined) {
    if ((FAIL_LEVELS as readonly string[]).includes(failLevel)) options.failLevel = failLevel as FailLevel;
    else bad(note('cli.bad-fail-level', { value: failLevel }), note('cli.bad-choice-hint', { choices: FAIL_LEVELS.join(', ') }));
  }
  const lang = str(values.lang);
  if (lang !== undefined) {
    const parsed = parseLang(lang);
    if (parsed) options.lang = parsed;
    else bad(note('cli.bad-lang', { value: lang }), note('cli.bad-choice-hint', { choices: 'zh, en' }));
  }
  const published = str(values.published);
  if (published !== undefined) {
    const date = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(published);
    const valid = date && !Number.isNaN(Date.parse(published)) && Number(date[2]) <= 12;
    if (valid) options.published = published;
    else bad(note('cli.bad-date', { value: published }), note('cli.bad-date-hint'));
  }
  const maxSize = str(values['max-size']);
  if (maxSize !== undefined) {
    const bytes = size(maxSize);
    if (bytes !== undefined && bytes > 0) options.maxSize = bytes;
    else bad(note('cli.bad-size', { value: maxSize }), note('cli.bad-size-hint'));
  }
  const jobs = str(values.jobs);
  if (jobs !== undefined) {
    if (/^[1-9]\d*$/u.test(jobs)) options.jobs = Number(jobs);
    else bad(note('cli.bad-jobs', { value: jobs }), note('cli.bad-jobs-hint'));
  }
  const maxWarnings = str(values['max-warnings']);
  if (maxWarnings !== undefined) {
    if (/^\d+$/u.test(maxWarnings)) options.maxWarnings = Number(maxWarnings);
    else bad(note('cli.bad-max-warnings', { value: maxWarnings }), note('cli.bad-max-warnings-hint'));
  }
  if (values['no-color'] === true) options.color = false;
  else if (values.color === true) options.color = true;
  for (const [key, name] of [['output', 'output'], ['stdin-filename', 'stdinFilename'], ['changed-since', 'changedSince'], ['config', 'config']] as const) {
    const v = str(values[key]);
    if (v !== undefined) options[name] = v;
  }
  return { options, unknown, invalid };
}

/**
 * The arguments without their positionals (the paths) and without the options named: watch mode runs verify
 * again on the one file saved, with every other option as the user gave it.
 */
export function withoutPaths(args: string[], drop: readonly string[] = []): string[] {
  const { tokens } = parseArgs({ args, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const skip = new Set<number>();
  for (const token of tokens) {
    if (token.kind === 'positional' || token.kind === 'option-terminator') skip.add(token.index);
    if (token.kind === 'option' && drop.includes(token.name)) {
      skip.add(token.index);
      if (token.value !== undefined && !token.inlineValue) skip.add(token.index + 1);
    }
  }
  return args.filter((_, i) => !skip.has(i));
}
