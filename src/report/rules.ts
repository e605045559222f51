import type { Severity } from '../types.js';

/** What a rule id means, for SARIF rule metadata and `--help`-style listings. */
export interface RuleDescription {
  /** PascalCase name, SARIF's `rule.name`. */
  name: string;
  short: string;
  full: string;
  help: string;
  level: Severity;
}

const VERIFY = 'Check the figure against the cited record; correct the text or cite the source it comes from.';

const known: Record<string, Omit<RuleDescription, 'name'>> = {
  'chipcheck/match': {
    short: 'Claim agrees with the dataset',
    full: 'A canonical record, or a value derived from records, agrees with the claim within its stated precision and qualifier.',
    help: 'Nothing to do.',
    level: 'info',
  },
  'chipcheck/contradiction': {
    short: 'Claim disagrees with the dataset',
    full: 'A canonical record or a value derived from records disagrees with the claim beyond its stated precision. Within about 1% it is a warning (a likely revision).',
    help: VERIFY,
    level: 'error',
  },
  'chipcheck/typo': {
    short: 'Claim looks like a slip',
    full: 'The claim disagrees with the dataset, but one plausible slip explains it; the suggestion is the corrected text.',
    help: 'Apply the suggestion (`chipcheck fix FILE`) after checking it.',
    level: 'error',
  },
  'chipcheck/magnitude-slip': {
    short: 'Missing or extra magnitude (亿, 万)',
    full: 'The claim is off by a power of ten that a missing or extra magnitude word or a shifted decimal point explains.',
    help: 'Apply the suggestion (`chipcheck fix FILE`) after checking it.',
    level: 'error',
  },
  'chipcheck/inconsistent': {
    short: 'Article contradicts itself',
    full: 'Two places in the article disagree: text vs table, parts vs total, shares vs their ratio, or a net figure vs import − export.',
    help: 'Make both places agree; the message points at both.',
    level: 'error',
  },
  'chipcheck/unverifiable': {
    short: 'No record for this claim',
    full: 'A chip trade claim for which the dataset has no record for its period. Cumulative bounds still apply.',
    help: 'Cite a source, or add the record to your dataset (`--dataset`).',
    level: 'info',
  },
  'chipcheck/unreadable-file': {
    short: 'File could not be read',
    full: 'The file is missing, unreadable, too large, binary, or not in a supported encoding (UTF-8, UTF-16 with BOM, GB18030).',
    help: 'Check the path and the encoding; raise `--max-size` for large files.',
    level: 'error',
  },
};

/** A description for any rule id; ids the catalogue does not know get one built from their name. */
export function describeRule(id: string): RuleDescription {
  const local = id.replace(/^chipcheck\//u, '');
  const name = local
    .split(/[^A-Za-z0-9]+/u)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  const entry = known[id];
  if (entry) return { name, ...entry };
  const words = local.replace(/-/gu, ' ') || 'rule';
  return {
    name,
    short: words.charAt(0).toUpperCase() + words.slice(1),
    full: `chipcheck rule ${id}: ${words}.`,
    help: VERIFY,
    level: 'warning',
  };
}
