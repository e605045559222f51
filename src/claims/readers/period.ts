/**
 * The period reader: the context's period and the sentence's own (a base, a bracket, a list member), with
 * where it was read; and how a period mention sets the context.
 */
import { negate } from '../../decimal.js';
import { STRONG_READINGS, type FieldEvidence, type Period } from '../../types.js';
import type { ArticleContext, DraftClaim } from '../context.js';
import { resolvePeriod, type PeriodMention } from '../periods.js';
import { clauseAround, type Span } from '../sentences.js';
import type { Reading, Slot } from './reading.js';

/**
 * 占出口贸易总额的5.35%(2024年为4.46%): a bracket right after a claim that names another period and gives
 * one number restates that claim's figure for the bracket's period. It takes the claim's reading but the
 * period.
 */
export function restatedInBrackets(slot: Slot, reading: Reading, ctx: ArticleContext): DraftClaim | undefined {
  const { m } = slot;
  const period = reading.periods.find((p) => p.bracket && !p.base && p.end <= m.start && p.bracket.start <= m.start && m.end <= p.bracket.end);
  if (!period?.bracket) return undefined;
  const before = reading.drafts[reading.drafts.length - 1];
  if (!before || before.mention.end < period.bracket.start - 1 || before.mention.end > period.bracket.start) return undefined;
  if ((m.unit ?? before.unit) !== before.unit) return undefined;
  const resolved = resolvePeriod(period, { publishedYear: ctx.publishedYear, current: ctx.period });
  if (!resolved) return undefined;
  const minus = /[-－−]$/.test(reading.norm.slice(Math.max(0, m.numberStart - 1), m.numberStart));
  return {
    ...before,
    mention: m,
    amount: minus ? negate(m.amount) : m.amount,
    precision: m.precision,
    qualifier: m.qualifier,
    forecast: m.forecast,
    period: resolved,
    fieldEvidence: { ...before.fieldEvidence, period: { from: period.year === undefined && ctx.yearInferred ? 'inferred' : 'clause', offset: ctx.locate(period.start) } },
  };
}

/**
 * The period: the context's, or the list member's (2022年、2023年…分别), or a comparison base's for the
 * number right after it (较上年的2617亿美元); a period that had not ended at publication moves back a year
 * unless its year was written or the claim is a forecast.
 */
export function periodOf(slot: Slot, forecast: boolean, reading: Reading, ctx: ArticleContext): { period: Period | null; evidence: FieldEvidence } {
  const { m, clause } = slot;
  const { periods, norm, sentence } = reading;
  let period = ctx.period;
  let evidence = contextPeriodEvidence(ctx, clause, sentence);
  if (slot.period) {
    const listed = resolvePeriod(slot.period, { publishedYear: ctx.publishedYear, current: ctx.period });
    if (listed) {
      period = listed;
      evidence = { from: slot.period.relativeYear !== undefined && ctx.yearInferred ? 'inferred' : 'list', offset: ctx.locate(slot.period.start) };
    }
  }
  // (2024年为14.92%): a period in the same brackets as the number, before it.
  const bracketed = periods.find((p) => p.bracket && !p.base && p.end <= m.start && p.bracket.start <= m.start && m.end <= p.bracket.end);
  if (bracketed) {
    const resolved = resolvePeriod(bracketed, { publishedYear: ctx.publishedYear, current: ctx.period });
    if (resolved) {
      period = resolved;
      evidence = { from: bracketed.year === undefined && ctx.yearInferred ? 'inferred' : 'clause', offset: ctx.locate(bracketed.start) };
    }
  }
  // 较2022年的1535亿个, 低于去年同期的4167亿颗, 较2021年同期(33.6%): the number is the base period's. So
  // is one in the noun phrase after 与/和 (与2024年全年芯片出口额首破1.15万亿元的高光形成对比) until 相比 closes it.
  // A bracket is a clause of its own: 较2021年同期(33.6%) reaches back over it to the base before it.
  const scopeStart = /[(（]/.test(norm[clause.start - 1] ?? '') && clause.start - 2 >= sentence.start ? clauseAround(norm, clause.start - 2, sentence.start, sentence.end).start : clause.start;
  const base = periods.find(
    (p) =>
      p.base &&
      !p.topic &&
      p.end <= m.start &&
      p.start >= scopeStart &&
      (/^\s*(?:同期)?\s*的?\s*[(（]?\s*$/.test(withoutDrafts(norm, p.end, m.start, reading.drafts)) ||
        // 这是继2019年首季年减8.7%以来最大减幅: the earlier time a record reaches back to, with its own figure.
        (/继\s*$/.test(norm.slice(Math.max(sentence.start, p.start - 2), p.start)) && !/[，,；;。]/.test(norm.slice(p.end, m.start))) ||
        (/[与與和同]\s*$/.test(norm.slice(Math.max(clause.start, p.start - 2), p.start)) && !/相比|相較|比较|持平|同比|增长|下降|减少|增加/.test(norm.slice(p.end, m.start)))),
  );
  if (base) {
    const relative = base.relativeYear !== undefined && ctx.period ? { ...base, relativeYear: undefined, year: ctx.period.year + base.relativeYear } : base;
    const basePeriod = resolvePeriod(relative, { publishedYear: ctx.publishedYear, current: ctx.period });
    if (basePeriod) {
      period = ctx.period && base.fromMonth === undefined ? { ...ctx.period, year: basePeriod.year } : basePeriod;
      // 去年同期的: a year relative to the current period is as sure as that period.
      const relativeTo = base.relativeYear !== undefined && ctx.period ? contextPeriodEvidence(ctx, clause, sentence) : undefined;
      const sure = relativeTo ? STRONG_READINGS.has(relativeTo.from) : !(base.year === undefined && ctx.yearInferred);
      evidence = { from: sure ? 'clause' : (relativeTo?.from ?? 'inferred'), offset: ctx.locate(base.start) };
    }
  }
  if (period && !ctx.periodYearWritten && !forecast && ctx.publishedMonth) {
    const end = `${period.year}-${String(period.to_month).padStart(2, '0')}`;
    if (end >= ctx.publishedMonth) period = { ...period, year: period.year - 1 };
  }
  return { period, evidence: period ? evidence : { from: 'default' } };
}

/**
 * The text between two positions with this sentence's claims cut out and list punctuation after them, so
 * that 较2014年的1535亿个和9567.7亿元 reads as 较2014年的 before its second number too.
 */
function withoutDrafts(norm: string, from: number, to: number, drafts: DraftClaim[]): string {
  let out = '';
  let at = from;
  for (const d of drafts) {
    if (d.mention.start < from || d.mention.end > to) continue;
    out += norm.slice(at, d.mention.start);
    at = d.mention.end;
    const separator = /^[\s、和及与]+/.exec(norm.slice(at, to));
    if (separator) at += separator[0].length;
  }
  return out + norm.slice(at, to);
}

/** Where the context's period was read, as seen from this number's clause and sentence. */
function contextPeriodEvidence(ctx: ArticleContext, clause: Span, sentence: Span): FieldEvidence {
  const written = ctx.periodEvidence;
  if (!written) return { from: ctx.period ? 'inferred' : 'default' };
  const { offset } = written;
  if (written.from === 'inferred') return { from: 'inferred', offset };
  if (offset >= ctx.locate(clause.start) && offset < ctx.locate(clause.end)) return { from: 'clause', offset };
  if (offset >= ctx.locate(sentence.start) && offset < ctx.locate(sentence.end)) return { from: 'sentence', offset };
  if (written.from === 'heading') return { from: 'heading', offset };
  // An earlier sentence of this paragraph, or the only period the article has named: it still holds.
  if (written.block === ctx.block) return { from: 'paragraph', offset };
  return { from: ctx.periodsNamed.size === 1 ? 'article' : 'inherited', offset };
}

/**
 * Make a period the context. A "since" period (自2018年以来) holds for its own sentence only: the caller
 * restores `ctx.sincePeriodRestore` when the sentence ends.
 */
export function applyPeriod(p: PeriodMention, ctx: ArticleContext, clause: string, heading = false): void {
  // A comparison base is not the claims' period, unless it opens the sentence (对比2024年，进口…); a period
  // in brackets (2024年为4.46%) holds inside them only (see periodOf).
  if ((p.base && !p.topic) || p.bracket) return;
  // 还有12月份没有计算, 尚未公布: a period named as missing is not the one the figures are about.
  if (/没有|尚未|未|还有/.test(clause)) return;
  let resolved = resolvePeriod(p, { publishedYear: ctx.publishedYear, current: ctx.period });
  // 去年同期是16.5%，今年仅4.4%: a bare 今年 set against 去年同期 is the same months of this year, the period the
  // account was on before the comparison.
  const before = ctx.restore?.period;
  if (resolved && p.relativeYear === 0 && p.fromMonth === undefined && !p.sameMonths && ctx.period && before && !before.years && before.year === resolved.year && (before.from_month !== 1 || before.to_month !== 12)) {
    resolved = before;
  }
  // 而20203年时，则降至3500亿美元左右: a year that cannot be read leaves its sentence without a period (its figures
  // unverifiable); the one before it is not carried over it.
  if (!resolved && p.mistyped) {
    if (!ctx.restore) ctx.restore = { period: ctx.period, periodYearWritten: ctx.periodYearWritten, periodEvidence: ctx.periodEvidence };
    ctx.period = null;
    ctx.periodEvidence = null;
    ctx.periodYearWritten = false;
    return;
  }
  if (!resolved) return;
  // A span of years holds for its own sentence: the next sentence is about a year again.
  // So does 去年同期为…: the figures after it are about the current period again.
  // 2017年…，而2016年… set against a year looks back for its sentence, and so does a later year set against one
  // within a sentence (2023年进口…，而2024年预计…); a sentence that opens with a later one (2022年…。而2023年，…)
  // moves the account on.
  const looksBack = p.contrast && ctx.period !== null && (!p.opensSentence || resolved.year <= ctx.period.year);
  // 1-4月份…增长12.6%；其中，4月份增长12.4%。 A month picked out of the period before holds for its sentence:
  // the next paragraph (生产集成电路537.3亿块) is about the whole period again.
  const partOf = p.part === true && ctx.period !== null && !ctx.period.years && within(resolved, ctx.period);
  if ((p.since || p.topic || p.years || p.lastYears || p.sameMonths || looksBack || partOf) && !ctx.restore) ctx.restore = { period: ctx.period, periodYearWritten: ctx.periodYearWritten, periodEvidence: ctx.periodEvidence };
  // The year is a guess when it is relative to an undated page, or completed from a guessed period.
  // So is a mistyped year read from the run of years before it (20203年 → 2023).
  const inferredYear = p.mistyped !== undefined || (ctx.yearInferred && p.year === undefined && (p.relativeYear !== undefined || !ctx.period || ctx.periodEvidence?.from === 'inferred'));
  // 同期, 当年 point back at the period named before: written here, as sure as that one (a guess stays a guess).
  ctx.periodEvidence =
    p.anaphoric && ctx.periodEvidence?.from === 'inferred' ? ctx.periodEvidence : { offset: ctx.locate(p.start), block: ctx.block, from: inferredYear ? 'inferred' : heading ? 'heading' : 'written' };
  ctx.period = resolved;
  if (!p.since && !p.topic) {
    const named = `${resolved.years?.join('+') ?? resolved.year}-${resolved.from_month}-${resolved.to_month}`;
    // Copied when it grows: the context of the sentence before holds the same set (readSentence).
    if (!ctx.periodsNamed.has(named)) ctx.periodsNamed = new Set(ctx.periodsNamed).add(named);
  }
  ctx.periodYearWritten = p.year !== undefined || (p.anaphoric === true && ctx.periodYearWritten);
}

/** Is `inner` a strictly smaller part of `outer` (same year, months inside)? */
function within(inner: Period, outer: Period): boolean {
  return inner.year === outer.year && inner.from_month >= outer.from_month && inner.to_month <= outer.to_month && (inner.from_month !== outer.from_month || inner.to_month !== outer.to_month);
}
