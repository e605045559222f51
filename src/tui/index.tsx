/**
 * The editor's TUI for `chipcheck verify`. The CLI imports this module only when the TUI is used, so Ink and
 * React never load for text or JSON output.
 */
import { render, type Instance } from 'ink';
import type { Lang } from '../report/messages/index.js';
import type { Dataset, FileResult, Note } from '../types.js';
import { App, type AppProps } from './app.js';
import { runEditor } from './editor.js';

export interface TuiOptions {
  /** Files to check, in display order. */
  paths: string[];
  /** Runs the pipeline and the report stage for one file; progress is shown while it runs. */
  check: (path: string) => Promise<FileResult>;
  /** The report stage's exit code for the files checked so far, asked for when the user quits. */
  exitCode: () => number;
  /** For the series chart and the dataset version. */
  dataset: Dataset;
  /** `$EDITOR`, for `o` (open the file at the claim's line). */
  editor?: string;
  /** `--watch`: subscribes to saves of the files (by path as given); the app checks a saved file again. */
  watch?: AppProps['watch'];
  /** The language of labels and help. */
  lang?: Lang;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
}

// The alternate screen keeps the editor's scrollback intact and gives the app the whole window.
const ENTER_SCREEN = '\u001B[?1049h\u001B[2J\u001B[H';
const LEAVE_SCREEN = '\u001B[?1049l';

/** https://no-color.org: any non-empty NO_COLOR turns colour off. */
export function colorsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env['NO_COLOR'];
}

/** Run the TUI until the user quits; resolves with the report stage's exit code (`options.exitCode`). */
export async function runTui(options: TuiOptions): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stdin = options.stdin ?? process.stdin;
  let code = 0;
  let instance: Instance | undefined;

  // Hand the terminal to the editor: clear our frame, leave the alternate screen and raw mode, wait for the
  // editor, then take the terminal back. The status line the app shows afterwards makes Ink redraw fully.
  const openEditor = (path: string, line: number): Note => {
    if (!options.editor) return runEditor(undefined, path, line);
    instance?.clear();
    stdout.write(LEAVE_SCREEN);
    if (stdin.isTTY) stdin.setRawMode(false);
    try {
      return runEditor(options.editor, path, line);
    } finally {
      if (stdin.isTTY) stdin.setRawMode(true);
      stdout.write(ENTER_SCREEN);
    }
  };

  stdout.write(ENTER_SCREEN);
  try {
    instance = render(
      <App
        paths={options.paths}
        check={options.check}
        dataset={options.dataset}
        colors={colorsEnabled()}
        {...(options.lang ? { lang: options.lang } : {})}
        openEditor={openEditor}
        {...(options.watch ? { watch: options.watch } : {})}
        onQuit={() => {
          code = options.exitCode();
        }}
      />,
      // No flicker: the frame stays one row shorter than the terminal (a full-height frame makes Ink clear the
      // screen on every render) and Ink wraps each frame in synchronized-output escapes. Ink 6.8's
      // incrementalRendering left stale rows behind in tmux, so the standard renderer is used.
      { stdout, stdin, exitOnCtrlC: false, patchConsole: true },
    );
    await instance.waitUntilExit();
  } finally {
    stdout.write(LEAVE_SCREEN);
  }
  return code;
}

export { App, type AppProps } from './app.js';
