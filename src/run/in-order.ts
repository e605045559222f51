/** How far a run may get ahead of the one consuming its results. */
export interface InOrderLimits {
  /** Tasks running at once. */
  concurrency: number;
  /**
   * Tasks started but not yet taken by the consumer (running, or done and waiting for an earlier one):
   * what bounds memory when one task is slow or the consumer waits on a slow output. At least `concurrency`.
   */
  window: number;
}

/**
 * Run `task(0)`…`task(total − 1)` and yield their values in index order, whatever order they finish in: a
 * reorder buffer that never holds more than `window` tasks' worth. A task that fails throws from the
 * generator when its turn comes; tasks still running then settle on their own and nothing more starts.
 */
export async function* inOrder<T>(total: number, limits: InOrderLimits, task: (index: number) => Promise<T>): AsyncGenerator<T> {
  const concurrency = Math.max(1, limits.concurrency);
  const window = Math.max(concurrency, limits.window);
  const settled = new Map<number, { value: T } | { error: unknown }>();
  let started = 0;
  let running = 0;
  let taken = 0;
  let wake: (() => void) | undefined;
  let stopped = false;
  const fill = () => {
    while (!stopped && running < concurrency && started < total && started - taken < window) {
      const index = started++;
      running++;
      task(index)
        .then(
          (value) => settled.set(index, { value }),
          (error: unknown) => settled.set(index, { error }),
        )
        .finally(() => {
          running--;
          fill();
          wake?.();
        });
    }
  };
  try {
    fill();
    while (taken < total) {
      let entry = settled.get(taken);
      while (entry === undefined) {
        await new Promise<void>((resolve) => (wake = resolve));
        entry = settled.get(taken);
      }
      settled.delete(taken);
      taken++;
      if ('error' in entry) throw entry.error;
      fill();
      yield entry.value;
    }
  } finally {
    // A consumer that stops early (an error, a closed output) starts nothing more.
    stopped = true;
  }
}
