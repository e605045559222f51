import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseSource } from '../../../src/extract/source/index.js';
import { offsetProblems } from './invariant.js';

const seeds = readdirSync(join(import.meta.dirname, '../../../corpus/articles')).map((name) =>
  readFileSync(join(import.meta.dirname, '../../../corpus/articles', name), 'utf8'),
);

// Pieces that exercise every reader: markup, entities, line endings, tabs, astral characters, front matter.
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(
    '\n', '\r\n', '\r', '\n\n', '\t', ' ', '\u3000', '\u00a0', '---\n', '---\r\n', 'title: "标\\"题"\n', "date: '2024-12-25'\n",
    '<p>', '</p>', '<div>', '</div>', '<br>', '<table><tr><td>', '</td><td>', '</tr></table>', '<li>', '<ul>',
    '<script>', '</script>', '<img alt="x">', '<!--', '-->', '&amp;', '&nbsp;', '&#x20000;', '&#99;', '&bogus;', '&',
    '# ', '- ', '> ', '1. ', '| a | b |\n| - | - |\n', '`', '*', '_', '\\', '[', '](x)', '\u{20000}', '😀', '集成电路',
    '5822．2亿个', '2025年8月24日', '发布日期:2025-02-05', '•',
  ),
);
const document = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));

function check(text: string, path: string): void {
  const source = parseSource(text, path);
  const problems = offsetProblems(source);
  if (problems.length > 0) throw new Error(`${JSON.stringify(text)}: ${problems[0]}`);
}

describe('random input never throws and keeps the offset map exact', () => {
  it.each(['a.txt', 'a.md', 'a.html'])('%s', (path) => {
    fc.assert(fc.property(document, (text) => check(text, path)), { numRuns: Number(process.env.FUZZ_RUNS ?? 700) });
  });

  it('mutated seed articles', () => {
    const mutation = fc.record({
      seed: fc.nat(seeds.length - 1),
      at: fc.nat(),
      cut: fc.nat(40),
      insert: document,
      path: fc.constantFrom('a.txt', 'a.md', 'a.html'),
    });
    fc.assert(
      fc.property(mutation, ({ seed, at, cut, insert, path }) => {
        const text = seeds[seed]!;
        const i = at % (text.length + 1);
        check(text.slice(0, i) + insert + text.slice(i + cut), path);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
  });
});
