/**
 * Keys → actions, as a pure function of the state at the moment the key arrives. The reducer applies it, so
 * keys typed faster than React re-subscribes its handlers (tmux send-keys, a held `j`) see the newest state.
 */
import { VERDICT_ORDER } from './format.js';
import type { Action, TuiState } from './state.js';

/** The parts of Ink's `Key` the app uses. */
export interface KeyLike {
  upArrow: boolean;
  downArrow: boolean;
  leftArrow: boolean;
  rightArrow: boolean;
  pageUp: boolean;
  pageDown: boolean;
  home: boolean;
  end: boolean;
  return: boolean;
  escape: boolean;
  tab: boolean;
  backspace: boolean;
  delete: boolean;
  ctrl: boolean;
  meta: boolean;
}

export const NO_KEY: KeyLike = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageUp: false,
  pageDown: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  tab: false,
  backspace: false,
  delete: false,
  ctrl: false,
  meta: false,
};

/** Layout facts a key needs: how far a page moves, how far the detail pane can scroll. */
export interface KeyContext {
  page: number;
  maxScroll: number;
}

/** Side effects the app performs after the state changes: quitting, opening the editor. */
export type Effect = { kind: 'quit' } | { kind: 'open'; path: string; line: number };

/**
 * Several plain characters in one read (a fast typist, a terminal multiplexer) are several keys; in the search
 * box they are text, and a pasted `集成电路` stays one piece.
 */
export function splitKeys(input: string, key: KeyLike, searching: boolean): Array<{ input: string; key: KeyLike }> {
  const special = (Object.keys(NO_KEY) as Array<keyof KeyLike>).some((name) => key[name]);
  if (searching && !special && [...input].length > 1) return splitSearchInput(input);
  if (searching || special || [...input].length <= 1) return [{ input, key }];
  return [...input].map((char) => {
    if (char === '\r' || char === '\n') return { input: '', key: { ...NO_KEY, return: true } };
    if (char === '\t') return { input: '', key: { ...NO_KEY, tab: true } };
    return { input: char, key: NO_KEY };
  });
}

/**
 * Search text in one read can hold editing keys too (two backspaces arrive as `\x7f\x7f`): each becomes its
 * key, and the text between them stays one piece, so a paste is one insertion and nothing invisible is typed.
 */
function splitSearchInput(input: string): Array<{ input: string; key: KeyLike }> {
  const out: Array<{ input: string; key: KeyLike }> = [];
  let text = '';
  const flush = () => {
    if (text !== '') out.push({ input: text, key: NO_KEY });
    text = '';
  };
  for (const char of input) {
    const key: KeyLike | null =
      char === '\x7f' || char === '\b' ? { ...NO_KEY, backspace: true }
      : char === '\r' || char === '\n' ? { ...NO_KEY, return: true }
      : char === '\x1b' ? { ...NO_KEY, escape: true }
      : null;
    if (key) {
      flush();
      out.push({ input: '', key });
    } else if (char >= ' ') {
      text += char;
    }
    // Other control characters are not text: dropped.
  }
  flush();
  return out;
}

/** What one key does in the current state. */
export function keyActions(state: TuiState, input: string, key: KeyLike, context: KeyContext): Array<Action | Effect> {
  if (state.draft !== null) {
    if (key.escape) return [{ type: 'search-cancel' }];
    if (key.return) return [{ type: 'search-commit' }];
    if (key.backspace || key.delete) return [{ type: 'search-backspace' }];
    if (input && !key.ctrl && !key.meta) return [{ type: 'search-input', text: input }];
    return [];
  }
  if (input === 'q' || (key.ctrl && input === 'c')) return [{ kind: 'quit' }];
  const detail = state.view === 'detail';
  const move = (delta: number): Action =>
    detail ? { type: 'scroll', delta, max: context.maxScroll } : { type: 'move', delta };
  if (key.upArrow || input === 'k') return [move(-1)];
  if (key.downArrow || input === 'j') return [move(1)];
  if (key.pageUp) return [move(-context.page)];
  if (key.pageDown || input === ' ') return [move(context.page)];
  if (key.home || input === 'g') return [{ type: 'edge', to: 'first' }];
  if (key.end || input === 'G') return [{ type: 'edge', to: 'last' }];
  if (key.return || key.rightArrow) return [{ type: 'open' }];
  // Esc first clears a committed search, then goes back.
  if (key.escape && state.query !== '' && state.view === 'claims') return [{ type: 'search-clear' }];
  if (key.leftArrow || key.escape) return [{ type: 'back' }];
  if (state.view === 'files') return [];
  if (key.tab) return [{ type: 'cycle-filter' }];
  if (/^[1-5]$/.test(input)) return [{ type: 'filter', verdict: VERDICT_ORDER[Number(input) - 1]! }];
  if (input === '0') return [{ type: 'filter', verdict: null }];
  if (input === '/') return [{ type: 'search-start' }];
  if (input === 'n') return [{ type: 'finding', direction: 1 }];
  if (input === 'p' || input === 'N') return [{ type: 'finding', direction: -1 }];
  if (input === 'o') {
    const file = state.files[state.file];
    const claim = state.selected === null ? undefined : file?.result?.claims[state.selected];
    if (file && claim) return [{ kind: 'open', path: file.path, line: claim.start.line }];
  }
  return [];
}
