/**
 * The record: one published figure as a CSV row (columns in corpus/dataset/README.md), validated with zod.
 * `parseRecords` turns one CSV text into records or a list of problems, each naming file:line and field;
 * `DatasetError` carries every problem of a load so that nothing is half-loaded.
 */
import { z } from 'zod';
import type { Confidence } from '../types.js';
import { CsvSyntaxError, readCsv, type CsvRow } from './csv.js';
import { KNOWN_UNITS, unitFitsMeasure, unitInfo } from './units.js';

export const RECORD_COLUMNS = [
  'id', 'agency', 'flow', 'product', 'partner', 'province', 'measure', 'unit', 'period_start', 'period_end',
  'value', 'precision', 'yoy_pct', 'yoy_basis', 'source_url', 'source_title', 'source_date', 'confidence',
  'agreeing_sources', 'vintage', 'version', 'note',
] as const;

const REQUIRED = ['id', 'agency', 'flow', 'product', 'measure', 'unit', 'period_start', 'period_end', 'value',
  'yoy_pct', 'source_url', 'source_title', 'confidence'] as const;

// Cells are validated as strings by one flat zod object (zod compiles that to a fast path, which matters for
// the 50 ms load budget); empty optional cells are '' here and become null in `toRecord`.
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const OPTIONAL_DECIMAL = /^(?:-?\d+(?:\.\d+)?)?$/;
const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;
const DECIMAL_HINT = 'must be a plain decimal such as 4325.5 or -15.3 (no %, commas or magnitude words)';

export const recordSchema = z.object({
  id: z.string().regex(/^[^\s,]+$/, 'must be a non-empty id without spaces or commas'),
  agency: z.string().min(1, 'must not be empty'),
  flow: z.enum(['import', 'export', 'production', 'exchange_rate', 'total_trade', 'net_import']),
  product: z.string().regex(/^(?:\d{4}|\d{6}|\d{8}|[A-Z]{3}\/[A-Z]{3})$/, 'must be an HS code (8542, 854231…) or USD/CNY'),
  partner: z.string(),
  province: z.string(),
  measure: z.enum(['quantity', 'value', 'rate']),
  unit: z.string().min(1, `must not be empty; use ${KNOWN_UNITS}`),
  period_start: z.string().regex(MONTH, 'must be YYYY-MM'),
  period_end: z.string().regex(MONTH, 'must be YYYY-MM'),
  value: z.string().regex(OPTIONAL_DECIMAL, DECIMAL_HINT),
  /** The place value of the last published digit, in `unit`, when coarser than `value`'s digits (3490 from "US$349 billion" → 10). */
  precision: z.string().regex(/^(?:10*|0\.0*1)?$/, 'must be a power of ten such as 10, 100 or 0.1'),
  yoy_pct: z.string().regex(OPTIONAL_DECIMAL, DECIMAL_HINT),
  /** reported: as the agency published it; comparable: NBS comparable-enterprise basis (not level ÷ level). */
  yoy_basis: z.enum(['', 'reported', 'comparable', 'computed']),
  source_url: z.string().regex(/^https?:\/\/\S+$/, 'must be the source URL (http://… or https://…)'),
  source_title: z.string().min(1, 'must not be empty'),
  source_date: z.string().regex(/^(?:\d{4}-\d{2}(?:-\d{2})?)?$/, 'must be YYYY-MM or YYYY-MM-DD'),
  confidence: z.enum(['high', 'medium', 'low']),
  agreeing_sources: z.string().regex(/^\d*$/, 'must be a whole number'),
  vintage: z.enum(['', 'first', 'revised']),
  version: z.string().regex(/^[\w-]*$/, 'must be a short name such as bulletin or monthly'),
  note: z.string(),
});

type Cells = z.output<typeof recordSchema>;
export type RecordFlow = Cells['flow'];

/** A validated record, with where it came from. Empty optional cells are null. */
export interface DatasetRecord {
  id: string;
  agency: string;
  flow: RecordFlow;
  product: string;
  partner: string | null;
  province: string | null;
  measure: Cells['measure'];
  /** As published, with its magnitude: 亿美元, 亿元, 亿个, 亿块, 美元, 个, `CNY per USD`. */
  unit: string;
  /** YYYY-MM; a full year is YYYY-01..YYYY-12. */
  period_start: string;
  period_end: string;
  /** The published number in `unit`, as a decimal string; null when only a growth rate was published. */
  value: string | null;
  precision: string | null;
  yoy_pct: string | null;
  yoy_basis: 'reported' | 'comparable' | 'computed' | null;
  source_url: string;
  source_title: string;
  source_date: string | null;
  confidence: Confidence;
  agreeing_sources: number | null;
  vintage: 'first' | 'revised';
  /** Names an alternative official version of the same figure (bulletin, monthly). */
  version: string | null;
  note: string | null;
  /** The file it was read from and its 1-based line. */
  file: string;
  line: number;
  /** Set at load for records of the user's own files added to the bundled ones (`--dataset`, the config's `dataset`). */
  user?: true;
}

const orNull = (s: string): string | null => (s === '' ? null : s);

/** Cross-field rules zod's flat object does not express; returns [field, message] pairs. */
function crossFieldProblems(c: Cells): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (c.period_start.slice(0, 4) !== c.period_end.slice(0, 4)) out.push(['period_end', 'must be in the same year as period_start']);
  else if (c.period_end < c.period_start) out.push(['period_end', 'must not be before period_start']);
  const info = unitInfo(c.unit);
  if (!info) out.push(['unit', `unknown unit ${JSON.stringify(c.unit)}; use ${KNOWN_UNITS}`]);
  else if (!unitFitsMeasure(info, c.measure)) out.push(['unit', `${c.unit} is not a unit of measure ${c.measure}`]);
  if (c.value === '' && c.yoy_pct === '') out.push(['value', 'value and yoy_pct are both empty; a record needs one']);
  if ((c.flow === 'exchange_rate') !== (c.measure === 'rate')) out.push(['measure', 'exchange_rate records, and only they, have measure rate']);
  return out;
}

function toRecord(c: Cells, file: string, line: number): DatasetRecord {
  return {
    id: c.id,
    agency: c.agency,
    flow: c.flow,
    product: c.product,
    partner: orNull(c.partner),
    province: orNull(c.province),
    measure: c.measure,
    unit: c.unit,
    period_start: c.period_start,
    period_end: c.period_end,
    value: orNull(c.value),
    precision: orNull(c.precision),
    yoy_pct: orNull(c.yoy_pct),
    yoy_basis: c.yoy_basis === '' ? null : c.yoy_basis,
    source_url: c.source_url,
    source_title: c.source_title,
    source_date: orNull(c.source_date),
    confidence: c.confidence,
    agreeing_sources: c.agreeing_sources === '' ? null : Number(c.agreeing_sources),
    vintage: c.vintage === '' ? 'first' : c.vintage,
    version: orNull(c.version),
    note: orNull(c.note),
    file,
    line,
  };
}

export interface DatasetProblem {
  file: string;
  /** 1-based line of the row (the header is line 1). */
  line: number;
  field: string | null;
  message: string;
}

/** Thrown by loading when any file has any problem; nothing is loaded then. */
export class DatasetError extends Error {
  readonly problems: DatasetProblem[];
  constructor(problems: DatasetProblem[]) {
    const lines = problems.map(formatProblem);
    super(`The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}; fix them and load again:\n${lines.join('\n')}`);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

export function formatProblem(p: DatasetProblem): string {
  return `${p.file}:${p.line}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

/** Parse and validate one CSV text. Problems are returned, not thrown, so a caller can gather all files' problems. */
export function parseRecords(csv: string, file: string): { records: DatasetRecord[]; problems: DatasetProblem[] } {
  let rows: CsvRow[];
  try {
    rows = readCsv(csv);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { records: [], problems: [{ file, line: error.line, field: null, message: `not valid CSV: ${error.message}` }] };
  }
  const header = rows[0]?.cells.map((c) => c.trim()) ?? [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return { records: [], problems: [{ file, line: 1, field: null, message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` }] };
  }
  // A misspelt optional column (precison) would otherwise be dropped without a word.
  const unknown = header.filter((c) => !(RECORD_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) {
    return { records: [], problems: unknown.map((c) => ({ file, line: 1, field: c, message: `unknown column; the columns are ${RECORD_COLUMNS.join(', ')}` })) };
  }
  const problems: DatasetProblem[] = [];
  const records: DatasetRecord[] = [];
  for (const { line, cells } of rows.slice(1)) {
    if (cells.length !== header.length) {
      problems.push({ file, line, field: null, message: `${cells.length} cells, but the header has ${header.length} columns` });
      continue;
    }
    // Optional columns may be left out of a user's file altogether.
    const row: Record<string, string> = { partner: '', province: '', precision: '', yoy_basis: '', source_title: '', source_date: '', agreeing_sources: '', vintage: '', version: '', note: '' };
    header.forEach((column, i) => (row[column] = cells[i]!.trim()));
    const result = recordSchema.safeParse(row);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, line, field: issue.path.map(String).join('.') || null, message: issue.message });
      }
      continue;
    }
    const cross = crossFieldProblems(result.data);
    for (const [field, message] of cross) problems.push({ file, line, field, message });
    if (cross.length === 0) records.push(toRecord(result.data, file, line));
  }
  return { records, problems };
}
