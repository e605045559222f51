import { describe, expect, test } from 'vitest';
import { NO_KEY, splitKeys } from '../../src/tui/keys.js';
import { groupOrder, initialState, reduce, sameClaim, visibleClaims, type Action, type TuiState } from '../../src/tui/state.js';
import { loadFixture } from './helpers.js';

const typo = loadFixture('000-typo.json');

function loaded(): TuiState {
  return reduce(initialState([typo.path]), { type: 'checked', index: 0, result: typo });
}

function apply(state: TuiState, ...actions: Action[]): TuiState {
  return actions.reduce(reduce, state);
}

const text = (state: TuiState) => typo.claims[state.selected!]!.text;

describe('state', () => {
  test('claims are ordered by verdict group, then by place in the file', () => {
    const verdicts = groupOrder(typo).map((i) => typo.claims[i]!.verdict);
    expect(verdicts).toEqual(['typo', ...Array(6).fill('unverifiable'), 'match', 'match', 'match']);
  });

  test('the selection is a claim, so it survives a filter that still shows it', () => {
    const state = apply(loaded(), { type: 'move', delta: 2 });
    expect(text(state)).toBe('3890．6亿美元');
    expect(text(apply(state, { type: 'filter', verdict: 'unverifiable' }))).toBe('3890．6亿美元');
    // a filter that hides it selects the first shown claim
    expect(text(apply(state, { type: 'filter', verdict: 'match' }))).toBe('超4000亿美元');
  });

  test('checked again after a save, the selection follows its claim, not its index', () => {
    const state = apply(loaded(), { type: 'move', delta: 2 });
    expect(text(state)).toBe('3890．6亿美元');
    // The edit removed the first claim: every index shifts down by one.
    const again = { ...typo, claims: typo.claims.slice(1) };
    const next = reduce(state, { type: 'checked', index: 0, result: again });
    expect(again.claims[next.selected!]!.text).toBe('3890．6亿美元');
  });

  test('sameClaim: same text and reading first, then the same reading (a fixed figure), then the same text', () => {
    const typoClaim = typo.claims.find((c) => c.text === '5822．2个')!;
    const fixed = typo.claims.map((c) => (c === typoClaim ? { ...c, text: '5822．2亿个' } : c));
    expect(fixed[sameClaim(typoClaim, fixed)!]!.text).toBe('5822．2亿个');
    expect(sameClaim(typoClaim, [])).toBeNull();
    expect(sameClaim(undefined, typo.claims)).toBeNull();
  });

  test('the search narrows while typing and Esc restores the list', () => {
    let state = apply(loaded(), { type: 'search-start' }, { type: 'search-input', text: '净进口' });
    expect(visibleClaims(state.files[0], state.filter, state.draft!).map((i) => typo.claims[i]!.text)).toEqual(['接近3000亿个']);
    state = apply(state, { type: 'search-cancel' });
    expect(visibleClaims(state.files[0], state.filter, state.query)).toHaveLength(10);
  });

  test('a key read together with others is applied in order, effects queue for the app', () => {
    const state = reduce(loaded(), { type: 'key', input: 'jjo', key: NO_KEY, context: { page: 10, maxScroll: 0 } });
    expect(text(state)).toBe('3890．6亿美元');
    expect(state.pending).toEqual([{ kind: 'open', path: typo.path, line: 16 }]);
  });

  test('splitKeys keeps search text whole and turns a carriage return into Enter', () => {
    expect(splitKeys('集成电路', NO_KEY, true)).toEqual([{ input: '集成电路', key: NO_KEY }]);
    expect(splitKeys('n\r', NO_KEY, false).map((k) => k.key.return)).toEqual([false, true]);
  });
});
