/**
 * Internal consistency, independent of the dataset: the article against itself. A figure stated twice
 * (text vs table), import + export = total, import − export = net, shares = part ÷ total, parts ≤ total.
 */
import { note } from '../report/messages/index.js';
import type { Claim, Note } from '../types.js';
import type { VerdictRuleId } from './rules.js';
import { agrees, claimInterval, shapeOf, valueOf, APPROX_TOLERANCE, type Interval } from './interval.js';
import { growthBetween, levelsOfRate } from './base-year.js';

export interface Inconsistency {
  ruleId: VerdictRuleId;
  claims: number[];
  /** What this place disagrees with, as data (rendered in the reader's language). */
  note: Note;
  /** The one claim at fault, when the pattern shows which (a base level that repeats the current one). */
  blame?: number;
}

/** What a claim allows, using the corrected value when a typo was diagnosed. */
function span(c: Claim, corrected: Map<number, number>): Interval {
  const value = corrected.get(c.id) ?? valueOf(c);
  const own = claimInterval(value, c.precision);
  if (c.qualifier === 'approx') return { low: Math.min(own.low, value - Math.abs(value) * APPROX_TOLERANCE), high: Math.max(own.high, value + Math.abs(value) * APPROX_TOLERANCE) };
  return own;
}

function periodKey(c: Pick<Claim, 'period'>): string {
  return c.period ? `${c.period.years ? c.period.years.join('+') : c.period.year}-${c.period.from_month}-${c.period.to_month}` : '';
}

function sameFigureKey(c: Claim): string {
  return [c.flow, c.measure, c.of ?? '', c.currency ?? '', c.shareBase ?? '', c.baseYear ?? '', c.product, c.partner ?? '', c.province ?? '', periodKey(c), c.unit].join('|');
}

const REGIONS = new Set(['RCEP', '东盟', '欧盟', '拉美', '非洲', '中东', '亚洲', '欧洲', '北美']);

const isExactish = (c: Claim) => (c.qualifier === 'exact' || c.qualifier === 'approx') && !c.forecast;

/**
 * A figure repeated more often than this is compared with its nearest repeats only, and a sum with the first
 * parts of each flow: an article states a figure a handful of times, and all pairs of 100,000 numbers would
 * never finish.
 */
const MAX_COMPARED = 16;

/** The first claim for each key, so each lookup below is one map access rather than a scan. */
function firstBy(claims: Claim[], key: (c: Claim) => string): Map<string, Claim> {
  const first = new Map<string, Claim>();
  for (const c of claims) {
    const k = key(c);
    if (!first.has(k)) first.set(k, c);
  }
  return first;
}

/**
 * `sumsOnly`: only sums and differences of flows (inconsistent-sum, inconsistent-net), for the values a
 * typo search tries (reconcile's internalSlip asks thousands of times on a long file, about three claims each).
 */
/** The national chip total a region's level is a part of (the dataset's record for its period), when firm. */
export type NationalTotal = (part: Claim) => { low: number; high: number; text: string } | undefined;

// 占全国产量的12%, 占我国集成电路出口的三成: a region's share whose base is the whole country's chip total.
const NATIONAL_BASE = /占(?:了|到)?(?:全国|我国|中国|全中国)/;

export function findInconsistencies(
  claims: Claim[],
  corrected: Map<number, number>,
  rateFor: (year: number) => number | undefined = () => undefined,
  sumsOnly = false,
  nationalTotal: NationalTotal = () => undefined,
): Inconsistency[] {
  const found: Inconsistency[] = [];
  const withPeriod = claims.filter((c) => c.period);

  // The same figure stated twice with different values.
  const byKey = new Map<string, Claim[]>();
  for (const c of sumsOnly ? [] : withPeriod) {
    const k = sameFigureKey(c);
    const list = byKey.get(k);
    if (list) list.push(c);
    else byKey.set(k, [c]);
  }
  for (const group of byKey.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < Math.min(group.length, i + 1 + MAX_COMPARED); j++) {
        const a = group[i]!;
        const b = group[j]!;
        const aOk = !isExactish(a) || agrees({ ...shapeOf(b), value: corrected.get(b.id) ?? valueOf(b) }, span(a, corrected));
        const bOk = !isExactish(b) || agrees({ ...shapeOf(a), value: corrected.get(a.id) ?? valueOf(a) }, span(b, corrected));
        if (!isExactish(a) && !isExactish(b)) continue;
        if (aOk && bOk) continue;
        found.push({ ruleId: 'chipcheck/inconsistent-repeat', claims: [a.id, b.id], note: note('note.inconsistent-repeat', { a: a.text, b: b.text }) });
      }
    }
  }

  // Sums and differences of flows: total = import + export, net = import − export.
  const levels = withPeriod.filter((c) => (c.measure === 'value' || c.measure === 'quantity') && isExactish(c));
  const group = (c: Claim) => [c.measure, c.unit, c.product, c.partner ?? '', c.province ?? '', periodKey(c)].join('|');
  const byGroup = new Map<string, Claim[]>();
  for (const c of levels) {
    const list = byGroup.get(group(c));
    if (list) list.push(c);
    else byGroup.set(group(c), [c]);
  }
  for (const cs of byGroup.values()) {
    const byFlow = new Map<Claim['flow'], Claim[]>();
    for (const c of cs) {
      const list = byFlow.get(c.flow) ?? [];
      if (list.length < MAX_COMPARED) byFlow.set(c.flow, [...list, c]);
    }
    const of = (flow: Claim['flow']) => byFlow.get(flow) ?? [];
    for (const imp of of('import')) {
      for (const exp of of('export')) {
        const i = span(imp, corrected);
        const e = span(exp, corrected);
        for (const total of of('total_trade')) {
          if (!overlap({ low: i.low + e.low, high: i.high + e.high }, span(total, corrected))) {
            found.push({ ruleId: 'chipcheck/inconsistent-sum', claims: [total.id, imp.id, exp.id], note: note('note.inconsistent-sum', { total: total.text, imports: imp.text, exports: exp.text }) });
          }
        }
        for (const net of of('net_import')) {
          if (!overlap({ low: i.low - e.high, high: i.high - e.low }, span(net, corrected))) {
            found.push({ ruleId: 'chipcheck/inconsistent-net', claims: [net.id, imp.id, exp.id], note: note('note.inconsistent-net', { net: net.text, imports: imp.text, exports: exp.text }) });
          }
        }
      }
    }
  }
  if (sumsOnly) return found;

  // A conversion stated in the text (1594.99亿美元，折合人民币1.2万亿元) at the year's rate, ±3% since the
  // average rate is not the one each shipment was converted at.
  const inSentence = (c: Claim) => [c.flow, c.product, c.partner, c.province, periodKey(c), c.sentence[0]].join('|');
  const usdIn = firstBy(levels.filter((u) => u.unit === 'USD'), inSentence);
  for (const cny of withPeriod.filter((c) => c.unit === 'CNY' && c.measure === 'value' && c.origin !== 'table')) {
    const usd = usdIn.get(inSentence(cny));
    const rate = usd && cny.period ? rateFor(cny.period.year) : undefined;
    if (!usd || !rate) continue;
    const u = span(usd, corrected);
    const converted = { low: u.low * rate * 0.97, high: u.high * rate * 1.03 };
    if (!agrees({ ...shapeOf(cny), value: corrected.get(cny.id) ?? valueOf(cny) }, converted)) {
      found.push({ ruleId: 'chipcheck/inconsistent-conversion', claims: [cny.id, usd.id], note: note('note.inconsistent-conversion', { cny: cny.text, usd: usd.text, rate: String(rate) }) });
    }
  }

  // 2023年…9567.7亿元，较2014年的…9567.7亿元，…增长155.9%: a growth over several years against the article's
  // own levels of both years. A base level that repeats the current level is a copied figure: the one at fault.
  const levelIn = firstBy(levels, (c) => [c.flow, c.measure, c.unit, c.product, c.partner, c.province, periodKey(c)].join('|'));
  for (const growth of withPeriod.filter((c) => c.measure === 'yoy' && c.baseYear !== undefined && isExactish(c))) {
    const period = growth.period!;
    const { measure, units } = levelsOfRate(growth);
    for (const unit of units) {
      const at = (p: NonNullable<Claim['period']>) => levelIn.get([growth.flow, measure, unit, growth.product, growth.partner, growth.province, periodKey({ period: p })].join('|'));
      const now = at(period);
      const base = at({ ...period, year: growth.baseYear! });
      if (!now || !base) continue;
      const implied = growthBetween(span(now, corrected), span(base, corrected));
      if (!implied || overlap(implied, span(growth, corrected))) break;
      const computed = `${((valueOf(now) / valueOf(base) - 1) * 100).toFixed(1)}%`;
      const repeated = valueOf(now) === valueOf(base);
      const rate = 1 + valueOf(growth) / 100;
      found.push({
        ruleId: 'chipcheck/inconsistent-growth',
        claims: [growth.id, now.id, base.id],
        note: repeated
          ? note('note.repeated-base', {
              base: base.text,
              now: now.text,
              from: growth.baseYear!,
              to: period.year,
              growth: growth.text,
              // As precise as the base level was written (9567.7亿元 → 3738.8亿元).
              implied: { amount: Math.round(valueOf(now) / rate / 10 ** base.precision) * 10 ** base.precision, unit: base.unit, like: base.text },
            })
          : note('note.inconsistent-growth', { growth: growth.text, now: now.text, base: base.text, computed }),
        ...(repeated && rate > 0 ? { blame: base.id } : {}),
      });
      break;
    }
  }

  // Shares against their ratio, and parts that add up to more than their total.
  const national = levels.filter((t) => t.product === '8542' && !t.partner && !t.province);
  // A share is a part over its total on one basis and in one unit: 647亿个 ÷ 3.04万亿元 is no ratio.
  const basis = (c: Claim) => (c.measure === 'quantity' ? 'quantity' : 'value');
  const totals = firstBy(national, (t) => [t.flow, periodKey(t), basis(t), t.unit].join('|'));
  const entity = (c: Claim) => [c.flow, c.product, c.partner, c.province, periodKey(c)].join('|');
  const partOf = firstBy(levels, (c) => [entity(c), basis(c)].join('|'));
  for (const share of withPeriod.filter((c) => c.measure === 'share' && isExactish(c) && !c.shareBase)) {
    if (share.product === '8542' && !share.partner && !share.province) continue;
    const part = partOf.get([entity(share), share.of === 'quantity' ? 'quantity' : 'value'].join('|'));
    if (!part) continue;
    const total = totals.get([part.flow, periodKey(part), basis(part), part.unit].join('|'));
    // 无锡…集成电路产量2.83亿块，占全国产量的12%: with no national total in the article, a region's share of
    // the whole country is held against the dataset's national record of the period.
    const recorded = !total && share.province && NATIONAL_BASE.test(share.sentenceText) ? nationalTotal(part) : undefined;
    if (!total && !recorded) continue;
    const p = span(part, corrected);
    const t = total ? span(total, corrected) : recorded!;
    if (t.low <= 0) continue;
    const ratio = { low: (p.low / t.high) * 100, high: (p.high / t.low) * 100 };
    if (!overlap(ratio, span(share, corrected))) {
      const totalValue = total ? valueOf(total) : (t.low + t.high) / 2;
      found.push({
        ruleId: 'chipcheck/inconsistent-share',
        claims: total ? [share.id, part.id, total.id] : [share.id, part.id],
        note: note(total ? 'note.inconsistent-share' : 'note.inconsistent-share-of-record', { share: share.text, part: part.text, total: total ? total.text : recorded!.text, computed: `${((valueOf(part) / totalValue) * 100).toFixed(1)}%` }),
      });
    }
  }
  const partsBy = new Map<string, Claim[]>();
  for (const c of levels) {
    // Regions (东盟, 欧盟) overlap the economies listed beside them: they are not parts of a sum.
    if (c.partner && REGIONS.has(c.partner)) continue;
    const dimension = c.partner ? 'partner' : c.province ? 'province' : c.product !== '8542' ? 'product' : null;
    if (!dimension) continue;
    const k = [dimension, c.flow, c.measure, c.unit, periodKey(c)].join('|');
    const list = partsBy.get(k);
    if (list) list.push(c);
    else partsBy.set(k, [c]);
  }
  const levelTotals = firstBy(national, (t) => [t.flow, t.measure, t.unit, periodKey(t)].join('|'));
  for (const parts of partsBy.values()) {
    const first = parts[0]!;
    const total = levelTotals.get([first.flow, first.measure, first.unit, periodKey(first)].join('|'));
    if (!total) continue;
    const unique = [...new Map(parts.map((p) => [`${p.product}|${p.partner}|${p.province}`, p])).values()];
    const sum = unique.reduce((s, p) => s + span(p, corrected).low, 0);
    if (sum > span(total, corrected).high) {
      found.push({ ruleId: 'chipcheck/inconsistent-parts', claims: [total.id, ...unique.map((p) => p.id)], note: note('note.inconsistent-parts', { parts: unique.map((p) => p.text).join(' + '), total: total.text }) });
    }
  }
  return found;
}

function overlap(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}
