// The TUI over a folder's first N articles, as a user runs it: the built command (`verify FILES --format tui
// --jobs 1`, the bundle, React's production build) on a fake 120×40 terminal (bench/tui-terminal.cjs). When
// the last file is drawn (no file is queued or being checked) it presses q; the time is the whole process,
// as the text format's baseline is. `node bench/tui.mjs <corpus dir> <articles>` prints one JSON line.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = process.env.BENCH_DIST ?? new URL('../dist', import.meta.url).href;
const [dir, count = '500'] = process.argv.slice(2);
const files = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).files.slice(0, Number(count));
const preload = fileURLToPath(new URL('./tui-terminal.cjs', import.meta.url));

// Under CI (any CI variable, even empty) Ink draws only the last frame: not what an editor sees.
const { CI: _ci, NO_COLOR: _noColor, ...env } = process.env;
const started = performance.now();
const child = spawn(process.execPath, ['--require', preload, fileURLToPath(`${DIST}/cli/index.js`), 'verify', ...files, '--format', 'tui', '--jobs', '1', '--lang', 'en'], {
  cwd: dir,
  env,
  stdio: ['pipe', 'pipe', 'pipe'],
});
let stderr = '';
child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
let quit = false;
// A frame is one write of the whole screen; the last file is drawn when no row is queued or checking.
child.stdout.setEncoding('utf8').on('data', (frame) => {
  if (quit || !frame.includes(`${files.length} files`) || /checking|queued/u.test(frame)) return;
  quit = true;
  child.stdin.write('q');
});
// A screen that never shows the last file drawn (a changed layout) must not hang the bench.
const stuck = setTimeout(() => child.kill(), 300_000);
const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
clearTimeout(stuck);
if (!quit) throw new Error(`bench/tui.mjs: the TUI never showed all ${files.length} files checked (stderr: ${stderr.slice(-300)})`);
const ms = performance.now() - started;
// The preload's line; Ink shows the cursor again on stderr after it.
const report = JSON.parse(stderr.match(/\{"cpuMs".*\}/u)?.[0] ?? '{}');
console.log(JSON.stringify({ files: files.length, code, quit, ms, cpuMs: report.cpuMs, frames: report.frames, react: report.react }));
