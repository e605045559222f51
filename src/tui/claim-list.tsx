import { Box, Text } from 'ink';
import { useRef } from 'react';
import { t, type Lang } from '../report/messages/index.js';
import type { CheckedClaim, FileResult, Verdict } from '../types.js';
import { VERDICT_COLOR, VERDICT_ORDER, VERDICT_SYMBOL, describeClaim, fit, stringWidth } from './format.js';

export interface ClaimListProps {
  claims: readonly CheckedClaim[];
  /** Claim indices to show, in display order (grouped by verdict). */
  visible: readonly number[];
  selected: number | null;
  width: number;
  height: number;
  colors: boolean;
  lang?: Lang;
  /** The file's messages: when it has no claims to show, an unreadable file's reason is shown instead. */
  messages?: FileResult['messages'];
}

type Row = { kind: 'group'; verdict: Verdict; count: number } | { kind: 'claim'; index: number };

/** Visible claims with a heading row before each verdict group. */
export function listRows(claims: readonly CheckedClaim[], visible: readonly number[]): Row[] {
  const counts = new Map<Verdict, number>();
  for (const i of visible) counts.set(claims[i]!.verdict, (counts.get(claims[i]!.verdict) ?? 0) + 1);
  const rows: Row[] = [];
  let previous: Verdict | null = null;
  for (const index of visible) {
    const verdict = claims[index]!.verdict;
    if (verdict !== previous) rows.push({ kind: 'group', verdict, count: counts.get(verdict) ?? 0 });
    rows.push({ kind: 'claim', index });
    previous = verdict;
  }
  return rows;
}

/**
 * First row of the window: scroll only as far as needed to keep `target` (and the heading above the first
 * row) in view, so moving the selection does not make the list jump.
 */
export function windowStart(previous: number, target: number, height: number, total: number): number {
  if (total <= height) return 0;
  let top = Math.min(previous, total - height);
  if (target < top) top = target;
  if (target >= top + height) top = target - height + 1;
  return Math.max(0, Math.min(top, total - height));
}

/** The verdict as the list shows it: symbol and the whole word, never cut. */
export function verdictLabel(verdict: Verdict, lang: Lang): string {
  return `${VERDICT_SYMBOL[verdict]} ${t(lang, `verdict.${verdict}`)}`;
}

/**
 * Column widths for a terminal width: position, number as written, verdict, description. The verdict column
 * is as wide as the longest verdict word and comes before the description, which alone gives way when the
 * terminal is narrow: no column ever cuts the verdict.
 */
export function columnWidths(width: number, lang: Lang = 'en'): { position: number; written: number; description: number; verdict: number } {
  const position = 9;
  const verdict = Math.max(...VERDICT_ORDER.map((v) => stringWidth(verdictLabel(v, lang))));
  const written = Math.max(10, Math.min(24, Math.floor(width * 0.2)));
  const description = Math.max(0, width - 2 - position - written - verdict - 3);
  return { position, written, description, verdict };
}

/** One line per claim, only the rows inside the window are rendered (5,000 claims scroll like 50). */
export function ClaimList(props: ClaimListProps) {
  const rows = listRows(props.claims, props.visible);
  const selectedRow = rows.findIndex((row) => row.kind === 'claim' && row.index === props.selected);
  const top = useRef(0);
  // Keep the group heading visible when the first claim of the list is selected.
  const target = selectedRow <= 1 ? 0 : selectedRow;
  top.current = windowStart(top.current, Math.max(0, target), props.height, rows.length);
  const lang = props.lang ?? 'en';
  const widths = columnWidths(props.width, lang);
  const window = rows.slice(top.current, top.current + props.height);

  if (rows.length === 0) {
    // A file that could not be read says why, as an error, not as an empty list.
    const errors = (props.messages ?? []).filter((m) => m.severity === 'error');
    return (
      <Box flexDirection="column" height={props.height} width={props.width}>
        {errors.length > 0 ? (
          errors.map((m, i) => (
            <Text key={i} color={props.colors ? 'red' : undefined} bold wrap="truncate">
              {` ✗ ${t(lang, 'severity.error')}: ${m.reason}`}
            </Text>
          ))
        ) : (
          <Text dimColor> {t(lang, 'tui.no-claims')}</Text>
        )}
      </Box>
    );
  }
  return (
    <Box flexDirection="column" height={props.height} width={props.width}>
      {window.map((row) => {
        if (row.kind === 'group') {
          const heading = `── ${verdictLabel(row.verdict, lang)} (${row.count}) `;
          return (
            <Text key={`g-${row.verdict}`} bold color={props.colors ? VERDICT_COLOR[row.verdict] : undefined}>
              {heading + '─'.repeat(Math.max(0, props.width - 1 - stringWidth(heading)))}
            </Text>
          );
        }
        const claim = props.claims[row.index]!;
        const isSelected = row.index === props.selected;
        return (
          <Text key={`c-${row.index}`} inverse={isSelected} wrap="truncate">
            {isSelected ? '▸ ' : '  '}
            {fit(`${claim.start.line}:${claim.start.column}`, widths.position)}
            {fit(oneLine(claim.text), widths.written)}{' '}
            <Text color={props.colors ? VERDICT_COLOR[claim.verdict] : undefined}>{fit(verdictLabel(claim.verdict, lang), widths.verdict)}</Text>{' '}
            {fit(describeClaim(claim), widths.description)}
          </Text>
        );
      })}
    </Box>
  );
}

/** Table cells and wrapped lines hold tabs and newlines; a list row shows them as single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
