import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/extract/source/index.js';
import type { Source } from '../../../src/types.js';
import { fixture } from './fixtures.js';
import { expectOffsetsExact, offsetProblems } from './invariant.js';

const fixtures = readdirSync(fixture('')).filter((name) => !name.endsWith('.mjs') && name !== 'binary.png');
const seeds = readdirSync(join(import.meta.dirname, '../../../corpus/articles')).map((name) =>
  join(import.meta.dirname, '../../../corpus/articles', name),
);

describe('every block maps every character to what the author typed', () => {
  it.each([...fixtures.map(fixture), ...seeds])('%s', async (path) => {
    const source = await readSource(path);
    expect(source.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expectOffsetsExact(source);
  });

  it('the check itself catches a wrong offset, a decreasing map and a short map', () => {
    const base: Source = { path: 'x', text: 'abc', kind: 'plain', encoding: 'utf-8', blocks: [], published: null, messages: [], bom: false, ok: true };
    expect(offsetProblems({ ...base, blocks: [{ kind: 'paragraph', text: 'ab', offsets: [0, 2, 3] }] })).toHaveLength(1);
    expect(offsetProblems({ ...base, blocks: [{ kind: 'paragraph', text: 'ba', offsets: [1, 0, 2] }] })).toHaveLength(1);
    expect(offsetProblems({ ...base, blocks: [{ kind: 'paragraph', text: 'ab', offsets: [0, 1] }] })).toHaveLength(1);
    expect(offsetProblems({ ...base, blocks: [{ kind: 'paragraph', text: 'ab', offsets: [0, 1, 2] }] })).toEqual([]);
  });
});
