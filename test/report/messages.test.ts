// Issue 14: every message comes from one catalogue per language, with placeholders; every verdict rule's
// message reads right in Chinese and in English; no internal identifier leaks into either.
import { describe, expect, it } from 'vitest';
import { reconcile, VERDICT_RULES } from '../../src/reconcile/index.js';
import { en } from '../../src/report/messages/en.js';
import { agencyName, formatAmountLike, formatRelative, langFromEnv, renderNotes, t } from '../../src/report/messages/index.js';
import { zh } from '../../src/report/messages/zh.js';
import type { Claim } from '../../src/types.js';
import { claim, dataset, year } from '../reconcile/fixture.js';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

describe('the catalogue', () => {
  it('has the same ids in both languages, each with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [id, template] of Object.entries(en)) expect(placeholders(zh[id as keyof typeof en]), id).toEqual(placeholders(template));
  });

  it('Chinese messages use no English words (rule ids, options, commands, formats and names aside)', () => {
    const names = new Set(
      'HS YYYY-MM-DD GITHUB_STEP_SUMMARY EDITOR NO_COLOR LC_ALL LC_MESSAGES LANG README Configuration Exit codes Dataset JSON YAML HTML Markdown UTF NUL git rev-parse diff actions checkout fetch-depth GitHub Actions shell gitignore chipcheckignore ignore dataset datasetReplace failLevel rules verify fix check list import text json sarif github rdjsonl tui error warning info none typo esc tab VALUE help version stdin jk package UTF-8 BOM UTF-16 GB18030 coverage export corpus CSV csv lsp LSP TUI Ctrl-C'.split(' '),
    );
    for (const [id, template] of Object.entries(zh)) {
      const words = template.replace(/--[\w-]+|chipcheck[\w/.-]*|\{\w+\}/gu, '').match(/[A-Za-z][\w-]{2,}/gu) ?? [];
      expect(words.filter((w) => !names.has(w)), id).toEqual([]);
    }
  });
});

/** Every verdict rule id, reached through the verdict engine, with its message in both languages. */
const july = { year: 2025, from_month: 7, to_month: 7 };
const nov = { year: 2021, from_month: 1, to_month: 11 };
const usd = (text: string, digits: string, fields: Parameters<typeof claim>[3]) => claim(text, digits, 8, fields);
const CASES: Array<{ rule: string; claims: Claim[]; at?: number; published?: string; en: string; zh: string }> = [
  {
    rule: 'chipcheck/match',
    claims: [claim('6355亿个', '6355', 8, { flow: 'import', measure: 'quantity', unit: 'piece' })],
    en: '6355亿个 agrees with 2021 import quantity 6354.8亿个; source: MIIT, high confidence',
    zh: '6355亿个与2021年进口数量6354.8亿个相符；来源：工业和信息化部，可信度高',
  },
  {
    rule: 'chipcheck/contradiction',
    claims: [claim('1.2万亿元', '1.2', 12, { flow: 'export', measure: 'value', unit: 'CNY', period: year(2024) })],
    en: '1.2万亿元 disagrees with 2024 export value 11351.6亿元: off by 648.4亿元 (+5.7%); source: CCCME, high confidence',
    zh: '1.2万亿元与2024年出口金额11351.6亿元不符：相差648.4亿元（+5.7%）；来源：中国机电产品进出口商会，可信度高',
  },
  {
    rule: 'chipcheck/out-of-bounds',
    claims: [claim('7000亿个', '7000', 8, { flow: 'import', measure: 'quantity', unit: 'piece', period: nov })],
    en: '7000亿个 is above what Jan–Nov 2021 import quantity can be: at most 6354.8亿个 (2021 import quantity: 6354.8亿个 (MIIT, high confidence)); cumulative figures only grow through a year',
    zh: '7000亿个高于2021年1–11月进口数量可能的上限6354.8亿个（2021年进口数量：6354.8亿个（工业和信息化部，可信度高））；累计数在一年内只增不减',
  },
  {
    rule: 'chipcheck/magnitude-slip',
    claims: [claim('5822．2个', '5822.2', 0, { flow: 'import', measure: 'quantity', unit: 'piece', period: nov })],
    en: '5822．2个 looks like a missing or extra magnitude word (亿, 万): 5822．2亿个 fits; 5822．2个 is below what Jan–Nov 2021 import quantity can be: at least 5280亿个 (Jan–Oct 2021 import quantity: 5280亿个 (MIIT, high confidence))',
    zh: '5822．2个疑为数量级笔误（漏写或多写“亿”“万”），应为5822．2亿个；5822．2个低于2021年1–11月进口数量可能的下限5280亿个（2021年1–10月进口数量：5280亿个（工业和信息化部，可信度高））',
  },
  { rule: 'chipcheck/decimal-slip', claims: [claim('432.55亿美元', '432.55', 8, { flow: 'import', measure: 'value', unit: 'USD' })], en: '432.55亿美元 looks like a shifted decimal point (432.55 → 4325.5): 4325.5亿美元 fits', zh: '432.55亿美元疑为小数点错位（432.55 → 4325.5），应为4325.5亿美元' },
  { rule: 'chipcheck/digit-slip', claims: [claim('4355.5亿美元', '4355.5', 8, { flow: 'import', measure: 'value', unit: 'USD' })], en: '4355.5亿美元 looks like one wrong digit (4355.5 → 4325.5): 4325.5亿美元 fits', zh: '4355.5亿美元疑有一位数字写错（4355.5 → 4325.5），应为4325.5亿美元' },
  { rule: 'chipcheck/digit-swap', claims: [claim('2918亿块', '2918', 8, { flow: 'export', measure: 'quantity', unit: 'piece', period: year(2024) })], en: '2918亿块 looks like two swapped digits (2918 → 2981): 2981亿块 fits', zh: '2918亿块疑为相邻两位数字颠倒（2918 → 2981），应为2981亿块' },
  { rule: 'chipcheck/currency-slip', claims: [claim('4325.5亿元', '4325.5', 8, { flow: 'import', measure: 'value', unit: 'CNY' })], en: '4325.5亿元 is the figure in US dollars (4325.5亿美元): 元 written for 美元?', zh: '4325.5亿元是以美元计的数据（4325.5亿美元）：把美元写成了元？' },
  {
    rule: 'chipcheck/unit-slip',
    claims: [claim('3241.9亿美元', '3241.9', 8, { flow: 'production', measure: 'value', unit: 'USD', period: year(2022) })],
    en: '3241.9亿美元 is the output in pieces (3241.9亿块): 美元 written for 块?',
    zh: '3241.9亿美元是以块计的产量（3241.9亿块）：把块写成了美元？',
  },
  { rule: 'chipcheck/flow-slip', claims: [claim('1537.9亿美元', '1537.9', 8, { flow: 'import', measure: 'value', unit: 'USD' })], en: '1537.9亿美元 is the export figure for 2021 (1537.9亿美元): import written for export?', zh: '1537.9亿美元是2021年出口的数据（1537.9亿美元）：把出口写成了进口？' },
  {
    rule: 'chipcheck/basis-slip',
    claims: [claim('16.9%', '16.9', 0, { flow: 'import', measure: 'yoy', of: 'value', unit: 'percent', fieldEvidence: { basis: { from: 'clause' } } })],
    en: '16.9% is the growth of quantity for 2021 (+16.9%): value written for quantity?',
    zh: '16.9%是2021年数量的增速（+16.9%）：把数量写成了金额？',
  },
  {
    rule: 'chipcheck/period-slip',
    claims: [claim('近2800亿美元', '2800', 8, { flow: 'net_import', measure: 'value', unit: 'USD', qualifier: 'near', period: year(2022) })],
    en: '近2800亿美元 fits 2021 (2787.6亿美元), not 2022: a period slip?',
    zh: '近2800亿美元与2021年的数据（2787.6亿美元）相符，而非2022年：时期写错了？',
  },
  {
    rule: 'chipcheck/inconsistent-repeat',
    claims: [
      claim('10.6%', '10.6', 0, { flow: 'import', measure: 'yoy', of: 'value', unit: 'percent', product: '854232', period: july, origin: 'list' }),
      claim('22.8', '22.8', 0, { flow: 'import', measure: 'yoy', of: 'value', unit: 'percent', product: '854232', period: july, origin: 'table' }),
    ],
    published: '2025-08-24',
    en: '10.6% and 22.8 state the same figure differently',
    zh: '10.6%与22.8是同一数据，前后数值不一',
  },
  {
    rule: 'chipcheck/inconsistent-sum',
    claims: [
      usd('563.2亿美元', '563.2', { flow: 'total_trade', measure: 'value', unit: 'USD', period: july }),
      usd('179.3亿美元', '179.3', { flow: 'export', measure: 'value', unit: 'USD', period: july }),
      usd('373.9亿美元', '373.9', { flow: 'import', measure: 'value', unit: 'USD', period: july }),
    ],
    published: '2025-08-24',
    en: '563.2亿美元 ≠ 373.9亿美元 + 179.3亿美元 (import + export)',
    zh: '563.2亿美元 ≠ 373.9亿美元 + 179.3亿美元（进口 + 出口）',
  },
  {
    rule: 'chipcheck/inconsistent-net',
    claims: [
      usd('179.3亿美元', '179.3', { flow: 'export', measure: 'value', unit: 'USD', period: july }),
      usd('373.9亿美元', '373.9', { flow: 'import', measure: 'value', unit: 'USD', period: july }),
      usd('204.5亿美元', '204.5', { flow: 'net_import', measure: 'value', unit: 'USD', period: july }),
    ],
    at: 2,
    published: '2025-08-24',
    en: '204.5亿美元 ≠ 373.9亿美元 − 179.3亿美元 (import − export)',
    zh: '204.5亿美元 ≠ 373.9亿美元 − 179.3亿美元（进口 − 出口）',
  },
  {
    rule: 'chipcheck/inconsistent-conversion',
    claims: [
      usd('1000亿美元', '1000', { flow: 'total_trade', measure: 'value', unit: 'USD', partner: '韩国', period: year(2022) }),
      claim('折合人民币7500亿元', '7500', 8, { flow: 'total_trade', measure: 'value', unit: 'CNY', qualifier: 'approx', partner: '韩国', period: year(2022) }),
    ],
    at: 1,
    published: '2025-02-05',
    en: '折合人民币7500亿元 ≠ 1000亿美元 × 6.7261 (the year’s CNY per USD, ±3%)',
    zh: '折合人民币7500亿元 ≠ 1000亿美元 × 6.7261（当年人民币兑美元汇率，±3%）',
  },
  {
    rule: 'chipcheck/inconsistent-share',
    claims: [
      usd('179.3亿美元', '179.3', { flow: 'export', measure: 'value', unit: 'USD', period: july }),
      usd('85.3亿美元', '85.3', { flow: 'export', measure: 'value', unit: 'USD', product: '854232', period: july }),
      claim('57.6%', '57.6', 0, { flow: 'export', measure: 'share', of: 'value', unit: 'percent', product: '854232', period: july }),
    ],
    at: 2,
    published: '2025-08-24',
    en: '57.6% ≠ 85.3亿美元 ÷ 179.3亿美元 (47.6%)',
    zh: '57.6% ≠ 85.3亿美元 ÷ 179.3亿美元（47.6%）',
  },
  {
    // 较2014年的…3000亿元，增长155.9%: the article's own levels give +218.9%.
    rule: 'chipcheck/inconsistent-growth',
    claims: [
      claim('9567.7亿元', '9567.7', 8, { flow: 'export', measure: 'value', unit: 'CNY', period: year(2023) }),
      claim('3000亿元', '3000', 8, { flow: 'export', measure: 'value', unit: 'CNY', period: year(2014) }),
      claim('155.9%', '155.9', 0, { flow: 'export', measure: 'yoy', of: 'value', currency: 'CNY', unit: 'percent', period: year(2023), baseYear: 2014 }),
    ],
    at: 2,
    published: '2024-09-28',
    en: '155.9% ≠ the growth from 3000亿元 to 9567.7亿元 (218.9%)',
    zh: '155.9% ≠ 从3000亿元到9567.7亿元的增长（218.9%）',
  },
  {
    rule: 'chipcheck/inconsistent-parts',
    claims: [
      usd('179.3亿美元', '179.3', { flow: 'export', measure: 'value', unit: 'USD', period: july }),
      usd('68.3亿美元', '68.3', { flow: 'export', measure: 'value', unit: 'USD', partner: '中国香港', period: july }),
      usd('129.6亿美元', '129.6', { flow: 'export', measure: 'value', unit: 'USD', partner: '中国台湾', period: july }),
    ],
    published: '2025-08-24',
    en: 'the parts (68.3亿美元 + 129.6亿美元) add up to more than the total 179.3亿美元',
    zh: '各分项（68.3亿美元 + 129.6亿美元）之和超过总数179.3亿美元',
  },
  {
    // A contradiction that rests on a period inherited from another paragraph is a question, not an error.
    rule: 'chipcheck/uncertain-reading',
    claims: [
      claim('1.2万亿元', '1.2', 12, {
        flow: 'export',
        measure: 'value',
        unit: 'CNY',
        period: year(2024),
        fieldEvidence: { flow: { from: 'sentence' }, measure: { from: 'clause' }, period: { from: 'inherited', offset: 0 }, product: { from: 'default' }, partner: { from: 'default' }, unit: { from: 'clause' } },
      }),
    ],
    en: 'Is this read right? 1.2万亿元: the period (2024) is inherited from line 12. Read so: 1.2万亿元 disagrees with 2024 export value 11351.6亿元: off by 648.4亿元 (+5.7%); source: CCCME, high confidence',
    zh: '是否读对了？1.2万亿元：时期（2024年）沿用第12行。按此读法：1.2万亿元与2024年出口金额11351.6亿元不符：相差648.4亿元（+5.7%）；来源：中国机电产品进出口商会，可信度高',
  },
  {
    rule: 'chipcheck/unverifiable',
    claims: [usd('27.2亿美元', '27.2', { flow: 'export', measure: 'value', unit: 'USD', province: '上海', period: july })],
    en: '27.2亿美元: no record for Jul 2025 上海 export value',
    zh: '27.2亿美元：数据集中没有2025年7月上海出口金额的记录',
  },
];

describe('every verdict rule in both languages', () => {
  it('the table covers every rule id', () => {
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(Object.keys(VERDICT_RULES)));
  });

  it.each(CASES.map((c) => [c.rule, c] as const))('%s', (rule, c) => {
    const assessment = reconcile(c.claims, dataset, { published: c.published ?? '2025-02-05', lineOf: () => 12 })[c.at ?? 0]!;
    expect(assessment.ruleId).toBe(rule);
    expect(renderNotes(assessment.notes, 'en')).toBe(c.en);
    expect(renderNotes(assessment.notes, 'zh')).toBe(c.zh);
  });
});

describe('values as an editor writes them', () => {
  it.each([
    [432550000000, 'USD', '4325.5亿美元', '4325.5亿美元'],
    [432550000000, 'USD', undefined, '4325.5亿美元'],
    [1135160000000, 'CNY', '1.2万亿元', '1.1352万亿元'],
    // Below one of the written magnitude: 648.4亿元, not 0.0648万亿元.
    [64840000000, 'CNY', '1.2万亿元', '648.4亿元'],
    [523000000, 'piece', '5.23亿块', '5.23亿块'],
    // Messages are simplified: a traditional counter keeps its word, simplified.
    [166100000000, 'piece', '259億塊', '1661亿块'],
    [582220000000, 'piece', '5822．2个', '5822.2亿个'],
    [19.3, 'percent', '19.3%', '19.3%'],
  ] as const)('%d %s written like %s → %s', (value, unit, like, shown) => {
    expect(formatAmountLike(value, unit, like)).toBe(shown);
  });

  it('percentages are rounded to what matters, with a real minus sign', () => {
    expect(formatRelative(-0.18406305807)).toBe('−18.4%');
    expect(formatRelative(0.0571)).toBe('+5.7%');
    expect(formatRelative(-0.00032)).toBe('−0.032%');
    expect(formatRelative(0)).toBe('0%');
  });

  it('sources by the names Chinese editors know; as recorded in English', () => {
    expect(agencyName('GACC', 'zh')).toBe('海关总署');
    expect(agencyName('NBS 2022 bulletin', 'zh')).toBe('国家统计局2022年统计公报');
    expect(agencyName('芯思想 citing GACC', 'zh')).toBe('芯思想援引海关总署');
    expect(agencyName('MIIT citing GACC (relayed)', 'zh')).toBe('工业和信息化部援引海关总署（转引）');
    expect(agencyName('GACC', 'en')).toBe('GACC');
  });

  it('no internal identifier in a subject: 净进口 and 进出口总额, net import and total trade', () => {
    const subject = (flow: 'net_import' | 'total_trade') => ({ subject: { period: year(2022), flow, measure: 'value' as const, product: '8542', partner: null, province: null } });
    expect(t('zh', 'note.no-record', { written: 'x', subject: subject('net_import') })).toBe('x：数据集中没有2022年净进口金额的记录');
    expect(t('zh', 'note.no-record', { written: 'x', subject: subject('total_trade') })).toBe('x：数据集中没有2022年进出口总额的记录');
    expect(t('en', 'note.no-record', { written: 'x', subject: subject('net_import') })).toBe('x: no record for 2022 net import value');
    expect(t('en', 'note.no-record', { written: 'x', subject: subject('total_trade') })).toBe('x: no record for 2022 total trade');
    for (const lang of ['zh', 'en'] as const) {
      for (const id of Object.keys(en) as Array<keyof typeof en>) expect(t(lang, id as 'verdict.match')).not.toMatch(/net_import|total_trade/u);
    }
  });
});

describe('the language of the environment', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{}, 'en'],
    // gettext's order: LC_ALL, then LC_MESSAGES, then LANG; an empty one is skipped.
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LC_ALL: '', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
  ] as const)('%j → %s', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });
});
