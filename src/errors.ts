/**
 * The command's own errors: a bad command line, config, dataset or output, as opposed to a problem in an
 * article (a Message on its file). Like rule ids, their codes are stable and namespaced, so scripts and CI
 * logs can match them; each comes with a hint saying what to do. On stderr one looks like:
 *
 *   chipcheck: --published 2024-13-45 is not a date [chipcheck/invalid-option]
 *     hint: Use a date YYYY-MM-DD, such as --published 2024-03-01.
 */
import type { DatasetProblem } from './dataset/schema.js';

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
    hint: 'Run chipcheck --help (or chipcheck dataset --help) for the usage.',
    level: 'error',
  },
  'chipcheck/unknown-option': {
    short: 'Unknown option',
    full: 'An option the command does not know: a typo, or an option of another command. verify and fix still check the files named; the run exits 2.',
    hint: 'Check the spelling against chipcheck --help.',
    level: 'error',
  },
  'chipcheck/invalid-option': {
    short: 'Invalid option value',
    full: `An option is missing its value, has a value it does not take, or has one it does not accept (--published 2024-13-45). ${NOTHING}`,
    hint: 'Give the value in the form chipcheck --help shows.',
    level: 'error',
  },
  'chipcheck/no-input': {
    short: 'Nothing to check',
    full: `No file, folder, glob or - (stdin) was named, and no --changed-since. ${NOTHING}`,
    hint: 'Name the files, folders or globs to check, or - for stdin.',
    level: 'error',
  },
  'chipcheck/missing-input': {
    short: 'No files match a glob',
    full: 'A glob matched no article (.txt, .md, .markdown, .html, .htm) that is not ignored. The other inputs were still checked; the run exits 2.',
    hint: "Check the pattern, and quote it so that chipcheck expands it, not the shell; .gitignore, .chipcheckignore and the config's ignore globs apply.",
    level: 'error',
  },
  'chipcheck/changed-since': {
    short: 'git diff for --changed-since failed',
    full: `git could not list the files changed since the --changed-since ref: the ref does not exist, or the folder is not in a git repository. ${NOTHING}`,
    hint: 'Check the ref with git rev-parse REF; in CI, fetch the history it needs (actions/checkout with fetch-depth: 0).',
    level: 'error',
  },
  'chipcheck/config': {
    short: 'Config file problem',
    full: `The config file (chipcheck.config.json, the "chipcheck" key of package.json, or --config FILE) is missing, not valid JSON, or has a key or value chipcheck does not know. ${NOTHING}`,
    hint: 'Fix the key at the line named; the known keys are dataset, datasetReplace, failLevel, rules and ignore (README: Configuration).',
    level: 'error',
  },
  'chipcheck/dataset': {
    short: 'Dataset problem',
    full: `A dataset file or folder (--dataset, the config's dataset, or the bundled one) is missing or has a bad row or column. No check runs on a half-loaded dataset. ${NOTHING}`,
    hint: 'Fix each row named (file:line: column) as the README section Dataset describes; chipcheck dataset check --dataset PATH tests the fixed files.',
    level: 'error',
  },
  'chipcheck/output': {
    short: 'Report not written',
    full: 'The --output file (or the --out file of dataset import) could not be opened or written. The run exits 2.',
    hint: 'Check that the folder exists and is writable, and that the disk has space.',
    level: 'error',
  },
  'chipcheck/step-summary': {
    short: 'Job summary not written',
    full: 'The GitHub job summary could not be appended to the file GITHUB_STEP_SUMMARY names; the report and the exit code are unaffected.',
    hint: 'GITHUB_STEP_SUMMARY should name a writable file; outside GitHub Actions, unset it.',
    level: 'warning',
  },
  'chipcheck/fix-not-written': {
    short: 'Fixed file not written',
    full: 'chipcheck fix could not write a fixed file. The file is as it was (fixes are written atomically); the other files were still fixed; the run exits 2.',
    hint: "Check the permissions of the file and its folder and the disk's free space, then run chipcheck fix again.",
    level: 'error',
  },
  'chipcheck/unreadable-folder': {
    short: 'Folder could not be listed',
    full: 'A folder below one named could not be listed; its files were skipped. The exit code is unaffected.',
    hint: "Check the folder's permissions, or name the files in it directly.",
    level: 'warning',
  },
  'chipcheck/symlink-loop': {
    short: 'Symbolic link loop',
    full: 'A symbolic link leads back into a folder being searched; it was skipped so that the search ends. The exit code is unaffected.',
    hint: 'Nothing to do, unless the files behind the link should be checked: then name them directly.',
    level: 'warning',
  },
  // The same ids as the file messages: a file named to `dataset import` that cannot be read, a crash of the run.
  'chipcheck/unreadable-file': {
    short: 'File could not be read',
    full: 'A file named on the command line is missing, a folder, or cannot be read. The run exits 2.',
    hint: 'Check the path and the permissions.',
    level: 'error',
  },
  'chipcheck/internal-error': {
    short: 'chipcheck failed',
    full: 'An internal error stopped the run: a bug, or a broken environment (stdout closed, memory exhausted). The run exits 2.',
    hint: 'Run again with --debug for the stack trace, and report it to the chipcheck maintainers.',
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
}

/** A CliError of a catalogued code, with the catalogue's hint unless `hint` is given. */
export function cliError(code: CliErrorCode, reason: string, more: { hint?: string | undefined; details?: readonly string[] } = {}): CliError {
  return { code, reason, ...(more.details && more.details.length > 0 ? { details: more.details } : {}), hint: more.hint ?? CLI_ERRORS[code].hint };
}

/**
 * A CliError for the problems of one file or set of files (a config, a dataset): one problem is the reason
 * itself, so its file:line stays on the error line; several are counted and listed below it.
 */
export function cliErrorOfProblems(code: CliErrorCode, what: string, problems: readonly string[], hint?: string): CliError {
  if (problems.length === 1) return cliError(code, problems[0]!, { hint });
  return cliError(code, `${what} has ${problems.length} problems`, { hint, details: problems });
}

/** A bad dataset: each problem by file:line and field (a path that is missing has no line). */
export function datasetCliError(problems: readonly DatasetProblem[], hint?: string): CliError {
  const lines = problems.map((p) => `${p.file}${p.line > 0 ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
  const rowless = problems.every((p) => p.line === 0);
  const pathHint = rowless ? "Check the dataset paths given with --dataset or in the config's dataset key." : undefined;
  return cliErrorOfProblems('chipcheck/dataset', 'the dataset', lines, hint ?? pathHint);
}

/** Whether the error changes nothing about the run (printed as a warning, exit code unaffected). */
export function isWarning(error: CliError): boolean {
  return (CLI_ERRORS as Record<string, CliErrorRule>)[error.code]?.level === 'warning';
}

/**
 * The stderr text of an error: `<command>: <reason> [<code>]`, each detail indented below it, then
 * `  hint: <what to do>`. `command` is the name the user typed (`chipcheck`, `chipcheck fix`, …).
 */
export function formatCliError(error: CliError, command = 'chipcheck'): string {
  const hint = error.hint ?? (CLI_ERRORS as Record<string, CliErrorRule>)[error.code]?.hint;
  const lines = [
    `${command}: ${isWarning(error) ? 'warning: ' : ''}${error.reason} [${error.code}]`,
    ...(error.details ?? []).map((d) => `  ${d}`),
    ...(hint ? [`  hint: ${hint}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
