/**
 * A checked document as LSP diagnostics: one per finding `verify` reports (every claim that is not a match,
 * and every message on the file), with its severity, rule id and message unchanged.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { fileFindings, placeOf } from '../report/findings.js';
import type { CheckedClaim, Severity, Verdict } from '../types.js';
import type { DocumentCheck } from './check-document.js';

/** What a diagnostic carries for code actions and hover: which claim it is about. */
export interface DiagnosticData {
  verdict: Verdict | null;
  /** Index of the claim in the file's claims; null for a message on the file. */
  claim: number | null;
}

export const SOURCE = 'chipcheck';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * Offsets in a result count the text without a byte-order mark; the editor's text may still hold one. The
 * shift maps a result offset to an offset in the editor's text.
 */
export function bomShift(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** The diagnostics for one check of `document` (the version the check was made of). */
export function toDiagnostics(checked: DocumentCheck, document: TextDocument): Diagnostic[] {
  if (checked.kind === 'ignored') return [];
  if (checked.kind === 'blocked') {
    // The config or dataset problem is shown where the user is looking: at the top of the document.
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        code: checked.ruleId,
        source: SOURCE,
        message: `${checked.reason} (${checked.hint})`,
        data: { verdict: null, claim: null } satisfies DiagnosticData,
      },
    ];
  }
  const shift = bomShift(checked.text);
  const claimIndex = new Map(checked.result.claims.map((claim, i) => [claim, i]));
  return fileFindings(checked.result).map((finding): Diagnostic => {
    const { start, end } = placeOf(finding);
    const range = { start: document.positionAt(start.offset + shift), end: document.positionAt(end.offset + shift) };
    if (finding.kind === 'claim') {
      const diagnostic = claimDiagnostic(finding.claim, claimIndex.get(finding.claim) ?? null, range);
      // An inconsistency names the other place in the article: editors link to it.
      const others = finding.claim.evidence.flatMap((e) => (e.claim ? [e.claim] : []));
      if (others.length > 0) {
        diagnostic.relatedInformation = others.map((other) => ({
          location: { uri: document.uri, range: { start: document.positionAt(other.start.offset + shift), end: document.positionAt(other.end.offset + shift) } },
          message: `the other place: ${other.text}`,
        }));
      }
      return diagnostic;
    }
    const { reason, hint } = finding.message;
    return {
      range,
      severity: SEVERITY[finding.severity],
      code: finding.ruleId,
      source: SOURCE,
      // As the text report prints it: the reason, then what to do.
      message: hint ? `${reason} (${hint})` : reason,
      data: { verdict: null, claim: null } satisfies DiagnosticData,
    };
  });
}

/** A claim's diagnostic: the verdict's severity, rule id and message as the report has them. */
export function claimDiagnostic(claim: CheckedClaim, index: number | null, range: Range): Diagnostic {
  return {
    range,
    severity: SEVERITY[claim.severity],
    code: claim.ruleId,
    source: SOURCE,
    message: claim.message,
    data: { verdict: claim.verdict, claim: index } satisfies DiagnosticData,
  };
}
