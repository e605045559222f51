#!/usr/bin/env node
// The `chipcheck` command. Start-up stays fast: each subcommand (and Ink, for the TUI) loads only when used.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { langFromEnv, note, parseLang, t, type Lang } from '../report/messages/index.js';
import { cliError, formatCliError } from '../errors.js';
import { packageVersion } from '../report/version.js';
import { processIO, type CliIO } from './io.js';

/** The language asked for with `--lang X` or `--lang=X`, else the locale's: for help and the last-resort error. */
function langOf(argv: readonly string[], env: CliIO['env']): Lang {
  for (const [i, arg] of argv.entries()) {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    const lang = value === undefined ? undefined : parseLang(value);
    if (lang) return lang;
  }
  return langFromEnv(env);
}

/** Run the command line `argv` (without node and the script) and answer the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  const lang = langOf(argv, io.env);
  const help = t(lang, 'help');
  try {
    switch (first) {
      case '--help':
      case '-h':
      case 'help':
        io.stdout(help);
        return 0;
      case '--version':
      case '-v':
        io.stdout(`${packageVersion()}\n`);
        return 0;
      case 'fix': {
        if (rest.includes('--help') || rest.includes('-h')) return io.stdout(help), 0;
        const { fixCommand } = await import('./fix.js');
        return await fixCommand(rest, io);
      }
      case 'lsp': {
        if (rest.includes('--help') || rest.includes('-h')) return io.stdout(help), 0;
        const { lspCommand } = await import('../lsp/index.js');
        return await lspCommand(rest, io);
      }
      case 'dataset': {
        const { datasetCommand } = await import('./dataset.js');
        return await datasetCommand(rest, io, lang);
      }
      default: {
        const args = first === 'verify' ? rest : argv;
        if (args.includes('--help') || args.includes('-h')) return io.stdout(help), 0;
        const { verifyCommand } = await import('./verify.js');
        return await verifyCommand(args, io);
      }
    }
  } catch (error) {
    // Content and I/O problems are messages; reaching here is a bug or a broken environment.
    const err = error instanceof Error ? error : new Error(String(error));
    const debug = argv.includes('--debug');
    const hint = debug ? note('cli.internal-error-debug-hint') : undefined;
    io.stderr(formatCliError(cliError('chipcheck/internal-error', note('cli.internal-error', { why: err.message }), { hint }), 'chipcheck', lang));
    if (debug) io.stderr(`${err.stack ?? ''}\n`);
    return 2;
  }
}

function isEntryPoint(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
