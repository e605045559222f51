import { Box, Text } from 'ink';
import { t, type Lang } from '../report/messages/index.js';
import type { Verdict } from '../types.js';
import { VERDICT_COLOR, VERDICT_ORDER, VERDICT_SYMBOL, fit, stringWidth, truncateMiddle } from './format.js';

export interface SummaryBarProps {
  path: string;
  /** Publication date; undefined leaves it out (the file list spans several files). */
  published?: string | null;
  datasetVersion: string;
  counts: Record<Verdict, number> | null;
  /** What is being checked, when not everything is done: `checking 2/5`. */
  progress: string | null;
  width: number;
  colors: boolean;
  lang?: Lang;
}

/** Count labels from long to short (the verdict word, its short form, none); the first that fits is used. */
function labels(lang: Lang): ReadonlyArray<(verdict: Verdict) => string> {
  return [(v) => t(lang, `verdict.${v}`), (v) => t(lang, `verdict-short.${v}`), () => ''];
}

export function countItems(counts: Record<Verdict, number>, width: number, lang: Lang = 'en'): Array<{ verdict: Verdict; text: string }> {
  for (const label of labels(lang)) {
    const items = VERDICT_ORDER.map((verdict) => ({
      verdict,
      text: `${VERDICT_SYMBOL[verdict]} ${counts[verdict]}${label(verdict) ? ` ${label(verdict)}` : ''}`,
    }));
    if (stringWidth(items.map((i) => i.text).join('  ')) <= width) return items;
  }
  return [];
}

/** Two lines: which file against which data, then the count per verdict (symbol + number, colour optional). */
export function SummaryBar(props: SummaryBarProps) {
  const lang = props.lang ?? 'en';
  const published = props.published === undefined ? '' : `${t(lang, 'tui.published', { date: props.published ?? '—' })}  `;
  const right = `${published}${t(lang, 'tui.dataset', { version: props.datasetVersion })}`;
  // Paths are shortened in the middle: files deep in one folder differ at the end.
  const left = truncateMiddle(props.path, Math.max(8, props.width - stringWidth(right) - 3));
  const items = props.counts ? countItems(props.counts, props.width, lang) : [];
  return (
    <Box flexDirection="column" width={props.width}>
      <Text bold inverse>
        {fit(` ${left}`, props.width - stringWidth(right) - 1)}
        {right}{' '}
      </Text>
      <Box>
        {props.counts ? (
          items.map((item, i) => (
            <Text key={item.verdict}>
              {i === 0 ? ' ' : '  '}
              <Text color={props.colors ? VERDICT_COLOR[item.verdict] : undefined}>{item.text}</Text>
            </Text>
          ))
        ) : (
          <Text> {props.progress ?? t(lang, 'tui.checking')}</Text>
        )}
        {props.counts && props.progress ? <Text dimColor>{`  ${props.progress}`}</Text> : null}
      </Box>
    </Box>
  );
}
