// Every word jieba could tag as a noun other than a person, place or organisation (n*, not nr/ns/nt), of two
// CJK characters or more, in chipcheck's compact and user dictionaries: corpus/lexicon/jieba.nouns.txt,
// written by scripts/build-jieba-dict.mjs and read by src/claims/segment.ts. Words added at run time with
// insertWord are tagged 'x', never a noun.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The nouns of the dictionaries in `lexiconDir`, one a line, sorted. */
export function jiebaNouns(lexiconDir) {
  const nouns = new Set();
  for (const file of ['jieba.compact.utf8', 'jieba.user.utf8']) {
    // One `word frequency tag` a line, as jieba reads them.
    for (const line of readFileSync(join(lexiconDir, file), 'utf8').split('\n')) {
      const [word, , tag] = line.split(' ');
      if (!word || !tag || !tag.startsWith('n') || tag === 'nr' || tag === 'ns' || tag === 'nt' || !/^[\u4e00-\u9fff]{2,}$/.test(word)) continue;
      nouns.add(word);
    }
  }
  return [...nouns].sort().join('\n') + '\n';
}
