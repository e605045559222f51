import { Box, Text } from 'ink';
import { useRef } from 'react';
import { t, type Lang } from '../report/messages/index.js';
import { windowStart } from './claim-list.js';
import { VERDICT_COLOR, VERDICT_ORDER, VERDICT_SYMBOL, fit, truncate, truncateMiddle } from './format.js';
import { countVerdicts, type FileState } from './state.js';

export interface FileListProps {
  files: readonly FileState[];
  selected: number;
  width: number;
  height: number;
  colors: boolean;
  lang?: Lang;
}

/** Why a file has no counts: it could not be read (its error message) or the check failed; else undefined. */
export function fileProblem(file: FileState): string | undefined {
  if (file.status === 'failed') return file.error ?? '';
  if (file.result && !file.result.ok) return file.result.messages.find((m) => m.severity === 'error')?.reason ?? '';
  return undefined;
}

/**
 * One row per file: its counts per verdict once checked, an error with its reason when it could not be
 * checked (never counts of zero, which would look clean), else where it is in the queue.
 */
export function FileList(props: FileListProps) {
  const lang = props.lang ?? 'en';
  const top = useRef(0);
  top.current = windowStart(top.current, props.selected, props.height, props.files.length);
  const nameWidth = Math.max(12, props.width - 2 - 34);
  return (
    <Box flexDirection="column" height={props.height} width={props.width}>
      {props.files.slice(top.current, top.current + props.height).map((file, i) => {
        const index = top.current + i;
        const isSelected = index === props.selected;
        const counts = countVerdicts(file.result);
        const problem = fileProblem(file);
        const rest = props.width - 2 - nameWidth - 1;
        return (
          <Text key={file.path} inverse={isSelected} wrap="truncate">
            {isSelected ? '▸ ' : '  '}
            {fit(truncateMiddle(file.path, nameWidth), nameWidth)}{' '}
            {problem !== undefined ? (
              <Text color={props.colors ? 'red' : undefined} bold>
                {truncate(`✗ ${t(lang, 'severity.error')}: ${problem || t(lang, 'tui.file-status.failed')}`, rest)}
              </Text>
            ) : file.status === 'done' ? (
              VERDICT_ORDER.map((verdict) => (
                <Text key={verdict} color={props.colors && counts[verdict] > 0 ? VERDICT_COLOR[verdict] : undefined}>
                  {fit(`${VERDICT_SYMBOL[verdict]}${counts[verdict]}`, 6)}
                </Text>
              ))
            ) : (
              <Text dimColor={file.status === 'queued'}>{t(lang, `tui.file-status.${file.status === 'checking' ? 'checking' : 'queued'}`)}</Text>
            )}
          </Text>
        );
      })}
    </Box>
  );
}
