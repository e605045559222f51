/**
 * Sources: a file → decoded text → blocks with an exact offset map → publication date. The first stage
 * of the pipeline; it never throws for a file it cannot read, it says so in `messages`.
 */

import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Message, Source, SourceKind, TextBlock } from '../../types.js';
import { decodeBytes } from './decode.js';
import { htmlToBlocks } from './html.js';
import type { FrontMatter } from './front-matter.js';
import { markdownToBlocks } from './markdown.js';
import { memoryProblem } from './memory.js';
import { plainToBlocks } from './plain.js';
import { findPublished } from './published.js';
import { simplifyBlocks } from './simplify.js';
import { sniffKind } from './sniff.js';

export { decodeBytes } from './decode.js';
export { heapNeeded, memoryProblem } from './memory.js';
export { sniffKind } from './sniff.js';
export { findPublished, normaliseDate, type Published } from './published.js';
export type { FrontMatter } from './front-matter.js';

export interface ParseOptions {
  /** `YYYY-MM-DD`: overrides the date found in the file (the CLI's `--published`). */
  published?: string;
  /** The encoding the text was decoded from, reported as `Source.encoding`. Default `utf-8`. */
  encoding?: string;
  /** The decoded bytes began with a byte-order mark. Default: the text itself starts with U+FEFF. */
  bom?: boolean;
}

export interface ReadOptions extends Omit<ParseOptions, 'encoding'> {
  /** Largest file to read, in bytes. Default 50 MB. */
  maxSize?: number;
}

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

function checkPublished(published: string | undefined): void {
  if (published === undefined) return;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  const valid = m && new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).toISOString().slice(0, 10) === published;
  if (!valid) throw new TypeError(`published must be a date written YYYY-MM-DD (e.g. 2025-02-05), got "${published}"`);
}

/** Blocks, publication date and messages for already-decoded text. Pure. */
export function parseSource(text: string, path: string, options: ParseOptions = {}): Source {
  checkPublished(options.published);
  // Offsets count the text without its BOM.
  const bom = options.bom ?? text.charCodeAt(0) === 0xfeff;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const kind = sniffKind(path, text);
  let blocks: TextBlock[];
  let messages: Message[] = [];
  let frontMatter: FrontMatter | undefined;
  if (kind === 'markdown') {
    const read = markdownToBlocks(text);
    ({ blocks, messages, frontMatter } = read);
  } else if (kind === 'html') {
    ({ blocks, messages } = htmlToBlocks(text));
  } else {
    blocks = plainToBlocks(text);
  }
  blocks = simplifyBlocks(blocks);
  const found = options.published ? null : findPublished(text, blocks, kind, frontMatter);
  const source: Source = {
    path,
    text,
    kind,
    encoding: options.encoding ?? 'utf-8',
    bom,
    blocks,
    published: options.published ?? found?.date ?? null,
    messages,
    ok: true,
  };
  if (found) source.publishedOffset = found.offset;
  return source;
}

/** A file the reader could not turn into text: its one error message, no blocks, `ok: false`. */
export function unreadableSource(path: string, kind: SourceKind, message: Message, encoding = 'unknown'): Source {
  return { path, text: '', kind, encoding, bom: false, blocks: [], published: null, messages: [message], ok: false };
}

/** Decode and parse the bytes of a file: binary bytes give an unreadable source. */
function sourceOfBytes(bytes: Uint8Array, path: string, options: Omit<ParseOptions, 'encoding'> = {}): Source {
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return unreadableSource(path, sniffKind(path, ''), decoded.error, 'binary');
  const tooBig = memoryProblem(decoded.text.length);
  if (tooBig) return unreadableSource(path, sniffKind(path, ''), tooBig, decoded.encoding);
  const parseOptions: ParseOptions = { encoding: decoded.encoding, bom: decoded.bom };
  if (options.published) parseOptions.published = options.published;
  return parseSource(decoded.text, path, parseOptions);
}

/** Files up to this size are read synchronously (see readSource). */
const SYNC_READ_BYTES = 1024 * 1024;

/**
 * Read, decode and parse one file. I/O and decoding problems become an error message and no blocks; the
 * message leaves the path out, since the result names the file (the CLI prints it as the user wrote it).
 */
export async function readSource(path: string, options: ReadOptions = {}): Promise<Source> {
  checkPublished(options.published);
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const kind = sniffKind(path, '');
  let bytes: Uint8Array;
  try {
    // An article is a few kilobytes: read at once, it costs less than the trips through the thread pool and
    // back that stat, open, read and close would each take (a third of a run's time spent waiting for
    // them on a busy machine). Large files are still read without blocking.
    const info = statSync(path);
    if (info.isDirectory()) {
      return unreadableSource(path, kind, {
        ruleId: 'chipcheck/unreadable-file',
        severity: 'error',
        reason: 'Cannot read a directory',
        hint: 'Name the article files inside it',
        notes: { reason: { id: 'file.folder' }, hint: { id: 'hint.folder' } },
      });
    }
    if (info.size > maxSize) {
      return unreadableSource(path, kind, {
        ruleId: 'chipcheck/file-too-large',
        severity: 'error',
        reason: `Cannot check: ${info.size} bytes is over the ${maxSize}-byte limit`,
        hint: 'Split the file, or raise the limit with --max-size',
        notes: { reason: { id: 'file.too-large', params: { size: info.size, limit: maxSize } }, hint: { id: 'hint.file-too-large-file' } },
      });
    }
    bytes = info.size <= SYNC_READ_BYTES ? readFileSync(path) : await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    return unreadableSource(path, kind, {
      ruleId: 'chipcheck/unreadable-file',
      severity: 'error',
      reason: `Cannot read: ${why}`,
      hint: code === 'ENOENT' ? 'Check the path' : 'Check the file can be read',
      notes: {
        reason: { id: 'file.unreadable', params: { why: code === 'ENOENT' ? { term: 'file.no-such-file' } : code === 'EACCES' ? { term: 'file.permission-denied' } : why } },
        hint: { id: code === 'ENOENT' ? 'hint.check-path' : 'hint.check-readable' },
      },
    });
  }
  return sourceOfBytes(bytes, path, options.published ? { published: options.published } : {});
}
