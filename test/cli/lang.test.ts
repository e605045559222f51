// Issue 14: an editor's run of chipcheck speaks their language, stays quiet where it matters, and shows
// sources by name (URLs in JSON, SARIF and the TUI detail only). Run through the built command.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, run } from './run.js';

const articles = join(root, 'corpus/articles');
const seeds = readdirSync(articles).filter((name) => /^00\d_/u.test(name)).map((name) => join('corpus/articles', name));
const seed004 = seeds.find((s) => s.includes('004_'))!;

/** The English words left in a text report once paths, rule ids, URLs and agency names kept as recorded are taken out. */
function englishWords(report: string): string[] {
  const stripped = report
    .replace(/corpus\/articles\/\S+?\.txt/gu, '')
    .replace(/chipcheck\/[a-z-]+/gu, '')
    .replace(/https?:\/\/\S+/gu, '')
    // Agencies without a Chinese name may keep theirs (the issue allows GACC-style acronyms).
    .replace(/\b(?:The Register|TechSpot|OFweek|HS)\b/gu, '');
  return stripped.match(/[A-Za-z]{3,}/gu) ?? [];
}

describe('the language of the report (issue 14)', () => {
  it.each(seeds)('LANG=zh_CN.UTF-8: the text report on %s has no English message words', (seed) => {
    const r = run([seed, '--format', 'text'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.stderr).toBe('');
    expect(englishWords(r.stdout)).toEqual([]);
    expect(r.stdout).toMatch(/\d+ 个文件，\d+ 处数据：相符 \d+/u);
  });

  it('the same report in English with LANG=en_US.UTF-8 or --lang en (which wins over the locale)', () => {
    const seed = seeds.find((s) => s.includes('002_'))!;
    const byLocale = run([seed, '--format', 'text'], { env: { LANG: 'en_US.UTF-8' } });
    const byFlag = run([seed, '--format', 'text', '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(byFlag.stdout).toBe(byLocale.stdout);
    expect(byLocale.stdout).toContain('contradiction  1.2万亿  1.2万亿 disagrees with 2024 export value 11351.6亿元: off by 648.4亿元 (+5.7%); source: CCCME citing GACC, high confidence');
    expect(byLocale.stdout).toContain('1 file, 8 claims: 2 match, 6 contradiction');
  });

  it('Chinese: values in the article’s magnitude, rounded differences, sources by their Chinese names', () => {
    const seed = seeds.find((s) => s.includes('002_'))!;
    const r = run([seed, '--format', 'text', '--lang', 'zh']);
    expect(r.stdout).toContain('不符  1.2万亿  1.2万亿与2024年出口金额11351.6亿元不符：相差648.4亿元（+5.7%）；来源：中国机电产品进出口商会援引海关总署，可信度高');
    expect(r.stdout.replace(/corpus\/articles\/\S+?\.txt/gu, '')).not.toMatch(/\d{9,}/u);
    const production = run([seeds.find((s) => s.includes('003_'))!, '--format', 'text', '--lang', 'zh']);
    expect(production.stdout).toContain('来源：国家统计局2022年统计公报');
    expect(production.stdout).toContain('来源：海关总署，可信度高');
  });

  it('the text report names sources without URLs; JSON and SARIF keep them', () => {
    const seed = seeds.find((s) => s.includes('000_'))!;
    expect(run([seed, '--format', 'text']).stdout).not.toMatch(/https?:\/\//u);
    const json = JSON.parse(run([seed, '--format', 'json']).stdout) as { files: Array<{ claims: Array<{ evidence: Array<{ figure?: { provenance: Array<{ url: string }> } }> }> }> };
    const urls = json.files[0]!.claims.flatMap((c) => c.evidence.flatMap((e) => e.figure?.provenance.map((p) => p.url) ?? []));
    expect(urls.some((u) => u.startsWith('http'))).toBe(true);
    expect(run([seed, '--format', 'sarif']).stdout).toMatch(/https?:\/\/(?!json\.schemastore|docs\.oasis|github\.com\/)/u);
  });

  it('--help in Chinese and in English', () => {
    expect(run(['--help'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('用法：');
    expect(run(['--help', '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('Usage:');
    expect(run(['--help']).stdout).toContain('--quiet');
  });
});

describe('quiet where it matters (issue 14)', () => {
  it('--quiet on seed 004 prints no match or unverifiable line, and still counts every claim', () => {
    const loud = run([seed004, '--format', 'text']);
    expect(loud.stdout).toMatch(/ unverifiable /u);
    const quiet = run([seed004, '--format', 'text', '--quiet']);
    const lines = quiet.stdout.split('\n').filter((line) => line.startsWith('corpus/'));
    expect(lines.filter((line) => / (match|unverifiable) /u.test(line))).toEqual([]);
    expect(lines.every((line) => / (contradiction|typo|inconsistent|error|warning) /u.test(line) || !line.includes(':'))).toBe(true);
    // The summary is the same: quiet hides lines, it does not drop claims.
    expect(quiet.stdout.trim().split('\n').at(-1)).toBe(loud.stdout.trim().split('\n').at(-1));
    expect(quiet.code).toBe(loud.code);
  });

  it('--max-warnings: more warnings than allowed fail the run (exit 1); as many pass', () => {
    const seed = seeds.find((s) => s.includes('002_'))!; // one minor contradiction: a warning
    const errorsOff = ['--fail-level', 'none'];
    expect(run([seed, '--format', 'text', ...errorsOff, '--max-warnings', '1']).code).toBe(0);
    const over = run([seed, '--format', 'text', ...errorsOff, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings: 1, more than --max-warnings 0 [chipcheck/max-warnings]');
  });
});

describe('--format tui needs a terminal (issue 14)', () => {
  it('without one it is a usage error, exit 2, never an internal error', () => {
    const r = run([seeds[0]!, '--format', 'tui'], { input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format tui needs a terminal');
    expect(r.stderr).toContain('[chipcheck/usage]');
    expect(r.stderr).not.toContain('Raw mode');
    expect(r.stdout).toBe('');
  });
});

describe('the TUI runs React\'s production build (issue 14)', () => {
  it('on a terminal (stdin and stdout faked as one, keys piped in), React runs its production build', async () => {
    const { spawn } = await import('node:child_process');
    const bin = join(root, 'dist/cli/index.js');
    // Ink draws only the last frame when it sees CI (CI=true in the CI run): the TUI must think it is on a desk.
    const { CI: _ci, CONTINUOUS_INTEGRATION: _continuous, ...desk } = process.env;
    const child = spawn(process.execPath, [bin, seeds[0]!, '--format', 'tui'], {
      cwd: root,
      env: { ...desk, NODE_ENV: '', NODE_OPTIONS: `--require ${join(root, 'test/fixtures/tui/fake-terminal.cjs')}`, LANG: 'en_US.UTF-8' },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Quit once the file is checked and its typo is on screen.
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (/≈ 1 typo/u.test(stdout)) child.stdin.write('q');
    });
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code).toBe(1); // seed 000 has a typo
    expect(stderr).toContain('react build: react.production.js');
    expect(stderr).not.toContain('react.development.js');
  }, 30_000);
});
