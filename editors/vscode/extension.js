// The VS Code side of chipcheck: start `chipcheck lsp --stdio` for Markdown, plain text and HTML documents
// and let vscode-languageclient carry diagnostics, quick fixes and hover. Everything else is the server's.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

/** The languages the server checks: verify reads the same three kinds of file. */
const LANGUAGES = ['markdown', 'plaintext', 'html'];

/** @type {LanguageClient | undefined} */
let client;

/** The command to start: the setting, else the workspace's own chipcheck, else the one on the PATH. */
function serverCommand() {
  const configured = vscode.workspace.getConfiguration('chipcheck').get('path');
  if (typeof configured === 'string' && configured !== '') return configured;
  const bin = process.platform === 'win32' ? 'chipcheck.cmd' : 'chipcheck';
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', bin);
    if (existsSync(local)) return local;
  }
  return bin;
}

/** @param {import('vscode').ExtensionContext} context */
async function activate(context) {
  const settings = vscode.workspace.getConfiguration('chipcheck');
  client = new LanguageClient(
    'chipcheck',
    'chipcheck',
    // An executable without a transport is spoken to over stdio; the server wants --stdio said.
    { command: serverCommand(), args: ['lsp', '--stdio'], options: { shell: process.platform === 'win32' } },
    {
      documentSelector: LANGUAGES.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      // The server asks for config and dataset file events itself (dynamic registration).
      initializationOptions: { debounce: settings.get('debounce', 300) },
    },
  );
  context.subscriptions.push(client);
  await client.start();
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate, serverCommand, LANGUAGES };
