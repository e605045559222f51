import { describe, expect, it } from 'vitest';
import { reconcile, type Assessment } from '../../src/reconcile/index.js';
import { renderNotes } from '../../src/report/messages/index.js';
import { claim, dataset, year } from './fixture.js';

/** The verdict's message as an English reader reads it. */
const message = (a: Assessment) => renderNotes(a.notes, 'en');

describe('a change computed from the article’s own level', () => {
  // 2022 imports: the record says 4155.79亿美元 (2021: 4325.5). The article writes 4100 and a fall of 225.5.
  const level = claim('4100亿美元', '4100', 8, { flow: 'import', measure: 'value', unit: 'USD', period: year(2022) });
  const change = claim('减少了225.5亿美元', '-225.5', 8, { flow: 'import', measure: 'change', of: 'value', unit: 'USD', period: year(2022) });

  it('is not a second error: the level is contradicted, the change stands or falls with it', () => {
    const [a, b] = reconcile([level, change], dataset, { published: '2023-03-01' });
    expect(a!.verdict).toBe('contradiction');
    expect(b).toMatchObject({ verdict: 'unverifiable', severity: 'info' });
    expect(message(b!)).toBe('减少了225.5亿美元 is the article’s own 4100亿美元 less 2021’s 4325.5亿美元 (−225.5亿美元); it stands or falls with 4100亿美元');
    expect(renderNotes(b!.notes, 'zh')).toBe('减少了225.5亿美元是文中4100亿美元减去2021年的4325.5亿美元所得（−225.5亿美元），对错取决于4100亿美元');
  });

  it('without the level in the article, the change is checked against the records', () => {
    const [b] = reconcile([change], dataset, { published: '2023-03-01' });
    expect(b!.verdict).toBe('contradiction');
  });
});
