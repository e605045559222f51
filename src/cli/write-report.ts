import type { CliError } from '../errors.js';
import type { ReportMeta, StreamingFormatter } from '../report/formatters/index.js';
import { describeRule } from '../report/rules.js';
import { createReportStage, type ExitCode, type ReportSettings, type ReportStage } from '../report/stage.js';
import type { Summary } from '../report/summarise.js';
import { collect, type CheckedStream } from '../pipeline.js';
import type { RenderedFile } from '../report/rendered.js';
import type { FileHead, FileResult } from '../types.js';

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

/** Text is handed to a target in pieces of about this many characters (a claim's part is a few hundred). */
const FLUSH_CHARS = 1 << 16;

/**
 * Render the report of a run to each target as the checked files arrive, in their order: each file's part
 * is written, and the file counted, before the next is taken, so nothing of a file outlives its turn. A
 * streamed file's claims are checked, shaped, counted and written one at a time, in pieces of FLUSH_CHARS.
 */
export async function writeReport(checked: AsyncIterable<FileResult | CheckedStream | RenderedFile>, targets: ReportTarget[], options: WriteReportOptions): Promise<WrittenReport> {
  const stage = createReportStage(options.settings);
  const pending = targets.map(() => '');
  const flush = async (all: boolean) => {
    for (const [i, target] of targets.entries()) {
      // At the end of a file every target is written to, even with nothing to say (its backpressure still holds the run).
      if (!all && pending[i]!.length < FLUSH_CHARS) continue;
      const text = pending[i]!;
      pending[i] = '';
      await target.write(text);
    }
  };
  for (const target of targets) await target.write(target.format.begin(options.meta));
  for await (const file of checked) {
    // --report-unused-disable knows which comments went unused only after the last claim, and its warnings
    // belong with the file's messages, written first: such a run shapes each file whole.
    if (options.settings.reportUnusedDisable && !('rendered' in file)) {
      const result = stage.add('head' in file ? collect(file) : file);
      const shown = options.quiet ? withoutInfo(result) : result;
      for (const target of targets) await target.write(target.format.file(shown));
      continue;
    }
    const { head, parts } = 'rendered' in file ? renderedParts(file, stage) : streamedParts('head' in file ? file : split(file), stage, options.quiet === true);
    // --quiet: matches and unverifiable claims are counted by the stage but not written.
    const shown = options.quiet ? withoutInfoMessages(head) : head;
    targets.forEach((target, i) => (pending[i] += target.format.openFile(shown)));
    for (const part of parts) {
      targets.forEach((target, i) => (pending[i] += part(target.format)));
      await flush(false);
    }
    targets.forEach((target, i) => (pending[i] += target.format.closeFile()));
    await flush(true);
  }
  for (const target of targets) await target.write(target.format.end(stage.summary));
  return { summary: stage.summary, exitCode: stage.exitCode(), unread: stage.unread.map(unreadable) };
}

/** A claim's part of the report, in a given format. */
type Part = (format: StreamingFormatter) => string;

/** A streamed file through the stage: its claims shaped and counted as they are written. */
function streamedParts({ head, claims }: CheckedStream, stage: ReportStage, quiet: boolean): { head: FileHead; parts: Iterable<Part> } {
  return {
    head,
    parts: (function* () {
      for (const claim of stage.addStream(head, claims)) if (!(quiet && claim.severity === 'info')) yield (format: StreamingFormatter) => format.claim(claim);
    })(),
  };
}

/** A file shaped and rendered by the worker that checked it (canRenderWhereChecked): counted, then concatenated. */
function renderedParts(file: RenderedFile, stage: ReportStage): { head: FileHead; parts: Iterable<Part> } {
  stage.addRendered(file);
  return {
    head: file.head,
    parts: (function* () {
      for (const { text } of file.rendered) if (text !== undefined) yield (format: StreamingFormatter) => renderedClaim(format, text);
    })(),
  };
}

function withoutInfoMessages(head: FileHead): FileHead {
  return { ...head, messages: head.messages.filter((m) => m.severity !== 'info') };
}

/** A claim's text rendered elsewhere, written where the format writes a claim. */
function renderedClaim(format: StreamingFormatter, text: string): string {
  if (!format.renderedClaim) throw new TypeError('A file was rendered where it was checked for a format that cannot write rendered claims');
  return format.renderedClaim(text);
}

/** A whole result as a stream: its head, and its claims. */
function split({ claims, ...head }: FileResult): CheckedStream {
  return { head, claims };
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
