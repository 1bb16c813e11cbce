import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, isDecimal } from '../../src/core/numbers.js';
import { decimalFromFloat } from '../../src/finance/internal/appraisalInput.js';
import { isDeepFrozen } from '../helpers/freeze.js';

describe('decimalFromFloat (internal)', () => {
  it('equals new Decimal(x) for edge values (word boundaries, 2^53+, subnormals)', () => {
    for (const x of [
      0.1,
      -0.1,
      9999999,
      10000000,
      1e21,
      1.5e300,
      5e-324,
      1e-7,
      Number.MAX_VALUE,
      -Number.MIN_VALUE,
      0.30000000000000004,
      1188.443412335222,
      2 ** 53 + 2,
      2 ** 70,
      2.2250738585072014e-308,
    ]) {
      const d = decimalFromFloat(x);
      expect(d.toString()).toBe(new Decimal(x).toString());
      expect(d.eq(new Decimal(x))).toBe(true);
      expect(d.toNumber()).toBe(x);
    }
  });

  it('turns -0 into 0 and returns a frozen, real Decimal', () => {
    const z = decimalFromFloat(-0);
    expect(z.toString()).toBe('0');
    expect(z.isNegative()).toBe(false);
    expect(isDeepFrozen(z)).toBe(true);
    const d = decimalFromFloat(2.5);
    expect(isDecimal(d)).toBe(true);
    expect(d instanceof Decimal).toBe(true);
    expect(d.plus(1).toString()).toBe('3.5');
    expect(isDeepFrozen(d)).toBe(true);
    expect(JSON.stringify({ d })).toBe('{"d":"2.5"}');
  });

  it('issue 13: builds Decimals through the public constructor only (no RawDecimal)', async () => {
    const mod = await import('../../src/finance/internal/appraisalInput.js');
    expect(Object.keys(mod)).not.toContain('rawFromFloat');
    expect(Object.keys(mod)).not.toContain('rawLayoutMatches');
    // The instance is an ordinary one: same prototype as the constructor's.
    expect(Object.getPrototypeOf(decimalFromFloat(0.25))).toBe(Decimal.prototype);
  });

  it('property: round-trips any finite double and equals new Decimal(x)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const d = decimalFromFloat(x);
        expect(d.eq(new Decimal(x === 0 ? 0 : x))).toBe(true);
        expect(d.toNumber()).toBe(x === 0 ? 0 : x);
        expect(isDeepFrozen(d)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
