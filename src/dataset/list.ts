/**
 * `chipcheck dataset list`: what the dataset covers, as a Markdown table of years × measures. A cell shows
 * the full-year figure as published (`*` when only low-confidence sources give it, `yoy` when only a growth
 * rate was published) and `+n` for the n year-to-date or single-month periods with records.
 */
import type { DatasetRecord } from './schema.js';

export interface ListOptions {
  flow?: string;
  year?: number;
  /** HS code; default 8542. */
  product?: string;
}

interface Column {
  label: string;
  flow: string;
  measure: string;
  unit: (u: string) => boolean;
  /** Write the unit after the figure (a column that mixes units). */
  showUnit?: boolean;
}

const isUsd = (u: string): boolean => u.endsWith('美元');
const isCny = (u: string): boolean => u.endsWith('元') && !u.endsWith('美元');
const any = (): boolean => true;

const COLUMNS: Column[] = [
  { label: 'Imp qty 亿个', flow: 'import', measure: 'quantity', unit: any },
  { label: 'Imp 亿美元', flow: 'import', measure: 'value', unit: isUsd },
  { label: 'Imp 亿元', flow: 'import', measure: 'value', unit: isCny },
  { label: 'Exp qty 亿个', flow: 'export', measure: 'quantity', unit: any },
  { label: 'Exp 亿美元', flow: 'export', measure: 'value', unit: isUsd },
  { label: 'Exp 亿元', flow: 'export', measure: 'value', unit: isCny },
  { label: 'Net 亿美元', flow: 'net_import', measure: 'value', unit: isUsd },
  { label: 'Total value', flow: 'total_trade', measure: 'value', unit: any, showUnit: true },
  { label: 'Prod 亿块', flow: 'production', measure: 'quantity', unit: any },
  { label: 'USD/CNY', flow: 'exchange_rate', measure: 'rate', unit: any },
];

const RANK = { high: 0, medium: 1, low: 2 } as const;

function cell(records: DatasetRecord[], showUnit = false): string {
  if (records.length === 0) return '';
  const fullYear = records
    .filter((r) => r.period_start.endsWith('-01') && r.period_end.endsWith('-12'))
    .sort((a, b) => RANK[a.confidence] - RANK[b.confidence]);
  const others = new Set(records.filter((r) => !fullYear.includes(r)).map((r) => `${r.period_start}${r.period_end}`)).size;
  const best = fullYear[0];
  let text = '—';
  if (best) {
    const levels = [...new Set(fullYear.filter((r) => r.value !== null && r.confidence === best.confidence).map((r) => r.value))];
    text = levels.length > 0 ? levels.map((v) => (showUnit ? `${v}${best.unit}` : v)).join(' / ') : 'yoy';
    if (best.confidence === 'low') text += '*';
  }
  return others > 0 ? `${text} +${others}` : text;
}

/** The coverage table as Markdown text (header, separator, one row per year). */
export function coverageTable(records: readonly DatasetRecord[], options: ListOptions = {}): string {
  const product = options.product ?? '8542';
  const selected = records.filter(
    (r) =>
      (r.product === product || r.flow === 'exchange_rate') &&
      r.partner === null &&
      r.province === null &&
      (options.year === undefined || Number(r.period_start.slice(0, 4)) === options.year),
  );
  const columns = COLUMNS.filter((c) => !options.flow || c.flow === options.flow);
  const years = [...new Set(selected.map((r) => Number(r.period_start.slice(0, 4))))].sort((a, b) => a - b);
  const lines = [`| Year | ${columns.map((c) => c.label).join(' | ')} |`, `|---|${columns.map(() => '---').join('|')}|`];
  for (const year of years) {
    const cells = columns.map((c) =>
      cell(selected.filter((r) => r.flow === c.flow && r.measure === c.measure && c.unit(r.unit) && r.period_start.startsWith(`${year}-`)), c.showUnit),
    );
    if (cells.every((c) => c === '')) continue;
    lines.push(`| ${year} | ${cells.join(' | ')} |`);
  }
  const elsewhere = records.filter((r) => r.product === product && (r.partner !== null || r.province !== null)).length;
  const note = [
    '',
    'Full-year figure as published; `+n`: n year-to-date or single-month periods; `*`: low confidence only; `yoy`: growth rate only.',
  ];
  if (elsewhere > 0) note.push(`Not in the table: ${elsewhere} partner or province records of product ${product}.`);
  return `${lines.join('\n')}\n${note.join('\n')}\n`;
}
