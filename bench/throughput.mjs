// One in-process throughput measurement, run in its own process by bench/run.mjs (and under --cpu-prof for
// profiles): `node bench/throughput.mjs <chipcheck|jieba|recognizers> <corpus dir> <articles> [seconds]`.
// Texts are read into memory first and set-up (dataset, dictionary, recognizer models) is excluded, so the
// figure is the cost per character of the work itself. Prints one JSON line.
import { readFileSync } from 'node:fs';
/** The built pipeline; BENCH_DIST points at another build (e.g. one made while dist/ is mid-rebuild). */
const DIST = process.env.BENCH_DIST ?? new URL('../dist', import.meta.url).href;
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [mode, dir, count = '2000', seconds = '20'] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const files = manifest.files.slice(0, Number(count));
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
/** A time box for slow baselines: stop after this long and scale by the characters done. */
const budgetMs = Number(seconds) * 1000;

async function setup() {
  const started = performance.now();
  if (mode === 'chipcheck') {
    const { checkText } = await import(`${DIST}/pipeline.js`);
    const { loadDataset } = await import(`${DIST}/dataset/index.js`);
    const dataset = loadDataset();
    let claims = 0;
    const work = (text, i) => {
      claims += checkText(text, files[i], { dataset }).claims.length;
    };
    return { work, setupMs: performance.now() - started, extra: () => ({ claims }) };
  }
  if (mode === 'jieba') {
    const jieba = require('nodejieba');
    jieba.load(); // the default dictionary
    let words = 0;
    return { work: (text) => (words += jieba.cut(text).length), setupMs: performance.now() - started, extra: () => ({ words }) };
  }
  if (mode === 'recognizers') {
    const R = require('@microsoft/recognizers-text-suite');
    const culture = R.Culture.Chinese;
    let found = 0;
    // Recognizers is built for utterances and slows down more than linearly on long inputs: give it one
    // sentence (or line) at a time, its fastest use, so the comparison is fair to it.
    const work = (text) => {
      for (const sentence of text.split(/(?<=[。！？!?；\n])/)) {
        if (sentence.trim() === '') continue;
        found += R.recognizeNumber(sentence, culture).length + R.recognizeCurrency(sentence, culture).length + R.recognizeDateTime(sentence, culture).length;
      }
    };
    work('2024年1-7月，中国出口集成电路1086.3亿美元，同比增长20.5%。'); // builds the models
    return { work, setupMs: performance.now() - started, extra: () => ({ found }) };
  }
  throw new TypeError(`bench/throughput.mjs: unknown mode ${mode} (use chipcheck, jieba or recognizers)`);
}

const { work, setupMs, extra } = await setup();
// Warm-up so the JIT has seen the code (and lazily loaded parts are loaded); not counted.
const warmUp = mode === 'recognizers' ? 1 : 20;
for (let i = 0; i < Math.min(warmUp, texts.length); i++) work(texts[i], i);

let chars = 0;
let done = 0;
const cpu = process.cpuUsage();
const started = performance.now();
// The second half on its own: the rate once the JIT has settled (the first articles pay for compiling).
const half = Math.floor(texts.length / 2);
let secondHalf = null;
for (let i = 0; i < texts.length; i++) {
  if (i === half) secondHalf = { chars, ms: performance.now() - started, cpu: process.cpuUsage(cpu) };
  work(texts[i], i);
  chars += texts[i].length;
  done++;
  if (performance.now() - started > budgetMs && done >= 3) break;
}
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
const steady =
  secondHalf && done === texts.length
    ? { charsPerSecond: ((chars - secondHalf.chars) / (ms - secondHalf.ms)) * 1000, charsPerCpuSecond: ((chars - secondHalf.chars) / (cpuMs - (secondHalf.cpu.user + secondHalf.cpu.system) / 1000)) * 1000 }
    : null;
const out = { mode, articles: done, chars, ms, cpuMs, charsPerSecond: (chars / ms) * 1000, charsPerCpuSecond: (chars / cpuMs) * 1000, setupMs, steady, maxRssMB: process.resourceUsage().maxRSS / 1024, ...extra() };
console.log(JSON.stringify(out));
