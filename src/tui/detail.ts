/**
 * The detail pane's content as styled lines, built from one checked claim: pure, so the pane can scroll by
 * slicing lines and tests can read it without a terminal.
 */
import { toNumber } from '../decimal.js';
import { seriesKeyOf } from '../reconcile/index.js';
import { agencyName, t, type Lang } from '../report/messages/index.js';
import type { CheckedClaim, Dataset, Evidence } from '../types.js';
import { chartLines, seriesChart } from './chart.js';
import {
  VERDICT_COLOR,
  VERDICT_SYMBOL,
  describeClaim,
  formatPeriod,
  formatRelative,
  formatValue,
  wrapSpans,
  type Span,
} from './format.js';

/** Width of the label column (`Sentence  `). */
const LABEL = 10;

/** Sentences longer than this are cut around the number so the pane stays readable at 80×24. */
const CONTEXT_CHARS = 160;

/**
 * Where the claim's text sits in its sentence: the occurrence nearest the claim's own offset (a sentence can
 * repeat a number), or null when the text was not found (markup inside the claim).
 */
export function locateInContext(claim: Pick<CheckedClaim, 'text' | 'start' | 'context'>): [number, number] | null {
  const text = claim.context.text;
  const expected = claim.start.offset - claim.context.start.offset;
  let best: number | null = null;
  for (let at = text.indexOf(claim.text); at !== -1 && claim.text !== ''; at = text.indexOf(claim.text, at + 1)) {
    if (best === null || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
  }
  return best === null ? null : [best, best + claim.text.length];
}

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The sentence as a reader sees it. For HTML sources the context can be a slice of the original file, tags
 * and all; the pane shows the words, not the markup.
 */
export function readableSentence(text: string): string {
  return text
    .replace(/<[^<>]*>/g, '')
    .replace(/&(?:nbsp|amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentence with the claim highlighted, shortened around it when long. */
export function sentenceSpans(claim: Pick<CheckedClaim, 'text' | 'start' | 'context'>, colors: boolean): Span[] {
  const text = readableSentence(claim.context.text);
  const place = locateInContext({ ...claim, context: { ...claim.context, text } });
  if (!place) return [{ text: cut(text, 0, CONTEXT_CHARS) }];
  const [start, end] = place;
  const from = Math.max(0, start - CONTEXT_CHARS / 2);
  const to = Math.min(text.length, end + CONTEXT_CHARS / 2);
  return [
    { text: (from > 0 ? '…' : '') + text.slice(from, start) },
    { text: text.slice(start, end), bold: true, inverse: true, ...(colors ? { color: 'yellow' } : {}) },
    { text: text.slice(end, to) + (to < text.length ? '…' : '') },
  ];
}

function cut(text: string, from: number, length: number): string {
  return text.length > from + length ? `${text.slice(from, from + length)}…` : text.slice(from);
}

function evidenceSpans(evidence: Evidence, colors: boolean, lang: Lang): Span[][] {
  const rows: Span[][] = [[{ text: `${t(lang, `tui.evidence.${evidence.kind}`)}  `, bold: true }, { text: evidence.summary }]];
  const figure = evidence.figure;
  if (figure) {
    const facts = [
      figure.text === formatValue(figure.value, figure.key.unit)
        ? figure.text
        : `${figure.text} (${formatValue(figure.value, figure.key.unit)})`,
      formatPeriod(figure.key.period),
      figure.kind === 'record' ? t(lang, 'tui.detail.record', { ids: figure.ids.join(', ') }) : t(lang, 'tui.detail.derived'),
      ...(figure.version ? [t(lang, 'tui.detail.version', { version: figure.version })] : []),
    ];
    rows.push([{ text: `  ${facts.join(' · ')}` }]);
    if (figure.derivation) rows.push([{ text: `  = ${figure.derivation}` }]);
    // The detail is where the URL of each source is shown (the text report names the source only).
    for (const source of figure.provenance) {
      const confidence = t(lang, 'tui.detail.confidence', { confidence: { term: `confidence.${source.confidence}` } });
      const file = source.file ? ` · ${source.file}` : '';
      rows.push([
        { text: `  ${agencyName(source.agency, lang)} · ${confidence}${source.date ? ` · ${source.date}` : ''}${file} · ` },
        { text: source.url, ...(colors ? { color: 'blue' } : {}), dim: !colors },
      ]);
    }
  }
  if (evidence.claim) {
    const other = evidence.claim;
    rows.push([
      { text: `  ${t(lang, 'tui.detail.other-place')}` },
      { text: other.text.replace(/\s+/g, ' '), bold: true },
      { text: t(lang, 'tui.detail.at', { line: other.start.line, column: other.start.column }) },
    ]);
  }
  return rows;
}

/** One labelled field: the label in a fixed column, its content wrapped under itself. */
function field(label: string, content: Span[], width: number, lines: Span[][]): void {
  const wrapped = wrapSpans(content, Math.max(10, width - LABEL));
  wrapped.forEach((line, i) => {
    const prefix = i === 0 ? label.padEnd(LABEL) : ' '.repeat(LABEL);
    lines.push([{ text: prefix, dim: true }, ...line]);
  });
}

export interface DetailOptions {
  dataset: Dataset;
  width: number;
  colors: boolean;
  /** Labels' language; default `en`. */
  lang?: Lang;
}

/** Every line of the detail pane for a claim. */
export function detailLines(claim: CheckedClaim, options: DetailOptions): Span[][] {
  const { width, colors } = options;
  const lang = options.lang ?? 'en';
  const label = (id: 'sentence' | 'claim' | 'suggest' | 'expected' | 'why' | 'evidence') => t(lang, `tui.label.${id}`);
  const lines: Span[][] = [];
  const verdictColor = colors ? { color: VERDICT_COLOR[claim.verdict] } : {};
  lines.push([
    { text: `${VERDICT_SYMBOL[claim.verdict]} ${t(lang, `verdict.${claim.verdict}`)}`, bold: true, ...verdictColor },
    {
      text: `  ${t(lang, 'tui.detail.place', { rule: claim.ruleId, severity: { term: `severity.${claim.severity}` }, line: claim.start.line, column: claim.start.column })}`,
      dim: true,
    },
  ]);
  lines.push([]);
  field(label('sentence'), sentenceSpans(claim, colors), width, lines);
  field(label('claim'), [{ text: describeClaim(claim), bold: true }], width, lines);
  const facts = [
    t(lang, 'tui.detail.written', { text: claim.text.replace(/\s+/g, ' ') }),
    t(lang, 'tui.detail.value', { value: formatValue(toNumber(claim.amount), claim.unit) }),
    t(lang, `tui.qualifier.${claim.qualifier}`),
    t(lang, 'tui.detail.product', { product: claim.product }),
    ...(claim.partner ? [t(lang, 'tui.detail.partner', { partner: claim.partner })] : []),
    ...(claim.province ? [t(lang, 'tui.detail.province', { province: claim.province })] : []),
    ...(claim.table ? [t(lang, 'tui.detail.table', { row: claim.table.row, column: claim.table.column })] : []),
    t(lang, 'tui.detail.origin', { origin: { term: `tui.origin.${claim.origin}` } }),
  ];
  field('', [{ text: facts.join(' · ') }], width, lines);
  if (claim.suggestion) {
    field(label('suggest'), [{ text: claim.suggestion, bold: true, ...(colors ? { color: 'green' } : {}) }], width, lines);
  }
  if (claim.expected !== null) {
    const expected: Span[] = [{ text: formatValue(claim.expected, claim.unit) }];
    if (claim.difference) {
      const sign = claim.difference.absolute >= 0 ? '+' : '−';
      expected.push({
        text: `  ${t(lang, 'tui.detail.difference', { difference: `${sign}${formatValue(Math.abs(claim.difference.absolute), claim.unit)}`, relative: formatRelative(claim.difference.relative) })}`,
      });
    }
    field(label('expected'), expected, width, lines);
  }
  field(label('why'), [{ text: claim.message }], width, lines);
  claim.evidence.forEach((evidence, i) => {
    for (const [j, row] of evidenceSpans(evidence, colors, lang).entries()) {
      field(i === 0 && j === 0 ? label('evidence') : '', row, width, lines);
    }
  });
  lines.push(...seriesLines(claim, options));
  return lines;
}

/** The record series as a block chart, the claimed value as the marked column. */
function seriesLines(claim: CheckedClaim, options: DetailOptions): Span[][] {
  const figures = options.dataset.series(seriesKeyOf(claim));
  const chart = seriesChart(figures, { value: toNumber(claim.amount), period: claim.period }, options.width - LABEL - 2);
  if (!chart) return [];
  const { bars, marker } = chartLines(chart);
  const claimedAt = chart.columns.findIndex((c) => c.claimed);
  const first = chart.columns[0]!;
  const last = chart.columns[chart.columns.length - 1]!;
  const lines: Span[][] = [];
  const lang = options.lang ?? 'en';
  field(
    t(lang, 'tui.label.series'),
    [
      { text: bars.slice(0, claimedAt) },
      { text: bars.slice(claimedAt, claimedAt + 1), bold: true, ...(options.colors ? { color: VERDICT_COLOR[claim.verdict] } : {}) },
      { text: bars.slice(claimedAt + 1) },
    ],
    options.width,
    lines,
  );
  field('', [{ text: marker }], options.width, lines);
  const claimed = t(lang, 'tui.detail.claimed', {
    value: formatValue(toNumber(claim.amount), claim.unit),
    from: formatPeriod(first.period),
    to: formatPeriod(last.period),
    low: formatValue(chart.low, claim.unit),
    high: formatValue(chart.high, claim.unit),
  });
  field('', [{ text: claimed, dim: true }], options.width, lines);
  return lines;
}

