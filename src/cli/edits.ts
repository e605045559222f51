// Writing a fixed file: its encoding and byte-order mark kept, replaced in one step. The edits themselves
// are the report's (src/report/edits.ts).
import { chmodSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Encode text back into the file's encoding, keeping a byte-order mark the original had (`bom`). */
export async function encode(text: string, encoding: string, bom: boolean): Promise<Buffer> {
  const enc = encoding.toLowerCase();
  if (enc === 'utf-8' || enc === 'utf8') {
    return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  }
  if (enc === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (enc === 'utf-16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  const iconv = (await import('iconv-lite')).default;
  if (!iconv.encodingExists(enc)) throw new Error(`cannot write ${encoding}: no encoder for it`);
  return iconv.encode(text, enc);
}

/** Replace a file in one step: write a temporary file beside it, then rename it over the original. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.chipcheck-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const mode = statSync(path).mode;
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created.
    }
    throw error;
  }
}
