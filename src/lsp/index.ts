/**
 * `chipcheck lsp --stdio`: the language server, speaking LSP over stdin and stdout. Loaded only for this
 * command, so `verify` never loads vscode-languageserver.
 */
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { cliError, formatCliError } from '../errors.js';
import { startServer } from './server.js';

export const LSP_USAGE = 'chipcheck lsp --stdio';

/** Start the server; the promise settles when the client exits (the library ends the process then). */
export async function lspCommand(args: string[], io: { stderr(text: string): void }): Promise<number> {
  const wrong = args.filter((arg) => arg !== '--stdio');
  if (wrong.length > 0 || !args.includes('--stdio')) {
    const what = wrong.length > 0 ? `unexpected argument ${wrong[0]}` : 'the language server needs a transport';
    io.stderr(formatCliError(cliError('chipcheck/usage', `${what} for chipcheck lsp`, { hint: `Start it as ${LSP_USAGE} (stdin and stdout carry LSP).` })));
    return 2;
  }
  // stdout carries the protocol: anything else printed there would corrupt it.
  for (const name of ['log', 'info', 'debug', 'warn'] as const) console[name] = (...parts: unknown[]) => io.stderr(`${parts.map(String).join(' ')}\n`);
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  startServer(connection);
  return new Promise<number>(() => {
    // The connection ends the process on `exit` (0 after `shutdown`, 1 without) or when stdin closes.
  });
}
