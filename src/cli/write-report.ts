import type { CliError } from '../errors.js';
import type { ReportMeta, StreamingFormatter } from '../report/formatters/index.js';
import { describeRule } from '../report/rules.js';
import { createReportStage, type ExitCode, type ReportSettings } from '../report/stage.js';
import type { Summary } from '../report/summarise.js';
import type { FileResult } from '../types.js';

/** A format to render and where its text goes; `write` may answer a promise to hold the run back (backpressure). */
export interface ReportTarget {
  format: StreamingFormatter;
  write(text: string): void | Promise<void>;
}

export interface WriteReportOptions {
  meta: ReportMeta;
  /** Ignore comments, rule settings, fail level and warning limit: the report stage's settings. */
  settings: ReportSettings;
  /** `--quiet`: write only warnings and errors (matches and unverifiable claims are still counted). */
  quiet?: boolean;
}

/** What a run adds up to once every file is written: what the exit code and stderr need. */
export interface WrittenReport {
  summary: Summary;
  /** The report stage's exit code: 1 for findings at the fail level or too many warnings, 2 for a file not checked. */
  exitCode: ExitCode;
  /** One error per file that could not be read or checked, `path: reason` with the message's rule id and hint (exit 2). */
  unread: CliError[];
}

/**
 * Render the report of a run to each target as the checked files arrive, in their order: each file's part
 * is written, and the file counted, before the next is taken, so nothing of a file outlives its turn.
 */
export async function writeReport(checked: AsyncIterable<FileResult>, targets: ReportTarget[], options: WriteReportOptions): Promise<WrittenReport> {
  const stage = createReportStage(options.settings);
  for (const target of targets) await target.write(target.format.begin(options.meta));
  for await (const file of checked) {
    const result = stage.add(file);
    const shown = options.quiet ? withoutInfo(result) : result;
    for (const target of targets) await target.write(target.format.file(shown));
  }
  for (const target of targets) await target.write(target.format.end(stage.summary));
  return { summary: stage.summary, exitCode: stage.exitCode(), unread: stage.unread.map(unreadable) };
}

/** A file's warnings and errors alone: what `--quiet` shows. */
export function withoutInfo(result: FileResult): FileResult {
  return { ...result, claims: result.claims.filter((c) => c.severity !== 'info'), messages: result.messages.filter((m) => m.severity !== 'info') };
}

/** Why a file could not be read, for stderr: its error message, under the message's own rule id and hint. */
export function unreadable(result: FileResult): CliError {
  const message = result.messages.find((m) => m.severity === 'error');
  return {
    code: message?.ruleId ?? 'chipcheck/unreadable-file',
    reason: `${result.path}: ${message?.reason ?? 'could not be read'}`,
    hint: message?.hint ?? describeRule(message?.ruleId ?? 'chipcheck/unreadable-file').help,
  };
}
