import { setFlagsFromString } from 'node:v8';

/**
 * V8's interrupt budget, in bytes of bytecode run, 4× its default of 132 KB: how long a function runs
 * before V8 considers optimising it. Checking articles, V8 optimises some 1,300 functions with TurboFan
 * over the first few thousand files, most of them warm rather than hot, and on two cores that compiling
 * competes with the checking (bench/analysis.md: 3,000 articles in one process took 15–20% less CPU with
 * this budget; the hot functions are optimised all the same, a little later).
 */
const INTERRUPT_BUDGET = 4 * 132 * 1024;

/**
 * Tune V8 for a run that checks many files: called by `chipcheck verify` before the pipeline first runs,
 * when it has many files (one short article is checked before a higher budget would pay off, and a little
 * slower). The setting is the process's: worker threads started later share it.
 */
export function tuneForBatch(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
