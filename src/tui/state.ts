/**
 * The TUI's state and its reducer: pure, so navigation, filtering and search are testable without a terminal.
 * The selection is a claim's index in its file (its identity), so it survives filter and search changes.
 */
import type { CheckedClaim, FileResult, Note, Verdict } from '../types.js';
import { VERDICT_ORDER, describeClaim, isFinding } from './format.js';
import { keyActions, splitKeys, type Effect, type KeyContext, type KeyLike } from './keys.js';

export type View = 'files' | 'claims' | 'detail';

export interface FileState {
  path: string;
  status: 'queued' | 'checking' | 'done' | 'failed';
  result?: FileResult;
  /** Claim indices grouped by verdict (VERDICT_ORDER), then in document order. */
  order?: number[];
  /** Lower-case text a search matches against, per claim index: what the row and the message say (not the
   * whole sentence, or every claim in a sentence would match a word about one of them). */
  haystacks?: string[];
  error?: string;
}

export interface TuiState {
  files: FileState[];
  view: View;
  /** The file whose claims are shown. */
  file: number;
  filter: Verdict | null;
  /** The committed search. */
  query: string;
  /** The search being typed after `/`, or null. */
  draft: string | null;
  /** Index into the current file's claims, or null when nothing is shown. */
  selected: number | null;
  detailScroll: number;
  /** A line for the status bar: a catalogue message, or text from outside (the editor's). */
  status: string | Note | null;
  /** Side effects asked for by keys (quit, open the editor), performed by the app in order. */
  pending: Effect[];
}

export type Action =
  | { type: 'checking'; index: number }
  | { type: 'checked'; index: number; result: FileResult }
  | { type: 'failed'; index: number; error: string }
  | { type: 'move'; delta: number }
  | { type: 'edge'; to: 'first' | 'last' }
  | { type: 'open' }
  | { type: 'back' }
  | { type: 'filter'; verdict: Verdict | null }
  | { type: 'cycle-filter' }
  | { type: 'search-start' }
  | { type: 'search-input'; text: string }
  | { type: 'search-backspace' }
  | { type: 'search-commit' }
  | { type: 'search-cancel' }
  | { type: 'search-clear' }
  | { type: 'finding'; direction: 1 | -1 }
  | { type: 'scroll'; delta: number; max: number }
  | { type: 'status'; text: string | Note | null }
  /** Several actions applied in order as one (results that came in between two drawings of the screen). */
  | { type: 'batch'; actions: Action[] }
  | { type: 'key'; input: string; key: KeyLike; context: KeyContext }
  | { type: 'settled'; count: number };

export function initialState(paths: readonly string[]): TuiState {
  return {
    files: paths.map((path) => ({ path, status: 'queued' })),
    view: paths.length > 1 ? 'files' : 'claims',
    file: 0,
    filter: null,
    query: '',
    draft: null,
    selected: null,
    detailScroll: 0,
    status: null,
    pending: [],
  };
}

/** Group order, then document order: contradictions first, matches last. */
export function groupOrder(result: FileResult): number[] {
  const rank = new Map(VERDICT_ORDER.map((verdict, i) => [verdict, i]));
  return result.claims
    .map((_, i) => i)
    .sort((a, b) => {
      const ca = result.claims[a]!;
      const cb = result.claims[b]!;
      return (rank.get(ca.verdict) ?? 9) - (rank.get(cb.verdict) ?? 9) || ca.start.offset - cb.start.offset;
    });
}

function haystacksOf(result: FileResult): string[] {
  return result.claims.map((claim) =>
    [claim.text, describeClaim(claim), claim.verdict, claim.ruleId, claim.suggestion ?? '', claim.message]
      .join('\u0000')
      .toLowerCase(),
  );
}

/** The claims the list shows, in display order, after the verdict filter and the search. */
export function visibleClaims(file: FileState | undefined, filter: Verdict | null, query: string): number[] {
  if (!file?.result || !file.order) return [];
  const needle = query.trim().toLowerCase();
  const claims = file.result.claims;
  return file.order.filter(
    (i) => (filter === null || claims[i]!.verdict === filter) && (needle === '' || file.haystacks![i]!.includes(needle)),
  );
}

/** The search that applies now: the one being typed narrows the list live. */
export function activeQuery(state: TuiState): string {
  return state.draft ?? state.query;
}

function visibleOf(state: TuiState): number[] {
  return visibleClaims(state.files[state.file], state.filter, activeQuery(state));
}

/** Keep the selected claim when it is still shown, else select the first shown. */
function reselect(state: TuiState): TuiState {
  const visible = visibleOf(state);
  if (state.selected !== null && visible.includes(state.selected)) return state;
  const selected = visible[0] ?? null;
  return { ...state, selected, view: state.view === 'detail' && selected === null ? 'claims' : state.view };
}

function setFile(state: TuiState, index: number, patch: Partial<FileState>): TuiState {
  return { ...state, files: state.files.map((f, i) => (i === index ? { ...f, ...patch } : f)) };
}

export function reduce(state: TuiState, action: Action): TuiState {
  switch (action.type) {
    case 'batch':
      return action.actions.reduce(reduce, state);
    case 'checking':
      return setFile(state, action.index, { status: 'checking' });
    case 'checked': {
      // Checked again (watch mode): the selection follows its claim into the new result.
      const previous = state.files[action.index]?.result;
      const followed =
        action.index === state.file && previous && state.selected !== null
          ? { ...state, selected: sameClaim(previous.claims[state.selected], action.result.claims) }
          : state;
      const next = setFile(followed, action.index, {
        status: 'done',
        result: action.result,
        order: groupOrder(action.result),
        haystacks: haystacksOf(action.result),
      });
      return action.index === state.file ? reselect(next) : next;
    }
    case 'failed':
      return setFile(state, action.index, { status: 'failed', error: action.error });
    case 'move': {
      if (state.view === 'files') {
        const file = clamp(state.file + action.delta, 0, state.files.length - 1);
        return { ...state, file, selected: null };
      }
      const visible = visibleOf(state);
      if (visible.length === 0) return state;
      const at = state.selected === null ? 0 : Math.max(0, visible.indexOf(state.selected));
      const selected = visible[clamp(at + action.delta, 0, visible.length - 1)]!;
      return { ...state, selected, detailScroll: 0 };
    }
    case 'edge': {
      if (state.view === 'files') return { ...state, file: action.to === 'first' ? 0 : state.files.length - 1 };
      const visible = visibleOf(state);
      const selected = (action.to === 'first' ? visible[0] : visible[visible.length - 1]) ?? null;
      return { ...state, selected, detailScroll: 0 };
    }
    case 'open': {
      if (state.view === 'files') {
        const file = state.files[state.file];
        if (file?.status !== 'done') {
          const status: Note = file?.status === 'failed' ? { id: 'tui.could-not-check', params: { why: file.error ?? '' } } : { id: 'tui.still-checking' };
          return { ...state, status };
        }
        return reselect({ ...state, view: 'claims', selected: null, status: null });
      }
      if (state.view === 'claims' && state.selected !== null) return { ...state, view: 'detail', detailScroll: 0 };
      return state;
    }
    case 'back':
      if (state.view === 'detail') return { ...state, view: 'claims' };
      if (state.view === 'claims' && state.files.length > 1) return { ...state, view: 'files', status: null };
      return state;
    case 'filter':
      return reselect({ ...state, filter: state.filter === action.verdict ? null : action.verdict });
    case 'cycle-filter': {
      const cycle: Array<Verdict | null> = [null, ...VERDICT_ORDER];
      const filter = cycle[(cycle.indexOf(state.filter) + 1) % cycle.length]!;
      return reselect({ ...state, filter });
    }
    case 'search-start':
      return { ...state, draft: state.query, status: null };
    case 'search-input':
      return reselect({ ...state, draft: (state.draft ?? '') + action.text });
    case 'search-backspace':
      return reselect({ ...state, draft: (state.draft ?? '').slice(0, -1) });
    case 'search-commit':
      return reselect({ ...state, query: state.draft ?? state.query, draft: null });
    case 'search-cancel':
      // Esc while typing clears the search, the one typed and the one it started from.
      return reselect({ ...state, draft: null, query: '' });
    case 'search-clear':
      return reselect({ ...state, query: '' });
    case 'finding':
      return nextFinding(state, action.direction);
    case 'scroll':
      return { ...state, detailScroll: clamp(state.detailScroll + action.delta, 0, Math.max(0, action.max)) };
    case 'status':
      return { ...state, status: action.text };
    case 'key': {
      let next = state;
      for (const { input, key } of splitKeys(action.input, action.key, state.draft !== null)) {
        for (const step of keyActions(next, input, key, action.context)) {
          next = 'kind' in step ? { ...next, pending: [...next.pending, step] } : reduce(next, step);
        }
      }
      return next;
    }
    case 'settled':
      return { ...state, pending: state.pending.slice(action.count) };
  }
}

/** n/p: the next finding after the selection in display order, wrapping around. */
function nextFinding(state: TuiState, direction: 1 | -1): TuiState {
  const visible = visibleOf(state);
  const claims = state.files[state.file]?.result?.claims ?? [];
  const at = state.selected === null ? -1 : visible.indexOf(state.selected);
  for (let step = 1; step <= visible.length; step++) {
    const i = (((at + direction * step) % visible.length) + visible.length) % visible.length;
    const candidate = visible[i]!;
    if (isFinding(claims[candidate]!.verdict)) {
      return { ...state, selected: candidate, detailScroll: 0, status: null };
    }
  }
  return { ...state, status: { id: 'tui.no-findings' } };
}

/**
 * Where a claim went after the file was edited and checked again: the claim with the same text and reading
 * (flow, measure, period) nearest its old place; else, the same reading (the figure itself was edited:
 * 4325.5万美元 fixed to 4325.5亿美元); else the same text. Null when nothing like it is left.
 */
export function sameClaim(old: CheckedClaim | undefined, claims: readonly CheckedClaim[]): number | null {
  if (!old) return null;
  const reading = (c: CheckedClaim) => `${c.flow}|${c.measure}|${c.of ?? ''}|${c.partner ?? ''}|${c.period ? `${c.period.year}-${c.period.from_month}-${c.period.to_month}` : ''}`;
  const tests: Array<(c: CheckedClaim) => boolean> = [
    (c) => c.text === old.text && reading(c) === reading(old),
    (c) => reading(c) === reading(old),
    (c) => c.text === old.text,
  ];
  for (const test of tests) {
    let best: number | null = null;
    claims.forEach((c, i) => {
      if (!test(c)) return;
      if (best === null || Math.abs(c.start.offset - old.start.offset) < Math.abs(claims[best]!.start.offset - old.start.offset)) best = i;
    });
    if (best !== null) return best;
  }
  return null;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/** Count per verdict for a file. */
export function countVerdicts(result: FileResult | undefined): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { contradiction: 0, typo: 0, inconsistent: 0, unverifiable: 0, match: 0 };
  for (const claim of result?.claims ?? []) counts[claim.verdict] += 1;
  return counts;
}
