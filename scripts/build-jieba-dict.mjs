#!/usr/bin/env node
// Writes corpus/lexicon/jieba.compact.utf8: the 20,000 most frequent words of nodejieba's default dictionary
// (word, frequency, part of speech). Loading it takes about a tenth of the default dictionary's time, and
// chipcheck only asks jieba for the part of speech of the nouns around a number. Run after upgrading
// nodejieba; the output is committed so nothing is generated at install or run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { jiebaNouns } from './jieba-nouns.mjs';

const require = createRequire(import.meta.url);
const jieba = require('nodejieba');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lines = readFileSync(jieba.DEFAULT_DICT, 'utf8').split('\n').filter(Boolean);
const rows = lines.map((l) => l.split(' ')).filter((r) => r.length === 3);
rows.sort((a, b) => Number(b[1]) - Number(a[1]) || (a[0] < b[0] ? -1 : 1));
const out = rows.slice(0, 20000).map((r) => r.join(' ')).join('\n') + '\n';
writeFileSync(join(root, 'corpus/lexicon/jieba.compact.utf8'), out);
console.log(`wrote ${Math.min(rows.length, 20000)} words`);

// The HMM model only splits runs of characters the dictionary does not know, and chipcheck ignores those
// unknown words (src/claims/segment.ts): a model with the start and transition tables and a small emission
// table loads in a fraction of the time of the full 500 KB one.
const hmm = readFileSync(jieba.DEFAULT_HMM_DICT, 'utf8').split('\n');
let dataLines = 0;
const compactHmm = hmm.map((line) => {
  if (line.startsWith('#') || line.trim() === '') return line;
  dataLines++;
  // Lines 1–5 are the start and transition tables; lines 6–9 the emission tables of B, E, M, S.
  return dataLines <= 5 ? line : line.split(',').slice(0, 64).join(',');
});
writeFileSync(join(root, 'corpus/lexicon/jieba.hmm.utf8'), compactHmm.join('\n'));
console.log('wrote the compact HMM model');

// Every word jieba could tag as a noun other than a person, place or organisation: src/claims/segment.ts
// asks jieba about a text only when it holds one of them, since no other word can be the foreign subject it
// looks for. test/claims/segment.test.ts fails when this file is out of date.
writeFileSync(join(root, 'corpus/lexicon/jieba.nouns.txt'), jiebaNouns(join(root, 'corpus/lexicon')));
console.log('wrote the nouns');
