import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { detailLines, locateInContext, readableSentence } from '../../src/tui/detail.js';
import type { Span } from '../../src/tui/format.js';
import { fixtureDataset, loadFixture } from './helpers.js';

const text = (lines: Span[][]) => lines.map((line) => line.map((span) => span.text).join(''));

describe('the sentence', () => {
  test('HTML markup and entities are removed for display', () => {
    const html =
      '我们进口<span class="hrefStyle"><a href="https://ee.ofweek.com/tag-%E9%9B%86.HTM" title="集成电路">集成电路</a></span>5822．2个，\n同比&nbsp;增长';
    expect(readableSentence(html)).toBe('我们进口集成电路5822．2个， 同比 增长');
  });

  test('a number that occurs twice is found where the claim is, not where it first appears', () => {
    const context = { text: '出口1.2万亿，进口1.2万亿', start: { line: 1, column: 1, offset: 100 }, end: { line: 1, column: 15, offset: 115 } };
    expect(locateInContext({ text: '1.2万亿', start: { line: 1, column: 10, offset: 110 }, context })).toEqual([10, 15]);
    expect(locateInContext({ text: '1.2万亿', start: { line: 1, column: 3, offset: 102 }, context })).toEqual([2, 7]);
    expect(locateInContext({ text: '3.4', start: { line: 1, column: 3, offset: 102 }, context })).toBeNull();
  });
});

test('detail lines of the typo: highlighted number, suggestion, bounds, chart, all within the width', () => {
  const claim = loadFixture('000-typo.json').claims.find((c) => c.verdict === 'typo')!;
  const lines = detailLines(claim, { dataset: fixtureDataset(), width: 80, colors: false });
  const highlighted = lines.flat().find((span) => span.inverse);
  expect(highlighted?.text).toBe('5822．2个');
  expect(text(lines)).toContain('Suggest   5822．2亿个');
  expect(text(lines).some((line) => line.startsWith('Series    ') && /[▁▂▃▄▅▆▇█]{2,}/.test(line))).toBe(true);
  for (const line of text(lines)) expect(stringWidth(line)).toBeLessThanOrEqual(80);
});
