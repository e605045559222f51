/**
 * Word segmentation with nodejieba, for the one question the lexicon cannot answer: is the noun that
 * governs a number something other than chips (笔记本电脑出口额为1000亿美元)? jieba is loaded lazily, with a
 * compact dictionary (corpus/lexicon: the 20,000 most frequent words), and only when a sentence names no
 * subject the lexicon knows and the text before the number holds a noun of that dictionary (most do not).
 * Numbers are found before segmentation: jieba splits "5822．2".
 */
import { readFileSync } from 'node:fs';
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

/** Nouns of trade itself (进口额, 产量, 逆差): never the subject a number is about. */
const FLOW_NOUN = /[进出]口|产量|生产|逆差|顺差/;

/**
 * The nearest noun before `end` in `text` that names something other than chips, or null when every noun
 * there is neutral. `isChipWord` answers for the lexicon's chip words.
 */
export function foreignSubjectBefore(text: string, end: number, isChipWord: (w: string) => boolean): string | null {
  // Most prefixes hold no word that could be the answer (同比增速分别为, 累计出口): skip jieba for them.
  if (!mayHoldNoun(text, end)) return null;
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
    if (NEUTRAL_NOUNS.has(word) || FLOW_NOUN.test(word)) continue;
    return word;
  }
  return null;
}

/**
 * Could `text[0, end)` hold a word that `foreignSubjectBefore` returns? Such a word is a dictionary word
 * (jieba tags the words it does not know 'x', 'm' or 'eng') tagged a noun other than a person, place or
 * organisation, of two CJK characters or more (corpus/lexicon/jieba.nouns.txt), neither neutral nor a flow
 * word, and it stands in the text. Without one the answer is null, with or without jieba. With one, jieba
 * decides whether the segmentation makes it a word there and whether it is the nearest.
 */
function mayHoldNoun(text: string, end: number): boolean {
  const byStart = (nounsByStart ??= readNouns());
  for (let i = 0; i + 1 < end; i++) {
    const a = text.charCodeAt(i) - CJK_FIRST;
    if (a < 0 || a >= CJK_SPAN) continue;
    const b = text.charCodeAt(i + 1) - CJK_FIRST;
    if (b < 0 || b >= CJK_SPAN) continue;
    const nouns = byStart.get(a * CJK_SPAN + b);
    if (nouns === undefined) continue;
    for (const noun of nouns) if (i + noun.length <= end && text.startsWith(noun, i)) return true;
  }
  return false;
}

/** The CJK block of a noun's characters (the /[\u4e00-\u9fff]/ of `foreignSubjectBefore`). */
const CJK_FIRST = 0x4e00;
const CJK_SPAN = 0xa000 - CJK_FIRST;

let nounsByStart: Map<number, string[]> | undefined;

/**
 * The nouns `foreignSubjectBefore` could return, by their first two characters (as one small integer):
 * jieba.nouns.txt (scripts/build-jieba-dict.mjs) without the neutral nouns and flow words it passes over.
 */
function readNouns(): Map<number, string[]> {
  const byStart = new Map<number, string[]>();
  for (const noun of readFileSync(join(lexiconDir(), 'jieba.nouns.txt'), 'utf8').split('\n')) {
    if (noun.length < 2 || NEUTRAL_NOUNS.has(noun) || FLOW_NOUN.test(noun)) continue;
    const start = (noun.charCodeAt(0) - CJK_FIRST) * CJK_SPAN + (noun.charCodeAt(1) - CJK_FIRST);
    const nouns = byStart.get(start);
    if (nouns) nouns.push(noun);
    else byStart.set(start, [noun]);
  }
  return byStart;
}
