import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/numbers.js';
import { annualisedRoi, roi } from '../../src/finance/roi.js';
import { catchError, isDeepFrozen } from '../helpers/freeze.js';

describe('roi', () => {
  it('is (gain - cost) / cost: 125,000 on 100,000 is 25%', () => {
    expect(roi(125000, 100000)?.toString()).toBe('0.25');
    expect(roi(80000, 100000)?.toString()).toBe('-0.2');
  });

  it('is exact in decimal: roi(0.3, 0.1) = 2, not 1.9999999999999996', () => {
    expect(roi('0.3', '0.1')?.toString()).toBe('2');
    expect(roi(0.1 + 0.2, 0.1)?.toString()).not.toBe('2'); // a float input keeps its float value
  });

  it('null rule: roi at a zero cost is null (was DIVISION_BY_ZERO); OUT_OF_RANGE for a negative cost', () => {
    expect(roi(100, 0)).toBeNull();
    expect(roi(0, '0')).toBeNull();
    const f = catchError(() => roi(100, -5));
    expect(f.code).toBe('OUT_OF_RANGE');
    expect(f.path).toEqual(['cost']);
    expect(catchError(() => roi('x', 5)).path).toEqual(['gain']);
  });

  it('property: gain = cost · (1 + roi); frozen', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (g, c) => {
        const r = roi(g, c) as Decimal;
        expect(isDeepFrozen(r)).toBe(true);
        expect(r.plus(1).times(c).minus(g).abs().lt(1e-20)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('annualisedRoi', () => {
  it('shows the doc example: 121,000 from 100,000 in two years is 10% a year', () => {
    expect(annualisedRoi(121000, 100000, 2)?.toString()).toBe('0.1');
  });

  it('is -1 when everything is lost and equals roi over one year', () => {
    expect(annualisedRoi(0, 100, 3)?.toString()).toBe('-1');
    expect(annualisedRoi(125, 100, 1)?.toString()).toBe('0.25');
  });

  it('doubling over 3 years is 2^(1/3) - 1 = 25.99%', () => {
    expect(annualisedRoi(200, 100, 3)?.toFixed(10)).toBe((2 ** (1 / 3) - 1).toFixed(10));
  });

  it('keeps the digits of a small annual rate over many years (expm1, not pow then − 1)', () => {
    // (1 + 1e-9)^(1/1000) − 1 = 1e-12 − 5.0e-22 + … = 9.99999999500500000332…e-13 (40-digit reference)
    const want = new Decimal('1.000000001').ln().div(1000);
    const a = annualisedRoi('100.0000001', 100, 1000) as Decimal;
    expect(a.minus('9.9999999950050000033283349975e-13').abs().lt('1e-40')).toBe(true);
    expect(a.gt(want)).toBe(true); // e^x − 1 > x
    // 2^(1e-300) − 1 = ln 2 · 1e-300, not 0
    expect(annualisedRoi(2, 1, 1e300)?.toFixed(10, Decimal.ROUND_DOWN)).toBe('0.0000000000');
    expect(annualisedRoi(2, 1, 1e300)?.div('1e-300').toFixed(20)).toBe('0.69314718055994530942');
  });

  it('throws OUT_OF_RANGE rather than return Infinity beyond Decimal range', () => {
    const y = catchError(() => annualisedRoi(2, 1, 1e-300));
    expect(y.code).toBe('OUT_OF_RANGE');
    expect(y.path).toEqual(['years']);
    const r = catchError(() => roi('1e9000000000000000', '1e-9000000000000000'));
    expect(r.code).toBe('OUT_OF_RANGE');
    expect(r.path).toEqual(['gain']);
  });

  it('null rule: annualisedRoi at a zero cost is null; throws for a negative gain and years <= 0', () => {
    expect(annualisedRoi(1, 0, 1)).toBeNull();
    expect(catchError(() => annualisedRoi(1, -1, 1)).path).toEqual(['cost']);
    const g = catchError(() => annualisedRoi(-1, 10, 1));
    expect(g.code).toBe('OUT_OF_RANGE');
    expect(g.path).toEqual(['gain']);
    const y = catchError(() => annualisedRoi(1, 10, 0));
    expect(y.code).toBe('OUT_OF_RANGE');
    expect(y.path).toEqual(['years']);
    expect(catchError(() => annualisedRoi(1, 10, Number.NaN)).code).toBe('INVALID_NUMBER');
  });

  it('property: compounding the annual rate over the years gives back gain / cost', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e7 }),
        fc.integer({ min: 1, max: 1e7 }),
        fc.integer({ min: 1, max: 40 }),
        (g, c, y) => {
          const a = annualisedRoi(g, c, y) as Decimal;
          expect(isDeepFrozen(a)).toBe(true);
          const back = a.plus(1).pow(y).times(c);
          expect(back.minus(g).abs().lte(new Decimal(g).abs().plus(c).times(1e-25))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
