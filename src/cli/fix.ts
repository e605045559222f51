import { createTwoFilesPatch } from 'diff';
import { cliError, formatCliError, type CliError } from '../errors.js';
import { DEFAULT_MAX_SIZE } from '../extract/source/index.js';
import { langFromEnv, note, t, type Lang } from '../report/messages/index.js';
import { reportFile } from '../report/stage.js';
import { checkOne, checkOneBytes } from '../run/check.js';
import { collect } from '../pipeline.js';
import { displayPath, expandInputs } from '../run/inputs.js';
import type { CheckedClaim, FileResult } from '../types.js';
import { applyEdits, typoEdits, type Edit } from '../report/edits.js';
import { parseCliArgs } from './args.js';
import { encode, writeAtomically } from './edits.js';
import type { CliIO } from './io.js';
import { prepare } from './verify.js';
import { unreadable } from './write-report.js';

const FIX_OPTIONS = new Set(['dry-run', 'dataset', 'dataset-replace', 'published', 'config', 'max-size', 'debug', 'no-color', 'color', 'help', 'lang', 'stdin-filename']);

/**
 * `chipcheck fix PATH… [--dry-run]`: apply exactly the suggestions `verify` shows (the same check, the same
 * report stage: ignore comments and config rules), to files, folders and globs; `-` reads stdin and writes
 * the corrected text to stdout, for editors. `--dry-run` prints the changes as a unified diff.
 */
export async function fixCommand(args: string[], io: CliIO): Promise<number> {
  const { options, unknown, invalid } = parseCliArgs(args, FIX_OPTIONS);
  const lang: Lang = options.lang ?? langFromEnv(io.env);
  options.lang = lang;
  const report = (error: CliError) => io.stderr(formatCliError(error, 'chipcheck fix', lang));
  for (const error of [...unknown, ...invalid]) report(error);
  if (invalid.length > 0) return 2;
  if (options.positionals.length === 0) {
    report(cliError('chipcheck/no-input', note('cli.no-file-to-fix'), { hint: note('cli.no-file-to-fix-hint') }));
    return 2;
  }
  const setup = await prepare(options, io.cwd);
  if ('reason' in setup) {
    report(setup);
    return 2;
  }
  // The report stage drops what ignore comments and rules turn off: those claims are not fixed either.
  const settle = (file: FileResult): FileResult => reportFile(file, { ...(setup.config.config.rules ? { rules: setup.config.config.rules } : {}), lang });
  let failed = unknown.length > 0;

  if (options.positionals.includes('-')) {
    const bytes = await io.readStdin(setup.check.maxSize ?? DEFAULT_MAX_SIZE);
    const result = settle(collect(checkOneBytes(bytes, options.stdinFilename ?? '<stdin>', setup.check)));
    if (!result.ok) {
      report(unreadable(result));
      return 2;
    }
    const edits = typoEdits(result.text, result.claims);
    const fixed = applyEdits(result.text, edits);
    // stdout is the corrected text alone (or the diff); what was done goes to stderr.
    if (options.dryRun) io.stdout(createTwoFilesPatch(`a/${result.path}`, `b/${result.path}`, result.text, fixed, undefined, undefined, { context: 1 }));
    else io.stdout(fixed);
    io.stderr(`${summary(result.path, edits, result, lang)}\n`);
  }

  const expanded = expandInputs(
    options.positionals.filter((p) => p !== '-'),
    { cwd: io.cwd, ignore: setup.config.config.ignore, ignoreRoot: setup.config.root },
  );
  for (const error of [...expanded.errors, ...expanded.notes]) report(error);
  if (expanded.errors.length > 0) failed = true;
  for (const absolute of expanded.files) {
    const display = displayPath(absolute, io.cwd);
    const result = settle(await checkOne(absolute, display, setup.check));
    const { text } = result;
    if (!result.ok) {
      report(unreadable(result));
      failed = true;
      continue;
    }
    const edits = typoEdits(text, result.claims);
    if (edits.length === 0) {
      if (!options.dryRun) io.stdout(`${summary(display, edits, result, lang)}\n`);
      continue;
    }
    const fixed = applyEdits(text, edits);
    if (options.dryRun) {
      io.stdout(createTwoFilesPatch(`a/${display}`, `b/${display}`, text, fixed, undefined, undefined, { context: 1 }));
      continue;
    }
    try {
      writeAtomically(absolute, await encode(fixed, result.encoding, result.bom));
      io.stdout(`${summary(display, edits, result, lang)}\n`);
    } catch (error) {
      report(cliError('chipcheck/fix-not-written', note('cli.fix-not-written', { path: display, why: (error as Error).message })));
      failed = true;
    }
  }
  return failed ? 2 : 0;
}

/**
 * What fix did to one file: the typos it fixed, and those verify reports without a suggestion (a figure of
 * another year or flow: only the editor knows whether the number or the words are wrong), so a typo verify
 * shows is never met with "no typo to fix".
 */
function summary(path: string, edits: readonly Edit[], result: FileResult, lang: Lang): string {
  const place = (c: CheckedClaim) => `${c.start.line}:${c.start.column}`;
  const list = edits.map((e) => t(lang, 'cli.fix-edit', { line: e.claim.start.line, column: e.claim.start.column, from: e.claim.text, to: e.text })).join(lang === 'zh' ? '，' : ', ');
  const fixedAt = new Set(edits.map((e) => e.claim.start.offset));
  const manual = result.claims.filter((c) => c.verdict === 'typo' && !fixedAt.has(c.start.offset));
  const done =
    edits.length === 0
      ? t(lang, manual.length === 0 ? 'cli.fix-nothing' : 'cli.fix-none', { path })
      : edits.length === 1
        ? t(lang, 'cli.fixed-one', { path, list })
        : t(lang, 'cli.fixed', { path, n: edits.length, list });
  if (manual.length === 0) return done;
  const typos = manual.map((c) => t(lang, 'cli.fix-manual-item', { at: place(c), text: c.text, rule: c.ruleId })).join(lang === 'zh' ? '，' : ', ');
  return t(lang, 'cli.fix-manual', { done, n: manual.length, typos });
}
