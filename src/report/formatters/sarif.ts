import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Report, Severity } from '../../types.js';
import { claimColumnConverter, createColumnConverter } from '../columns.js';
import { findings, placeOf, type Finding } from '../findings.js';
import { describeRule } from '../rules.js';
import type { FormatOptions } from './types.js';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative URI for SARIF: `/` separators, each segment percent-encoded (Chinese file names stay valid). */
function artifactUri(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (path.startsWith('<')) return { uri: encodeURIComponent(path) };
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(path).href };
  return { uri: rel.split(sep).join('/').split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

/** Stable across runs and edits elsewhere in the file: the rule, the claim as written, and its period. */
function fingerprint(finding: Finding): string {
  const text = finding.kind === 'claim' ? finding.claim.text : finding.message.reason;
  const period = finding.kind === 'claim' && finding.claim.period ? finding.claim.period : null;
  const normalised = text.normalize('NFKC').replace(/\s+/gu, '');
  const periodKey = period ? `${period.year}-${period.from_month}-${period.to_month}` : '';
  return createHash('sha256').update(`${finding.ruleId}\u0000${normalised}\u0000${periodKey}`).digest('hex').slice(0, 32);
}

/**
 * SARIF 2.1.0 for GitHub code scanning and SARIF viewers. Columns stay in UTF-16 code units (the run says
 * so with `columnKind`); paths are relative to `SRCROOT` (the working directory).
 */
export function formatSarif(report: Report, options: FormatOptions = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const list = findings(report);
  const ruleIds = [...new Set(list.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const seen = new Map<string, number>();
  const results = list.map((finding) => {
    const { start, end } = placeOf(finding);
    const convert =
      finding.kind === 'claim' && !options.texts?.has(finding.file.path)
        ? claimColumnConverter(finding.claim)
        : createColumnConverter(options.texts?.get(finding.file.path));
    // Identical claims in one file get an occurrence number, so each keeps its own fingerprint.
    const base = `${finding.file.path}\u0000${fingerprint(finding)}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const text =
      finding.kind === 'claim'
        ? finding.claim.message
        : finding.message.reason + (finding.message.hint ? ` ${finding.message.hint}` : '');
    const result: Record<string, unknown> = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId),
      level: level[finding.severity],
      message: { text },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactUri(finding.file.path, cwd),
            region: {
              startLine: start.line,
              startColumn: convert(start, 'utf16'),
              endLine: end.line,
              endColumn: convert(end, 'utf16'),
              charOffset: start.offset,
              charLength: end.offset - start.offset,
            },
          },
        },
      ],
      partialFingerprints: { 'chipcheck/v1': `${fingerprint(finding)}:${occurrence}` },
    };
    if (finding.kind === 'claim') {
      const { claim } = finding;
      result.properties = {
        verdict: claim.verdict,
        claim: claim.text,
        expected: claim.expected,
        period: claim.period,
        evidence: claim.evidence.map((e) => e.summary),
      };
      if (claim.suggestion !== null) {
        result.fixes = [
          {
            description: { text: `Replace with ${claim.suggestion}` },
            artifactChanges: [
              {
                artifactLocation: artifactUri(finding.file.path, cwd),
                replacements: [
                  {
                    deletedRegion: {
                      startLine: start.line,
                      startColumn: start.column,
                      endLine: end.line,
                      endColumn: end.column,
                    },
                    insertedContent: { text: claim.suggestion },
                  },
                ],
              },
            ],
          },
        ];
      }
    }
    return result;
  });
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'chipcheck',
            version: report.version,
            semanticVersion: report.version,
            rules: ruleIds.map((id) => {
              const rule = describeRule(id);
              return {
                id,
                name: rule.name,
                shortDescription: { text: rule.short },
                fullDescription: { text: rule.full },
                help: { text: rule.help, markdown: rule.help },
                defaultConfiguration: { level: level[rule.level] },
              };
            }),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        properties: { dataset: report.dataset },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
