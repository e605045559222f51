/**
 * Hover on a claim: how chipcheck read it (flow, period, partner…), its verdict, and the evidence behind the
 * verdict — each record with its source. Matches have no diagnostic, so hover is where an editor sees that a
 * figure was checked and agreed.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { describeClaim, formatPeriod, formatRelative, formatValue } from '../tui/format.js';
import { toNumber } from '../decimal.js';
import type { CheckedClaim, Evidence } from '../types.js';
import type { DocumentCheck } from './check-document.js';
import { bomShift } from './diagnostics.js';

/** The hover for the claim under `position`, or null when there is none there. */
export function hoverAt(checked: DocumentCheck, document: TextDocument, position: Position): Hover | null {
  if (checked.kind !== 'checked') return null;
  const offset = document.offsetAt(position) - bomShift(checked.text);
  // The end is inclusive: a cursor just after the claim (where typing stops) still hovers it.
  const claim = checked.result.claims.find((c) => c.start.offset <= offset && offset <= c.end.offset);
  if (!claim) return null;
  const shift = bomShift(checked.text);
  return {
    contents: { kind: MarkupKind.Markdown, value: describeForHover(claim) },
    range: { start: document.positionAt(claim.start.offset + shift), end: document.positionAt(claim.end.offset + shift) },
  };
}

/** The hover text: Markdown, one fact per line, Chinese domain words as the TUI shows them. */
export function describeForHover(claim: CheckedClaim): string {
  const lines: string[] = [];
  lines.push(`**${claim.verdict}** \`${claim.ruleId}\` (${claim.severity})`, '');
  lines.push(`**${code(claim.text)}** read as **${describeClaim(claim)}**`, '');
  const reading = [
    `flow ${claim.flow}`,
    `period ${formatPeriod(claim.period)}`,
    `partner ${claim.partner ?? '—'}`,
    ...(claim.province ? [`province ${claim.province}`] : []),
    `measure ${claim.measure}`,
    `product HS ${claim.product}`,
    `value ${formatValue(toNumber(claim.amount), claim.unit)}`,
    `qualifier ${claim.qualifier}`,
    ...(claim.forecast ? ['forecast'] : []),
  ];
  lines.push(reading.join(' · '), '');
  // Where each field was read (its own clause, a heading, a line above): why the claim reads as it does.
  const readFrom = claim.evidence.filter((e) => e.kind === 'reading');
  for (const evidence of readFrom) lines.push(`Read from: ${evidence.summary}`, '');
  if (claim.suggestion !== null) lines.push(`Suggest: **${code(claim.suggestion)}**`, '');
  if (claim.expected !== null) {
    const difference = claim.difference
      ? ` (difference ${claim.difference.absolute >= 0 ? '+' : '−'}${formatValue(Math.abs(claim.difference.absolute), claim.unit)}, ${formatRelative(claim.difference.relative)})`
      : '';
    lines.push(`Expected: ${formatValue(claim.expected, claim.unit)}${difference}`, '');
  }
  lines.push(claim.message);
  const behind = claim.evidence.filter((e) => e.kind !== 'reading');
  if (behind.length > 0) {
    lines.push('', '**Evidence**', '');
    for (const evidence of behind) lines.push(...evidenceLines(evidence));
  }
  return lines.join('\n');
}

function evidenceLines(evidence: Evidence): string[] {
  const lines = [`- ${evidence.kind}: ${evidence.summary}`];
  const figure = evidence.figure;
  if (figure) {
    const what = [
      figure.text,
      formatPeriod(figure.key.period),
      figure.kind === 'record' ? `record ${figure.ids.join(', ')}` : `derived from ${figure.ids.join(', ')}`,
      ...(figure.version ? [`version ${figure.version}`] : []),
    ];
    lines.push(`  - ${what.join(' · ')}`);
    if (figure.derivation) lines.push(`  - = ${figure.derivation}`);
    for (const source of figure.provenance) {
      const title = source.title ? `${source.title}, ` : '';
      lines.push(`  - source: ${source.agency}, ${title}${source.url} (confidence ${source.confidence}${source.date ? `, ${source.date}` : ''})`);
    }
  }
  if (evidence.claim) lines.push(`  - other place: ${code(evidence.claim.text)} at ${evidence.claim.start.line}:${evidence.claim.start.column}`);
  return lines;
}

/** Text as written, kept literal in Markdown (a claim may hold `*` or `_`). */
function code(text: string): string {
  return `\`${text.replace(/\s+/gu, ' ').replace(/`/gu, 'ˋ')}\``;
}
