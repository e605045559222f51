import { readFileSync } from 'node:fs';
import { isScalar, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleYaml } from '../../../src/extract/source/front-matter.js';
import { markdownToBlocks } from '../../../src/extract/source/markdown.js';
import { fixture } from './fixtures.js';

const cases = readFileSync(fixture('front-matters.txt'), 'utf8').split('~~~~\n');

/** What the YAML parser reads from front matter: each top-level key's value and, for a scalar, its range. */
function parsed(raw: string) {
  const document = parseDocument(raw, { uniqueKeys: false });
  if (document.errors.length > 0) return 'invalid';
  const items = (document.contents as { items?: Array<{ key: unknown; value: unknown }> } | null)?.items ?? [];
  return items.map(({ key, value }) => {
    const scalar = isScalar(value) ? value : null;
    return {
      key: String(isScalar(key) ? key.value : key),
      value: (value as { toJS(doc: unknown): unknown }).toJS(document),
      ...(scalar?.range ? { start: scalar.range[0], end: scalar.range[1] } : {}),
      quoted: scalar?.type === 'QUOTE_SINGLE' || scalar?.type === 'QUOTE_DOUBLE',
    };
  });
}

describe('front matter read without the YAML parser (issue 17)', () => {
  it.each(cases.map((raw, i) => [i, raw] as const))('case %i: the same keys, values and offsets as the parser, or left to it', (_i, raw) => {
    const simple = readSimpleYaml(raw);
    if (simple === null) return;
    expect(simple).toEqual(parsed(raw));
  });

  it('reads the usual front matter itself and leaves the rest to the parser', () => {
    const read = cases.map((raw) => readSimpleYaml(raw) !== null);
    // Plain and quoted strings, dates, lists of strings, comments and blank lines: read here.
    expect(read.slice(0, 3)).toEqual([true, true, false]);
    expect(read[16]).toBe(true);
    expect(read[17]).toBe(true);
    // A number, a boolean, an empty value, an escape, a folded or continued scalar, a comment after a
    // value, a key YAML reads as a boolean: the parser's.
    for (const i of [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15]) expect(read[i], `case ${i}`).toBe(false);
    // A repeated key: both, in order, as the parser gives them.
    expect(readSimpleYaml(cases[11]!)!.map((e) => e.value)).toEqual(['2025-03-01', '第一个', '第二个']);
  });

  it.each(cases.map((raw, i) => [i, raw] as const))('case %i in an article: the same blocks, date and messages as with the parser', (_i, raw) => {
    const article = `---\n${raw.endsWith('\n') ? raw : `${raw}\n`}---\n\n# 标题\n\n2021年我国集成电路进口额为4325.5亿美元。\n`;
    expect(markdownToBlocks(article)).toEqual(markdownToBlocks(article, { fastPath: false }));
  });
});
