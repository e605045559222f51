/**
 * Typo diagnosis on the written number: the single slips that would make a contradicting claim agree — a
 * missing or extra magnitude (亿, 万), a shifted decimal point, one wrong digit, two adjacent digits
 * swapped. Each candidate carries the corrected text, keeping the author's digit width (５ vs 5).
 */

import type { Claim } from '../types.js';

export type SlipKind = 'magnitude-slip' | 'decimal-slip' | 'digit-slip' | 'digit-swap';

export interface Slip {
  kind: SlipKind;
  /** The corrected value in base units. */
  value: number;
  /** The claim text with the slip corrected. */
  suggestion: string;
  /** What was written and what it becomes: the magnitude word (`万` → `亿`, `` for none) or the numeral. */
  from: string;
  to: string;
}

const FULL_WIDTH_ZERO = 0xff10;

/**
 * A number as written, with the places of its numeral and magnitude word that the number scanner found:
 * 0-based, end-exclusive indices into `text`. Slips edit these places; nothing here re-reads the number.
 */
export interface WrittenNumber {
  text: string;
  numeral: [number, number];
  magnitude: [number, number] | null;
}

/** A claim's number as written: its text, and its spans moved from file offsets to indices into the text. */
export function writtenOf(claim: Pick<Claim, 'text' | 'range' | 'spans'>): WrittenNumber {
  const at = (span: [number, number]): [number, number] => [span[0] - claim.range[0], span[1] - claim.range[0]];
  return { text: claim.text, numeral: at(claim.spans.numeral), magnitude: claim.spans.magnitude && at(claim.spans.magnitude) };
}

interface Numeral {
  /** Index range of the numeral (digits and point, possibly PDF-spaced) in the written text. */
  start: number;
  end: number;
  /** ASCII digits and '.', spaces removed. */
  ascii: string;
  fullWidth: boolean;
  point: string;
}

/** Arabic digits (half- or full-width) with at most one point, which PDF text may space ("15. 3"). */
const ARABIC_NUMERAL = /^[0-9０-９]+(?:([.．﹒]) ?[0-9０-９]+)?$/u;

/** The numeral of a written number, when it is written in Arabic digits: slips edit digits, not 两千. */
function numeralOf(written: WrittenNumber): Numeral | undefined {
  const [start, end] = written.numeral;
  const raw = written.text.slice(start, end);
  const match = ARABIC_NUMERAL.exec(raw);
  if (!match) return undefined;
  const ascii = raw.replace(/\s/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - FULL_WIDTH_ZERO + 48)).replace(/[．﹒]/g, '.');
  return { start, end, ascii, fullWidth: /[０-９]/.test(raw), point: match[1] ?? '.' };
}

function render(n: Numeral, ascii: string): string {
  let out = ascii.replace('.', n.point);
  if (n.fullWidth) out = out.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 48 + FULL_WIDTH_ZERO));
  return out;
}

function replaceNumeral(text: string, n: Numeral, ascii: string): string {
  return text.slice(0, n.start) + render(n, ascii) + text.slice(n.end);
}

/** Move the decimal point of an ASCII numeral by `k` places (k > 0 multiplies). */
function movePoint(ascii: string, k: number): string {
  const [int = '', frac = ''] = ascii.split('.');
  let digits = int + frac;
  let pointAt = int.length + k;
  if (pointAt <= 0) {
    digits = '0'.repeat(1 - pointAt) + digits;
    pointAt = 1;
  }
  if (pointAt > digits.length) digits = digits + '0'.repeat(pointAt - digits.length);
  let intPart = digits.slice(0, pointAt).replace(/^0+(?=\d)/, '');
  const fracPart = digits.slice(pointAt).replace(/0+$/, '');
  if (intPart === '') intPart = '0';
  return fracPart ? `${intPart}.${fracPart}` : intPart;
}

/**
 * Every single slip of `written` (a claim as written, value `value` in base units) whose corrected value
 * `fits`. Digit slips are only tried on numbers with enough digits that a chance fit is unlikely.
 */
export interface SlipOptions {
  /** A rate (19.3%) has no magnitude word, and only a one-place shift (1.2% for 12%) is a plausible slip. */
  kind?: 'level' | 'rate';
  /**
   * Try digit edits (one wrong digit, a swap). Only against a precise figure: within a wide interval (bounds,
   * 近, 约) some digit edit fits by chance.
   */
  digits?: boolean;
}

/** Significant digits as written: 2800 has two, 5822.2 has five; none for a numeral in Chinese. */
export function significantDigits(written: WrittenNumber): number {
  const n = numeralOf(written);
  if (!n) return 0;
  const [int = '', frac = ''] = n.ascii.split('.');
  const digits = (frac ? int + frac : int.replace(/0+$/, '')).replace(/^0+/, '');
  return digits.length;
}

export function findSlips(written: WrittenNumber, value: number, fits: (value: number) => boolean, options: SlipOptions = {}): Slip[] {
  const kind = options.kind ?? 'level';
  const { text } = written;
  const n = numeralOf(written);
  if (!n || value === 0) return [];
  const slips: Slip[] = [];
  const shifts = kind === 'rate' ? [-1, 1] : [-3, -2, -1, 1, 2, 3];
  // The magnitude word of this numeral: right after it (spaces aside), not a range's second end (600-700亿)
  // nor one after 多 (300多亿); a missing one would go right after the numeral.
  const [magStart, magEnd] =
    written.magnitude !== null && text.slice(n.end, written.magnitude[0]).trim() === '' ? written.magnitude : [n.end, n.end];
  const magnitude = text.slice(magStart, magEnd);

  // Missing or extra magnitude words.
  const magnitudeEdits: Array<{ k: number; to: string }> = [];
  if (magnitude === '') magnitudeEdits.push({ k: 8, to: '亿' }, { k: 4, to: '万' });
  if (magnitude === '亿' || magnitude === '億') magnitudeEdits.push({ k: -8, to: '' }, { k: 4, to: '万亿' });
  if (magnitude === '万' || magnitude === '萬') magnitudeEdits.push({ k: -4, to: '' }, { k: 4, to: '亿' }, { k: 8, to: '万亿' });
  if (magnitude === '万亿' || magnitude === '萬億') magnitudeEdits.push({ k: -4, to: '亿' }, { k: -8, to: '万' });
  for (const e of kind === 'rate' ? [] : magnitudeEdits) {
    const v = value * 10 ** e.k;
    if (fits(v)) slips.push({ kind: 'magnitude-slip', value: v, suggestion: text.slice(0, magStart) + e.to + text.slice(magEnd), from: magnitude, to: e.to });
  }

  // A shifted decimal point.
  for (const k of shifts) {
    const v = value * 10 ** k;
    if (!fits(v)) continue;
    const moved = movePoint(n.ascii, k);
    slips.push({ kind: 'decimal-slip', value: v, suggestion: replaceNumeral(text, n, moved), from: n.ascii, to: moved });
  }

  if (options.digits === false) return slips;
  const digits = significantDigits(written);
  const scale = value / Number(n.ascii);
  // One wrong digit: only for four or more significant digits, and only when it is the one way to fit.
  if (digits >= 4 && Number.isFinite(scale)) {
    const found: Slip[] = [];
    for (let i = 0; i < n.ascii.length; i++) {
      const c = n.ascii[i]!;
      if (c === '.') continue;
      for (let d = 0; d <= 9; d++) {
        if (String(d) === c || (i === 0 && d === 0)) continue;
        const edited = n.ascii.slice(0, i) + d + n.ascii.slice(i + 1);
        const v = Number(edited) * scale;
        if (fits(v)) found.push({ kind: 'digit-slip', value: v, suggestion: replaceNumeral(text, n, edited), from: n.ascii, to: edited });
      }
    }
    if (found.length === 1) slips.push(found[0]!);
  }
  // Two adjacent digits swapped.
  if (digits >= 3 && Number.isFinite(scale)) {
    for (let i = 0; i + 1 < n.ascii.length; i++) {
      const a = n.ascii[i]!;
      const b = n.ascii[i + 1]!;
      if (a === '.' || b === '.' || a === b || (i === 0 && b === '0')) continue;
      const edited = n.ascii.slice(0, i) + b + a + n.ascii.slice(i + 2);
      const v = Number(edited) * scale;
      if (fits(v)) slips.push({ kind: 'digit-swap', value: v, suggestion: replaceNumeral(text, n, edited), from: n.ascii, to: edited });
    }
  }
  return slips;
}
