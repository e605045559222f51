import type { CheckedClaim, Report, Severity, Verdict } from '../../types.js';
import { formatAmountLike, t, type Lang } from '../messages/index.js';
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

/**
 * What the message does not already say: the suggestion, the expected value (in the magnitude the article
 * wrote), the source by a short label. URLs stay in the JSON and SARIF reports and the TUI's detail.
 */
function explain(claim: CheckedClaim, lang: Lang): string {
  const parts: string[] = [];
  if (claim.suggestion !== null && !claim.message.includes(claim.suggestion)) parts.push(t(lang, 'text.suggest', { suggestion: claim.suggestion }));
  // A match's or a contradiction's message names the record itself: no expected value to add.
  const named = claim.ruleId === 'chipcheck/match' || claim.ruleId === 'chipcheck/contradiction';
  const expected = claim.expected === null || named ? null : formatAmountLike(claim.expected, claim.unit, claim.text);
  if (expected !== null && !claim.message.includes(expected)) parts.push(t(lang, 'text.expected', { expected }));
  // The source by a short label: the agency of the first figure behind the verdict, else the evidence's own
  // line (results built elsewhere may carry no figure), never a URL.
  const provenance = claim.evidence.find((e) => e.figure)?.figure?.provenance;
  const line = claim.evidence.find((e) => e.kind !== 'claim' && e.kind !== 'reading')?.summary.replace(/\s*,?\s*https?:\/\/\S+/gu, '');
  const source = provenance ? t(lang, 'note.source', { source: { source: provenance } }) : line ? t(lang, 'note.source', { source: line }) : null;
  if (source !== null && !claim.message.includes(source)) parts.push(source);
  if (parts.length === 0) return '';
  const joined = parts.reduce((first, rest) => t(lang, 'text.more', { first, rest }));
  return lang === 'zh' ? `（${joined}）` : ` (${joined})`;
}

/**
 * Text for people: grouped by file, one line per claim as `path:line:column  verdict  claim  message`, then
 * a summary line. Colour only when asked (the CLI asks when stdout is a terminal and NO_COLOR is unset).
 */
export const createTextStream: StreamingFormat = (options = {}) => {
  const paint = (style: Style, s: string) => (options.color ? `\u001B[${codes[style][0]}m${s}\u001B[${codes[style][1]}m` : s);
  const lang = options.lang ?? 'en';
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
      const published = file.published ? `  ${t(lang, 'text.published', { date: file.published })}` : '';
      const lines = [paint('underline', file.path) + paint('dim', published)];
      for (const message of file.messages) {
        const at = message.start ? `${message.start.line}:${message.start.column}` : '1:1';
        const hint = message.hint ? ` (${message.hint})` : '';
        lines.push(oneLine(`${file.path}:${at}  ${paint(severityStyle[message.severity], t(lang, `severity.${message.severity}`))}  ${message.reason}${hint}  ${paint('dim', message.ruleId)}`));
      }
      return lines.join('\n');
    },
    claim(claim) {
      claims++;
      const at = `${path}:${claim.start.line}:${claim.start.column}`;
      const verdict = paint(verdictStyle[claim.verdict], t(lang, `verdict.${claim.verdict}`));
      return '\n' + oneLine(`${at}  ${verdict}  ${paint('bold', claim.text)}  ${claim.message}${explain(claim, lang)}`);
    },
    closeFile() {
      return (claims === 0 && empty ? '\n' + paint('dim', `  ${t(lang, 'text.no-claims')}`) : '') + '\n\n';
    },
    end(s) {
      const verdicts = (['match', 'contradiction', 'typo', 'inconsistent', 'unverifiable'] as const)
        .map((v) => t(lang, 'text.summary-verdict', { n: s[v], verdict: { term: `verdict.${v}` } }))
        .join(lang === 'zh' ? '，' : ', ');
      const count = (n: number, what: 'files' | 'claims' | 'errors' | 'warnings') => t(lang, `text.${what}.${n === 1 ? 'one' : 'other'}`, { n });
      return (
        t(lang, 'text.summary', {
          files: count(s.files, 'files'),
          claims: count(s.claims, 'claims'),
          verdicts,
          errors: paint(s.errors > 0 ? 'red' : 'dim', count(s.errors, 'errors')),
          warnings: paint(s.warnings > 0 ? 'yellow' : 'dim', count(s.warnings, 'warnings')),
          version: dataset.version,
          figures: dataset.figures,
        }) + '\n'
      );
    },
  };
  return stream;
};

/** The whole text report as one string. */
export function formatText(report: Report, options: FormatOptions = {}): string {
  return renderReport(createTextStream(options), report);
}
