/** Where a command reads and writes: the process, or a test's buffers. */
export interface CliIO {
  /** Writes to stdout; a promise, when returned, resolves once stdout can take more (backpressure). */
  stdout(s: string): void | Promise<void>;
  stderr(s: string): void;
  /** Reads all of stdin (for `-`), or stops once it holds more than `limit` bytes. */
  readStdin(limit?: number): Promise<Uint8Array>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Whether stdin is a terminal (the TUI reads keys from it); unknown counts as not. */
  stdinIsTTY?: boolean;
  /** Width of the terminal stderr writes to, when it is one. */
  stderrColumns?: number;
}

/** The real process. */
export function processIO(): CliIO {
  return {
    stdout: (s) => (process.stdout.write(s) ? undefined : new Promise<void>((drained) => process.stdout.once('drain', drained))),
    stderr: (s) => void process.stderr.write(s),
    readStdin: async (limit = Infinity) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        // Text over the limit is refused anyway: gigabytes piped in must not fill memory first.
        if (size > limit) break;
      }
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    ...(process.stderr.columns ? { stderrColumns: process.stderr.columns } : {}),
  };
}
