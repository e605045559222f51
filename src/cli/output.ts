import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { note } from '../report/messages/index.js';
import { cliError, type CliError } from '../errors.js';
import type { CliIO } from './io.js';

/** Where a report goes as it is made: stdout, or the `--output` file. */
export interface ReportOutput {
  /** Resolves once the text is handed over and the destination can take more (stdout's backpressure). */
  write(text: string): Promise<void>;
  /** Ends the output; answers the error for stderr (`chipcheck/output`) when the file could not be opened or written, else null. */
  close(): CliError | null;
}

/** Open the output of a run: `path` (relative to `io.cwd`) when given, else stdout. */
export function openOutput(io: CliIO, path: string | undefined): ReportOutput {
  if (path === undefined) {
    return {
      write: async (text) => {
        if (text !== '') await io.stdout(text);
      },
      close: () => null,
    };
  }
  const problem = (error: unknown) =>
    cliError('chipcheck/output', note('cli.output-not-written', { path, why: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
  let fd: number | undefined;
  let failed: CliError | null = null;
  try {
    fd = openSync(resolve(io.cwd, path), 'w');
  } catch (error) {
    failed = problem(error);
  }
  return {
    // Synchronous writes to a file: each part is on its way to the disk before the next file is formatted.
    write: async (text) => {
      if (fd === undefined || text === '') return;
      try {
        const bytes = Buffer.from(text, 'utf8');
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      } catch (error) {
        failed = problem(error);
        const broken = fd;
        fd = undefined;
        try {
          closeSync(broken);
        } catch {
          // The write error is the one to report.
        }
      }
    },
    close: () => {
      if (fd !== undefined) {
        try {
          closeSync(fd);
        } catch (error) {
          failed ??= problem(error);
        }
        fd = undefined;
      }
      return failed;
    },
  };
}
