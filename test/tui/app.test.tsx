import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { App, type AppProps } from '../../src/tui/app.js';
import type { CheckedClaim, FileResult } from '../../src/types.js';
import { KEY, fixtureDataset, loadFixture, waitForFrame } from './helpers.js';

const dataset = fixtureDataset();
const typo = loadFixture('000-typo.json');
const contradiction = loadFixture('002-contradiction.json');
const inconsistent = loadFixture('004-inconsistent.json');

/** One file holding every verdict: the seed claims of 000, 002 and 004 in one document order. */
const mixed: FileResult = {
  ...typo,
  path: 'mixed.txt',
  claims: [...typo.claims, ...contradiction.claims, ...inconsistent.claims].map((claim, i) => ({
    ...claim,
    id: i,
    start: { ...claim.start, offset: i * 100 },
  })),
};

type Rendered = ReturnType<typeof render>;
let mounted: Rendered[] = [];
afterEach(() => {
  for (const app of mounted) app.unmount();
  mounted = [];
});

/** Render the app on a terminal of the given size (ink-testing-library's is 100 columns, no rows). */
async function show(props: Partial<AppProps> & { result?: FileResult }, size = { columns: 100, rows: 24 }) {
  const result = props.result ?? mixed;
  const app = render(
    <App paths={[result.path]} check={async () => result} dataset={dataset} colors={false} {...props} />,
  );
  mounted.push(app);
  resize(app, size);
  await waitForFrame(app.lastFrame, (f) => !f.includes('checking') && /^ \d+\/\d+/m.test(f), 'the claim list');
  return app;
}

function resize(app: Rendered, size: { columns: number; rows: number }): void {
  Object.defineProperty(app.stdout, 'columns', { value: size.columns, configurable: true });
  Object.defineProperty(app.stdout, 'rows', { value: size.rows, configurable: true });
  app.stdout.emit('resize');
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Type keys one by one, then wait until Ink has stopped rendering (no new frame for a while), so a busy
 * machine makes the test slower, not wrong.
 */
async function press(app: Rendered, ...keys: string[]): Promise<string> {
  for (const key of keys) {
    app.stdin.write(key);
    await tick(5);
  }
  let seen = -1;
  for (let i = 0; i < 100 && app.frames.length !== seen; i++) {
    seen = app.frames.length;
    await tick(50);
  }
  return app.lastFrame() ?? '';
}

function selectedRow(frame: string): string {
  return frame.split('\n').find((line) => line.startsWith('▸')) ?? '';
}

function lines(frame: string): string[] {
  return frame.split('\n');
}

describe('claim list', () => {
  test('groups claims by verdict: contradiction, typo, inconsistent, then unverifiable and match', async () => {
    const frame = (await show({}, { columns: 100, rows: 60 })).lastFrame()!;
    const headings = lines(frame).filter((line) => line.startsWith('── '));
    expect(headings.map((line) => line.split(' ')[2])).toEqual(['contradiction', 'typo', 'inconsistent', 'unverifiable', 'match']);
    expect(frame).toContain('── ✗ contradiction (5)');
    expect(frame).toContain('── ≈ typo (1)');
    expect(frame).toContain('── ! inconsistent (3)');
  });

  test('each row shows line:column, the number as written, the resolved claim in short, and the verdict', async () => {
    const frame = (await show({ result: typo })).lastFrame()!;
    expect(selectedRow(frame)).toMatch(/^▸ 16:832 +5822．2个 +≈ typo +2021年1–11月 进口 数量/);
    expect(frame).toMatch(/3:27 +超4000亿美元 +✓ match +2021年 进口 金额 \(预测\)/);
  });

  test('the summary bar names the file, publication date, dataset version and counts per verdict', async () => {
    const frame = (await show({ result: typo })).lastFrame()!;
    const [bar, counts] = lines(frame);
    expect(bar).toContain('corpus/articles/000_e2f4171da3f33293.txt');
    expect(bar).toContain('published 2022-01-09');
    expect(bar).toContain('dataset test-2025-11');
    expect(counts).toContain('✗ 0 contradiction');
    expect(counts).toContain('≈ 1 typo');
    expect(counts).toContain('? 6 unverifiable');
    expect(counts).toContain('✓ 3 match');
  });

  test('j/k and the arrows move the selection; the status line says where it is', async () => {
    const app = await show({ result: typo });
    expect(selectedRow(app.lastFrame()!)).toContain('5822．2个');
    let frame = await press(app, 'j', 'j');
    expect(selectedRow(frame)).toContain('3890．6亿美元');
    expect(frame).toContain(' 3/10');
    frame = await press(app, 'k');
    expect(selectedRow(frame)).toContain('19．3％');
    frame = await press(app, KEY.down, KEY.down, KEY.up);
    expect(selectedRow(frame)).toContain('3890．6亿美元');
    frame = await press(app, 'G');
    expect(selectedRow(frame)).toContain('超过4000亿美元');
    frame = await press(app, 'g');
    expect(selectedRow(frame)).toContain('5822．2个');
  });

  test('1–5 filter by verdict, 0 clears, Tab cycles through the verdicts', async () => {
    const app = await show({});
    let frame = await press(app, '2');
    expect(frame).toContain('filter: typo');
    expect(lines(frame).filter((line) => /^[▸ ] \d+:\d+/.test(line))).toHaveLength(1);
    expect(frame).not.toContain('── ✓ match');
    frame = await press(app, '0');
    expect(frame).not.toContain('filter:');
    frame = await press(app, KEY.tab);
    expect(frame).toContain('filter: contradiction');
    expect(frame).not.toContain('── ≈ typo');
    frame = await press(app, KEY.tab, KEY.tab);
    expect(frame).toContain('filter: inconsistent');
    expect(selectedRow(frame)).toContain('10.6%');
  });

  test('/ searches as you type; Enter keeps the search, Esc clears it, while typing or after', async () => {
    const app = await show({ result: typo });
    let frame = await press(app, '/', '出', '口');
    expect(frame).toContain('/出口');
    expect(lines(frame).at(-1)).toContain('esc clear');
    const rows = lines(frame).filter((line) => /^[▸ ] \d+:\d+/.test(line));
    expect(rows.map((row) => row.slice(2).trim().split(/\s+/)[1])).toEqual(['2840亿个', '23％']);
    frame = await press(app, KEY.enter);
    expect(frame).toContain('search: 出口');
    // Issue 14: Esc clears a committed search (the list is whole again) and only then goes back.
    frame = await press(app, KEY.escape);
    expect(frame).not.toContain('search:');
    expect(lines(frame).filter((line) => /^[▸ ] \d+:\d+/.test(line))).toHaveLength(10);
    frame = await press(app, '/', 'x', KEY.escape);
    expect(frame).not.toContain('search:');
    expect(frame).not.toContain('/x');
  });

  test('several backspaces in one read delete characters; nothing invisible is typed (issue 14)', async () => {
    const app = await show({ result: typo });
    let frame = await press(app, '/', '出口x', '\x7f\x7f');
    expect(frame).toContain('/出▏');
    frame = await press(app, '口\x7f\x7f\x7f', '进口');
    expect(frame).toContain('/进口▏');
    frame = await press(app, KEY.enter);
    expect(frame).toContain('search: 进口');
    expect(frame).toMatch(/ search: 进口$/mu);
  });

  test('n/p jump between findings and skip unverifiable claims and matches', async () => {
    const app = await show({ result: inconsistent });
    expect(selectedRow(app.lastFrame()!)).toContain('10.6%');
    let frame = await press(app, 'n');
    expect(selectedRow(frame)).toContain('22.8');
    frame = await press(app, 'n', 'n');
    expect(selectedRow(frame)).toContain('10.6%'); // wrapped around past the unverifiable claims
    frame = await press(app, 'p');
    expect(selectedRow(frame)).toContain('12.9%');
    const matchesOnly = await show({ result: { ...typo, claims: typo.claims.filter((c) => c.verdict === 'match') } });
    expect(await press(matchesOnly, 'n')).toContain('no findings in this view');
  });
});

describe('detail pane', () => {
  test('Enter opens the typo: sentence, claim, suggestion, bounds with sources, series chart; Esc goes back', async () => {
    const app = await show({ result: typo });
    const frame = await press(app, KEY.enter);
    expect(frame).toContain('≈ typo');
    expect(frame).toContain('chipcheck/magnitude-slip');
    expect(frame).toContain('我们进口集成电路5822．2个，同比增长19．3％');
    expect(frame).toMatch(/Claim +2021年1–11月 进口 数量/);
    expect(frame).toMatch(/Suggest +5822．2亿个/);
    expect(frame).toContain('lower bound: 2021年1–10月 进口 数量 5280亿个');
    expect(frame).toContain('http://chinaidr.com/news/2021-12/196015.html');
    expect(frame).toContain('confidence high');
    expect(frame).toMatch(/Series +[▁▂▃▄▅▆▇█]+/);
    expect(frame).toContain('▲ claimed 5822.2个');
    expect(await press(app, KEY.escape)).toContain('── ≈ typo (1)');
    expect(await press(app, KEY.right)).toMatch(/Suggest +5822．2亿个/);
    expect(await press(app, KEY.left)).toContain('── ≈ typo (1)');
  });

  test('a contradiction shows the record, the expected value and the difference', async () => {
    const app = await show({ result: contradiction });
    const frame = await press(app, KEY.enter);
    expect(frame).toContain('✗ contradiction');
    expect(frame).toMatch(/Expected +11351.6亿元 +difference \+648.4亿元 \(\+5.7%\)/);
    expect(frame).toContain('record export-8542-value-2024-01-12');
  });

  test('an inconsistency points at the other place in the file', async () => {
    const app = await show({ result: inconsistent });
    const frame = await press(app, KEY.enter);
    expect(frame).toContain('! inconsistent');
    expect(frame).toContain('other place: 22.8 at 70:16');
    expect(frame).toMatch(/Claim +2025年7月 存储器 进口 金额同比/);
  });

  test('j/k scroll a detail pane taller than the terminal', async () => {
    const app = await show({ result: typo }, { columns: 80, rows: 12 });
    const first = await press(app, KEY.enter);
    expect(first).toContain('≈ typo');
    expect(first).toMatch(/↓ \d+ more lines \(j\)/);
    const scrolled = await press(app, 'j', 'j', 'j');
    expect(scrolled).not.toContain('≈ typo  chipcheck');
    expect(await press(app, 'k', 'k', 'k')).toContain('≈ typo  chipcheck');
  });
});

describe('layout', () => {
  test('NO_COLOR: no colour codes, the symbols still tell the verdicts apart', async () => {
    const frame = (await show({ colors: false })).lastFrame()!;
    expect(frame).not.toMatch(/\u001B\[3\dm/);
    for (const symbol of ['✗ 5', '≈ 1', '! 3', '? 8', '✓ 4']) expect(frame).toContain(symbol);
  });

  test('at 80 columns every line fits and the verdict column lines up despite double-width CJK', async () => {
    const app = await show({ result: typo }, { columns: 80, rows: 24 });
    const frame = await press(app, 'j');
    expect(lines(frame).length).toBeLessThanOrEqual(23);
    for (const line of lines(frame)) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    const rows = lines(frame).filter((line) => /^[▸ ] \d+:\d+/.test(line));
    expect(rows.length).toBe(10);
    const verdictColumn = rows.map((row) => stringWidth(row.slice(0, row.search(/[✗≈!?✓]/))));
    expect(new Set(verdictColumn).size).toBe(1);
    const descriptionColumn = rows.map((row) => stringWidth(row.slice(0, row.indexOf('20', 10))));
    expect(new Set(descriptionColumn).size).toBe(1);
    // Issue 14: the verdict word is never cut; the description gives way instead.
    expect(frame).toMatch(/5822．2个 +≈ typo +2021年1–11月 进口 数量/);
    expect(frame).toMatch(/19．3％ +\? unverifiable +2021年1–11月 进口 数量同比/);
    for (const width of [40, 50, 60]) {
      resize(app, { columns: width, rows: 24 });
      const narrow = await press(app);
      expect(narrow, `${width} columns`).toMatch(/\? unverifiable/);
      for (const line of lines(narrow)) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    }
    expect(lines(frame).at(-1)).toMatch(/q quit$/);
  });

  test('re-lays out on resize: a taller, wider terminal shows more rows and the full verdict names', async () => {
    const app = await show({}, { columns: 80, rows: 12 });
    const small = app.lastFrame()!;
    expect(lines(small).length).toBeLessThanOrEqual(11);
    resize(app, { columns: 120, rows: 40 });
    const large = await press(app);
    expect(lines(large).length).toBeGreaterThan(lines(small).length);
    expect(large).toContain('? unverifiable');
    expect(lines(large).some((line) => stringWidth(line) > 80)).toBe(true);
  });

  test('5,000 claims: only a window of rows is rendered, and the end of the list is reachable', async () => {
    const many: CheckedClaim[] = Array.from({ length: 5000 }, (_, i) => {
      const base = typo.claims[i % typo.claims.length]!;
      return { ...base, id: i, start: { line: i + 1, column: 1, offset: i * 10 } };
    });
    const app = await show({ result: { ...typo, claims: many } }, { columns: 100, rows: 24 });
    const frame = app.lastFrame()!;
    expect(lines(frame).length).toBeLessThanOrEqual(23);
    expect(lines(frame).filter((line) => /^[▸ ] \d+:\d+/.test(line)).length).toBeLessThanOrEqual(19);
    const end = await press(app, 'G');
    expect(end).toContain(' 5000/5000');
    expect(end).toContain('✓ match');
    expect(end).not.toContain('≈ typo (');
    const page = await press(app, 'g', ' ');
    expect(page).toContain(' 20/5000'); // one page is the list's 19 rows
  });
});

describe('several files', () => {
  test('a file list with progress while checking, then counts per file; Enter opens one, Esc comes back', async () => {
    let release: (value: FileResult) => void = () => {};
    const slow = new Promise<FileResult>((resolve) => {
      release = resolve;
    });
    const results = new Map([
      [typo.path, Promise.resolve(typo)],
      [contradiction.path, slow],
      [inconsistent.path, Promise.resolve(inconsistent)],
    ]);
    const app = render(
      <App paths={[...results.keys()]} check={(path) => results.get(path)!} dataset={dataset} colors={false} />,
    );
    mounted.push(app);
    let frame = await waitForFrame(app.lastFrame, (f) => f.includes('checking…') && f.includes('queued'), 'progress');
    expect(frame).toContain('checking 2/3');
    expect(frame).toMatch(/000_e2f4171da3f33293\.txt +✗0 +≈1 +!0 +\?6 +✓3/);
    release(contradiction);
    frame = await waitForFrame(app.lastFrame, (f) => /004_9d87c5c2f4b7b3ea\.txt +✗0 +≈0 +!3/.test(f), 'all files checked');
    expect(frame).toMatch(/002_6640763875b1f416\.txt +✗5 +≈0 +!0 +\?0 +✓1/);
    expect(frame).not.toContain('checking');
    frame = await press(app, 'j', KEY.enter);
    expect(frame).toContain('── ✗ contradiction (5)');
    expect(lines(frame)[0]).toContain('002_6640763875b1f416.txt');
    frame = await press(app, KEY.escape);
    expect(frame).toContain('3 files');
  });
});

describe('many quick files (issue 17)', () => {
  test('results are drawn a batch at a time, not one frame per file, and every file ends up counted', async () => {
    const paths = Array.from({ length: 300 }, (_, i) => `articles/${String(i).padStart(3, '0')}.txt`);
    // Each check ends in a later turn of the event loop, as reading a file does.
    const check = (path: string) => new Promise<FileResult>((resolve) => setImmediate(() => resolve({ ...typo, path })));
    const app = render(<App paths={paths} check={check} dataset={dataset} colors={false} />);
    mounted.push(app);
    const frame = await waitForFrame(app.lastFrame, (f) => f.includes('300 files') && !f.includes('checking'), 'all files checked');
    // Each file's claims: ✗0 ≈1 !0 ?6 ✓3, so 300 files are 300 typos, 1,800 unverifiable claims and 900 matches.
    expect(frame).toMatch(/300 typo/);
    expect(frame).toMatch(/900 match/);
    // Before, each file was drawn twice (checking, then checked): over 600 frames.
    expect(app.frames.length).toBeLessThan(60);
  });

  test('checks that never wait for I/O still let progress be drawn while they run', async () => {
    const paths = Array.from({ length: 200 }, (_, i) => `articles/${String(i).padStart(3, '0')}.txt`);
    // Each check holds the thread for 3 ms and resolves at once, as one reading a small file synchronously.
    const check = async (path: string) => {
      const until = performance.now() + 3;
      while (performance.now() < until);
      return { ...typo, path };
    };
    const app = render(<App paths={paths} check={check} dataset={dataset} colors={false} />);
    mounted.push(app);
    await waitForFrame(app.lastFrame, (f) => f.includes('200 files') && !f.includes('checking'), 'all files checked');
    const midway = app.frames.filter((f) => /checking (\d+)\/200/.test(f) && Number(/checking (\d+)\/200/.exec(f)![1]) > 20);
    expect(midway.length).toBeGreaterThan(0);
  });
});

describe('files and languages (issue 14)', () => {
  const unreadable: FileResult = {
    ...typo,
    path: 'drafts/unreadable.txt',
    ok: false,
    claims: [],
    messages: [{ ruleId: 'chipcheck/unreadable-file', severity: 'error', reason: 'Cannot read: EACCES' }],
  };

  test('a file that could not be read is an error with its reason in the file list, not a clean file', async () => {
    const app = render(
      <App paths={[typo.path, unreadable.path]} check={async (path) => (path === typo.path ? typo : unreadable)} dataset={dataset} colors={false} />,
    );
    mounted.push(app);
    const frame = await waitForFrame(app.lastFrame, (f) => f.includes('unreadable.txt') && !f.includes('checking'), 'both files');
    const row = lines(frame).find((line) => line.includes('unreadable.txt'))!;
    expect(row).toMatch(/unreadable\.txt +✗ error: Cannot read: EACCES/);
    expect(row).not.toMatch(/✓0/);
  });

  test('deep paths are shortened in the middle, so files of one folder stay apart', async () => {
    const deep = (name: string) => `content/2025/reports/semiconductors/customs/monthly/very/deep/folder/${name}`;
    const a = { ...typo, path: deep('august-imports.md') };
    const b = { ...typo, path: deep('august-exports.md') };
    const app = render(<App paths={[a.path, b.path]} check={async (path) => (path === a.path ? a : b)} dataset={dataset} colors={false} />);
    mounted.push(app);
    resize(app, { columns: 80, rows: 24 });
    const frame = await waitForFrame(app.lastFrame, (f) => (f.match(/✓3/g) ?? []).length === 2, 'both files');
    const rows = lines(frame).filter((line) => line.includes('…'));
    expect(rows.some((row) => /content\/2025.*….*august-imports\.md/.test(row))).toBe(true);
    expect(rows.some((row) => /content\/2025.*….*august-exports\.md/.test(row))).toBe(true);
  });

  test('in Chinese: labels, verdicts, the summary bar and the help line', async () => {
    const app = await show({ result: typo, lang: 'zh' });
    const frame = await waitForFrame(app.lastFrame, (f) => f.includes('≈ 1 笔误'), 'the Chinese claim list');
    const [bar, counts] = lines(frame);
    expect(bar).toContain('发布 2022-01-09');
    expect(bar).toContain('数据 test-2025-11');
    expect(counts).toContain('≈ 1 笔误');
    expect(frame).toContain('── ≈ 笔误 (1)');
    expect(frame).toMatch(/5822．2个 +≈ 笔误/);
    expect(lines(frame).at(-1)).toContain('q 退出');
    const detail = await press(app, KEY.enter);
    expect(detail).toContain('建议');
    expect(detail).toContain('原因');
    expect(detail).not.toMatch(/\b(Sentence|Suggest|Why|Evidence)\b/u);
  });
});

describe('keys with effects', () => {
  test('o opens the editor at the claim line and shows what happened', async () => {
    const openEditor = vi.fn(() => 'back from vim (x:16)');
    const app = await show({ result: typo, openEditor });
    const frame = await press(app, 'o');
    expect(openEditor).toHaveBeenCalledWith('corpus/articles/000_e2f4171da3f33293.txt', 16);
    expect(frame).toContain('back from vim (x:16)');
  });

  test('q quits once (the exit code is the report stage\'s: test/tui/run-tui.test.tsx)', async () => {
    const onQuit = vi.fn();
    const app = await show({ result: typo, onQuit });
    await press(app, 'q');
    expect(onQuit).toHaveBeenCalledTimes(1);
  });

  test('keys that arrive in one read are applied one after another', async () => {
    const app = await show({ result: inconsistent });
    const frame = await press(app, 'nn\r');
    expect(frame).toContain('12.9%');
    expect(frame).toContain('other place: 12.6 at 118');
  });
});

describe('watch mode', () => {
  /** A save: the file checked again comes back with a claim added above the others (offsets shift). */
  function edited(result: FileResult, fix?: { from: string; to: string }): FileResult {
    const added: CheckedClaim = { ...result.claims[0]!, id: 0, text: '1000亿美元', verdict: 'unverifiable', start: { line: 1, column: 1, offset: 0 } };
    const claims = result.claims.map((c) => {
      const moved = { ...c, id: c.id + 1, start: { ...c.start, offset: c.start.offset + 20 } };
      return fix && c.text === fix.from ? { ...moved, text: fix.to, verdict: 'unverifiable' as const, severity: 'info' as const, suggestion: null } : moved;
    });
    return { ...result, claims: [added, ...claims] };
  }

  test('a saved file is checked again and the selection stays on the same claim', async () => {
    let save: (path: string) => void = () => undefined;
    const stop = vi.fn();
    const results = [typo, edited(typo)];
    const check = vi.fn(async () => results.shift()!);
    const app = await show({ result: typo, check, watch: (onSaved) => ((save = onSaved), stop) });
    let frame = await press(app, 'j', 'j');
    expect(selectedRow(frame)).toContain('3890．6亿美元');

    save(typo.path);
    frame = await waitForFrame(app.lastFrame, (f) => f.includes('saved: checked again'), 'the re-check');
    expect(check).toHaveBeenCalledTimes(2);
    expect(frame).toContain('1000亿美元');
    expect(selectedRow(frame)).toContain('3890．6亿美元');
    app.unmount();
    expect(stop).toHaveBeenCalled();
  });

  test('when the selected figure itself was fixed, the selection follows it to its new text', async () => {
    let save: (path: string) => void = () => undefined;
    const results = [typo, edited(typo, { from: '5822．2个', to: '5822．2亿个' })];
    const app = await show({ result: typo, check: async () => results.shift()!, watch: (onSaved) => ((save = onSaved), () => undefined) });
    expect(selectedRow(app.lastFrame()!)).toContain('5822．2个');
    save(typo.path);
    const frame = await waitForFrame(app.lastFrame, (f) => f.includes('saved: checked again'), 'the re-check');
    expect(selectedRow(frame)).toContain('5822．2亿个');
  });
});

describe('problems', () => {
  test('a file that cannot be read shows its message; a check that throws shows why', async () => {
    const unreadable: FileResult = {
      ...typo,
      ok: false,
      claims: [],
      messages: [{ ruleId: 'chipcheck/unreadable-file', severity: 'error', reason: 'cannot decode the file as UTF-8 or GB18030' }],
    };
    const app = await show({ result: unreadable });
    expect(app.lastFrame()).toContain('error: cannot decode the file as UTF-8 or GB18030');
    // Issue 14: not an empty list that looks clean, but the error in the list itself.
    expect(app.lastFrame()).toContain('✗ error: cannot decode the file as UTF-8 or GB18030');
    expect(app.lastFrame()).not.toContain('no claims to show');
    const failing = render(
      <App paths={['missing.txt']} check={async () => Promise.reject(new Error('ENOENT: missing.txt'))} dataset={dataset} colors={false} />,
    );
    mounted.push(failing);
    await waitForFrame(failing.lastFrame, (f) => f.includes('could not check: ENOENT: missing.txt'), 'the failure');
  });
});
