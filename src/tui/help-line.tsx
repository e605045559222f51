import { Text } from 'ink';
import { t, type Lang } from '../report/messages/index.js';
import type { View } from './state.js';
import { truncate } from './format.js';

/** The keys for the current view (or for the search being typed), in one line; short enough for 80 columns. */
export function HelpLine({ view, searching = false, width, lang = 'en' }: { view: View; searching?: boolean; width: number; lang?: Lang }) {
  const help = searching ? t(lang, 'tui.help.search') : t(lang, `tui.help.${view}`);
  return <Text dimColor>{truncate(` ${help}`, width - 1)}</Text>;
}
