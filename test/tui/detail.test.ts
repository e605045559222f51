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

test('the detail shows where each field was read, with the line an inherited period came from', async () => {
  const { checkText } = await import('../../src/pipeline.js');
  const { loadDataset } = await import('../../src/dataset/index.js');
  const article = '芯片贸易\n\n2021年,我国集成电路进口额4325.5亿美元。\n\n另一方面,出口额2500亿美元。\n';
  const result = checkText(article, 'a.txt', { dataset: loadDataset(), published: '2022-02-01' });
  const exported = result.claims.find((c) => c.flow === 'export')!;
  expect(exported.fieldEvidence.period).toMatchObject({ from: 'article' });
  const lines = text(detailLines(exported, { dataset: fixtureDataset(), width: 100, colors: false }));
  expect(lines.join('\n')).toMatch(/reading +period 2021 \(article, line 3\) · flow export \(clause, line 5\)/);
});
