/**
 * The table-driven claims suite: each case in test/fixtures/claims/cases-*.yaml is a sentence (or a few
 * sentences, or a small tab-separated table) with its publication date and the exact claims a careful editor
 * reads in it. A case with `expectNone: true` must yield no claim at all.
 *
 * Each expected claim lists the fields that matter for it; `text`, `value`, `unit`, `flow`, `measure` and
 * `period` are always listed. Fields a plain sentence leaves at their ordinary value are asserted too when not
 * listed: qualifier `exact`, forecast `false`, product `8542`, no partner, no province.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDecimal, toDecimalString } from '../../src/decimal.js';
import type { Claim, Period } from '../../src/types.js';
import { caseClaims } from './case-source.js';

interface ExpectedClaim {
  text: string;
  value: string | number;
  upper?: string | number;
  unit: Claim['unit'];
  flow: Claim['flow'];
  measure: Claim['measure'];
  period: Period | null;
  of?: Claim['of'];
  currency?: Claim['currency'];
  qualifier?: Claim['qualifier'];
  forecast?: boolean;
  product?: string;
  partner?: string | null;
  province?: string | null;
  origin?: Claim['origin'];
  shareBase?: Claim['shareBase'];
  /** The year a rate over several years is measured from; null asserts a plain year-on-year rate. */
  baseYear?: number | null;
  /** Where fields were read (`period: inherited`), compared for the fields listed. */
  evidence?: Partial<Record<keyof Claim['fieldEvidence'], string>>;
}

interface Case {
  name: string;
  published: string | null;
  text: string;
  source?: string;
  title?: boolean;
  wrap?: boolean;
  expectNone?: boolean;
  claims?: ExpectedClaim[];
}

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'claims');
// pending.yaml holds cases the claims stage does not read right yet; it is not part of the suite. Set
// CHIPCHECK_PENDING=1 to run it too (expect failures) when working on them.
const files = readdirSync(dir)
  .filter((f) => /^cases-.*\.ya?ml$/.test(f) || (process.env.CHIPCHECK_PENDING === '1' && f === 'pending.yaml'))
  .sort();

const REQUIRED = ['text', 'value', 'unit', 'flow', 'measure', 'period'] as const;
const DEFAULTS = { qualifier: 'exact', forecast: false, product: '8542', partner: null, province: null } as const;

/** A decimal written in the fixture (string or YAML number) in canonical form. */
const canonical = (v: string | number) => toDecimalString(parseDecimal(String(v)));

/** The claim as the fixture would write it, restricted to the fields the fixture lists (plus defaults). */
function view(claim: Claim, expected: ExpectedClaim): Record<string, unknown> {
  const all: Record<string, unknown> = {
    text: claim.text,
    value: toDecimalString(claim.amount),
    upper: claim.upper ? toDecimalString(claim.upper) : undefined,
    unit: claim.unit,
    flow: claim.flow,
    measure: claim.measure,
    period: claim.period,
    of: claim.of,
    currency: claim.currency ?? null,
    qualifier: claim.qualifier,
    forecast: claim.forecast,
    product: claim.product,
    partner: claim.partner,
    province: claim.province,
    origin: claim.origin,
    shareBase: claim.shareBase,
    baseYear: claim.baseYear ?? null,
    evidence: expected.evidence ? Object.fromEntries(Object.keys(expected.evidence).map((k) => [k, claim.fieldEvidence[k as keyof Claim['fieldEvidence']]?.from])) : undefined,
  };
  const keys = new Set([...Object.keys(expected), ...Object.keys(DEFAULTS)]);
  return Object.fromEntries([...keys].map((k) => [k, all[k]]));
}

function want(expected: ExpectedClaim): Record<string, unknown> {
  const out: Record<string, unknown> = { ...DEFAULTS, ...expected, value: canonical(expected.value) };
  if (expected.upper !== undefined) out.upper = canonical(expected.upper);
  return out;
}

for (const file of files) {
  const cases = parse(readFileSync(join(dir, file), 'utf8')) as Case[];
  describe(file, () => {
    it('has well-formed cases', () => {
      const names = new Set<string>();
      for (const c of cases) {
        expect(names.has(c.name), `duplicate case name ${c.name}`).toBe(false);
        names.add(c.name);
        expect(c.expectNone === true || (c.claims?.length ?? 0) > 0, `${c.name}: claims or expectNone`).toBe(true);
        for (const k of c.claims ?? []) for (const f of REQUIRED) expect(k, `${c.name}: ${f}`).toHaveProperty(f);
      }
    });
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const published = c.published === null ? null : String(c.published);
      const claims = caseClaims({ text: c.text, published, ...(c.title ? { title: true } : {}), ...(c.wrap ? { wrap: true } : {}) });
      if (c.expectNone) {
        expect(claims.map((k) => k.text)).toEqual([]);
        return;
      }
      const expected = c.claims!;
      expect(claims.map((k) => k.text), 'claim spans, in order').toEqual(expected.map((k) => k.text));
      claims.forEach((claim, i) => expect(view(claim, expected[i]!), `claim ${i} (${claim.text})`).toEqual(want(expected[i]!)));
    });
  });
}
