/** The TUI's root: state, checking in the background, keys, and the layout for the terminal's size. */
import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useMemo, useReducer } from 'react';
import { render, t, type Lang } from '../report/messages/index.js';
import type { Dataset, FileResult, Note } from '../types.js';
import { ClaimList } from './claim-list.js';
import { DetailPane } from './detail-pane.js';
import { detailLines } from './detail.js';
import { FileList } from './file-list.js';
import { VERDICT_ORDER, truncate } from './format.js';
import { HelpLine } from './help-line.js';
import { activeQuery, countVerdicts, initialState, reduce, visibleClaims, type Action, type TuiState } from './state.js';
import { SummaryBar } from './summary-bar.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface AppProps {
  paths: string[];
  check: (path: string) => Promise<FileResult>;
  dataset: Dataset;
  /** False under NO_COLOR: symbols and layout carry the meaning alone. */
  colors: boolean;
  /** Opens `path` at `line` in the editor; answers the status line to show (`opened in vim`). */
  openEditor?: (path: string, line: number) => string | Note;
  /** Called once when the user quits (the exit code is the report stage's, not the app's). */
  onQuit?: () => void;
  /**
   * Watch mode: called once with a callback to call with a path each time that file is saved; answers how
   * to stop watching. The saved file is checked again and the selection stays on the same claim.
   */
  watch?: (onSaved: (path: string) => void) => () => void;
  /** The language of labels and help; default `en` (messages come rendered in the report's language). */
  lang?: Lang;
}

/** Rows that are not the list: summary bar (2), status line, help line, and one spare so Ink never clears. */
const CHROME = 5;

export function App(props: AppProps) {
  const [state, dispatch] = useReducer(reduce, props.paths, initialState);
  const lang = props.lang ?? 'en';
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const height = Math.max(3, rows - CHROME);
  const width = Math.max(40, columns);

  useEffect(() => {
    let cancelled = false;
    const progress = batched(dispatch);
    void (async () => {
      for (const [index, path] of props.paths.entries()) {
        if (cancelled) return;
        progress.post({ type: 'checking', index });
        try {
          const result = await props.check(path);
          if (!cancelled) progress.post({ type: 'checked', index, result });
        } catch (error) {
          if (!cancelled) progress.post({ type: 'failed', index, error: error instanceof Error ? error.message : String(error) });
        }
        // Keys and the progress timer run between files: a check that reads its file synchronously would
        // otherwise hold the event loop until the last file is done.
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (!cancelled) progress.flush();
    })();
    return () => {
      cancelled = true;
      progress.cancel();
    };
    // Checks run once per mount; the paths are fixed for the app's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Saves are checked one at a time, in order, so an older check never lands after a newer one.
  const { watch } = props;
  useEffect(() => {
    if (!watch) return;
    let queue = Promise.resolve();
    const stop = watch((path) => {
      const index = props.paths.indexOf(path);
      if (index < 0) return;
      queue = queue.then(async () => {
        dispatch({ type: 'checking', index });
        try {
          const result = await props.check(path);
          dispatch({ type: 'checked', index, result });
          dispatch({ type: 'status', text: `${path} saved: checked again at ${new Date().toTimeString().slice(0, 8)}` });
        } catch (error) {
          dispatch({ type: 'failed', index, error: error instanceof Error ? error.message : String(error) });
        }
      });
    });
    return stop;
    // The watch is set up once per mount, like the first checks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watch]);

  const file = state.files[state.file];
  const claims = file?.result?.claims ?? [];
  const query = activeQuery(state);
  const visible = useMemo(() => visibleClaims(file, state.filter, query), [file, state.filter, query]);
  const claim = state.selected === null ? undefined : claims[state.selected];
  const lines = useMemo(
    () => (state.view === 'detail' && claim ? detailLines(claim, { dataset: props.dataset, width, colors: props.colors, lang }) : []),
    [state.view, claim, props.dataset, width, props.colors, lang],
  );
  const maxScroll = Math.max(0, lines.length - height);

  useInput((input, key) => {
    dispatch({ type: 'key', input, key, context: { page: height, maxScroll } });
  });

  // Keys only ask for side effects; they run here, after the state that asked for them is committed.
  const { onQuit, openEditor } = props;
  useEffect(() => {
    if (state.pending.length === 0) return;
    const count = state.pending.length;
    for (const effect of state.pending) {
      if (effect.kind === 'quit') {
        onQuit?.();
        exit();
        return;
      }
      const text: string | Note = openEditor ? openEditor(effect.path, effect.line) : { id: 'tui.no-editor' };
      dispatch({ type: 'status', text });
    }
    dispatch({ type: 'settled', count });
  }, [state.pending, onQuit, openEditor, exit, lang]);

  const done = state.files.filter((f) => f.status === 'done' || f.status === 'failed').length;
  const progress =
    state.view !== 'files' && file?.status === 'failed'
      ? t(lang, 'tui.could-not-check', { why: file.error ?? t(lang, 'tui.unknown-error') })
      : done < state.files.length
        ? t(lang, 'tui.checking-n', { n: Math.min(done + 1, state.files.length), total: state.files.length })
        : null;

  return (
    <Box flexDirection="column" width={width}>
      <SummaryBar
        path={state.view === 'files' ? t(lang, 'tui.files', { n: state.files.length }) : file?.path ?? ''}
        published={state.view === 'files' ? undefined : file?.result?.published ?? null}
        datasetVersion={props.dataset.version}
        counts={state.view === 'files' ? totals(state) : file?.result ? countVerdicts(file.result) : null}
        progress={progress}
        width={width}
        colors={props.colors}
        lang={lang}
      />
      {state.view === 'files' ? (
        <FileList files={state.files} selected={state.file} width={width} height={height} colors={props.colors} lang={lang} />
      ) : state.view === 'detail' ? (
        <DetailPane lines={lines} scroll={Math.min(state.detailScroll, maxScroll)} width={width} height={height} />
      ) : (
        <ClaimList claims={claims} visible={visible} selected={state.selected} width={width} height={height} colors={props.colors} lang={lang} messages={file?.result?.messages ?? []} />
      )}
      <StatusLine state={state} colors={props.colors} position={visible.indexOf(state.selected ?? -1)} total={visible.length} below={state.view === 'detail' ? maxScroll - Math.min(state.detailScroll, maxScroll) : 0} width={width} lang={lang} />
      <HelpLine view={state.view} searching={state.draft !== null} width={width} lang={lang} />
    </Box>
  );
}

/** How often the first checks of a run are drawn: a frame of the file list costs more than checking a short file. */
const PROGRESS_MS = 400;

/**
 * Progress actions dispatched together, about once every PROGRESS_MS (a result at once when the last frame
 * is older, the rest within PROGRESS_MS of being posted): drawing the list after each of 500 short files
 * took two thirds of the run.
 */
function batched(dispatch: (action: Action) => void) {
  let queued: Action[] = [];
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    last = performance.now();
    if (queued.length === 0) return;
    const actions = queued;
    queued = [];
    dispatch(actions.length === 1 ? actions[0]! : { type: 'batch', actions });
  };
  return {
    post(action: Action) {
      queued.push(action);
      // A result is drawn at once when the last frame is old enough; a file starting waits for the next result.
      const since = performance.now() - last;
      if (action.type !== 'checking' && since >= PROGRESS_MS) flush();
      else timer ??= setTimeout(flush, Math.max(0, PROGRESS_MS - since));
    },
    flush,
    cancel() {
      clearTimeout(timer);
      queued = [];
    },
  };
}

function totals(state: TuiState) {
  const sum = countVerdicts(undefined);
  for (const file of state.files) {
    const counts = countVerdicts(file.result);
    for (const verdict of VERDICT_ORDER) sum[verdict] += counts[verdict];
  }
  return sum;
}

/** Search input while typing; else a message, or where the selection is and what narrows the list. */
/** `below`: detail lines under the window, so the editor knows to scroll. */
function StatusLine(props: { state: TuiState; colors: boolean; position: number; total: number; below: number; width: number; lang: Lang }) {
  const { state, position, total, width, lang } = props;
  if (state.draft !== null) return <Text>{truncate(` /${state.draft}▏`, width - 1)}</Text>;
  if (state.status) {
    const status = typeof state.status === 'string' ? state.status : render(state.status, lang);
    return <Text color={props.colors ? 'yellow' : undefined} bold>{truncate(` ${status}`, width - 1)}</Text>;
  }
  if (state.view === 'files') return <Text> </Text>;
  const parts = [total === 0 ? '0/0' : `${position + 1}/${total}`];
  if (state.filter) parts.push(t(lang, 'tui.filter', { verdict: { term: `verdict.${state.filter}` } }));
  if (state.query) parts.push(t(lang, 'tui.search', { query: state.query }));
  if (props.below > 0) parts.push(t(lang, 'tui.more-lines', { n: props.below }));
  // Problems reading the file (encoding, HTML, an unreadable file) belong next to its claims.
  const messages = state.files[state.file]?.result?.messages ?? [];
  if (messages.length > 0) {
    const first = messages[0]!;
    const severity = t(lang, `severity.${first.severity}`);
    const message = first.start
      ? t(lang, 'tui.file-message', { severity, line: first.start.line, column: first.start.column, reason: first.reason })
      : t(lang, 'tui.file-message-nowhere', { severity, reason: first.reason });
    parts.push(messages.length > 1 ? t(lang, 'tui.more-messages', { message, n: messages.length - 1 }) : message);
  }
  const errors = messages.some((m) => m.severity === 'error');
  return (
    <Text dimColor={!errors} color={errors && props.colors ? 'red' : undefined}>
      {truncate(` ${parts.join(' · ')}`, width - 1)}
    </Text>
  );
}
