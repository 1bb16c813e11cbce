import DecimalJsDefault from 'decimal.js';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { Decimal, isDecimal, roundMoney, toDecimal, toNumber } from '../../src/core/numbers.js';
import { catchError } from '../helpers/freeze.js';

// The host app's own decimal.js (the default export, as an app would import it).
const HostDecimal = DecimalJsDefault as unknown as typeof Decimal;

describe('toDecimal', () => {
  it('is exact: 0.1 + 0.2 = 0.3', () => {
    expect(toDecimal(0.1).plus(toDecimal('0.2')).toString()).toBe('0.3');
  });
  it('accepts numbers, numeric strings and Decimals of any clone', () => {
    expect(toDecimal(12).toString()).toBe('12');
    expect(toDecimal(' -1e3 ').toString()).toBe('-1000');
    expect(toDecimal('.5').toString()).toBe('0.5');
    expect(toDecimal(new HostDecimal('1.25')).toString()).toBe('1.25');
    expect(toDecimal(new Decimal('7')).toString()).toBe('7');
  });
  it('returns popm clone instances', () => {
    expect(toDecimal(new HostDecimal('1')).constructor).toBe(Decimal);
  });
  it.each([
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY],
    ['abc'],
    [''],
    ['1,000'],
    ['Infinity'],
    ['NaN'],
    [null],
    [undefined],
    [{}],
    [[1]],
    [true],
    [10n],
  ])('rejects %p with INVALID_NUMBER at the given path', (bad) => {
    const e = catchError(() => toDecimal(bad, ['price']));
    expect(e.code).toBe('INVALID_NUMBER');
    expect(e.path).toEqual(['price']);
  });
  it('rejects a non-finite Decimal', () => {
    expect(catchError(() => toDecimal(new HostDecimal(Number.NaN))).code).toBe('INVALID_NUMBER');
    expect(catchError(() => toDecimal(new HostDecimal(Number.POSITIVE_INFINITY))).code).toBe(
      'INVALID_NUMBER',
    );
  });
});

describe('toNumber', () => {
  it('converts numerics', () => {
    expect(toNumber('2.5')).toBe(2.5);
    expect(toNumber(new Decimal('0.25'))).toBe(0.25);
    expect(toNumber(-3)).toBe(-3);
  });
  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], ['x'], [null], [{}], ['1e400']])(
    'rejects %p with INVALID_NUMBER',
    (bad) => {
      const e = catchError(() => toNumber(bad, ['estimate']));
      expect(e.code).toBe('INVALID_NUMBER');
      expect(e.path).toEqual(['estimate']);
    },
  );
  it('rejects a Decimal too large for a float64', () => {
    expect(catchError(() => toNumber(new Decimal('1e400'))).code).toBe('INVALID_NUMBER');
  });
});

describe('roundMoney', () => {
  it('rounds half to even (banker’s rounding)', () => {
    expect(roundMoney('2.345').toString()).toBe('2.34');
    expect(roundMoney('2.355').toString()).toBe('2.36');
    expect(roundMoney('-2.345').toString()).toBe('-2.34');
    expect(roundMoney(1234.5, 0).toString()).toBe('1234');
    expect(roundMoney(1235.5, 0).toString()).toBe('1236');
    expect(roundMoney('1.23456', 4).toString()).toBe('1.2346');
  });
  it('rejects bad decimals with OUT_OF_RANGE', () => {
    for (const bad of [-1, 1.5, 21, Number.NaN]) {
      const e = catchError(() => roundMoney(1, bad));
      expect(e.code).toBe('OUT_OF_RANGE');
      expect(e.path).toEqual(['decimals']);
    }
  });
  it('rejects a bad amount with INVALID_NUMBER', () => {
    expect(catchError(() => roundMoney('x')).code).toBe('INVALID_NUMBER');
  });
});

describe('isolation from the host’s global Decimal settings', () => {
  afterEach(() => {
    HostDecimal.set({ defaults: true });
  });
  it('gives the same results whatever the host sets', () => {
    const before = [
      toDecimal('1').div(3).toString(),
      roundMoney('2.345').toString(),
      toDecimal('2').sqrt().toString(),
    ];
    HostDecimal.set({ precision: 5, rounding: HostDecimal.ROUND_UP, toExpNeg: -1 });
    const after = [
      toDecimal('1').div(3).toString(),
      roundMoney('2.345').toString(),
      toDecimal('2').sqrt().toString(),
    ];
    expect(after).toEqual(before);
    expect(before[0]).toBe('0.3333333333333333333333333333333333');
  });
  it('does not change the host’s settings', () => {
    const precision = HostDecimal.precision;
    toDecimal('1').div(7);
    expect(HostDecimal.precision).toBe(precision);
  });
});

describe('isDecimal', () => {
  it('recognises any decimal.js instance', () => {
    expect(isDecimal(new Decimal(1))).toBe(true);
    expect(isDecimal(new HostDecimal(1))).toBe(true);
    expect(isDecimal(1)).toBe(false);
    expect(isDecimal('1')).toBe(false);
  });
});

describe('properties', () => {
  it('toDecimal(n) round-trips finite doubles through toNumber', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(toNumber(toDecimal(n)) === n).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('roundMoney is idempotent and within half a unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (n, dp) => {
        const x = new Decimal(n).div(1000);
        const r = roundMoney(x, dp);
        expect(roundMoney(r, dp).eq(r)).toBe(true);
        expect(r.minus(x).abs().lte(new Decimal(10).pow(-dp).div(2))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
