/**
 * Word segmentation with nodejieba, for the one question the lexicon cannot answer: is the noun that
 * governs a number something other than chips (笔记本电脑出口额为1000亿美元)? jieba is loaded lazily, with a
 * compact dictionary (corpus/lexicon: the 20,000 most frequent words), and only when a sentence names no
 * subject the lexicon knows. Numbers are found before segmentation: jieba splits "5822．2".
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { lexiconDir } from '../lexicon/files.js';
import { FLOW_WORDS, NEUTRAL_NOUNS, OTHER_SUBJECTS, PARTNERS, PRODUCT_WORDS, PROVINCES, YOY_WORDS } from './lexicon.js';

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
 * The nearest noun before `end` in `text` that names something other than chips, or null when every noun
 * there is neutral. `isChipWord` answers for the lexicon's chip words.
 */
export function foreignSubjectBefore(text: string, end: number, isChipWord: (w: string) => boolean): string | null {
  const tokens = load().tag(text.slice(0, end));
  // 单月产量同比全部下降，10月份产量同比下降达到26.7%: a clause that names its own flow (产量, 出口) is not
  // governed by a noun of an earlier clause.
  let flowNamed = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const { word, tag } = tokens[i]!;
    if (isChipWord(word)) return null;
    if (/^[，,；;:：]$/.test(word) && flowNamed) return null;
    if (/[进出]口|产量|生产/.test(word)) flowNamed = true;
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
