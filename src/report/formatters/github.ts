import type { FileHead, Report, Severity } from '../../types.js';
import { claimColumnConverter, createColumnConverter } from '../columns.js';
import { formatValue, placeOf, sourceOf, type Finding } from '../findings.js';
import { findingStream } from './parts.js';
import { renderReport } from './render.js';
import type { FormatOptions, StreamingFormat } from './types.js';
import { t, type Lang } from '../messages/index.js';

const command: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow-command data: `%`, CR and LF are escaped (as @actions/core does). */
export function escapeData(s: string): string {
  return s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** Workflow-command property values: also `:` and `,`, which would end the value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

/**
 * GitHub Actions workflow commands, one annotation per finding, most severe first. Columns count
 * characters (code points), as the annotations UI does. Streamed: errors come first anyway, so they are
 * written with their file; warnings and notices wait, as lines, for the end.
 */
export const createGithubStream: StreamingFormat = (options = {}) => {
  const lang = options.lang ?? 'en';
  const later: Record<'warning' | 'info', string[]> = { warning: [], info: [] };
  return findingStream({ begin: () => '', end: () => later.warning.join('') + later.info.join(''), write: now });
  /** An error's annotation, to write now; other annotations wait for the end. */
  function now(finding: Finding, head: FileHead): string {
    const line = annotation(finding, head.text, lang) + '\n';
    if (finding.severity === 'error') return line;
    later[finding.severity].push(line);
    return '';
  }
};

/** One workflow command for a finding; `text` is its file's original text, when known. */
function annotation(finding: Finding, text: string | undefined, lang: Lang): string {
  const { start, end } = placeOf(finding);
  const convert = finding.kind === 'claim' && text === undefined ? claimColumnConverter(finding.claim) : createColumnConverter(text);
  const title =
    finding.kind === 'claim'
      ? t(lang, 'github.title', { verdict: { term: `verdict.${finding.claim.verdict}` }, text: finding.claim.text })
      : `chipcheck: ${finding.ruleId}`;
  const message =
    finding.kind === 'claim'
      ? finding.claim.message + (finding.claim.suggestion !== null ? `\n${t(lang, 'github.suggestion', { suggestion: finding.claim.suggestion })}` : '')
      : finding.message.reason + (finding.message.hint ? `\n${finding.message.hint}` : '');
  const properties = [
    `file=${escapeProperty(finding.file.path)}`,
    `line=${start.line}`,
    `col=${convert(start, 'codepoint')}`,
    `endLine=${end.line}`,
    `endColumn=${convert(end, 'codepoint')}`,
    `title=${escapeProperty(title)}`,
  ];
  return `::${command[finding.severity]} ${properties.join(',')}::${escapeData(message)}`;
}

/** The whole annotation list as one string. */
export function formatGithub(report: Report, options: FormatOptions = {}): string {
  return renderReport(createGithubStream(options), report);
}

function cell(s: string): string {
  return s.replace(/\|/gu, '\\|').replace(/\r?\n|\r/gu, ' ');
}

/** One row of the job summary's table. */
function summaryRow(finding: Finding, lang: Lang): string {
  const { start } = placeOf(finding);
  const place = cell(`${finding.file.path}:${start.line}:${start.column}`);
  const severity = t(lang, `severity.${finding.severity}`);
  if (finding.kind === 'claim') {
    const { claim } = finding;
    const expected = claim.expected !== null ? formatValue(claim.expected, claim.unit) : '';
    return `| ${severity} | ${place} | ${t(lang, `verdict.${claim.verdict}`)} | ${cell(claim.text)} | ${cell(expected)} | ${cell(sourceOf(claim) ?? '')} |`;
  }
  return `| ${severity} | ${place} | ${cell(finding.ruleId)} | ${cell(finding.message.reason)} | | |`;
}

/**
 * A Markdown job summary for `$GITHUB_STEP_SUMMARY`: the counts, then a table of the findings, most severe
 * first. The counts come first, so everything is written at the end; the rows wait as lines.
 */
export const createGithubSummaryStream: StreamingFormat = (options = {}) => {
  const lang = options.lang ?? 'en';
  const rows: Record<Severity, string[]> = { error: [], warning: [], info: [] };
  let dataset = '';
  return findingStream({
    begin(meta) {
      dataset = meta.dataset.version;
      return '';
    },
    write(finding) {
      rows[finding.severity].push(summaryRow(finding, lang));
      return '';
    },
    end(s) {
      const out = [
        '## chipcheck',
        '',
        t(lang, 'github.summary', { ...s, version: dataset }),
        '',
      ];
      const list = [...rows.error, ...rows.warning, ...rows.info];
      if (list.length > 0) out.push(t(lang, 'github.table-head'), '| --- | --- | --- | --- | --- | --- |', ...list, '');
      return out.join('\n') + '\n';
    },
  });
};

/** The job summary of a whole report. */
export function githubSummary(report: Report, options: Pick<FormatOptions, 'lang'> = {}): string {
  return renderReport(createGithubSummaryStream(options), report);
}
