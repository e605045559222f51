// The CI integrations at the repository root, run the way their hosts run them: the action's shell steps
// with GitHub's environment (inputs through env, outputs through $GITHUB_OUTPUT), and the pre-commit hooks'
// entries with the files pre-commit would pass.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, fixtures, root, testDataset } from '../cli/run.js';

interface Step {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
}
interface Action {
  inputs: Record<string, { description: string; default: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}
interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  types: string[];
}

const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as Action;
const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };

const scratch = mkdtempSync(join(tmpdir(), 'chipcheck-ci-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A content repository: one article with a typo (万美元 for 亿美元), one clean. */
function contentRepo(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'articles'), { recursive: true });
  copyFileSync(join(fixtures, 'typo/article.txt'), join(dir, 'articles/typo.txt'));
  copyFileSync(join(fixtures, 'clean/article.txt'), join(dir, 'articles/clean.md'));
  return dir;
}

/** GitHub's `${{ … }}` for what these steps use: inputs (or their defaults), step outputs, the action path. */
function expand(value: string, inputs: Record<string, string>, outputs: Record<string, Record<string, string>>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/gu, (_, expression: string) => {
    let m = /^inputs\.([\w-]+)$/u.exec(expression);
    if (m) return inputs[m[1]!] ?? action.inputs[m[1]!]!.default;
    m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/u.exec(expression);
    if (m) return outputs[m[1]!]?.[m[2]!] ?? '';
    if (expression === 'github.action_path') return root;
    throw new Error(`the test does not know the expression ${expression}`);
  });
}

/** Run one `run:` step as the runner does (bash, env from the step, $GITHUB_OUTPUT read back). */
function runStep(step: Step, cwd: string, inputs: Record<string, string>, outputs: Record<string, Record<string, string>>) {
  expect(step.shell).toBe('bash');
  // Expressions only in env: a script's text never holds an input.
  expect(step.run!).not.toContain('${{');
  const outputFile = join(cwd, `.github-output-${step.id ?? 'step'}`);
  writeFileSync(outputFile, '');
  const env: Record<string, string> = { ...(process.env as Record<string, string>), GITHUB_OUTPUT: outputFile, RUNNER_TEMP: scratch, NO_COLOR: '1' };
  delete env['GITHUB_STEP_SUMMARY'];
  for (const [key, value] of Object.entries(step.env ?? {})) env[key] = expand(value, inputs, outputs);
  // GitHub runs `shell: bash` as `bash --noprofile --norc -eo pipefail {0}`.
  const script = join(cwd, `.step-${step.id ?? 'step'}.sh`);
  writeFileSync(script, step.run!);
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  const written = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  if (step.id) outputs[step.id] = written;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs: written };
}

/** The action's steps after install, with the built CLI standing in for the installed one. */
function runAction(cwd: string, inputs: Record<string, string>) {
  const outputs: Record<string, Record<string, string>> = { install: { cli: bin } };
  const step = (name: string) => action.runs.steps.find((s) => s.name === name)!;
  const check = runStep(step('Check with chipcheck'), cwd, inputs, outputs);
  const fail = runStep(step('Fail on findings'), cwd, inputs, outputs);
  return { check, fail, outputs };
}

describe('action.yml (composite GitHub Action)', () => {
  it('is a composite action that sets up Node, installs chipcheck, checks, uploads SARIF, then fails on findings', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.map((s) => s.uses ?? s.id ?? s.name)).toEqual([
      'actions/setup-node@v4',
      'install',
      'check',
      'github/codeql-action/upload-sarif@v3',
      'Fail on findings',
    ]);
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.with).toEqual({ sarif_file: '${{ inputs.sarif-file }}', category: 'chipcheck' });
    expect(upload.if).toContain("inputs.upload-sarif == 'true'");
    expect(action.outputs['exit-code']!.value).toBe('${{ steps.check.outputs.exit-code }}');
  });

  it('writes SARIF, annotates, and fails the job with exit code 1 on a typo', () => {
    const repo = contentRepo('typo');
    const { check, fail } = runAction(repo, { paths: 'articles/', args: testDataset.join(' ') });
    expect(check.code, check.stderr).toBe(0); // the step itself succeeds, so the upload still runs
    expect(check.outputs['exit-code']).toBe('1');
    const sarif = JSON.parse(readFileSync(join(repo, 'chipcheck.sarif'), 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain('chipcheck/magnitude-slip');
    expect(check.stdout).toMatch(/^::error file=articles\/typo\.txt,line=\d+/mu);
    expect(fail.code).toBe(1);
    expect(fail.stderr).toContain('chipcheck exited 1');
  });

  it('passes with fail-level none, lets chipcheck expand globs, and never runs an input as shell code', () => {
    const repo = contentRepo('inputs');
    const passing = runAction(repo, { paths: 'articles/*.md articles/*.txt', 'fail-level': 'none', annotations: 'false', args: testDataset.join(' ') });
    expect(passing.check.outputs['exit-code']).toBe('0');
    expect(passing.check.stdout).toBe('');
    expect(passing.fail.code).toBe(0);
    expect(readFileSync(join(repo, 'chipcheck.sarif'), 'utf8')).toContain('articles/typo.txt');

    // A glob chipcheck expands respects .chipcheckignore; had the shell expanded it, typo.txt would be named
    // explicitly, checked, and the step would fail.
    writeFileSync(join(repo, '.chipcheckignore'), 'articles/typo.txt\n');
    const ignored = runAction(repo, { paths: 'articles/*', annotations: 'false', args: testDataset.join(' ') });
    expect(ignored.check.outputs['exit-code']).toBe('0');
    expect(readFileSync(join(repo, 'chipcheck.sarif'), 'utf8')).not.toContain('articles/typo.txt');
    rmSync(join(repo, '.chipcheckignore'));

    const hostile = runAction(repo, { paths: 'articles/', args: '$(touch pwned) `touch pwned2`', annotations: 'false' });
    expect(existsSync(join(repo, 'pwned'))).toBe(false);
    expect(existsSync(join(repo, 'pwned2'))).toBe(false);
    expect(hostile.check.outputs['exit-code']).toBe('2'); // the words are unknown paths to chipcheck
    expect(hostile.fail.code).toBe(2);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('declares node hooks whose entry is the package bin, for the files verify reads', () => {
    expect(hooks.map((h) => h.id)).toEqual(['chipcheck', 'chipcheck-fix']);
    for (const hook of hooks) {
      expect(hook.language).toBe('node');
      expect(Object.keys(pkg.bin)).toContain(hook.entry.split(' ')[0]);
      const files = new RegExp(hook.files, 'u');
      for (const name of ['a.md', 'b/c.markdown', 'd.txt', 'e.html', 'f.htm']) expect(files.test(name), name).toBe(true);
      for (const name of ['g.js', 'h.csv', 'md']) expect(files.test(name), name).toBe(false);
    }
  });

  it('chipcheck fails a commit holding a typo; chipcheck-fix fixes it, and then chipcheck passes', () => {
    const repo = contentRepo('pre-commit');
    // pre-commit runs `entry` with the staged files appended.
    const runHook = (id: string) => {
      const [, ...args] = hooks.find((h) => h.id === id)!.entry.split(' ');
      return spawnSync(process.execPath, [bin, ...args, ...testDataset, 'articles/clean.md', 'articles/typo.txt'], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    };
    const before = runHook('chipcheck');
    expect(before.status).toBe(1);
    expect(before.stdout).toContain('typo');
    const fix = runHook('chipcheck-fix');
    expect(fix.status).toBe(0);
    expect(readFileSync(join(repo, 'articles/typo.txt'), 'utf8')).toContain('4325.5亿美元');
    expect(runHook('chipcheck').status).toBe(0);
  });
});
