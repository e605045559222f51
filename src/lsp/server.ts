/**
 * The language server: diagnostics on open and (debounced) on change, quick fixes, hover. It checks the
 * text the editor holds, saved or not, with the config and dataset `verify` would use for the file.
 */
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { packageVersion } from '../report/version.js';
import { checkDocument, type DocumentCheck } from './check-document.js';
import { FIX_ALL_KIND, codeActions } from './code-actions.js';
import { toDiagnostics } from './diagnostics.js';
import { hoverAt } from './hover.js';
import { createProjectCache, type ProjectCache } from './project.js';

/** Settings a client may pass as `initializationOptions`. */
export interface ServerOptions {
  /** Milliseconds to wait after the last change before checking (default 300): typing is not interrupted. */
  debounce?: number;
}

const DEFAULT_DEBOUNCE = 300;

/** Files whose change can change every verdict: the config, and (through it) the dataset. */
const CONFIG_GLOBS = ['**/chipcheck.config.json', '**/package.json', '**/*.csv'];

/** Serve one client over `connection` until it exits. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let projects: ProjectCache = createProjectCache();
  let debounce = DEFAULT_DEBOUNCE;
  let fallbackFolder = process.cwd();
  let canWatchFiles = false;
  const timers = new Map<string, NodeJS.Timeout>();
  /** The check of each document's latest version asked for, shared by diagnostics, code actions and hover. */
  const checks = new Map<string, { version: number; check: Promise<DocumentCheck> }>();

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as ServerOptions;
    if (typeof options.debounce === 'number' && options.debounce >= 0) debounce = options.debounce;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) fallbackFolder = fileURLToPath(folder);
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'chipcheck', version: packageVersion() },
    };
  });

  connection.onInitialized(() => {
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_GLOBS.map((globPattern) => ({ globPattern })) });
    }
  });

  /** The check of the document's current text: reused while the version is unchanged. */
  const checkOf = (document: TextDocument): Promise<DocumentCheck> => {
    const known = checks.get(document.uri);
    if (known && known.version === document.version) return known.check;
    const check = checkDocument(
      { uri: document.uri, languageId: document.languageId, version: document.version, text: document.getText() },
      projects,
      fallbackFolder,
    );
    checks.set(document.uri, { version: document.version, check });
    return check;
  };

  const publish = async (document: TextDocument): Promise<void> => {
    let checked: DocumentCheck;
    try {
      checked = await checkOf(document);
    } catch (error) {
      connection.console.error(`chipcheck: checking ${document.uri} failed: ${(error as Error).stack ?? String(error)}`);
      return;
    }
    // A newer version is on its way; its own check publishes.
    if (documents.get(document.uri)?.version !== checked.version) return;
    await connection.sendDiagnostics({ uri: document.uri, version: checked.version, diagnostics: toDiagnostics(checked, document) });
  };

  const schedule = (document: TextDocument, wait: number): void => {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) void publish(current);
      }, wait),
    );
  };

  // Opening a document checks it at once; typing waits for a pause. (An open is also a content change.)
  const opened = new Set<string>();
  documents.onDidChangeContent(({ document }) => {
    schedule(document, opened.has(document.uri) ? debounce : 0);
    opened.add(document.uri);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    checks.delete(document.uri);
    opened.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(() => {
    // A config or dataset file changed: forget loaded datasets and check every open document again.
    projects = createProjectCache();
    checks.clear();
    for (const document of documents.all()) schedule(document, 0);
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return codeActions(await checkOf(document), document, params.range, params.context.only);
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return hoverAt(await checkOf(document), document, params.position);
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}
