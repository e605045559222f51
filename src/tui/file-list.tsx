import { Box, Text } from 'ink';
import { VERDICT_COLOR, VERDICT_ORDER, VERDICT_SYMBOL, fit } from './format.js';
import { countVerdicts, type FileState } from './state.js';
import { windowStart } from './claim-list.js';
import { useRef } from 'react';

export interface FileListProps {
  files: readonly FileState[];
  selected: number;
  width: number;
  height: number;
  colors: boolean;
}

const STATUS: Record<FileState['status'], string> = { queued: 'queued', checking: 'checking…', done: '', failed: 'failed' };

/** One row per file: its counts per verdict once checked, else where it is in the queue. */
export function FileList(props: FileListProps) {
  const top = useRef(0);
  top.current = windowStart(top.current, props.selected, props.height, props.files.length);
  const nameWidth = Math.max(12, props.width - 2 - 34);
  return (
    <Box flexDirection="column" height={props.height} width={props.width}>
      {props.files.slice(top.current, top.current + props.height).map((file, i) => {
        const index = top.current + i;
        const isSelected = index === props.selected;
        const counts = countVerdicts(file.result);
        return (
          <Text key={file.path} inverse={isSelected} wrap="truncate">
            {isSelected ? '▸ ' : '  '}
            {fit(file.path, nameWidth)}{' '}
            {file.status === 'done'
              ? VERDICT_ORDER.map((verdict) => (
                  <Text key={verdict} color={props.colors && counts[verdict] > 0 ? VERDICT_COLOR[verdict] : undefined}>
                    {fit(`${VERDICT_SYMBOL[verdict]}${counts[verdict]}`, 6)}
                  </Text>
                ))
              : <Text dimColor={file.status === 'queued'}>{file.status === 'failed' ? `failed: ${file.error ?? ''}` : STATUS[file.status]}</Text>}
          </Text>
        );
      })}
    </Box>
  );
}
