// JIT warm-up: the same articles checked several times in one process, CPU per pass:
// `node [--trace-opt --trace-deopt] bench/warmup.mjs <corpus dir> [articles] [passes]`. The last line is JSON;
// run.mjs reads V8's trace lines before it (TurboFan compilations and deoptimisations per function).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built pipeline; BENCH_DIST points at another build (e.g. one made while dist/ is mid-rebuild). */
const DIST = process.env.BENCH_DIST ?? new URL('../dist', import.meta.url).href;
const [dir, count = '500', passes = '4'] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const files = manifest.files.slice(0, Number(count));
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const { checkText } = await import(`${DIST}/pipeline.js`);
const { loadDataset } = await import(`${DIST}/dataset/index.js`);
const dataset = loadDataset();

const cpuMs = [];
for (let pass = 0; pass < Number(passes); pass++) {
  const before = process.cpuUsage();
  for (let i = 0; i < texts.length; i++) checkText(texts[i], files[i], { dataset });
  const used = process.cpuUsage(before);
  cpuMs.push((used.user + used.system) / 1000);
  console.log(`pass ${pass}: ${cpuMs.at(-1).toFixed(0)} ms CPU`);
}
console.log(JSON.stringify({ articles: texts.length, cpuMs }));
