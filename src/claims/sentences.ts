/**
 * Sentences and clauses of a block. Chinese punctuation ends sentences (。！？；) and clauses (，、：); the
 * PDF-extracted seeds use ASCII punctuation too, so both are accepted. A decimal point between digits never
 * ends anything.
 */

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '\n']);
const CLAUSE_END = new Set(['，', ',', '：', ':', '（', '）', '(', ')']);

/**
 * The same sets by code unit (1 ends a sentence, 2 a clause): scanners look up every character of a block,
 * and `text[i]` of a Chinese character is a new string each time.
 */
const BREAK = new Uint8Array(0x10000);
for (const c of SENTENCE_END) BREAK[c.charCodeAt(0)] = 1;
for (const c of CLAUSE_END) BREAK[c.charCodeAt(0)] = 2;

/**
 * Past this length a sentence also ends at a clause break or a space: reading a sentence costs its numbers ×
 * its terms, so an unpunctuated run (a 10 MB line) must not become one sentence. Real ones stay under 400.
 */
const MAX_SENTENCE = 1000;

/** Sentence spans (end-exclusive, terminator included) covering the whole text. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (BREAK[text.charCodeAt(i)] === 1 || (i - start >= MAX_SENTENCE && (isClauseBreak(text, i) || /\s/.test(text[i]!)))) {
      spans.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

/** The clause (comma-delimited part) of `text` around index `at`, within [from, to). */
export function clauseAround(text: string, at: number, from: number, to: number): Span {
  let start = at;
  while (start > from && !isClauseBreak(text, start - 1)) start--;
  let end = at;
  while (end < to && !isClauseBreak(text, end)) end++;
  return { start, end };
}

function isClauseBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const kind = BREAK[c];
  if (kind === 1) return true;
  if (kind !== 2) return false;
  // 1,234 and 3.5 are numbers, not clause breaks.
  if ((c === 0x2c || c === 0x3a) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return false;
  return true;
}

/** An ASCII digit (NaN, past either end of the text, is not). */
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
