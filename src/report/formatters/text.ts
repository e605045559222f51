import type { CheckedClaim, Report, Severity, Verdict } from '../../types.js';
import { formatValue, sourceOf } from '../findings.js';
import { renderFile } from './parts.js';
import { renderReport } from './render.js';
import type { FormatOptions, ReportMeta, StreamingFormat, StreamingFormatter } from './types.js';

const codes = { red: [31, 39], yellow: [33, 39], green: [32, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
type Style = keyof typeof codes;

const verdictStyle: Record<Verdict, Style> = {
  match: 'green',
  contradiction: 'red',
  typo: 'red',
  inconsistent: 'yellow',
  unverifiable: 'blue',
};
const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

/** One finding, one line: line breaks inside a message would split it. */
function oneLine(s: string): string {
  return s.replace(/\s*(?:\r\n|\r|\n)\s*/gu, ' ');
}

/** What the message does not already say: the suggestion, the expected value, the source. */
function explain(claim: CheckedClaim): string {
  const parts: string[] = [];
  if (claim.suggestion !== null && !claim.message.includes(claim.suggestion)) parts.push(`suggest ${claim.suggestion}`);
  const expected = claim.expected === null ? null : formatValue(claim.expected, claim.unit);
  if (expected !== null && !claim.message.includes(expected)) parts.push(`expected ${expected}`);
  const source = sourceOf(claim);
  if (source !== null && !/\bsource\b/iu.test(claim.message)) parts.push(`source ${source}`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/**
 * Text for people: grouped by file, one line per claim as `path:line:column  verdict  claim  message`, then
 * a summary line. Colour only when asked (the CLI asks when stdout is a terminal and NO_COLOR is unset).
 */
export const createTextStream: StreamingFormat = (options = {}) => {
  const paint = (style: Style, s: string) => (options.color ? `\u001B[${codes[style][0]}m${s}\u001B[${codes[style][1]}m` : s);
  let dataset: ReportMeta['dataset'] = { version: '', figures: 0 };
  // The open file.
  let path = '';
  let claims = 0;
  let empty = true;
  const stream: StreamingFormatter = {
    begin(meta) {
      dataset = meta.dataset;
      return '';
    },
    file: (result) => renderFile(stream, result),
    openFile(file) {
      path = file.path;
      claims = 0;
      empty = file.messages.length === 0;
      const published = file.published ? `  published ${file.published}` : '';
      const lines = [paint('underline', file.path) + paint('dim', published)];
      for (const message of file.messages) {
        const at = message.start ? `${message.start.line}:${message.start.column}` : '1:1';
        const hint = message.hint ? ` (${message.hint})` : '';
        lines.push(oneLine(`${file.path}:${at}  ${paint(severityStyle[message.severity], message.severity)}  ${message.reason}${hint}  ${paint('dim', message.ruleId)}`));
      }
      return lines.join('\n');
    },
    claim(claim) {
      claims++;
      const at = `${path}:${claim.start.line}:${claim.start.column}`;
      const verdict = paint(verdictStyle[claim.verdict], claim.verdict);
      return '\n' + oneLine(`${at}  ${verdict}  ${paint('bold', claim.text)}  ${claim.message}${explain(claim)}`);
    },
    closeFile() {
      return (claims === 0 && empty ? '\n' + paint('dim', '  no claims found') : '') + '\n\n';
    },
    end(s) {
      const verdicts = (['match', 'contradiction', 'typo', 'inconsistent', 'unverifiable'] as const)
        .map((v) => `${s[v]} ${v}`)
        .join(', ');
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      return (
        `${plural(s.files, 'file')}, ${plural(s.claims, 'claim')}: ${verdicts}; ` +
        `${paint(s.errors > 0 ? 'red' : 'dim', plural(s.errors, 'error'))}, ${paint(s.warnings > 0 ? 'yellow' : 'dim', plural(s.warnings, 'warning'))}` +
        ` (dataset ${dataset.version}, ${dataset.figures} figures)\n`
      );
    },
  };
  return stream;
};

/** The whole text report as one string. */
export function formatText(report: Report, options: FormatOptions = {}): string {
  return renderReport(createTextStream(options), report);
}
