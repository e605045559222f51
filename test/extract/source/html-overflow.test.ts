import { describe, expect, it, vi } from 'vitest';
import { htmlToBlocks } from '../../../src/extract/source/html.js';

// The depth estimate is a cheap scan; when it misses (markup it does not model), the stack overflow
// in rehype's tree conversion must still end in the text fallback, not a crash.
vi.mock('../../../src/extract/source/html-scan.js', async (original) => ({
  ...(await original<typeof import('../../../src/extract/source/html-scan.js')>()),
  deeperThanAt: () => -1,
}));

describe('HTML the depth estimate misses', () => {
  it('10,000 nested divs overflow the tree conversion and are read as text, with a warning', () => {
    const { blocks, messages } = htmlToBlocks('<div>'.repeat(10_000) + '<p>进口3000亿美元</p>' + '</div>'.repeat(10_000));
    expect(blocks.map((b) => b.text)).toEqual(['进口3000亿美元']);
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'chipcheck/html-too-deep', severity: 'warning' })]);
    expect(messages[0]).not.toHaveProperty('offset');
  });
});
