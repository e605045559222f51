import { toDecimalString } from '../../decimal.js';
import type { CheckedClaim, Report } from '../../types.js';
import type { FormatOptions } from './types.js';

/**
 * The JSON report: the result model as is (its field names are the contract in the acceptance README and
 * `schema/report.schema.json`), with exact decimals as strings, since JSON numbers cannot hold them.
 */
export function formatJson(report: Report, _options: FormatOptions = {}): string {
  // One pass, the same text as JSON.stringify(toJsonReport(report), null, 2): the round trip through an
  // intermediate string and object graph costs gigabytes for a run over 10,000 files.
  return JSON.stringify(ordered(report), jsonValue, 2) + '\n';
}

/** The plain-JSON value of a report (exact decimals become decimal strings). */
export function toJsonReport(report: Report): unknown {
  return JSON.parse(JSON.stringify(ordered(report), jsonValue));
}

/** The report with the contract's fields first, in the order the README lists them; the rest of the model follows. */
function ordered(report: Report): unknown {
  return {
    files: report.files.map(({ path, published, claims, messages, ...rest }) => ({
      path,
      published,
      claims: claims.map(contractOrder),
      messages,
      ...rest,
    })),
    summary: report.summary,
    dataset: report.dataset,
    version: report.version,
  };
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

/** The contract's fields first, then the rest of the claim. */
function contractOrder(claim: CheckedClaim): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of CONTRACT) out[key] = claim[key];
  return Object.assign(out, claim);
}

function isDecimal(value: unknown): value is { coefficient: bigint; exponent: number } {
  return typeof value === 'object' && value !== null && typeof (value as { coefficient?: unknown }).coefficient === 'bigint';
}
