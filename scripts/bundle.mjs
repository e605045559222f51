#!/usr/bin/env node
// Bundles the command (dist/cli/index.js) and its worker (src/run/worker.ts → dist/cli/worker.js) into a few ES modules, so a
// cold start reads and links a handful of files instead of ~370 (zod, unified, micromark, yaml…). The
// library (dist/index.js and the rest of dist/) stays tsc's output. Ink and React load only for the TUI
// and nodejieba is a native addon: they stay ordinary imports. The language server (src/lsp, with
// vscode-languageserver) is bundled too, into a chunk only `chipcheck lsp` loads.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Chunk names carry content hashes: clear the previous build's so stale chunks do not pile up.
for (const name of readdirSync(join(root, 'dist/cli'), { withFileTypes: true })) {
  if (name.isFile() && name.name.startsWith('chunk-')) rmSync(join(root, 'dist/cli', name.name));
}

await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/cli/index.ts', worker: 'src/run/worker.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  external: ['nodejieba', 'ink', 'react', 'react/*', 'ink-*', 'iconv-lite'],
  // Bundled CommonJS dependencies call require(); give the ES module output one.
  banner: { js: "import { createRequire as __chipcheckRequire } from 'node:module'; const require = __chipcheckRequire(import.meta.url);" },
  // Chunks sit beside the entry points: modules find corpus/ and package.json by relative URLs.
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  // Smaller source parses faster at every start. Identifiers keep their names, so stack traces (--debug)
  // and profiles name functions: `keepNames` would do that for minified names too, but by calling
  // Object.defineProperty for every closure as it is created (2% of a run's time, in the hottest loops).
  // CHIPCHECK_BUNDLE_MINIFY=0 also keeps whitespace and syntax, for reading a profile against the source.
  minifyWhitespace: process.env.CHIPCHECK_BUNDLE_MINIFY !== '0',
  minifySyntax: process.env.CHIPCHECK_BUNDLE_MINIFY !== '0',
  logLevel: 'warning',
});
