/**
 * Mentions → claims. Reads the blocks in document order with a running context (period, flow, subject,
 * enumerations), sentence by sentence, and table by table.
 */
import { compare, toNumber } from '../decimal.js';
import { normalizeDigits } from '../extract/numbers/index.js';
import { STRONG_READINGS, type Claim, type NumberMention, type Period, type Source, type TextBlock } from '../types.js';
import { readSentence } from './attribute.js';
import type { ArticleContext, DraftClaim } from './context.js';
import { splitSentences } from './sentences.js';
import { EVERY_YEAR_BEFORE, FLOW_TOPIC, FLOW_WORDS, PARTNER_ALIASES } from './lexicon.js';
import { undatedYear } from './reference-year.js';
import { findTerms } from './terms.js';
import { attributeTable } from './tables.js';
import { aboutAnotherEconomy } from './readers/entities.js';

export interface ClaimOptions {
  /** Publication date `YYYY-MM-DD`; relative periods (今年, 去年) resolve against it. */
  published: string | null;
  /**
   * For an undated page that writes no year at all: the year to read it as (chosen by the caller from the
   * records its figures match). Periods resolved with it are marked inferred.
   */
  referenceYear?: number;
}

/** Build the claims of one source from its number mentions (any order; grouped by `mention.block`). */
export function buildClaims(source: Source, mentions: NumberMention[], options: ClaimOptions): Claim[] {
  const byBlock = new Map<number, NumberMention[]>();
  for (const m of mentions) {
    const list = byBlock.get(m.block) ?? [];
    list.push(m);
    byBlock.set(m.block, list);
  }
  for (const list of byBlock.values()) list.sort((a, b) => a.start - b.start);
  const mentionsOf = (block: number) => byBlock.get(block) ?? [];
  const facts: ArticleFacts = {
    defaultCurrency: majorityCurrency(mentions),
    latestDataYear: options.published ? null : undatedYear(source, (b) => mentionsOf(b).length > 0),
  };
  const claims: Claim[] = [];
  for (const batch of readClaims(source, [{ from: 0, to: source.blocks.length, mentionsOf }], options, facts)) for (const c of batch) claims.push(c);
  return claims;
}

/** A run of whole blocks `[from, to)` and the number mentions of each, sorted by start. */
export interface ClaimWindow {
  from: number;
  to: number;
  mentionsOf: (block: number) => NumberMention[];
}

/** What is read from the whole article before any claim: it holds for every window. */
export interface ArticleFacts {
  /** Money written without a currency is in the one most of the article's amounts are in. */
  defaultCurrency: 'CNY' | 'USD';
  /** An undated page’s reference year (see `undatedYear` in reference-year.ts); null for a dated one. */
  latestDataYear: number | null;
}

/** The article facts from one pass over its blocks' mentions, which are not kept (a long file's windows find them again). */
export function articleFacts(source: Source, mentionsOf: (block: number) => NumberMention[], published: string | null): ArticleFacts {
  let usd = 0;
  let cny = 0;
  const hasMentions = new Uint8Array(source.blocks.length);
  for (let b = 0; b < source.blocks.length; b++) {
    const found = mentionsOf(b);
    hasMentions[b] = found.length > 0 ? 1 : 0;
    for (const m of found) {
      if (m.unit === 'USD') usd++;
      else if (m.unit === 'CNY') cny++;
    }
  }
  return { defaultCurrency: usd > cny ? 'USD' : 'CNY', latestDataYear: published ? null : undatedYear(source, (b) => hasMentions[b] === 1) };
}

/**
 * The claims of a source window by window, in document order, each batch as soon as its window is read:
 * a long file's claims never all wait in memory. The article's running context (period, flow, subject,
 * enumerations) carries across windows, so the claims are those of reading the blocks in one go, but for
 * a headline's period, looked for in its own window (and those before it that named no period). `windows`
 * cover the blocks in order; a window never splits a table.
 */
export function* readClaims(source: Source, windows: Iterable<ClaimWindow>, options: ClaimOptions, facts: ArticleFacts): Generator<Claim[]> {
  const published = options.published;
  // An undated page is read as written in the year of its latest data (never today's year): 今年 is that year.
  const referenceYear = published ? Number(published.slice(0, 4)) : (facts.latestDataYear ?? options.referenceYear ?? null);
  let currentBlock = 0;
  let ctx: ArticleContext = {
    publishedYear: referenceYear,
    yearInferred: !published && referenceYear !== null,
    locate: (index) => source.blocks[currentBlock]!.offsets[index] ?? source.blocks[currentBlock]!.offsets.at(-1)!,
    periodEvidence: null,
    block: 0,
    periodsNamed: new Set(),
    headingPartner: null,
    publishedMonth: published ? published.slice(0, 7) : null,
    period: null,
    periodYearWritten: false,
    flow: null,
    subject: null,
    topic: articleTopic(source),
    continues: false,
    groups: [],
    lastLevel: null,
    defaultCurrency: facts.defaultCurrency,
    foreignPage: foreignPage(source.blocks),
  };
  // A headline names no period: until a window names one, its drafts wait for the next window's.
  let firstPeriod: Period | null = null;
  let waiting: Array<{ draft: DraftClaim; block: number }> = [];
  let nextId = 0;
  const headlines = openingHeadlines(source.blocks);
  const isHeadline = (b: number) => source.blocks[b]!.kind === 'title' || source.blocks[b]!.kind === 'heading' || headlines.has(b);
  const finish = (read: Array<{ draft: DraftClaim; block: number }>, first: Period | null): Claim[] => {
    const drafts = withRestatedFlows(read);
    const stated = statedFigures(drafts);
    // The first statement of each figure whose period was guessed, for a headline's months (below).
    const guessedFigures = new Map<string, DraftClaim>();
    for (const { draft: d } of drafts) if (d.period !== null && d.fieldEvidence.period.from === 'inferred' && !guessedFigures.has(figureKey(d))) guessedFigures.set(figureKey(d), d);
    // A headline names no period. When the body restates its figure with a period, it is that one; otherwise
    // it is about the period the body first names (a guess).
    const headlinePeriod = (draft: DraftClaim): Pick<DraftClaim, 'period' | 'fieldEvidence'> => {
      const restated = stated.get(figureKey(draft))?.find(({ draft: d }) => d !== draft)?.draft;
      if (restated) {
        const unit = draft.fieldEvidence.unit?.from === 'default' && restated.fieldEvidence.unit ? { unit: { ...restated.fieldEvidence.unit, from: 'restated' as const } } : {};
        return { period: restated.period, fieldEvidence: { ...draft.fieldEvidence, period: { ...restated.fieldEvidence.period, from: 'restated' }, ...unit } };
      }
      // 进口额下跌24.2% over a body whose 今年前5个月…同比下降24.2% has a guessed year: the same figure's
      // months still beat the first period the body names, and the reading stays a guess.
      const guessed = guessedFigures.get(figureKey(draft));
      if (guessed) return { period: guessed.period, fieldEvidence: { ...draft.fieldEvidence, period: { ...guessed.fieldEvidence.period, from: 'inferred' } } };
      return { period: first, fieldEvidence: { ...draft.fieldEvidence, period: { from: first ? 'inferred' : 'default' } } };
    };
    // 以前每年要花掉4000亿美元: a figure true of every year is about no one period, the body's first included.
    const everyYear = (draft: DraftClaim, block: number) => EVERY_YEAR_BEFORE.test(source.blocks[block]!.text.slice(draft.sentence.start, draft.mention.start));
    return drafts.map(({ draft, block }) => {
      const dated = draft.period ? restatedPeriod(draft, block, stated) : everyYear(draft, block) ? draft : { ...draft, ...headlinePeriod(draft) };
      return toClaim(nextId++, source, block, isHeadline(block) ? restatedPlace(dated, block, stated) : dated);
    });
  };
  for (const window of windows) {
    const drafts = readWindow(window);
    inheritRepeatedQualifiers(drafts);
    firstPeriod ??= drafts.find((d) => d.draft.period !== null)?.draft.period ?? null;
    if (firstPeriod === null) {
      for (const d of drafts) waiting.push(d);
      continue;
    }
    const ready = waiting.length > 0 ? waiting.concat(drafts) : drafts;
    waiting = [];
    yield finish(ready, firstPeriod);
  }
  if (waiting.length > 0) yield finish(waiting, ctx.publishedYear ? { year: ctx.publishedYear, from_month: 1, to_month: 12 } : null);

  /** The drafts of one window's blocks, updating the running context. */
  function readWindow(window: ClaimWindow): Array<{ draft: DraftClaim; block: number }> {
    const { mentionsOf } = window;
    const drafts: Array<{ draft: DraftClaim; block: number }> = [];
    const blocks = source.blocks;
    for (let b = window.from; b < window.to; b++) {
      const block = blocks[b]!;
      currentBlock = b;
      ctx.block = b;
      if (block.kind === 'table-row') {
        let end = b;
        while (end + 1 < window.to && blocks[end + 1]!.kind === 'table-row') end++;
        const rows = [];
        for (let r = b; r <= end; r++) rows.push({ index: r, block: blocks[r]!, norm: normalizeDigits(blocks[r]!.text) });
        const caption = captionBefore(blocks, b);
        for (const draft of attributeTable(rows, caption, mentionsOf, ctx)) drafts.push({ draft, block: draft.mention.block });
        b = end;
        continue;
      }
      const norm = normalizeDigits(block.text);
      const blockMentions = mentionsOf(b);
      // A heading, or a short line with no number (（二）进口产品结构), opens a section: its flow word, if
      // any, is the flow of the paragraphs below until the next one.
      const ranked = rankedPartner(norm);
      if (ranked) {
        ctx.headingPartner = { partner: ranked.partner, offset: block.offsets[ranked.at]! };
        continue;
      }
      if (block.kind === 'heading' || (blockMentions.length === 0 && norm.trim().length <= 20 && block.kind !== 'title')) {
        const flows = findTerms(norm).filter((t) => t.kind === 'flow');
        ctx.sectionFlow = flows.length === 1 ? FLOW_WORDS[flows[0]!.word]! : null;
        ctx.headingPartner = null;
      } else if (block.kind === 'paragraph' && blockMentions.every((m) => m.unit === null && m.magnitude === null)) {
        // 最后，我们看一下，2020年至2023年国内芯片的生产情况。: a paragraph with no figures that announces one flow's
        // figures opens a section, as a heading does.
        const topic = FLOW_TOPIC.exec(norm);
        if (topic) ctx.sectionFlow = FLOW_WORDS[topic[1]!] ?? null;
      }
      // Mentions are sorted and sentences in order: one pass, not a scan per sentence.
      let next = 0;
      for (const sentence of splitSentences(norm)) {
        while (next < blockMentions.length && blockMentions[next]!.start < sentence.start) next++;
        let last = next;
        while (last < blockMentions.length && blockMentions[last]!.start < sentence.end) last++;
        const inSentence = blockMentions.slice(next, last);
        next = last;
        const headline = isHeadline(b);
        const read = readSentence(ctx, { norm, sentence, mentions: inSentence, headline });
        ctx = read.context;
        for (const draft of read.drafts) drafts.push({ draft, block: b });
      }
    }
    return drafts;
  }
}

/**
 * "超过4000亿美元是妥妥的，而4000亿美元也将创造纪录": a bare repeat of a threshold in the same sentence
 * means the same threshold, so it takes the earlier mention's qualifier.
 */
function inheritRepeatedQualifiers(drafts: Array<{ draft: DraftClaim; block: number }>): void {
  for (let i = 1; i < drafts.length; i++) {
    const { draft, block } = drafts[i]!;
    if (draft.qualifier !== 'exact' || draft.mention.qualifierText) continue;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = drafts[j]!;
      if (earlier.block !== block || earlier.draft.sentence.start !== draft.sentence.start) break;
      const e = earlier.draft;
      if (e.qualifier === 'exact' || e.qualifier === 'approx') continue;
      if (compare(e.amount, draft.amount) === 0 && e.flow === draft.flow && e.measure === draft.measure && e.unit === draft.unit) {
        draft.qualifier = e.qualifier;
        break;
      }
    }
  }
}

function toClaim(id: number, source: Source, blockIndex: number, d: DraftClaim): Claim {
  const block = source.blocks[blockIndex]!;
  const range = mapSpan(block.offsets, d.mention.start, d.mention.end);
  const sentence = mapSpan(block.offsets, d.sentence.start, d.sentence.end);
  const part = (span: [number, number] | null) => (span === null ? null : mapSpan(block.offsets, span[0], span[1]));
  const { numeral, magnitude, unit, qualifier } = d.mention.spans;
  return {
    id,
    text: source.text.slice(range[0], range[1]),
    range,
    spans: { numeral: mapSpan(block.offsets, numeral[0], numeral[1]), magnitude: part(magnitude), unit: part(unit), qualifier: part(qualifier) },
    block: blockIndex,
    sentence,
    sentenceText: block.text.slice(d.sentence.start, d.sentence.end).trim(),
    flow: d.flow,
    measure: d.measure,
    of: d.of,
    currency: d.currency,
    ...(d.shareBase ? { shareBase: d.shareBase } : {}),
    ...(d.baseYear !== undefined ? { baseYear: d.baseYear } : {}),
    unit: d.unit,
    amount: d.amount,
    ...(d.upper ? { upper: d.upper } : {}),
    precision: d.precision,
    qualifier: d.qualifier,
    forecast: d.forecast,
    period: d.period,
    product: d.product,
    partner: d.partner,
    province: d.province,
    origin: d.origin,
    ...(d.table ? { table: d.table } : {}),
    fieldEvidence: d.fieldEvidence,
  };
}

/**
 * A ranking or label line that names one partner and nothing else (第1名：韩国, 韩国：): the lines under it
 * are about that partner. `at` is the partner word's index in `norm`.
 */
function rankedPartner(norm: string): { partner: string; at: number } | undefined {
  const m = /^\s*(?:第\s*[\d一二三四五六七八九十]+\s*[名位]\s*[:：、.．]?|[\d一二三四五六七八九十]+\s*[、.．)）])?\s*/.exec(norm)!;
  const rest = norm.slice(m[0].length).replace(/[\s:：]+$/, '');
  if (rest.length === 0 || rest.length > 8) return undefined;
  const terms = findTerms(rest);
  const partner = terms.find((t) => t.kind === 'partner');
  if (!partner || partner.start !== 0 || partner.end !== rest.length) return undefined;
  return { partner: PARTNER_ALIASES[partner.word] ?? partner.word, at: m[0].length };
}

/** Block-text span → original-file span (end-exclusive), through the block's offset map. */
function mapSpan(offsets: TextBlock['offsets'], start: number, end: number): [number, number] {
  const from = offsets[start] ?? 0;
  const last = end > start ? offsets[end - 1] : undefined;
  const to = last === undefined ? from : last + 1;
  return [from, Math.max(from, to)];
}

/**
 * The caption of a table: the blocks right before it that name a table (表1：…, …重点商品量值表) or declare a
 * unit (…（亿美元）, 单位：万元), nearest last; the first other block ends it.
 */
function captionBefore(blocks: Source['blocks'], tableStart: number): string {
  const parts: string[] = [];
  for (let i = tableStart - 1; i >= Math.max(0, tableStart - 3); i--) {
    const text = blocks[i]!.text;
    if (!CAPTION.test(text)) break;
    parts.unshift(text);
  }
  return parts.join(' ');
}

/** A table's caption or unit line. */
const CAPTION = /^\s*表\s*\d|表\s*(?:[（(][^）)]*[）)])?\s*$|单位\s*[：:]|[（(][^）)]*(?:美元|元|个|块|%|％)[^）)]*[）)]\s*$/;

/** The figure a draft states: flow, measure, unit and exact value (equal decimals are equal doubles). */
const figureKey = (d: DraftClaim) => `${d.flow}|${d.measure}|${d.unit}|${toNumber(d.amount)}`;

/** Drafts whose period was read strongly, by the figure they state: a restatement is one lookup, not a scan. */
type StatedFigures = Map<string, Array<{ draft: DraftClaim; block: number }>>;

function statedFigures(drafts: Array<{ draft: DraftClaim; block: number }>): StatedFigures {
  const stated: StatedFigures = new Map();
  for (const d of drafts) {
    if (d.draft.period === null || !STRONG_READINGS.has(d.draft.fieldEvidence.period.from)) continue;
    const key = figureKey(d.draft);
    const list = stated.get(key);
    if (!list) stated.set(key, [d]);
    // A figure stated more often than this is found in its first statements; an article restates a handful.
    else if (list.length < 8) list.push(d);
  }
  return stated;
}

/**
 * 6月份，手机产量…。集成电路产量虽略有下降，但出口量增长16.4%。…上半年，集成电路…出口分别增长…16.4%: a figure
 * whose period was only inherited takes the period of the same figure stated elsewhere with its period read
 * strongly — same flow, measure, unit and exact value, distinctive enough (three significant digits) not to
 * repeat by chance.
 */
function restatedPeriod(draft: DraftClaim, block: number, stated: StatedFigures): DraftClaim {
  if (STRONG_READINGS.has(draft.fieldEvidence.period.from) || draft.amount.coefficient.toString().replace(/^-/, '').replace(/0+$/, '').length < 3) return draft;
  const restated = stated
    .get(figureKey(draft))
    ?.find(({ draft: d, block: b }) => d !== draft && (b !== block || d.sentence.start !== draft.sentence.start) && d.partner === draft.partner && d.province === draft.province)?.draft;
  if (!restated) return draft;
  return { ...draft, period: restated.period, fieldEvidence: { ...draft.fieldEvidence, period: { ...restated.fieldEvidence.period, from: 'restated' } } };
}

/** A web page's headline (<h1>) stands among its first blocks, after its navigation (首页 > 新闻). */
const TITLE_BLOCKS = 3;

/** The page's title: its title block, or a Markdown or HTML page's first heading among its first blocks (# 标题). */
function titleIndex(blocks: Source['blocks']): number {
  const title = blocks.findIndex((b) => b.kind === 'title');
  if (title >= 0) return title;
  let seen = 0;
  for (const [i, b] of blocks.entries()) {
    if (b.text.trim() === '') continue;
    if (b.kind === 'heading') return i;
    if (++seen >= TITLE_BLOCKS) break;
  }
  return -1;
}

/** The page's headline: its title, or the <h1> after a web page's <title> that names the site (新闻中心). */
function headlineIndex(blocks: Source['blocks']): number {
  const title = titleIndex(blocks);
  if (title < 0) return -1;
  const heading = blocks.findIndex((b, i) => i > title && i <= title + TITLE_BLOCKS && b.kind === 'heading');
  return heading >= 0 ? heading : title;
}

/** A lede is the first block after the headline at least this long (shorter ones are bylines and chrome). */
const LEDE_LENGTH = 40;

/** Is the page about another economy's chips (its headline and lede say so, and never speak of China)? */
function foreignPage(blocks: Source['blocks']): boolean {
  const headline = headlineIndex(blocks);
  if (headline < 0) return false;
  const lede = blocks.slice(headline + 1).find((b) => b.kind !== 'table-row' && b.text.trim().length >= LEDE_LENGTH);
  return aboutAnotherEconomy(blocks[headline]!.text, lede?.text ?? '');
}

/** Non-empty blocks after the title among which a copied page's headline stands (the title being its site's name). */
const HEADLINE_BLOCKS = 4;
/** A headline is short: longer lines are the lede. */
const HEADLINE_LENGTH = 40;

/**
 * Copied pages open with the site's name or a breadcrumb (新聞中心, 首页 > 资讯) and only then the headline, which
 * reads as a paragraph: a short line among the first blocks that ends no sentence (中國芯片:同增40%) is the
 * headline, as the title is.
 */
function openingHeadlines(blocks: Source['blocks']): Set<number> {
  const found = new Set<number>();
  let seen = 0;
  // Counted from the title (the site's name, here): a stored copy's `% source:` header lines come before it.
  const title = titleIndex(blocks);
  if (title < 0) return found;
  for (const [i, b] of blocks.entries()) {
    const text = b.text.trim();
    if (text === '' || i <= title) continue;
    if (++seen > HEADLINE_BLOCKS) break;
    if (b.kind === 'paragraph' && text.length <= HEADLINE_LENGTH && !/[。！？!?；;]|[:：]$/.test(text) && /[0-9０-９]/.test(text)) found.add(i);
  }
  return found;
}

/**
 * 中國芯片：同增40% over a body that says 全国集成电路产量达981亿块，同比增长40%: a headline figure that names no
 * flow takes the flow, basis and period of the same figure (measure, unit, amount) stated in the body; with no
 * such restatement it is no claim.
 */
function withRestatedFlows(drafts: Array<{ draft: DraftClaim; block: number }>): Array<{ draft: DraftClaim; block: number }> {
  if (!drafts.some(({ draft }) => draft.flowPending)) return drafts;
  const sameFigure = (d: DraftClaim) => `${d.measure}|${d.unit}|${toNumber(d.amount)}`;
  const body = new Map<string, { draft: DraftClaim; block: number }>();
  for (const d of drafts) if (!d.draft.flowPending && !body.has(sameFigure(d.draft))) body.set(sameFigure(d.draft), d);
  return drafts.flatMap(({ draft, block }) => {
    if (!draft.flowPending) return [{ draft, block }];
    const restated = body.get(sameFigure(draft));
    if (!restated || restated.block === block) return [];
    const { flowPending: _pending, ...rest } = draft;
    const { draft: r } = restated;
    const flowEvidence = { ...r.fieldEvidence.flow, from: 'restated' as const };
    return [{ draft: { ...rest, flow: r.flow, of: r.of, currency: r.currency ?? null, fieldEvidence: { ...rest.fieldEvidence, flow: flowEvidence } }, block }];
  });
}

/**
 * 广东省工信厅：…集成电路产量同比增长44.8% over a body that says 1—9月，广东省…集成电路同比增长44.8%: a headline
 * figure with no place of its own is about the place of the same figure restated in the body, for the same period.
 * (Called for headlines and headings.)
 */
function restatedPlace(draft: DraftClaim, block: number, stated: StatedFigures): DraftClaim {
  if (draft.partner !== null || draft.province !== null || draft.period === null) return draft;
  const period = draft.period;
  const restated = stated
    .get(figureKey(draft))
    ?.find(({ draft: d, block: b }) => b !== block && (d.province !== null || d.partner !== null) && d.period?.year === period.year && d.period.from_month === period.from_month && d.period.to_month === period.to_month)?.draft;
  if (!restated) return draft;
  return { ...draft, partner: restated.partner, province: restated.province, fieldEvidence: { ...draft.fieldEvidence, partner: { ...restated.fieldEvidence.partner, from: 'restated' } } };
}

/**
 * What the article is about, worked out the first time a sentence names no subject of its own: chips, when
 * they are named in its opening blocks (headline, lede) or in more than one block. A province's trade report
 * that lists chips once among its goods (其中集成电路、太阳能电池、手机分别出口…) is not about chips.
 */
function articleTopic(source: Source): ArticleContext['topic'] {
  let first: { block: number; start: number } | null | undefined;
  // 今年上半年我国出口7.71万亿元。其中，集成电路…: the article is about chips from the sentence that first names
  // them (a place is asked for by its sentence's end); what comes before (all goods' totals, as customs'
  // releases open) is not.
  return (block, offset) => {
    first ??= chipTopic(source.blocks);
    return first !== null && (block > first.block || (block === first.block && offset >= first.start)) ? 'chip' : null;
  };
}

const OPENING_BLOCKS = 3;

/** Where the article first names chips, when it is about them: in its opening blocks, or in more than one block. */
function chipTopic(blocks: Source['blocks']): { block: number; start: number } | null {
  let naming = 0;
  let seen = 0;
  let first: { block: number; start: number } | null = null;
  // Opening blocks count from the headline: a stored copy's `% source:` header lines and a web page's site name
  // and navigation before it are not the article's.
  const headline = headlineIndex(blocks);
  for (const [i, b] of blocks.entries()) {
    if (b.text.trim() === '') continue;
    if (i >= headline) seen++;
    const product = findTerms(b.text).find((t) => t.kind === 'product');
    if (!product) continue;
    first ??= { block: i, start: product.start };
    if (seen <= OPENING_BLOCKS || ++naming > 1) return first;
  }
  return null;
}

function majorityCurrency(mentions: NumberMention[]): 'CNY' | 'USD' {
  let usd = 0;
  let cny = 0;
  for (const m of mentions) {
    if (m.unit === 'USD') usd++;
    else if (m.unit === 'CNY') cny++;
  }
  return usd > cny ? 'USD' : 'CNY';
}
