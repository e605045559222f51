/**
 * `chipcheck dataset import`: a CSV exported from the customs statistics online query (海关统计数据在线查询,
 * stats.customs.gov.cn) → dataset records. The export has one row per month × code × partner × place:
 * 数据年月 (202407), 商品编码, 商品名称, 贸易伙伴编码/名称, 注册地编码/名称, 第一数量, 第一计量单位, and the
 * value in 美元 or 人民币; the flow is a 进出口 column or the `flow` option. Every bad row is reported with
 * file:line and column; the output is only written (temp file, then rename) when there are none.
 */
import { readFileSync, renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readCsv, CsvSyntaxError } from './csv.js';
import { recordId } from './id.js';
import { DatasetError, parseRecords, RECORD_COLUMNS, type DatasetProblem } from './schema.js';

export interface ImportOptions {
  /** The flow of every row, when the export has no 进出口 column. */
  flow?: 'import' | 'export';
  /** The export was queried as 累计 (year to date): a row for 202407 covers January–July. */
  cumulative?: boolean;
  /** Where the figures were queried; kept as each record's source URL. */
  sourceUrl?: string;
  /** Write here (atomically); without it the CSV is only returned. */
  out?: string;
}

export interface ImportResult {
  /** The records as dataset CSV text (header included). */
  csv: string;
  records: number;
  /** Rows that gave no record, and why (a first unit other than 个 gives no quantity record, …). */
  notes: string[];
}

const NATIONAL = new Set(['', '全部', '总值', '合计', '总计', '全国', '世界']);
const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const PIECE_UNITS = new Set(['个', '块', '颗', '片', '只', '枚']);

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Exports opened and saved by spreadsheet software on Chinese Windows are GB18030.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Convert the export at `file`; throws DatasetError listing every bad row, and writes nothing then. */
export function importCustomsExport(file: string, options: ImportOptions = {}): ImportResult {
  const name = basename(file);
  const fail = (problems: DatasetProblem[]): never => {
    throw new DatasetError(problems);
  };
  let rows;
  try {
    rows = readCsv(decode(readFileSync(file)));
  } catch (error) {
    if (error instanceof CsvSyntaxError) fail([{ file, line: error.line, field: null, message: `not valid CSV: ${error.message}` }]);
    throw error;
  }
  const header = rows[0]?.cells.map((c) => c.trim()) ?? [];
  const col = (...names: string[]): number => header.findIndex((h) => names.includes(h));
  const month = col('数据年月');
  const code = col('商品编码');
  const productName = col('商品名称');
  const partner = col('贸易伙伴名称');
  const province = col('注册地名称');
  const quantity = col('第一数量');
  const quantityUnit = col('第一计量单位');
  const flowColumn = col('进出口', '进出口标志', '贸易流向');
  const usd = header.findIndex((h) => h.includes('美元'));
  const cny = header.findIndex((h) => !h.includes('美元') && (h.includes('人民币') || h === '元'));
  const missing = [
    month < 0 && '数据年月',
    code < 0 && '商品编码',
    usd < 0 && cny < 0 && '美元 or 人民币',
  ].filter(Boolean);
  if (missing.length > 0) fail([{ file, line: 1, field: null, message: `missing column ${missing.join(', ')}; is this an export of 数据在线查询?` }]);
  if (flowColumn < 0 && !options.flow) {
    fail([{ file, line: 1, field: null, message: 'the export has no 进出口 column: say which flow it is with --flow import or --flow export' }]);
  }
  const valueColumn = usd >= 0 ? usd : cny;
  const valueUnit = usd >= 0 ? '美元' : '元';

  const problems: DatasetProblem[] = [];
  const notes: string[] = [];
  const out: Array<Record<string, string>> = [];
  const seen = new Map<string, number>();
  const number = (text: string): string | null => {
    const t = text.replace(/[,\s]/g, '');
    return /^\d+(?:\.\d+)?$/.test(t) ? t : null;
  };
  for (const { line, cells } of rows.slice(1)) {
    const get = (i: number): string => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const bad = (field: string, message: string): void => void problems.push({ file, line, field, message });
    const ym = get(month);
    if (!/^\d{4}(?:0[1-9]|1[0-2])$/.test(ym)) bad('数据年月', `${JSON.stringify(ym)} is not a year and month such as 202407`);
    const hs = get(code);
    if (!/^\d{4}(?:\d{2}){0,2}$/.test(hs)) bad('商品编码', `${JSON.stringify(hs)} is not an HS code of 4, 6 or 8 digits`);
    let flow = options.flow;
    if (flowColumn >= 0) {
      const f = get(flowColumn);
      flow = f.startsWith('进口') || f === 'I' ? 'import' : f.startsWith('出口') || f === 'E' ? 'export' : undefined;
      if (!flow) bad(header[flowColumn]!, `${JSON.stringify(f)} is neither 进口 nor 出口`);
    }
    const value = get(valueColumn);
    const valueNumber = value === '' ? null : number(value);
    if (value !== '' && valueNumber === null) bad(header[valueColumn]!, `${JSON.stringify(value)} is not a number`);
    const qty = get(quantity);
    const qtyNumber = qty === '' ? null : number(qty);
    if (qty !== '' && qtyNumber === null) bad('第一数量', `${JSON.stringify(qty)} is not a number`);
    if (problems.some((p) => p.line === line) || !flow) continue;

    const product = hs.length === 8 && hs.endsWith('00') ? hs.slice(0, 6) : hs;
    const partnerName = NATIONAL.has(get(partner)) ? '' : get(partner);
    const provinceName = NATIONAL.has(get(province)) ? '' : get(province).replace(PROVINCE_SUFFIX, '');
    const periodEnd = `${ym.slice(0, 4)}-${ym.slice(4)}`;
    const periodStart = options.cumulative ? `${ym.slice(0, 4)}-01` : periodEnd;
    const base = {
      agency: 'GACC',
      flow,
      product,
      partner: partnerName,
      province: provinceName,
      period_start: periodStart,
      period_end: periodEnd,
      precision: '',
      yoy_pct: '',
      yoy_basis: '',
      source_url: options.sourceUrl ?? 'http://stats.customs.gov.cn/',
      source_title: `海关统计数据在线查询 (export ${name})`,
      source_date: '',
      confidence: 'high',
      agreeing_sources: '1',
      vintage: 'first',
      version: '',
      note: `${get(productName) || hs}; ${name}:${line}`,
    };
    const emit = (measure: string, unit: string, v: string): void => {
      const id = recordId({ ...base, measure, unit });
      const first = seen.get(id);
      if (first !== undefined) {
        bad(measure === 'quantity' ? '第一数量' : header[valueColumn]!, `a second row for ${id} (first at line ${first})`);
        return;
      }
      seen.set(id, line);
      out.push({ id, ...base, measure, unit, value: v });
    };
    if (valueNumber !== null) emit('value', valueUnit, valueNumber);
    if (qtyNumber !== null) {
      const unit = get(quantityUnit);
      if (PIECE_UNITS.has(unit)) emit('quantity', unit, qtyNumber);
      else notes.push(`${file}:${line}: 第一计量单位 ${JSON.stringify(unit)} is not a count of pieces; no quantity record`);
    }
  }
  if (problems.length > 0) fail(problems);

  const csv = [RECORD_COLUMNS.join(','), ...out.map((r) => RECORD_COLUMNS.map((c) => csvField(r[c] ?? '')).join(','))].join('\n') + '\n';
  // What we write must load: validate it with the dataset schema before anything touches the disk.
  const check = parseRecords(csv, options.out ?? 'import output');
  if (check.problems.length > 0) fail(check.problems);
  if (options.out) {
    const temp = join(dirname(options.out), `.${basename(options.out)}.${process.pid}.tmp`);
    try {
      writeFileSync(temp, csv);
      renameSync(temp, options.out);
    } catch (error) {
      try {
        unlinkSync(temp);
      } catch {
        // nothing was written
      }
      throw error;
    }
  }
  return { csv, records: out.length, notes };
}
