import { test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { findNumbers } from '../../../src/extract/numbers/index.js';
import { toDecimalString } from '../../../src/decimal.js';
test('try', () => {
  const lines = readFileSync('/tmp/nb/in.txt', 'utf8').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    out.push('## ' + line.slice(0, 120));
    for (const m of findNumbers(line, 0)) {
      out.push(`  [${m.raw}] v=${toDecimalString(m.value)}${m.upper ? '..' + toDecimalString(m.upper) : ''} p=${m.precision} u=${m.unit}/${m.unitText} mag=${m.magnitude} q=${m.qualifier}/${m.qualifierText} f=${m.forecast} s=${m.style} num=[${line.slice(m.numberStart, m.numberEnd)}]`);
    }
  }
  writeFileSync('/tmp/nb/out.txt', out.join('\n'));
});
