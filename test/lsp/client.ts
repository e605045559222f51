// A real LSP client over stdio for the tests: the built `chipcheck lsp --stdio` as a child process, spoken to
// with vscode-jsonrpc as an editor would (initialize, didOpen, didChange, codeAction, hover, shutdown).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { bin, root } from '../cli/run.js';

/** The LSP shapes the tests read (vscode-jsonrpc carries no protocol types). */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  severity: 1 | 2 | 3 | 4;
  code: string;
  source: string;
  message: string;
  data?: { verdict: string | null; claim: number | null };
  relatedInformation?: Array<{ location: { uri: string; range: Range }; message: string }>;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface CodeAction {
  title: string;
  kind: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit: { changes: Record<string, TextEdit[]> };
}
export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export interface TestClient {
  connection: MessageConnection;
  /** Every publishDiagnostics notification so far, oldest first. */
  published: Published[];
  /** The first publication (already received or still to come) that satisfies `accept`. */
  diagnostics(uri: string, accept?: (p: Published) => boolean, timeout?: number): Promise<Published>;
  open(uri: string, languageId: string, text: string, version?: number): void;
  change(uri: string, version: number, text: string): void;
  codeActions(uri: string, range: Range, only?: string[]): Promise<CodeAction[]>;
  hover(uri: string, position: Position): Promise<{ contents: { kind: string; value: string }; range?: Range } | null>;
  stderr(): string;
  close(): Promise<number | null>;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

/** Start the server and initialize it, as an editor does for a workspace folder. */
export async function startClient(options: { workspace?: string; initializationOptions?: object } = {}): Promise<TestClient> {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build first (npm test does it)`);
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: root, stdio: 'pipe' });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: Published[] = [];
  const waiters: Array<{ uri: string; accept: (p: Published) => boolean; resolve: (p: Published) => void }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.listen();
  const workspace = options.workspace ?? root;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(workspace),
    workspaceFolders: [{ uri: uriOf(workspace), name: 'workspace' }],
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: {}, hover: {} } },
    initializationOptions: options.initializationOptions ?? {},
  });
  await connection.sendNotification('initialized', {});

  return {
    connection,
    published,
    diagnostics(uri, accept = () => true, timeout = 30_000) {
      const seen = published.find((p) => p.uri === uri && accept(p));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeout} ms; stderr: ${stderr}`)), timeout);
        waiters.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    open(uri, languageId, text, version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, text) {
      // A whole-text change: editors may send these even when the server asks for incremental ones.
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    codeActions(uri, range, only) {
      return connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } });
    },
    hover(uri, position) {
      return connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    },
    stderr: () => stderr,
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}

/** Apply text edits (LSP ranges) to a text, last first so earlier positions stay valid. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) lineStarts.push(i + 1);
  }
  const offsetOf = (p: Position) => lineStarts[p.line]! + p.character;
  let out = text;
  for (const edit of [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start))) {
    out = out.slice(0, offsetOf(edit.range.start)) + edit.newText + out.slice(offsetOf(edit.range.end));
  }
  return out;
}
