import { describe, expect, it } from 'vitest';
import { createLocator } from '../../src/report/position.js';
import { disabledRanges, suppress } from '../../src/report/suppress.js';
import type { CheckedClaim, FileResult, Verdict } from '../../src/types.js';

// A file result whose claims are the numbers marked [like this] in `text`, each with the given verdict.
function resultFor(text: string, verdict: Verdict, ruleId = `chipcheck/${verdict}`): { result: FileResult; text: string } {
  const clean = text.replace(/[[\]]/gu, '');
  const locate = createLocator(clean);
  const claims: CheckedClaim[] = [];
  let removed = 0;
  for (const m of text.matchAll(/\[([^\]]*)\]/gu)) {
    const from = m.index - removed;
    removed += 2;
    const to = from + m[1]!.length;
    claims.push({ text: m[1]!, start: locate.toPoint(from), end: locate.toPoint(to), verdict, ruleId } as CheckedClaim);
  }
  return { result: { path: 'a', published: null, kind: 'markdown', encoding: 'utf-8', text: clean, bom: false, claims, messages: [], ok: true }, text: clean };
}

const kept = (text: string, verdict: Verdict = 'contradiction', ruleId?: string) => {
  const { result } = resultFor(text, verdict, ruleId);
  return suppress(result).claims.map((c) => c.text);
};

describe('ignore comments', () => {
  it.each([
    ['no comments keep everything', '进口[100亿美元]\n出口[50亿美元]', ['100亿美元', '50亿美元']],
    ['disable-next-line drops the next line only', '<!-- chipcheck-disable-next-line -->\n进口[100亿美元]\n出口[50亿美元]', ['50亿美元']],
    ['disable … enable drops what lies between', '[1亿美元]\n<!-- chipcheck-disable -->\n[2亿美元]\n[3亿美元]\n<!-- chipcheck-enable -->\n[4亿美元]', ['1亿美元', '4亿美元']],
    ['disable without enable runs to the end', '[1亿美元]\n<!--chipcheck-disable-->\n[2亿美元]', ['1亿美元']],
    ['a rule list naming the rule drops it', '<!-- chipcheck-disable-next-line chipcheck/contradiction -->\n[1亿美元]', []],
    ['the bare rule name works too', '<!-- chipcheck-disable-next-line contradiction -->\n[1亿美元]', []],
    ['a rule list naming another rule keeps it', '<!-- chipcheck-disable-next-line chipcheck/typo -->\n[1亿美元]', ['1亿美元']],
    ['# at the start of a line in plain text', '# chipcheck-disable-next-line\n[1亿美元]\n[2亿美元]', ['2亿美元']],
    ['// at the start of a line', '// chipcheck-disable\n[1亿美元]\n// chipcheck-enable\n[2亿美元]', ['2亿美元']],
    ['# in the middle of a line is not a comment', '见 # chipcheck-disable-next-line\n[1亿美元]', ['1亿美元']],
    ['CRLF line endings', '<!-- chipcheck-disable-next-line -->\r\n[1亿美元]\r\n[2亿美元]', ['2亿美元']],
    // Issue 14: the same-line form, in every syntax.
    ['disable-line in an HTML comment at the end of the line', '进口[100亿美元] <!-- chipcheck-disable-line -->\n出口[50亿美元]', ['50亿美元']],
    ['disable-line in an HTML comment before the text', '<!-- chipcheck-disable-line -->进口[100亿美元]\n出口[50亿美元]', ['50亿美元']],
    ['disable-line after # in plain text', '进口[100亿美元]  # chipcheck-disable-line\n出口[50亿美元]', ['50亿美元']],
    ['disable-line after // in plain text', '出口[50亿美元]\n进口[100亿美元] // chipcheck-disable-line contradiction', ['50亿美元']],
    ['disable-line naming another rule keeps the claim', '进口[100亿美元] <!-- chipcheck-disable-line typo -->', ['100亿美元']],
    ['disable-line with CRLF covers its line only', '[1亿美元] # chipcheck-disable-line\r\n[2亿美元]', ['2亿美元']],
    ['enable with a rule closes that rule only', '<!-- chipcheck-disable typo contradiction -->\n[1亿美元]\n<!-- chipcheck-enable contradiction -->\n[2亿美元]', ['2亿美元']],
  ])('%s', (_name, text, expected) => {
    expect(kept(text)).toEqual(expected);
  });

  it('a verdict name matches a claim whose rule id is more specific', () => {
    expect(kept('<!-- chipcheck-disable-next-line typo -->\n[1亿美元]', 'typo', 'chipcheck/magnitude-slip')).toEqual([]);
  });
});

describe('disable-next-line with every line ending', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('%s: the range is exactly the next line', (_name, nl) => {
    const text = `a${nl}# chipcheck-disable-next-line${nl}target line${nl}after`;
    const [range] = disabledRanges(text);
    expect(text.slice(range!.from, range!.to).replace(/[\r\n]+$/u, '')).toBe('target line');
  });
});

describe('--report-unused-disable (issue 14)', () => {
  const report = (text: string, lang: 'en' | 'zh' = 'en') => {
    const { result } = resultFor(text, 'contradiction');
    return suppress(result, { reportUnused: true, lang });
  };

  it('a comment that turns nothing off is a warning at the comment; one that does is not', () => {
    const out = report('[1亿美元] <!-- chipcheck-disable-line -->\n<!-- chipcheck-disable-next-line -->\n没有数字\n进口 // chipcheck-disable-line typo\n[2亿美元]');
    expect(out.claims.map((c) => c.text)).toEqual(['2亿美元']);
    expect(out.messages.map((m) => [m.ruleId, m.severity, m.start!.line, m.reason])).toEqual([
      ['chipcheck/unused-disable', 'warning', 2, 'unused <!-- chipcheck-disable-next-line --> comment: no finding here to turn off'],
      ['chipcheck/unused-disable', 'warning', 4, 'unused // chipcheck-disable-line typo comment: no finding here to turn off'],
    ]);
  });

  it('a disable … enable block that covers a finding is used; in Chinese the warning is too', () => {
    expect(report('<!-- chipcheck-disable -->\n[1亿美元]\n<!-- chipcheck-enable -->').messages).toEqual([]);
    expect(report('<!-- chipcheck-disable -->\n无\n<!-- chipcheck-enable -->', 'zh').messages[0]!.reason).toBe('<!-- chipcheck-disable --> 注释未关闭任何问题，可以删除');
  });

  it('without the option nothing is reported', () => {
    const { result } = resultFor('<!-- chipcheck-disable-next-line -->\n无', 'contradiction');
    expect(suppress(result).messages).toEqual([]);
  });
});
