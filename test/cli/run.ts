// Runs the built command (`npm test` builds first; alone, run `npm run build`), as a user's shell would.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '../..');
export const bin = join(root, 'dist/cli/index.js');
export const fixtures = join(root, 'test/fixtures/cli');
/** The three-record test dataset, in place of the bundled one, so verdicts stay put. */
export const testDataset = ['--dataset-replace', '--dataset', join(fixtures, 'dataset')];

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {}): Run {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build first (npm test does it)`);
  // English unless a test asks for another locale: messages follow LC_ALL, LC_MESSAGES and LANG.
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8', ...options.env };
  delete env['GITHUB_STEP_SUMMARY'];
  if (options.env?.['GITHUB_STEP_SUMMARY']) env['GITHUB_STEP_SUMMARY'] = options.env['GITHUB_STEP_SUMMARY'];
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
