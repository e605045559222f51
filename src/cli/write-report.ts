import type { ReportMeta, StreamingFormatter } from '../report/formatters/index.js';
import { addToSummary, applyRuleSettings, emptySummary, fileFailsAt, type FailLevel, type RuleSetting, type Summary } from '../report/summarise.js';
import { describeRule } from '../report/rules.js';
import type { FileResult } from '../types.js';
import type { CheckedFile } from '../run/check.js';
import type { CliError } from '../errors.js';

/** A format to render and where its text goes; `write` may answer a promise to hold the run back (backpressure). */
export interface ReportTarget {
  format: StreamingFormatter;
  write(text: string): void | Promise<void>;
}

export interface WriteReportOptions {
  meta: ReportMeta;
  /** Per-rule settings from the config, applied to each file before it is counted and written. */
  rules?: Readonly<Record<string, RuleSetting>>;
  failLevel: FailLevel;
}

/** What a run adds up to once every file is written: what the exit code and stderr need. */
export interface WrittenReport {
  summary: Summary;
  /** Some file holds a finding at or above the fail level (exit 1). */
  fails: boolean;
  /** One error per file that could not be read or checked, `path: reason` with the message's rule id and hint (exit 2). */
  unread: CliError[];
}

/**
 * Render the report of a run to each target as the checked files arrive, in their order: each file's part
 * is written, and the file counted, before the next is taken, so nothing of a file outlives its turn.
 */
export async function writeReport(checked: AsyncIterable<CheckedFile>, targets: ReportTarget[], options: WriteReportOptions): Promise<WrittenReport> {
  const summary = emptySummary();
  let fails = false;
  const unread: CliError[] = [];
  for (const target of targets) await target.write(target.format.begin(options.meta));
  for await (const { result: checkedResult, text } of checked) {
    const result = applyRuleSettings(checkedResult, options.rules);
    addToSummary(summary, result);
    fails ||= fileFailsAt(result, options.failLevel);
    if (!result.ok) unread.push(unreadable(result));
    for (const target of targets) await target.write(target.format.file(result, text));
  }
  for (const target of targets) await target.write(target.format.end(summary));
  return { summary, fails, unread };
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
