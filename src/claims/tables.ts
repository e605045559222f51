/**
 * Tables: consecutive table-row blocks with a header (often two rows: period × measure), label columns
 * (flow, product, partner or province) and numeric cells. Every numeric cell is a claim; its meaning comes
 * from its column header, its row label and the caption (表1：2025年7月…（亿美元）).
 */
import { negate, shift } from '../decimal.js';
import type { Flow, Measure, NumberMention, Period, ReadFrom, TextBlock, Unit } from '../types.js';
import type { ArticleContext, DraftClaim } from './context.js';
import { FLOW_WORDS, NEGATED_FLOW_WORDS, PRODUCT_WORDS } from './lexicon.js';
import { findPeriods, resolvePeriod, type PeriodMention } from './periods.js';
import { findTerms } from './terms.js';

interface Cell {
  text: string;
  start: number;
  end: number;
  numeric: boolean;
}

/** A cell that is only a year: 2021, 2021年. */
const YEAR_CELL = /^(?:19|20)\d{2}年?$/;

/** A cell that is only a unit: 亿块, 万美元, 亿元. */
const UNIT_CELL = /^(?:万亿|千亿|亿|万|千)?(?:美元|元|人民币|个|块|颗|片|只)$/;

const NUMERIC_CELL = /^\s*[-－−]?\s*\d[\d,]*(?:\.\s?\d+)?\s*%?\s*$/;

/** A header of rates: 同比, 增速, 累计比去年同期±% (customs' 量值表). */
const RATE_HEADER = /同比|增速|增长|变化|增减|比(?:去|上)年同期|±\s*[%％]/;

/** A header of shares. */
const SHARE_HEADER = /占比|比重|份额/;

/** A header of the rows' periods. */
const PERIOD_HEADER = /年份|年度|时间|月份|日期|期间/;

/** A header of the label units (计量单位: 亿个, 万吨, 辆): its cells qualify the row label. */
const UNIT_HEADER = /单位/;

/** Words of a header that tie a rate column to the level columns of the same span (累计, 当月). */
const SPAN_WORDS = ['累计', '当月', '本月'];

function cellsOf(block: TextBlock, norm: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (const part of norm.split('\t')) {
    cells.push({ text: part.trim(), start, end: start + part.length, numeric: NUMERIC_CELL.test(part) });
    start += part.length + 1;
  }
  return cells;
}

/**
 * Unit and scale a header or caption declares: （亿美元） → USD × 10^8; （%） → percent; 单位：万元 → CNY × 10^4.
 * A unit line (单位：万元) wins over a bracketed remark (（人民币值）) that names only the currency.
 */
function declaredUnit(text: string): { unit: Unit; exponent: number } | null {
  // Only a unit in brackets or after 单位： declares one: 芯片 ends in 片 but is not a unit.
  const unitLine = /单位\s*[：:]\s*([^，。；,;\s]*)/.exec(text)?.[1];
  const bracketed = unitLine ?? /[（(]([^）)]*)[）)]/.exec(text)?.[1] ?? '';
  const m = /(万亿|千亿|亿|万|千)?\s*(美元|元|人民币|个|块|颗|片|只)/.exec(bracketed);
  if (m) {
    const exponent = { 万亿: 12, 千亿: 11, 亿: 8, 万: 4, 千: 3 }[m[1] ?? ''] ?? 0;
    const unit: Unit = m[2] === '美元' ? 'USD' : m[2] === '元' || m[2] === '人民币' ? 'CNY' : 'piece';
    return { unit, exponent };
  }
  if (/[%％]/.test(bracketed)) return { unit: 'percent', exponent: 0 };
  return null;
}

function flowIn(text: string): { flow: Flow; negated: boolean } | null {
  const t = findTerms(text).find((x) => x.kind === 'flow');
  return t ? { flow: FLOW_WORDS[t.word]!, negated: NEGATED_FLOW_WORDS.has(t.word) } : null;
}

/**
 * Claims in one table. `blocks` are the table's row blocks (with their indices), `caption` the text of
 * the caption block before it, `mentionsOf` the number mentions of a block.
 */
export function attributeTable(
  rows: Array<{ index: number; block: TextBlock; norm: string }>,
  caption: string,
  mentionsOf: (block: number) => NumberMention[],
  ctx: ArticleContext,
): DraftClaim[] {
  const table = rows.map((r) => ({ ...r, cells: cellsOf(r.block, r.norm) }));
  const firstData = table.findIndex((r) => r.cells.some((c) => c.numeric));
  if (firstData < 0) return [];
  const width = Math.max(...table.map((r) => r.cells.length));
  // Column headers: each header row, forward-filled (a period spans the columns after it).
  const headers: string[] = Array.from({ length: width }, () => '');
  for (const r of table.slice(0, firstData)) {
    let carried = '';
    for (let c = 0; c < width; c++) {
      const text = r.cells[c]?.text ?? '';
      if (text) carried = text;
      const isPeriod = findPeriods(carried).length > 0;
      headers[c] = `${headers[c]} ${text || (isPeriod ? carried : '')}`.trim();
    }
  }
  // Label columns: mostly non-numeric in the data rows.
  const dataRows = table.slice(firstData).filter((r) => r.cells.some((c) => c.numeric));
  const isLabelColumn = headers.map((_, c) => dataRows.filter((r) => r.cells[c]?.text && !r.cells[c]!.numeric).length > dataRows.length / 2);
  // A period column (年份 | 2021 | 2022 …): its cells are the rows' periods, not figures.
  const isPeriodColumn = headers.map((header, c) => PERIOD_HEADER.test(header) || dataRows.every((r) => YEAR_CELL.test(r.cells[c]?.text ?? '')));
  const headerPeriods = periodsOfHeaders(headers);

  const captionUnit = declaredUnit(caption.replace(/[（(]\s*[%％]\s*[）)]/, ''));
  // A level column's unit (数量（亿块）) is also the basis of the rate columns beside it.
  const tableUnit = headers.map(declaredUnit).find((u) => u !== null && u.unit !== 'percent') ?? null;
  const captionFlow = flowIn(caption);
  const captionNamesChips = findTerms(caption).some((t) => t.kind === 'product');
  const captionPeriods = findPeriods(caption);
  const captionYear = captionPeriods.find((p) => p.year !== undefined)?.year;
  const drafts: DraftClaim[] = [];

  for (const r of table.slice(firstData)) {
    if (!r.cells.some((c) => c.numeric)) continue; // a section row (重点区域)
    const mentions = mentionsOf(r.index);
    let label = '';
    let rowPeriod: Period | null = null;
    for (let c = 0; c < r.cells.length; c++) {
      const cell = r.cells[c]!;
      if (isPeriodColumn[c]) {
        const written = findPeriods(YEAR_CELL.test(cell.text) ? `${cell.text.replace(/年$/, '')}年` : cell.text)[0];
        rowPeriod = written ? resolvePeriod(written, { publishedYear: ctx.publishedYear, current: ctx.period }) : null;
        continue;
      }
      if (isLabelColumn[c]) {
        // A unit column (产品名称 | 单位 | 产量: 集成电路 | 亿块 | 3514.4; 原油 | 万吨) qualifies the label before it.
        const unitCell = (UNIT_CELL.test(cell.text) || UNIT_HEADER.test(headers[c] ?? '')) && label !== '';
        label = unitCell ? `${label}（${cell.text}）` : cell.text;
        continue;
      }
      if (!cell.numeric) continue;
      const m = mentions.find((x) => x.numberStart >= cell.start && x.numberEnd <= cell.end);
      if (!m) continue;
      const header = headers[c] ?? '';
      const labelTerms = findTerms(label);
      // A row about something else (汽车 in a table of industrial products), or about something unnamed in
      // a table whose caption does not name chips, is not a chip claim.
      if (labelTerms.some((t) => t.kind === 'other') && !labelTerms.some((t) => t.kind === 'product')) continue;
      if (label && !captionNamesChips && !labelTerms.some((t) => t.kind === 'product' || t.kind === 'partner' || t.kind === 'province' || t.kind === 'flow')) continue;
      // Measure and unit: the header says yoy (同比), share (占比) or a level; the unit comes from the
      // header, the row label, or the caption.
      let measure: Measure;
      let unit: Unit;
      let exponent = 0;
      if (RATE_HEADER.test(header)) {
        measure = 'yoy';
        unit = 'percent';
      } else if (SHARE_HEADER.test(header)) {
        measure = 'share';
        unit = 'percent';
      } else {
        // 数量 | 金额 columns of one row (集成电路 | 亿个 | 465.5 | 22,249,000, 单位：万元): the column's basis picks
        // the row's unit (pieces) or the table's (money).
        const basis = findTerms(header).find((t) => t.kind === 'quantity' || t.kind === 'value')?.kind;
        const units = [declaredUnit(label), declaredUnit(header), captionUnit];
        const declared = basis ? units.find((u) => u !== null && (u.unit === 'piece') === (basis === 'quantity')) : units.find((u) => u !== null);
        if (!declared || declared.unit === 'percent') continue;
        unit = declared.unit;
        exponent = declared.exponent;
        measure = unit === 'piece' ? 'quantity' : 'value';
      }
      const flowFound = flowIn(label) ?? flowIn(header) ?? captionFlow;
      if (!flowFound) continue;
      // 净出口额同比 is an absolute change in 亿美元 in GACC-style tables, not a percentage.
      if (flowFound.flow === 'net_import' && measure === 'yoy') continue;
      let decimal = m.amount;
      let precision = m.precision;
      if (m.unit === null && exponent) {
        decimal = shift(decimal, exponent);
        precision += exponent;
      }
      if (/^[-－−]/.test(cell.text) && decimal.coefficient > 0n) decimal = negate(decimal);
      if (flowFound.negated && measure !== 'share') decimal = negate(decimal);

      const productTerm = labelTerms.find((t) => t.kind === 'product');
      const partnerTerm = labelTerms.find((t) => t.kind === 'partner');
      const provinceTerm = labelTerms.find((t) => t.kind === 'province');
      const headerPeriod = headerPeriods[c];
      const labelPeriod = findPeriods(label)[0];
      let period: Period | null = ctx.period;
      let periodFrom: ReadFrom = ctx.period ? (ctx.periodEvidence?.from === 'inferred' ? 'inferred' : 'inherited') : 'default';
      if (rowPeriod || labelPeriod?.year !== undefined || headerPeriod || captionPeriods.length) periodFrom = 'table';
      if (rowPeriod) {
        period = rowPeriod;
      } else if (labelPeriod?.year !== undefined) {
        // A 年份 table: the row label names the period.
        period = resolvePeriod(labelPeriod, { publishedYear: ctx.publishedYear, current: ctx.period });
      } else if (headerPeriod) {
        const base: Period | null = captionYear ? { year: captionYear, from_month: 1, to_month: 12 } : ctx.period;
        period = resolvePeriod(headerPeriod, { publishedYear: ctx.publishedYear, current: base });
      } else if (captionPeriods.length) {
        period = resolvePeriod(captionPeriods[captionPeriods.length - 1]!, { publishedYear: ctx.publishedYear, current: ctx.period });
      }
      // A rate's basis: the row or column says 数量/金额 or declares its unit (进口数量（亿个）), else the caption.
      const rowUnit = declaredUnit(label) ?? declaredUnit(header.replace(/[（(]\s*[%％]\s*[）)]/, '')) ?? tableUnit ?? captionUnit;
      const basisTerm = [...labelTerms, ...findTerms(header)].find((t) => t.kind === 'quantity' || t.kind === 'value');
      const basis: 'value' | 'quantity' = basisTerm ? (basisTerm.kind === 'quantity' ? 'quantity' : 'value') : rowUnit?.unit === 'piece' ? 'quantity' : 'value';
      const levelUnit = basis === 'value' && (rowUnit?.unit === 'USD' || rowUnit?.unit === 'CNY') ? rowUnit.unit : null;
      drafts.push({
        mention: m,
        sentence: { start: 0, end: r.block.text.length },
        flow: flowFound.flow,
        measure,
        of: measure === 'yoy' || measure === 'share' ? basis : null,
        currency: measure === 'yoy' || measure === 'share' ? levelUnit : null,
        unit,
        amount: decimal,
        precision,
        qualifier: 'exact',
        forecast: false,
        period,
        product: productTerm ? PRODUCT_WORDS[productTerm.word]! : '8542',
        partner: partnerTerm?.word ?? null,
        province: provinceTerm?.word ?? null,
        origin: 'table',
        table: { row: label, column: header },
        fieldEvidence: {
          flow: { from: 'table' },
          measure: { from: 'table' },
          period: period ? { from: periodFrom, ...(periodFrom !== 'table' && ctx.periodEvidence ? { offset: ctx.periodEvidence.offset } : {}) } : { from: 'default' },
          product: { from: productTerm ? 'table' : 'default' },
          partner: { from: partnerTerm || provinceTerm ? 'table' : 'default' },
        },
      });
    }
  }
  return drafts;
}

/**
 * The period a column header names: its own (1至4月累计), not a comparison base (累计比去年同期±%); a rate
 * column naming only its span (累计比去年同期±%) takes the period of the level columns of that span.
 */
function periodsOfHeaders(headers: string[]): Array<PeriodMention | undefined> {
  const own = headers.map((h) => findPeriods(h).find((p) => !p.base));
  return headers.map((h, c) => {
    if (own[c]) return own[c];
    const span = SPAN_WORDS.find((w) => h.includes(w));
    if (!span) return undefined;
    const level = headers.findIndex((other, i) => own[i] !== undefined && other.includes(span));
    return level >= 0 ? own[level] : undefined;
  });
}
