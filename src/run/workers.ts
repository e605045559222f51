import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LoadOptions } from '../dataset/index.js';
import { statSync } from 'node:fs';
import { collect, renderMessage, type CheckedStream, type CheckOptions } from '../pipeline.js';
import type { FormatName, FormatOptions } from '../report/formatters/index.js';
import type { Lang } from '../report/messages/index.js';
import type { RenderedFile, RenderSetup } from '../report/rendered.js';
import type { FileResult } from '../types.js';
import { checkOne, notChecked, streamOne } from './check.js';
import { inOrder } from './in-order.js';

/** What each worker needs to check files on its own: how to load the dataset, and the check options. */
export interface WorkerSetup {
  dataset: LoadOptions;
  check: Omit<CheckOptions, 'dataset'>;
  /**
   * Render each file's claims in the worker, in this format (one with `claimText`), shaped by the report
   * stage's settings: what `canRenderWhereChecked` allows. Without it, workers send their results whole.
   */
  render?: RenderSetup & { format: FormatName; options: FormatOptions };
}

export interface WorkerJob {
  index: number;
  absolute: string;
  display: string;
}

export type WorkerReply = { index: number; checked: FileResult } | { index: number; rendered: RenderedFile } | { index: number; error: string };

export interface CheckManyOptions {
  setup: WorkerSetup;
  /** The dataset already loaded in this thread, for small runs. */
  check: CheckOptions;
  /** Threads to use; default (or 0): the number of cores. */
  jobs?: number;
  /** Called as each file finishes (in any order), for a progress bar. */
  onProgress?: (done: number, total: number, path: string) => void;
}

/** Below this many files a thread's start-up (and its own dataset load) costs more than it saves. */
const WORKER_THRESHOLD = 8;

/** A file the run could not check at all: reported like an unreadable file. */
export function crashed(display: string, detail: string, lang: Lang = 'en'): FileResult {
  const message = { ruleId: 'chipcheck/internal-error', severity: 'error' as const, reason: '', notes: { reason: { id: 'file.internal-error' as const, params: { why: detail.split('\n')[0] ?? '' } }, hint: { id: 'hint.internal-error' as const } } };
  return notChecked(display, renderMessage(message, lang));
}

// Workers run the built JavaScript; from TypeScript sources (tests) files are checked in this thread.
const workerUrl = new URL('./worker.js', import.meta.url);
const canUseWorkers = import.meta.url.endsWith('.js');

/**
 * How many files each thread may be ahead of the output: enough to ride out a run of slow files on this
 * thread (a worker's rendered files are a few KB of text each), few enough to stay small.
 */
const WINDOW_PER_JOB = 32;

/**
 * Check files, in parallel on worker threads when there are more than a handful, and yield the results in
 * the order of `files` (the caller sorts them) as soon as each and all before it are done. At most a few
 * results per thread wait in memory, however many files there are, and none are started while the
 * consumer (writing the report) falls behind.
 */
export async function* checkInOrder(files: Array<{ absolute: string; display: string }>, options: CheckManyOptions): AsyncGenerator<FileResult | CheckedStream | RenderedFile> {
  const total = files.length;
  const jobs = Math.max(1, Math.min(options.jobs || availableParallelism(), total));
  let done = 0;
  const finished = (path: string) => options.onProgress?.(++done, total, path);
  if (!canUseWorkers || jobs < 2 || total <= WORKER_THRESHOLD) {
    for (const file of files) {
      const checked = await streamOne(file.absolute, file.display, options.check);
      finished(file.display);
      yield checked;
    }
    return;
  }
  // This thread is one of the `jobs`: it checks files too, between writing results. Another worker would
  // load its own dataset, warm up its own JIT and send every result across, while this thread sat idle.
  const workers = Array.from({ length: jobs - 1 }, () => new Worker(workerUrl, { workerData: options.setup }));
  let local = 0;
  // Each worker has several files queued, so it never waits for this thread to hand it work: this thread
  // checks its own files in stretches of several milliseconds, and meanwhile answers no message.
  const perWorker = 8;
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const pending = new Map<number, { worker: Worker; resolve: (checked: FileResult | RenderedFile) => void; reject: (error: unknown) => void }>();
  let failure: unknown;
  for (const worker of workers) {
    worker.on('message', (reply: WorkerReply) => {
      const file = files[reply.index]!;
      const job = pending.get(reply.index);
      pending.delete(reply.index);
      if (load.has(worker)) load.set(worker, load.get(worker)! - 1);
      finished(file.display);
      job?.resolve('error' in reply ? crashed(file.display, reply.error, options.check.lang) : 'rendered' in reply ? reply.rendered : reply.checked);
    });
    const die = (error: unknown) => {
      failure ??= error;
      load.delete(worker);
      for (const [index, job] of pending) {
        if (job.worker !== worker) continue;
        pending.delete(index);
        job.reject(error);
      }
    };
    worker.on('error', die);
    worker.on('exit', (code) => die(new Error(`a worker thread stopped (exit code ${code})`)));
  }
  const check = (index: number) =>
    new Promise<FileResult | RenderedFile | 'large'>((resolve, reject) => {
      // A large file is checked on this thread when its turn comes, streamed: a worker would send its whole result at once.
      if (isLarge(files[index]!.absolute)) return resolve('large');
      // The least busy live worker, until every worker has `perWorker` files queued; then this thread, one
      // file at a time. Queued here, a file would wait behind this thread's others, and the replies and the
      // workers' next files with them: checks queued with setImmediate run back to back in one turn.
      let worker: Worker | undefined;
      for (const [w, n] of load) if (worker === undefined || n < load.get(worker)!) worker = w;
      if (failure === undefined && (!worker || (local === 0 && load.get(worker)! >= perWorker))) {
        local++;
        const file = files[index]!;
        // After this turn: a check holds the thread, and the worker's next file must be sent first.
        setImmediate(() => {
          checkOne(file.absolute, file.display, options.check)
            // A check that throws is reported on its file, as a worker's is.
            .catch((error: unknown) => crashed(file.display, error instanceof Error ? (error.stack ?? error.message) : String(error), options.check.lang))
            .then((checked) => {
              local--;
              finished(file.display);
              resolve(checked);
            });
        });
        return;
      }
      if (!worker) return reject(failure ?? new Error('no worker thread is left'));
      load.set(worker, load.get(worker)! + 1);
      pending.set(index, { worker, resolve, reject });
      const file = files[index]!;
      worker.postMessage({ index, absolute: file.absolute, display: file.display } satisfies WorkerJob);
    });
  try {
    let index = 0;
    for await (const checked of inOrder(total, { concurrency: jobs * perWorker, window: jobs * WINDOW_PER_JOB }, check)) {
      const file = files[index++]!;
      if (checked !== 'large') {
        yield checked;
        continue;
      }
      const streamed = await streamOne(file.absolute, file.display, options.check);
      finished(file.display);
      yield streamed;
    }
  } finally {
    for (const worker of workers) worker.removeAllListeners('exit');
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** All results at once, in the order of `files` (the library API returns a whole report). */
export async function checkMany(files: Array<{ absolute: string; display: string }>, options: CheckManyOptions): Promise<FileResult[]> {
  const out: FileResult[] = [];
  const { render: _render, ...setup } = options.setup;
  for await (const checked of checkInOrder(files, { ...options, setup })) {
    if ('rendered' in checked) throw new Error('a worker rendered a file without being asked to');
    out.push('head' in checked ? collect(checked) : checked);
  }
  return out;
}

/** Files larger than this are checked on the main thread, streamed, rather than by a worker. */
const LARGE_FILE_BYTES = 4 * 1024 * 1024;

function isLarge(path: string): boolean {
  try {
    return (statSync(path, { throwIfNoEntry: false })?.size ?? 0) > LARGE_FILE_BYTES;
  } catch {
    return false;
  }
}
