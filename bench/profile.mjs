// Summarise a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time.
// `node bench/profile.mjs FILE.cpuprofile [top] [functions|packages]` prints a Markdown table.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** A path inside the project (or inside another build's dist/, see BENCH_DIST) as dist/…, node_modules/…. */
function shortPath(path) {
  const inDist = path.lastIndexOf('/dist/');
  if (inDist >= 0 && !path.includes('/node_modules/')) return path.slice(inDist + 1);
  return relative(ROOT, path);
}

/** Self time per function (name + file:line), and the total, in milliseconds. */
export function summarise(path, top = 15) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  // samples[i] was taken timeDeltas[i] after the previous one: attribute that interval to the sampled node.
  for (let i = 0; i < profile.samples.length; i++) selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const byFunction = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    const { callFrame: f } = byId.get(id);
    const file = f.url.startsWith('file:') ? shortPath(fileURLToPath(f.url)) : f.url;
    const key = `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    total += us;
  }
  const rows = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, us]) => ({ fn, ms: us / 1000, share: us / total }));
  return { totalMs: total / 1000, rows };
}

/** Self time per package (node_modules/<name>), per dist/ module, or per Node internal, in milliseconds. */
export function byPackage(path, top = 15) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const { callFrame: f } = byId.get(profile.samples[i]);
    const pkg = f.url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    const key = pkg ?? (f.url.includes('/dist/') ? f.url.replace(/.*\/dist\//, 'dist/') : f.url.startsWith('node:') ? 'node internals' : f.functionName || '(native)');
    const us = profile.timeDeltas[i] ?? 0;
    totals.set(key, (totals.get(key) ?? 0) + us);
    total += us;
  }
  const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, us]) => ({ fn, ms: us / 1000, share: us / total }));
  return { totalMs: total / 1000, rows };
}

export function profileTable({ totalMs, rows }) {
  const lines = [`Total sampled: ${totalMs.toFixed(0)} ms`, '', '| self ms | share | function |', '|---:|---:|---|'];
  for (const r of rows) lines.push(`| ${r.ms.toFixed(0)} | ${(r.share * 100).toFixed(1)}% | \`${r.fn}\` |`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, top = '25', how = 'functions'] = process.argv.slice(2);
  console.log(profileTable((how === 'packages' ? byPackage : summarise)(file, Number(top))));
}
