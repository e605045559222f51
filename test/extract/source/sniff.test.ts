import { describe, expect, it } from 'vitest';
import { sniffKind } from '../../../src/extract/source/sniff.js';

describe('sniffKind', () => {
  it.each([
    ['a.md', '纯文本', 'markdown'],
    ['a.markdown', '', 'markdown'],
    ['a.html', '纯文本', 'html'],
    ['dir.v2/a.HTM', '', 'html'],
    ['a.txt', '第一行\n\n第二行', 'plain'],
    ['a.txt', '---\ntitle: 标题\n---\n正文', 'markdown'],
    ['a.txt', '\n---\ntitle: 标题\n---\n正文', 'markdown'],
    ['a.txt', '\r\n\r\n---\r\ntitle: 标题\r\n---\r\n正文', 'markdown'],
    ['a.txt', '正文<p style="x">段落</p>', 'markdown'],
    ['a.txt', '第一行<br>第二行', 'markdown'],
    ['a.txt', '<!DOCTYPE html><html><body>正文</body></html>', 'html'],
    ['a.txt', '<!-- saved --> <html lang="zh"><p>x</p></html>', 'html'],
    ['a.txt', '3 < 5 and 6 > 4', 'plain'],
    ['a.txt', '--- 分隔线不是 front matter', 'plain'],
    ['README', '<div>x</div>', 'markdown'],
  ] as const)('%s %j → %s', (path, text, kind) => {
    expect(sniffKind(path, text)).toBe(kind);
  });
});
