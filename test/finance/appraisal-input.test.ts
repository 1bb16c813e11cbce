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

describe('epochDayFast (internal)', () => {
  it('agrees with core toEpochDay on every kind of date, and defers on anything else', async () => {
    const { epochDayFast } = await import('../../src/finance/xnpv.js');
    const { fromEpochDay, toEpochDay } = await import('../../src/core/dates.js');
    const lo = toEpochDay('0001-01-01');
    const hi = toEpochDay('9999-12-31');
    for (let day = lo; day <= hi; day += 997) expect(epochDayFast(fromEpochDay(day))).toBe(day);
    for (const d of [
      '2000-02-29',
      '1900-02-28',
      '2024-12-31',
      '1970-01-01',
      '0001-01-01',
      '9999-12-31',
    ])
      expect(epochDayFast(d)).toBe(toEpochDay(d));
    for (const bad of [
      '1900-02-29',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-04-31',
      '0000-01-01',
      '2024/01/01',
      '2024-1-01',
      ' 2024-01-0',
      '20a4-01-01',
      20240101,
      null,
    ])
      expect(epochDayFast(bad)).toBeNaN();
  });
});
