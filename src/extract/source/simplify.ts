/**
 * What a reader of the page sees, in the script chipcheck's word lists are written in: inline pinyin
 * annotations left by scraped pages are removed (進(jìn)口 → 進口), and so are the decorative glyphs spam
 * templates scatter through a page where they split a number (11▲◇.3% → 11.3%), and the spaces a
 * hard-wrapped copy left between two Chinese characters (4000亿美 元, 今年 前十个月); traditional characters become
 * simplified ones (進口 → 进口, 積體電路 → 积体电路), and a spinner's rewrites are undone (好意思元 → 美元,
 * corpus/lexicon/spun.yaml). All go through the block's offset map: a removed annotation takes its offsets
 * with it, a converted character keeps its own, and an undone rewrite points at the rewrite's first and last
 * characters, so every position still points at what the page shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { SPUN_MARKERS, SPUN_REWRITES } from '../../claims/lexicon.js';
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
  if (!block.text.includes('(') && !block.text.includes('（')) return block;
  return withoutMatches(block, ANNOTATION, (m) => HAS_TONE.test(m[1]!));
}

/** The block without the matches of `pattern` (a global regex) that `keep` accepts, their offsets dropped with them. */
function withoutMatches(block: TextBlock, pattern: RegExp, keep: (m: RegExpExecArray) => boolean = () => true): TextBlock {
  const { text } = block;
  let out = '';
  const offsets: number[] = [];
  let from = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!keep(m)) continue;
    out += text.slice(from, m.index);
    for (let i = from; i < m.index; i++) offsets.push(block.offsets[i]!);
    from = m.index + m[0].length;
  }
  if (from === 0) return block;
  out += text.slice(from);
  for (let i = from; i <= text.length; i++) offsets.push(block.offsets[i]!);
  return { ...block, text: out, offsets };
}

/**
 * Bullets, geometric shapes and stars (•, ▲◇▪□■▷▽○, ★☆) between the digits or the decimal point of a
 * number: no number is written with them, but spam templates scatter them through the text, numbers included.
 */
const DECORATION_IN_NUMBER = /(?<=[0-9０-９])[\u2022\u25a0-\u25ff\u2605\u2606]+(?=[0-9０-９.．%％])|(?<=[.．])[\u2022\u25a0-\u25ff\u2605\u2606]+(?=[0-9０-９])/g;

/** Remove decorative glyphs inside numbers, dropping their entries from the offset map. */
export function withoutDecoration(block: TextBlock): TextBlock {
  return withoutMatches(block, DECORATION_IN_NUMBER);
}

/**
 * One space between two Han characters: Chinese is written without them, and a copy whose lines were
 * wrapped by width (a PDF, a feed) keeps one where each line broke, inside words (美 元) and periods (今年
 * 前十个月). Tabs and runs of spaces are columns of a table, not wraps.
 */
const SPACE_IN_HAN = /(?<=[\u3400-\u9fff\uf900-\ufaff])[ \u00a0](?=[\u3400-\u9fff\uf900-\ufaff])/g;

/**
 * A block wrapped by width has such a space at every line it filled: three or more. One or two are a
 * writer's own (a dateline's 9月25日电 近日, spaces left around removed markup), and stay.
 */
const WRAPPED_MIN_SPACES = 3;

/** Remove spaces between two Han characters from a block wrapped by width, dropping their entries from the offset map. */
export function withoutWrapSpaces(block: TextBlock): TextBlock {
  let spaces = 0;
  SPACE_IN_HAN.lastIndex = 0;
  while (spaces < WRAPPED_MIN_SPACES && SPACE_IN_HAN.exec(block.text)) spaces++;
  return spaces < WRAPPED_MIN_SPACES ? block : withoutMatches(block, SPACE_IN_HAN);
}

// Rewrites are matched in the text as simplified (卓著 reads 卓着 by then).
const simplifiedKeys = (words: Record<string, string>): Map<string, string> => new Map(Object.entries(words).map(([spun, plain]) => [toSimplified(spun), plain]));
const alternation = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).join('|');
let spin: { markers: Map<string, string>; rewrites: Map<string, string>; marker: RegExp; markersOnly: RegExp; every: RegExp } | undefined;

function spinWords(): NonNullable<typeof spin> {
  if (spin) return spin;
  const markers = simplifiedKeys(SPUN_MARKERS);
  const rewrites = simplifiedKeys(SPUN_REWRITES);
  return (spin = {
    markers,
    rewrites,
    marker: new RegExp(alternation(markers.keys())),
    markersOnly: new RegExp(alternation(markers.keys()), 'g'),
    every: new RegExp(alternation([...markers.keys(), ...rewrites.keys()]), 'g'),
  });
}

/** Whether the (simplified) blocks read like a spun copy: one of them holds a word only a spinner writes. */
export function isSpun(blocks: readonly TextBlock[]): boolean {
  const { marker } = spinWords();
  return blocks.some((block) => marker.test(block.text));
}

/**
 * Undo a spinner's rewrites in a block: markers always, the rewrites that are also plain words only when
 * `spun` (the copy holds a marker). A rewrite shorter or longer than its plain word maps the plain word's
 * characters onto the rewrite's first ones and its last character onto the rewrite's last.
 */
export function withoutSpin(block: TextBlock, spun: boolean): TextBlock {
  const { markers, rewrites, markersOnly, every } = spinWords();
  const pattern = spun ? every : markersOnly;
  const { text } = block;
  let out = '';
  const offsets: number[] = [];
  let from = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const plain = markers.get(m[0]) ?? rewrites.get(m[0])!;
    out += text.slice(from, m.index) + plain;
    for (let i = from; i < m.index; i++) offsets.push(block.offsets[i]!);
    for (let i = 0; i < plain.length; i++) {
      const last = i === plain.length - 1 && plain.length > 1;
      offsets.push(block.offsets[m.index + (last ? m[0].length - 1 : Math.min(i, m[0].length - 1))]!);
    }
    from = m.index + m[0].length;
  }
  if (from === 0) return block;
  out += text.slice(from);
  for (let i = from; i <= text.length; i++) offsets.push(block.offsets[i]!);
  return { ...block, text: out, offsets };
}

/** Every block as a reader of simplified, unspun Chinese sees it. */
export function simplifyBlocks(blocks: TextBlock[]): TextBlock[] {
  const simplified = blocks.map((block) => {
    const plain = withoutWrapSpaces(withoutDecoration(withoutPinyin(block)));
    const text = toSimplified(plain.text);
    return text === plain.text ? plain : { ...plain, text };
  });
  const spun = isSpun(simplified);
  return simplified.map((block) => withoutSpin(block, spun));
}
