import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { parseCliArgs } from './args.js';
import { checkOne } from '../run/check.js';
import { applyEdits, typoEdits } from '../report/edits.js';
import { encode, writeAtomically } from './edits.js';
import { cliError, formatCliError, type CliError } from '../errors.js';
import { displayPath } from '../run/inputs.js';
import type { CliIO } from './io.js';
import { prepare } from './verify.js';
import { unreadable } from './write-report.js';
import { reportFile } from '../report/stage.js';

const FIX_OPTIONS = new Set(['dry-run', 'dataset', 'dataset-replace', 'published', 'config', 'max-size', 'debug', 'no-color', 'color', 'help']);

/** `chipcheck fix FILE… [--dry-run]`: apply typo suggestions, or print them as a unified diff. */
export async function fixCommand(args: string[], io: CliIO): Promise<number> {
  const { options, unknown, invalid } = parseCliArgs(args, FIX_OPTIONS);
  const report = (error: CliError) => io.stderr(formatCliError(error, 'chipcheck fix'));
  for (const error of [...unknown, ...invalid]) report(error);
  if (invalid.length > 0) return 2;
  if (options.positionals.length === 0) {
    report(cliError('chipcheck/no-input', 'no file to fix', { hint: 'Name the files to fix: chipcheck fix FILE… [--dry-run].' }));
    return 2;
  }
  const setup = await prepare(options, io.cwd);
  if ('reason' in setup) {
    report(setup);
    return 2;
  }
  let failed = unknown.length > 0;
  for (const input of options.positionals) {
    const absolute = resolve(io.cwd, input);
    const display = displayPath(absolute, io.cwd);
    // The report stage drops what ignore comments and rules turn off: those claims are not fixed either.
    const result = reportFile(await checkOne(absolute, display, setup.check), { rules: setup.config.config.rules });
    const { text } = result;
    if (!result.ok) {
      report(unreadable(result));
      failed = true;
      continue;
    }
    const edits = typoEdits(text, result.claims);
    if (edits.length === 0) {
      if (!options.dryRun) io.stdout(`${display}: no typo to fix\n`);
      continue;
    }
    const fixed = applyEdits(text, edits);
    if (options.dryRun) {
      io.stdout(createTwoFilesPatch(`a/${display}`, `b/${display}`, text, fixed, undefined, undefined, { context: 1 }));
      continue;
    }
    try {
      writeAtomically(absolute, await encode(fixed, result.encoding, result.bom));
      const list = edits.map((e) => `${e.claim.start.line}:${e.claim.start.column} ${e.claim.text} → ${e.text}`).join(', ');
      io.stdout(`${display}: fixed ${edits.length} typo${edits.length === 1 ? '' : 's'} (${list})\n`);
    } catch (error) {
      report(cliError('chipcheck/fix-not-written', `${display}: not written: ${(error as Error).message}`));
      failed = true;
    }
  }
  return failed ? 2 : 0;
}
