/**
 * jieba's part in the claims stage: naming a noun the lexicon does not know that governs a number
 * (笔记本电脑出口额为1000亿美元). jieba is asked only about texts holding a noun of its dictionaries
 * (corpus/lexicon/jieba.nouns.txt), so that list must be the dictionaries'.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { jiebaNouns } from '../../scripts/jieba-nouns.mjs';
import { foreignSubjectBefore } from '../../src/claims/segment.js';
import { lexiconDir } from '../../src/lexicon/files.js';

const isChipWord = (w: string): boolean => w === '集成电路' || w === '芯片';
const before = (sentence: string, number: string): string | null => foreignSubjectBefore(sentence, sentence.indexOf(number), isChipWord);

describe('foreignSubjectBefore', () => {
  it('names the noun that governs a number', () => {
    expect(before('今年前三季度，笔记本电脑出口额为1000亿美元', '1000')).toBe('笔记本');
    expect(before('据统计，家具出口额为3.2亿美元', '3.2')).toBe('家具');
  });

  it('finds no other subject where chips or only neutral and flow words stand before the number', () => {
    expect(before('集成电路出口额为1000亿美元', '1000')).toBeNull();
    expect(before('同比增速分别为23.0%', '23.0')).toBeNull();
    expect(before('累计出口分别为409.9亿美元', '409.9')).toBeNull();
  });

  it('knows the nouns of the dictionaries jieba loads (run scripts/build-jieba-dict.mjs when they change)', () => {
    expect(readFileSync(`${lexiconDir()}/jieba.nouns.txt`, 'utf8')).toBe(jiebaNouns(lexiconDir()));
  });
});
