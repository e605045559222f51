/**
 * The domain model every stage shares: read → text blocks → mentions → claims → verdicts → report.
 *
 * Positions: every `offset` is 0-based and counts UTF-16 code units of the *original* file (after decoding
 * its bytes to a string, BOM removed). Lines and columns are 1-based and are computed once, at the edge
 * (`src/report/position.ts`); columns there count UTF-16 code units too. Formatters convert columns to
 * what their format wants (SARIF, GitHub, reviewdog) and nowhere else.
 */

import type { Decimal } from './decimal.js';
import type { MessageId } from './report/messages/en.js';
export type { Decimal } from './decimal.js';
export type { MessageId } from './report/messages/en.js';

// ---------------------------------------------------------------------------------------------------------
// Sources

/** What kind of source a file was read as. */
export type SourceKind = 'plain' | 'markdown' | 'html';

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'caption';

/**
 * A run of text as a reader sees it (markup removed, entities decoded, hard-wrapped lines joined), with a
 * map back to the original file.
 */
export interface TextBlock {
  kind: BlockKind;
  text: string;
  /**
   * `offsets[i]` is the 0-based offset in the original file of `text[i]`; `offsets[text.length]` is the
   * offset just after the last character. Always `text.length + 1` entries. The readers build an
   * Int32Array (4 bytes a code unit: the map is most of a long file's memory); plain arrays are accepted.
   */
  offsets: Int32Array | number[];
  /** Table rows only: the text of each cell is `text` split on U+0009 (tab); cells never contain tabs. */
  cells?: boolean;
}

/**
 * A message as data: an id of the message catalogue (`src/report/messages/`) and the values of its
 * placeholders. Stages say *what* they found this way; the report renders it in the reader's language, so
 * values, words and sources are formatted in one place.
 */
export interface Note {
  id: MessageId;
  params?: Readonly<Record<string, NoteValue>>;
}

/** The value of one placeholder, formatted for the reader when the note is rendered. */
export type NoteValue =
  | string
  | number
  /** An amount in base units, shown in the magnitude the article wrote it in (`like`: the written text). */
  | { amount: number; unit: Unit; like?: string; signed?: boolean }
  /** A signed relative difference, (claim − expected) / expected: `+62.6%`, `−18.4%`. */
  | { relative: number }
  /** A signed difference of rates in percentage points. */
  | { points: number }
  | { period: Period }
  /** What a figure is about: `2021年进口金额`, `2021 import value`. */
  | { subject: Subject }
  /** Where a figure comes from: the agency (by its Chinese name in zh), never the URL. */
  | { source: readonly Provenance[] }
  /** A word of the catalogue (`verdict.match`, `flow.import`…), in the reader's language. */
  | { term: MessageId }
  /** Several notes, joined as the language joins clauses. */
  | { notes: readonly Note[] };

/** What a figure or claim is about, for messages. */
export interface Subject {
  period: Period | null;
  flow: Flow;
  measure: Measure;
  of?: 'value' | 'quantity' | null;
  /** For a growth rate of value: the currency it was computed in (GACC's USD and RMB tables differ). */
  currency?: 'USD' | 'CNY' | null;
  product: string;
  partner: string | null;
  province: string | null;
}

/** A problem in the content or the input, vfile-message style. Never thrown for content problems. */
export interface Message {
  /** Stable, namespaced: `chipcheck/unreadable-file`, `chipcheck/html-parse`, … */
  ruleId: string;
  severity: Severity;
  reason: string;
  /** 0-based offset into the original file, when the problem has a place. */
  offset?: number;
  /** What to do about it. */
  hint?: string;
  /** `reason` and `hint` as data, rendered in the reader's language by the pipeline (then dropped). */
  notes?: { reason: Note; hint?: Note };
}

/**
 * One input file as the reader made it, vfile-style: created once when the file is read (no later stage
 * reads or decodes it again), then each stage adds to what it holds: blocks here, claims and verdicts in
 * {@link FileResult}, which carries the same path, text and encoding on.
 */
export interface Source {
  path: string;
  /** The decoded original text: every offset points into this string ('' when it could not be read). */
  text: string;
  kind: SourceKind;
  /** The encoding the bytes were decoded from (`utf-8`, `utf-16le`, `gb18030`, …). */
  encoding: string;
  /** The bytes began with a byte-order mark (not in `text`): `chipcheck fix` writes it back. */
  bom: boolean;
  blocks: TextBlock[];
  /** Publication date `YYYY-MM-DD` found in the file (front matter, meta, or a date line near the top). */
  published: string | null;
  /** Where the publication date was found (0-based offset), for the report. */
  publishedOffset?: number;
  messages: Message[];
  /** False when the file could not be read or decoded (missing, a folder, binary, over the size limit). */
  ok: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Mentions: numbers as written

/** `piece` covers 个/块/颗/片/只/枚; `ppt` is 百分点 (percentage points); `times` is 倍. */
export type Unit = 'USD' | 'CNY' | 'piece' | 'percent' | 'ppt' | 'times';

/**
 * exact; approx (约, 左右, 折合); over (超, 逾, 多, 余: strictly above); at_least (突破, 达到);
 * near (近, 接近, 将近: a little below); under (不足, 不到: strictly below).
 */
export type Qualifier = 'exact' | 'approx' | 'over' | 'at_least' | 'near' | 'under';

/**
 * Where the parts of a written number are, as 0-based, end-exclusive [start, end) pairs: in a
 * {@link NumberMention} into `block.text`, in a {@link Claim} into the original file (as `range`). A part
 * that was not written is null. Later stages read the parts from here instead of re-parsing the text.
 */
export interface NumberSpans {
  /** The digits as written (Arabic, full-width or Chinese, with separators and point), without sign, 百分之, 多/余 or magnitude; a range's first end. */
  numeral: [number, number];
  /** The magnitude word (万, 亿, 万亿, 千亿…). */
  magnitude: [number, number] | null;
  /** The unit as written after the number (美元, 亿块, ％) or the currency before it (人民币, $). */
  unit: [number, number] | null;
  /** The qualifier word (约, 超过, 近, 多…), before or after the number. */
  qualifier: [number, number] | null;
}

/** A number found in a block, resolved exactly. Spans are 0-based, end-exclusive indices into `block.text`. */
export interface NumberMention {
  block: number;
  /** The whole mention: qualifier word, number, magnitude and unit as written. */
  start: number;
  end: number;
  /** The numeral alone (digits, point, Chinese numerals, magnitude). */
  numberStart: number;
  numberEnd: number;
  /** `block.text.slice(start, end)`. */
  raw: string;
  /** Where the numeral, magnitude, unit and qualifier are. */
  spans: NumberSpans;
  /** The exact amount in base units (亿 applied; percent stays a percent number: 19.3% → 19.3). */
  amount: Decimal;
  /** Upper end for a range (600亿至700亿, 两三百亿), or the step a 多 stays below (700多亿 → 800亿). */
  upper?: Decimal;
  /**
   * A range written with two numbers (2100-2200亿美元, 600亿至700亿美元): where its first end's text stops
   * and its second end's starts (indices as `start`), so each bound can be its own claim.
   */
  rangeEnds?: { lowEnd: number; highStart: number };
  /**
   * Base-10 exponent of the last written digit in base units: "1.2万亿" → 11, "4795亿" → 8, "19.3%" → -1.
   * A figure stands for [value − ½·10^precision, value + ½·10^precision) when rounded.
   */
  precision: number;
  /** The magnitude word as written (万, 亿, 万亿, 千亿, 萬, 億…), or null. */
  magnitude: string | null;
  unit: Unit | null;
  /** The unit as written (美元, 亿块, ％…); null when none was written next to the number. */
  unitText: string | null;
  qualifier: Qualifier;
  qualifierText: string | null;
  /** True for words such as 将, 预计, 有望 immediately governing the number. */
  forecast: boolean;
  /** Digits were Chinese numerals (三百多亿), full-width, or PDF-spaced ("15. 3"). */
  style: 'arabic' | 'chinese' | 'mixed';
}

// ---------------------------------------------------------------------------------------------------------
// Claims: what a number says

export type Flow = 'import' | 'export' | 'total_trade' | 'net_import' | 'production';
/**
 * `change` is an absolute change from the same period a year earlier (比上年减少970亿颗), signed, in the
 * claim's unit; `of` says whether it changes the value or the quantity.
 */
export type Measure = 'value' | 'quantity' | 'yoy' | 'share' | 'change';

/** A period of months in one year; a full year is 1..12, a single month M..M. Months are 1-based. */
export interface Period {
  year: number;
  from_month: number;
  to_month: number;
  /**
   * A span of several years read as one total (近五年累计, 2014年到2017年…共): every year it covers, `year`
   * being the first. No record is a sum over years, so such a claim is never compared with one.
   */
  years?: number[];
}

/**
 * Where a field of a claim was read. Strong: the claim's own clause or sentence, an earlier sentence of the
 * same paragraph with nothing else named between (`paragraph`), the only period the article has named so
 * far (`article`), a 分别 list, a table header or caption, or
 * the same figure restated with its period elsewhere (a headline's 1.2万亿 that the body writes as
 * 2024年…1.2万亿元: `restated`). Weak: a section heading, a field inherited from another paragraph, one
 * inferred from the article (a reference year for an undated page, a headline's period), or a default (no
 * word at all).
 */
export type ReadFrom = 'clause' | 'sentence' | 'paragraph' | 'article' | 'list' | 'table' | 'restated' | 'heading' | 'inherited' | 'inferred' | 'default';

/** The sources of a field that an error may rest on. */
export const STRONG_READINGS: ReadonlySet<ReadFrom> = new Set(['clause', 'sentence', 'paragraph', 'article', 'list', 'table', 'restated']);

export interface FieldEvidence {
  from: ReadFrom;
  /** 0-based offset into the original file of the words the field was read from, when they were written. */
  offset?: number;
}

/** The fields a comparison with a record depends on, each with where it was read. */
export interface ClaimEvidence {
  flow: FieldEvidence;
  measure: FieldEvidence;
  period: FieldEvidence;
  product: FieldEvidence;
  partner: FieldEvidence;
  /** For yoy and share: where the basis (quantity or value) was read; inherited from the level before it, or a default. */
  basis?: FieldEvidence;
  /** Where the unit (the currency, for money) was read: written with the number, a list sibling's, or a default (出口1.2万亿). */
  unit?: FieldEvidence;
}

/** A claim about China's chip trade or production, before it is checked. */
export interface Claim {
  /** Index of the claim in its file, in document order. */
  id: number;
  /** The text as written in the original file, `source.text.slice(range[0], range[1])`. */
  text: string;
  /** 0-based, end-exclusive offsets into the original file. */
  range: [number, number];
  /** Where the numeral, magnitude, unit and qualifier are (0-based, end-exclusive offsets into the original file). */
  spans: NumberSpans;
  /** The block the claim was found in, and the sentence around it (offsets into the original file). */
  block: number;
  sentence: [number, number];
  /** The sentence as a reader sees it (markup removed, entities decoded): the block text of `sentence`. */
  sentenceText: string;
  flow: Flow;
  measure: Measure;
  /** For yoy and share: what it is measured on. */
  of: 'value' | 'quantity' | null;
  /** For yoy and share of value: the currency the rate was computed in, when the text says. */
  currency?: 'USD' | 'CNY' | null;
  /**
   * For a share: `goods` when its base is all goods trade (占进口贸易总额的16.43%), `other` when it is another
   * aggregate (占机电产品出口额的7.7%), rather than the chip total or a part of it; the dataset records neither
   * base, so such a share is checked only against the article's shares of the same base.
   */
  shareBase?: 'goods' | 'other';
  /**
   * For a rate of change measured from a year other than the one before (较2014年增长74.5%, 較2016年增長36.9%):
   * that year. Such a rate is compared with the levels of both years (the dataset's, or the article's own),
   * never with a year-on-year record.
   */
  baseYear?: number;
  unit: Unit;
  /**
   * The exact amount in base units (a yoy in percent, signed: 下降 → negative). The JSON report writes it as
   * `value` (a JSON number) and `decimal` (the exact decimal string); comparisons with the dataset's
   * figures convert it where they compare.
   */
  amount: Decimal;
  upper?: Decimal;
  precision: number;
  qualifier: Qualifier;
  forecast: boolean;
  period: Period | null;
  /** HS code: `8542` or a 6-digit subheading (854231 processors, 854232 memories, …). */
  product: string;
  /** A partner economy or region (中国台湾, 东盟), else null. */
  partner: string | null;
  /** A Chinese province or municipality (广东), else null. */
  province: string | null;
  /** How the claim was found, for the report: `sentence`, `list` (分别), `table`. */
  origin: 'sentence' | 'list' | 'table';
  /** Table cells: the row label and the column header that give the cell its meaning. */
  table?: { row: string; column: string };
  /** Where each field was read: the verdict may be an error only when all it depends on was read strongly. */
  fieldEvidence: ClaimEvidence;
}

// ---------------------------------------------------------------------------------------------------------
// Dataset

export type Confidence = 'high' | 'medium' | 'low';

/** What a figure is about; `partner` and `province` are null for national figures. */
export interface FigureKey {
  flow: Flow;
  product: string;
  partner: string | null;
  province: string | null;
  measure: Measure;
  /** yoy and share: the basis. */
  of?: 'value' | 'quantity' | null;
  /**
   * yoy and share of value: the currency the rate was computed in (GACC's USD and RMB tables give different
   * growth rates). Absent or null when unknown; lookups then return both.
   */
  currency?: 'USD' | 'CNY' | null;
  unit: Unit;
  period: Period;
}

export interface Provenance {
  agency: string;
  /** The user's dataset file the record came from (`--dataset`); absent for the bundled records. */
  file?: string;
  url: string;
  title: string;
  /** `YYYY-MM-DD` or `YYYY-MM` when known. */
  date?: string;
  confidence: Confidence;
  agreeingSources?: number;
  note?: string;
}

/**
 * A canonical figure: a published record or a value derived from records at load time. `low`/`high`
 * bound what the published (rounded) figure can stand for, in base units.
 */
export interface Figure {
  key: FigureKey;
  value: number;
  low: number;
  high: number;
  /** As published, e.g. `4325.5亿美元`, `+23.6%`; for derived figures the formula with its inputs. */
  text: string;
  kind: 'record' | 'derived';
  /** Record id (`corpus/dataset/…` row id) or, for derived figures, the ids it came from. */
  ids: string[];
  /** How a derived figure was computed: `import − export`, `cumulative(1–7) − cumulative(1–6)`, … */
  derivation?: string;
  /** Alternative official versions of one figure are kept side by side and named here. */
  version?: string;
  provenance: Provenance[];
}

/** Cumulative figures only grow through a year: the tightest published bounds for a year-to-date key. */
export interface Bounds {
  lower?: Figure;
  upper?: Figure;
}

export interface Dataset {
  /** A short content hash or date, shown in reports. */
  version: string;
  /** Every figure (records and derived). */
  figures: readonly Figure[];
  /** Figures for exactly this key (several when official versions differ). */
  lookup(key: FigureKey): Figure[];
  /** Bounds from cumulative monotonicity for a key with no figure of its own. */
  bounds(key: FigureKey): Bounds;
  /** The series for a key's flow/product/partner/measure/unit across periods of the same length. */
  series(key: Omit<FigureKey, 'period'>): Figure[];
  /** The year's average CNY per USD, if known. */
  exchangeRate(year: number): Figure | undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Verdicts and the result model (the JSON report is this, serialised)

export type Verdict = 'match' | 'contradiction' | 'typo' | 'inconsistent' | 'unverifiable';
export type Severity = 'error' | 'warning' | 'info';

/** A 1-based line and column (UTF-16 code units) and a 0-based offset into the original file. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Why a verdict was reached: the record, derived value, bound, or other claim behind it. */
export interface Evidence {
  /** `reading`: where each field of the claim was read (its own clause, a heading, inherited from line N…). */
  kind: 'record' | 'derived' | 'bound' | 'claim' | 'reading';
  /** One line an editor reads: `GACC 2021 import value 4325.5亿美元 (CCCME, high)`. */
  summary: string;
  figure?: Figure;
  /** For `claim` evidence: the other place in the same file. */
  claim?: { text: string; start: Point; end: Point };
}

/** A claim with its verdict: one row of the report. */
export interface CheckedClaim extends Omit<Claim, 'range' | 'sentence' | 'sentenceText' | 'spans'> {
  start: Point;
  end: Point;
  /** The sentence around the claim as a reader sees it (markup removed), and where it is in the file. */
  context: { text: string; start: Point; end: Point };
  verdict: Verdict;
  severity: Severity;
  /** Stable, namespaced rule id: `chipcheck/match`, `chipcheck/contradiction`, `chipcheck/magnitude-slip`… */
  ruleId: string;
  /** The canonical value in the claim's unit and base units, when one exists. */
  expected: number | null;
  /** The replacement text for a typo (what the author should have written), else null. */
  suggestion: string | null;
  /** What was written, what was expected, why, and where the truth comes from. */
  message: string;
  /** Absolute and relative (claim − expected) / expected difference, when there is an expected value. */
  difference: { absolute: number; relative: number } | null;
  evidence: Evidence[];
}

/**
 * One file at the end of the pipeline: its {@link Source}'s path, text and encoding, with the checked claims
 * and the messages. The report stage and every front end render from this alone.
 */
export interface FileResult {
  path: string;
  published: string | null;
  kind: SourceKind;
  encoding: string;
  /**
   * The decoded original text every offset points into, as the reader made it ('' when the file could not
   * be read): formatters count their columns (code points, UTF-8 bytes) in it and ignore comments are read
   * from it. Not part of the JSON report.
   */
  text: string;
  /** The file began with a byte-order mark (see {@link Source.bom}). Not part of the JSON report. */
  bom: boolean;
  claims: CheckedClaim[];
  messages: Array<Message & { start?: Point }>;
  /** False when the file could not be read or decoded (the run then exits 2). */
  ok: boolean;
}

/**
 * A file's result but its claims: what a streamed run knows of a file before its first claim (the claims
 * then arrive one at a time, in document order).
 */
export type FileHead = Omit<FileResult, 'claims'>;

export interface Report {
  version: string;
  dataset: { version: string; figures: number };
  files: FileResult[];
  summary: Record<Verdict, number> & { files: number; claims: number; errors: number; warnings: number };
}
