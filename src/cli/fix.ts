import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createTwoFilesPatch } from 'diff';
import type { CheckedClaim } from '../types.js';
import { parseCliArgs } from './args.js';
import { checkOne } from './check.js';
import { displayPath } from './inputs.js';
import type { CliIO } from './io.js';
import { prepare } from './verify.js';

const FIX_OPTIONS = new Set(['dry-run', 'dataset', 'dataset-replace', 'published', 'config', 'max-size', 'debug', 'no-color', 'color', 'help']);

/** A typo's replacement: the claim's range in the original text and what goes there. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  claim: CheckedClaim;
}

/** The edits `fix` makes: typos with a suggestion whose range still holds the text the claim was read from. */
export function typoEdits(text: string, claims: readonly CheckedClaim[]): Edit[] {
  const edits = claims
    .filter((c) => c.verdict === 'typo' && c.suggestion !== null && c.suggestion !== c.text)
    .filter((c) => text.slice(c.start.offset, c.end.offset) === c.text)
    .map((c) => ({ start: c.start.offset, end: c.end.offset, text: c.suggestion!, claim: c }))
    .sort((a, b) => a.start - b.start);
  // Overlapping suggestions cannot both be right: keep the first.
  const kept: Edit[] = [];
  for (const e of edits) if (kept.length === 0 || e.start >= kept[kept.length - 1]!.end) kept.push(e);
  return kept;
}

/** Apply edits (sorted, not overlapping) to the text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Encode text back into the file's encoding, keeping a byte-order mark the original had. */
export async function encode(text: string, encoding: string, original: Uint8Array): Promise<Buffer> {
  const enc = encoding.toLowerCase();
  if (enc === 'utf-8' || enc === 'utf8') {
    const bom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf;
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

/** `chipcheck fix FILE… [--dry-run]`: apply typo suggestions, or print them as a unified diff. */
export async function fixCommand(args: string[], io: CliIO): Promise<number> {
  const { options, unknown, invalid } = parseCliArgs(args, FIX_OPTIONS);
  for (const line of [...unknown, ...invalid]) io.stderr(`chipcheck fix: ${line}\n`);
  if (invalid.length > 0) return 2;
  if (options.positionals.length === 0) {
    io.stderr('chipcheck fix: name the files to fix (chipcheck fix FILE… [--dry-run])\n');
    return 2;
  }
  const setup = await prepare(options, io.cwd);
  if (typeof setup === 'string') {
    io.stderr(`chipcheck fix: ${setup}\n`);
    return 2;
  }
  let failed = unknown.length > 0;
  for (const input of options.positionals) {
    const absolute = resolve(io.cwd, input);
    const display = displayPath(absolute, io.cwd);
    const { result, text } = await checkOne(absolute, display, setup.check);
    if (!result.ok || text === undefined) {
      io.stderr(`chipcheck fix: ${display}: ${result.messages[0]?.reason ?? 'could not be read'}\n`);
      failed = true;
      continue;
    }
    const edits = typoEdits(text, result.claims);
    if (edits.length === 0) {
      if (!options.dryRun) io.stdout(`${display}: no typo to fix\n`);
      continue;
    }
    const fixed = applyEdits(text, edits);
    if (options.dryRun) {
      io.stdout(createTwoFilesPatch(`a/${display}`, `b/${display}`, text, fixed, undefined, undefined, { context: 1 }));
      continue;
    }
    try {
      const original = readFileSync(absolute);
      writeAtomically(absolute, await encode(fixed, result.encoding, original));
      const list = edits.map((e) => `${e.claim.start.line}:${e.claim.start.column} ${e.claim.text} → ${e.text}`).join(', ');
      io.stdout(`${display}: fixed ${edits.length} typo${edits.length === 1 ? '' : 's'} (${list})\n`);
    } catch (error) {
      io.stderr(`chipcheck fix: ${display}: not written: ${(error as Error).message}\n`);
      failed = true;
    }
  }
  return failed ? 2 : 0;
}
