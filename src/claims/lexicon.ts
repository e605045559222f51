import {
  AMOUNT_CHANGE_WORDS,
  AVERAGE_WORDS,
  BASE_CHANGE_WORDS,
  COMPARISON_WORDS,
  DEPENDENCE_WORDS,
  EVERY_YEAR_WORDS,
  FLOW_TOPIC_WORDS,
  FLOW_WORDS,
  MONTH_ASIDE_WORDS,
  RELEASE_WORDS,
} from './lexicon.data.js';

/**
 * The words that give a number its meaning. The lists live in corpus/lexicon/*.yaml, one file per concept,
 * each with example sentences that run as tests (test/claims/lexicon.test.ts); scripts/build-lexicon.mjs
 * validates them and generates lexicon.data.ts at build time. Matched longest-first by `findTerms`
 * (src/claims/terms.ts).
 */
export {
  AMOUNT_CHANGE_WORDS,
  CLAUSE_ONLY_SUBJECTS,
  SENTENCE_WIDE_SUBJECTS,
  DECREASE_WORDS,
  DEPENDENCE_WORDS,
  FLOW_FALSE_FRIENDS,
  FLOW_WORDS,
  FORECAST_WORDS,
  GOODS_BASE_WORDS,
  LIST_WORDS,
  NEGATED_FLOW_WORDS,
  NEUTRAL_NOUNS,
  NEUTRAL_WORDS,
  OTHER_SUBJECTS,
  PAIRED_FLOW_WORDS,
  PARTNER_ALIASES,
  PARTNERS,
  PRODUCT_WORDS,
  PROVINCES,
  QUANTITY_WORDS,
  REGION_ANAPHORS,
  SHARE_WORDS,
  SPUN_MARKERS,
  SPUN_REWRITES,
  SUBSET_WORDS,
  VALUE_WORDS,
  YOY_WORDS,
} from './lexicon.data.js';

/**
 * An amount-change word (增加/减少, changes.yaml) at the end of `lead`, the text before a number; 了 and 约 may
 * stand between (比上年减少了约970亿颗). 至少/不少于/最多/差不多 are bounds and estimates, not changes.
 */
export const CHANGE_BEFORE = new RegExp(`(?<![至不最很])(${alternation(Object.keys(AMOUNT_CHANGE_WORDS))})(?:了)?\\s*(?:约|近|超过?)?\\s*$`);

/** One-character names of partners after 自/对/从/向 (自美进口, 对日出口), and the partner each names. */
export const PARTNER_ABBREVIATIONS: Record<string, string> = { 美: '美国', 日: '日本', 韩: '韩国', 俄: '俄罗斯', 欧: '欧盟', 德: '德国', 英: '英国', 越: '越南' };
/** 自美 (or 对日…) right before a flow word (自美进口, 对日出口). */
export const PARTNER_ABBREVIATION = new RegExp(`[自对从向]([${Object.keys(PARTNER_ABBREVIATIONS).join('')}])\\s*$`);

/**
 * A change from the month or quarter before (环比, Taiwan's 月增/季增, 较上月): no record measures one, so a rate
 * after it is no claim.
 */
export const SEQUENTIAL_CHANGE = /环比|(?<![\d一二三四五六七八九十两上下本当这该同首前第])[月季][增减](?!幅|长|加|少)|[较比]上[月季]/;

/**
 * A growth word right before a multiple (增长11.9倍, 增加了1倍): growth by N times is a rate of N×100%. A multiple
 * after anything else (是去年的3倍) is a ratio to another figure, no rate.
 */
export const MULTIPLE_GROWTH_BEFORE = /(?:增长|增加|上升|提高|猛增|激增|大增|暴增|飙升)了?\s*(?:约|近|超过?)?\s*$/;

/** A span of many years before a multiple (十年来…增长1.5倍, 自2014年以来): long-run growth, no year's rate. */
export const LONG_RUN_BEFORE = /年来|以来|多年|十年|百年/;

/**
 * A price word right before a number (单价为0.7287美元, 平均单价同比下降5.2%, 出口价格指数达283.3%): the number is a
 * price, its change or its index.
 */
export const PRICE_BEFORE = /(?:单价|均价|平均|价格指数)[^，。；,;]{0,6}$/;

/** A trade mode in a manner phrase (以加工贸易方式进口): how the sentence's goods were traded, not what was traded. */
export const MANNER_BEFORE = /以\s*$/;
export const MANNER_AFTER = /^\s*(?:贸易)?方式/;

/** A price per piece named in a clause (单价, 均价): a rate in the clause after it is the price's change, no trade figure. */
export const PRICE_WORDS = /单价|均价|平均价格/;

/** An average word before an amount, a few words between (每天生产11.3亿块, 月均进口集成电路400亿个). */
export const AVERAGE_BEFORE = new RegExp(`(?:${alternation(AVERAGE_WORDS)})[^，。；,;\\d]{0,8}$`);

/** An every-year word anywhere before a figure in its sentence (以前每年要花掉4000亿美元). */
export const EVERY_YEAR_BEFORE = new RegExp(`(?:${alternation(EVERY_YEAR_WORDS)})`);

/** A flow word and the noun that announces its figures (生产情况, 进口数据); group 1 is the flow word. */
export const FLOW_TOPIC = new RegExp(`(${alternation(Object.keys(FLOW_WORDS))})的?(?:${alternation(FLOW_TOPIC_WORDS)})`);

/** A dependence word right after a rate (都/仍 may stand between): 近8成需要进口, 70%靠进口. */
export const DEPENDENCE_AFTER = new RegExp(`^\\s*(?:都|均|仍|还|以上)?\\s*(?:${alternation(DEPENDENCE_WORDS)})`);

/** A comparison word (periods.yaml) at the end of `lead`, the text before a period: the period is a base (较2022年). */
export const COMPARISON_BEFORE = new RegExp(`(?:${alternation(COMPARISON_WORDS)})\\s*$`);

/** A change verb (periods.yaml) at the start of the text after a year (同期 may stand between): 2022年减少589亿颗 may be a change from 2022. */
export const BASE_CHANGE_AFTER = new RegExp(`^\\s*(?:同期)?\\s*(?:${alternation(BASE_CHANGE_WORDS)})`);

/** An industry aggregate (periods.yaml, month-aside) in a sentence: a month named there is an aside (5月份，…增加值…). */
export const MONTH_ASIDE = new RegExp(alternation(MONTH_ASIDE_WORDS));

/** A release noun (periods.yaml) later in the clause that starts the text after a period: 2023年5月全国进出口重点商品量值表. */
export const RELEASE_AFTER = new RegExp(`^[^，。；,;！？!?]{0,16}?(${alternation(RELEASE_WORDS)})`);

/** The words as a regular-expression alternation, longest first so a word never loses to its own prefix. */
function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
