import { describe, expect, test } from 'vitest';
import { parseChineseNumeral, splitRange } from '../../../src/extract/numbers/chinese-numerals.js';
import { toDecimalString } from '../../../src/decimal.js';

describe('parseChineseNumeral', () => {
  test.each([
    ['十五', '15', 0],
    ['二十三', '23', 0],
    ['一百零五', '105', 0],
    ['两千亿', '200000000000', 11],
    ['四千亿', '400000000000', 11],
    ['一万五千亿', '1500000000000', 11],
    ['三亿五千万', '350000000', 7],
    ['一万五', '15000', 3],
    ['两千五', '2500', 2],
    ['万亿', '1000000000000', 12],
    ['千亿', '100000000000', 11],
    ['十亿', '1000000000', 9],
    ['二十三点五', '23.5', -1],
    ['一点二万亿', '1200000000000', 11],
    ['零点五', '0.5', -1],
    ['一千三百零九亿', '130900000000', 8],
    ['三百億', '30000000000', 10],
  ])('%s = %s (precision %i)', (numeral, value, precision) => {
    const parsed = parseChineseNumeral(numeral);
    expect(parsed && toDecimalString(parsed.value)).toBe(value);
    expect(parsed?.precision).toBe(precision);
  });

  test.each(['二〇二一', '十四五', '一二三', '百十', '亿万', '一百零', '点五', '万一'])('%s is not one number', (numeral) => {
    expect(parseChineseNumeral(numeral)).toBeNull();
  });

  test('neighbouring digits make a range', () => {
    expect(splitRange('两三百亿')).toEqual(['两百亿', '三百亿']);
    expect(splitRange('七八十亿')).toEqual(['七十亿', '八十亿']);
    expect(splitRange('三五百亿')).toBeNull();
    expect(splitRange('三百亿')).toBeNull();
  });
});
