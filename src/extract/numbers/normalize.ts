/**
 * Full-width → ASCII, one code unit for one code unit, so every index into the normalised text is also an
 * index into the original (the offset map is the identity).
 */

/** Code units outside the full-width block that act as digits' punctuation in Chinese text. */
const EXTRA: ReadonlyMap<number, string> = new Map([
  [0xfe52, '.'], // ﹒ small full stop, used as a decimal point
  [0x3000, ' '], // ideographic space
  [0x00a0, ' '], // no-break space
  [0x2009, ' '], // thin space
  [0x202f, ' '], // narrow no-break space
  [0x2212, '-'], // minus sign
  [0xfe63, '-'], // small hyphen-minus
]);

const EXTRA_CODES = new Uint8Array(0x10000);
for (const code of EXTRA.keys()) EXTRA_CODES[code] = 1;

/**
 * Map full-width digits, letters and punctuation (U+FF01–U+FF5E) to ASCII, plus ﹒ → `.`, ideographic and
 * no-break spaces → ` ` and − → `-`. `，` (U+FF0C) stays: in Chinese text it separates clauses, never
 * thousands. The result always has the same length as the input.
 */
export function normalizeDigits(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let mapped: string | undefined;
    if (code >= 0xff01 && code <= 0xff5e && code !== 0xff0c) mapped = String.fromCharCode(code - 0xfee0);
    // Every Chinese character is past U+2009: a typed-array test, not a map lookup, for each.
    else if (code >= 0x2009 && EXTRA_CODES[code] === 1) mapped = EXTRA.get(code);
    else if (code === 0xa0) mapped = ' ';
    if (mapped !== undefined) {
      out += text.slice(from, i) + mapped;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
