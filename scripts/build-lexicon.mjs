#!/usr/bin/env node
// Reads the claims stage's word lists from corpus/lexicon/*.yaml, validates them with zod, and writes
// src/claims/lexicon.data.ts, which src/claims/lexicon.ts re-exports. The lists are data so that a reader can
// extend them and so that each one exists once; their example sentences run as tests
// (test/claims/lexicon.test.ts). A mistake in a file stops the build with the file, the entry and what is
// wrong. Run by `npm run build` before tsc; `node scripts/build-lexicon.mjs --check` only validates and
// compares with the committed module.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const LEXICON_DIR = join(ROOT, 'corpus', 'lexicon');
export const GENERATED = join(ROOT, 'src', 'claims', 'lexicon.data.ts');

const FLOWS = ['import', 'export', 'total_trade', 'net_import', 'production'];
const KINDS = ['flow', 'false-friend', 'product', 'partner', 'province', 'other', 'yoy', 'decrease', 'share', 'quantity', 'value', 'forecast', 'list', 'subset', 'neutral'];

/** The value field an entry may carry, by list: every entry of a list with `values: flow` names its flow. */
const VALUE_FIELDS = { flow: z.enum(FLOWS), hs: z.string().regex(/^8542(?:\d\d)?$/, 'an HS code 8542 or a subheading 8542xx'), partner: z.string().min(1), direction: z.enum(['increase', 'decrease']), order: z.enum(['import-export', 'export-import']), plain: z.string().min(1) };

const word = z.string().min(1).refine((w) => w.trim() === w, 'has leading or trailing spaces');

const Example = z
  .object({ sentence: z.string().min(1), word: word.optional(), not: word.optional() })
  .strict()
  .refine((e) => (e.word === undefined) !== (e.not === undefined), 'names either the word it shows (word:) or the word it must not find (not:)');

// A plain string is an entry without a value: `- 出口管制` is `- { word: 出口管制 }`.
const Entry = z.preprocess(
  (v) => (typeof v === 'string' ? { word: v } : v),
  z
    .object({
      word,
      flow: VALUE_FIELDS.flow.optional(),
      hs: VALUE_FIELDS.hs.optional(),
      partner: VALUE_FIELDS.partner.optional(),
      direction: VALUE_FIELDS.direction.optional(),
      order: VALUE_FIELDS.order.optional(),
      plain: VALUE_FIELDS.plain.optional(),
      negated: z.boolean().optional(),
      /** An other-subject that governs only its own clause (占到全球的66.3%), not the clauses after it. */
      clause: z.boolean().optional(),
      /** An other-subject that governs its whole sentence after it, chip words included (港股…华虹半导体跌约3%). */
      sentence: z.boolean().optional(),
      examples: z.array(z.string().min(1)).optional(),
    })
    .strict(),
);

const List = z
  .object({
    description: z.string().min(1),
    /** The kind `findTerms` gives the list's words; absent for lists other code reads directly. */
    kind: z.enum(KINDS).optional(),
    /** The entry field every entry must carry (`partner` is optional: only aliases name their canonical form). */
    values: z.enum(Object.keys(VALUE_FIELDS)).optional(),
    entries: z.array(Entry).min(1),
    examples: z.array(Example).default([]),
  })
  .strict();

const LexiconFile = z
  .object({
    concept: z.string().min(1),
    description: z.string().min(1),
    lists: z.record(z.string().regex(/^[a-z][a-z-]*$/, 'a list name in lower-case-with-dashes'), List),
  })
  .strict();

/** How each list becomes an export of lexicon.data.ts, the file it must be found in, and its value field. */
const EXPORTS = {
  flow: { file: 'flows.yaml', values: 'flow', emit: (l) => [record('FLOW_WORDS', 'Flow', l, 'flow'), set('NEGATED_FLOW_WORDS', 'Net words whose figure is export − import (negated: true in flows.yaml).', l.entries.filter((e) => e.negated).map((e) => e.word))] },
  'paired-flow': { file: 'flows.yaml', values: 'order', emit: (l) => [record('PAIRED_FLOW_WORDS', "'import-export' | 'export-import'", l, 'order')] },
  'false-friend': { file: 'flows.yaml', emit: (l) => [array('FLOW_FALSE_FRIENDS', l)] },
  quantity: { file: 'measures.yaml', emit: (l) => [array('QUANTITY_WORDS', l)] },
  value: { file: 'measures.yaml', emit: (l) => [array('VALUE_WORDS', l)] },
  share: { file: 'measures.yaml', emit: (l) => [array('SHARE_WORDS', l)] },
  'goods-base': { file: 'measures.yaml', emit: (l) => [array('GOODS_BASE_WORDS', l)] },
  dependence: { file: 'measures.yaml', emit: (l) => [array('DEPENDENCE_WORDS', l)] },
  average: { file: 'measures.yaml', emit: (l) => [array('AVERAGE_WORDS', l)] },
  product: { file: 'products.yaml', values: 'hs', emit: (l) => [record('PRODUCT_WORDS', 'string', l, 'hs')] },
  other: {
    file: 'other-subjects.yaml',
    emit: (l) => [
      array('OTHER_SUBJECTS', l),
      set('CLAUSE_ONLY_SUBJECTS', 'Other subjects that govern only their own clause (clause: true in other-subjects.yaml).', l.entries.filter((e) => e.clause).map((e) => e.word)),
      set('SENTENCE_WIDE_SUBJECTS', 'Other subjects that govern their whole sentence after them, chip words included (sentence: true in other-subjects.yaml).', l.entries.filter((e) => e.sentence).map((e) => e.word)),
    ],
  },
  'neutral-noun': { file: 'other-subjects.yaml', emit: (l) => [set('NEUTRAL_NOUNS', l.description, l.entries.map((e) => e.word))] },
  yoy: { file: 'changes.yaml', emit: (l) => [array('YOY_WORDS', l)] },
  decrease: { file: 'changes.yaml', emit: (l) => [array('DECREASE_WORDS', l)] },
  'amount-change': { file: 'changes.yaml', values: 'direction', emit: (l) => [record('AMOUNT_CHANGE_WORDS', "'increase' | 'decrease'", l, 'direction')] },
  partner: {
    file: 'partners.yaml',
    values: 'partner',
    emit: (l) => [array('PARTNERS', l), recordOf('PARTNER_ALIASES', 'string', l.entries.filter((e) => e.partner).map((e) => [e.word, e.partner]))],
  },
  province: { file: 'provinces.yaml', emit: (l) => [array('PROVINCES', l)] },
  'region-anaphor': { file: 'provinces.yaml', emit: (l) => [array('REGION_ANAPHORS', l)] },
  forecast: { file: 'forecast.yaml', emit: (l) => [array('FORECAST_WORDS', l)] },
  list: { file: 'structure.yaml', emit: (l) => [array('LIST_WORDS', l)] },
  subset: { file: 'structure.yaml', emit: (l) => [array('SUBSET_WORDS', l)] },
  neutral: { file: 'structure.yaml', emit: (l) => [array('NEUTRAL_WORDS', l)] },
  'every-year': { file: 'structure.yaml', emit: (l) => [array('EVERY_YEAR_WORDS', l)] },
  'flow-topic': { file: 'structure.yaml', emit: (l) => [array('FLOW_TOPIC_WORDS', l)] },
  comparison: { file: 'periods.yaml', emit: (l) => [array('COMPARISON_WORDS', l)] },
  'base-change': { file: 'periods.yaml', emit: (l) => [array('BASE_CHANGE_WORDS', l)] },
  release: { file: 'periods.yaml', emit: (l) => [array('RELEASE_WORDS', l)] },
  'month-aside': { file: 'periods.yaml', emit: (l) => [array('MONTH_ASIDE_WORDS', l)] },
  'spun-marker': { file: 'spun.yaml', values: 'plain', emit: (l) => [record('SPUN_MARKERS', 'string', l, 'plain')] },
  'spun-rewrite': { file: 'spun.yaml', values: 'plain', emit: (l) => [record('SPUN_REWRITES', 'string', l, 'plain')] },
};

export class LexiconError extends Error {}

function where(file, path, lists) {
  // lists.flow.entries.3 → lists.flow.entries[3] (word 进口), so the message names the entry.
  let text = '';
  let node = lists;
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : text ? `.${String(key)}` : String(key);
    node = node?.[key];
    if (typeof key === 'number' && node && typeof node === 'object' && typeof node.word === 'string') text += ` (word ${node.word})`;
    else if (typeof key === 'number' && typeof node === 'string') text += ` (${node})`;
  }
  return `corpus/lexicon/${file}: ${text || '(top level)'}`;
}

/** One file's lists, validated: entries as `{ word, …value }`, examples as `{ sentence, word | not }`. */
function readFile(dir, file) {
  let raw;
  try {
    raw = parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    throw new LexiconError(`corpus/lexicon/${file}: not valid YAML: ${error.message}`);
  }
  const parsed = LexiconFile.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${where(file, issue.path, raw)}: ${issue.message}`);
    throw new LexiconError(lines.join('\n'));
  }
  const problems = [];
  const lists = {};
  for (const [name, list] of Object.entries(parsed.data.lists)) {
    const at = (suffix) => `corpus/lexicon/${file}: lists.${name}${suffix}`;
    const target = EXPORTS[name];
    if (!target) problems.push(`${at('')}: unknown list; known lists: ${Object.keys(EXPORTS).join(', ')}`);
    else if (target.file !== file) problems.push(`${at('')}: belongs in ${target.file}`);
    // terms.ts gives each list's words the kind named like the list; lists it does not search have no kind.
    const kind = KINDS.includes(name) ? name : undefined;
    if (target && list.kind !== kind) problems.push(`${at('.kind')}: must be ${kind ?? 'absent (findTerms does not search this list)'}`);
    if (target && list.values !== target.values) problems.push(`${at('.values')}: must be ${target.values ?? 'absent'}`);
    const entries = list.entries;
    const examples = [...list.examples];
    const seen = new Map();
    entries.forEach((entry, i) => {
      const label = at(`.entries[${i}] (word ${entry.word})`);
      if (seen.has(entry.word)) problems.push(`${label}: duplicate word, already entry [${seen.get(entry.word)}]`);
      else seen.set(entry.word, i);
      for (const field of Object.keys(VALUE_FIELDS)) {
        if (field === list.values) continue;
        if (entry[field] !== undefined) problems.push(`${label}: has ${field}, but this list's values are ${list.values ?? 'none'}`);
      }
      if (list.values && list.values !== 'partner' && entry[list.values] === undefined) problems.push(`${label}: missing ${list.values}`);
      if (entry.negated !== undefined && name !== 'flow') problems.push(`${label}: negated is for flow words only`);
      for (const sentence of entry.examples ?? []) examples.push({ sentence, word: entry.word });
    });
    examples.forEach((example, i) => {
      const label = at(`.examples[${i}] (${example.sentence})`);
      if (example.word !== undefined) {
        if (!seen.has(example.word)) problems.push(`${label}: names ${example.word}, which is not an entry of this list`);
        if (!example.sentence.includes(example.word)) problems.push(`${label}: does not contain the word it names, ${example.word}`);
      } else {
        // A negative example about a word the list does not hold could never fail.
        if (!seen.has(example.not)) problems.push(`${label}: says ${example.not} is not found, but it is not an entry of this list`);
        if (!example.sentence.includes(example.not)) problems.push(`${label}: does not contain ${example.not}, the word it says is not found there`);
      }
    });
    lists[name] = { ...list, entries: entries.map(({ examples: _, ...e }) => e), examples };
  }
  if (problems.length > 0) throw new LexiconError(problems.join('\n'));
  return { file, concept: parsed.data.concept, description: parsed.data.description, lists };
}

/** Every file of `dir`, validated, in name order; throws a LexiconError naming every problem found. */
export function readLexicon(dir = LEXICON_DIR) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readFile(dir, f));
  const found = new Set(files.flatMap((f) => Object.keys(f.lists)));
  const missing = Object.keys(EXPORTS).filter((name) => !found.has(name));
  if (missing.length > 0) throw new LexiconError(`corpus/lexicon: missing lists ${missing.map((m) => `${m} (in ${EXPORTS[m].file})`).join(', ')}`);
  return files;
}

const quote = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const key = (s) => (/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(s) ? s : quote(s));
const doc = (list) => `/** ${list.description.trim().replace(/\s+/g, ' ').replace(/\*\//g, '*\\/')} */\n`;

function array(name, list) {
  return `${doc(list)}export const ${name}: string[] = [${list.entries.map((e) => quote(e.word)).join(', ')}];\n`;
}
function set(name, description, words) {
  return `${doc({ description })}export const ${name}: Set<string> = new Set([${words.map(quote).join(', ')}]);\n`;
}
function record(name, type, list, field) {
  return doc(list) + recordOf(name, type, list.entries.map((e) => [e.word, e[field]]));
}
function recordOf(name, type, pairs) {
  return `export const ${name}: Record<string, ${type}> = {\n${pairs.map(([k, v]) => `  ${key(k)}: ${quote(v)},\n`).join('')}};\n`;
}

/** The TypeScript module for `files`, as a string: the same input gives the same text. */
export function generateModule(files) {
  const out = [
    '// Generated by scripts/build-lexicon.mjs from corpus/lexicon/*.yaml:',
    `// ${files.map((f) => basename(f.file)).join(', ')}.`,
    '// Do not edit: edit the YAML files and run `npm run build` (or `node scripts/build-lexicon.mjs`).',
    '// test/claims/lexicon.test.ts fails when this file is out of date.',
    "import type { Flow } from '../types.js';",
    '',
  ];
  for (const file of files) {
    for (const [name, list] of Object.entries(file.lists)) {
      out.push(`// ${file.file}: ${name}`);
      out.push(...EXPORTS[name].emit(list));
    }
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const text = generateModule(readLexicon());
    if (process.argv.includes('--check')) {
      if (readFileSync(GENERATED, 'utf8') !== text) throw new LexiconError(`${GENERATED} is out of date: run node scripts/build-lexicon.mjs`);
    } else {
      writeFileSync(GENERATED, text);
    }
  } catch (error) {
    if (!(error instanceof LexiconError)) throw error;
    console.error(`build-lexicon: ${error.message}`);
    process.exit(1);
  }
}
