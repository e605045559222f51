// Properties over random text built from the pieces real sentences are made of, and whole-input scale.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { findNumbers } from '../../../src/extract/numbers/index.js';
import { compare } from '../../../src/decimal.js';

const pieces = [
  // digits and numerals
  '0', '1', '3', '5', '9', '12', '300', '2840', '4156', '15.3', '15. 3', '5822．2', '５８', '﹒', '.', ',', ' ', '-', '－',
  '一', '两', '三', '十', '百', '千', '零', '〇', '点', '半',
  // magnitudes and units
  '万', '亿', '萬', '億', '万亿', '千亿', 'bn', '美元', '元', '人民币', '亿美元', '个', '块', '颗', '%', '％', '成', '倍',
  '个百分点', '日元', 'US$', '$',
  // qualifiers and forecasts
  '超', '超过了', '突破', '达到', '达', '近', '将近', '接近', '约', '约为', '折合', '不足', '逾', '多', '余', '左右', '以上',
  '将', '预计', '有望', '至', '~', '—',
  // surrounding text
  '年', '月', '日', '第', '表', '图', '(', ')', '（', '）', '[', ']', '、', '，', '。', '\n', '\t', ':',
  '出口', '进口', '集成电路', '同比增长', '芯片', 'HS编码', 'http://x.cn/1', 'A', 'G',
];

const sentence = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('findNumbers properties', () => {
  test('never throws; spans are ordered, inside the text, and rescanning a mention alone gives its value', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const mentions = findNumbers(text, 0);
        let last = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.start).toBeLessThanOrEqual(m.numberStart);
          expect(m.numberStart).toBeLessThan(m.numberEnd);
          expect(m.numberEnd).toBeLessThanOrEqual(m.end);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.raw).toBe(text.slice(m.start, m.end));
          if (m.upper) expect(compare(m.amount, m.upper)).toBe(-1);
          last = m.end;
          const alone = findNumbers(m.raw, 0);
          expect(alone.length, `rescanning ${JSON.stringify(m.raw)} from ${JSON.stringify(text)}`).toBeGreaterThan(0);
          const first = alone[0]!;
          expect(compare(first.amount, m.amount), `value of ${JSON.stringify(m.raw)} alone`).toBe(0);
        }
      }),
      { numRuns: 5000 },
    );
  });

  test('arbitrary strings never throw and keep spans inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'grapheme' }), (text) => {
        for (const m of findNumbers(text, 0)) {
          expect(m.start >= 0 && m.end <= text.length && m.numberStart < m.numberEnd).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('scale', () => {
  test('100,000 numbers in one paragraph are all found', () => {
    const text = '出口额为1234.5亿美元，同比增长12.3%；'.repeat(50_000);
    const mentions = findNumbers(text, 0);
    expect(mentions).toHaveLength(100_000);
    expect(mentions.at(-1)?.raw).toBe('12.3%');
  });

  test('a 10 MB line of digits, numerals, identifiers, dotted digits or words is scanned to the end', () => {
    expect(findNumbers('1'.repeat(10_000_000), 0)).toEqual([]);
    expect(findNumbers('一'.repeat(10_000_000), 0)).toEqual([]);
    expect(findNumbers('x1'.repeat(5_000_000), 0)).toEqual([]);
    expect(findNumbers('1.'.repeat(5_000_000), 0)).toEqual([]);
    const tail = findNumbers(`${'出口'.repeat(5_000_000)}3亿美元`, 0);
    expect(tail.map((m) => m.raw)).toEqual(['3亿美元']);
  });
});
