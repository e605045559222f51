/**
 * The same article reads the same in every format. Each real page of our own acceptance set
 * (test/fixtures/acceptance, stored as text) is written again as Markdown (front matter, `#` headline,
 * its short label lines soft-broken) and as a web page (header comment, navigation, `<h1>`, one `<p>` per
 * paragraph, its lines kept inside it as one text run), and chipcheck must find the same claims with the same readings and verdicts in
 * all three: the acceptance figures are measured on text, and hidden articles come as all three kinds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/index.js';
import { verify } from '../../src/index.js';
import type { Report } from '../../src/types.js';

const articles = fileURLToPath(new URL('../fixtures/acceptance/articles/', import.meta.url));
const dataset = loadDataset();

interface Page {
  source: string;
  published: string;
  /** Paragraphs (separated by blank lines in the stored copy), each its lines. */
  paragraphs: string[][];
}

function readPage(text: string): Page {
  const lines = text.split('\n');
  const header = (key: string) => lines.find((l) => l.startsWith(`% ${key}:`))?.slice(key.length + 3).trim() ?? '';
  const paragraphs: string[][] = [];
  let open: string[] = [];
  for (const line of [...lines.filter((l) => !l.startsWith('% ')), '']) {
    if (line.trim()) open.push(line);
    else if (open.length > 0) {
      paragraphs.push(open);
      open = [];
    }
  }
  // The headline is the first line; the rest of its paragraph, if any, is body.
  const first = paragraphs[0];
  if (first && first.length > 1) paragraphs.splice(0, 1, [first[0]!], first.slice(1));
  return { source: header('source'), published: header('published') || 'unknown', paragraphs };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A paragraph's lines as a page would hold them in one text run: a short label line (第1名：韩国) runs into the
 * next with a line break, longer lines (each a paragraph of the stored copy) are kept apart by a blank line, as
 * copied web pages keep them.
 */
const SHORT_LINE = 20;
const runText = (lines: string[]) => lines.map((line, i) => (i === lines.length - 1 ? line : line + (line.trim().length < SHORT_LINE ? '\n' : '\n\n'))).join('');

function asText(page: Page): string {
  return [`% source: ${page.source}`, `% published: ${page.published}`, '', ...page.paragraphs.flatMap((p) => [p.join('\n'), ''])].join('\n');
}

function asMarkdown(page: Page): string {
  const [title, ...body] = page.paragraphs;
  const date = page.published === 'unknown' ? [] : [`date: ${page.published}`];
  return ['---', ...date, `source: ${page.source}`, '---', '', `# ${title!.join(' ')}`, '', ...body.flatMap((p) => [runText(p), ''])].join('\n');
}

function asHtml(page: Page): string {
  const [title, ...body] = page.paragraphs;
  return [
    `<!-- source: ${page.source}; published: ${page.published} -->`,
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"><title>新闻中心</title><script>var year = 2023;</script></head><body>',
    '<nav><a href="/">首页</a> &gt; <a href="/news">新闻</a></nav>',
    `<article><h1>${escapeHtml(title!.join(' '))}</h1>`,
    ...body.map((p) => `<p>${escapeHtml(runText(p))}</p>`),
    '</article><footer>版权所有</footer></body></html>',
  ].join('\n');
}

/** Each claim as what it says and how it was judged, positions aside. */
function readings(report: Report): string[] {
  const claims = report.files[0]!.claims.map((c) =>
    JSON.stringify([c.text, c.flow, c.measure, c.unit, c.value, c.period, c.partner, c.verdict]),
  );
  return [...new Set(claims)].sort();
}

const pages = readdirSync(articles).filter((name) => name.endsWith('.txt')).sort();

describe('an article reads the same as text, Markdown and HTML', () => {
  it.each(pages)('%s', async (name) => {
    const page = readPage(readFileSync(join(articles, name), 'utf8'));
    const base = name.replace(/\.txt$/, '');
    const [text, markdown, html] = await Promise.all([
      verify({ text: asText(page), path: `${base}.txt` }, { dataset }),
      verify({ text: asMarkdown(page), path: `${base}.md` }, { dataset }),
      verify({ text: asHtml(page), path: `${base}.html` }, { dataset }),
    ]);
    expect(markdown.files[0]!.published).toBe(text.files[0]!.published);
    expect(html.files[0]!.published).toBe(text.files[0]!.published);
    expect(readings(markdown)).toEqual(readings(text));
    expect(readings(html)).toEqual(readings(text));
  });
});
