/**
 * Whether a decoded file fits in the memory this run may use. A file is read, parsed into blocks and checked
 * a window at a time, so what it needs is a small constant per character (its text, its blocks' text and
 * offset maps) plus one window's work, whatever its length. Past the heap V8 was given that would end in an
 * abort with no chipcheck message: refuse the file instead, with a message (the run exits 2).
 */
import { getHeapStatistics } from 'node:v8';
import type { Message } from '../../types.js';

/**
 * Characters of block text checked at a time (the pipeline's windows). Internal consistency (a figure
 * stated twice, parts and totals) is checked within a window: every article of ordinary length is one
 * window, so only a file of hundreds of pages has figures too far apart to be compared.
 */
export const WINDOW_CHARS = 1 << 18;

/**
 * Heap per UTF-16 code unit of text that stays while the file is checked: the text (2 bytes), its blocks'
 * text (2), block objects and line index. Measured at 2.5–4 (bench/analysis.md); doubled for the collector's
 * headroom.
 */
export const HEAP_PER_CHAR = 8;
/**
 * Heap per code unit of the window being checked (its mentions, claims and verdicts, a Markdown chunk's
 * tree, and the garbage they leave): a report with a claim in every line needs 32 MB for a full window.
 */
export const HEAP_PER_WINDOW_CHAR = 128;

/** What checking `chars` code units of decoded text needs on top of what the heap already holds. */
export function heapNeeded(chars: number): number {
  return chars * HEAP_PER_CHAR + Math.min(chars, WINDOW_CHARS) * HEAP_PER_WINDOW_CHAR;
}

/** An error message when `chars` code units of text would not fit in `free` bytes of heap; null when they do. */
export function memoryProblem(chars: number, free = freeHeap()): Message | null {
  const need = heapNeeded(chars);
  if (need <= free) return null;
  const mb = (n: number) => Math.ceil(n / (1024 * 1024));
  return {
    ruleId: 'chipcheck/file-too-large',
    severity: 'error',
    reason: `Cannot check: ${chars} characters need about ${mb(need)} MB of memory, and this run has ${mb(Math.max(0, free))} MB left`,
    hint: `Split the file, or give Node more memory (NODE_OPTIONS=--max-old-space-size=${Math.max(mb(need) * 2, 512)})`,
  };
}

/**
 * The young generation's share of V8's heap limit on 64-bit builds (three 16 MB semi-spaces): it is counted
 * in `heap_size_limit` (`--max-old-space-size=40` gives 88 MB) but long-lived data cannot live there.
 */
const YOUNG_GENERATION = 48 * 1024 * 1024;

/** Old-generation heap V8 may still allocate before it aborts. */
function freeHeap(): number {
  const heap = getHeapStatistics();
  return heap.heap_size_limit - YOUNG_GENERATION - heap.used_heap_size;
}
