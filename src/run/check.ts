import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_MAX_SIZE, decodeBytes as decodeSource } from '../extract/source/index.js';
import { checkFile, checkText, type CheckOptions } from '../pipeline.js';
import { suppress } from '../report/suppress.js';
import type { FileResult, Message } from '../types.js';

/** One file's result with the decoded original text, which formatters and `fix` need for exact columns. */
export interface CheckedFile {
  result: FileResult;
  /** Undefined when the file could not be read. */
  text: string | undefined;
}

/** The decoded text every offset of a FileResult points into: the bytes again, decoded as the reader did. */
export function readOriginal(path: string, encoding: string): string | undefined {
  try {
    // TextDecoder drops a BOM, as the reader does, so offsets agree.
    return new TextDecoder(encoding).decode(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** Check one file (named `display` in the report), then drop the claims its ignore comments turn off. */
export async function checkOne(absolute: string, display: string, options: CheckOptions): Promise<CheckedFile> {
  let stat;
  try {
    stat = statSync(absolute, { throwIfNoEntry: false });
  } catch (error) {
    return { result: unreadableFile(display, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`), text: undefined };
  }
  if (!stat || stat.isDirectory()) return { result: unreadableFile(display, stat ? 'is a folder' : 'no such file or folder'), text: undefined };
  const result = { ...(await checkFile(absolute, options)), path: display };
  const text = result.ok ? readOriginal(absolute, result.encoding) : undefined;
  return { result: text === undefined ? result : suppress(result, text), text };
}

/** The result for a path that is not a readable file. */
export function unreadableFile(display: string, reason: string): FileResult {
  return {
    path: display,
    published: null,
    kind: 'plain',
    encoding: 'utf-8',
    claims: [],
    messages: [{ ruleId: 'chipcheck/unreadable-file', severity: 'error', reason, hint: 'Check the path: the other files were still checked.' }],
    ok: false,
  };
}

/** Check text that is already decoded (stdin, the library API). */
export function checkOneText(text: string, display: string, options: CheckOptions): CheckedFile {
  return { result: suppress(checkText(text, display, options), text), text };
}

/** Check bytes read from stdin as a file is checked: over `maxSize` or binary, it is refused (the run exits 2). */
export function checkOneBytes(bytes: Uint8Array, display: string, options: CheckOptions): CheckedFile {
  const refused = (message: Message, encoding: string): CheckedFile => ({
    result: { path: display, published: null, kind: 'plain', encoding, claims: [], messages: [message], ok: false },
    text: undefined,
  });
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (bytes.length > maxSize) {
    return refused(
      { ruleId: 'chipcheck/file-too-large', severity: 'error', reason: `Cannot check: the text is over the ${maxSize}-byte limit`, hint: 'Split the text, or raise the limit with --max-size' },
      'unknown',
    );
  }
  const decoded = decodeSource(bytes);
  if ('error' in decoded) return refused(decoded.error, 'binary');
  const checked = checkOneText(decoded.text, display, options);
  return { ...checked, result: { ...checked.result, encoding: decoded.encoding } };
}

/** Decode bytes from stdin: a BOM names UTF-16 or UTF-8; else UTF-8 when valid, GB18030 when not. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
