/**
 * What a reader of the page sees, in the script chipcheck's word lists are written in: inline pinyin
 * annotations left by scraped pages are removed (進(jìn)口 → 進口) and traditional characters become
 * simplified ones (進口 → 进口, 積體電路 → 积体电路). Both go through the block's offset map: a removed
 * annotation takes its offsets with it, and a converted character keeps its own, so every position still
 * points at what the author typed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { lexiconDir } from '../../lexicon/files.js';
import type { TextBlock } from '../../types.js';

const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';

/**
 * One pinyin syllable with a tone mark, in ASCII or full-width brackets, right after a Han character:
 * 進(jìn), 長（cháng）. A tone mark is required so that 条款(a) or 芯片(IC) stay as written.
 */
const ANNOTATION = new RegExp(String.raw`(?<=[\u3400-\u9fff\uf900-\ufaff])[(（]((?:[a-zü]|[${TONE_MARKED}]){1,7})[)）]`, 'g');
const HAS_TONE = new RegExp(`[${TONE_MARKED}]`);

let table: Uint16Array | undefined;

/** Code unit → simplified code unit (0: unchanged), from corpus/lexicon/traditional.txt. */
function simplifiedTable(): Uint16Array {
  if (table) return table;
  const map = new Uint16Array(0x10000);
  for (const line of readFileSync(join(lexiconDir(), 'traditional.txt'), 'utf8').split('\n')) {
    if (line.length !== 3 || line[1] !== ' ') continue;
    map[line.charCodeAt(0)] = line.charCodeAt(2);
  }
  return (table = map);
}

/** The text with traditional characters made simplified: same length, index for index. */
export function toSimplified(text: string): string {
  const map = simplifiedTable();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    const to = map[code]!;
    if (to === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Remove pinyin annotations from a block, dropping their entries from the offset map. */
export function withoutPinyin(block: TextBlock): TextBlock {
  const { text } = block;
  if (!text.includes('(') && !text.includes('（')) return block;
  let out = '';
  const offsets: number[] = [];
  let from = 0;
  ANNOTATION.lastIndex = 0;
  for (let m = ANNOTATION.exec(text); m; m = ANNOTATION.exec(text)) {
    if (!HAS_TONE.test(m[1]!)) continue;
    out += text.slice(from, m.index);
    for (let i = from; i < m.index; i++) offsets.push(block.offsets[i]!);
    from = m.index + m[0].length;
  }
  if (from === 0) return block;
  out += text.slice(from);
  for (let i = from; i <= text.length; i++) offsets.push(block.offsets[i]!);
  return { ...block, text: out, offsets };
}

/** Every block as a reader of simplified Chinese sees it. */
export function simplifyBlocks(blocks: TextBlock[]): TextBlock[] {
  return blocks.map((block) => {
    const plain = withoutPinyin(block);
    const text = toSimplified(plain.text);
    return text === plain.text ? plain : { ...plain, text };
  });
}
