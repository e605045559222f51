#!/usr/bin/env node
// One-off converter: ../shared/data/figures.csv (the reference set) → corpus/dataset/records/figures.csv.
// The output is committed; nothing runs this at install or load time. Rerun it only when the reference set
// changes:   node corpus/dataset/convert.mjs ../shared/data/figures.csv corpus/dataset/records/figures.csv
//
// What it does beyond copying: maps the reference columns to the dataset schema (README.md), gives each row
// a stable id, names the two official NBS production versions, reads the published precision out of notes
// such as "US$349 billion" or "1.03 trillion yuan", and moves production to product 8542 (NBS 集成电路产量).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const [input = '../shared/data/figures.csv', output = 'corpus/dataset/records/figures.csv'] = process.argv.slice(2);

export const COLUMNS = [
  'id', 'agency', 'flow', 'product', 'partner', 'province', 'measure', 'unit', 'period_start', 'period_end',
  'value', 'precision', 'yoy_pct', 'yoy_basis', 'source_url', 'source_title', 'source_date', 'confidence',
  'agreeing_sources', 'vintage', 'version', 'note',
];

// Keep in step with src/dataset/id.ts (recordId).
const FLOW = { import: 'imp', export: 'exp', production: 'prod', exchange_rate: 'fx', net_import: 'net', total_trade: 'total' };
function unitCode(measure, unit) {
  if (measure === 'quantity') return 'qty';
  if (measure === 'rate') return 'rate';
  return /美元/.test(unit) ? 'usd' : 'cny';
}
function periodCode(start, end) {
  const [y, m1] = start.split('-');
  const m2 = end.split('-')[1];
  if (m1 === '01' && m2 === '12') return y;
  if (m1 === m2) return `${y}-${m1}`;
  return `${y}-${m1}to${m2}`;
}
function recordId(r) {
  let id = `${FLOW[r.flow]}-${r.product.replace('/', '')}-${unitCode(r.measure, r.unit)}-${periodCode(r.period_start, r.period_end)}`;
  if (r.partner) id += `@${r.partner}`;
  if (r.province) id += `#${r.province}`;
  if (r.version) id += `~${r.version}`;
  return id;
}

// NBS publishes two official production levels for 2020 and 2022 (REPORT.md, disagreements 7 and 8).
function versionOf(row) {
  if (row.flow !== 'production' || row.period_end.slice(5) !== '12' || row.period_start.slice(5) !== '01') return '';
  if (/bulletin/i.test(row.source_agency)) return 'bulletin';
  if (row.period_start.startsWith('2020') || row.period_start.startsWith('2022')) return 'monthly';
  return '';
}

// "US$349 billion" in 亿美元 is 3490 with a last published digit worth 10 (亿).
function precisionOf(row) {
  if (!row.value || !row.note) return '';
  const m = /(\d+(?:\.\d+)?)\s*(billion|trillion|万亿)/.exec(row.note.replace(/,/g, ''));
  if (!m) return '';
  const shift = m[2] === 'billion' ? 1 : 4; // in 亿
  const decimals = (m[1].split('.')[1] ?? '').length;
  const scaled = Number(m[1]) * 10 ** shift;
  if (Math.abs(scaled - Number(row.value)) > 1e-6 * scaled) return '';
  const exponent = shift - decimals;
  const implied = -((row.value.split('.')[1] ?? '').length);
  // Only worth stating when the published form is coarser than the digits of `value` suggest.
  return exponent > implied && exponent >= 1 ? String(10 ** exponent) : '';
}

function dateOf(title) {
  const m = /(20\d\d-\d\d(?:-\d\d)?)/.exec(title);
  return m ? m[1] : '';
}

function csvField(v) {
  const s = String(v ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const rows = parse(readFileSync(input), { columns: true, bom: true, skip_empty_lines: true });
const seen = new Map();
const out = [];
for (const row of rows) {
  const measure = row.measure.startsWith('value') ? 'value' : row.measure;
  const record = {
    agency: row.source_agency,
    flow: row.flow,
    product: row.product === 'ic' ? '8542' : row.product,
    partner: '',
    province: '',
    measure,
    unit: row.unit,
    period_start: row.period_start,
    period_end: row.period_end,
    value: row.value,
    precision: precisionOf(row),
    yoy_pct: row.yoy_pct,
    yoy_basis: row.yoy_pct === '' ? '' : row.flow === 'production' ? 'comparable' : 'reported',
    source_url: row.source_url,
    source_title: row.source_title,
    source_date: dateOf(row.source_title),
    confidence: row.confidence,
    agreeing_sources: row.agreeing_sources,
    vintage: /base period|revised base/i.test(row.note) ? 'revised' : 'first',
    version: versionOf(row),
    note: row.note,
  };
  let id = recordId(record);
  const n = (seen.get(id) ?? 0) + 1;
  seen.set(id, n);
  if (n > 1) id += `~${n}`; // a second, unofficial figure for the same key (kept, usually low confidence)
  out.push({ id, ...record });
}
const text = [COLUMNS.join(','), ...out.map((r) => COLUMNS.map((c) => csvField(r[c])).join(','))].join('\n') + '\n';
writeFileSync(output, text);
console.log(`${out.length} records → ${output}`);
