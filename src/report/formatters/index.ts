import type { Report } from '../../types.js';
import { createGithubStream, formatGithub } from './github.js';
import { createJsonStream, formatJson } from './json.js';
import { createRdjsonlStream, formatRdjsonl } from './rdjsonl.js';
import { createSarifStream, formatSarif } from './sarif.js';
import { createTextStream, formatText } from './text.js';
import type { FormatOptions, Formatter, StreamingFormat, StreamingFormatter } from './types.js';

export type { FormatOptions, Formatter, ReportMeta, StreamingFormat, StreamingFormatter } from './types.js';
export { renderReport } from './render.js';
export { createGithubStream, createGithubSummaryStream, formatGithub, githubSummary, escapeData, escapeProperty } from './github.js';
export { createJsonStream, formatJson, toJsonReport } from './json.js';
export { createRdjsonlStream, formatRdjsonl } from './rdjsonl.js';
export { createSarifStream, formatSarif } from './sarif.js';
export { createTextStream, formatText } from './text.js';

/** The formats that render to a string (the TUI is interactive and lives in `src/tui`). */
export const formatters = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  rdjsonl: formatRdjsonl,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

/** The same formats in parts, for writing a report file by file (`chipcheck verify` streams with these). */
export const streamingFormats = {
  text: createTextStream,
  json: createJsonStream,
  sarif: createSarifStream,
  github: createGithubStream,
  rdjsonl: createRdjsonlStream,
} as const satisfies Record<FormatName, StreamingFormat>;

/** A streaming formatter for one of the string formats. Throws (misuse) for an unknown format name. */
export function createFormatStream(name: FormatName, options: FormatOptions = {}): StreamingFormatter {
  const make = (streamingFormats as Record<string, StreamingFormat>)[name];
  if (!make) throw new TypeError(`Unknown format ${JSON.stringify(name)}: use one of ${Object.keys(streamingFormats).join(', ')}`);
  return make(options);
}

/** Render a report in one of the string formats. Throws (misuse) for an unknown format name. */
export function format(report: Report, name: FormatName, options: FormatOptions = {}): string {
  const formatter = (formatters as Record<string, Formatter>)[name];
  if (!formatter) throw new TypeError(`Unknown format ${JSON.stringify(name)}: use one of ${Object.keys(formatters).join(', ')}`);
  return formatter(report, options);
}
