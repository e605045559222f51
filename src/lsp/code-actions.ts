/**
 * Quick fixes: a typo's suggestion as a code action, making exactly the edit `chipcheck fix` makes (the same
 * `typoEdits`), and one action that makes all of a file's fixes at once, as `chipcheck fix FILE` does.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver/node';
import { typoEdits, type Edit } from '../report/edits.js';
import type { DocumentCheck } from './check-document.js';
import { bomShift, claimDiagnostic } from './diagnostics.js';

/** The kind of the fix-all action, so editors can run it on save (`source.fixAll.chipcheck`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.chipcheck`;

/** The code actions for `range` of a document, from a check of the document's current text. */
export function codeActions(checked: DocumentCheck, document: TextDocument, range: Range, only?: string[]): CodeAction[] {
  if (checked.kind !== 'checked') return [];
  const edits = typoEdits(checked.text, checked.result.claims);
  if (edits.length === 0) return [];
  const shift = bomShift(checked.text);
  const textEdit = (edit: Edit): TextEdit => ({
    range: { start: document.positionAt(edit.start + shift), end: document.positionAt(edit.end + shift) },
    newText: edit.text,
  });
  const wants = (kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    for (const edit of edits) {
      // An edit applies when the range the editor asks about touches it (a cursor inside the claim counts).
      if (edit.end + shift < from || edit.start + shift > to) continue;
      const index = checked.result.claims.indexOf(edit.claim);
      actions.push({
        title: `Replace ${edit.claim.text} with ${edit.text} (chipcheck fix)`,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: [claimDiagnostic(edit.claim, index, textEdit(edit).range)],
        edit: { changes: { [document.uri]: [textEdit(edit)] } },
      });
    }
  }
  if (wants(FIX_ALL_KIND)) {
    actions.push({
      title: `Fix all ${edits.length} typo${edits.length === 1 ? '' : 's'} in this file (chipcheck fix)`,
      kind: FIX_ALL_KIND,
      edit: { changes: { [document.uri]: edits.map(textEdit) } },
    });
  }
  return actions;
}
