import type { FileHead, FileResult } from '../../types.js';
import { claimFinding, messageFindings, type Finding } from '../findings.js';
import type { StreamingFormatter } from './types.js';

/** A whole file through a streaming formatter's parts (its `file`): `openFile`, each claim, `closeFile`. */
export function renderFile(stream: StreamingFormatter, result: FileResult): string {
  const { claims, ...head } = result;
  let out = stream.openFile(head);
  for (const claim of claims) out += stream.claim(claim);
  return out + stream.closeFile();
}

/**
 * A format that says something about each finding on its own (SARIF results, annotations, rdjsonl lines):
 * a file's message findings when it opens, then one per claim that is a finding. `write` returns what to
 * write now; a format that holds findings for the end returns the empty string.
 */
export function findingStream(format: {
  begin: StreamingFormatter['begin'];
  end: StreamingFormatter['end'];
  /** When a file opens, before its findings. */
  open?: (head: FileHead) => void;
  write: (finding: Finding, head: FileHead) => string;
}): StreamingFormatter {
  let open: FileHead | null = null;
  const stream: StreamingFormatter = {
    begin: format.begin,
    file: (result) => renderFile(stream, result),
    openFile(head) {
      open = head;
      format.open?.(head);
      return messageFindings(head)
        .map((finding) => format.write(finding, head))
        .join('');
    },
    claim(claim) {
      const head = open;
      const finding = head && claimFinding(head, claim);
      return head && finding ? format.write(finding, head) : '';
    },
    closeFile() {
      open = null;
      return '';
    },
    end: format.end,
  };
  return stream;
}
