// The spans of a mention's parts (numeral, magnitude, unit, qualifier), which later stages read instead of
// re-parsing the text: exact places in the block text, and in the original file once a claim is built.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../src/claims/index.js';
import { findNumbers } from '../../../src/extract/numbers/index.js';
import { parseSource } from '../../../src/extract/source/index.js';
import type { NumberMention, Source } from '../../../src/types.js';

const slice = (text: string, span: [number, number] | null) => (span === null ? null : text.slice(span[0], span[1]));

describe('mention spans', () => {
  it.each([
    // sentence, numeral, magnitude, unit, qualifier
    ['进口额4325.5亿美元', '4325.5', '亿', '美元', null],
    ['出口约1538亿美元', '1538', '亿', '美元', '约'],
    ['进口集成电路5822．2个', '5822．2', null, '个', null],
    ['超过了 3000亿元', '3000', '亿', '元', '超过'],
    ['进口300多亿美元', '300', '亿', '美元', '多'],
    ['达到两千亿元', '两千', '亿', '元', '达到'],
    ['增长15. 3%', '15. 3', null, '%', null],
    ['下降-5.2％', '5.2', null, '％', null],
    ['人民币2.8万亿', '2.8', '万亿', '人民币', null],
    ['600-700亿美元', '600', '亿', '美元', null],
    ['3000亿美元左右', '3000', '亿', '美元', '左右'],
  ])('%s', (sentence, numeral, magnitude, unit, qualifier) => {
    const [m] = findNumbers(sentence, 0);
    expect(m).toBeDefined();
    expect({
      numeral: slice(sentence, m!.spans.numeral),
      magnitude: slice(sentence, m!.spans.magnitude),
      unit: slice(sentence, m!.spans.unit),
      qualifier: slice(sentence, m!.spans.qualifier),
    }).toEqual({ numeral, magnitude, unit, qualifier });
  });

  it('agree with the texts the mention records, in every seed article', () => {
    const dir = join(import.meta.dirname, '../../../corpus/articles');
    let checked = 0;
    for (const name of readdirSync(dir)) {
      const source = parseSource(readFileSync(join(dir, name), 'utf8'), name);
      source.blocks.forEach((block, i) => {
        for (const m of findNumbers(block.text, i)) {
          const inside = (span: [number, number] | null) => span === null || (span[0] >= m.start && span[1] <= m.end && span[0] <= span[1]);
          expect(inside(m.spans.numeral) && inside(m.spans.magnitude) && inside(m.spans.unit) && inside(m.spans.qualifier), m.raw).toBe(true);
          expect(slice(block.text, m.spans.magnitude), m.raw).toBe(m.magnitude);
          if (m.spans.unit !== null) expect(slice(block.text, m.spans.unit), m.raw).toBe(m.unitText);
          if (m.spans.qualifier !== null) expect(slice(block.text, m.spans.qualifier), m.raw).toBe(m.qualifierText);
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('claim spans', () => {
  it('point into the original file, through the markup the reader removed', () => {
    const source: Source = parseSource('2021年中国集成电路进口额为**4325.5**亿美元。\n', 'a.md', { published: '2022-01-20' });
    const mentions: NumberMention[] = source.blocks.flatMap((b, i) => findNumbers(b.text, i));
    const [claim] = buildClaims(source, mentions, { published: source.published });
    expect(claim).toBeDefined();
    expect(slice(source.text, claim!.spans.numeral)).toBe('4325.5');
    expect(slice(source.text, claim!.spans.magnitude)).toBe('亿');
    expect(slice(source.text, claim!.spans.unit)).toBe('美元');
    expect(claim!.text).toBe('4325.5**亿美元');
  });
});
