/**
 * The verdict rules: stable, namespaced ids (SARIF fingerprints and ignore comments depend on them) with what
 * each means and what an editor does about it.
 */
import type { Severity, Verdict } from '../types.js';

export interface VerdictRule {
  verdict: Verdict;
  /** The severity the rule has by default (a minor contradiction is downgraded to a warning per finding). */
  level: Severity;
  short: string;
  full: string;
  help: string;
}

const FIX = 'Apply the suggestion (`chipcheck fix FILE`) after checking it against the cited record.';
const VERIFY = 'Check the figure against the cited record; correct the text or cite the source it comes from.';
const BOTH = 'Make both places agree; the finding points at each of them.';

export const VERDICT_RULES = {
  'chipcheck/match': {
    verdict: 'match',
    level: 'info',
    short: 'Claim agrees with the dataset',
    full: 'A canonical record, or a value derived from records, agrees with the claim within its stated precision and qualifier.',
    help: 'Nothing to do.',
  },
  'chipcheck/contradiction': {
    verdict: 'contradiction',
    level: 'error',
    short: 'Claim disagrees with the dataset',
    full: 'A canonical record or a value derived from records disagrees with the claim beyond its stated precision. Within 1% (0.3 percentage points for rates) it is a warning: a likely revision or rounding habit.',
    help: VERIFY,
  },
  'chipcheck/out-of-bounds': {
    verdict: 'contradiction',
    level: 'error',
    short: 'Cumulative figure outside its bounds',
    full: 'No record exists for the period, but cumulative figures only grow through a year: the claim lies below an earlier year-to-date figure or above a later one.',
    help: VERIFY,
  },
  'chipcheck/magnitude-slip': {
    verdict: 'typo',
    level: 'error',
    short: 'Missing or extra magnitude (亿, 万)',
    full: 'The claim is off by 10^4 or 10^8, and restoring or removing a magnitude word makes it agree.',
    help: FIX,
  },
  'chipcheck/decimal-slip': {
    verdict: 'typo',
    level: 'error',
    short: 'Shifted decimal point',
    full: 'Moving the decimal point by one to three places makes the claim agree.',
    help: FIX,
  },
  'chipcheck/digit-slip': {
    verdict: 'typo',
    level: 'error',
    short: 'One wrong digit',
    full: 'Changing exactly one digit of a number of four or more significant digits makes it agree, and no other single change does.',
    help: FIX,
  },
  'chipcheck/digit-swap': {
    verdict: 'typo',
    level: 'error',
    short: 'Two adjacent digits swapped',
    full: 'Swapping two adjacent digits makes the claim agree.',
    help: FIX,
  },
  'chipcheck/currency-slip': {
    verdict: 'typo',
    level: 'error',
    short: '元 for 美元 (or the reverse)',
    full: 'The number is the record in the other currency: the currency word is wrong.',
    help: FIX,
  },
  'chipcheck/unit-slip': {
    verdict: 'typo',
    level: 'error',
    short: '美元 or 元 for 块 (output in money)',
    full: 'Output (产量) is counted in pieces; the number, written in a currency, is the record of output in pieces.',
    help: FIX,
  },
  'chipcheck/flow-slip': {
    verdict: 'typo',
    level: 'error',
    short: 'Import for export (or the reverse)',
    full: 'The number is the record of the other flow for the same period.',
    help: 'Check which flow the source reports and correct the flow word.',
  },
  'chipcheck/basis-slip': {
    verdict: 'typo',
    level: 'error',
    short: 'Quantity for value (or the reverse) in a growth rate',
    full: 'The rate disagrees with the growth of what the text says it is of (quantity or value) but is the record of the other.',
    help: 'Check whether the source gives the growth of quantity (数量) or of value (金额) and correct the word.',
  },
  'chipcheck/period-slip': {
    verdict: 'typo',
    level: 'error',
    short: 'Figure of another year',
    full: 'The number disagrees with its period but agrees with the same figure for a neighbouring year the article could have known.',
    help: 'Check the year the figure belongs to and correct the period or the number.',
  },
  'chipcheck/inconsistent-repeat': {
    verdict: 'inconsistent',
    level: 'error',
    short: 'Same figure stated differently',
    full: 'The article states one figure twice (text and table, or two sentences) with values that cannot both be right.',
    help: BOTH,
  },
  'chipcheck/inconsistent-sum': {
    verdict: 'inconsistent',
    level: 'error',
    short: 'Total ≠ import + export',
    full: 'A total trade figure disagrees with the import and export figures of the same article beyond their rounding.',
    help: BOTH,
  },
  'chipcheck/inconsistent-net': {
    verdict: 'inconsistent',
    level: 'error',
    short: 'Net ≠ import − export',
    full: 'A net import (trade deficit) figure disagrees with the import and export figures of the same article beyond their rounding.',
    help: BOTH,
  },
  'chipcheck/inconsistent-conversion': {
    verdict: 'inconsistent',
    level: 'error',
    short: 'Currency conversion does not hold',
    full: 'An amount stated in both currencies (…亿美元，折合人民币…) disagrees with the year’s exchange rate beyond 3%.',
    help: BOTH,
  },
  'chipcheck/inconsistent-share': {
    verdict: 'inconsistent',
    level: 'error',
    short: 'Share ≠ part ÷ total',
    full: 'A share (占比) disagrees with the part and total the same article gives.',
    help: BOTH,
  },
  'chipcheck/inconsistent-growth': {
    verdict: 'inconsistent',
    level: 'error',
    short: 'Growth ≠ the article’s own levels',
    full: 'A growth rate over several years (较2014年增长155.9%) disagrees with the levels the same article gives for both years.',
    help: BOTH,
  },
  'chipcheck/inconsistent-parts': {
    verdict: 'inconsistent',
    level: 'error',
    short: 'Parts exceed their total',
    full: 'Products, partners or provinces listed in the article add up to more than the total it gives.',
    help: BOTH,
  },
  'chipcheck/uncertain-reading': {
    verdict: 'unverifiable',
    level: 'warning',
    short: 'Disagrees as read, but the reading is not certain',
    full: 'The claim disagrees with a record or with the article, but a field the comparison rests on (its period, flow, partner, product or measure) was not written in its own sentence: it was inherited from an earlier sentence, taken from a heading, or inferred. The message says what the reading rests on and, when another reading matches a record, which one.',
    help: 'Write the period (or flow, partner) in the sentence, or check the figure against the reading the message names.',
  },
  'chipcheck/unverifiable': {
    verdict: 'unverifiable',
    level: 'info',
    short: 'No record for this claim',
    full: 'A chip trade claim for which the dataset has no record for its period; where cumulative bounds exist, the claim lies within them.',
    help: 'Cite a source, or add the record to your dataset (`--dataset`).',
  },
} as const satisfies Record<string, VerdictRule>;

export type VerdictRuleId = keyof typeof VERDICT_RULES;
