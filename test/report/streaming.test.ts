import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createFormatStream,
  createGithubStream,
  format,
  formatters,
  toJsonReport,
  type FormatName,
} from '../../src/report/formatters/index.js';
import { buildReport } from '../../src/report/summarise.js';
import type { FileResult, Report } from '../../src/types.js';
import { loadFixture } from './fixture.js';

// A run over several files: both fixture scenarios, the mixed article three times under other names.
const root = join(import.meta.dirname, '../fixtures/report');
const mixed = loadFixture(join(root, 'mixed'));
const unreadable = loadFixture(join(root, 'unreadable'));
const renamed = (file: FileResult, path: string): FileResult => ({ ...file, path });
const files = [
  ...mixed.report.files,
  ...unreadable.report.files,
  ...mixed.report.files.map((f) => renamed(f, `b/${f.path}`)),
  ...mixed.report.files.map((f) => renamed(f, `c/${f.path}`)),
];
const reportOf = (list: FileResult[]): Report => buildReport(list, mixed.report.dataset, mixed.report.version);

/** The parts a run writes, file by file. */
function streamed(name: FormatName, report: Report): string[] {
  const stream = createFormatStream(name, { cwd: '/repo' });
  return [stream.begin(report), ...report.files.map((f) => stream.file(f)), stream.end(report.summary)];
}

describe('JSON streamed file by file', () => {
  it.each([
    ['no files', []],
    ['one file', files.slice(0, 1)],
    [`${files.length} files`, files],
  ] as const)('%s: the same text as stringifying the whole report at once, and it parses', (_label, list) => {
    const report = reportOf([...list]);
    const text = streamed('json', report).join('');
    expect(text).toBe(JSON.stringify(toJsonReport(report), null, 2) + '\n');
    expect(text).toBe(format(report, 'json'));
    expect(JSON.parse(text).files.map((f: { path: string }) => f.path)).toEqual(list.map((f) => f.path));
  });
});

describe('JSON claims with exact decimals outside `amount`', () => {
  // A range (3.5–4亿美元) has an exact `upper`; any other exact value in a claim is written by the replacer.
  const [first, ...rest] = mixed.report.files[0]!.claims;
  const ranged = { ...first!, upper: { coefficient: 4n, exponent: 8 } };
  const exotic = { ...first!, evidence: [...first!.evidence, { kind: 'reading', summary: 'x', figure: { value: 12345678901234567890n } }] };
  it.each([
    ['upper', ranged],
    ['a bigint deeper in the claim', exotic],
  ] as const)('%s: the same text as stringifying the whole report at once', (_label, claim) => {
    const report = reportOf([{ ...mixed.report.files[0]!, claims: [claim, ...rest] as typeof rest }]);
    const text = streamed('json', report).join('');
    expect(text).toBe(JSON.stringify(toJsonReport(report), null, 2) + '\n');
    expect(text).toContain(_label === 'upper' ? '"upper": "400000000"' : '"value": "12345678901234567890"');
  });
});

describe('every format streamed', () => {
  const report = reportOf(files);
  it.each(Object.keys(formatters) as FormatName[])('%s: the parts make the whole report', (name) => {
    expect(streamed(name, report).join('')).toBe(format(report, name, { cwd: '/repo' }));
  });

  it.each(['json', 'sarif', 'text', 'rdjsonl'] as const)('%s: each file is written with its own part, not at the end', (name) => {
    const parts = streamed(name, report);
    const fileParts = parts.slice(1, -1);
    for (const [i, file] of report.files.entries()) {
      // Formats of findings only have nothing to say about a file with none.
      const quiet = file.messages.length === 0 && file.claims.every((c) => c.verdict === 'match');
      if ((name === 'rdjsonl' || name === 'sarif') && quiet) {
        expect(fileParts[i]).toBe('');
        continue;
      }
      expect(fileParts[i]).toContain(name === 'sarif' ? encodeURIComponent(file.path.split('/').pop()!) : file.path);
    }
    expect(parts.at(-1)).not.toContain(report.files.at(-1)!.path);
  });

  it('sarif: rule indexes point at their rules, every rule used is listed once', () => {
    const log = JSON.parse(streamed('sarif', report).join(''));
    const rules = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    const results = log.runs[0].results as Array<{ ruleId: string; ruleIndex: number }>;
    expect(results.length).toBeGreaterThan(files.length);
    for (const r of results) expect(rules[r.ruleIndex]).toBe(r.ruleId);
    expect([...rules].sort()).toEqual([...new Set(results.map((r) => r.ruleId))].sort());
  });

  it('github: errors are written with their file, warnings and notices wait for the end, most severe first', () => {
    const stream = createGithubStream();
    stream.begin(report);
    const perFile = report.files.map((f) => stream.file(f));
    const rest = stream.end(report.summary);
    for (const part of perFile) for (const line of part.split('\n').filter(Boolean)) expect(line).toMatch(/^::error /u);
    expect(perFile.filter(Boolean).length).toBeGreaterThan(1);
    expect(rest).not.toContain('::error ');
    const kinds = (perFile.join('') + rest).trimEnd().split('\n').map((l) => l.slice(2, l.indexOf(' ')));
    expect(kinds).toEqual([...kinds].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b)));
  });
});

describe('every format streamed claim by claim (issue 17)', () => {
  const report = reportOf(files);
  /** The parts a run writes for files whose claims arrive one at a time. */
  function claimByClaim(name: FormatName): string[] {
    const stream = createFormatStream(name, { cwd: '/repo' });
    const parts = [stream.begin(report)];
    for (const { claims, ...head } of report.files) {
      parts.push(stream.openFile(head));
      for (const claim of claims) parts.push(stream.claim(claim));
      parts.push(stream.closeFile());
    }
    parts.push(stream.end(report.summary));
    return parts;
  }

  it.each(Object.keys(formatters) as FormatName[])('%s: the parts make the whole report', (name) => {
    expect(claimByClaim(name).join('')).toBe(format(report, name, { cwd: '/repo' }));
  });

  it.each(['json', 'text', 'rdjsonl'] as const)('%s: a claim that is a finding is written when it arrives, not with its file', (name) => {
    const stream = createFormatStream(name, { cwd: '/repo' });
    stream.begin(report);
    const { claims, ...head } = report.files.find((f) => f.claims.some((c) => c.verdict !== 'match'))!;
    stream.openFile(head);
    const finding = claims.find((c) => c.verdict !== 'match')!;
    expect(stream.claim(finding)).toContain(name === 'json' ? JSON.stringify(finding.message) : finding.message);
  });
});
