/**
 * The command's own errors: a bad command line, config, dataset or output, as opposed to a problem in an
 * article (a Message on its file). Like rule ids, their codes are stable and namespaced, so scripts and CI
 * logs can match them; each comes with a hint saying what to do. On stderr one looks like:
 *
 *   chipcheck: --published 2024-13-45 is not a date [chipcheck/invalid-option]
 *     hint: Use a date YYYY-MM-DD, such as --published 2024-03-01.
 */
import type { DatasetProblem } from './dataset/schema.js';
import { en } from './report/messages/en.js';
import { render, type Lang } from './report/messages/index.js';
import type { MessageId, Note } from './types.js';

export interface CliErrorRule {
  short: string;
  /** What the error means and what became of the run (its exit code). */
  full: string;
  /** The hint printed when the error gives no more precise one. */
  hint: string;
  /** A warning is printed but does not change the exit code. */
  level: 'error' | 'warning';
}

const NOTHING = 'Nothing was checked; the run exits 2.';

/** Every code the command prints on stderr, besides the rule ids of files that could not be read. */
export const CLI_ERRORS = {
  'chipcheck/usage': {
    short: 'Command line cannot be run',
    full: `The command, or the arguments given to it, cannot be run as written: an unknown command, an unexpected argument, or an option that needs another. ${NOTHING}`,
    hint: en['cli-hint.usage'],
    level: 'error',
  },
  'chipcheck/unknown-option': {
    short: 'Unknown option',
    full: 'An option the command does not know: a typo, or an option of another command. verify and fix still check the files named; the run exits 2.',
    hint: en['cli-hint.unknown-option'],
    level: 'error',
  },
  'chipcheck/invalid-option': {
    short: 'Invalid option value',
    full: `An option is missing its value, has a value it does not take, or has one it does not accept (--published 2024-13-45). ${NOTHING}`,
    hint: en['cli-hint.invalid-option'],
    level: 'error',
  },
  'chipcheck/no-input': {
    short: 'Nothing to check',
    full: `No file, folder, glob or - (stdin) was named, and no --changed-since. ${NOTHING}`,
    hint: en['cli-hint.no-input'],
    level: 'error',
  },
  'chipcheck/missing-input': {
    short: 'No files match a glob',
    full: 'A glob matched no article (.txt, .md, .markdown, .html, .htm) that is not ignored. The other inputs were still checked; the run exits 2.',
    hint: en['cli-hint.missing-input'],
    level: 'error',
  },
  'chipcheck/changed-since': {
    short: 'git diff for --changed-since failed',
    full: `git could not list the files changed since the --changed-since ref: the ref does not exist, or the folder is not in a git repository. ${NOTHING}`,
    hint: en['cli-hint.changed-since'],
    level: 'error',
  },
  'chipcheck/config': {
    short: 'Config file problem',
    full: `The config file (chipcheck.config.json, the "chipcheck" key of package.json, or --config FILE) is missing, not valid JSON, or has a key or value chipcheck does not know. ${NOTHING}`,
    hint: en['cli-hint.config'],
    level: 'error',
  },
  'chipcheck/dataset': {
    short: 'Dataset problem',
    full: `A dataset file or folder (--dataset, the config's dataset, or the bundled one) is missing or has a bad row or column. No check runs on a half-loaded dataset. ${NOTHING}`,
    hint: en['cli-hint.dataset'],
    level: 'error',
  },
  'chipcheck/output': {
    short: 'Report not written',
    full: 'The --output file (or the --out file of dataset import) could not be opened or written. The run exits 2.',
    hint: en['cli-hint.output'],
    level: 'error',
  },
  'chipcheck/max-warnings': {
    short: 'Too many warnings',
    full: 'The run found more warnings than --max-warnings allows; the report is complete and the run exits 1.',
    hint: en['cli-hint.max-warnings'],
    level: 'error',
  },
  'chipcheck/step-summary': {
    short: 'Job summary not written',
    full: 'The GitHub job summary could not be appended to the file GITHUB_STEP_SUMMARY names; the report and the exit code are unaffected.',
    hint: en['cli-hint.step-summary'],
    level: 'warning',
  },
  'chipcheck/fix-not-written': {
    short: 'Fixed file not written',
    full: 'chipcheck fix could not write a fixed file. The file is as it was (fixes are written atomically); the other files were still fixed; the run exits 2.',
    hint: en['cli-hint.fix-not-written'],
    level: 'error',
  },
  'chipcheck/unreadable-folder': {
    short: 'Folder could not be listed',
    full: 'A folder below one named could not be listed; its files were skipped. The exit code is unaffected.',
    hint: en['cli-hint.unreadable-folder'],
    level: 'warning',
  },
  'chipcheck/symlink-loop': {
    short: 'Symbolic link loop',
    full: 'A symbolic link leads back into a folder being searched; it was skipped so that the search ends. The exit code is unaffected.',
    hint: en['cli-hint.symlink-loop'],
    level: 'warning',
  },
  // The same ids as the file messages: a file named to `dataset import` that cannot be read, a crash of the run.
  'chipcheck/unreadable-file': {
    short: 'File could not be read',
    full: 'A file named on the command line is missing, a folder, or cannot be read. The run exits 2.',
    hint: en['cli-hint.unreadable-file'],
    level: 'error',
  },
  'chipcheck/internal-error': {
    short: 'chipcheck failed',
    full: 'An internal error stopped the run: a bug, or a broken environment (stdout closed, memory exhausted). The run exits 2.',
    hint: en['cli-hint.internal-error'],
    level: 'error',
  },
} as const satisfies Record<string, CliErrorRule>;

export type CliErrorCode = keyof typeof CLI_ERRORS;

/** One error for stderr, as plain data: what went wrong, its code, and what to do. */
export interface CliError {
  /** A code of CLI_ERRORS, or the rule id of the message of a file that could not be read or checked. */
  code: CliErrorCode | (string & {});
  /** What is wrong, naming the file:line and the key or option when there is one. */
  reason: string;
  /** More lines under the reason: each problem of a bad dataset or config. */
  details?: readonly string[];
  /** What to do; the catalogue's hint of `code` when left out. */
  hint?: string;
  /** `reason`, `hint` and `details` as catalogue messages, so stderr speaks the user's language (the strings are the English). */
  notes?: { reason?: Note; hint?: Note; details?: readonly (Note | string)[] };
}

/** The catalogue's hint for a code: `cli-hint.usage` for `chipcheck/usage`. */
function hintId(code: CliErrorCode): MessageId {
  return `cli-hint.${code.replace(/^chipcheck\//u, '')}` as MessageId;
}

/**
 * A CliError of a catalogued code, with the catalogue's hint unless `hint` is given. A reason or hint given as
 * a Note is rendered in the user's language when printed (`formatCliError`).
 */
export function cliError(code: CliErrorCode, reason: string | Note, more: { hint?: string | Note | undefined; details?: readonly (string | Note)[] } = {}): CliError {
  const hint = more.hint ?? { id: hintId(code) };
  const details = more.details ?? [];
  const noted = details.some((d) => typeof d !== 'string');
  const notes = {
    ...(typeof reason === 'string' ? {} : { reason }),
    ...(typeof hint === 'string' ? {} : { hint }),
    ...(noted ? { details } : {}),
  };
  return {
    code,
    reason: typeof reason === 'string' ? reason : render(reason, 'en'),
    ...(details.length > 0 ? { details: details.map((d) => (typeof d === 'string' ? d : render(d, 'en'))) } : {}),
    hint: typeof hint === 'string' ? hint : render(hint, 'en'),
    ...(notes.reason || notes.hint || noted ? { notes } : {}),
  };
}

/**
 * A CliError for the problems of one file or set of files (a config, a dataset): one problem is the reason
 * itself, so its file:line stays on the error line; several are counted and listed below it.
 */
export function cliErrorOfProblems(code: 'chipcheck/config' | 'chipcheck/dataset', problems: readonly (string | Note)[], hint?: string | Note): CliError {
  if (problems.length === 1) return cliError(code, problems[0]!, { hint });
  const what = code === 'chipcheck/config' ? 'cli.config-problems' : 'cli.dataset-problems';
  return cliError(code, { id: what, params: { n: problems.length } }, { hint, details: problems });
}

/** A bad dataset: each problem by file:line and field (a path that is missing has no line). */
export function datasetCliError(problems: readonly DatasetProblem[], hint?: string): CliError {
  const lines = problems.map((p) => `${p.file}${p.line > 0 ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
  const rowless = problems.every((p) => p.line === 0);
  const pathHint = rowless ? "Check the dataset paths given with --dataset or in the config's dataset key." : undefined;
  return cliErrorOfProblems('chipcheck/dataset', lines, hint ?? pathHint);
}

/** Whether the error changes nothing about the run (printed as a warning, exit code unaffected). */
export function isWarning(error: CliError): boolean {
  return (CLI_ERRORS as Record<string, CliErrorRule>)[error.code]?.level === 'warning';
}

/**
 * The stderr text of an error: `<command>: <reason> [<code>]`, each detail indented below it, then
 * `  hint: <what to do>`. `command` is the name the user typed (`chipcheck`, `chipcheck fix`, …).
 */
export function formatCliError(error: CliError, command = 'chipcheck', lang: Lang = 'en'): string {
  const known = error.code in CLI_ERRORS ? (error.code as CliErrorCode) : undefined;
  const hint = error.notes?.hint ? render(error.notes.hint, lang) : error.hint ?? (known ? render({ id: hintId(known) }, lang) : undefined);
  const reason = error.notes?.reason ? render(error.notes.reason, lang) : error.reason;
  const details = error.notes?.details?.map((d) => (typeof d === 'string' ? d : render(d, lang))) ?? error.details ?? [];
  const line = { command, reason, code: error.code };
  const lines = [
    isWarning(error) ? render({ id: 'cli.warning-line', params: line }, lang) : render({ id: 'cli.error-line', params: line }, lang),
    ...details.map((d) => `  ${d}`),
    ...(hint ? [render({ id: 'cli.hint-line', params: { hint } }, lang)] : []),
  ];
  return `${lines.join('\n')}\n`;
}
