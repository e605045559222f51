/**
 * chipcheck's library API: check articles against the canonical chip-trade dataset and get the result model
 * every output format renders.
 *
 * @example
 * ```js
 * import { verify, format } from 'chipcheck';
 * const report = await verify(['articles/']);
 * process.stdout.write(format(report, 'sarif'));
 * ```
 * @packageDocumentation
 */
import { resolve } from 'node:path';
import type { LoadOptions } from './dataset/index.js';
import { checkText, type CheckOptions } from './pipeline.js';
import type { Lang } from './report/messages/index.js';
import { createReportStage, type ExitCode, type ReportSettings } from './report/stage.js';
import type { FailLevel, RuleSetting } from './report/summarise.js';
import { packageVersion } from './report/version.js';
import { displayPath, expandInputs } from './run/inputs.js';
import { checkMany } from './run/workers.js';
import type { Dataset, FileResult, Report } from './types.js';

export type * from './types.js';
export { format, formatters, formatText, formatJson, formatSarif, formatGithub, formatRdjsonl, githubSummary, toJsonReport } from './report/formatters/index.js';
export type { FormatName, FormatOptions, Formatter } from './report/formatters/index.js';
export { buildReport, failsAt, applyRuleSettings, type FailLevel, type RuleSetting } from './report/summarise.js';
export { createReportStage, reportFile, type ExitCode, type ReportSettings, type ReportStage } from './report/stage.js';
export { suppress, disabledRanges, type DisabledRange } from './report/suppress.js';
export { describeRule, type RuleDescription } from './report/rules.js';
export { t, langFromEnv, type Lang, type MessageId } from './report/messages/index.js';
export { createLocator, type Locator } from './report/position.js';

/** How {@link verify} checks. Every field is optional. */
export interface VerifyOptions {
  /** Publication date `YYYY-MM-DD`; overrides the date found in each file (今年, 去年 resolve against it). */
  published?: string;
  /** Extra dataset files or folders (CSV records), added to the bundled dataset. */
  datasets?: string[];
  /** Use only `datasets`, not the bundled dataset. */
  datasetReplace?: boolean;
  /** A dataset already loaded (e.g. with `loadDataset`), used instead of loading one. */
  dataset?: Dataset;
  /** Largest file to read, in bytes. */
  maxSize?: number;
  /** Per-rule severity or `off`, as in the config file: `{ 'chipcheck/unverifiable': 'off' }`. */
  rules?: Record<string, RuleSetting>;
  /** The least severe finding that makes `exitCode` 1, as `--fail-level`; default `error`. */
  failLevel?: FailLevel;
  /** Make `exitCode` 1 when the report holds more than this many warnings, as `--max-warnings`. */
  maxWarnings?: number;
  /** Ignore globs (gitignore syntax) for folders and globs, relative to `cwd`. */
  ignore?: string[];
  /** The folder relative paths and globs start from, and report paths are relative to; default `process.cwd()`. */
  cwd?: string;
  /** Worker threads for many files; default: the number of cores. */
  jobs?: number;
  /** The language of messages (`zh` or `en`); default `en`. `format(report, name, { lang })` renders the rest. */
  lang?: Lang;
}

/** A report and the exit code the command would answer for it (0, 1, or 2 when a file was not checked). */
export interface CheckResult {
  report: Report;
  exitCode: ExitCode;
}

/**
 * Check files, folders and globs (`.gitignore` and `.chipcheckignore` respected; results in sorted path
 * order), or one text. Content and I/O problems become messages on the file (`ok: false` when a file could
 * not be read); a bad dataset throws `DatasetError` naming file:line and field.
 */
export async function check(inputs: string[] | { text: string; path?: string }, options: VerifyOptions = {}): Promise<CheckResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const datasetOptions: LoadOptions = {
    paths: (options.datasets ?? []).map((p) => resolve(cwd, p)),
    replace: options.datasetReplace === true,
  };
  const dataset = options.dataset ?? (await import('./dataset/index.js')).loadDataset(datasetOptions);
  const checkOptions: CheckOptions = { dataset };
  if (options.published !== undefined) checkOptions.published = options.published;
  if (options.maxSize !== undefined) checkOptions.maxSize = options.maxSize;
  if (options.lang !== undefined) checkOptions.lang = options.lang;
  let checked: FileResult[];
  if (Array.isArray(inputs)) {
    const { files } = expandInputs(inputs, { cwd, ...(options.ignore ? { ignore: options.ignore } : {}) });
    const { dataset: _loaded, ...workerCheck } = checkOptions;
    checked = await checkMany(
      files.map((absolute) => ({ absolute, display: displayPath(absolute, cwd) })),
      {
        setup: { dataset: datasetOptions, check: workerCheck },
        check: checkOptions,
        // Workers load the dataset from its files; a dataset handed in as an object stays in this thread.
        jobs: options.dataset ? 1 : options.jobs ?? 0,
      },
    );
  } else {
    checked = [checkText(inputs.text, inputs.path ?? '<text>', checkOptions)];
  }
  const settings: ReportSettings = {};
  if (options.rules !== undefined) settings.rules = options.rules;
  if (options.failLevel !== undefined) settings.failLevel = options.failLevel;
  if (options.maxWarnings !== undefined) settings.maxWarnings = options.maxWarnings;
  if (options.lang !== undefined) settings.lang = options.lang;
  const stage = createReportStage(settings);
  const files = checked.map((file) => stage.add(file));
  const report: Report = { version: packageVersion(), dataset: { version: dataset.version, figures: dataset.figures.length }, files, summary: stage.summary };
  return { report, exitCode: stage.exitCode() };
}

/**
 * Check articles and return the result model (the JSON report is this, serialised).
 *
 * @param inputs Paths of files or folders, or globs; or `{ text, path }` for text already in memory
 *   (`path` names it in the report and its extension picks the source kind: `.md`, `.html`, `.txt`).
 * @param options See {@link VerifyOptions}.
 * @returns The report: per file, each claim with its verdict, expected value, suggestion and evidence.
 */
export async function verify(inputs: string[] | { text: string; path?: string }, options: VerifyOptions = {}): Promise<Report> {
  return (await check(inputs, options)).report;
}
