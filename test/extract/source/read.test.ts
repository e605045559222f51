import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource, readSource } from '../../../src/extract/source/index.js';
import { fixture } from './fixtures.js';

describe('readSource', () => {
  it('a missing file is a message, not an exception', async () => {
    const source = await readSource(fixture('does-not-exist.txt'));
    expect(source).toMatchObject({ blocks: [], text: '', published: null });
    expect(source.messages).toEqual([
      expect.objectContaining({ ruleId: 'chipcheck/unreadable-file', severity: 'error', reason: expect.stringContaining('no such file') }),
    ]);
  });

  it('a directory is a message', async () => {
    const source = await readSource(fixture(''));
    expect(source.messages[0]).toMatchObject({ ruleId: 'chipcheck/unreadable-file', reason: expect.stringContaining('directory') });
  });

  it('a file over the size limit is not read', async () => {
    const source = await readSource(fixture('page.html'), { maxSize: 100 });
    expect(source.blocks).toEqual([]);
    expect(source.messages[0]).toMatchObject({ ruleId: 'chipcheck/file-too-large', hint: expect.stringContaining('--max-size') });
  });

  it('a binary file is a message', async () => {
    const source = await readSource(fixture('binary.png'));
    expect(source).toMatchObject({ blocks: [], encoding: 'binary' });
    expect(source.messages[0]).toMatchObject({ ruleId: 'chipcheck/binary-file', severity: 'error' });
  });

  it('an empty file reads as an empty plain source', async () => {
    expect(await readSource(fixture('empty.txt'))).toMatchObject({ kind: 'plain', encoding: 'utf-8', blocks: [], messages: [] });
  });

  it('reports the encoding it decoded', async () => {
    expect((await readSource(fixture('encoding.gb18030.txt'))).encoding).toBe('gb18030');
    expect((await readSource(fixture('encoding.utf16be.txt'))).encoding).toBe('utf-16be');
  });

  it('--published overrides the date in the file', async () => {
    const source = await readSource(fixture('crlf.txt'), { published: '2025-03-01' });
    expect(source.published).toBe('2025-03-01');
  });

  it('a .txt holding HTML tags is read as Markdown with HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chipcheck-source-'));
    const path = join(dir, 'article.txt');
    writeFileSync(path, '标题\n\n<p>进口&nbsp;3000亿美元</p>\n');
    const source = await readSource(path);
    expect(source.kind).toBe('markdown');
    expect(source.blocks.map((b) => b.text)).toEqual(['标题', '进口 3000亿美元']);
  });
});

describe('parseSource', () => {
  it('drops a BOM so offsets count the text without it', () => {
    const source = parseSource('\uFEFF标题\n正文', 'a.txt');
    expect(source.text).toBe('标题\n正文');
    expect(source.blocks[1]!.offsets[0]).toBe(3);
  });
});
