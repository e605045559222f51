import { Console } from 'node:console';
import { EventEmitter } from 'node:events';
import { expect, test } from 'vitest';
import { createReportStage, type ReportSettings } from '../../src/report/stage.js';
import { runTui } from '../../src/tui/index.js';
import type { FileResult } from '../../src/types.js';
import { fixtureDataset, loadFixture } from './helpers.js';

// Ink patches the console so stray logs do not tear the frame; vitest's console lacks the Console class it uses.
(console as unknown as { Console: typeof Console }).Console ??= Console;

/** A terminal's output side: records what is written. */
class FakeStdout extends EventEmitter {
  columns = 80;
  rows = 24;
  isTTY = false;
  written = '';
  write = (chunk: string): boolean => {
    this.written += chunk;
    return true;
  };
}

/** A terminal's input side in raw mode, the shape Ink reads from. */
class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
  read = (): string | null => {
    const data = this.data;
    this.data = null;
    return data;
  };
  type(data: string): void {
    this.data = data;
    this.emit('readable');
  }
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

/** Run the TUI over one fixture result put through a report stage with `settings`; press q; the exit code. */
async function quitCode(name: string, settings: ReportSettings = {}, edit: (r: FileResult) => FileResult = (r) => r): Promise<{ code: number; stdout: FakeStdout }> {
  const result = edit(loadFixture(name));
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  const stage = createReportStage(settings);
  let checked = false;
  const running = runTui({
    paths: [result.path],
    check: async () => {
      checked = true;
      return stage.add(result);
    },
    exitCode: () => stage.exitCode(),
    dataset: fixtureDataset(),
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
  });
  // Ink listens for keys once the app has mounted; the check has run once it was called and awaited.
  await until(() => checked && stdin.listenerCount('readable') > 0);
  await new Promise((resolve) => setTimeout(resolve, 50));
  stdin.type('q');
  return { code: await running, stdout };
}

test.each([
  ['000-typo.json', 1],
  ['002-contradiction.json', 1],
])('runTui on %s uses the alternate screen and resolves with exit code %d when q is pressed', async (name, code) => {
  const { code: got, stdout } = await quitCode(name);
  expect(got).toBe(code);
  expect(stdout.written.startsWith('\u001B[?1049h')).toBe(true);
  expect(stdout.written.endsWith('\u001B[?1049l')).toBe(true);
});

// The TUI answers the report stage's exit code, so --fail-level, rule overrides and --max-warnings act on
// it as on the text formats (it used to answer 1 for any finding, whatever the settings).
test.each([
  ['--fail-level none', { failLevel: 'none' }, 0],
  ['typo and contradiction rules set to info', { rules: { typo: 'info', contradiction: 'info' } }, 0],
  ['typo and contradiction rules off', { rules: { 'chipcheck/typo': 'off', 'chipcheck/contradiction': 'off' } }, 0],
  ['rules set to info, --fail-level info', { rules: { typo: 'info', contradiction: 'info' }, failLevel: 'info' }, 1],
  ['rules set to warning, --max-warnings 0', { rules: { typo: 'warning', contradiction: 'warning' }, failLevel: 'none', maxWarnings: 0 }, 1],
] as Array<[string, ReportSettings, number]>)('runTui on 000-typo.json with %s quits with exit code %d', async (_label, settings, code) => {
  expect((await quitCode('000-typo.json', settings)).code).toBe(code);
});

test('runTui on an unreadable file quits with exit code 2, whatever the fail level', async () => {
  const { code } = await quitCode('000-typo.json', { failLevel: 'none' }, (r) => ({ ...r, ok: false, claims: [] }));
  expect(code).toBe(2);
});
