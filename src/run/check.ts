import { statSync } from 'node:fs';
import { DEFAULT_MAX_SIZE, decodeBytes, memoryProblem, parseSource, readSource } from '../extract/source/index.js';
import { checkFile, renderMessage, streamSource, type CheckedStream, type CheckOptions } from '../pipeline.js';
import type { FileResult, Message, NoteValue } from '../types.js';

/**
 * Check one file (named `display` in the report). The file is read once, by the reader; its text travels on
 * in the result, so nothing reads it again. Ignore comments and rule settings are the report stage's.
 */
export async function checkOne(absolute: string, display: string, options: CheckOptions): Promise<FileResult> {
  let stat;
  try {
    stat = statSync(absolute, { throwIfNoEntry: false });
  } catch (error) {
    return unreadableFile(display, { notes: [{ id: 'file.cannot-read', params: { why: (error as NodeJS.ErrnoException).code ?? 'error' } }] }, options);
  }
  if (!stat || stat.isDirectory()) return unreadableFile(display, { term: stat ? 'file.is-folder' : 'file.no-such' }, options);
  return { ...(await checkFile(absolute, options)), path: display };
}

/**
 * Check one file as `checkOne` does, streamed: read and parsed now, its claims checked as they are taken
 * (what `chipcheck verify` writes claim by claim).
 */
export async function streamOne(absolute: string, display: string, options: CheckOptions): Promise<CheckedStream> {
  let stat;
  try {
    stat = statSync(absolute, { throwIfNoEntry: false });
  } catch (error) {
    return whole(unreadableFile(display, { notes: [{ id: 'file.cannot-read', params: { why: (error as NodeJS.ErrnoException).code ?? 'error' } }] }, options));
  }
  if (!stat || stat.isDirectory()) return whole(unreadableFile(display, { term: stat ? 'file.is-folder' : 'file.no-such' }, options));
  const source = await readSource(absolute, {
    ...(options.published ? { published: options.published } : {}),
    ...(options.maxSize ? { maxSize: options.maxSize } : {}),
  });
  const { head, claims } = streamSource(source, options);
  return { head: { ...head, path: display }, claims };
}

/** A whole result as a stream. */
export function whole({ claims, ...head }: FileResult): CheckedStream {
  return { head, claims };
}

/** A result with no text and one error message: a file that was not checked (the run then exits 2). */
export function notChecked(display: string, message: Message, encoding = 'utf-8'): FileResult {
  return { path: display, published: null, kind: 'plain', encoding, text: '', bom: false, claims: [], messages: [message], ok: false };
}

/** The result for a path that is not a readable file, its reason in the language of `options`. */
export function unreadableFile(display: string, reason: NoteValue, options: Pick<CheckOptions, 'lang'> = {}): FileResult {
  const message: Message = {
    ruleId: 'chipcheck/unreadable-file',
    severity: 'error',
    reason: '',
    notes: { reason: { id: 'file.reason', params: { reason } }, hint: { id: 'hint.unreadable-file' } },
  };
  return notChecked(display, renderMessage(message, options.lang ?? 'en'));
}

/** Check bytes read from stdin as a file is checked: over `maxSize` or binary, it is refused (the run exits 2). */
export function checkOneBytes(bytes: Uint8Array, display: string, options: CheckOptions): CheckedStream {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (bytes.length > maxSize) {
    const message: Message = {
      ruleId: 'chipcheck/file-too-large',
      severity: 'error',
      reason: '',
      notes: { reason: { id: 'file.stdin-too-large', params: { limit: maxSize } }, hint: { id: 'hint.file-too-large' } },
    };
    return whole(notChecked(display, renderMessage(message, options.lang ?? 'en'), 'unknown'));
  }
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return whole(notChecked(display, renderMessage(decoded.error, options.lang ?? 'en'), 'binary'));
  const tooBig = memoryProblem(decoded.text.length);
  if (tooBig) return whole(notChecked(display, renderMessage(tooBig, options.lang ?? 'en'), decoded.encoding));
  const parseOptions = { encoding: decoded.encoding, bom: decoded.bom, ...(options.published ? { published: options.published } : {}) };
  return streamSource(parseSource(decoded.text, display, parseOptions), options);
}
