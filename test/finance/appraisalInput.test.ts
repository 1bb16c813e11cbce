import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, isDecimal } from '../../src/core/numbers.js';
import {
  decimalFromFloat,
  rawFromFloat,
  rawLayoutMatches,
} from '../../src/finance/internal/appraisalInput.js';
import { isDeepFrozen } from '../helpers/freeze.js';

function fields(d: Decimal): unknown {
  const raw = d as unknown as { s: number; e: number; d: number[]; constructor: unknown };
  return { s: raw.s, e: raw.e, d: [...raw.d], ctor: raw.constructor === Decimal };
}

describe('decimalFromFloat (internal)', () => {
  it('lays out the same fields as new Decimal(x) for edge values', () => {
    for (const x of [
      0.1,
      -0.1,
      1,
      -1,
      9999999,
      10000000,
      12345678.9,
      1e21,
      1.5e300,
      5e-324,
      1e-7,
      1.2345e-7,
      Number.MAX_VALUE,
      -Number.MIN_VALUE,
      0.30000000000000004,
      1188.443412335222,
      // integers past 2^53, either side of String()'s switch to exponent form at 1e21
      2 ** 53,
      2 ** 53 + 2,
      2 ** 60,
      123456789012345680000,
      999999999999999900000,
      1e22,
      2 ** 70,
      // either side of the switch at 1e-7, the smallest normal and the largest subnormal
      1e-6,
      9.99999e-7,
      2.2250738585072014e-308,
      2.225073858507201e-308,
      -5e-324,
      // every position of the decimal point relative to the base-1e7 words
      1.5,
      12.5,
      123.5,
      1234.5,
      12345.5,
      123456.5,
      1234567.5,
      0.01,
      0.000123,
    ]) {
      // the raw path itself (decimalFromFloat would hide a broken one behind its fallback)
      expect(fields(rawFromFloat(x))).toEqual(fields(new Decimal(x)));
      expect(fields(decimalFromFloat(x))).toEqual(fields(new Decimal(x)));
      expect(decimalFromFloat(x).toString()).toBe(new Decimal(x).toString());
    }
  });

  it('turns -0 into 0 and returns a frozen, real Decimal', () => {
    const z = decimalFromFloat(-0);
    expect(z.toString()).toBe('0');
    expect(fields(z)).toEqual(fields(new Decimal(0)));
    expect(z.isNegative()).toBe(false);
    expect(isDeepFrozen(z)).toBe(true);
    const d = decimalFromFloat(2.5);
    expect(isDecimal(d)).toBe(true);
    expect(d instanceof Decimal).toBe(true);
    expect(d.plus(1).toString()).toBe('3.5');
    expect(isDeepFrozen(d)).toBe(true);
    expect(JSON.stringify({ d })).toBe('{"d":"2.5"}');
  });

  it('confirms, once, that the installed decimal.js lays out its fields as the fast path does', () => {
    expect(rawLayoutMatches()).toBe(true);
    expect(rawLayoutMatches()).toBe(true);
  });

  it('property: equals new Decimal(x) field by field for any integer up to 2^80 and its negative', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 2n ** 80n }), fc.boolean(), (b, neg) => {
        const x = Number(neg ? -b : b);
        const d = rawFromFloat(x);
        expect(fields(d)).toEqual(fields(new Decimal(x)));
        expect(d.eq(new Decimal(x))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: equals new Decimal(x) field by field for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        fc.pre(x !== 0);
        const d = rawFromFloat(x);
        expect(fields(d)).toEqual(fields(new Decimal(x)));
        expect(fields(decimalFromFloat(x))).toEqual(fields(d));
        expect(d.toString()).toBe(new Decimal(x).toString());
        expect(d.toNumber()).toBe(x);
        expect(isDeepFrozen(d)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
