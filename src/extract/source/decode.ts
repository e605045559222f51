/**
 * File bytes → text. Offsets everywhere count UTF-16 code units of the text returned here (BOM removed).
 */

import type { Message } from '../../types.js';

/** `bom`: the bytes began with a byte-order mark (dropped from `text`), which a rewrite of the file keeps. */
export type Decoded = { text: string; encoding: string; bom: boolean } | { error: Message };

const binary: Message = {
  ruleId: 'chipcheck/binary-file',
  severity: 'error',
  reason: 'Cannot check a binary file: it contains NUL bytes',
  hint: 'Pass a text file (plain text, Markdown or HTML in UTF-8, UTF-16 with a BOM, or GB18030)',
  notes: { reason: { id: 'file.binary' }, hint: { id: 'hint.binary' } },
};

/**
 * Decode a file: UTF-8 (BOM optional), UTF-16 LE/BE with a BOM, else GB18030 (a superset of GBK) when
 * the bytes are not valid UTF-8. NUL bytes outside UTF-16 mean a binary file: an error message, no text.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    // The decoder strips the BOM (ignoreBOM defaults to false).
    const text = new TextDecoder(encoding).decode(bytes);
    if (text.includes('\u0000')) return { error: { ...binary, offset: text.indexOf('\u0000') } };
    return { text, encoding, bom: true };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { error: binary };
  try {
    // The decoder strips a UTF-8 BOM.
    const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', bom: false };
  }
}
