// Issue 14: the same-line ignore comment and --report-unused-disable, through the built command.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, testDataset } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'chipcheck-ignore-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('ignore comments (issue 14)', () => {
  it.each([
    ['Markdown', 'a.md', '2021年我国集成电路进口额为4325.5亿美元。\n\n2021年我国集成电路出口额为2500亿美元。<!-- chipcheck-disable-line -->\n'],
    ['HTML', 'a.html', '<p>2021年我国集成电路进口额为4325.5亿美元。</p>\n<p>2021年我国集成电路出口额为2500亿美元。<!-- chipcheck-disable-line contradiction --></p>\n'],
    ['plain text, #', 'a.txt', '2021年我国集成电路进口额为4325.5亿美元。\n2021年我国集成电路出口额为2500亿美元。 # chipcheck-disable-line\n'],
    ['plain text, //', 'b.txt', '2021年我国集成电路进口额为4325.5亿美元。\n2021年我国集成电路出口额为2500亿美元。 // chipcheck-disable-line\n'],
  ])('%s: chipcheck-disable-line turns off its own line', (_kind, name, text) => {
    const path = write(name, text);
    const without = write(`plain-${name}`, text.replace(/ ?(<!-- chipcheck-disable-line[^>]*-->|[#/]+ chipcheck-disable-line)/u, ''));
    expect(run([without, '--format', 'text', ...testDataset]).code).toBe(1);
    const r = run([path, '--format', 'text', ...testDataset]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('2500亿美元');
  });

  it('--report-unused-disable warns about a comment that turns nothing off, where it is', () => {
    // The figure the comment was for has moved down a paragraph: the comment now covers nothing.
    const path = write('stale.md', '<!-- chipcheck-disable-next-line -->\n集成电路是信息产业的基础。\n\n2021年我国集成电路进口额为4325.5亿美元。\n');
    expect(run([path, '--format', 'text', ...testDataset]).stdout).not.toContain('unused-disable');
    const r = run([path, '--format', 'text', '--report-unused-disable', ...testDataset]);
    expect(r.stdout).toMatch(/stale\.md:1:1 {2}warning {2}unused <!-- chipcheck-disable-next-line --> comment: no finding here to turn off .* chipcheck\/unused-disable/u);
    expect(r.code).toBe(0);
    expect(run([path, '--format', 'text', '--report-unused-disable', '--fail-level', 'warning', ...testDataset]).code).toBe(1);
  });
});
