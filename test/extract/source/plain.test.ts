import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/extract/source/index.js';
import { plainToBlocks } from '../../../src/extract/source/plain.js';
import { fixture } from './fixtures.js';
import { expectOffsetsExact } from './invariant.js';

function read(name: string) {
  return parseSource(readFileSync(fixture(name), 'utf8'), fixture(name));
}

const shape = (text: string) => plainToBlocks(text).map((b) => [b.kind, b.text]);

describe('plain text', () => {
  it('first line is the title, each further line a paragraph, bullets are list items', () => {
    expect(shape('  标题  \n\n第一段。\n第二段。\n\n  • 首页\n- 新闻\n-194.5亿美元\n')).toEqual([
      ['title', '标题'],
      ['paragraph', '第一段。'],
      ['paragraph', '第二段。'],
      ['list-item', '首页'],
      ['list-item', '新闻'],
      ['paragraph', '-194.5亿美元'],
    ]);
  });

  it.each(['crlf.txt', 'cr.txt'])('%s: line endings split lines and offsets stay exact', (name) => {
    const source = read(name);
    expect(source.blocks.map((b) => b.text)).toEqual([
      '国产芯片出口突破万亿',
      name === 'crlf.txt' ? '发布日期：2025-02-05' : '2024年12月25日',
      '2024年出口集成电路2981亿个，同比增长11.6%。',
      '第二段：出口金额1595亿美元。',
    ]);
    expectOffsetsExact(source);
  });

  it('tab-separated lines are table rows; empty cells keep columns aligned', () => {
    const source = read('tabs.txt');
    const rows = source.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((b) => b.text.split('\t'))).toEqual([
      ['', '当月', '', '累计', ''],
      ['进口额', '373.9', '13.2', '2290.9', '8.0'],
      ['出口额', '', '29.4', '1086.3', ''],
    ]);
    expect(rows.every((b) => b.cells)).toBe(true);
    expectOffsetsExact(source);
  });

  it('a table copied with its tabs turned to runs of spaces is table rows; prose with spaces is not', () => {
    const source = read('spaced-table.txt');
    const rows = source.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((b) => b.text.split('\t'))).toEqual([
      ['产品名称', '单位', '产量', '比上年增长(%)'],
      ['纱', '万吨', '2234.0', '-1.3'],
      ['集成电路', '亿块', '3514.4', '6.9'],
    ]);
    expect(source.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual([
      '表3  2023年主要工业产品产量及其增长速度',
      '全年集成电路产量 3514.4 亿块，比上年增长 6.9%。',
      'IT之家 12月 7日 消息',
    ]);
    expectOffsetsExact(source);
  });

  it('hard-wrapped PDF text joins lines (across blank lines) without inserting characters', () => {
    const source = read('hard-wrapped.txt');
    expect(source.blocks.map((b) => [b.kind, b.text.slice(0, 6)])).toEqual([
      ['title', '中国集成电路'],
      ['paragraph', '发布日期：2'],
      ['paragraph', '一、引言'],
      ['paragraph', '作为数字经济'],
      ['paragraph', '二、进出口情'],
      ['paragraph', '根据海关总署'],
      ['paragraph', '[7]（图 '],
    ]);
    const first = source.blocks[3]!.text;
    expect(first).toContain('国家安全至关重要');
    expect(first).toContain('竞相强化自身');
    expect(first.endsWith('引发新的风险。')).toBe(true);
    const figures = source.blocks[5]!.text;
    expect(figures).toContain('同比下降 15. 3%');
    expect(figures).toContain('贸易逆差 2650 亿块，同比下降 18. 4%');
    expect(figures.endsWith('贸易逆差 2616 亿美元，下降6. 1%')).toBe(true);
    expectOffsetsExact(source);
    // The join skips the line break: 下 and 降 of 下降 sit on two lines.
    const at = figures.indexOf('同比下降 15');
    expect(source.text.slice(source.blocks[5]!.offsets[at + 2]! - 1, source.blocks[5]!.offsets[at + 2]! + 1)).toBe('\n下');
  });

  it('short lines, even many alike, are not mistaken for hard wrapping', () => {
    expect(plainToBlocks('标题\n' + '一行短文字\n'.repeat(30)).length).toBe(31);
  });

  it('emoji and CJK Extension B characters keep offsets per UTF-16 code unit', () => {
    const source = read('astral.txt');
    expectOffsetsExact(source);
    const block = source.blocks[1]!;
    const at = block.text.indexOf('5492亿个');
    expect(at).toBe('2024年𠀀𪚥进口集成电路'.length);
    expect(source.text.slice(block.offsets[at], block.offsets[at]! + 6)).toBe('5492亿个');
    const last = source.blocks[2]!;
    expect(source.text.slice(last.offsets[0], last.offsets[last.text.length])).toBe(last.text);
  });

  it('an empty file has no blocks', () => {
    expect(read('empty.txt')).toMatchObject({ blocks: [], kind: 'plain', published: null, messages: [] });
    expect(plainToBlocks(' \n\t\n\u3000\n')).toEqual([]);
  });

  it('a 1 MB single line is one block', () => {
    const line = '进口集成电路5492亿个，'.repeat(80_000);
    const blocks = plainToBlocks('标题\n' + line);
    expect(blocks[1]!.text.length).toBe(line.length);
    expect(blocks[1]!.offsets.at(-1)).toBe(3 + line.length);
  });
});

describe('a stored copy’s header lines', () => {
  it('% source: / % published: lines before the title are paragraphs, and the first line after them is the title', () => {
    const text = '% source: https://example.org/a.html\n% published: 2021-10-26\n\n广东省工信厅：2021年前三季度集成电路产量同比增长44.8%\n\n正文。\n';
    const blocks = plainToBlocks(text);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '% source: https://example.org/a.html'],
      ['paragraph', '% published: 2021-10-26'],
      ['title', '广东省工信厅：2021年前三季度集成电路产量同比增长44.8%'],
      ['paragraph', '正文。'],
    ]);
    expect(parseSource(text, 'a.txt').published).toBe('2021-10-26');
  });
});
