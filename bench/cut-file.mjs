// The baseline of "verify a 5 MB article": nodejieba's `cut` of the same text, in a fresh process, timed
// without loading the dictionary (chipcheck's figure includes its whole start-up, so this favours jieba).
// `node bench/cut-file.mjs <file>` prints one JSON line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const text = readFileSync(process.argv[2], 'utf8');
const jieba = require('nodejieba');
jieba.load();
const cpu = process.cpuUsage();
const started = performance.now();
const words = jieba.cut(text).length;
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ chars: text.length, words, ms, cpuMs: (used.user + used.system) / 1000 }));
