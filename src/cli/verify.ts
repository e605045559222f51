import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoadedDataset, LoadOptions } from '../dataset/index.js';
import { DEFAULT_MAX_SIZE } from '../extract/source/index.js';
import type { CheckedStream, CheckOptions } from '../pipeline.js';
import { createFormatStream, createGithubSummaryStream } from '../report/formatters/index.js';
import { langFromEnv, note } from '../report/messages/index.js';
import { canRenderWhereChecked, type RenderedFile } from '../report/rendered.js';
import { createReportStage, reportFile, type ReportSettings } from '../report/stage.js';
import { parseCliArgs, type CliOptions } from './args.js';
import { checkOne, checkOneBytes } from '../run/check.js';
import { ConfigError, configDatasets, findConfig, readConfig, type LoadedConfig } from '../run/config.js';
import { cliError, cliErrorOfProblems, datasetCliError, formatCliError, type CliError } from '../errors.js';
import { displayPath, expandInputs } from '../run/inputs.js';
import { tuneForBatch } from '../run/tiering.js';
import { packageVersion } from '../report/version.js';
import type { CliIO } from './io.js';
import { openOutput } from './output.js';
import { createProgress } from './progress.js';
import { checkInOrder, crashed } from '../run/workers.js';
import type { FileResult } from '../types.js';
import { writeReport, type ReportTarget } from './write-report.js';

/** Everything a run decided before checking: the config, the dataset and the files. */
export interface RunSetup {
  config: LoadedConfig;
  dataset: LoadedDataset;
  datasetOptions: LoadOptions;
  check: CheckOptions;
}

/** The config, then the dataset; either can fail with an error for the user (exit 2). */
export async function prepare(options: CliOptions, cwd: string): Promise<RunSetup | CliError> {
  let config: LoadedConfig;
  try {
    config = options.config !== undefined ? readConfig(resolve(cwd, options.config)) : findConfig(cwd);
  } catch (error) {
    if (error instanceof ConfigError) return cliErrorOfProblems('chipcheck/config', error.problems, error.hint);
    throw error;
  }
  const datasetOptions: LoadOptions = {
    paths: [...configDatasets(config), ...options.datasets.map((p) => resolve(cwd, p))],
    replace: options.datasetReplace || config.config.datasetReplace === true,
  };
  if (datasetOptions.replace && datasetOptions.paths!.length === 0) {
    return cliError('chipcheck/usage', note('cli.dataset-replace-alone'), { hint: note('cli.dataset-replace-alone-hint') });
  }
  const { loadDataset, DatasetError } = await import('../dataset/index.js');
  let dataset: LoadedDataset;
  try {
    dataset = loadDataset(datasetOptions);
  } catch (error) {
    if (error instanceof DatasetError) return datasetCliError(error.problems);
    throw error;
  }
  const check: CheckOptions = { dataset };
  if (options.lang !== undefined) check.lang = options.lang;
  if (options.published !== undefined) check.published = options.published;
  if (options.maxSize !== undefined) check.maxSize = options.maxSize;
  return { config, dataset, datasetOptions, check };
}

/** `chipcheck verify`: check, report in the chosen format, and answer the exit code. */
export async function verifyCommand(args: string[], io: CliIO): Promise<number> {
  const { options, unknown, invalid } = parseCliArgs(args);
  const lang = options.lang ?? langFromEnv(io.env);
  options.lang = lang;
  const report = (error: CliError) => io.stderr(formatCliError(error, 'chipcheck', lang));
  for (const error of [...unknown, ...invalid]) report(error);
  if (invalid.length > 0) return 2;
  let usageProblem = unknown.length > 0;
  const inputs = options.positionals;
  const readsStdin = inputs.includes('-');
  if (inputs.length === 0 && options.changedSince === undefined) {
    report(cliError('chipcheck/no-input', note('cli.no-input')));
    return 2;
  }

  const ci = io.env['CI'] !== undefined && io.env['CI'] !== '' && io.env['CI'] !== 'false' && io.env['CI'] !== '0';
  // The TUI reads keys from stdin and draws on stdout: both must be a terminal.
  const terminal = io.stdoutIsTTY && io.stdinIsTTY === true;
  const interactive = terminal && !ci;
  const chosen = options.format ?? (interactive ? 'tui' : 'text');
  if (options.watch && !(chosen === 'tui' && !readsStdin && options.output === undefined)) {
    const { watchReports } = await import('./watch.js');
    return watchReports(args, io, (again) => verifyCommand(again, io));
  }

  const setup = await prepare(options, io.cwd);
  if ('reason' in setup) {
    report(setup);
    return 2;
  }
  const { config, check, datasetOptions } = setup;
  const settings: ReportSettings = { failLevel: options.failLevel ?? config.config.failLevel ?? 'error' };
  if (config.config.rules) settings.rules = config.config.rules;
  if (options.maxWarnings !== undefined) settings.maxWarnings = options.maxWarnings;
  if (options.reportUnusedDisable) settings.reportUnusedDisable = true;
  settings.lang = lang;

  const expanded = expandInputs(
    inputs.filter((i) => i !== '-'),
    { cwd: io.cwd, ignore: config.config.ignore, ignoreRoot: config.root, changedSince: options.changedSince },
  );
  for (const error of [...expanded.errors, ...expanded.notes]) report(error);
  if (expanded.errors.length > 0) usageProblem = true;
  const files = expanded.files.map((absolute) => ({ absolute, display: displayPath(absolute, io.cwd) }));
  if (files.length >= MANY_FILES) tuneForBatch();

  if (chosen === 'tui' && !readsStdin && options.output === undefined) {
    if (!terminal) {
      report(cliError('chipcheck/usage', note('cli.tui-no-terminal', { which: io.stdinIsTTY === true ? 'stdout' : 'stdin' }), { hint: note('cli.tui-no-terminal-hint') }));
      return 2;
    }
    // React reads NODE_ENV when it loads: its development build (checks, warnings) makes 500 files 4× slower.
    process.env['NODE_ENV'] = 'production';
    const { runTui } = await import('../tui/index.js');
    const byDisplay = new Map(files.map((f) => [f.display, f.absolute]));
    // The TUI renders what the report stage gives back and quits with its exit code, as the formats do.
    // Watch mode checks a file again after each save, so the exit code is the stage's over each file's
    // latest check, not over every check made.
    const latest = new Map<string, FileResult>();
    const code = await runTui({
      paths: files.map((f) => f.display),
      check: async (path) => {
        let file: FileResult;
        try {
          file = await checkOne(byDisplay.get(path) ?? path, path, check);
        } catch (error) {
          // The TUI shows the failure; the stage counts the file as not checked (exit 2).
          latest.set(path, crashed(path, error instanceof Error ? error.message : String(error)));
          throw error;
        }
        latest.set(path, file);
        return reportFile(file, settings);
      },
      exitCode: () => {
        const stage = createReportStage(settings);
        for (const file of latest.values()) stage.add(file);
        return stage.exitCode();
      },
      dataset: setup.dataset,
      lang,
      ...(io.env['VISUAL'] || io.env['EDITOR'] ? { editor: (io.env['VISUAL'] || io.env['EDITOR'])! } : {}),
      ...(options.watch ? { watch: await watchByDisplay(files) } : {}),
    });
    return usageProblem ? 2 : code;
  }
  const formatName = chosen === 'tui' ? 'text' : chosen;

  const progress = io.stderrIsTTY && files.length > 1 ? createProgress(io.stderr, io.stderrColumns ?? 80) : null;
  const color = formatName === 'text' && options.output === undefined && (options.color ?? (io.stdoutIsTTY && !io.env['NO_COLOR']));
  const stepSummary = formatName === 'github' ? io.env['GITHUB_STEP_SUMMARY'] || undefined : undefined;
  const output = openOutput(io, options.output);
  let jobSummary = '';
  const formatOptions = { cwd: io.cwd, color, lang };
  const targets: ReportTarget[] = [
    {
      format: createFormatStream(formatName, formatOptions),
      write: (text) => {
        // A progress line and a report on one terminal would interleave: clear it; the next file redraws it.
        if (io.stdoutIsTTY && options.output === undefined) progress?.clear();
        return output.write(text);
      },
    },
    ...(stepSummary ? [{ format: createGithubSummaryStream({ lang }), write: (text: string) => void (jobSummary += text) }] : []),
  ];
  const quiet = options.quiet === true;
  // Workers render their files' claims themselves when the format can (JSON): this thread then only writes.
  const render = canRenderWhereChecked(targets.map((t) => t.format), settings) ? { format: formatName, options: formatOptions, settings, quiet } : undefined;
  const written = await writeReport(inputOrder(), targets, {
    meta: { version: packageVersion(), dataset: { version: setup.dataset.version, figures: setup.dataset.figures.length } },
    settings,
    quiet,
  });
  progress?.clear();
  const outputProblem = output.close();
  if (outputProblem !== null) report(outputProblem);
  if (stepSummary) {
    try {
      appendFileSync(stepSummary, jobSummary);
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      report(cliError('chipcheck/step-summary', note('cli.step-summary', { path: stepSummary, why })));
    }
  }

  for (const error of written.unread) report(error);
  // The stage fails the run above --max-warnings; say why, as ESLint does.
  if (settings.maxWarnings !== undefined && written.summary.warnings > settings.maxWarnings) {
    report(cliError('chipcheck/max-warnings', note('cli.max-warnings', { n: written.summary.warnings, max: settings.maxWarnings })));
  }
  if (usageProblem || outputProblem !== null || written.unread.length > 0) return 2;
  return written.exitCode;

  /** Stdin first, then the files in sorted order, each as soon as it and those before it are checked. */
  async function* inputOrder(): AsyncGenerator<FileResult | CheckedStream | RenderedFile> {
    if (readsStdin) yield checkOneBytes(await io.readStdin(check.maxSize ?? DEFAULT_MAX_SIZE), options.stdinFilename ?? '<stdin>', check);
    yield* checkInOrder(files, {
      setup: { dataset: datasetOptions, check: withoutDataset(check), ...(render ? { render } : {}) },
      check,
      ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
      ...(progress ? { onProgress: (done: number, total: number, path: string) => progress.update(done, total, path) } : {}),
    });
  }
}

/** From this many files a run is long enough for V8's tiering to matter (src/run/tiering.ts). */
const MANY_FILES = 50;

/** For the TUI: saves of the files it shows, named as it names them. */
async function watchByDisplay(files: Array<{ absolute: string; display: string }>) {
  const { watchFiles } = await import('./watch.js');
  const byAbsolute = new Map(files.map((f) => [f.absolute, f.display]));
  return (onSaved: (display: string) => void) => watchFiles([...byAbsolute.keys()], (absolute) => onSaved(byAbsolute.get(absolute) ?? absolute));
}

/** Workers load their own dataset: what they are sent is the rest of the check options. */
function withoutDataset(check: CheckOptions): Omit<CheckOptions, 'dataset'> {
  const { dataset: _dataset, ...rest } = check;
  return rest;
}
