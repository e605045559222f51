import { Box, Text } from 'ink';
import type { Verdict } from '../types.js';
import { VERDICT_COLOR, VERDICT_ORDER, VERDICT_SYMBOL, fit, stringWidth, truncate } from './format.js';

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
}

/** Count labels from long to short; the first that fits the width is used. */
const LABELS: ReadonlyArray<Record<Verdict, string>> = [
  { contradiction: 'contradiction', typo: 'typo', inconsistent: 'inconsistent', unverifiable: 'unverifiable', match: 'match' },
  { contradiction: 'contra', typo: 'typo', inconsistent: 'incons', unverifiable: 'unverif', match: 'match' },
  { contradiction: '', typo: '', inconsistent: '', unverifiable: '', match: '' },
];

export function countItems(counts: Record<Verdict, number>, width: number): Array<{ verdict: Verdict; text: string }> {
  for (const labels of LABELS) {
    const items = VERDICT_ORDER.map((verdict) => ({
      verdict,
      text: `${VERDICT_SYMBOL[verdict]} ${counts[verdict]}${labels[verdict] ? ` ${labels[verdict]}` : ''}`,
    }));
    if (stringWidth(items.map((i) => i.text).join('  ')) <= width) return items;
  }
  return [];
}

/** Two lines: which file against which data, then the count per verdict (symbol + number, colour optional). */
export function SummaryBar(props: SummaryBarProps) {
  const published = props.published === undefined ? '' : `发布 ${props.published ?? '—'}  `;
  const right = `${published}数据 ${props.datasetVersion}`;
  const left = truncate(props.path, Math.max(8, props.width - stringWidth(right) - 3));
  const items = props.counts ? countItems(props.counts, props.width) : [];
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
          <Text> {props.progress ?? 'checking…'}</Text>
        )}
        {props.counts && props.progress ? <Text dimColor>{`  ${props.progress}`}</Text> : null}
      </Box>
    </Box>
  );
}
