import { spawnSync } from 'node:child_process';

/**
 * `$EDITOR +LINE file`, the form vi, vim, nvim, nano, emacs, micro and kak understand. `$EDITOR` may carry
 * its own arguments (`code -w`), split on spaces as shells do for the common cases.
 */
export function editorCommand(editor: string, path: string, line: number): { command: string; args: string[] } {
  const [command = '', ...args] = editor.trim().split(/\s+/);
  return { command, args: [...args, `+${line}`, path] };
}

/** Run the editor in the foreground on this terminal and wait for it; answers a status line. */
export function runEditor(editor: string | undefined, path: string, line: number): string {
  if (!editor || editor.trim() === '') return 'set $EDITOR to open the file at the claim';
  const { command, args } = editorCommand(editor, path, line);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) return `could not start ${command}: ${result.error.message}`;
  if (result.status !== 0) return `${command} exited with code ${result.status ?? result.signal}`;
  return `back from ${command} (${path}:${line})`;
}
