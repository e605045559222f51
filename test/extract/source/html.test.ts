import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../src/extract/source/html.js';
import { parseSource } from '../../../src/extract/source/index.js';
import { fixture } from './fixtures.js';
import { expectOffsetsExact } from './invariant.js';

const shape = (html: string) => htmlToBlocks(html, { fragment: true }).blocks.map((b) => [b.kind, b.text]);

describe('HTML', () => {
  it('a page: title, headings, paragraphs, loose div text, caption, table rows, list items; meta date', () => {
    const source = parseSource(readFileSync(fixture('page.html'), 'utf8'), 'page.html');
    expect(source.kind).toBe('html');
    expect(source.published).toBe('2025-07-18');
    expect(source.text.slice(source.publishedOffset, source.publishedOffset! + 10)).toBe('2025-07-18');
    expect(source.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['title', '2025年上半年集成电路进出口 — 海关数据'],
      ['heading', '上半年集成电路进口1.9万亿元'],
      ['paragraph', '据海关总署统计，2025年上半年我国进口集成电路2818亿个，同比增长 8.9%。'],
      ['paragraph', '独立的一段文字：出口集成电路1678亿个。'],
      ['paragraph', '嵌套段落：出口额963亿美元。'],
      ['paragraph', '尾随文字。'],
      ['caption', '表1 集成电路进出口（亿美元）'],
      ['table-row', '指标\t金额\t同比'],
      ['table-row', '进口额\t1877.3\t7.2%'],
      ['table-row', '出口额\t\t18.9%'],
      ['list-item', '来源：海关总署'],
      ['list-item', '整理：芯片观察'],
      ['paragraph', '旧日期不应被采用'],
    ]);
    expect(source.blocks.filter((b) => b.kind === 'table-row').every((b) => b.cells)).toBe(true);
    expectOffsetsExact(source);
  });

  it.each([
    ['inline elements join their paragraph', '<p>集成<span><a href="#">电路</a></span>5822．2个</p>', [['paragraph', '集成电路5822．2个']]],
    ['whitespace runs collapse to one space', '<p>进口  额\n\t3494 亿美元</p>', [['paragraph', '进口 额 3494 亿美元']]],
    ['a line break between Chinese characters adds nothing', '<p>据海关总署统计，2024年我国进口集成电路5492亿个，同比增长14.6%，进口金\n额3856亿美元。</p>', [['paragraph', '据海关总署统计，2024年我国进口集成电路5492亿个，同比增长14.6%，进口金额3856亿美元。']]],
    ['a copied page\'s short label line is a block of its own', '<div>第1名:韩国\n进口数量647亿个,进口金额6680亿元。\n对比2024年,进口538亿个。</div>', [['paragraph', '第1名:韩国'], ['paragraph', '进口数量647亿个,进口金额6680亿元。'], ['paragraph', '对比2024年,进口538亿个。']]],
    ['a blank line inside a text run separates blocks', '<del></del>\n\n   首页>行业新闻\n\n   2023年中国芯片进口额下滑15.4%\n\n   2024-1-16', [['paragraph', '首页>行业新闻'], ['paragraph', '2023年中国芯片进口额下滑15.4%'], ['paragraph', '2024-1-16']]],
    ['a short line continued by a number, or ending in a comma, joins the next', '<p>进口额\n3494亿美元，\n同比下降15.4%</p>', [['paragraph', '进口额 3494亿美元，同比下降15.4%']]],
    ['line breaks next to markup join (pretty-printed HTML)', '<p>\n  2023年我国进口集成电路\n  <strong>4795亿个</strong>\n  ，下降10.8%\n</p>', [['paragraph', '2023年我国进口集成电路 4795亿个，下降10.8%']]],
    ['entities are decoded', '<p>A&amp;B&nbsp;C &#x4E2D;&#22269; &lt;1%&gt;</p>', [['paragraph', 'A&B C 中国 <1%>']]],
    ['<br> separates blocks', '<div>第一行<br>第二行<br/><br/>第三行</div>', [['paragraph', '第一行'], ['paragraph', '第二行'], ['paragraph', '第三行']]],
    ['img alt/title, script, style are not content', '<p>正文<img alt="4000亿" title="标题"><script>x="9"</script><style>p{}</style>完</p>', [['paragraph', '正文完']]],
    ['nested lists', '<ul><li>甲<ul><li>乙</li></ul>丙</li></ul>', [['list-item', '甲'], ['list-item', '乙'], ['list-item', '丙']]],
    ['paragraphs in list items are list items', '<ol><li><p>条目</p></li></ol>', [['list-item', '条目']]],
    ['headings', '<h2>二、<em>产品</em>结构</h2>', [['heading', '二、产品结构']]],
    ['comments are dropped', '<p>进口<!-- 3000 -->额</p>', [['paragraph', '进口额']]],
  ] as const)('%s', (_name, html, expected) => {
    expect(shape(html)).toEqual(expected);
    expectOffsetsExact({ ...parseSource('', 'a.html'), text: html, blocks: htmlToBlocks(html, { fragment: true }).blocks });
  });

  it('an entity maps to its "&", the block end to after the entity', () => {
    const html = '<p>增长&#x31;9%&amp;</p>';
    const [block] = htmlToBlocks(html, { fragment: true }).blocks;
    expect(block!.text).toBe('增长19%&');
    expect(html.slice(block!.offsets[2], block!.offsets[3])).toBe('&#x31;');
    expect(block!.offsets.at(-1)).toBe(html.indexOf('</p>'));
  });

  it('astral characters written as references map both code units to the reference', () => {
    const html = '<p>&#x20000;&#x1F600;x</p>';
    const [block] = htmlToBlocks(html, { fragment: true }).blocks;
    expect(block!.text).toBe('\u{20000}\u{1F600}x');
    expect([...block!.offsets]).toEqual([3, 3, 12, 12, 21, 22]);
  });

  it('malformed HTML is read as a browser would, with one info message', () => {
    const source = parseSource(readFileSync(fixture('malformed.html'), 'utf8'), 'malformed.html');
    expect(source.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '未闭合的段落：进口额3494亿美元'],
      ['paragraph', '第二段斜体交错标签：出口1.2万亿元'],
      ['table-row', '单元格\t没有结束标签'],
      ['table-row', '第二行'],
      ['paragraph', '属性"引号未闭合'],
    ]);
    expect(source.messages).toEqual([expect.objectContaining({ ruleId: 'chipcheck/html-parse', severity: 'info' })]);
    expectOffsetsExact(source);
  });

  it.each([
    ['divs', '<div>'.repeat(10_000) + '进口3000亿美元' + '</div>'.repeat(10_000)],
    ['unclosed spans', '<p>' + '<span>'.repeat(10_000) + '进口3000亿美元'],
    ['nested lists', '<ul><li>'.repeat(10_000) + '进口3000亿美元'],
  ])('10,000 levels of nested %s do not overflow the stack: read as text, with a warning', (_name, html) => {
    const { blocks, messages } = htmlToBlocks(html);
    expect(blocks.map((b) => b.text)).toEqual(['进口3000亿美元']);
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'chipcheck/html-too-deep', severity: 'warning' }));
  });

  it('HTML nested too deep keeps its text, paragraphs and exact offsets, and says where the nesting got too deep', () => {
    const html =
      '<title>集成电路 &amp; 芯片</title><script>var s = "<div>";</script>\n' +
      '<div>'.repeat(1_500) +
      '<h1>进口<b>3000</b>亿美元</h1>\n<p>出口&nbsp;1.2<span>万亿</span>元 &lt;1%<br>第二行</p>' +
      '<table><tr><td>指标<td>金额</tr></table><svg><text>999</text></svg><ul><li>来源：海关</ul>' +
      '</div>'.repeat(1_500);
    const { blocks, messages } = htmlToBlocks(html);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '集成电路 & 芯片'],
      ['paragraph', '进口3000亿美元'],
      ['paragraph', '出口 1.2万亿元 <1%'],
      ['paragraph', '第二行'],
      ['paragraph', '指标 金额'],
      ['paragraph', '来源：海关'],
    ]);
    expect(messages).toEqual([
      {
        ruleId: 'chipcheck/html-too-deep',
        severity: 'warning',
        reason: expect.stringContaining('1000 levels'),
        offset: html.indexOf('\n<div>') + 1 + 1000 * '<div>'.length,
        hint: expect.any(String),
        // The reason as data, for the report to render in the reader's language.
        notes: { reason: { id: 'file.html-too-deep', params: { depth: 1000 } }, hint: { id: 'hint.html-too-deep' } },
      },
    ]);
    expectOffsetsExact({ ...parseSource('', 'a.html'), text: html, blocks });
  });

  it.each([
    ['2,000 unclosed paragraphs', '<p>进口3000亿美元'.repeat(2_000)],
    ['2,000 list items without end tags', '<ul>' + '<li>进口3000亿美元'.repeat(2_000) + '</ul>'],
    ['2,000 table rows without end tags', '<table>' + '<tr><td>进口<td>3000亿美元'.repeat(2_000) + '</table>'],
    ['2,000 void and self-closed elements', '<p>' + '进口3000亿美元<br><img src="a.png"><svg><path d="M0"/></svg>'.repeat(2_000)],
    ['2,000 unclosed links and headings', '<a href="#">进口3000亿美元'.repeat(1_000) + '<h2><h3>进口3000亿美元'.repeat(1_000)],
    ['a script writing 2,000 divs', '<script>document.write("' + '<div>'.repeat(2_000) + '")</script><p>进口3000亿美元'],
    ['999 nested divs', '<div>'.repeat(999) + '<p>进口3000亿美元</p>'],
  ])('%s are not too deep: read with their structure', (_name, html) => {
    const { blocks, messages } = htmlToBlocks(html);
    expect(messages.map((m) => m.ruleId)).not.toContain('chipcheck/html-too-deep');
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.every((b) => b.text.includes('进口') || b.text.includes('3000亿美元'))).toBe(true);
  });

  it('text moved out of source order (foster parenting) never makes offsets decrease', () => {
    const html = '<table><tr><td>甲</td></tr>表外文字<tr><td>乙</td></tr></table>';
    const source = { ...parseSource('', 'a.html'), text: html, blocks: htmlToBlocks(html).blocks };
    expect(source.blocks.map((b) => b.text).sort()).toEqual(['乙', '甲', '表外文字'].sort());
    expectOffsetsExact(source);
  });
});

describe('HTML tables', () => {
  it.each([
    ['implied rows and bodies', '<table><td>甲<td>乙</table>', [['table-row', '甲\t乙']]],
    ['a table nested in a cell stays in its row', '<table><tr><td>甲<table><tr><td>内1</td><td>内2</td></tr></table></td><td>乙</td></tr></table>', [['table-row', '甲 内1 内2\t乙']]],
    ['empty first cell', '<table><tr><td></td><td>2024年</td></tr></table>', [['table-row', '\t2024年']]],
    ['<br> inside a cell is a space', '<table><tr><td>进口<br>金额</td><td>1</td></tr></table>', [['table-row', '进口 金额\t1']]],
    [
      'a cell spanning columns or rows leaves empty cells, so every cell stands under its header',
      '<table><tr><td rowspan="2">商品</td><td colspan="2">4月</td><td>累计</td></tr><tr><td>数量</td><td>金额</td><td>数量</td></tr><tr><td>集成电路</td><td>465.5</td><td>2224.9</td><td>1681</td></tr></table>',
      [
        ['table-row', '商品\t4月\t\t累计'],
        ['table-row', '\t数量\t金额\t数量'],
        ['table-row', '集成电路\t465.5\t2224.9\t1681'],
      ],
    ],
    [
      'a cell that lays out a page (a heading, paragraphs) is read as the page it holds, not as a row',
      '<table><tr><td>首页 | 新闻</td></tr><tr><td><h1>集成电路进口</h1><p>据海关统计，前三季度我国进口集成电路3591亿个。</p><p>进口金额为2568.7亿美元。</p></td></tr></table>',
      [
        ['table-row', '首页 | 新闻'],
        ['heading', '集成电路进口'],
        ['paragraph', '据海关统计，前三季度我国进口集成电路3591亿个。'],
        ['paragraph', '进口金额为2568.7亿美元。'],
      ],
    ],
    [
      'a cell of prose with line breaks is paragraphs',
      '<table><tr><td>据海关统计，2023年前三季度，我国进口集成电路3591亿个，同比下降15.8%，降幅比上半年收窄。<br>进口金额为2568.7亿美元，同比下降19.8%。</td></tr></table>',
      [
        ['paragraph', '据海关统计，2023年前三季度，我国进口集成电路3591亿个，同比下降15.8%，降幅比上半年收窄。'],
        ['paragraph', '进口金额为2568.7亿美元，同比下降19.8%。'],
      ],
    ],
    ['a datum wrapped in one paragraph (as Word writes cells) stays a cell', '<table><tr><td><p>集成电路</p></td><td><p>465.5</p></td></tr></table>', [['table-row', '集成电路\t465.5']]],
    ['a span in one table does not reach the next', '<table><tr><td rowspan="3">甲</td></tr></table><table><tr><td>乙</td></tr></table>', [['table-row', '甲'], ['table-row', '乙']]],
  ] as const)('%s', (_name, html, expected) => {
    const { blocks } = htmlToBlocks(html, { fragment: true });
    expect(blocks.map((b) => [b.kind, b.text])).toEqual(expected);
    expectOffsetsExact({ ...parseSource('', 'a.html'), text: html, blocks });
  });
});
