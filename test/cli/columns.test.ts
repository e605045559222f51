import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, run, testDataset } from './run.js';

// Line 2 of the fixture starts with 😀 (U+1F600) and 𠀀 (U+20000, CJK Extension B) before the claim: the
// column of 2500亿美元 is 22 in characters, 24 in UTF-16 code units and 52 in UTF-8 bytes.
const path = join(fixtures, 'astral/article.txt');
const line = readFileSync(path, 'utf8').split('\n')[1]!;
const prefix = line.slice(0, line.indexOf('2500亿美元'));
const claimEnd = prefix + '2500亿美元';

describe('columns from the pipeline to each format', () => {
  it.each([
    ['json (UTF-16, the model)', 'json', prefix.length + 1, claimEnd.length + 1],
    ['sarif (utf16CodeUnits)', 'sarif', prefix.length + 1, claimEnd.length + 1],
    ['github (characters)', 'github', [...prefix].length + 1, [...claimEnd].length + 1],
    ['rdjsonl (UTF-8 bytes)', 'rdjsonl', Buffer.byteLength(prefix) + 1, Buffer.byteLength(claimEnd) + 1],
  ] as const)('%s', (_name, format, start, end) => {
    const r = run(['verify', '--format', format, path, ...testDataset]);
    expect(r.code, r.stderr).toBe(1);
    let got: [number, number];
    if (format === 'json') {
      const claim = JSON.parse(r.stdout).files[0].claims.find((c: { verdict: string }) => c.verdict === 'contradiction');
      got = [claim.start.column, claim.end.column];
    } else if (format === 'sarif') {
      const region = JSON.parse(r.stdout).runs[0].results[0].locations[0].physicalLocation.region;
      got = [region.startColumn, region.endColumn];
    } else if (format === 'github') {
      const m = /,col=(\d+),endLine=2,endColumn=(\d+),/u.exec(r.stdout)!;
      got = [Number(m[1]), Number(m[2])];
    } else {
      const range = JSON.parse(r.stdout.split('\n')[0]!).location.range;
      got = [range.start.column, range.end.column];
    }
    expect(got).toEqual([start, end]);
  });
});
