/**
 * The publication date a file gives itself: front matter, HTML meta, `<time datetime>`, a labelled date in
 * the comments that head an HTML file, or a date line near the top. Relative periods (今年, 上月) resolve against it.
 */

import type { SourceKind, TextBlock } from '../../types.js';
import type { FrontMatter } from './front-matter.js';

export interface Published {
  /** `YYYY-MM-DD`. */
  date: string;
  /** 0-based offset in the file where the date is written. */
  offset: number;
}

const FRONT_MATTER_KEYS = ['date', 'published', 'pubDate', 'publishDate', 'published_at', 'publishedAt', 'created'];
const META_NAMES = new Set([
  'article:published_time', 'og:published_time', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'datepublished', 'parsely-pub-date',
  'sailthru.date',
]);

/** Date lines are looked for in this many blocks from the top. */
const TOP_BLOCKS = 15;
/** A block this short holding a date is a date line; longer blocks need a label such as 发布日期. */
const DATE_LINE_LENGTH = 60;

// [^<>] keeps every scan inside one tag: linear over the file.
const META = /<meta\b[^<>]*>/gi;
const TIME = /<time\b[^<>]*>/gi;
const ATTRIBUTE = /([^\s=<>"'/]+)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'|([^\s"'<>]+))/g;
const DATE = /(?<!\d)(\d{4})\s*(?:([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号])/g;
// 发布日期：…, and English labels (Published: …, Date: …) as copied pages and Pandoc-style % headers write them.
const LABEL = /(?:发布|发表|更新|出版|日期|时间|发布于|发表于|published|posted|date)\s*[:：]?\s*$/i;

/** Full-width digits and separators to ASCII; one code unit each, so indices do not move. */
function halfWidth(text: string): string {
  return text.replace(/[０-９－／．：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function ymd(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** The valid dates written in `text` (`2024-12-25`, `2025年8月24日`, `2025/2/5`), in order. */
function* writtenDates(text: string): Generator<{ date: string; index: number }> {
  for (const m of halfWidth(text).matchAll(DATE)) {
    const date = m[3] !== undefined ? ymd(+m[1]!, +m[3], +m[4]!) : ymd(+m[1]!, +m[5]!, +m[6]!);
    if (date) yield { date, index: m.index };
  }
}

/** The first valid date written in `text`, or null. */
function writtenDate(text: string): { date: string; index: number } | null {
  for (const found of writtenDates(text)) return found;
  return null;
}

// A date in a web address (…/b5/2022/11/14/a1035.html) dates the page's path, not its publication.
const URL_BEFORE = /(?:https?:\/\/|www\.)\S*$/i;

/** Whether a date labelled `published:` (发布时间：…) stands at `index` of `text`. */
function labelledAt(text: string, index: number): boolean {
  return LABEL.test(text.slice(Math.max(0, index - 12), index));
}

/**
 * A value from front matter or a meta tag as `YYYY-MM-DD`: a date written at its start is taken as
 * written (its own time zone); anything else `Date` parses (`Sun, 09 Jan 2022 02:12:00 GMT`) is taken
 * as a UTC date.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RFC_2822_UTC = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:GMT|UTC|Z|\+0000)?$/i;

export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  // A date written first is read as written, and an impossible one (2025-02-30) is not a date.
  if (/^\s*\d{4}\s*[-/.年]\s*\d/.test(halfWidth(text))) {
    const written = writtenDate(text);
    return written && written.index === 0 ? written.date : null;
  }
  // RFC 2822 in UTC (front matter of feed exports: Sun, 09 Jan 2022 02:12:00 GMT) is read directly: the
  // first Date.parse of a process loads time-zone data, a noticeable share of a cold start.
  const rfc = RFC_2822_UTC.exec(text);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
    return `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  }
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

function attributes(tag: string): Map<string, { value: string; index: number }> {
  const found = new Map<string, { value: string; index: number }>();
  for (const m of tag.matchAll(ATTRIBUTE)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const index = m.index + m[0].length - value.length - (m[4] === undefined ? 1 : 0);
    found.set(m[1]!.toLowerCase(), { value, index });
  }
  return found;
}

// The comments before an HTML file's first tag: a stored copy heads itself
// `<!-- source: URL; published: 2024-08-11 -->`, as a text copy does with `% published:` lines.
const DOCTYPE = /^<!doctype\b[^<>]*>/i;

/** A date labelled `published:` (发布时间：…) in the comments heading an HTML file. */
function fromLeadingComments(text: string): Published | null {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    const doctype = DOCTYPE.exec(text.slice(at, at + 200));
    if (doctype) {
      at += doctype[0].length;
      continue;
    }
    if (!text.startsWith('<!--', at)) return null;
    const close = text.indexOf('-->', at + 4);
    if (close < 0) return null;
    const body = text.slice(at + 4, close);
    // Every date in the comment, not only the first: a source URL may hold one (…/2024/08/11/…).
    for (const found of writtenDates(body)) {
      if (labelledAt(body, found.index)) return { date: found.date, offset: at + 4 + found.index };
    }
    at = close + 3;
  }
}

function fromTags(text: string, pattern: RegExp, pick: (attrs: Map<string, { value: string; index: number }>) => { value: string; index: number } | undefined): Published | null {
  if (!text.includes('<')) return null;
  for (const tag of text.matchAll(pattern)) {
    const chosen = pick(attributes(tag[0]));
    if (!chosen) continue;
    const date = normaliseDate(chosen.value);
    if (date) return { date, offset: tag.index + chosen.index };
  }
  return null;
}

/** Find the publication date; null when the file does not say. */
export function findPublished(
  text: string,
  blocks: readonly TextBlock[],
  kind: SourceKind,
  frontMatter?: FrontMatter,
): Published | null {
  if (frontMatter) {
    for (const key of FRONT_MATTER_KEYS) {
      const date = normaliseDate(frontMatter.data[key]);
      if (date) return { date, offset: frontMatter.offsets[key] ?? 0 };
    }
  }
  if (kind !== 'plain') {
    const meta = fromTags(text, META, (attrs) => {
      const name = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop'))?.value.toLowerCase();
      return name && META_NAMES.has(name) ? attrs.get('content') : undefined;
    });
    if (meta) return meta;
    const time = fromTags(text, TIME, (attrs) => attrs.get('datetime'));
    if (time) return time;
    const headed = fromLeadingComments(text);
    if (headed) return headed;
  }
  for (const block of blocks.slice(0, TOP_BLOCKS)) {
    if (block.kind === 'table-row') continue;
    for (const found of writtenDates(block.text)) {
      if (URL_BEFORE.test(block.text.slice(Math.max(0, found.index - 200), found.index))) continue;
      if (block.text.trim().length <= DATE_LINE_LENGTH || labelledAt(block.text, found.index)) {
        return { date: found.date, offset: block.offsets[found.index]! };
      }
      break;
    }
  }
  return null;
}
