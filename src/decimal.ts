/**
 * Exact decimals for parsed quantities: `coefficient × 10^exponent`. Binary floats would turn 16.4亿 into
 * 1639999999.9999998; here it stays 164 × 10^7. Convert to a number only at the edge (JSON, comparisons).
 */
export interface Decimal {
  coefficient: bigint;
  exponent: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** Parse an ASCII decimal string such as `5822.2`, `-15.3` or `1234`. Throws on anything else (misuse). */
export function parseDecimal(text: string): Decimal {
  const m = DECIMAL.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) {
    throw new TypeError(`parseDecimal: not a decimal number: ${JSON.stringify(text)}`);
  }
  const fraction = m[3] ?? '';
  const digits = (m[2] ?? '') + fraction;
  const coefficient = BigInt(digits === '' ? '0' : digits) * (m[1] === '-' ? -1n : 1n);
  return { coefficient, exponent: -fraction.length };
}

/** Multiply by 10^n (a magnitude: 万 = 4, 亿 = 8, 万亿 = 12). */
export function shift(d: Decimal, n: number): Decimal {
  return { coefficient: d.coefficient, exponent: d.exponent + n };
}

export function negate(d: Decimal): Decimal {
  return { coefficient: -d.coefficient, exponent: d.exponent };
}

/** The exact decimal string, e.g. `582220000000` or `19.3`. */
export function toDecimalString(d: Decimal): string {
  const negative = d.coefficient < 0n;
  let digits = (negative ? -d.coefficient : d.coefficient).toString();
  let out: string;
  if (d.exponent >= 0) {
    out = digits === '0' ? '0' : digits + '0'.repeat(d.exponent);
  } else {
    const places = -d.exponent;
    if (digits.length <= places) digits = '0'.repeat(places - digits.length + 1) + digits;
    const int = digits.slice(0, digits.length - places);
    const frac = digits.slice(digits.length - places).replace(/0+$/, '');
    out = frac ? `${int}.${frac}` : int;
  }
  return negative && out !== '0' ? `-${out}` : out;
}

/** The nearest double: exact for every integer below 2^53 and correctly rounded otherwise. */
export function toNumber(d: Decimal): number {
  return Number(`${d.coefficient}e${d.exponent}`);
}

/** Align two decimals to the same exponent. */
function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const e = Math.min(a.exponent, b.exponent);
  return [a.coefficient * 10n ** BigInt(a.exponent - e), b.coefficient * 10n ** BigInt(b.exponent - e), e];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, e] = align(a, b);
  return { coefficient: x + y, exponent: e };
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  return add(a, negate(b));
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}
