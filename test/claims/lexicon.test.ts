/**
 * The word lists of corpus/lexicon/*.yaml: their example sentences run here, through the same matching the
 * claims stage uses, so a longer word or a false friend that swallows a listed word fails its example; the
 * generated module must match the YAML; a broken file must stop the build with a message that names it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { GENERATED, generateModule, readLexicon } from '../../scripts/build-lexicon.mjs';
import {
  AMOUNT_CHANGE_WORDS,
  AVERAGE_BEFORE,
  CLAUSE_ONLY_SUBJECTS,
  EVERY_YEAR_BEFORE,
  FLOW_TOPIC,
  CHANGE_BEFORE,
  PAIRED_FLOW_WORDS,
  DEPENDENCE_AFTER,
  RELEASE_AFTER,
  FLOW_WORDS,
  GOODS_BASE_WORDS,
  NEGATED_FLOW_WORDS,
  PARTNER_ALIASES,
  PRODUCT_WORDS,
  SPUN_MARKERS,
  SPUN_REWRITES,
} from '../../src/claims/lexicon.js';
import { namesWholeCountry, regionAnaphorIn } from '../../src/claims/readers/entities.js';
import { foreignSubjectBefore } from '../../src/claims/segment.js';
import { simplifyBlocks, toSimplified } from '../../src/extract/source/simplify.js';
import { findTerms, type TermKind } from '../../src/claims/terms.js';
import { findPeriods } from '../../src/claims/periods.js';

interface Entry {
  word: string;
  flow?: string;
  hs?: string;
  partner?: string;
  direction?: 'increase' | 'decrease';
  negated?: boolean;
  clause?: boolean;
  plain?: string;
}
interface Example {
  sentence: string;
  word?: string;
  not?: string;
}
interface List {
  kind?: TermKind;
  entries: Entry[];
  examples: Example[];
}
interface LexiconFile {
  file: string;
  lists: Record<string, List>;
}

const files = readLexicon() as LexiconFile[];
const lists = files.flatMap((f) => Object.entries(f.lists).map(([name, list]) => ({ file: f.file, name, list })));

/** What the running code makes of an entry's value: the claims stage reads these maps, not the YAML. */
function valueChecks(name: string, entry: Entry): void {
  if (name === 'flow') {
    expect(FLOW_WORDS[entry.word]).toBe(entry.flow);
    expect(NEGATED_FLOW_WORDS.has(entry.word)).toBe(entry.negated === true);
  }
  if (name === 'product') expect(PRODUCT_WORDS[entry.word]).toBe(entry.hs);
  if (name === 'partner') expect(PARTNER_ALIASES[entry.word] ?? entry.word).toBe(entry.partner ?? entry.word);
  if (name === 'amount-change') expect(AMOUNT_CHANGE_WORDS[entry.word]).toBe(entry.direction);
  if (name === 'paired-flow') expect(PAIRED_FLOW_WORDS[entry.word]).toBe(entry.order);
  if (name === 'other') expect(CLAUSE_ONLY_SUBJECTS.has(entry.word)).toBe(entry.clause === true);
  if (name === 'spun-marker') expect(SPUN_MARKERS[entry.word]).toBe(entry.plain);
  if (name === 'spun-rewrite') expect(SPUN_REWRITES[entry.word]).toBe(entry.plain);
}

function expectUnspun(sentence: string, word: string, plain: string): void {
  const [block] = simplifyBlocks([{ kind: 'paragraph', text: sentence, offsets: [...Array(sentence.length + 1).keys()] }]);
  expect(block!.text).toContain(plain);
  expect(block!.text).not.toContain(toSimplified(word));
}

/** Lists other code reads directly, each checked the way that code uses it. */
const DIRECT_CHECKS: Record<string, (sentence: string, word: string, at: number) => void> = {
  // The text before the first digit after the word ends with the word (了/约 may follow): a change, not a level.
  'amount-change': (sentence, word, at) => {
    const digit = sentence.slice(at).search(/\d/);
    expect(digit, 'a number after the word').toBeGreaterThan(0);
    expect(CHANGE_BEFORE.exec(sentence.slice(0, at + digit))?.[1]).toBe(word);
  },
  // The flow word found there starts with the paired word and names the total; a 分别 list of two follows.
  'paired-flow': (sentence, word, at) => {
    const term = findTerms(sentence).find((t) => t.kind === 'flow' && t.start === at);
    expect(term?.word.startsWith(word)).toBe(true);
    expect(FLOW_WORDS[term!.word]).toBe('total_trade');
    expect(sentence.slice(at)).toMatch(/分别/);
  },
  // The word stands before an amount (a verb or 产量 between) and makes it an average, which the measure reader drops.
  average: (sentence, word, at) => {
    const digit = sentence.slice(at).search(/\d/);
    expect(digit, 'a number after the word').toBeGreaterThan(0);
    expect(AVERAGE_BEFORE.exec(sentence.slice(0, at + digit))?.[0].startsWith(word)).toBe(true);
  },
  // The word stands before the sentence's figure and makes it true of every year.
  'every-year': (sentence, word, at) => {
    const digit = sentence.slice(at).search(/\d/);
    expect(digit, 'a number after the word').toBeGreaterThan(0);
    expect(EVERY_YEAR_BEFORE.exec(sentence.slice(0, at + digit))?.[0]).toBe(word);
  },
  // The word follows a flow word and announces its figures.
  'flow-topic': (sentence, word, at) => {
    const topic = FLOW_TOPIC.exec(sentence);
    expect(topic?.[0].endsWith(word)).toBe(true);
    expect(topic!.index + topic![0].length).toBe(at + word.length);
  },
  // The period right after the word is a comparison base, not the period of what follows.
  comparison: (sentence, word, at) => {
    const period = findPeriods(sentence).find((p) => p.start >= at + word.length);
    expect(period?.start, 'a period right after the word').toBe(at + word.length);
    expect(period?.base).toBe(true);
  },
  // The year right before the word (同期 may stand between), after a figure of a later year, is a comparison base.
  'base-change': (sentence, word, at) => {
    const year = findPeriods(sentence)
      .filter((p) => p.year !== undefined && p.end <= at)
      .at(-1);
    expect(sentence.slice(year?.end ?? 0, at)).toMatch(/^\s*(?:同期)?\s*$/);
    expect(year?.base).toBe(true);
  },
  // A period with its year stands before the word in its clause and dates the release the word names.
  release: (sentence, word, at) => {
    const period = findPeriods(sentence)
      .filter((p) => p.year !== undefined && p.end <= at)
      .at(-1);
    expect(period, 'a period with its year before the word').toBeDefined();
    expect(RELEASE_AFTER.exec(sentence.slice(period!.end))?.[1]).toBe(word);
  },
  // A month named in a sentence about the word (5月份，…增加值…) is picked out of the period before it, for that sentence.
  'month-aside': (sentence, word) => {
    let from = 0;
    const months = [];
    for (const part of sentence.split('。')) {
      if (part.includes(word)) months.push(...findPeriods(sentence, from, from + part.length).filter((p) => p.fromMonth !== undefined && p.fromMonth === p.toMonth));
      from += part.length + 1;
    }
    expect(months.length, 'a single month in a sentence about the word').toBeGreaterThan(0);
    expect(months.every((p) => p.part)).toBe(true);
  },
  // The word follows a rate (8成, 70%) and makes it a dependence ratio, which the measure reader drops.
  dependence: (sentence, word, at) => {
    expect(sentence.slice(0, at)).toMatch(/(?:\d|成)\s*%?\s*(?:都|均|仍|还|以上)?\s*$/u);
    expect(DEPENDENCE_AFTER.exec(sentence.slice(at))?.[0].trim()).toBe(word);
  },
  // The word stands after a share word (占), where the measure reader looks for a goods base.
  'goods-base': (sentence, word, at) => {
    expect(findTerms(sentence).some((t) => t.kind === 'share' && t.end <= at)).toBe(true);
    expect(GOODS_BASE_WORDS).toContain(word);
  },
  // The source stage reads the sentence with the rewrite undone: the plain word stands where the spun one was.
  'spun-marker': (sentence, word) => expectUnspun(sentence, word, SPUN_MARKERS[word]!),
  'spun-rewrite': (sentence, word) => expectUnspun(sentence, word, SPUN_REWRITES[word]!),
  // The entities reader finds the word in the sentence, and the sentence does not speak of the whole country.
  'region-anaphor': (sentence, word) => {
    expect(regionAnaphorIn(sentence)).toBe(word);
    expect(namesWholeCountry(sentence)).toBe(false);
  },
  // jieba, looking back from the word for a noun that governs a number, does not name it as another subject.
  'neutral-noun': (sentence, word, at) => {
    expect(foreignSubjectBefore(sentence, at + word.length, () => false)).not.toBe(word);
  },
};

describe('corpus/lexicon examples', () => {
  for (const { file, name, list } of lists) {
    describe(`${file}: ${name}`, () => {
      it('has examples', () => {
        expect(list.examples.length).toBeGreaterThan(0);
      });
      for (const example of list.examples) {
        if (example.word !== undefined) {
          const word = example.word;
          it(`finds ${word} in ${example.sentence}`, () => {
            const at = example.sentence.indexOf(word);
            if (list.kind) {
              const kinds = findTerms(example.sentence)
                .filter((t) => t.start === at)
                .map((t) => `${t.word}:${t.kind}`);
              expect(kinds).toContain(`${word}:${list.kind}`);
            } else {
              const check = DIRECT_CHECKS[name];
              expect(check, `a check for list ${name}`).toBeDefined();
              check!(example.sentence, word, at);
            }
            valueChecks(name, list.entries.find((e) => e.word === word)!);
          });
        } else {
          const not = example.not!;
          it(`does not find ${not} as ${list.kind ?? name} in ${example.sentence}`, () => {
            expect(list.kind, 'negative examples need a list that findTerms searches').toBeDefined();
            const found = findTerms(example.sentence).filter((t) => t.kind === list.kind && t.word === not);
            expect(found).toEqual([]);
          });
        }
      }
    });
  }

  it('gives every entry with a value its value in the generated module', () => {
    for (const { name, list } of lists) for (const entry of list.entries) valueChecks(name, entry);
  });
});

describe('traditional characters', () => {
  // The lists hold simplified words only: the reader converts traditional text character by character first
  // (src/extract/source/simplify.ts). These traditional forms had their own entries before; each must still
  // be found, with the same value, once converted.
  const formerEntries: Array<[string, TermKind, string?]> = [
    ['產量', 'flow', 'production'],
    ['進出口', 'flow', 'total_trade'],
    ['進口額', 'flow', 'import'],
    ['進口', 'flow', 'import'],
    ['積體電路', 'product', '8542'],
    ['處理器', 'product', '854231'],
    ['記憶體', 'product', '854232'],
    ['存儲器', 'product', '854232'],
    ['集成電路', 'product', '8542'],
    ['數量', 'quantity'],
    ['金額', 'value'],
    ['年減', 'decrease'],
    ['減少', 'decrease'],
    ['增長', 'yoy'],
    ['成長', 'yoy'],
  ];
  for (const [traditional, kind, value] of formerEntries) {
    it(`finds ${traditional} as ${kind} after conversion`, () => {
      const sentence = toSimplified(`台灣${traditional}為12.5億美元。`);
      const at = 2;
      const term = findTerms(sentence).find((t) => t.start === at && t.kind === kind);
      expect(term?.end).toBe(at + traditional.length);
      if (kind === 'flow') expect(FLOW_WORDS[term!.word]).toBe(value);
      if (kind === 'product') expect(PRODUCT_WORDS[term!.word]).toBe(value);
    });
  }
});

describe('scripts/build-lexicon.mjs', () => {
  it('generated src/claims/lexicon.data.ts from the current YAML (run npm run build if this fails)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(generateModule(readLexicon()));
  });

  function lexiconWith(yaml: string): () => unknown {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    writeFileSync(join(dir, 'flows.yaml'), yaml);
    return () => readLexicon(dir);
  }
  const header = 'concept: Flows\ndescription: test\nlists:\n  flow:\n    kind: flow\n    description: test\n    values: flow\n';

  it('rejects a duplicate word, naming the file and both entries', () => {
    const read = lexiconWith(`${header}    entries:\n      - { word: 进口, flow: import }\n      - { word: 进口, flow: export }\n`);
    expect(read).toThrow('corpus/lexicon/flows.yaml: lists.flow.entries[1] (word 进口): duplicate word, already entry [0]');
  });

  it('rejects an example that does not contain the word it names', () => {
    const read = lexiconWith(`${header}    entries:\n      - { word: 进口, flow: import }\n    examples:\n      - { sentence: 出口增长5%。, word: 进口 }\n`);
    expect(read).toThrow('lists.flow.examples[0] (出口增长5%。): does not contain the word it names, 进口');
  });

  it('rejects an unknown flow and a missing value, naming the entry', () => {
    const read = lexiconWith(`${header}    entries:\n      - { word: 进口, flow: imports }\n`);
    expect(read).toThrow(/flows\.yaml: lists\.flow\.entries\[0\] \(word 进口\)\.flow: /);
    const missing = lexiconWith(`${header}    entries:\n      - 进口\n`);
    expect(missing).toThrow('lists.flow.entries[0] (word 进口): missing flow');
  });

  it('rejects a negative example about a word the list does not hold (it could never fail)', () => {
    const read = lexiconWith(`${header}    entries:\n      - { word: 进口, flow: import }\n    examples:\n      - { sentence: 出口管制趋严。, not: 出口 }\n`);
    expect(read).toThrow('lists.flow.examples[0] (出口管制趋严。): says 出口 is not found, but it is not an entry of this list');
  });

  it('rejects a list whose kind is not the one findTerms gives its words', () => {
    const read = lexiconWith(header.replace('kind: flow', 'kind: product') + `    entries:\n      - { word: 进口, flow: import }\n`);
    expect(read).toThrow('corpus/lexicon/flows.yaml: lists.flow.kind: must be flow');
  });
});
