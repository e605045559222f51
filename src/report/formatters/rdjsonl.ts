import type { Report, Severity } from '../../types.js';
import { claimColumnConverter, createColumnConverter } from '../columns.js';
import { placeOf, type Finding } from '../findings.js';
import { findingStream } from './parts.js';
import { renderReport } from './render.js';
import type { FormatOptions, StreamingFormat } from './types.js';

const severity: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

/**
 * reviewdog diagnostics, one JSON object per line (rdjsonl). reviewdog counts columns in UTF-8 bytes.
 * Typo suggestions become `suggestions` reviewdog can post as suggested changes.
 */
export const createRdjsonlStream: StreamingFormat = () => {
  return findingStream({ begin: () => '', end: () => '', write: (finding, head) => diagnostic(finding, head.text) + '\n' });
};

/** One diagnostic line; `text` is its file's original text, when known. */
function diagnostic(finding: Finding, text: string | undefined): string {
  const { start, end } = placeOf(finding);
  const convert = finding.kind === 'claim' && text === undefined ? claimColumnConverter(finding.claim) : createColumnConverter(text);
  const range = {
    start: { line: start.line, column: convert(start, 'utf8') },
    end: { line: end.line, column: convert(end, 'utf8') },
  };
  const out: Record<string, unknown> = {
    message: finding.kind === 'claim' ? finding.claim.message : finding.message.reason,
    location: { path: finding.file.path, range },
    severity: severity[finding.severity],
    source: { name: 'chipcheck' },
    code: { value: finding.ruleId },
  };
  if (finding.kind === 'claim' && finding.claim.suggestion !== null) {
    out.suggestions = [{ range, text: finding.claim.suggestion }];
  }
  return JSON.stringify(out);
}

/** The whole diagnostic list as one string. */
export function formatRdjsonl(report: Report, options: FormatOptions = {}): string {
  return renderReport(createRdjsonlStream(options), report);
}
