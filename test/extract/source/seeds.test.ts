import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/extract/source/index.js';
import type { Source } from '../../../src/types.js';

const dir = join(import.meta.dirname, '../../../corpus/articles');
const seeds = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();

async function seed(prefix: string): Promise<Source> {
  const name = seeds.find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} missing from corpus/articles`);
  return readSource(join(dir, name));
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

describe('seed articles', () => {
  it.each(seeds)('%s reads into blocks without messages', async (name) => {
    const source = await readSource(join(dir, name));
    expect(source.messages).toEqual([]);
    expect(source.blocks.length).toBeGreaterThan(5);
  });

  it('000: Markdown with front matter after a blank line and embedded HTML', async () => {
    const source = await seed('000');
    expect(source.kind).toBe('markdown');
    expect(source.published).toBe('2022-01-09');
    const title = source.blocks.find((b) => b.kind === 'title')!;
    const at = title.text.indexOf('超4000亿美元');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lineOf(source.text, title.offsets[at]!)).toBe(3);
    const paragraph = source.blocks.find((b) => b.text.includes('集成电路5822．2个'));
    expect(paragraph?.kind).toBe('paragraph');
    expect(paragraph!.text).toContain('这部分集成电路，价值约为3890．6亿美元');
    // Image alt/title attributes repeat the headline: they are not content.
    expect(source.blocks.filter((b) => b.text.includes('超4000亿美元')).length).toBe(1);
  });

  it('001: plain text dated by a date line', async () => {
    const source = await seed('001');
    expect(source.kind).toBe('plain');
    expect(source.published).toBe('2024-12-25');
    expect(source.blocks[0]).toMatchObject({ kind: 'title', text: '国产芯片出口突破万亿' });
    expect(source.text.slice(source.publishedOffset, source.publishedOffset! + 10)).toBe('2024-12-25');
  });

  it('002: bullets are list items, 发布日期 dates the article', async () => {
    const source = await seed('002');
    expect(source.published).toBe('2025-02-05');
    expect(source.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text).slice(0, 2)).toEqual([
      '首页',
      '云南大学是什么学校介绍',
    ]);
  });

  it('003: hard-wrapped PDF text is joined across blank lines', async () => {
    const source = await seed('003');
    const block = source.blocks.find((b) => b.text.includes('贸易逆差 2616 亿美元'));
    expect(block?.text).toContain('贸易逆差 2616 亿美元,下降6. 1%');
    expect(source.blocks.find((b) => b.text.includes('全球集成电路产业进入前所未有的动荡期'))).toBeDefined();
  });

  it('004: tab-separated lines are table rows with cells', async () => {
    const source = await seed('004');
    expect(source.published).toBe('2025-08-24');
    const rows = source.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const exports = rows.find((b) => b.text.startsWith('出口额'));
    expect(exports?.cells).toBe(true);
    expect(exports!.text.split('\t')).toEqual(['出口额', '179.3', '29.4', '1086.3', '20.5']);
    expect(rows[0]!.text.split('\t')).toEqual(['', '7月当月', '', '1至7月累计', '']);
  });
});
