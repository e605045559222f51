// Dataset load and index in a fresh process: `node bench/load-dataset.mjs`. Prints one JSON line with the
// time of loadDataset() (read, validate, index, derive), the module import before it, and the baseline: the
// same CSV files read and split into rows by the dataset's own CSV reader alone (no validation, no index),
// timed in the same process after loadDataset.
import { readFileSync } from 'node:fs';
/** The built pipeline; BENCH_DIST points at another build (e.g. one made while dist/ is mid-rebuild). */
const DIST = process.env.BENCH_DIST ?? new URL('../dist', import.meta.url).href;

const t0 = performance.now();
const { loadDataset, recordFiles, BUNDLED_DATASET } = await import(`${DIST}/dataset/index.js`);
const t1 = performance.now();
const cpu = process.cpuUsage();
const dataset = loadDataset();
const t2 = performance.now();
const used = process.cpuUsage(cpu);

const { readCsv } = await import(`${DIST}/dataset/csv.js`);
const t3 = performance.now();
let rows = 0;
for (const file of recordFiles(BUNDLED_DATASET)) rows += readCsv(readFileSync(file, 'utf8')).length - 1;
const t4 = performance.now();

console.log(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, loadCpuMs: (used.user + used.system) / 1000, parseOnlyMs: t4 - t3, rows, figures: dataset.figures.length }));
