import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/run/in-order.js';

/** A task whose finishing the test decides: `finish(i)` settles task i. */
function controlled() {
  const settle = new Map<number, { resolve: (v: string) => void; reject: (e: unknown) => void }>();
  const started: number[] = [];
  const task = (index: number) =>
    new Promise<string>((resolve, reject) => {
      started.push(index);
      settle.set(index, { resolve, reject });
    });
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return { task, started, finish: async (i: number) => (settle.get(i)!.resolve(`file ${i}`), tick()), fail: async (i: number) => (settle.get(i)!.reject(new Error(`file ${i} broke`)), tick()), tick };
}

describe('inOrder: results in file order, at most a window ahead', () => {
  it('yields in index order whatever order the tasks finish in', async () => {
    const out: string[] = [];
    const delays = [30, 5, 20, 0, 10, 15, 1];
    for await (const v of inOrder(delays.length, { concurrency: 3, window: 4 }, (i) => new Promise<string>((r) => setTimeout(() => r(`file ${i}`), delays[i])))) out.push(v);
    expect(out).toEqual(delays.map((_, i) => `file ${i}`));
  });

  it('yields the first result while the last is still running, and starts nothing past the window', async () => {
    const c = controlled();
    const run = inOrder(10, { concurrency: 2, window: 3 }, c.task);
    const first = run.next();
    await c.tick();
    expect(c.started).toEqual([0, 1]);
    await c.finish(1); // done out of order: waits in the buffer
    expect(c.started).toEqual([0, 1, 2]); // 0 running, 1 waiting, 2 running: the window of 3 is full
    await c.finish(2);
    expect(c.started).toEqual([0, 1, 2]);
    await c.finish(0);
    expect((await first).value).toBe('file 0');
    expect((await run.next()).value).toBe('file 1');
    expect(c.started).toEqual([0, 1, 2, 3, 4]);
    await run.return(undefined);
  });

  it('throws a failed task when its turn comes, after the results before it', async () => {
    const c = controlled();
    const out: string[] = [];
    const consume = (async () => {
      for await (const v of inOrder(4, { concurrency: 2, window: 2 }, c.task)) out.push(v);
    })().then(
      () => null,
      (error: Error) => error.message,
    );
    await c.tick();
    await c.fail(1);
    await c.finish(0);
    expect(await consume).toBe('file 1 broke');
    expect(out).toEqual(['file 0']);
    expect(c.started).toEqual([0, 1, 2]);
  });
});
