// Issue 9, shapes: empty files, a file over the size limit, a 10 MB line, 100,000 numbers in one paragraph,
// 10,000 levels of nesting, malformed HTML, CRLF/CR line endings, astral characters before a claim. Inputs
// are generated here; each check reports its time (no timing assertion: the machine is shared).
import { spawnSync } from 'node:child_process';
import { openSync, closeSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/index.js';
import { checkText } from '../../src/pipeline.js';
import type { FileResult } from '../../src/types.js';
import { bin } from '../cli/run.js';
import { ARTICLE, expectPositionsExact, parseReport, run, tempDir, testDataset } from './helpers.js';

const dataset = loadDataset();
const dir = tempDir('shapes');
const CLAIM = '2021年我国集成电路进口额为4325.5亿美元。';

function timed(text: string, path: string): FileResult {
  const started = performance.now();
  const result = checkText(text, path, { dataset });
  console.log(`${path}: ${text.length} characters, ${result.claims.length} claims in ${Math.round(performance.now() - started)} ms`);
  return result;
}

/** The claim of CLAIM is found, exactly where it was written. */
function expectClaim(result: FileResult, text: string): void {
  expectPositionsExact(result, text);
  const at = text.lastIndexOf('4325.5亿美元');
  expect(result.claims.some((c) => c.start.offset === at && c.text === '4325.5亿美元')).toBe(true);
}

describe('shapes', () => {
  it.each(['empty.txt', 'empty.md', 'empty.html'])('an empty file (%s) is checked: no claims, no errors, exit 0', (name) => {
    writeFileSync(join(dir, name), '');
    const r = run(['verify', '--format', 'json', join(dir, name), ...testDataset]);
    expect(r.code, r.stderr).toBe(0);
    const file = parseReport(r.stdout).files[0]!;
    expect(file).toMatchObject({ ok: true, claims: [] });
    expect(file.messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });

  it('a 100 MB file is refused by the size limit (not read, no out-of-memory), the other files are checked, exit 2', () => {
    const big = join(dir, 'big.txt');
    const chunk = Buffer.from(`${CLAIM}\n`.repeat(16384));
    const fd = openSync(big, 'w');
    for (let written = 0; written < 100 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    writeFileSync(join(dir, 'small.txt'), ARTICLE);
    // A heap far smaller than the file: reading it would crash the run.
    const r = run(['verify', '--format', 'json', big, join(dir, 'small.txt'), ...testDataset], { env: { NODE_OPTIONS: '--max-old-space-size=64' } });
    expect(r.code, r.stderr).toBe(2);
    const [tooBig, small] = parseReport(r.stdout).files;
    expect(tooBig).toMatchObject({ ok: false, claims: [] });
    expect(tooBig!.messages[0]).toMatchObject({ ruleId: 'chipcheck/file-too-large', hint: expect.stringContaining('--max-size') });
    expect(small).toMatchObject({ ok: true });
    expect(small!.claims).toHaveLength(4);
    expect(r.stderr).toMatch(/big\.txt: Cannot check: \d+ bytes is over the 52428800-byte limit/u);
  });

  it('100 MB piped to stdin is refused at the limit without being held in memory, exit 2', () => {
    const script = `head -c ${100 * 1024 * 1024} /dev/zero | tr '\\0' a | "${process.execPath}" "${bin}" verify --format json -`;
    const r = spawnSync('sh', ['-c', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=64' }, timeout: 60_000 });
    expect(r.status, r.stderr).toBe(2);
    expect(parseReport(r.stdout).files[0]!.messages[0]).toMatchObject({ ruleId: 'chipcheck/file-too-large', reason: expect.stringContaining('52428800-byte limit') });
  });

  it('--max-size lowers the limit, for files and for stdin', () => {
    writeFileSync(join(dir, 'article.txt'), ARTICLE);
    const file = run(['verify', '--format', 'json', join(dir, 'article.txt'), '--max-size', '100', ...testDataset]);
    expect(file.code).toBe(2);
    expect(parseReport(file.stdout).files[0]!.messages[0]).toMatchObject({ ruleId: 'chipcheck/file-too-large' });
    const stdin = run(['verify', '--format', 'json', '-', '--max-size', '100', ...testDataset], { input: ARTICLE });
    expect(stdin.code).toBe(2);
    expect(parseReport(stdin.stdout).files[0]!.messages[0]).toMatchObject({ ruleId: 'chipcheck/file-too-large' });
    expect(run(['verify', '--format', 'json', join(dir, 'article.txt'), '--max-size', '1k', ...testDataset]).code).toBe(1);
  });

  it('one 10 MB line (prose without numbers, a claim at its end)', () => {
    const prose = '集成电路是现代信息社会的基石，产业链条长、技术门槛高，';
    const line = prose.repeat(Math.ceil((10 * 1024 * 1024) / 3 / prose.length)) + CLAIM;
    expect(Buffer.byteLength(line)).toBeGreaterThan(10 * 1024 * 1024);
    for (const path of ['line.txt', 'line.md', 'line.html']) expectClaim(timed(line, path), line);
  });

  it('100,000 numbers in one paragraph', () => {
    const pieces = ['进口额为#亿美元', '出口额#亿美元', '进出口总额#亿美元', '贸易逆差#亿美元', '折合人民币#亿元', '同比增长#%', '占全球#%', '进口数量#亿个', '自中国台湾进口#亿美元', '约#万块'];
    let paragraph = '2021年我国集成电路';
    for (let i = 0; i < 100_000; i++) paragraph += pieces[i % pieces.length]!.replace('#', String(((i * 7919) % 9973) / 10)) + (i % 7 === 6 ? '。' : '，');
    paragraph += CLAIM;
    const result = timed(paragraph, 'numbers.txt');
    expect(result.claims.length).toBeGreaterThan(10_000);
    expectClaim(result, paragraph);
  });

  it.each([
    ['nested.html', (n: number) => `${'<div>'.repeat(n)}<p>${CLAIM}</p>${'</div>'.repeat(n)}`],
    ['inline-nested.html', (n: number) => `<p>${'<span><b>'.repeat(n / 2)}${CLAIM}${'</b></span>'.repeat(n / 2)}</p>`],
    ['unclosed.html', (n: number) => `${'<div><ul><li>'.repeat(n / 3)}${CLAIM}`],
    ['blockquotes.md', (n: number) => `${'>'.repeat(n)} ${CLAIM}\n`],
    ['spaced-blockquotes.md', (n: number) => `${'> '.repeat(n)}${CLAIM}\n`],
    ['lists.md', (n: number) => `${'- '.repeat(n)}${CLAIM}\n`],
    ['ordered-lists.md', (n: number) => `${'1. '.repeat(n)}${CLAIM}\n`],
    ['mixed.md', (n: number) => `${'> - '.repeat(n / 2)}${CLAIM}\n`],
    ['html-in.md', (n: number) => `${'<div>'.repeat(n)}\n\n${CLAIM}\n\n${'</div>'.repeat(n)}\n`],
  ])('10,000 levels of nesting: %s', (path, build) => {
    const text = build(10_000);
    const result = timed(text, path);
    expect(result.ok).toBe(true);
    expectClaim(result, text);
    for (const m of result.messages) expect(m.ruleId).toMatch(/^chipcheck\/[a-z-]+$/u);
  });

  it('1,000 levels of indented Markdown lists (each line indented one level more)', () => {
    let text = '';
    for (let i = 0; i < 1000; i++) text += `${'  '.repeat(i)}- 第${i}项\n`;
    text += `${'  '.repeat(1000)}- ${CLAIM}\n`;
    expectClaim(timed(text, 'indented.md'), text);
  });

  it.each([
    ['unclosed tags and stray closers', `<p><b>${CLAIM.slice(0, 5)}<i>${CLAIM.slice(5)}</b></p></table></div>`],
    ['a cell outside a table', `<td>${CLAIM}`],
    ['broken attributes and a comment never closed', `<p class=x y= =z>${CLAIM}</p><a href='oops' href=>link</a><!-- never closed`],
    ['a script never closed', `<p>${CLAIM}</p><script>var x = "<p>2022年出口额9999亿美元</p>";`],
    ['bare < and & in text', `<p>进口 < 出口 & ${CLAIM}</p>`],
    ['a CDATA section and a bogus doctype', `<!DOCTYPE html PUBLIC "x"><![CDATA[x]]><p>${CLAIM}`],
  ])('malformed HTML: %s is read as a browser would, with a message, never a crash', (_name, html) => {
    const result = timed(html, 'malformed.html');
    expect(result.ok).toBe(true);
    expectClaim(result, html);
    expect(result.messages.every((m) => m.severity !== 'error')).toBe(true);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
    ['mixed', '\r\n'],
  ])('%s line endings: the same lines and columns as LF', (name, eol) => {
    let text = ARTICLE.replace(/\n/gu, eol);
    if (name === 'mixed') text = text.replace('\r\n', '\n').replace(/\r\n(?=2021)/u, '\r');
    const lf = checkText(ARTICLE, 'a.txt', { dataset });
    for (const path of ['a.txt', 'a.md']) {
      const result = timed(text, path);
      expectPositionsExact(result, text);
      expect(result.claims.map((c) => [c.text, c.start.line, c.start.column, c.end.line, c.end.column])).toEqual(
        lf.claims.map((c) => [c.text, c.start.line, c.start.column, c.end.line, c.end.column]),
      );
    }
  });
});

describe('columns after emoji and CJK Extension B characters, in every format', () => {
  // 😀 and 𠀀 are two UTF-16 code units, one character, four UTF-8 bytes each.
  const text = '标题\r\n\r\n😀𠀀𠀁 2021年我国集成电路出口额为2500亿美元。\r\n';
  const prefix = '😀𠀀𠀁 2021年我国集成电路出口额为';
  const claim = '2500亿美元';
  const utf16 = prefix.length + 1;
  const chars = [...prefix].length + 1;
  const bytes = Buffer.byteLength(prefix) + 1;
  const end = { utf16: utf16 + claim.length, chars: chars + [...claim].length, bytes: bytes + Buffer.byteLength(claim) };
  const file = join(dir, 'astral.txt');
  writeFileSync(file, text);
  const verify = (format: string) => {
    const r = run(['verify', '--format', format, file, ...testDataset]);
    expect(r.code, r.stderr).toBe(1);
    return r.stdout;
  };

  it('the expectations differ per unit (else this test could not tell them apart)', () => {
    expect(new Set([utf16, chars, bytes]).size).toBe(3);
  });

  it('JSON: UTF-16 columns', () => {
    const c = parseReport(verify('json')).files[0]!.claims[0]!;
    expect([c.text, c.start.line, c.start.column, c.end.column]).toEqual([claim, 3, utf16, end.utf16]);
    expect(text.slice(c.start.offset, c.end.offset)).toBe(claim);
  });

  it('SARIF: utf16CodeUnits, declared', () => {
    const sarif = JSON.parse(verify('sarif'));
    expect(sarif.runs[0].columnKind).toBe('utf16CodeUnits');
    const region = sarif.runs[0].results[0].locations[0].physicalLocation.region;
    expect(region).toMatchObject({ startLine: 3, startColumn: utf16, endLine: 3, endColumn: end.utf16 });
  });

  it('GitHub annotations: characters', () => {
    const line = verify('github').split('\n').find((l) => l.startsWith('::error'))!;
    expect(line).toContain(`line=3,col=${chars},endLine=3,endColumn=${end.chars}`);
  });

  it('rdjsonl (reviewdog): UTF-8 bytes', () => {
    const diagnostic = JSON.parse(verify('rdjsonl').trim().split('\n')[0]!);
    expect(diagnostic.location.range).toEqual({ start: { line: 3, column: bytes }, end: { line: 3, column: end.bytes } });
  });

  it('text: line:column in UTF-16, as the JSON report', () => {
    expect(verify('text')).toContain(`astral.txt:3:${utf16}`);
  });
});
