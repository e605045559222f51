import type { Report, Severity } from '../../types.js';
import { claimColumnConverter, createColumnConverter } from '../columns.js';
import { bySeverity, findings, formatValue, placeOf, sourceOf } from '../findings.js';
import type { FormatOptions } from './types.js';

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
 * characters (code points), as the annotations UI does.
 */
export function formatGithub(report: Report, options: FormatOptions = {}): string {
  const lines = bySeverity(findings(report)).map((finding) => {
    const { start, end } = placeOf(finding);
    const convert =
      finding.kind === 'claim' && !options.texts?.has(finding.file.path)
        ? claimColumnConverter(finding.claim)
        : createColumnConverter(options.texts?.get(finding.file.path));
    const title =
      finding.kind === 'claim' ? `chipcheck ${finding.claim.verdict}: ${finding.claim.text}` : `chipcheck: ${finding.ruleId}`;
    const message =
      finding.kind === 'claim'
        ? finding.claim.message + (finding.claim.suggestion !== null ? `\nSuggestion: ${finding.claim.suggestion}` : '')
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
  });
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function cell(s: string): string {
  return s.replace(/\|/gu, '\\|').replace(/\r?\n|\r/gu, ' ');
}

/** A Markdown job summary for `$GITHUB_STEP_SUMMARY`: the counts, then a table of the findings. */
export function githubSummary(report: Report): string {
  const s = report.summary;
  const out = [
    '## chipcheck',
    '',
    `${s.files} file(s), ${s.claims} claim(s): ${s.match} match, ${s.contradiction} contradiction, ${s.typo} typo, ` +
      `${s.inconsistent} inconsistent, ${s.unverifiable} unverifiable (dataset ${report.dataset.version}).`,
    '',
  ];
  const list = bySeverity(findings(report));
  if (list.length > 0) {
    out.push('| Severity | Place | Verdict | Claim | Expected | Source |', '| --- | --- | --- | --- | --- | --- |');
    for (const finding of list) {
      const { start } = placeOf(finding);
      const place = cell(`${finding.file.path}:${start.line}:${start.column}`);
      if (finding.kind === 'claim') {
        const { claim } = finding;
        const expected = claim.expected !== null ? formatValue(claim.expected, claim.unit) : '';
        out.push(`| ${finding.severity} | ${place} | ${claim.verdict} | ${cell(claim.text)} | ${cell(expected)} | ${cell(sourceOf(claim) ?? '')} |`);
      } else {
        out.push(`| ${finding.severity} | ${place} | ${cell(finding.ruleId)} | ${cell(finding.message.reason)} | | |`);
      }
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}
