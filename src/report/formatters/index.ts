import type { Report } from '../../types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatRdjsonl } from './rdjsonl.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { FormatOptions, Formatter } from './types.js';

export type { FormatOptions, Formatter } from './types.js';
export { formatGithub, githubSummary, escapeData, escapeProperty } from './github.js';
export { formatJson, toJsonReport } from './json.js';
export { formatRdjsonl } from './rdjsonl.js';
export { formatSarif } from './sarif.js';
export { formatText } from './text.js';

/** The formats that render to a string (the TUI is interactive and lives in `src/tui`). */
export const formatters = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  rdjsonl: formatRdjsonl,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

/** Render a report in one of the string formats. Throws (misuse) for an unknown format name. */
export function format(report: Report, name: FormatName, options: FormatOptions = {}): string {
  const formatter = (formatters as Record<string, Formatter>)[name];
  if (!formatter) throw new TypeError(`Unknown format ${JSON.stringify(name)}: use one of ${Object.keys(formatters).join(', ')}`);
  return formatter(report, options);
}
