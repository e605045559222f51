import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReportStage, reportFile, type ReportSettings } from '../../src/report/stage.js';
import { buildReport } from '../../src/report/summarise.js';
import type { FileResult } from '../../src/types.js';
import { loadFixture } from './fixture.js';

const root = join(import.meta.dirname, '../fixtures/report');
const mixed = loadFixture(join(root, 'mixed')).report.files;
const unreadable = loadFixture(join(root, 'unreadable')).report.files.filter((f) => !f.ok);

function run(files: FileResult[], settings: ReportSettings) {
  const stage = createReportStage(settings);
  const out = files.map((f) => stage.add(f));
  return { stage, out };
}

describe('the report stage', () => {
  it('counts what it gives back: the summary is the report of the files as rendered', () => {
    const settings: ReportSettings = { rules: { contradiction: 'off', unverifiable: 'warning' } };
    const { stage, out } = run(mixed, settings);
    expect(stage.summary).toEqual(buildReport(out, { version: '', figures: 0 }, '').summary);
    expect(out.flatMap((f) => f.claims).some((c) => c.verdict === 'contradiction')).toBe(false);
    expect(out).toEqual(mixed.map((f) => reportFile(f, settings)));
  });

  it.each([
    ['default fail level (error)', {}, 1],
    ['--fail-level none', { failLevel: 'none' }, 0],
    ['errors turned into warnings', { rules: { contradiction: 'warning', typo: 'warning', inconsistent: 'warning' } }, 0],
    ['errors turned into warnings, --fail-level warning', { rules: { contradiction: 'warning', typo: 'warning', inconsistent: 'warning' }, failLevel: 'warning' }, 1],
    ['--fail-level none, --max-warnings 0', { failLevel: 'none', maxWarnings: 0 }, 1],
    ['--fail-level none, --max-warnings 1000', { failLevel: 'none', maxWarnings: 1000 }, 0],
  ] as Array<[string, ReportSettings, number]>)('exit code with %s', (_label, settings, code) => {
    const { stage } = run(mixed, settings);
    expect(stage.summary.warnings).toBeGreaterThan(0);
    expect(stage.exitCode()).toBe(code);
  });

  it('a file that was not checked makes the exit code 2 whatever the settings, and is listed', () => {
    const { stage } = run([...mixed, ...unreadable], { failLevel: 'none' });
    expect(stage.exitCode()).toBe(2);
    expect(stage.unread.map((f) => f.path)).toEqual(unreadable.map((f) => f.path));
  });

  it('applies the ignore comments of the file text it carries', () => {
    const file = mixed[0]!;
    const first = file.claims[0]!;
    const lineStart = file.text.lastIndexOf('\n', first.start.offset - 1) + 1;
    const text = `${file.text.slice(0, lineStart)}<!-- chipcheck-disable-next-line -->\n${file.text.slice(lineStart)}`;
    // The comment moves everything after it: shift the claims' offsets as the reader would have.
    const shift = text.length - file.text.length;
    const moved = (p: FileResult['claims'][number]['start']) => (p.offset >= lineStart ? { ...p, offset: p.offset + shift } : p);
    const commented: FileResult = { ...file, text, claims: file.claims.map((c) => ({ ...c, start: moved(c.start), end: moved(c.end) })) };
    const kept = reportFile(commented).claims.map((c) => c.id);
    expect(kept).not.toContain(first.id);
    expect(kept.length).toBeGreaterThan(0);
  });
});
