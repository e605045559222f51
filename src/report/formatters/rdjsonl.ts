import type { Report, Severity } from '../../types.js';
import { claimColumnConverter, createColumnConverter } from '../columns.js';
import { findings, placeOf } from '../findings.js';
import type { FormatOptions } from './types.js';

const severity: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

/**
 * reviewdog diagnostics, one JSON object per line (rdjsonl). reviewdog counts columns in UTF-8 bytes.
 * Typo suggestions become `suggestions` reviewdog can post as suggested changes.
 */
export function formatRdjsonl(report: Report, options: FormatOptions = {}): string {
  const lines = findings(report).map((finding) => {
    const { start, end } = placeOf(finding);
    const convert =
      finding.kind === 'claim' && !options.texts?.has(finding.file.path)
        ? claimColumnConverter(finding.claim)
        : createColumnConverter(options.texts?.get(finding.file.path));
    const range = {
      start: { line: start.line, column: convert(start, 'utf8') },
      end: { line: end.line, column: convert(end, 'utf8') },
    };
    const diagnostic: Record<string, unknown> = {
      message: finding.kind === 'claim' ? finding.claim.message : finding.message.reason,
      location: { path: finding.file.path, range },
      severity: severity[finding.severity],
      source: { name: 'chipcheck' },
      code: { value: finding.ruleId },
    };
    if (finding.kind === 'claim' && finding.claim.suggestion !== null) {
      diagnostic.suggestions = [{ range, text: finding.claim.suggestion }];
    }
    return JSON.stringify(diagnostic);
  });
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
