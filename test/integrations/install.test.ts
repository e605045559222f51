// Installing before chipcheck is on the npm registry: the tarball `npm pack` makes, installed into an empty
// project as the README says, then used as a command and as a library. Its dependencies come from the npm
// registry (or npm's cache: --prefer-offline); chipcheck itself never does.
//
// nodejieba's install script downloads a prebuilt binary from GitHub releases and compiles from source when
// it cannot (a minute or more on a busy machine). This machine reaches only the npm registry, so a local
// server stands in for the releases host (node-pre-gyp's documented `--nodejieba_binary_host_mirror`),
// serving the binary this checkout built: the install script runs as a user's would, in seconds.
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, root } from '../cli/run.js';

const scratch = mkdtempSync(join(tmpdir(), 'chipcheck-install-'));
const project = join(scratch, 'project');
const seed = join(root, 'corpus/articles/000_e2f4171da3f33293.txt');
let tarball = '';
let files: string[] = [];

function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** A stand-in for nodejieba's releases host: every request gets the binary built in this checkout. */
async function binaryHost(): Promise<{ server: Server; url: string; requests: string[] }> {
  const archive = join(scratch, 'nodejieba-prebuilt.tar.gz');
  // node-pre-gyp extracts with strip: 1 into build/Release.
  const tar = spawnSync('tar', ['-czf', archive, '-C', join(root, 'node_modules/nodejieba/build'), 'Release/nodejieba.node']);
  if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
  const bytes = readFileSync(archive);
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'application/gzip', 'content-length': bytes.length }).end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${address.port}/`, requests };
}

let prebuiltRequests: string[] = [];

beforeAll(async () => {
  if (spawnSync('test', ['-f', bin]).status !== 0) throw new Error(`${bin} is missing: run npm run build first (npm test does it)`);
  // dist/ is built (npm test builds first), so the pack skips `prepare` rather than build a second time.
  const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], root)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(scratch, packed[0]!.filename);
  files = packed[0]!.files.map((f) => f.path);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'newsroom', private: true }));
  const host = await binaryHost();
  try {
    // Asynchronous: the binary host answers from this process while npm runs.
    const install = spawn('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error'], {
      cwd: project,
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_nodejieba_binary_host_mirror: host.url },
    });
    let output = '';
    install.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    install.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => install.on('exit', resolve));
    if (code !== 0) throw new Error(`npm install ${tarball} failed (${code}):\n${output}`);
    prebuiltRequests = host.requests;
  } finally {
    host.server.close();
  }
}, 300_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the npm pack tarball', () => {
  it('holds the built command, the language server, the library, the dataset and its snapshot, and no tests or sources', () => {
    for (const path of ['dist/cli/index.js', 'dist/lsp/index.js', 'dist/index.js', 'dist/index.d.ts', 'dist/dataset-snapshot.json', 'schema/report.schema.json', 'package.json', 'README.md']) {
      expect(files, path).toContain(path);
    }
    expect(files.some((f) => f.startsWith('corpus/dataset/') && f.endsWith('.csv'))).toBe(true);
    expect(files.some((f) => f.startsWith('corpus/lexicon/'))).toBe(true);
    expect(files.filter((f) => /^(test|src|bench|editors)\//u.test(f) || f.startsWith('corpus/articles/'))).toEqual([]);
  });

  it('installed into an empty project, `chipcheck verify` finds the typo in seed 000', () => {
    // nodejieba's install script ran and fetched its binary (a compile would have made no request).
    expect(prebuiltRequests.some((url) => /nodejieba-v[\d.]+-node-v\d+-\w+-\w+/u.test(url)), prebuiltRequests.join()).toBe(true);
    const r = spawnSync(join(project, 'node_modules/.bin/chipcheck'), ['verify', seed, '--format', 'text'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/000_e2f4171da3f33293\.txt:16:832 {2}typo {2}5822．2个/u);
    expect(r.stdout).toMatch(/1 file, \d+ claims: .*1 typo/u);
    const version = spawnSync(join(project, 'node_modules/.bin/chipcheck'), ['--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('installed, it is a library too: import { verify } from "chipcheck"', () => {
    const script = "import { verify } from 'chipcheck'; const r = await verify({ text: '2021年我国集成电路进口额为4325.5万美元。', path: 'draft.md' }); console.log(r.files[0].claims.map((c) => c.verdict + ' ' + c.suggestion).join());";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('typo 4325.5亿美元');
  });
});
