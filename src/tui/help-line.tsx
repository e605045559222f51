import { Text } from 'ink';
import type { View } from './state.js';
import { truncate } from './format.js';

/** Short enough for 80 columns; `n/p` jumps between findings (contradiction, typo, inconsistent). */
const HELP: Record<View, string> = {
  files: '↑↓/jk move  ⏎/→ open  q quit',
  claims: '↑↓jk move ⏎→ open ←esc back tab/1-5 filter /search n/p finding o edit q quit',
  detail: '↑↓jk scroll ←esc back n/p finding tab/1-5 filter /search o edit q quit',
};

/** The keys for the current view, in one line. */
export function HelpLine({ view, width }: { view: View; width: number }) {
  return <Text dimColor>{truncate(` ${HELP[view]}`, width - 1)}</Text>;
}
