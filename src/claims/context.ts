/**
 * The article context the claims stage carries from sentence to sentence, and the shapes a sentence's
 * reading produces: a draft claim, an enumeration.
 */
import type { Claim, Flow, NumberMention, Period, Unit } from '../types.js';
import type { Span } from './sentences.js';

/**
 * A claim before its spans are mapped to the original file: the claim's own fields, with the mention and
 * the sentence (spans into the block text) it was read from.
 */
export type DraftClaim = Omit<Claim, 'id' | 'text' | 'range' | 'block' | 'sentence' | 'sentenceText' | 'spans'> & {
  mention: NumberMention;
  sentence: Span;
  /**
   * A headline figure that names no flow (中國芯片：同增40%): its `flow` is a placeholder until the body's
   * restatement of the figure gives one; without a restatement it is no claim.
   */
  flowPending?: true;
};

/** An enumeration of entities (存储器、处理器及控制器、其它集成电路) that a 分别 list pairs with. */
export interface EntityGroup {
  /** `mixed`: chip and non-chip products in one list (电器设备、集成电路、汽车). */
  kind: 'product' | 'partner' | 'province' | 'flow' | 'mixed';
  words: string[];
}

/** What the article has established so far. Mutated as sentences are read, in document order. */
export interface ArticleContext {
  /** The year 今年 means: the publication year, or for an undated page the year inferred from its data. */
  publishedYear: number | null;
  /** True when `publishedYear` was inferred from the article's latest data period (no date on the page). */
  yearInferred: boolean;
  /** The current block's text index → 0-based offset in the original file. */
  locate: (index: number) => number;
  /**
   * Where `period` was written (original offset, and the block it stands in), and whether it came from a
   * heading or an inferred year.
   */
  periodEvidence: { offset: number; block: number; from: 'written' | 'heading' | 'inferred' } | null;
  /** The block being read. */
  block: number;
  /** Every distinct period the text has set so far (`2021-1-12`): one alone cannot be mistaken. */
  periodsNamed: ReadonlySet<string>;
  /** A partner named by a heading (第1名：韩国) for the lines under it, until the next heading. */
  headingPartner?: { partner: string; offset: number } | null;
  /**
   * 江苏机电产品出口8677.6亿元。其中集成电路…: the province whose trade the last sentence reported (named as
   * the trader, not after 向/从/对), for a next sentence that continues it (其中, 同期).
   */
  traderProvince?: { province: string; offset: number } | null;
  /**
   * 苏州海关…苏州市外贸…。全市…: the province or city whose trade the article is reading, from the last sentence
   * that named one as the trader, until a sentence speaks of the whole country (全国, 我国). It holds for the
   * whole article when it was named before anything national (the article is the region's own release), else
   * for its paragraph only.
   */
  regionScope?: { province: string; offset: number; block: number; release: boolean } | null;
  /** Has a sentence spoken of the whole country yet? A region named before that is the article's own release. */
  nationalSeen?: boolean;
  /**
   * 台湾出口集成电路到港的总金额按年上升。本台翻查…2022年则再上升至492亿美元: the block whose last sentence
   * reported another economy's own trade; its later sentences are that trade too, until one speaks of China.
   * `allGoods`: that sentence named no goods (德国月度出口额下降约60%), so it compared economies' whole trade.
   */
  foreignTrader?: { block: number; allGoods: boolean } | null;
  /**
   * 台灣晶片生產動能強 半導體設備4大進口地區皆成長: a page whose headline and lede are about another economy's
   * chips and never about China's: every sentence is that economy's, unless it speaks of China.
   */
  foreignPage?: boolean;
  /** `YYYY-MM`, to tell whether a period could have been published yet. */
  publishedMonth: string | null;
  period: Period | null;
  /** Was `period` written with its year (2021年…) rather than completed from context? */
  periodYearWritten: boolean;
  flow: Flow | null;
  /** Where `flow` was written (original offset), when it was. */
  flowOffset?: number;
  /** The last subject named: chips or something else (phones, revenues, markets). */
  subject: 'chip' | 'other' | null;
  /** What the article is about up to a place (block, offset in its text): chips once it has named them, when it is about them (computed on first use). */
  topic: (block: number, offset: number) => 'chip' | null;
  /** The flow a section heading named ((二）进口产品结构), for the paragraphs under it. */
  sectionFlow?: Flow | null;
  /** The previous sentence ended with a semicolon: this one continues its subject. */
  continues: boolean;
  /** The context to return to when the sentence ends (after a "since" period). */
  restore?: { period: Period | null; periodYearWritten: boolean; periodEvidence: ArticleContext['periodEvidence'] } | undefined;
  /** Recent enumerations, newest last. */
  groups: EntityGroup[];
  /** The last level claim (value or quantity) and its unit, for the basis of a following yoy. */
  lastLevel: { measure: 'value' | 'quantity'; unit: Unit; flow: Flow } | null;
  /** Money written without a currency (出口1.2万亿) is in this currency. */
  defaultCurrency: 'CNY' | 'USD';
}
