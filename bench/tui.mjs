// The TUI over a folder's first N articles, in a fresh process, on a fake 120×40 terminal: checks every
// file as `chipcheck verify` does in the TUI (one at a time, on this thread), waits until the last result is
// drawn, then presses q. `node bench/tui.mjs <corpus dir> <articles>` prints one JSON line.
import { Console } from 'node:console';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = process.env.BENCH_DIST ?? new URL('../dist', import.meta.url).href;
const [dir, count = '500'] = process.argv.slice(2);
const files = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).files.slice(0, Number(count));
(console.Console ??= Console);

class FakeStdout extends EventEmitter {
  columns = 120;
  rows = 40;
  isTTY = true;
  frames = 0;
  last = '';
  write = (chunk) => {
    this.frames++;
    this.last = chunk;
    return true;
  };
}
class FakeStdin extends EventEmitter {
  isTTY = true;
  data = null;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read = () => {
    const data = this.data;
    this.data = null;
    return data;
  };
  type(data) {
    this.data = data;
    this.emit('readable');
  }
}

// As `chipcheck verify` does before it loads the TUI: React's development build is not what users run.
process.env.NODE_ENV = 'production';
const started = performance.now();
const cpu = process.cpuUsage();
const { runTui } = await import(`${DIST}/tui/index.js`);
const { checkOne } = await import(`${DIST}/run/check.js`);
const { createReportStage } = await import(`${DIST}/report/stage.js`);
const { loadDataset } = await import(`${DIST}/dataset/index.js`);
const dataset = loadDataset();
const stdout = new FakeStdout();
const stdin = new FakeStdin();
let done = 0;
const stage = createReportStage();
const running = runTui({
  exitCode: () => stage.exitCode(),
  paths: files,
  dataset,
  stdout,
  stdin,
  check: async (path) => {
    const result = stage.add(await checkOne(join(dir, path), path, { dataset }));
    done++;
    return result;
  },
});
while (done < files.length) await new Promise((resolve) => setTimeout(resolve, 5));
// Let the last result render, then quit.
await new Promise((resolve) => setTimeout(resolve, 50));
stdin.type('q');
const code = await running;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ files: files.length, code, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, frames: stdout.frames, nodeEnv: process.env.NODE_ENV ?? null }));
