import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/extract/source/index.js';
import { markdownChunks, markdownSegments, markdownToBlocks } from '../../../src/extract/source/markdown.js';
import { fixture } from './fixtures.js';
import { expectOffsetsExact } from './invariant.js';

const text = readFileSync(fixture('front-matter.md'), 'utf8');
const source = parseSource(text, 'front-matter.md');

describe('Markdown', () => {
  it('reads front matter, headings, paragraphs, list items and GFM table rows', () => {
    expect(source.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['title', '2024年芯片进口"3856亿美元"回顾'],
      ['heading', '一、总体情况'],
      ['paragraph', '2024年，我国进口集成电路5492亿个，同比增长14.6%；进口金额3856亿美元，同比增长10.4%。'],
      ['list-item', '出口集成电路2981亿个 ，增长11.6%'],
      ['list-item', '出口金额1595亿美元 & 增长17.4%'],
      ['table-row', '指标\t2024年\t同比'],
      ['table-row', '进口额（亿美元）\t3856\t10.4%'],
      ['table-row', '出口额（亿美元）\t1595\t17.4%'],
      ['paragraph', '净进口集成电路2261亿美元。'],
      ['paragraph', '正文里的*转义*与 行内代码 保留。'],
    ]);
    expect(source.published).toBe('2025-01-14');
    expectOffsetsExact(source);
  });

  it('the title points into the quoted YAML value, escapes at the escaped character', () => {
    const title = source.blocks[0]!;
    expect(text.slice(title.offsets[0], title.offsets[4])).toBe('2024');
    const quote = title.text.indexOf('"');
    expect(text[title.offsets[quote]!]).toBe('"');
    expect(text[title.offsets[quote]! - 1]).toBe('\\');
  });

  it('entities map to the start of the reference', () => {
    const item = source.blocks[3]!;
    const space = item.text.indexOf(' ');
    expect(text.slice(item.offsets[space], item.offsets[space + 1])).toBe('&nbsp;');
  });

  it('a short label line is a block of its own, as a copied page writes one per line (第1名：韩国)', () => {
    const md = '# 集成电路进口来源\n\n第1名:韩国\n进口数量647亿个,进口金额6680亿元。\n对比2024年,进口538亿个。\n第2名:美国\n进口数量697亿个。\n';
    for (const fastPath of [true, false]) {
      const read = markdownToBlocks(md, { fastPath });
      expect(read.blocks.map((b) => b.text)).toEqual(['集成电路进口来源', '第1名:韩国', '进口数量647亿个,进口金额6680亿元。', '对比2024年,进口538亿个。', '第2名:美国', '进口数量697亿个。']);
    }
    expectOffsetsExact(parseSource(md, 'a.md'));
  });

  it('a soft line break between Chinese characters adds nothing', () => {
    expect(source.blocks[2]!.text).toContain('14.6%；进口金额');
  });

  it('embedded HTML: inline elements join, img alt, script and style are not content', () => {
    const all = source.blocks.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/4000|9999|8888|1234/);
    expect(source.blocks[8]!.text).toBe('净进口集成电路2261亿美元。');
  });

  it('front matter with a single-quoted title and blank lines before it', () => {
    const md = "\n---\ntitle: '它''s 超4000亿美元'\ndate: Sun, 09 Jan 2022 02:12:00 GMT\n---\n\n正文。\n";
    const read = parseSource(md, 'a.txt');
    expect(read.kind).toBe('markdown');
    expect(read.blocks.map((b) => b.text)).toEqual(["它's 超4000亿美元", '正文。']);
    expect(read.published).toBe('2022-01-09');
    expectOffsetsExact(read);
  });

  it('invalid YAML front matter is a warning, the body is still read', () => {
    const read = parseSource('---\ntitle: [unclosed\n---\n正文。\n', 'a.md');
    expect(read.messages[0]).toMatchObject({ ruleId: 'chipcheck/front-matter', severity: 'warning' });
    expect(read.blocks.map((b) => b.text)).toContain('正文。');
  });

  it('indented lines are prose, not code (Chinese paragraphs are indented)', () => {
    const read = parseSource('# 标题\n\n    2024年出口<b>2981</b>亿个。\n', 'a.md');
    expect(read.blocks.map((b) => b.text)).toEqual(['标题', '2024年出口2981亿个。']);
    expectOffsetsExact(read);
  });

  it('list items and quotes keep exact offsets across line prefixes', () => {
    const md = '> 据海关总署统计，2024年我国进口集成电路5492亿个，同比\n> 增长 &amp; 3.5%\n\n1. 据海关总署统计，2024年我国出口集成电路2981亿\n   个，增长11.6%\n';
    const read = parseSource(md, 'a.md');
    expect(read.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '据海关总署统计，2024年我国进口集成电路5492亿个，同比增长 & 3.5%'],
      ['list-item', '据海关总署统计，2024年我国出口集成电路2981亿个，增长11.6%'],
    ]);
    expectOffsetsExact(read);
  });

  it.each([
    ['10,000 nested list items', '- '.repeat(10_000) + '进口3000亿美元'],
    ['10,000 nested quotes', '>'.repeat(10_000) + ' 进口3000亿美元'],
    ['10,000 emphasis markers', '*'.repeat(10_000) + '进口3000亿美元' + '*'.repeat(10_000)],
  ])('%s: read (as plain text when too deep) without overflowing', (_name, md) => {
    const read = markdownToBlocks(md);
    expect(read.blocks.some((b) => b.text.includes('进口3000亿美元'))).toBe(true);
  });

  it('HTML nested 10,000 levels inside Markdown', () => {
    const md = '正文。\n\n' + '<div>'.repeat(10_000) + '进口3000亿美元' + '</div>'.repeat(10_000) + '\n';
    const read = parseSource(md, 'a.md');
    expect(read.blocks.map((b) => b.text)).toEqual(['正文。', '进口3000亿美元']);
    expect(read.messages).toEqual([
      expect.objectContaining({ ruleId: 'chipcheck/html-too-deep', offset: '正文。\n\n'.length + 1000 * '<div>'.length }),
    ]);
    expectOffsetsExact(read);
  });
});

describe('Markdown front matter problems', () => {
  it('an alias without an anchor is a warning, not an exception', () => {
    const read = parseSource('---\ntitle: *missing\ndate: 2024-12-25\n---\n正文。\n', 'a.md');
    expect(read.messages).toEqual([expect.objectContaining({ ruleId: 'chipcheck/front-matter', severity: 'warning' })]);
    expect(read.published).toBe('2024-12-25');
    expect(read.blocks.map((b) => b.text)).toEqual(['正文。']);
  });
});

describe('Markdown read a chunk at a time (issue 17)', () => {
  const files = [
    fixture('front-matter.md'),
    fixture('chunks-17.md'),
    ...['report/mixed/note.md', 'report/unreadable/quiet.md', 'pipeline/markdown-table/article.md', 'cli/ignore-comments/article.md', 'cli/stdin/article.md'].map(
      (f) => new URL(`../../fixtures/${f}`, import.meta.url).pathname,
    ),
  ];
  it.each(files)('%s: the same blocks, offsets and front matter as parsing it whole, at every chunk size', (path) => {
    const text = readFileSync(path, 'utf8');
    const whole = markdownToBlocks(text, { chunkChars: Infinity, fastPath: false });
    for (const chunkChars of [1, 40, 200, Infinity]) {
      expect(markdownToBlocks(text, { chunkChars })).toEqual(whole);
      expect(markdownToBlocks(text, { chunkChars, fastPath: false })).toEqual(whole);
    }
  });

  it('breaks only where a new block starts: not inside fenced code, multi-line HTML, front matter or an indented list paragraph', () => {
    const text = readFileSync(fixture('chunks-17.md'), 'utf8');
    const starts = markdownChunks(text, 0, 1).map(([start]) => text.slice(start, text.indexOf('\n', start)));
    expect(starts.length).toBeGreaterThan(10);
    expect(starts).not.toContain('不是正文：9999亿美元');
    expect(starts).not.toContain('2000亿美元');
    expect(starts).not.toContain('var b = 2;');
    expect(starts).not.toContain('date: 2025-03-01');
    expect(starts).not.toContain('  列表项的第二段，缩进：增长10.4%');
    expect(starts).toContain('    缩进的段落也是段落：出口1595亿美元。');
  });

  it('reads front matter, and paragraphs and headings with no Markdown syntax, without the parser, and only those', () => {
    const text = readFileSync(fixture('chunks-17.md'), 'utf8');
    const plain = markdownSegments(text).filter((s) => s.plain).map((s) => [s.plain, text.slice(s.start, s.end)]);
    expect(plain).toEqual([
      ['front-matter', '---\ntitle: 分块读取\n\ndate: 2025-03-01\n---'],
      ['heading', '2024年芯片贸易'],
      ['paragraph', '最后一段。'],
    ]);
    const article = '　　2024年，我国进口集成电路5492亿个。\n同比增长14.6%。\n\n1. 列表\n\n出口 *1595* 亿美元。\n\n　　净进口2261亿美元。\n';
    expect(markdownSegments(article).filter((s) => s.plain).map((s) => article.slice(s.start, s.end))).toEqual([
      '　　2024年，我国进口集成电路5492亿个。\n同比增长14.6%。',
      '　　净进口2261亿美元。',
    ]);
    expect(markdownToBlocks(article)).toEqual(markdownToBlocks(article, { fastPath: false }));
  });

  it('reads a file with link reference definitions whole: a definition gives meaning to links anywhere', () => {
    const text = `${'段落。\n\n'.repeat(50)}[报告][r]\n\n${'段落。\n\n'.repeat(50)}[r]: https://example.com\n`;
    expect(markdownChunks(text, 0, 1)).toEqual([[0, text.length]]);
  });
});
