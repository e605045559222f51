// Where the verify pipeline spends its time, stage by stage, over the synthetic corpus:
// `node bench/stages.mjs <corpus dir> [articles]`. Mirrors src/pipeline.ts checkSource stage by stage
// (sources, numbers, claims, reconcile; then checkSource whole, whose excess is the result with positions)
// and prints one JSON line of CPU milliseconds per stage. If the pipeline's stages change, update this mirror with them.
import { readFileSync } from 'node:fs';
/** The built pipeline; BENCH_DIST points at another build (e.g. one made while dist/ is mid-rebuild). */
const DIST = process.env.BENCH_DIST ?? new URL('../dist', import.meta.url).href;
import { join } from 'node:path';

const [dir, count = '1000'] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const files = manifest.files.slice(0, Number(count));
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));

const { parseSource } = await import(`${DIST}/extract/source/index.js`);
const { findNumbers } = await import(`${DIST}/extract/numbers/index.js`);
const { buildClaims } = await import(`${DIST}/claims/index.js`);
const { reconcile } = await import(`${DIST}/reconcile/index.js`);
const { checkSource } = await import(`${DIST}/pipeline.js`);
const { loadDataset } = await import(`${DIST}/dataset/index.js`);
const dataset = loadDataset();
/** CPU milliseconds of this process: steadier than wall time on a shared machine. */
const now = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const ms = { sources: 0, numbers: 0, claims: 0, reconcile: 0, checkSource: 0 };
const byKind = { plain: 0, markdown: 0, html: 0 };
const charsByKind = { plain: 0, markdown: 0, html: 0 };
const sources = texts.map((text, i) => parseSource(text, files[i]));
for (let pass = 0; pass < 2; pass++) {
  // Pass 0 warms the JIT (and loads jieba); pass 1 is measured.
  for (const k of Object.keys(ms)) ms[k] = 0;
  for (const k of Object.keys(byKind)) byKind[k] = charsByKind[k] = 0;
  for (let i = 0; i < texts.length; i++) {
    let t = now();
    const source = parseSource(texts[i], files[i]);
    let u = now();
    ms.sources += u - t;
    byKind[source.kind] = (byKind[source.kind] ?? 0) + (u - t);
    charsByKind[source.kind] = (charsByKind[source.kind] ?? 0) + texts[i].length;
    t = u;
    const mentions = [];
    source.blocks.forEach((block, b) => mentions.push(...findNumbers(block.text, b)));
    u = now();
    ms.numbers += u - t;
    t = u;
    const built = buildClaims(source, mentions, { published: source.published });
    u = now();
    ms.claims += u - t;
    t = u;
    reconcile(built, dataset, { published: source.published });
    ms.reconcile += now() - t;
  }
  // The whole of checkSource (numbers → result) in a loop of its own; what it adds to the stages above is
  // turning claims into the result (positions, context, evidence).
  const t = now();
  for (const source of sources) checkSource(source, { dataset });
  ms.checkSource = now() - t;
}
const result = Math.max(0, ms.checkSource - ms.numbers - ms.claims - ms.reconcile);
const out = { articles: texts.length, sources: ms.sources, numbers: ms.numbers, claims: ms.claims, reconcile: ms.reconcile, result, checkSource: ms.checkSource, sourcesByKind: byKind, charsByKind };
console.log(JSON.stringify(out));
