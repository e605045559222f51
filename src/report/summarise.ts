import type { CheckedClaim, FileResult, Report, Severity, Verdict } from '../types.js';
import { severityRank } from './findings.js';

/** What a user may set per rule: a severity, or `off` to drop its claims. */
export type RuleSetting = Severity | 'off';

/** Apply per-rule settings (from config) to one file: `off` drops the rule's claims, a severity replaces it. */
export function applyRuleSettings(result: FileResult, rules: Readonly<Record<string, RuleSetting>> | undefined): FileResult {
  if (!rules || Object.keys(rules).length === 0) return result;
  const settingOf = (claim: CheckedClaim): RuleSetting | undefined =>
    rules[claim.ruleId] ?? rules[`chipcheck/${claim.verdict}`] ?? rules[claim.ruleId.replace(/^chipcheck\//u, '')] ?? rules[claim.verdict];
  const claims: CheckedClaim[] = [];
  for (const claim of result.claims) {
    const setting = settingOf(claim);
    if (setting === 'off') continue;
    claims.push(setting ? { ...claim, severity: setting } : claim);
  }
  return { ...result, claims };
}

const VERDICTS: Verdict[] = ['match', 'contradiction', 'typo', 'inconsistent', 'unverifiable'];

export type Summary = Report['summary'];

/** The counts of a run with no files yet, keys in the report's order. */
export function emptySummary(): Summary {
  const summary = { files: 0, claims: 0, errors: 0, warnings: 0 } as Summary;
  for (const v of VERDICTS) summary[v] = 0;
  return summary;
}

/** Count one file into `summary` (mutated: a streamed run adds each file before dropping it). */
export function addToSummary(summary: Summary, file: FileResult): void {
  summary.files++;
  for (const claim of file.claims) {
    summary.claims++;
    summary[claim.verdict]++;
    if (claim.severity === 'error') summary.errors++;
    if (claim.severity === 'warning') summary.warnings++;
  }
  for (const message of file.messages) {
    if (message.severity === 'error') summary.errors++;
    if (message.severity === 'warning') summary.warnings++;
  }
}

/** Assemble the report: the files in the order given, and the counts over them. */
export function buildReport(
  files: FileResult[],
  dataset: { version: string; figures: number },
  version: string,
): Report {
  const summary = emptySummary();
  for (const file of files) addToSummary(summary, file);
  return { version, dataset, files, summary };
}

/** The fail levels of `--fail-level`, most to least severe; `none` never fails. */
export type FailLevel = Severity | 'none';

/** Whether a report holds a finding at or above the fail level (the CLI then exits 1). */
export function failsAt(report: Report, level: FailLevel): boolean {
  return report.files.some((file) => fileFailsAt(file, level));
}

/** Whether one file holds a finding at or above the fail level. */
export function fileFailsAt(file: FileResult, level: FailLevel): boolean {
  if (level === 'none') return false;
  const limit = severityRank[level];
  return (
    file.claims.some((c) => c.verdict !== 'match' && severityRank[c.severity] <= limit) ||
    file.messages.some((m) => severityRank[m.severity] <= limit)
  );
}
