import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { verifyCommand } from '../../src/cli/verify.js';
import { fixtures, testDataset } from './run.js';

function io(stderrIsTTY: boolean): CliIO & { out: string; err: string } {
  const buffers = { out: '', err: '' };
  return Object.assign(buffers, {
    stdout: (s: string) => void (buffers.out += s),
    stderr: (s: string) => void (buffers.err += s),
    readStdin: async () => new Uint8Array(),
    cwd: fixtures,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY,
    stderrColumns: 60,
  });
}

describe('progress on stderr', () => {
  const args = ['clean/article.txt', 'contradiction/article.txt', '--format', 'json', ...testDataset];
  it('is drawn when stderr is a terminal, then cleared, and stdout stays pure JSON', async () => {
    const tty = io(true);
    expect(await verifyCommand(args, tty)).toBe(1);
    expect(tty.err).toContain('2/2 contradiction/article.txt');
    expect(tty.err.endsWith('\r\u001B[2K')).toBe(true);
    expect(JSON.parse(tty.out).files).toHaveLength(2);
  });
  it('is not drawn when stderr is a pipe', async () => {
    const pipe = io(false);
    expect(await verifyCommand(args, pipe)).toBe(1);
    expect(pipe.err).toBe('');
  });
  it('paths in the report are relative to the working directory', async () => {
    const pipe = io(false);
    await verifyCommand([join(fixtures, 'clean/article.txt'), '--format', 'json', ...testDataset], pipe);
    expect(JSON.parse(pipe.out).files[0].path).toBe('clean/article.txt');
  });
});
