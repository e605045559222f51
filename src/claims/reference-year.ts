/**
 * The year an undated page was written in, which 今年 and 去年 resolve against. Read before any claim, from
 * the periods the page writes: first what the page itself says 今年 is, else the year of its latest data.
 * Either way it is a reading, not a date: every period resolved with it is marked inferred.
 */
import { normalizeDigits } from '../extract/numbers/index.js';
import type { Source } from '../types.js';
import { RELEASE_AFTER } from './lexicon.js';
import { findPeriods, type PeriodMention } from './periods.js';

/** The year 今年 means on an undated page, or null when the page writes no year at all. */
export function undatedYear(source: Source, hasMentions: (block: number) => boolean): number | null {
  const periods = source.blocks.map((block) => findPeriods(normalizeDigits(block.text)));
  const anchored = yearTheTextAnchors(periods);
  const data = latestData(source, periods, hasMentions);
  // Months of a later year (2024年1-10月 beside 2023年前两个月…今年前2个月) still say the page is later: 今年 is
  // never before the latest months it reports.
  if (anchored !== null && !(data.year !== null && data.hasMonths && data.year > anchored)) return anchored;
  if (data.year === null) return data.forecastYear;
  // 2019年自台湾进口1730亿美元…今年1-10月: a page with the whole of its latest year was written after it.
  return data.hasMonths ? data.year : data.year + 1;
}

/** 前2个月 → `1-2`; a mention with no months is the whole year. */
const monthsKey = (p: PeriodMention) => `${p.fromMonth ?? 1}-${p.toMonth ?? 12}`;

/**
 * The year the page itself ties 今年 to, when it does (`periods` by block):
 * - the same part of a year written once relative and once with its year (今年前2个月 … 2023年前两个月;
 *   去年5月 … 2022年5月), neither of them a comparison base: 今年 is that year (minus the relative year);
 * - a comparison base with its year in the paragraph of a relative period of the same months
 *   (累计今年前五个月…较2022年前5个月的2319.8亿个同比下降19.6%): 今年 is the year after the base.
 * When these disagree, the year most of them give (the later one on a tie).
 */
function yearTheTextAnchors(periods: PeriodMention[][]): number | null {
  const written = new Map<string, Set<number>>();
  for (const block of periods) for (const p of block) if (p.year !== undefined && !p.base && !p.since && !p.years && !p.bracket && !p.mistyped) written.set(monthsKey(p), (written.get(monthsKey(p)) ?? new Set()).add(p.year));
  const votes = new Map<number, number>();
  const vote = (year: number) => votes.set(year, (votes.get(year) ?? 0) + 1);
  for (const block of periods) {
    for (const p of block) {
      if (p.relativeYear === undefined || p.sameMonths || p.base || p.since) continue;
      // Only a part of a year says which year it is: a bare 今年 … 2023年 may be a year and the one after it.
      if (p.fromMonth !== undefined) {
        const years = written.get(monthsKey(p));
        if (years?.size === 1) vote([...years][0]! - p.relativeYear);
      }
      for (const b of block) if (b.base && !b.topic && b.year !== undefined && !b.sameMonths && monthsKey(b) === monthsKey(p)) vote(b.year + 1 - p.relativeYear);
    }
  }
  let best: number | null = null;
  for (const [year, count] of votes) if (best === null || count > votes.get(best)! || (count === votes.get(best)! && year > best)) best = year;
  return best;
}

/**
 * The latest year an undated page gives data for, and whether it gives some of its months (2023年前9个月…今年前8个月:
 * written that year) or only the whole year (a report on full-year 2019 that goes on to 今年1-10月: written the
 * year after). Years in sentences without figures (unless they date a release or table: 公布了2023年5月…量值表), and
 * targets (到2030年, 预计2027年), do not count; a page with no
 * data year but a forecast one (预计，2013年…) is written in that.
 */
function latestData(source: Source, periods: PeriodMention[][], hasMentions: (block: number) => boolean): { year: number | null; hasMonths: boolean; forecastYear: number | null } {
  let latest: number | null = null;
  let latestHasMonths = false;
  let forecastYear: number | null = null;
  source.blocks.forEach((block, b) => {
    const text = block.text;
    // A sentence without figures counts when it dates a release (公布了2023年5月全国进出口重点商品量值表).
    const figures = hasMentions(b);
    for (const p of periods[b]!) {
      if (p.year === undefined || p.since) continue;
      if (!figures && (p.base || !RELEASE_AFTER.test(text.slice(p.end)))) continue;
      const lead = text.slice(Math.max(0, p.start - 4), p.start);
      if (/(?:预计|将|有望)\s*[,，:：]?\s*$/.test(lead)) forecastYear = Math.min(forecastYear ?? p.year, p.year);
      if (/(?:到|至|预计|将|计划|目标|有望)\s*[,，:：]?\s*$/.test(lead)) continue;
      if (latest === null || p.year > latest) {
        latest = p.year;
        latestHasMonths = false;
      }
      if (p.year === latest && p.fromMonth !== undefined) latestHasMonths = true;
    }
  });
  return { year: latest, hasMonths: latestHasMonths, forecastYear };
}
