/**
 * Placeholder values as a reader reads them: amounts in the magnitude the article wrote (4325.5亿美元, not
 * 432550000000美元), differences rounded to what matters (−18.4%), periods, subjects and sources in the
 * reader's language. Words come from the catalogue, through `say`.
 */
import type { Note, NoteValue, Period, Provenance, Subject, Unit } from '../../types.js';
import type { MessageId } from './en.js';

type Lang = 'zh' | 'en';
type Say = (note: Note, lang: Lang) => string;

const MAGNITUDES: ReadonlyArray<[RegExp, string, number]> = [
  [/万亿|萬億/u, '万亿', 1e12],
  [/千亿|千億/u, '千亿', 1e11],
  [/亿|億/u, '亿', 1e8],
  [/万|萬/u, '万', 1e4],
];

/** The magnitude word written in `text` (`4325.5亿美元` → 亿), or null. */
export function magnitudeOf(text: string): { word: string; scale: number } | null {
  for (const [pattern, word, scale] of MAGNITUDES) if (pattern.test(text)) return { word, scale };
  return null;
}

/** At most `places` decimals, no trailing zeros, no binary noise (0.1 + 0.2). */
function tidy(n: number, places: number): string {
  const rounded = Number(n.toFixed(places));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Messages are in simplified Chinese: a traditional counter as written (259億塊) is named in its simplified form. */
const SIMPLIFIED_COUNTER: Partial<Record<string, string>> = { 塊: '块', 顆: '颗', 個: '个', 隻: '只' };

/**
 * An amount in base units as the article would write it: in the magnitude of `like` (the text as written)
 * when it has one, else in the magnitude customs figures are published in (亿 from 1e8; 万亿 only from 1e14,
 * where 亿 would be unreadable).
 */
export function formatAmountLike(value: number, unit: Unit, like?: string, signed = false): string {
  if (signed && value !== 0) return `${value > 0 ? '+' : '−'}${formatAmountLike(Math.abs(value), unit, like)}`;
  if (unit === 'percent') return `${tidy(value, 2)}%`;
  if (unit === 'ppt') return `${tidy(value, 2)}个百分点`;
  if (unit === 'times') return `${tidy(value, 2)}倍`;
  const written = like && /[块颗片只枚个塊顆個隻]/u.exec(like)?.[0];
  const word = unit === 'USD' ? '美元' : unit === 'CNY' ? '元' : written ? SIMPLIFIED_COUNTER[written] ?? written : '个';
  const abs = Math.abs(value);
  // A number written without a magnitude (5822.2个, itself a slip) is no guide: customs style then.
  const magnitude = (like === undefined ? null : magnitudeOf(like)) ?? (abs >= 1e14 ? { word: '万亿', scale: 1e12 } : abs >= 1e8 ? { word: '亿', scale: 1e8 } : abs >= 1e4 ? { word: '万', scale: 1e4 } : null);
  if (!magnitude) return `${tidy(value, 2)}${word}`;
  // 0.0648万亿元 reads worse than 648亿元: below one of the written magnitude, step down to the customs one.
  if (abs < magnitude.scale && magnitude.scale > 1e8 && abs >= 1e8) return `${tidy(value / 1e8, 2)}亿${word}`;
  return `${tidy(value / magnitude.scale, magnitude.scale >= 1e12 ? 4 : 2)}${magnitude.word}${word}`;
}

/** (claim − expected) / expected as a signed percentage: one decimal, two significant digits under 1%. */
export function formatRelative(relative: number): string {
  const percent = relative * 100;
  const abs = Math.abs(percent);
  const shown = abs >= 1 ? tidy(abs, 1) : String(Number(abs.toPrecision(2)));
  if (Number(shown) === 0) return '0%';
  return `${percent > 0 ? '+' : '−'}${shown}%`;
}

function signed(n: number): string {
  const shown = tidy(Math.abs(n), 2);
  if (Number(shown) === 0) return '0';
  return `${n > 0 ? '+' : '−'}${shown}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function period(p: Period | null, lang: Lang, say: Say): string {
  if (!p) return say({ id: 'period.unknown' }, lang);
  const month = (m: number) => (lang === 'en' ? MONTHS[m - 1]! : String(m));
  if (p.from_month === 1 && p.to_month === 12) return say({ id: 'period.year', params: { year: String(p.year) } }, lang);
  if (p.from_month === p.to_month) return say({ id: 'period.month', params: { year: String(p.year), month: month(p.from_month) } }, lang);
  return say({ id: 'period.months', params: { year: String(p.year), from: month(p.from_month), to: month(p.to_month) } }, lang);
}

function measureId(s: Subject): MessageId | null {
  // 产量 already says "quantity", 进出口总额 "value": only their growth or share needs a word.
  const level = s.flow === 'production' ? 'quantity' : s.flow === 'total_trade' ? 'value' : null;
  if (level !== null) return s.measure === level ? null : `measure.${s.measure}`;
  if ((s.measure === 'yoy' || s.measure === 'share') && s.of) return `measure.${s.of}-${s.measure}`;
  return `measure.${s.measure}`;
}

const PRODUCTS = new Set(['854231', '854232', '854233', '854239', '854290']);

function subject(s: Subject, lang: Lang, say: Say): string {
  const where = s.partner ?? s.province;
  const measure = measureId(s);
  const currency = s.measure === 'yoy' && s.currency ? say({ id: 'subject.currency', params: { currency: say({ id: `currency.${s.currency}` }, lang) } }, lang) : '';
  const text = say(
    {
      id: 'subject',
      params: {
        period: period(s.period, lang, say),
        where: where ? say({ id: 'subject.where', params: { where } }, lang) : '',
        product:
          s.product === '8542'
            ? ''
            : say({ id: 'subject.product', params: { product: PRODUCTS.has(s.product) ? say({ id: `product.${s.product}` as MessageId }, lang) : `HS ${s.product}` } }, lang),
        flow: say({ id: `flow.${s.flow}` }, lang),
        measure: measure ? say({ id: measure }, lang) : '',
        currency,
      },
    },
    lang,
  );
  return text.replace(/\s+/gu, ' ').trim();
}

/** Agencies by the names Chinese editors know them by; longer names first, so each is replaced whole. */
const AGENCIES_ZH: ReadonlyArray<[RegExp, string]> = [
  [/SAFE central parity \(annual mean\)/gu, '国家外汇管理局人民币中间价（年均）'],
  [/SAFE\/NBS annual average/gu, '国家外汇管理局/国家统计局年平均汇率'],
  [/attributes to GACC, actually NBS/gu, '署名海关总署，实为国家统计局'],
  [/\(Wei Shaojun\)/gu, '（魏少军）'],
  [/\b163 self-media\b/gu, '网易自媒体'],
  [/\bself-media\b/gu, '自媒体'],
  [/\bMOFCOM spokesman\b/gu, '商务部新闻发言人'],
  [/\bNBS (\d{4}) bulletin\b/gu, '国家统计局$1年统计公报'],
  [/\bNBS monthly\b/gu, '国家统计局月度数据'],
  [/\(NBS data\)/gu, '（国家统计局数据）'],
  [/\bGACC press\b/gu, '海关总署新闻发布会'],
  [/\bGACC table\b/gu, '海关总署统计表'],
  [/\bGACC\b/gu, '海关总署'],
  [/\bNBS\b/gu, '国家统计局'],
  [/\bMIIT\b/gu, '工业和信息化部'],
  [/\bCCCME\b/gu, '中国机电产品进出口商会'],
  [/\bCSIA\b/gu, '中国半导体行业协会'],
  [/\bCAICT\b/gu, '中国信息通信研究院'],
  [/\bSAFE\b/gu, '国家外汇管理局'],
  [/\bSCMP\b/gu, '南华早报'],
  [/\bCaixin\b/gu, '财新'],
  [/\bJW Insights\b/gu, '集微咨询'],
  [/\beastmoney\b/gu, '东方财富'],
  [/\belecfans\b/gu, '电子发烧友'],
  [/\bconsultancy\b/gu, '咨询机构'],
  [/\bforum\b/gu, '论坛'],
  [/\bnews\b/gu, '新闻媒体'],
  [/\bbulletin\b/gu, '统计公报'],
  [/\s*\(relayed\)/gu, '（转引）'],
  [/\s+citing\s+/gu, '援引'],
];

/** An agency as the reader knows it: in zh by its Chinese name (GACC → 海关总署), in en as recorded. */
export function agencyName(agency: string, lang: Lang): string {
  if (lang === 'en') return agency;
  let name = agency;
  for (const [pattern, replacement] of AGENCIES_ZH) name = name.replace(pattern, replacement);
  // No space between Chinese words.
  return name.replace(/(?<=[\u3400-\u9fff）])\s+(?=[\u3400-\u9fff（])/gu, '').replace(/\s*\/\s*/gu, '/');
}

function source(list: readonly Provenance[], lang: Lang, say: Say): string {
  const p = list[0];
  if (!p) return say({ id: 'source.dataset' }, lang);
  const params = { agency: agencyName(p.agency, lang), confidence: say({ id: `confidence.${p.confidence}` }, lang) };
  return p.file ? say({ id: 'source.user', params: { ...params, file: p.file } }, lang) : say({ id: 'source.agency', params }, lang);
}

/** One placeholder's value as text. */
export function formatValue(value: NoteValue, lang: Lang, say: Say): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if ('amount' in value) return formatAmountLike(value.amount, value.unit, value.like, value.signed);
  if ('relative' in value) return formatRelative(value.relative);
  if ('points' in value) return say({ id: 'points', params: { points: signed(value.points) } }, lang);
  if ('period' in value) return period(value.period, lang, say);
  if ('subject' in value) return subject(value.subject, lang, say);
  if ('source' in value) return source(value.source, lang, say);
  if ('term' in value) return say({ id: value.term }, lang);
  const parts = value.notes.map((n) => say(n, lang));
  return parts.length === 0 ? '' : parts.reduce((first, rest) => say({ id: 'note.clauses', params: { first, rest } }, lang));
}
