/**
 * Word segmentation with nodejieba, for the one question the lexicon cannot answer: is the noun that
 * governs a number something other than chips (笔记本电脑出口额为1000亿美元)? jieba is loaded lazily, with a
 * compact dictionary (corpus/lexicon: the 20,000 most frequent words), and only when a sentence names no
 * subject the lexicon knows. Numbers are found before segmentation: jieba splits "5822．2".
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { lexiconDir } from '../lexicon/files.js';
import { FLOW_WORDS, OTHER_SUBJECTS, PARTNERS, PRODUCT_WORDS, PROVINCES, YOY_WORDS } from './lexicon.js';

interface Jieba {
  load(options: { dict: string; hmmDict?: string; userDict: string; idfDict: string; stopWordDict: string }): void;
  tag(text: string): Array<{ word: string; tag: string }>;
  insertWord(word: string, tag?: string): boolean;
}

let jieba: Jieba | undefined;

function load(): Jieba {
  if (jieba) return jieba;
  const require = createRequire(import.meta.url);
  const j = require('nodejieba') as Jieba;
  const dir = lexiconDir();
  j.load({
    dict: join(dir, 'jieba.compact.utf8'),
    hmmDict: join(dir, 'jieba.hmm.utf8'),
    userDict: join(dir, 'jieba.user.utf8'),
    idfDict: join(dir, 'jieba.idf.utf8'),
    stopWordDict: join(dir, 'jieba.stop.utf8'),
  });
  // The domain vocabulary, so that 当月净进口 segments as 当月/净进口 and not as an unknown word.
  for (const word of [...Object.keys(FLOW_WORDS), ...Object.keys(PRODUCT_WORDS), ...PARTNERS, ...PROVINCES, ...OTHER_SUBJECTS, ...YOY_WORDS, ...NEUTRAL_NOUNS]) {
    if (/^[\u4e00-\u9fff]+$/.test(word)) j.insertWord(word);
  }
  jieba = j;
  return j;
}

/**
 * Nouns that say nothing about what is traded (金额, 数量, 我国, 海关 …): they neither make nor break a
 * chip claim.
 */
const NEUTRAL_NOUNS = new Set([
  '金额', '数量', '价值', '总额', '总量', '规模', '数据', '数字', '产品', '商品', '部分', '形势', '情况', '月份', '年份',
  '全年', '累计', '当月', '同期', '我国', '中国', '国内', '全国', '海关', '海关总署', '统计局', '国家', '我们', '增速',
  '比重', '占比', '同比', '环比', '纪录', '记录', '现实', '报告', '数据显示', '时间', '年初', '年底', '年末', '期间',
  '方面', '领域', '行业', '产业', '贸易', '进口额', '出口额', '进口量', '出口量', '人民币', '美元', '亿元', '万亿',
  '大关', '里程碑', '水平', '幅度', '速度', '态势', '趋势', '势头', '大国', '伙伴', '地区', '市场', '全球', '世界',
  '净进口', '净出口', '进出口', '总值', '货值', '单月', '前值', '预期', '口径',
]);

/**
 * The nearest noun before `end` in `text` that names something other than chips, or null when every noun
 * there is neutral. `isChipWord` answers for the lexicon's chip words.
 */
export function foreignSubjectBefore(text: string, end: number, isChipWord: (w: string) => boolean): string | null {
  const tokens = load().tag(text.slice(0, end));
  for (let i = tokens.length - 1; i >= 0; i--) {
    const { word, tag } = tokens[i]!;
    if (isChipWord(word)) return null;
    const cjk = /^[\u4e00-\u9fff]{2,}$/.test(word);
    const nounish = tag.startsWith('n') && tag !== 'nr' && tag !== 'ns' && tag !== 'nt';
    // Words jieba does not know come back as 'x' (traditional characters, new terms, fragments such as
    // 额为): unknown is not evidence of another subject, so only known nouns count.
    if (!cjk || !nounish) continue;
    if (NEUTRAL_NOUNS.has(word) || /[进出]口|产量|生产|逆差|顺差/.test(word)) continue;
    return word;
  }
  return null;
}
