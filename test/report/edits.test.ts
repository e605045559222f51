import { describe, expect, it } from 'vitest';
import { applyEdits, typoEdits } from '../../src/report/edits.js';
import { createLocator } from '../../src/report/position.js';
import type { CheckedClaim, Verdict } from '../../src/types.js';

function claim(text: string, find: string, verdict: Verdict, suggestion: string | null): CheckedClaim {
  const locate = createLocator(text);
  const from = text.indexOf(find);
  return { text: find, start: locate.toPoint(from), end: locate.toPoint(from + find.length), verdict, suggestion } as CheckedClaim;
}

describe('fix edits', () => {
  const text = '进口额4325.5万美元，\r\n出口额1538亿美元。\r\n进口量6354.8亿个';
  it('replace typo claims only, keeping every other byte (CRLF included)', () => {
    const claims = [
      claim(text, '4325.5万美元', 'typo', '4325.5亿美元'),
      claim(text, '1538亿美元', 'contradiction', '1537.9亿美元'),
      claim(text, '6354.8亿个', 'match', null),
    ];
    const edits = typoEdits(text, claims);
    expect(edits.map((e) => e.text)).toEqual(['4325.5亿美元']);
    expect(applyEdits(text, edits)).toBe('进口额4325.5亿美元，\r\n出口额1538亿美元。\r\n进口量6354.8亿个');
  });
  it('skip a claim whose range no longer holds its text', () => {
    const stale = claim(text, '4325.5万美元', 'typo', '4325.5亿美元');
    expect(typoEdits(text.replace('4325.5万', '4325.6万'), [stale])).toEqual([]);
  });
});
