import { spawnSync } from 'node:child_process';
import type { Note } from '../types.js';

/**
 * `$EDITOR +LINE file`, the form vi, vim, nvim, nano, emacs, micro and kak understand. `$EDITOR` may carry
 * its own arguments (`code -w`), split on spaces as shells do for the common cases.
 */
export function editorCommand(editor: string, path: string, line: number): { command: string; args: string[] } {
  const [command = '', ...args] = editor.trim().split(/\s+/);
  return { command, args: [...args, `+${line}`, path] };
}

/** Run the editor in the foreground on this terminal and wait for it; answers a status line, as a catalogue note. */
export function runEditor(editor: string | undefined, path: string, line: number): Note {
  if (!editor || editor.trim() === '') return { id: 'tui.no-editor' };
  const { command, args } = editorCommand(editor, path, line);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) return { id: 'tui.editor-failed', params: { command, why: result.error.message } };
  if (result.status !== 0) return { id: 'tui.editor-exit', params: { command, code: String(result.status ?? result.signal) } };
  return { id: 'tui.editor-back', params: { command, path, line } };
}
