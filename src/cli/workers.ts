import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LoadOptions } from '../dataset/index.js';
import type { CheckOptions } from '../pipeline.js';
import type { FileResult } from '../types.js';
import { checkOne, type CheckedFile } from './check.js';

/** What each worker needs to check files on its own: how to load the dataset, and the check options. */
export interface WorkerSetup {
  dataset: LoadOptions;
  check: Omit<CheckOptions, 'dataset'>;
}

export interface WorkerJob {
  index: number;
  absolute: string;
  display: string;
}

type WorkerReply = { index: number; checked: CheckedFile } | { index: number; error: string };

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
function crashed(display: string, detail: string): CheckedFile {
  const result: FileResult = {
    path: display,
    published: null,
    kind: 'plain',
    encoding: 'utf-8',
    claims: [],
    messages: [{ ruleId: 'chipcheck/internal-error', severity: 'error', reason: `chipcheck failed on this file: ${detail.split('\n')[0]}`, hint: 'Run with --debug and report the stack trace.' }],
    ok: false,
  };
  return { result, text: undefined };
}

// Workers run the built JavaScript; from TypeScript sources (tests) files are checked in this thread.
const workerUrl = new URL('./worker.js', import.meta.url);
const canUseWorkers = import.meta.url.endsWith('.js');

/**
 * Check files, in parallel on worker threads when there are more than a handful, and return the results in
 * the order of `files` (the caller sorts them), whatever order they finish in.
 */
export async function checkMany(files: Array<{ absolute: string; display: string }>, options: CheckManyOptions): Promise<CheckedFile[]> {
  const total = files.length;
  const jobs = Math.max(1, Math.min(options.jobs || availableParallelism(), total));
  let done = 0;
  const finished = (path: string) => options.onProgress?.(++done, total, path);
  if (!canUseWorkers || jobs < 2 || total <= WORKER_THRESHOLD) {
    const out: CheckedFile[] = [];
    for (const file of files) {
      out.push(await checkOne(file.absolute, file.display, options.check));
      finished(file.display);
    }
    return out;
  }
  const results: CheckedFile[] = new Array(total);
  let next = 0;
  await Promise.all(
    Array.from({ length: jobs }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerUrl, { workerData: options.setup });
        const feed = () => {
          if (next >= total) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const index = next++;
          const file = files[index]!;
          worker.postMessage({ index, absolute: file.absolute, display: file.display } satisfies WorkerJob);
        };
        worker.on('message', (reply: WorkerReply) => {
          const file = files[reply.index]!;
          results[reply.index] = 'error' in reply ? crashed(file.display, reply.error) : reply.checked;
          finished(file.display);
          feed();
        });
        worker.on('error', reject);
        feed();
      }),
    ),
  );
  return results;
}
