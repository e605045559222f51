import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/report/formatters/index.js';
import { loadFixture } from './fixture.js';

const require = createRequire(import.meta.url);
const fixture = loadFixture(join(import.meta.dirname, '../fixtures/report/mixed'));

describe('JSON report', () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schema/report.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  it('validates against schema/report.schema.json', () => {
    const ok = validate(JSON.parse(format(fixture.report, 'json')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
  it('the schema rejects a claim without a verdict', () => {
    const broken = JSON.parse(format(fixture.report, 'json'));
    delete broken.files[0].claims[0].verdict;
    expect(validate(broken)).toBe(false);
  });
});

describe('SARIF', () => {
  // The SARIF 2.1.0 (rtm.5) schema as shipped by the npm package @microsoft/jest-sarif (MIT), a draft-04 schema.
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  it('validates against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(format(fixture.report, 'sarif', { cwd: '/repo' }));
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
  });
  it('the validator catches a broken log', () => {
    const log = JSON.parse(format(fixture.report, 'sarif', { cwd: '/repo' }));
    log.runs[0].columnKind = 'bytes';
    expect(validate(log)).toBe(false);
  });
});
