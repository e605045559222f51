/**
 * The pipeline for one file: read → text blocks → number mentions → claims → verdicts → result. Each stage
 * is a function of plain data; positions stay offsets into the original file until this edge, where they
 * become line/column points.
 */
import { articleFacts, buildClaims, readClaims, type ClaimWindow } from './claims/index.js';
import { findNumbers } from './extract/numbers/index.js';
import { parseSource, readSource } from './extract/source/index.js';
import { WINDOW_CHARS } from './extract/source/memory.js';
import { figureNote, reconcile, type Assessment } from './reconcile/index.js';
import { yearFromRecords } from './reconcile/infer-year.js';
import { describeReading } from './reconcile/certainty.js';
import { render, renderNotes, t, type Lang } from './report/messages/index.js';
import { createLocator } from './report/position.js';
import type { CheckedClaim, Claim, Dataset, Evidence, Figure, FileHead, FileResult, Message, NumberMention, Point, Source, TextBlock } from './types.js';

export interface CheckOptions {
  dataset: Dataset;
  /** YYYY-MM-DD: overrides the publication date found in the file (relative periods resolve against it). */
  published?: string;
  /** Largest file to read, in bytes. */
  maxSize?: number;
  /** Characters of block text checked at a time; default WINDOW_CHARS (tests use small windows). */
  windowChars?: number;
  /** The language of messages; default `en`. */
  lang?: Lang;
  /** Warn about ignore comments that turn nothing off (`--report-unused-disable`). */
  reportUnusedDisable?: boolean;
}

/** Check one file end to end. Never throws for content or I/O problems: they become messages, ok=false. */
export async function checkFile(path: string, options: CheckOptions): Promise<FileResult> {
  const source = await readSource(path, {
    ...(options.published ? { published: options.published } : {}),
    ...(options.maxSize ? { maxSize: options.maxSize } : {}),
  });
  return checkSource(source, options);
}

/** Check already-decoded text (the library API); `path` names it in the report. */
export function checkText(text: string, path: string, options: CheckOptions): FileResult {
  return checkSource(parseSource(text, path, options.published ? { published: options.published } : {}), options);
}

/** The stages after reading. */
export function checkSource(source: Source, options: CheckOptions): FileResult {
  return collect(streamSource(source, options));
}

/** A streamed file's result whole: its claims all taken, the fields in the result's order. */
export function collect({ head, claims }: CheckedStream): FileResult {
  return { path: head.path, published: head.published, kind: head.kind, encoding: head.encoding, text: head.text, bom: head.bom, claims: [...claims], messages: head.messages, ok: head.ok };
}

/** A file's result with its claims still to come: they are checked as they are taken (see `streamSource`). */
export interface CheckedStream {
  head: FileHead;
  /** Iterable once: each claim is read, checked and dropped as the consumer takes it. */
  claims: Iterable<CheckedClaim>;
}

/**
 * The stages after reading, streamed: the file's head (path, date, messages) now, its checked claims as
 * they are taken, a window of blocks at a time (WINDOW_CHARS). Only one window's mentions, claims and
 * verdicts are ever in memory, so a 45 MB article costs about what its text and blocks do.
 */
export function streamSource(source: Source, options: CheckOptions): CheckedStream {
  const locator = createLocator(source.text);
  const point = (offset: number) => locator.toPoint(offset);
  const lang = options.lang ?? 'en';
  const head: FileHead = {
    path: source.path,
    published: source.published,
    kind: source.kind,
    encoding: source.encoding,
    text: source.text,
    bom: source.bom,
    messages: source.messages.map((m) => {
      const message = renderMessage(m, lang);
      return message.offset !== undefined ? { ...message, start: point(message.offset) } : message;
    }),
    ok: source.ok,
  };
  return { head, claims: checkedClaims(source, options.dataset, point, options.windowChars ?? WINDOW_CHARS, lang) };
}

/** Runs of whole blocks of about WINDOW_CHARS characters; a table is never split. */
export function planWindows(blocks: TextBlock[], windowChars = WINDOW_CHARS): Array<{ from: number; to: number }> {
  const windows: Array<{ from: number; to: number }> = [];
  let from = 0;
  let chars = 0;
  for (let b = 0; b < blocks.length; b++) {
    chars += blocks[b]!.text.length;
    const inTable = blocks[b]!.kind === 'table-row' && blocks[b + 1]?.kind === 'table-row';
    if (chars >= windowChars && !inTable) {
      windows.push({ from, to: b + 1 });
      from = b + 1;
      chars = 0;
    }
  }
  if (from < blocks.length || windows.length === 0) windows.push({ from, to: blocks.length });
  return windows;
}

/** The number mentions of block `b`, sorted by start. */
function mentionsAt(blocks: TextBlock[], b: number): NumberMention[] {
  return findNumbers(blocks[b]!.text, b).sort((x, y) => x.start - y.start);
}

function* checkedClaims(source: Source, dataset: Dataset, point: (offset: number) => Point, windowChars: number, lang: Lang): Generator<CheckedClaim> {
  const lineOf = (offset: number) => point(offset).line;
  const blocks = source.blocks;
  const windows = planWindows(blocks, windowChars);
  if (windows.length === 1) {
    // An article of ordinary length: read whole, which also lets an undated page with no year written be
    // read as the year its figures match.
    const mentions: NumberMention[] = [];
    for (let b = 0; b < blocks.length; b++) for (const m of findNumbers(blocks[b]!.text, b)) mentions.push(m);
    let claims = buildClaims(source, mentions, { published: source.published });
    if (source.published === null && claims.length > 0 && claims.every((c) => c.period === null)) {
      const year = yearFromRecords((referenceYear) => buildClaims(source, mentions, { published: null, referenceYear }), dataset);
      if (year !== null) claims = buildClaims(source, mentions, { published: null, referenceYear: year });
    }
    yield* checkWindow(claims, source, dataset, point, lineOf, lang);
    return;
  }
  // A long file: the article facts from a first pass over its mentions, then a window at a time, each
  // window's mentions found again rather than kept.
  const facts = articleFacts(source, (b) => mentionsAt(blocks, b), source.published);
  function* claimWindows(): Generator<ClaimWindow> {
    for (const { from, to } of windows) {
      const byBlock: NumberMention[][] = [];
      for (let b = from; b < to; b++) byBlock.push(mentionsAt(blocks, b));
      yield { from, to, mentionsOf: (block) => byBlock[block - from] ?? [] };
    }
  }
  for (const claims of readClaims(source, claimWindows(), { published: source.published }, facts)) yield* checkWindow(claims, source, dataset, point, lineOf, lang);
}

/** One window's claims against the dataset and each other, checked one at a time as they are taken. */
function* checkWindow(claims: Claim[], source: Source, dataset: Dataset, point: (offset: number) => Point, lineOf: (offset: number) => number, lang: Lang): Generator<CheckedClaim> {
  const assessments = reconcile(claims, dataset, { published: source.published, lineOf });
  const byId = new Map(claims.map((c) => [c.id, c]));
  const cited = new Set(assessments.flatMap((a) => a.otherClaims ?? []));
  for (let i = 0; i < claims.length; i++) {
    if (unreported(claims[i]!, assessments[i]!, cited)) continue;
    yield toChecked(claims[i]!, assessments[i]!, lang, point, byId);
  }
}

/**
 * Figures no record can ever test, reported only when found right or wrong (a slip), questioned, or cited
 * by another claim; otherwise they say nothing an editor can act on:
 * - a growth over three years or more (2023年…较2014年…增长155.9%) that neither the dataset nor the article's
 *   own levels test: a long-run figure, not a period's trade statistic (a growth over two years, 2021年…比2019年
 *   同期增长45.1%, often stands in for a year-on-year rate, and is reported);
 * - output in money (中国大陆生产的芯片仅为312亿美元): output is counted in pieces; the money figure is a market
 *   researcher's, checked only for the slip of a piece count written as money (1661亿美元 for 1661亿块).
 */
const LONG_RUN_YEARS = 3;

function unreported(claim: Claim, assessment: Assessment, cited: ReadonlySet<number>): boolean {
  if (assessment.verdict !== 'unverifiable' || assessment.severity !== 'info' || cited.has(claim.id)) return false;
  const years = claim.baseYear !== undefined && claim.period ? claim.period.year - claim.baseYear : 0;
  const outputInMoney = claim.flow === 'production' && (claim.unit === 'USD' || claim.unit === 'CNY');
  return years >= LONG_RUN_YEARS || outputInMoney;
}

/**
 * A dataset figure as one evidence line in the reader's language. The same few hundred figures stand behind
 * every claim of a run, and a figure never changes once loaded: each line is rendered once per language.
 */
const FIGURE_SUMMARIES = new WeakMap<Figure, Partial<Record<Lang, string>>>();

function figureSummary(figure: Figure, lang: Lang): string {
  let byLang = FIGURE_SUMMARIES.get(figure);
  if (!byLang) FIGURE_SUMMARIES.set(figure, (byLang = {}));
  return (byLang[lang] ??= render(figureNote(figure), lang));
}

/** A reader's message in the reader's language: its note rendered, then dropped. */
export function renderMessage(message: Message, lang: Lang): Message {
  if (!message.notes) return message;
  const { notes, ...rest } = message;
  return { ...rest, reason: render(notes.reason, lang), ...(notes.hint ? { hint: render(notes.hint, lang) } : {}) };
}

function toChecked(claim: Claim, a: Assessment, lang: Lang, point: (o: number) => CheckedClaim['start'], byId: Map<number, Claim>): CheckedClaim {
  const { range, sentence, sentenceText } = claim;
  const evidence: Evidence[] = a.figures.map((f) => ({ kind: f.kind, summary: figureSummary(f.figure, lang), figure: f.figure }));
  const reading = describeReading(claim, (offset) => point(offset).line).map((n) => render(n, lang));
  evidence.push({ kind: 'reading', summary: reading.join(' · ') });
  for (const id of a.otherClaims ?? []) {
    const other = byId.get(id);
    if (!other) continue;
    const start = point(other.range[0]);
    const where = other.origin === 'table' && other.table ? t(lang, 'evidence.in-table', { row: other.table.row, column: other.table.column }) : t(lang, 'evidence.in-text');
    evidence.push({
      kind: 'claim',
      summary: t(lang, 'evidence.claim', { line: start.line, written: other.text, where }),
      claim: { text: other.text, start, end: point(other.range[1]) },
    });
  }
  // Not `{ ...rest, start, … }`: V8 gives every object built by a spread followed by more properties hidden
  // classes of its own (about 10 KB per claim, the largest share of the pipeline's garbage). Nor
  // Object.assign: past a dozen properties copied that way V8 makes the object a hash table (dictionary
  // mode), slower to read and to stringify; properties stored by name keep a claim of usual size fast.
  const checked = withoutSpans(claim) as CheckedClaim;
  checked.start = point(range[0]);
  checked.end = point(range[1]);
  checked.context = { text: sentenceText, start: point(sentence[0]), end: point(sentence[1]) };
  checked.verdict = a.verdict;
  checked.severity = a.severity;
  checked.ruleId = a.ruleId;
  checked.expected = a.expected;
  checked.suggestion = a.suggestion;
  checked.message = renderNotes(a.notes, lang);
  checked.difference = a.difference;
  checked.evidence = evidence;
  return checked;
}

/** The claim's fields but its offsets (points replace them), in their order, copied one by one (see toChecked). */
function withoutSpans(claim: Claim): Omit<Claim, 'range' | 'sentence' | 'sentenceText' | 'spans'> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(claim)) if (key !== 'range' && key !== 'sentence' && key !== 'sentenceText' && key !== 'spans') out[key] = claim[key as keyof Claim];
  return out as Omit<Claim, 'range' | 'sentence' | 'sentenceText' | 'spans'>;
}
