import { describe, expect, test } from 'vitest';
import { normalizeDigits } from '../../../src/extract/numbers/index.js';

describe('normalizeDigits', () => {
  test.each([
    ['５８２２．２', '5822.2'],
    ['5822．2', '5822.2'],
    ['１９．３％', '19.3%'],
    ['2840﹒5', '2840.5'],
    ['１－１１月份', '1-11月份'],
    ['ＵＳ＄１６２', 'US$162'],
    ['10：25', '10:25'],
    ['（亿美元）', '(亿美元)'],
    ['增长，下降', '增长，下降'],
    ['图\u30001', '图 1'],
    ['−194.5', '-194.5'],
    ['纯文本', '纯文本'],
  ])('%s → %s', (input, output) => {
    expect(normalizeDigits(input)).toBe(output);
    expect(normalizeDigits(input)).toHaveLength(input.length);
  });
});
