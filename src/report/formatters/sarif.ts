import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileHead, Report, Severity } from '../../types.js';
import { claimColumnConverter, createColumnConverter } from '../columns.js';
import { placeOf, type Finding } from '../findings.js';
import { describeRule } from '../rules.js';
import { findingStream } from './parts.js';
import { renderReport } from './render.js';
import type { FormatOptions, ReportMeta, StreamingFormat } from './types.js';

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

/** Where the results go in the log skeleton: the skeleton is stringified whole and split here. */
const RESULTS = '\u0000results';

/**
 * SARIF 2.1.0 for GitHub code scanning and SARIF viewers. Columns stay in UTF-16 code units (the run says
 * so with `columnKind`); paths are relative to `SRCROOT` (the working directory).
 *
 * Streamed: each file's results are written as it comes, so a rule's index is its place in the order rules
 * are first met, and `tool` (whose `driver.rules` lists them) comes after `results` in the run. SARIF
 * readers look members up by name; the order of an object's members carries no meaning in JSON.
 */
export const createSarifStream: StreamingFormat = (options = {}) => {
  const cwd = options.cwd ?? process.cwd();
  const ruleIndex = new Map<string, number>();
  let meta: ReportMeta = { version: '', dataset: { version: '', figures: 0 } };
  let results = 0;
  // The log with every member but the results; `tool` last, as its rules are known only at the end.
  const skeleton = () => ({
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        properties: { dataset: meta.dataset },
        results: RESULTS,
        tool: {
          driver: {
            name: 'chipcheck',
            version: meta.version,
            semanticVersion: meta.version,
            rules: [...ruleIndex.keys()].map((id) => {
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
      },
    ],
  });
  const marker = JSON.stringify(RESULTS);
  // Identical claims in one file get an occurrence number, so each keeps its own fingerprint.
  const seen = new Map<string, number>();
  return findingStream({
    begin(given) {
      meta = given;
      const text = JSON.stringify(skeleton(), null, 2);
      return text.slice(0, text.indexOf(marker)) + '[';
    },
    open: () => seen.clear(),
    write: sarifResult,
    end() {
      const text = JSON.stringify(skeleton(), null, 2);
      return `${results > 0 ? '\n      ' : ''}]${text.slice(text.indexOf(marker) + marker.length)}\n`;
    },
  });

  /** One finding of the open file as a SARIF result. */
  function sarifResult(finding: Finding, head: FileHead): string {
    const fileText = head.text;
    const { start, end } = placeOf(finding);
    const convert =
      finding.kind === 'claim' && fileText === undefined ? claimColumnConverter(finding.claim) : createColumnConverter(fileText);
    const print = fingerprint(finding);
    const occurrence = seen.get(print) ?? 0;
    seen.set(print, occurrence + 1);
    if (!ruleIndex.has(finding.ruleId)) ruleIndex.set(finding.ruleId, ruleIndex.size);
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
      partialFingerprints: { 'chipcheck/v1': `${print}:${occurrence}` },
    };
    if (finding.kind === 'claim') {
      const { claim } = finding;
      // The text report names sources; here a reader can follow them.
      const sources = [...new Set(claim.evidence.flatMap((e) => e.figure?.provenance.map((p) => p.url).filter(Boolean) ?? []))];
      result.properties = {
        verdict: claim.verdict,
        claim: claim.text,
        expected: claim.expected,
        period: claim.period,
        evidence: claim.evidence.map((e) => e.summary),
        ...(sources.length > 0 ? { sources } : {}),
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
    return `${results++ === 0 ? '' : ','}\n        ${indent(JSON.stringify(result, null, 2), '        ')}`;
  }
};

/** JSON text nested in the log: its lines after the first moved in by `prefix` (JSON breaks lines only between tokens). */
function indent(json: string, prefix: string): string {
  return json.replace(/\n/gu, `\n${prefix}`);
}

/** The whole SARIF log as one string. */
export function formatSarif(report: Report, options: FormatOptions = {}): string {
  return renderReport(createSarifStream(options), report);
}
