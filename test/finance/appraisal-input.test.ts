import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, isDecimal } from '../../src/core/numbers.js';
import { decimalFromFloat } from '../../src/finance/appraisal-input.js';
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
    ]) {
      expect(fields(decimalFromFloat(x))).toEqual(fields(new Decimal(x)));
      expect(decimalFromFloat(x).toString()).toBe(new Decimal(x).toString());
    }
  });

  it('turns -0 into 0 and returns a frozen, real Decimal', () => {
    const z = decimalFromFloat(-0);
    expect(z.toString()).toBe('0');
    const d = decimalFromFloat(2.5);
    expect(isDecimal(d)).toBe(true);
    expect(d instanceof Decimal).toBe(true);
    expect(d.plus(1).toString()).toBe('3.5');
    expect(isDeepFrozen(d)).toBe(true);
    expect(JSON.stringify({ d })).toBe('{"d":"2.5"}');
  });

  it('property: equals new Decimal(x) field by field for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        fc.pre(x !== 0);
        expect(fields(decimalFromFloat(x))).toEqual(fields(new Decimal(x)));
      }),
      { numRuns: 2000 },
    );
  });
});
