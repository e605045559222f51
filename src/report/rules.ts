import { CLI_ERRORS, type CliErrorRule } from '../errors.js';
import { VERDICT_RULES } from '../reconcile/rules.js';
import type { Severity } from '../types.js';

/** What a rule id means, for SARIF rule metadata. */
export interface RuleDescription {
  /** PascalCase name, SARIF's `rule.name`. */
  name: string;
  short: string;
  full: string;
  help: string;
  level: Severity;
}

type Entry = Omit<RuleDescription, 'name'>;

const READ = 'The file was not checked; the other files were. The run exits 2.';

/** Problems with a file rather than a claim: the reader's messages. Verdict rules come from the verdict engine. */
const FILE_RULES: Record<string, Entry> = {
  'chipcheck/unreadable-file': {
    short: 'File could not be read',
    full: `The file is missing, a folder, or cannot be read. ${READ}`,
    help: 'Check the path and the permissions.',
    level: 'error',
  },
  'chipcheck/binary-file': {
    short: 'Binary file',
    full: `The file holds NUL bytes: it is not text. ${READ}`,
    help: 'Check only articles: .txt, .md, .markdown, .html, .htm.',
    level: 'error',
  },
  'chipcheck/file-too-large': {
    short: 'File over the size limit',
    full: `The file is larger than --max-size, or needs more memory than the run may use. ${READ}`,
    help: 'Raise the limit with --max-size (or the memory with NODE_OPTIONS=--max-old-space-size), or split the file.',
    level: 'error',
  },
  'chipcheck/html-parse': {
    short: 'HTML parse problem',
    full: 'The HTML is malformed; the parser recovered and the text was still checked.',
    help: 'Fix the markup if positions look wrong.',
    level: 'info',
  },
  'chipcheck/html-too-deep': {
    short: 'HTML nested too deeply',
    full: 'The HTML nests deeper than chipcheck follows (1,000 levels); its text was read as plain paragraphs.',
    help: 'Flatten the nesting.',
    level: 'warning',
  },
  'chipcheck/markdown-too-deep': {
    short: 'Markdown nested too deeply',
    full: 'The Markdown nests deeper than chipcheck follows; the deep part was read as plain text.',
    help: 'Flatten the nesting.',
    level: 'warning',
  },
  'chipcheck/front-matter': {
    short: 'Front matter problem',
    full: 'The YAML front matter could not be read fully; the publication date may be missing.',
    help: 'Fix the YAML, or pass --published YYYY-MM-DD.',
    level: 'warning',
  },
  'chipcheck/unused-disable': {
    short: 'Ignore comment turns nothing off',
    full: 'A chipcheck-disable comment (reported with --report-unused-disable) covers no finding of the rules it names: it is stale or misplaced.',
    help: 'Remove the comment, or move it to the line it was meant for.',
    level: 'warning',
  },
  'chipcheck/internal-error': {
    short: 'chipcheck failed on this file',
    full: 'An internal error stopped the check of this file; the other files were checked.',
    help: 'Run again with --debug and report the stack trace.',
    level: 'error',
  },
};

/**
 * Every name a config's `rules` may use: verdict rule ids (`chipcheck/magnitude-slip`), verdicts with or
 * without the namespace (`typo`, `chipcheck/typo`), rule ids without it, and the file rules.
 */
export function knownRuleIds(): ReadonlySet<string> {
  if (KNOWN) return KNOWN;
  const ids = new Set<string>();
  for (const [id, rule] of Object.entries(VERDICT_RULES)) {
    ids.add(id).add(id.replace(/^chipcheck\//u, '')).add(rule.verdict).add(`chipcheck/${rule.verdict}`);
  }
  for (const id of Object.keys(FILE_RULES)) ids.add(id).add(id.replace(/^chipcheck\//u, ''));
  return (KNOWN = ids);
}
let KNOWN: ReadonlySet<string> | undefined;

function pascal(id: string): string {
  return id
    .replace(/^chipcheck\//u, '')
    .split(/[^A-Za-z0-9]+/u)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** A description for any rule id: verdict rules, file rules, the command's errors, and for other ids one built from the name. */
export function describeRule(id: string): RuleDescription {
  const verdict = (VERDICT_RULES as Record<string, { level: Severity; short: string; full: string; help: string } | undefined>)[id];
  if (verdict) return { name: pascal(id), short: verdict.short, full: verdict.full, help: verdict.help, level: verdict.level };
  const file = FILE_RULES[id];
  if (file) return { name: pascal(id), ...file };
  // The command's errors (stderr) share the namespace; an id they reuse keeps its file description above.
  const command = (CLI_ERRORS as Record<string, CliErrorRule | undefined>)[id];
  if (command) return { name: pascal(id), short: command.short, full: command.full, help: command.hint, level: command.level };
  const words = id.replace(/^chipcheck\//u, '').replace(/-/gu, ' ') || 'rule';
  return {
    name: pascal(id) || 'Rule',
    short: words.charAt(0).toUpperCase() + words.slice(1),
    full: `chipcheck rule ${id}.`,
    help: 'See the message for what was found and what to do.',
    level: 'warning',
  };
}
