/**
 * Longest-first dictionary matching over a sentence. One pass, a map from first character to candidate
 * terms, so it is linear in the text for a fixed dictionary.
 */
import {
  DECREASE_WORDS,
  FLOW_FALSE_FRIENDS,
  FLOW_WORDS,
  FORECAST_WORDS,
  LIST_WORDS,
  NEUTRAL_WORDS,
  OTHER_SUBJECTS,
  PARTNERS,
  PRODUCT_WORDS,
  PROVINCES,
  QUANTITY_WORDS,
  SHARE_WORDS,
  SUBSET_WORDS,
  VALUE_WORDS,
  YOY_WORDS,
} from './lexicon.js';

export type TermKind =
  | 'flow'
  | 'false-friend'
  | 'product'
  | 'partner'
  | 'province'
  | 'other'
  | 'yoy'
  | 'decrease'
  | 'share'
  | 'quantity'
  | 'value'
  | 'forecast'
  | 'list' // 分别
  | 'subset' // 其中
  | 'neutral'; // words that would otherwise be misread: 将近 is 'near', not a forecast

export interface Term {
  kind: TermKind;
  word: string;
  /** 0-based, end-exclusive indices into the searched text. */
  start: number;
  end: number;
}

interface Entry {
  word: string;
  kinds: TermKind[];
  /** An ASCII abbreviation (IC, 8542): it counts only as a whole token. */
  ascii: boolean;
}

/**
 * Candidate entries by their first code unit, longest first. Keyed by number, not by one-character string:
 * `text[i]` of a Chinese character is a new string to hash at every position of every sentence.
 */
function buildIndex(): Map<number, Entry[]> {
  const all = new Map<string, Set<TermKind>>();
  const add = (words: Iterable<string>, kind: TermKind) => {
    for (const w of words) {
      const set = all.get(w) ?? new Set<TermKind>();
      set.add(kind);
      all.set(w, set);
    }
  };
  add(Object.keys(FLOW_WORDS), 'flow');
  add(FLOW_FALSE_FRIENDS, 'false-friend');
  add(Object.keys(PRODUCT_WORDS), 'product');
  add(PARTNERS, 'partner');
  add(PROVINCES, 'province');
  add(OTHER_SUBJECTS, 'other');
  add(YOY_WORDS, 'yoy');
  add(DECREASE_WORDS, 'decrease');
  add(SHARE_WORDS, 'share');
  add(QUANTITY_WORDS, 'quantity');
  add(VALUE_WORDS, 'value');
  add(FORECAST_WORDS, 'forecast');
  add(LIST_WORDS, 'list');
  add(SUBSET_WORDS, 'subset');
  add(NEUTRAL_WORDS, 'neutral');
  const index = new Map<number, Entry[]>();
  for (const [word, kinds] of all) {
    const first = word.charCodeAt(0);
    const list = index.get(first) ?? [];
    list.push({ word, kinds: [...kinds], ascii: /^[A-Za-z0-9]/.test(word) });
    index.set(first, list);
  }
  for (const [first, list] of index) {
    list.sort((a, b) => b.word.length - a.word.length);
    STARTS[first] = 1;
  }
  return index;
}

let cached: Map<number, Entry[]> | undefined;
/** 1 for the code units a term starts with: most characters of a sentence start none. */
const STARTS = new Uint8Array(0x10000);

/**
 * Every dictionary term in `text[from, to)` (positions index `text`), scanning left to right and taking
 * the longest term at each position.
 * Words that are several kinds at once (出口额 is a flow and a value word) yield one Term per kind.
 */
export function findTerms(text: string, from = 0, to = text.length): Term[] {
  cached ??= buildIndex();
  const terms: Term[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const candidates = STARTS[code] === 1 ? cached.get(code) : undefined;
    let matched: Entry | undefined;
    if (candidates) {
      for (const c of candidates) {
        if (i + c.word.length <= to && text.startsWith(c.word, i)) {
          matched = c;
          break;
        }
      }
    }
    if (!matched) {
      i++;
      continue;
    }
    // The ASCII abbreviations (IC, 8542) only count as whole tokens.
    if (matched.ascii) {
      const before = i > from ? text[i - 1]! : ' ';
      const after = i + matched.word.length < to ? text[i + matched.word.length]! : ' ';
      if (/[A-Za-z0-9]/.test(before) || /[A-Za-z0-9]/.test(after)) {
        i++;
        continue;
      }
    }
    for (const kind of matched.kinds) terms.push({ kind, word: matched.word, start: i, end: i + matched.word.length });
    i += matched.word.length;
  }
  return terms;
}
