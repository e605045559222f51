import { Box, Text } from 'ink';
import type { Span } from './format.js';

export interface DetailPaneProps {
  lines: readonly Span[][];
  /** First line shown; the caller clamps it to `lines.length - height`. */
  scroll: number;
  width: number;
  height: number;
}

/** A window onto the detail lines; ↑/↓ scroll it when it is taller than the screen. */
export function DetailPane(props: DetailPaneProps) {
  const window = props.lines.slice(props.scroll, props.scroll + props.height);
  return (
    <Box flexDirection="column" height={props.height} width={props.width}>
      {window.map((line, i) => (
        <Text key={props.scroll + i} wrap="truncate">
          {line.length === 0 ? ' ' : line.map((span, j) => <SpanText key={j} span={span} />)}
        </Text>
      ))}
    </Box>
  );
}

function SpanText({ span }: { span: Span }) {
  return (
    <Text color={span.color} bold={span.bold} dimColor={span.dim} inverse={span.inverse}>
      {span.text}
    </Text>
  );
}
