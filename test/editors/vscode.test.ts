// The VS Code extension (editors/vscode) loaded with stand-ins for `vscode` and `vscode-languageclient`:
// what it starts, for which documents, and that the command it starts is a working language server.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, root } from '../cli/run.js';

const extensionDir = join(root, 'editors/vscode');
const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')) as {
  main: string;
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, { default: unknown }> } };
};

interface ServerOptions {
  command: string;
  args: string[];
}
interface ClientOptions {
  documentSelector: Array<{ scheme: string; language: string }>;
  initializationOptions: { debounce: number };
}

const workspace = mkdtempSync(join(tmpdir(), 'chipcheck-vscode-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Load extension.js as VS Code would, with `vscode` and the language client replaced by recorders. */
function loadExtension(settings: Record<string, unknown>) {
  const started: Array<{ server: ServerOptions; client: ClientOptions }> = [];
  class LanguageClient {
    constructor(_id: string, _name: string, server: ServerOptions, client: ClientOptions) {
      started.push({ server, client });
    }
    start() {
      return Promise.resolve();
    }
    stop() {
      return Promise.resolve();
    }
    dispose() {}
  }
  const vscode = {
    workspace: {
      workspaceFolders: [{ uri: { fsPath: workspace } }],
      getConfiguration: () => ({ get: (key: string, fallback?: unknown) => settings[key] ?? fallback }),
      createFileSystemWatcher: (glob: string) => ({ glob }),
    },
  };
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    if (request === 'vscode') return vscode;
    if (request === 'vscode-languageclient/node') return { LanguageClient };
    return original.call(this, request, ...rest);
  };
  try {
    const path = join(extensionDir, manifest.main);
    const require = createRequire(import.meta.url);
    delete require.cache[require.resolve(path)];
    return { extension: require(path) as { activate(context: { subscriptions: unknown[] }): Promise<void> }, started };
  } finally {
    loader._load = original;
  }
}

describe('editors/vscode', () => {
  it('starts chipcheck lsp --stdio for Markdown, plain text and HTML, saved or untitled', async () => {
    const { extension, started } = loadExtension({});
    await extension.activate({ subscriptions: [] });
    expect(started).toHaveLength(1);
    const { server, client } = started[0]!;
    expect(server.args).toEqual(['lsp', '--stdio']);
    // No chipcheck in the workspace: the one on the PATH.
    expect(server.command).toBe('chipcheck');
    const languages = [...new Set(client.documentSelector.map((d) => d.language))];
    expect(manifest.activationEvents).toEqual(languages.map((l) => `onLanguage:${l}`));
    expect(new Set(client.documentSelector.map((d) => d.scheme))).toEqual(new Set(['file', 'untitled']));
    expect(client.initializationOptions.debounce).toBe(manifest.contributes.configuration.properties['chipcheck.debounce']!.default);
  });

  it("prefers the workspace's own chipcheck, and the chipcheck.path setting over both", async () => {
    mkdirSync(join(workspace, 'node_modules/.bin'), { recursive: true });
    writeFileSync(join(workspace, 'node_modules/.bin/chipcheck'), '');
    let loaded = loadExtension({});
    await loaded.extension.activate({ subscriptions: [] });
    expect(loaded.started[0]!.server.command).toBe(join(workspace, 'node_modules/.bin/chipcheck'));
    loaded = loadExtension({ path: '/opt/chipcheck/bin/chipcheck', debounce: 50 });
    await loaded.extension.activate({ subscriptions: [] });
    expect(loaded.started[0]!.server.command).toBe('/opt/chipcheck/bin/chipcheck');
    expect(loaded.started[0]!.client.initializationOptions.debounce).toBe(50);
  });

  it('the arguments it passes start a server that answers initialize with diagnostics, fixes and hover', async () => {
    const { extension, started } = loadExtension({});
    await extension.activate({ subscriptions: [] });
    const child = spawn(process.execPath, [bin, ...started[0]!.server.args], { cwd: workspace });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    try {
      const result = (await connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(workspace).href, capabilities: {} })) as {
        capabilities: { hoverProvider: boolean; codeActionProvider: { codeActionKinds: string[] } };
        serverInfo: { name: string };
      };
      expect(result.serverInfo.name).toBe('chipcheck');
      expect(result.capabilities.hoverProvider).toBe(true);
      expect(result.capabilities.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.chipcheck']);
    } finally {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
    }
  });
});
