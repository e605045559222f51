import type { Report } from '../../types.js';
import type { StreamingFormatter } from './types.js';

/** A whole report through a streaming formatter: the one string its parts make. */
export function renderReport(stream: StreamingFormatter, report: Report): string {
  const parts = [stream.begin(report)];
  for (const file of report.files) parts.push(stream.file(file));
  parts.push(stream.end(report.summary));
  return parts.join('');
}
