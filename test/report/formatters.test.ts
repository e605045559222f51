import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format, formatters, githubSummary, type FormatName } from '../../src/report/formatters/index.js';
import { loadFixture } from './fixture.js';

// One folder per scenario: the articles, claims.json, and the exact expected output of each format beside
// them. Set UPDATE_FIXTURES=1 to rewrite the expected files after an intended change, then review the diff.
const root = join(import.meta.dirname, '../fixtures/report');
const scenarios = readdirSync(root).filter((name) => existsSync(join(root, name, 'claims.json')));
const extension: Record<FormatName, string> = { text: 'txt', json: 'json', sarif: 'sarif', github: 'github', rdjsonl: 'rdjsonl' };

function expectFile(path: string, actual: string) {
  if (process.env.UPDATE_FIXTURES) writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`${path} is missing: run with UPDATE_FIXTURES=1 and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(scenarios)('fixture %s', (scenario) => {
  const dir = join(root, scenario);
  const { report } = loadFixture(dir);
  it.each(Object.keys(formatters) as FormatName[])('%s matches the expected output', (name) => {
    expectFile(join(dir, `expected.${extension[name]}`), format(report, name, { cwd: '/repo', color: false }));
  });
  it('github step summary matches the expected Markdown', () => {
    expectFile(join(dir, 'expected.summary.md'), githubSummary(report));
  });
});

describe('columns per format, from the one UTF-16 offset', () => {
  // Line 2 of the mixed article starts with 😀 (U+1F600) and 𠀀 (U+20000, CJK Extension B): two code
  // points, four UTF-16 units, eight UTF-8 bytes before 据海关统计…
  const { report } = loadFixture(join(root, 'mixed'));
  const claim = report.files[0]!.claims[1]!; // 出口额1538亿美元, a contradiction
  const prefix = '😀𠀀据海关统计，2021年中国集成电路进口额4325.5亿美元，';
  it('the point itself counts UTF-16 units', () => {
    expect(claim.start).toEqual({ line: 2, column: prefix.length + 1, offset: claim.start.offset });
  });
  it.each([
    ['sarif (utf16CodeUnits)', 'sarif', prefix.length + 1],
    ['github (characters)', 'github', [...prefix].length + 1],
    ['rdjsonl (UTF-8 bytes)', 'rdjsonl', Buffer.byteLength(prefix) + 1],
  ] as const)('%s', (_label, name, column) => {
    const out = format(report, name, { cwd: '/repo' });
    if (name === 'sarif') {
      const result = JSON.parse(out).runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'chipcheck/contradiction');
      expect(result.locations[0].physicalLocation.region.startColumn).toBe(column);
    } else if (name === 'github') {
      expect(out).toContain(`line=2,col=${column},`);
    } else {
      const line = out.split('\n').map((l) => l && JSON.parse(l)).find((d) => d && d.code.value === 'chipcheck/contradiction');
      expect(line.location.range.start).toEqual({ line: 2, column });
    }
  });
  it('without the file text (a report read back from JSON), the claim sentence still gives the right column', () => {
    const fromJson = JSON.parse(format(report, 'json')) as typeof report;
    expect(fromJson.files[0]!.text).toBeUndefined();
    const out = format(fromJson, 'rdjsonl', { cwd: '/repo' });
    expect(out).toContain(`"start":{"line":2,"column":${Buffer.byteLength(prefix) + 1}}`);
  });
});

describe('github annotations', () => {
  const { report } = loadFixture(join(root, 'mixed'));
  const out = format(report, 'github');
  const lines = out.trimEnd().split('\n');
  it('puts the most severe first', () => {
    const kinds = lines.map((l) => l.slice(2, l.indexOf(' ')));
    expect(kinds).toEqual([...kinds].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b)));
    expect(kinds[0]).toBe('error');
  });
  it('escapes %, CR and LF in the message and also : and , in properties', () => {
    const typo = lines.find((l) => l.includes('magnitude') || l.includes('1000'))!;
    expect(typo).toContain('title=chipcheck typo%3A 1000%2C5亿元::');
    const unverifiable = lines.find((l) => l.startsWith('::warning'))!;
    expect(unverifiable).toContain('quantity;%0Awithin');
    const contradiction = lines.find((l) => l.includes('contradiction'))!;
    expect(contradiction).toContain('100%25: a likely revision');
  });
});

describe('sarif fingerprints', () => {
  const { report } = loadFixture(join(root, 'mixed'));
  const results = (r: typeof report) => JSON.parse(format(r, 'sarif', { cwd: '/repo' })).runs[0].results;
  it('stay the same when the claim moves', () => {
    const moved = structuredClone(report);
    for (const c of moved.files[0]!.claims) c.start = { ...c.start, line: c.start.line + 5 };
    expect(results(moved).map((r: { partialFingerprints: unknown }) => r.partialFingerprints)).toEqual(
      results(report).map((r: { partialFingerprints: unknown }) => r.partialFingerprints),
    );
  });
  it('differ between claims', () => {
    const prints = results(report).map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['chipcheck/v1']);
    expect(new Set(prints).size).toBe(prints.length);
  });
});
