import type { CheckedClaim, FileHead, FileResult, Report, Severity, Verdict } from '../types.js';
import { severityRank } from './findings.js';

/** What a user may set per rule: a severity, or `off` to drop its claims. */
export type RuleSetting = Severity | 'off';

/** Apply per-rule settings (from config) to one file: `off` drops the rule's claims, a severity replaces it. */
export function applyRuleSettings(result: FileResult, rules: Readonly<Record<string, RuleSetting>> | undefined): FileResult {
  if (!rules || Object.keys(rules).length === 0) return result;
  const claims: CheckedClaim[] = [];
  for (const claim of result.claims) {
    const settled = applyRuleSetting(claim, rules);
    if (settled) claims.push(settled);
  }
  return { ...result, claims };
}

/** Per-rule settings for one claim: null when its rule is `off`, else the claim with its severity set. */
export function applyRuleSetting(claim: CheckedClaim, rules: Readonly<Record<string, RuleSetting>> | undefined): CheckedClaim | null {
  if (!rules) return claim;
  const setting = rules[claim.ruleId] ?? rules[`chipcheck/${claim.verdict}`] ?? rules[claim.ruleId.replace(/^chipcheck\//u, '')] ?? rules[claim.verdict];
  if (setting === 'off') return null;
  return setting ? { ...claim, severity: setting } : claim;
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
  addFileToSummary(summary, file);
  for (const claim of file.claims) addClaimToSummary(summary, claim);
}

/** Count a file and its messages, not its claims (a streamed file's claims are counted as they come). */
export function addFileToSummary(summary: Summary, file: FileHead): void {
  summary.files++;
  for (const message of file.messages) {
    if (message.severity === 'error') summary.errors++;
    if (message.severity === 'warning') summary.warnings++;
  }
}

/** Count one claim. */
export function addClaimToSummary(summary: Summary, claim: Pick<CheckedClaim, 'verdict' | 'severity'>): void {
  summary.claims++;
  summary[claim.verdict]++;
  if (claim.severity === 'error') summary.errors++;
  if (claim.severity === 'warning') summary.warnings++;
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
  return messagesFailAt(file, level) || file.claims.some((c) => claimFailsAt(c, level));
}

/** Whether a file's messages hold one at or above the fail level. */
export function messagesFailAt(file: FileHead, level: FailLevel): boolean {
  return level !== 'none' && file.messages.some((m) => severityRank[m.severity] <= severityRank[level]);
}

/** Whether a claim is a finding at or above the fail level. */
export function claimFailsAt(claim: Pick<CheckedClaim, 'verdict' | 'severity'>, level: FailLevel): boolean {
  return level !== 'none' && claim.verdict !== 'match' && severityRank[claim.severity] <= severityRank[level];
}
