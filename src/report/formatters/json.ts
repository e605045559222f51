import { toDecimalString, toNumber } from '../../decimal.js';
import type { CheckedClaim, FileResult, Report } from '../../types.js';
import { renderFile } from './parts.js';
import { renderReport } from './render.js';
import type { FormatOptions, ReportMeta, StreamingFormat, StreamingFormatter } from './types.js';

/**
 * The JSON report: the result model as is (its field names are the contract in the acceptance README and
 * `schema/report.schema.json`), with exact decimals as strings, since JSON numbers cannot hold them.
 * Streamed, it is the same text as `JSON.stringify(toJsonReport(report), null, 2)`: `files` first, each
 * file stringified on its own and indented to its depth, then the summary, the dataset and the version.
 */
export const createJsonStream: StreamingFormat = () => {
  let meta: ReportMeta = { version: '', dataset: { version: '', figures: 0 } };
  let files = 0;
  // The open file: its claims so far, and its skeleton's text after the claims.
  let claims = 0;
  let tail = '';
  const rendered = (text: string) => `${claims++ === 0 ? '' : ','}\n        ${text}`;
  const stream: StreamingFormatter = {
    begin(given) {
      meta = given;
      return '{\n  "files": [';
    },
    file: (result) => renderFile(stream, result),
    /**
     * The file object is stringified with a marker for its claims, which are then written one by one between
     * the two halves, each indented to its depth (8 spaces): the text of stringifying the whole file at once.
     */
    openFile(head) {
      const { path, published, messages, text: _text, bom: _bom, ...rest } = head;
      const skeleton = indent(JSON.stringify({ path, published, claims: CLAIMS, messages, ...rest }, jsonValue, 2), '    ');
      const marker = skeleton.indexOf(CLAIMS_JSON);
      claims = 0;
      tail = skeleton.slice(marker + CLAIMS_JSON.length);
      return `${files++ === 0 ? '' : ','}\n    ${skeleton.slice(0, marker)}[`;
    },
    claim: (claim) => rendered(claimJson(claim)),
    claimText: claimJson,
    renderedClaim: rendered,
    closeFile() {
      return `${claims > 0 ? '\n      ' : ''}]${tail}`;
    },
    end(summary) {
      const member = (key: string, value: unknown) => `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, jsonValue, 2), '  ')}`;
      return [
        `${files > 0 ? '\n  ' : ''}],`,
        `${member('summary', summary)},`,
        `${member('dataset', meta.dataset)},`,
        member('version', meta.version),
        '}\n',
      ].join('\n');
    },
  };
  return stream;
};

/** Where a file's claims go in its stringified skeleton. */
const CLAIMS = '\u0000claims';
const CLAIMS_JSON = JSON.stringify(CLAIMS);

/** A claim's depth in the report (files[i].claims[j]): stringified inside this many arrays, it is indented as it stands. */
const CLAIM_NESTING = ['[\n  [\n    [\n      [\n        ', '\n      ]\n    ]\n  ]\n]'] as const;

/**
 * A claim's JSON text as it stands in the report, its lines after the first indented 8 spaces. Most of a
 * report's time goes here (a claim is 3–7 KB of JSON), so JSON.stringify runs without a replacer, which
 * slows it down by a third, and indents natively: the claim is stringified nested as deep as it stands and
 * the nesting cut off. Its exact decimals are made strings first; a bigint anywhere else makes
 * JSON.stringify throw, and the claim takes the replacer's path, which writes the same text.
 */
function claimJson(claim: CheckedClaim): string {
  let text: string;
  try {
    text = JSON.stringify([[[[contractOrder(claim, true)]]]], null, 2);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return indent(JSON.stringify(contractOrder(claim), jsonValue, 2), '        ');
  }
  return text.slice(CLAIM_NESTING[0].length, text.length - CLAIM_NESTING[1].length);
}

/** The whole JSON report as one string. */
export function formatJson(report: Report, _options: FormatOptions = {}): string {
  return renderReport(createJsonStream(), report);
}

/** The plain-JSON value of a report (exact decimals become decimal strings). */
export function toJsonReport(report: Report): unknown {
  return JSON.parse(
    JSON.stringify(
      { files: report.files.map(orderedFile), summary: report.summary, dataset: report.dataset, version: report.version },
      jsonValue,
    ),
  );
}

/** JSON text of a value nested in the report: its lines after the first moved in by `prefix`. */
function indent(json: string, prefix: string): string {
  // JSON text holds line breaks only between tokens (breaks in strings are escaped).
  return json.replace(/\n/gu, `\n${prefix}`);
}

/**
 * A file with the contract's fields first, in the order the README lists them; the rest of the model follows,
 * but the original text and its byte-order mark (the article itself, already in the reader's hands).
 */
function orderedFile({ path, published, claims, messages, text: _text, bom: _bom, ...rest }: FileResult): unknown {
  return { path, published, claims: claims.map((claim) => contractOrder(claim)), messages, ...rest };
}

/** JSON.stringify's replacer: bigints and exact decimals as strings. */
function jsonValue(key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if ((key === 'decimal' || key === 'upper') && isDecimal(value)) return toDecimalString(value);
  return value;
}

/** The claim fields of the contract, in the order the acceptance README lists them. */
const CONTRACT = [
  'text', 'start', 'end', 'flow', 'measure', 'of', 'unit', 'value', 'qualifier', 'forecast', 'period',
  'product', 'partner', 'verdict', 'severity', 'expected', 'suggestion', 'message', 'evidence',
] as const;

/**
 * The contract's fields first, then the rest of the claim. The float edge: the exact `amount` is written as
 * `value` (a JSON number, where the contract lists it) and `decimal` (its exact string, where it stands):
 * made a string here with `decimalStrings`, else by the replacer `jsonValue`.
 */
function contractOrder(claim: CheckedClaim, decimalStrings = false): Record<string, unknown> {
  // The contract's fields as one object literal, not stored one by one under computed names: V8 turns an
  // object given more than a dozen properties that way into a hash table (dictionary mode), which
  // JSON.stringify walks a fifth slower. The order is CONTRACT's.
  const out: Record<string, unknown> = {
    text: claim.text, start: claim.start, end: claim.end, flow: claim.flow, measure: claim.measure, of: claim.of, unit: claim.unit,
    value: toNumber(claim.amount), qualifier: claim.qualifier, forecast: claim.forecast, period: claim.period, product: claim.product,
    partner: claim.partner, verdict: claim.verdict, severity: claim.severity, expected: claim.expected, suggestion: claim.suggestion,
    message: claim.message, evidence: claim.evidence,
  } satisfies Record<(typeof CONTRACT)[number], unknown>;
  for (const key of Object.keys(claim) as Array<keyof CheckedClaim>) {
    if (key === 'amount') out['decimal'] = decimalStrings ? toDecimalString(claim.amount) : claim.amount;
    else if (key === 'upper' && decimalStrings && isDecimal(claim.upper)) out[key] = toDecimalString(claim.upper);
    else out[key] = claim[key];
  }
  return out;
}

function isDecimal(value: unknown): value is { coefficient: bigint; exponent: number } {
  return typeof value === 'object' && value !== null && typeof (value as { coefficient?: unknown }).coefficient === 'bigint';
}
