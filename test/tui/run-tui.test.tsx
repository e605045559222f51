import { Console } from 'node:console';
import { EventEmitter } from 'node:events';
import { expect, test } from 'vitest';
import { runTui } from '../../src/tui/index.js';
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

test.each([
  ['000-typo.json', 1],
  ['002-contradiction.json', 1],
])('runTui on %s uses the alternate screen and resolves with exit code %d when q is pressed', async (name, code) => {
  const result = loadFixture(name);
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  let checked = false;
  const running = runTui({
    paths: [result.path],
    check: async () => {
      checked = true;
      return result;
    },
    dataset: fixtureDataset(),
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
  });
  // Ink listens for keys once the app has mounted; the check has run once it was called and awaited.
  await until(() => checked && stdin.listenerCount('readable') > 0);
  await new Promise((resolve) => setTimeout(resolve, 50));
  stdin.type('q');
  await expect(running).resolves.toBe(code);
  expect(stdout.written.startsWith('\u001B[?1049h')).toBe(true);
  expect(stdout.written.endsWith('\u001B[?1049l')).toBe(true);
});
