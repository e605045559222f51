// Preloaded (--require) by bench/tui.mjs into the built command: stdin and stdout claim to be a 120×40
// terminal, so `verify --format tui` runs with keys piped in; at exit it reports on stderr, as one JSON line,
// the process's CPU time, its writes to the terminal and the React build that ran.
'use strict';
process.stdin.isTTY = true;
process.stdin.setRawMode = () => process.stdin;
process.stdout.isTTY = true;
process.stdout.columns = 120;
process.stdout.rows = 40;
let writes = 0;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (...args) => {
  writes++;
  return write(...args);
};
process.on('exit', () => {
  const used = process.cpuUsage();
  const react = Object.keys(require.cache).find((file) => /[\\/]react[\\/]cjs[\\/]react\.(production|development)/u.test(file) && require.cache[file].loaded);
  const build = react ? (/production/u.test(react) ? 'production' : 'development') : null;
  process.stderr.write(`\n${JSON.stringify({ cpuMs: (used.user + used.system) / 1000, frames: writes, react: build })}\n`);
});
