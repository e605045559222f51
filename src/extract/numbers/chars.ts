/** Character classes the scanner asks about, on normalised text (see normalize.ts). */

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

/** A CJK ideograph (the unified blocks and extension A, compatibility ideographs). */
export function isIdeograph(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Punctuation that ends a clause: a qualifier or forecast word never reaches across it. */
const CLAUSE_END = new Set([...'，,。；;！!？?：:\n\t\r（）()【】[]「」“”"']);

export function isClauseEnd(c: string | undefined): boolean {
  return c === undefined || CLAUSE_END.has(c);
}

export function isSpace(c: string | undefined): boolean {
  return c === ' ';
}

/** Skip at most `max` spaces forward from `i`. */
export function skipSpaces(text: string, i: number, max = 2): number {
  let p = i;
  while (p < text.length && p - i < max && text[p] === ' ') p++;
  return p;
}

/** Skip at most `max` spaces backward from `i` (exclusive end). */
export function skipSpacesBack(text: string, i: number, max = 2): number {
  let p = i;
  while (p > 0 && i - p < max && text[p - 1] === ' ') p--;
  return p;
}

/** Does `word` occur in `text` ending exactly at `end`? */
export function endsWithAt(text: string, word: string, end: number): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}
