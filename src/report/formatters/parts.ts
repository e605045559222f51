import type { FileResult } from '../../types.js';
import type { StreamingFormatter } from './types.js';

/** A whole file through a streaming formatter's parts (its `file`): `openFile`, each claim, `closeFile`. */
export function renderFile(stream: StreamingFormatter, result: FileResult): string {
  const { claims, ...head } = result;
  let out = stream.openFile(head);
  for (const claim of claims) out += stream.claim(claim);
  return out + stream.closeFile();
}
