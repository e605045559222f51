import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReport } from '../../src/cli/write-report.js';
import { createFormatStream, createGithubSummaryStream, formatJson, githubSummary } from '../../src/report/formatters/index.js';
import { renderWhereChecked } from '../../src/report/rendered.js';
import { applyRuleSettings, buildReport } from '../../src/report/summarise.js';
import type { FileResult } from '../../src/types.js';
import { loadFixture } from '../report/fixture.js';

const root = join(import.meta.dirname, '../fixtures/report');
const mixed = loadFixture(join(root, 'mixed'));
const unreadable = loadFixture(join(root, 'unreadable'));
const files: FileResult[] = [
  ...mixed.report.files,
  ...unreadable.report.files,
  ...mixed.report.files.map((f) => ({ ...f, path: `later/${f.path}` })),
];
const meta = { version: mixed.report.version, dataset: mixed.report.dataset };

/** Checked files as a slow check hands them over: the last waits until the test lets it go. */
function slowRun(release: Promise<void>): AsyncGenerator<FileResult> {
  return (async function* () {
    for (const [i, result] of files.entries()) {
      if (i === files.length - 1) await release;
      else await new Promise((r) => setTimeout(r, 1));
      yield result;
    }
  })();
}

describe('writeReport: the report is written file by file', () => {
  it('writes the first files before the last is checked, and the whole is the JSON report of all files', async () => {
    let out = '';
    let letGo!: () => void;
    const release = new Promise<void>((r) => (letGo = r));
    const writing = writeReport(slowRun(release), [{ format: createFormatStream('json'), write: (t) => void (out += t) }], { meta, settings: { failLevel: 'error' } });
    await new Promise((r) => setTimeout(r, 50));
    // Everything but the last file is out, and nothing of the last.
    expect(out).toContain(`"path": "${files[files.length - 2]!.path}"`);
    expect(out).not.toContain(`"path": "${files[files.length - 1]!.path}"`);
    letGo();
    const written = await writing;
    expect(out).toBe(formatJson(buildReport(files, meta.dataset, meta.version)));
    expect(JSON.parse(out).files).toHaveLength(files.length);
    expect(written.summary).toEqual(buildReport(files, meta.dataset, meta.version).summary);
  });

  it('waits for a write that holds it back before taking the next file', async () => {
    const events: string[] = [];
    const run = (async function* () {
      for (const result of files) {
        events.push(`take ${result.path}`);
        yield result;
      }
    })();
    await writeReport(
      run,
      [
        {
          format: createFormatStream('rdjsonl'),
          write: async (t) => {
            await new Promise((r) => setTimeout(r, 2));
            events.push(`wrote ${t.length}`);
          },
        },
      ],
      { meta, settings: { failLevel: 'error' } },
    );
    const takes = events.map((e, i) => (e.startsWith('take') ? i : -1)).filter((i) => i >= 0);
    for (const [n, at] of takes.slice(1).entries()) expect(events.slice(takes[n]! + 1, at).some((e) => e.startsWith('wrote'))).toBe(true);
  });

  it('applies rule settings before writing and counting; answers the fail level and the unreadable files', async () => {
    const rules = { 'chipcheck/contradiction': 'off', unverifiable: 'error' } as const;
    let out = '';
    let summary = '';
    const run = (async function* () {
      yield* files;
    })();
    const written = await writeReport(
      run,
      [
        { format: createFormatStream('json'), write: (t) => void (out += t) },
        { format: createGithubSummaryStream(), write: (t) => void (summary += t) },
      ],
      { meta, settings: { rules, failLevel: 'warning' } },
    );
    const report = buildReport(files.map((f) => applyRuleSettings(f, rules)), meta.dataset, meta.version);
    expect(out).toBe(formatJson(report));
    expect(summary).toBe(githubSummary(report));
    expect(buildReport(files, meta.dataset, meta.version).summary.contradiction).toBeGreaterThan(0);
    expect(report.summary.contradiction).toBe(0);
    expect(written.exitCode).toBe(2);
    // Each unreadable file keeps its message's rule id and hint on stderr.
    expect(written.unread).toEqual(
      files
        .filter((f) => !f.ok)
        .map((f) => f.messages.find((m) => m.severity === 'error')!)
        .map((m, i) => ({ code: m.ruleId, reason: `${files.filter((f) => !f.ok)[i]!.path}: ${m.reason}`, hint: m.hint })),
    );
    expect(written.unread.length).toBeGreaterThan(0);
  });

  it('files rendered where they were checked (workers) write the same report, counts and exit code as whole results', async () => {
    const settings = { failLevel: 'warning' as const, rules: { contradiction: 'warning' as const } };
    const claimText = createFormatStream('json').claimText!;
    const asWorkers = (async function* () {
      for (const file of files) yield file.ok ? renderWhereChecked(file, claimText, { settings, quiet: true }) : file;
    })();
    const asOne = (async function* () {
      yield* files;
    })();
    let rendered = '';
    let whole = '';
    const a = await writeReport(asWorkers, [{ format: createFormatStream('json'), write: (t) => void (rendered += t) }], { meta, settings, quiet: true });
    const b = await writeReport(asOne, [{ format: createFormatStream('json'), write: (t) => void (whole += t) }], { meta, settings, quiet: true });
    expect(rendered).toBe(whole);
    expect(a.summary).toEqual(b.summary);
    expect(a.exitCode).toBe(b.exitCode);
    expect(a.unread).toEqual(b.unread);
    // The rule setting reached the rendered claims: no contradiction is an error.
    expect(JSON.parse(rendered).files.flatMap((f: { claims: Array<{ verdict: string; severity: string }> }) => f.claims).filter((c: { verdict: string; severity: string }) => c.verdict === 'contradiction' && c.severity !== 'warning')).toEqual([]);
  });

  it('a rendered file for a format that cannot write rendered claims is a misuse, not a wrong report', async () => {
    const run = (async function* () {
      yield renderWhereChecked(files[0]!, createFormatStream('json').claimText!, { settings: {}, quiet: false });
    })();
    await expect(writeReport(run, [{ format: createFormatStream('text'), write: () => undefined }], { meta, settings: {} })).rejects.toThrow(/cannot write rendered claims/u);
  });
});
