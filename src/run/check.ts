import { statSync } from 'node:fs';
import { DEFAULT_MAX_SIZE, decodeBytes, parseSource } from '../extract/source/index.js';
import { checkFile, checkSource, type CheckOptions } from '../pipeline.js';
import type { FileResult, Message } from '../types.js';

/**
 * Check one file (named `display` in the report). The file is read once, by the reader; its text travels on
 * in the result, so nothing reads it again. Ignore comments and rule settings are the report stage's.
 */
export async function checkOne(absolute: string, display: string, options: CheckOptions): Promise<FileResult> {
  let stat;
  try {
    stat = statSync(absolute, { throwIfNoEntry: false });
  } catch (error) {
    return unreadableFile(display, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!stat || stat.isDirectory()) return unreadableFile(display, stat ? 'is a folder' : 'no such file or folder');
  return { ...(await checkFile(absolute, options)), path: display };
}

/** A result with no text and one error message: a file that was not checked (the run then exits 2). */
export function notChecked(display: string, message: Message, encoding = 'utf-8'): FileResult {
  return { path: display, published: null, kind: 'plain', encoding, text: '', bom: false, claims: [], messages: [message], ok: false };
}

/** The result for a path that is not a readable file. */
export function unreadableFile(display: string, reason: string): FileResult {
  return notChecked(display, { ruleId: 'chipcheck/unreadable-file', severity: 'error', reason, hint: 'Check the path: the other files were still checked.' });
}

/** Check bytes read from stdin as a file is checked: over `maxSize` or binary, it is refused (the run exits 2). */
export function checkOneBytes(bytes: Uint8Array, display: string, options: CheckOptions): FileResult {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (bytes.length > maxSize) {
    return notChecked(
      display,
      { ruleId: 'chipcheck/file-too-large', severity: 'error', reason: `Cannot check: the text is over the ${maxSize}-byte limit`, hint: 'Split the text, or raise the limit with --max-size' },
      'unknown',
    );
  }
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return notChecked(display, decoded.error, 'binary');
  const parseOptions = { encoding: decoded.encoding, bom: decoded.bom, ...(options.published ? { published: options.published } : {}) };
  return checkSource(parseSource(decoded.text, display, parseOptions), options);
}
