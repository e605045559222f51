/**
 * End to end in a real terminal: the built `chipcheck` binary runs in a detached tmux session, keys go in with
 * send-keys, the screen comes back with capture-pane. Skipped only when tmux is not installed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'dist/cli/index.js');
const ARTICLE = 'corpus/articles/000_e2f4171da3f33293.txt';
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
/** A config that turns the typo verdict (a magnitude slip in seed 000) into an info. */
const CONFIG_TYPO_INFO = join(mkdtempSync(join(tmpdir(), 'chipcheck-e2e-')), 'chipcheck.config.json');
writeFileSync(CONFIG_TYPO_INFO, JSON.stringify({ rules: { typo: 'info' } }));

/** A private tmux server (its own socket), so the test never touches the user's sessions. */
class Terminal {
  constructor(readonly socket = `chipcheck-e2e-${process.pid}`) {}
  readonly session = 'tui';

  tmux(...args: string[]): string {
    const result = spawnSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`tmux ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout;
  }

  /** Start `command` in a 100×30 terminal; the shell reports the exit code and waits so it can be read. */
  start(command: string): void {
    this.tmux(
      'new-session', '-d', '-s', this.session, '-x', '100', '-y', '30', '-c', ROOT,
      // Ink prints nothing until exit when it thinks it runs in CI, so the variables are removed.
      `env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color ${command}; echo "[exit $?]"; sleep 120`,
    );
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.session, ...keys);
  }

  /** Literal text, not key names. */
  type(text: string): void {
    this.tmux('send-keys', '-t', this.session, '-l', text);
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.session);
  }

  /** Poll the screen until `predicate` holds; the error shows the last screen. */
  async waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = this.screen();
      if (predicate(screen)) return screen;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
  }

  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

describe.skipIf(!hasTmux)(`chipcheck verify --format tui in tmux${hasTmux ? '' : ' (skipped: tmux is not installed)'}`, () => {
  const terminal = new Terminal();

  beforeAll(() => {
    // `npm test` builds first (pretest); a direct `vitest run` may find dist missing or older than src.
    if (!existsSync(BIN) || statSync(BIN).mtimeMs < newestMtime(join(ROOT, 'src'))) {
      spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
    }
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` and read its errors`);
  });

  afterAll(() => {
    terminal.kill();
    rmSync(dirname(CONFIG_TYPO_INFO), { recursive: true, force: true });
  });

  test('move to the typo in seed 000, read its suggestion in the detail pane, quit with exit code 1', async () => {
    terminal.start(`node ${BIN} verify --format tui ${ARTICLE}`);
    const list = await terminal.waitFor((s) => /≈ \d+ typo/.test(s) || s.includes('[exit'), 'the claim list');
    expect(list).toContain('000_e2f4171da3f33293.txt');
    expect(list).toContain('5822．2个');

    terminal.keys('2'); // filter: typos only
    await terminal.waitFor((s) => s.includes('filter: typo'), 'the typo filter');
    terminal.keys('/');
    terminal.type('5822');
    await terminal.waitFor((s) => s.includes('/5822'), 'the search box');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.includes('search: 5822'), 'the search');
    terminal.keys('Enter');
    const detail = await terminal.waitFor((s) => s.includes('Suggest'), 'the detail pane');
    expect(detail).toMatch(/Suggest +5822．2亿个/);
    expect(detail).toContain('5822．2个');

    terminal.keys('q');
    const after = await terminal.waitFor((s) => s.includes('[exit'), 'the exit');
    expect(after).toContain('[exit 1]');
  });

  // The TUI quits with the report stage's exit code: --fail-level and the config's rules act on it as on
  // the text formats.
  test.each([
    ['--fail-level none', '--fail-level none', 0],
    ['the typo rule set to info by the config', `--config ${CONFIG_TYPO_INFO}`, 0],
    ['the typo rule set to info, --fail-level info', `--config ${CONFIG_TYPO_INFO} --fail-level info`, 1],
  ])('seed 000 with %s (%s) quits with exit code %d', async (label, flags, code) => {
    // A terminal of its own (its own tmux server), so no run waits for another's server to stop.
    const own = new Terminal(`chipcheck-e2e-${process.pid}-${label.replace(/\W+/gu, '-')}`);
    try {
      own.start(`node ${BIN} verify --format tui ${flags} ${ARTICLE}`);
      await own.waitFor((s) => /\d+ typo/.test(s) || s.includes('[exit'), 'the claim list');
      own.keys('q');
      const after = await own.waitFor((s) => s.includes('[exit'), 'the exit');
      expect(after).toContain(`[exit ${code}]`);
    } finally {
      own.kill();
    }
  });

  test('--watch: saving the file checks it again and keeps the selection on the same claim', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chipcheck-tui-watch-'));
    // A terminal of its own, as the exit-code cases have.
    const terminal = new Terminal(`chipcheck-e2e-${process.pid}-watch`);
    try {
      const article = join(dir, 'article.txt');
      copyFileSync(join(ROOT, ARTICLE), article);
      terminal.start(`node ${BIN} verify --watch --format tui ${article}`);
      await terminal.waitFor((s) => /≈ \d+ typo/.test(s), 'the claim list');
      terminal.keys('j', 'j');
      const before = await terminal.waitFor((s) => / 3\/\d+/u.test(s), 'the third claim selected');
      const selected = (screen: string) => screen.split('\n').find((line) => line.startsWith('▸')) ?? '';
      const [, line, text] = /^▸ (\d+):\d+ +(\S+)/u.exec(selected(before))!;

      // The typo fixed and a line added at the top: every claim moves down a line, the typo is gone.
      const original = readFileSync(article, 'utf8');
      writeFileSync(article, `编者按：数据以海关统计为准。\n${original.replace('5822．2个', '5822．2亿个')}`);
      const after = await terminal.waitFor((s) => s.includes('saved: checked again'), 'the re-check');
      expect(after).not.toMatch(/≈ [1-9]\d* typo/u);
      expect(selected(after)).toContain(` ${Number(line) + 1}:`);
      expect(selected(after)).toContain(text);

      terminal.keys('q');
      expect(await terminal.waitFor((s) => s.includes('[exit'), 'the exit')).toContain('[exit 0]');
    } finally {
      terminal.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
