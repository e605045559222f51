import type { CheckedClaim, FileHead, FileResult, Report } from '../../types.js';
import type { Lang } from '../messages/index.js';

/** What every formatter may be told; each reads only what it needs. */
export interface FormatOptions {
  /** ANSI colours (text format only). */
  color?: boolean;
  /** The directory paths are relative to (SARIF's `SRCROOT`); default `process.cwd()`. */
  cwd?: string;
  /** The language of the words the format adds (verdicts, summary); default `en`. Messages come rendered. */
  lang?: Lang;
}

/** A formatter renders one report to one string; it never writes anything. */
export type Formatter = (report: Report, options?: FormatOptions) => string;

/** What a report says about the run before any file: chipcheck's version and the dataset's. */
export type ReportMeta = Pick<Report, 'version' | 'dataset'>;

/**
 * A formatter in parts, so a run can write each file's part as soon as it is checked and drop the result:
 * `begin`, then `file` once per file in report order, then `end` with the counts over all files. The
 * concatenated parts are the whole report. Each call returns the text to write now (possibly empty); a
 * format that must reorder across files (GitHub annotations, most severe first) keeps small lines, never
 * results. One instance renders one report.
 */
export interface StreamingFormatter {
  begin(meta: ReportMeta): string;
  /**
   * One file's part. Formats that count columns in code points or UTF-8 bytes convert exactly with the
   * file's own `text`; without it (a report read back from JSON) they convert from the claim's sentence.
   */
  file(result: FileResult): string;
  /**
   * The same text as `file` in pieces, for a file whose claims arrive one at a time: `openFile`, then
   * `claim` for each claim in order, then `closeFile`. A file with a million claims is written without its
   * report, or its claims, ever being whole in memory. One file is open at a time.
   */
  openFile(head: FileHead): string;
  claim(claim: CheckedClaim): string;
  /**
   * Optional, for formats whose claim text depends on the claim alone: that text, without what `claim`
   * writes around it (separators, counts). A worker thread renders it where the claim was checked, so the
   * thread writing the report neither receives the claim nor renders it; `renderedClaim` then writes it
   * where `claim` would have written the claim.
   */
  claimText?(claim: CheckedClaim): string;
  renderedClaim?(text: string): string;
  closeFile(): string;
  end(summary: Report['summary']): string;
}

/** Makes a streaming formatter. */
export type StreamingFormat = (options?: FormatOptions) => StreamingFormatter;
