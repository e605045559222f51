/**
 * The pipeline for one file: read → text blocks → number mentions → claims → verdicts → result. Each stage
 * is a function of plain data; positions stay offsets into the original file until this edge, where they
 * become line/column points.
 */
import { buildClaims } from './claims/index.js';
import { findNumbers } from './extract/numbers/index.js';
import { parseSource, readSource } from './extract/source/index.js';
import { figureNote, reconcile, type Assessment } from './reconcile/index.js';
import { yearFromRecords } from './reconcile/infer-year.js';
import { describeReading } from './reconcile/certainty.js';
import { render, renderNotes, t, type Lang } from './report/messages/index.js';
import { createLocator } from './report/position.js';
import type { CheckedClaim, Claim, Dataset, Evidence, FileResult, Message, NumberMention, Source } from './types.js';

export interface CheckOptions {
  dataset: Dataset;
  /** YYYY-MM-DD: overrides the publication date found in the file (relative periods resolve against it). */
  published?: string;
  /** Largest file to read, in bytes. */
  maxSize?: number;
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
  const mentions: NumberMention[] = [];
  source.blocks.forEach((block, i) => {
    for (const m of findNumbers(block.text, i)) mentions.push(m);
  });
  let claims = buildClaims(source, mentions, { published: source.published });
  // A page with no date and no year written: read it as the year its figures match, if one stands out.
  if (source.published === null && claims.length > 0 && claims.every((c) => c.period === null)) {
    const year = yearFromRecords((referenceYear) => buildClaims(source, mentions, { published: null, referenceYear }), options.dataset);
    if (year !== null) claims = buildClaims(source, mentions, { published: null, referenceYear: year });
  }
  const locator = createLocator(source.text);
  const assessments = reconcile(claims, options.dataset, { published: source.published, lineOf: (offset) => locator.toPoint(offset).line });
  const byId = new Map(claims.map((c) => [c.id, c]));
  const point = (offset: number) => locator.toPoint(offset);
  const lang = options.lang ?? 'en';
  return {
    path: source.path,
    published: source.published,
    kind: source.kind,
    encoding: source.encoding,
    text: source.text,
    bom: source.bom,
    claims: claims.map((c, i) => toChecked(c, assessments[i]!, lang, point, byId)),
    messages: source.messages.map((m) => {
      const message = renderMessage(m, lang);
      return message.offset !== undefined ? { ...message, start: point(message.offset) } : message;
    }),
    ok: source.ok,
  };
}

/** A reader's message in the reader's language: its note rendered, then dropped. */
export function renderMessage(message: Message, lang: Lang): Message {
  if (!message.notes) return message;
  const { notes, ...rest } = message;
  return { ...rest, reason: render(notes.reason, lang), ...(notes.hint ? { hint: render(notes.hint, lang) } : {}) };
}

function toChecked(claim: Claim, a: Assessment, lang: Lang, point: (o: number) => CheckedClaim['start'], byId: Map<number, Claim>): CheckedClaim {
  const { range, sentence, sentenceText } = claim;
  const evidence: Evidence[] = a.figures.map((f) => ({ kind: f.kind, summary: render(figureNote(f.figure), lang), figure: f.figure }));
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
  // classes of its own (about 10 KB per claim, the largest share of the pipeline's garbage).
  return Object.assign(withoutSpans(claim), {
    start: point(range[0]),
    end: point(range[1]),
    context: { text: sentenceText, start: point(sentence[0]), end: point(sentence[1]) },
    verdict: a.verdict,
    severity: a.severity,
    ruleId: a.ruleId,
    expected: a.expected,
    suggestion: a.suggestion,
    message: renderNotes(a.notes, lang),
    difference: a.difference,
    evidence,
  });
}

/** The claim's fields but its offsets (points replace them), in their order, copied one by one (see toChecked). */
function withoutSpans(claim: Claim): Omit<Claim, 'range' | 'sentence' | 'sentenceText' | 'spans'> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(claim)) if (key !== 'range' && key !== 'sentence' && key !== 'sentenceText' && key !== 'spans') out[key] = claim[key as keyof Claim];
  return out as Omit<Claim, 'range' | 'sentence' | 'sentenceText' | 'spans'>;
}
