import { describe, expect, it } from 'vitest';
import { findPublished, normaliseDate, parseSource } from '../../../src/extract/source/index.js';

describe('normaliseDate', () => {
  it.each([
    ['Sun, 09 Jan 2022 02:12:00 GMT', '2022-01-09'],
    ['2022-01-09', '2022-01-09'],
    ['2025-07-18T10:00:00+08:00', '2025-07-18'],
    ['2025/2/5', '2025-02-05'],
    ['２０２５年８月２４日', '2025-08-24'],
    [new Date(Date.UTC(2021, 11, 31, 23, 0)), '2021-12-31'],
    ['2025-02-30', null],
    ['not a date', null],
    [20250205, null],
  ] as const)('%j → %s', (value, expected) => {
    expect(normaliseDate(value)).toBe(expected);
  });
});

describe('publication date', () => {
  it.each([
    ['front matter RFC 2822 date', 'a.md', '---\ntitle: t\ndate: Sun, 09 Jan 2022 02:12:00 GMT\n---\n正文', '2022-01-09', 'Sun, 09 Jan'],
    ['front matter ISO date', 'a.md', '---\ndate: 2023-05-06\n---\n正文', '2023-05-06', '2023-05-06'],
    ['quoted front matter date', 'a.md', "---\ndate: '2023-05-06 08:00'\n---\n正文", '2023-05-06', '2023-05-06'],
    ['meta article:published_time', 'a.html', '<head><meta property="article:published_time" content="2024-12-25T08:00:00Z"></head><p>正文</p>', '2024-12-25', '2024-12-25T'],
    ['meta name=pubdate', 'a.html', "<meta content='2024-03-01' name='PubDate'><p>正文</p>", '2024-03-01', '2024-03-01'],
    ['meta DC.date', 'a.html', '<meta name="DC.date" content="2020/1/2"><p>正文</p>', '2020-01-02', '2020/1/2'],
    ['a stored copy\'s header comment', 'a.html', '<!-- source: http://x.cn/2023/01/05/a.html; published: 2024-08-11 -->\n<!-- note: opening excerpt -->\n\n<p>今年1-7月，我国进口集成电路3081亿颗。</p>', '2024-08-11', '2024-08-11 -->'],
    ['a labelled comment after the doctype', 'a.html', '<!DOCTYPE html>\n<!-- 发布时间：2025年8月24日 -->\n<html><body><p>正文</p></body></html>', '2025-08-24', '2025年8月24日'],
    ['time datetime', 'a.html', '<p>发表于<time datetime="2025-02-05T10:25">昨天</time></p>', '2025-02-05', '2025-02-05T'],
    ['date line', 'a.txt', '标题\n\n2024-12-25\n\n正文2023年1月1日起', '2024-12-25', '2024-12-25'],
    ['labelled date with time', 'a.txt', '标题\n发布日期:2025-02-05 10:25    点击次数:74\n正文', '2025-02-05', '2025-02-05'],
    ['Chinese date line', 'a.txt', '标题\n\n2025年8月24日\n\n正文', '2025-08-24', '2025年8月24日'],
    ['slashes', 'a.txt', '标题\n来源：海关 2025/2/5\n正文', '2025-02-05', '2025/2/5'],
    ['full-width digits', 'a.txt', '标题\n２０２５年８月２４日\n正文', '2025-08-24', '２０２５年８月２４日'],
    ['the % published line, not the date in the % source URL above it', 'a.txt', '% source: http://cn.ntdtv.com/b5/2022/11/14/a103574669.html\n% published: 2022-11-15\n\n标题\n\n正文', '2022-11-15', '2022-11-15'],
    ['invalid calendar date skipped', 'a.txt', '标题\n2025-02-30\n2025-03-01\n正文', '2025-03-01', '2025-03-01'],
  ] as const)('%s', (_name, path, text, date, at) => {
    const source = parseSource(text, path);
    expect(source.published).toBe(date);
    expect(source.text.slice(source.publishedOffset, source.publishedOffset! + at.length)).toBe(at);
  });

  it.each([
    ['a date inside a long body paragraph', '标题\n\n' + '正文'.repeat(40) + '2024年12月25日海关发布数据。'],
    ['a month without a day', '标题\n\n(2025年1-7月)\n\n正文'],
    ['a date below the first 15 blocks', '标题\n' + '段落\n'.repeat(20) + '2024-12-25\n'],
    ['a table row', '标题\n日期\t2024-12-25\n'],
    ['a web address holding a date', '标题\nhttp://www.x.cn/2022/11/14/a1.html\n正文'],
  ])('none from %s', (_name, text) => {
    expect(parseSource(text, 'a.txt').published).toBeNull();
  });

  it.each([
    ['an unlabelled date in a heading comment (a URL)', '<!-- source: http://x.cn/2024-08-11/a.html -->\n<p>正文</p>'],
    ['a labelled comment after the first tag (not the file\'s header)', '<p>正文</p>\n<!-- published: 2024-08-11 -->'],
    ['published: unknown', '<!-- source: http://x.cn/a.html; published: unknown -->\n<p>正文</p>'],
  ])('none in HTML from %s', (_name, text) => {
    expect(parseSource(text, 'a.html').published).toBeNull();
  });

  it('an English label after a long line (% source: URL % published: 2022-04-01, as copied pages head themselves)', () => {
    const text = '% source: https://github.com/ruanyf/weekly/blob/4c9e75ffb04f75fd18d9bbe8dd5494/docs/issue-201.md\n% published: 2022-04-01\n\n# 周刊\n\n去年，集成电路占了全部进口的16%。\n';
    expect(parseSource(text, 'a.md').published).toBe('2022-04-01');
  });

  it('--published overrides what the file says', () => {
    const source = parseSource('标题\n\n2024-12-25\n', 'a.txt', { published: '2025-01-01' });
    expect(source.published).toBe('2025-01-01');
    expect(source.publishedOffset).toBeUndefined();
  });

  it('a malformed --published is misuse and says how to write it', () => {
    expect(() => parseSource('x', 'a.txt', { published: '2025/1/1' })).toThrow(/YYYY-MM-DD/);
  });

  it('findPublished prefers front matter over a date line', () => {
    const blocks = [{ kind: 'paragraph' as const, text: '2020-01-01', offsets: [...Array(11).keys()] }];
    const found = findPublished('2020-01-01', blocks, 'markdown', { data: { date: '2021-02-03' }, offsets: { date: 40 } });
    expect(found).toEqual({ date: '2021-02-03', offset: 40 });
  });
});
