// Builds a Report from a fixture folder a reader can open: the articles, and `claims.json` naming each claim
// by the text it covers (`find`); offsets, lines and columns are computed from the articles, never typed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDecimal } from '../../src/decimal.js';
import { createLocator } from '../../src/report/position.js';
import { buildReport } from '../../src/report/summarise.js';
import type { CheckedClaim, FileResult, Report } from '../../src/types.js';

interface ClaimSpec extends Omit<CheckedClaim, 'start' | 'end' | 'context' | 'amount' | 'id' | 'text' | 'block' | 'province' | 'origin' | 'difference'> {
  find: string;
  value: number & string;
}

export interface Fixture {
  report: Report;
}

export function loadFixture(dir: string): Fixture {
  const spec = JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8'));
  const files: FileResult[] = spec.files.map((file: { path: string; claims: ClaimSpec[]; messages: Array<{ find?: string }> } & FileResult) => {
    // A file the run could not read has no text in the fixture folder either.
    const text = file.ok === false ? '' : readFileSync(join(dir, file.path), 'utf8');
    const locate = createLocator(text);
    const at = (find: string) => {
      const offset = text.indexOf(find);
      if (offset < 0) throw new Error(`fixture ${dir}: ${JSON.stringify(find)} is not in ${file.path}`);
      return offset;
    };
    // The context is the whole line, as a sentence that starts its line would be.
    const sentenceAround = (from: number, to: number) => {
      const start = Math.max(text.lastIndexOf('\n', from - 1) + 1, text.lastIndexOf('\r', from - 1) + 1);
      const nl = text.slice(to).search(/[\r\n]/u);
      const end = nl < 0 ? text.length : to + nl;
      return { text: text.slice(start, end), start: locate.toPoint(start), end: locate.toPoint(end) };
    };
    const claims = file.claims.map(({ find, value, ...rest }, id): CheckedClaim => {
      const from = at(find);
      const to = from + find.length;
      const expected = rest.expected;
      return {
        ...rest,
        id,
        text: find,
        block: 0,
        province: null,
        origin: 'sentence',
        amount: parseDecimal(value),
        start: locate.toPoint(from),
        end: locate.toPoint(to),
        context: sentenceAround(from, to),
        difference: expected === null ? null : { absolute: Number(value) - expected, relative: (Number(value) - expected) / expected },
      };
    });
    const messages = file.messages.map(({ find, ...message }) => {
      const m = message as FileResult['messages'][number];
      return find === undefined ? m : { ...m, offset: at(find), start: locate.toPoint(at(find)) };
    });
    return { path: file.path, published: file.published, kind: file.kind, encoding: file.encoding, text, bom: false, claims, messages, ok: file.ok !== false };
  });
  return { report: buildReport(files, spec.dataset, spec.version) };
}
