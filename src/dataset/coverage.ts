/**
 * `chipcheck dataset coverage`: what the records cover and how well, as data (`datasetCoverage`) and as text
 * (`formatCoverage`). National figures of one HS code: years × (flow, measure, currency), each cell with the
 * best confidence of its full-year records and how many year-to-date or single-month periods it has; then
 * partner economies and HS subheadings, each with its years and records by confidence. `list` shows the
 * published numbers; this shows how far they can be trusted and where the gaps are.
 */
import type { Confidence } from '../types.js';
import type { DatasetRecord } from './schema.js';
import { unitInfo } from './units.js';

/** A column of the national table: a flow, a measure and, for values, the currency. */
export interface CoverageColumn {
  label: string;
  flow: DatasetRecord['flow'];
  measure: DatasetRecord['measure'];
  currency?: 'USD' | 'CNY';
}

export const COVERAGE_COLUMNS: readonly CoverageColumn[] = [
  { label: 'Imp qty', flow: 'import', measure: 'quantity' },
  { label: 'Imp USD', flow: 'import', measure: 'value', currency: 'USD' },
  { label: 'Imp CNY', flow: 'import', measure: 'value', currency: 'CNY' },
  { label: 'Exp qty', flow: 'export', measure: 'quantity' },
  { label: 'Exp USD', flow: 'export', measure: 'value', currency: 'USD' },
  { label: 'Exp CNY', flow: 'export', measure: 'value', currency: 'CNY' },
  { label: 'Net USD', flow: 'net_import', measure: 'value', currency: 'USD' },
  { label: 'Prod qty', flow: 'production', measure: 'quantity' },
  { label: 'USD/CNY', flow: 'exchange_rate', measure: 'rate' },
];

export interface CoverageCell {
  /** Best confidence among the full-year records; null when there is none. */
  fullYear: Confidence | null;
  /** The best full-year record publishes only a growth rate. */
  growthOnly: boolean;
  /** Distinct year-to-date and single-month periods with records. */
  periods: number;
  records: number;
}

export interface CoverageRow {
  year: number;
  cells: CoverageCell[];
}

/** A partner economy or an HS subheading: the years it has records for, and their confidence. */
export interface CoverageGroup {
  name: string;
  years: number[];
  /** Years with a full-year record (any confidence). */
  fullYears: number[];
  records: number;
  confidence: Record<Confidence, number>;
  /** `import value`, `export quantity`, … */
  series: string[];
}

export interface Coverage {
  product: string;
  records: number;
  confidence: Record<Confidence, number>;
  columns: readonly CoverageColumn[];
  rows: CoverageRow[];
  /** Per column: years with a full-year record of high or medium confidence, within `years`. */
  trusted: number[];
  /** The year range `trusted` counts over (first and last year of `rows`, or the one asked for). */
  years: [number, number] | null;
  partners: CoverageGroup[];
  products: CoverageGroup[];
}

export interface CoverageOptions {
  /** HS code of the national table; default 8542. */
  product?: string;
  /** Count `trusted` over these years (inclusive) instead of every year with records. */
  years?: [number, number];
}

const RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };
const yearOf = (r: DatasetRecord): number => Number(r.period_start.slice(0, 4));
const isFullYear = (r: DatasetRecord): boolean => r.period_start.endsWith('-01') && r.period_end.endsWith('-12');
const counts = (): Record<Confidence, number> => ({ high: 0, medium: 0, low: 0 });

function fits(r: DatasetRecord, c: CoverageColumn): boolean {
  if (r.flow !== c.flow || r.measure !== c.measure) return false;
  return c.currency === undefined || unitInfo(r.unit)?.base === c.currency;
}

function cellOf(records: DatasetRecord[]): CoverageCell {
  const full = records.filter(isFullYear).sort((a, b) => RANK[a.confidence] - RANK[b.confidence] || (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0));
  const best = full[0];
  return {
    fullYear: best?.confidence ?? null,
    growthOnly: best !== undefined && best.value === null,
    periods: new Set(records.filter((r) => !isFullYear(r)).map((r) => `${r.period_start}/${r.period_end}`)).size,
    records: records.length,
  };
}

function groupsOf(records: readonly DatasetRecord[], nameOf: (r: DatasetRecord) => string | null): CoverageGroup[] {
  const groups = new Map<string, DatasetRecord[]>();
  for (const r of records) {
    const name = nameOf(r);
    if (name !== null) groups.set(name, [...(groups.get(name) ?? []), r]);
  }
  return [...groups.entries()]
    .map(([name, list]) => {
      const confidence = counts();
      for (const r of list) confidence[r.confidence]++;
      return {
        name,
        years: [...new Set(list.map(yearOf))].sort((a, b) => a - b),
        fullYears: [...new Set(list.filter(isFullYear).map(yearOf))].sort((a, b) => a - b),
        records: list.length,
        confidence,
        series: [...new Set(list.map((r) => `${r.flow} ${r.measure}`))].sort(),
      };
    })
    .sort((a, b) => b.years.length - a.years.length || b.records - a.records || (a.name < b.name ? -1 : 1));
}

export function datasetCoverage(records: readonly DatasetRecord[], options: CoverageOptions = {}): Coverage {
  const product = options.product ?? '8542';
  const confidence = counts();
  for (const r of records) confidence[r.confidence]++;
  const national = records.filter((r) => (r.product === product || r.flow === 'exchange_rate') && r.partner === null && r.province === null);
  const allYears = [...new Set(national.map(yearOf))].sort((a, b) => a - b);
  const rows = allYears.map((year) => ({
    year,
    cells: COVERAGE_COLUMNS.map((c) => cellOf(national.filter((r) => yearOf(r) === year && fits(r, c)))),
  }));
  const years = options.years ?? (allYears.length > 0 ? [allYears[0]!, allYears[allYears.length - 1]!] as [number, number] : null);
  const trusted = COVERAGE_COLUMNS.map((_, i) =>
    rows.filter((row) => years && row.year >= years[0] && row.year <= years[1] && (row.cells[i]!.fullYear === 'high' || row.cells[i]!.fullYear === 'medium') && !row.cells[i]!.growthOnly).length,
  );
  return {
    product,
    records: records.length,
    confidence,
    columns: COVERAGE_COLUMNS,
    rows,
    trusted,
    years,
    partners: groupsOf(records, (r) => r.partner),
    // Subheadings of the product (854231 under 8542), national and partner records alike.
    products: groupsOf(records, (r) => (r.product !== product && r.product.startsWith(product) ? r.product : null)),
  };
}

const LETTER: Record<Confidence, string> = { high: 'H', medium: 'M', low: 'L' };

function cellText(c: CoverageCell): string {
  const head = c.fullYear === null ? (c.periods > 0 ? '' : '·') : `${LETTER[c.fullYear]}${c.growthOnly ? '%' : ''}`;
  return c.periods > 0 ? `${head}+${c.periods}` : head;
}

function confidenceText(c: Record<Confidence, number>): string {
  return (['high', 'medium', 'low'] as const).filter((k) => c[k] > 0).map((k) => `${LETTER[k]} ${c[k]}`).join(' · ');
}

function groupTable(title: string, groups: CoverageGroup[]): string[] {
  if (groups.length === 0) return [`${title}: none.`];
  const lines = [title, '', '| Name | Years | Full years | Records | Confidence | Series |', '|---|---|---|---|---|---|'];
  for (const g of groups) {
    lines.push(`| ${g.name} | ${g.years.join(', ')} | ${g.fullYears.length > 0 ? g.fullYears.join(', ') : '·'} | ${g.records} | ${confidenceText(g.confidence)} | ${g.series.join(', ')} |`);
  }
  return lines;
}

/** The coverage as Markdown text: totals, the national table, partners, subheadings. */
export function formatCoverage(c: Coverage): string {
  const lines = [
    `${c.records} records: ${confidenceText(c.confidence)} (H high, M medium, L low).`,
    '',
    `National, HS ${c.product}: the best confidence of the year's full-year figure; \`%\` growth rate only; \`+n\` year-to-date or single-month periods; \`·\` nothing.`,
    '',
    `| Year | ${c.columns.map((col) => col.label).join(' | ')} |`,
    `|---|${c.columns.map(() => '---').join('|')}|`,
    ...c.rows.map((row) => `| ${row.year} | ${row.cells.map(cellText).join(' | ')} |`),
  ];
  if (c.years) {
    const span = c.years[1] - c.years[0] + 1;
    lines.push(`| ${c.years[0]}–${c.years[1]}: H/M years | ${c.trusted.map((n) => `${n}/${span}`).join(' | ')} |`);
  }
  lines.push('', ...groupTable('Partner economies', c.partners), '', ...groupTable(`HS subheadings of ${c.product}`, c.products));
  return `${lines.join('\n')}\n`;
}
