import type { CheckedClaim, FileHead, FileResult, Message, Point, Severity } from '../types.js';

/** Most severe first: sort key for a severity. */
export const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A place a formatter reports on: a checked claim that is not a match, or a message on a file. */
export type Finding =
  | { kind: 'claim'; file: FileHead; claim: CheckedClaim; severity: Severity; ruleId: string }
  | { kind: 'message'; file: FileHead; message: Message & { start?: Point }; severity: Severity; ruleId: string };

/** Whether a claim is worth an annotation: everything but a plain match. */
export function isFinding(claim: CheckedClaim): boolean {
  return claim.verdict !== 'match';
}

/** The findings of one file: its messages, then its claims that are not matches, in document order. */
export function fileFindings(file: FileResult): Finding[] {
  const out = messageFindings(file);
  for (const claim of file.claims) {
    const finding = claimFinding(file, claim);
    if (finding) out.push(finding);
  }
  return out;
}

/** The findings of a file's messages (a streamed file's first findings). */
export function messageFindings(file: FileHead): Finding[] {
  return file.messages.map((message) => ({ kind: 'message', file, message, severity: message.severity, ruleId: message.ruleId }));
}

/** A claim as a finding, or null for a plain match. */
export function claimFinding(file: FileHead, claim: CheckedClaim): Finding | null {
  return isFinding(claim) ? { kind: 'claim', file, claim, severity: claim.severity, ruleId: claim.ruleId } : null;
}

/** Where a finding starts and ends; messages without a place point at the file's first character. */
export function placeOf(finding: Finding): { start: Point; end: Point } {
  if (finding.kind === 'claim') return { start: finding.claim.start, end: finding.claim.end };
  const start = finding.message.start ?? { line: 1, column: 1, offset: 0 };
  return { start, end: start };
}

/** The unit each value is written in, for people: 4325.5亿美元, 19.3%, 3.2个百分点. */
export function formatValue(value: number, unit: CheckedClaim['unit']): string {
  const tidy = (n: number) => String(Number(n.toPrecision(12)));
  const big = Math.abs(value) >= 1e8;
  switch (unit) {
    case 'USD':
      return big ? `${tidy(value / 1e8)}亿美元` : `${tidy(value)}美元`;
    case 'CNY':
      return big ? `${tidy(value / 1e8)}亿元` : `${tidy(value)}元`;
    case 'piece':
      return big ? `${tidy(value / 1e8)}亿个` : `${tidy(value)}个`;
    case 'percent':
      return `${tidy(value)}%`;
    case 'ppt':
      return `${tidy(value)}个百分点`;
    case 'times':
      return `${tidy(value)}倍`;
  }
}

/** The one-line source of a verdict: the first piece of evidence that is a record, bound or other place. */
export function sourceOf(claim: CheckedClaim): string | null {
  return claim.evidence.find((e) => e.kind !== 'reading')?.summary ?? null;
}
