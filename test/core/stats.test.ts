import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mean,
  median,
  normalCdf,
  normalQuantile,
  percentile,
  percentiles,
  sampleStdDev,
  sum,
} from '../../src/core/stats.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';

const oneToTen = deepFreezeInput([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

describe('sum, mean, median, sampleStdDev', () => {
  it('sums with compensation', () => {
    expect(sum([1e16, 1, -1e16])).toBe(1);
    expect(sum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(sum([])).toBe(0);
  });
  it('computes the textbook values', () => {
    expect(mean([8, 13, 21])).toBe(14);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    // Wikipedia "Standard deviation": 2, 4, 4, 4, 5, 5, 7, 9 → population σ 2, sample s = 2.138
    expect(sampleStdDev([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138089935299395, 14);
    expect(sampleStdDev([3, 3])).toBe(0);
  });
  it('rejects empty, short and non-finite input', () => {
    expect(catchError(() => mean([])).code).toBe('EMPTY_INPUT');
    expect(catchError(() => median([])).code).toBe('EMPTY_INPUT');
    expect(catchError(() => sampleStdDev([1])).code).toBe('EMPTY_INPUT');
    const e = catchError(() => mean([1, Number.NaN]));
    expect(e.code).toBe('INVALID_NUMBER');
    expect(e.path).toEqual(['values', 1]);
    expect(catchError(() => sum([1, '2' as never])).code).toBe('INVALID_NUMBER');
    expect(catchError(() => sum('12' as never)).code).toBe('INVALID_ARGUMENT');
  });
});

describe('percentile (the issue’s figures for [1..10])', () => {
  it('nearest-rank: P50 = 5, P85 = 9, P95 = 10', () => {
    expect(percentile(oneToTen, 50)).toBe(5);
    expect(percentile(oneToTen, 85)).toBe(9);
    expect(percentile(oneToTen, 95)).toBe(10);
    expect(percentiles(oneToTen, [50, 85, 95])).toEqual([5, 9, 10]);
  });
  it('linear: P50 = 5.5, P85 = 8.65, P95 = 9.55 (numpy default, Excel PERCENTILE.INC)', () => {
    expect(percentile(oneToTen, 50, { method: 'linear' })).toBe(5.5);
    expect(percentile(oneToTen, 85, { method: 'linear' })).toBeCloseTo(8.65, 12);
    expect(percentile(oneToTen, 95, { method: 'linear' })).toBeCloseTo(9.55, 12);
  });
  it('is not fooled by float noise: nearest-rank P70 of 10 values is the 7th (0.7 × 10 ≠ 7 in floats)', () => {
    expect(percentile(oneToTen, 70)).toBe(7);
    expect(percentile(oneToTen, 0)).toBe(1);
    expect(percentile(oneToTen, 100)).toBe(10);
    expect(percentile([42], 50, { method: 'linear' })).toBe(42);
  });
  it('Wikipedia nearest-rank example: 15, 20, 35, 40, 50 → P30 = 20, P40 = 20, P50 = 35, P100 = 50', () => {
    expect(percentiles([15, 20, 35, 40, 50], [30, 40, 50, 100])).toEqual([20, 20, 35, 50]);
  });
  it('returns frozen output and never mutates input', () => {
    const input = deepFreezeInput([3, 1, 2]);
    const out = percentiles(input, [50]);
    expect(isDeepFrozen(out)).toBe(true);
    expect(input).toEqual([3, 1, 2]);
  });
  it('rejects bad p, bad method and empty input', () => {
    expect(catchError(() => percentile([], 50)).code).toBe('EMPTY_INPUT');
    expect(catchError(() => percentile([1], 101)).code).toBe('OUT_OF_RANGE');
    expect(catchError(() => percentile([1], -1)).path).toEqual(['p']);
    expect(catchError(() => percentile([1], Number.NaN)).code).toBe('INVALID_NUMBER');
    expect(catchError(() => percentiles([1], [50, 200])).path).toEqual(['ps', 1]);
    expect(catchError(() => percentiles([1], 50 as never)).code).toBe('INVALID_ARGUMENT');
    expect(catchError(() => percentile([1], 50, { method: 'mean' as never })).code).toBe(
      'INVALID_ARGUMENT',
    );
  });
  it('is monotone in p, bounded by min and max, and a data value for nearest-rank (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (xs, p1, p2) => {
          const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
          for (const method of ['nearest-rank', 'linear'] as const) {
            const a = percentile(xs, lo, { method });
            const b = percentile(xs, hi, { method });
            expect(a).toBeLessThanOrEqual(b);
            expect(a).toBeGreaterThanOrEqual(Math.min(...xs));
            expect(b).toBeLessThanOrEqual(Math.max(...xs));
          }
          expect(xs).toContain(percentile(xs, lo));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('normal distribution', () => {
  it('matches published Φ values (standard normal table)', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 15);
    expect(normalCdf(0.3)).toBeCloseTo(0.6179114221889527, 14);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(-40)).toBe(0);
  });
  it('normalQuantile inverts normalCdf', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326347874040841, 12);
    expect(normalQuantile(0.99)).toBeCloseTo(2.326347874040841, 12);
    fc.assert(
      fc.property(fc.double({ min: -8, max: 5, noNaN: true }), (z) => {
        // Above z ≈ 5, Φ(z) is within 3e-7 of 1 and a double cannot hold p precisely.
        expect(normalQuantile(normalCdf(z))).toBeCloseTo(z, 6);
      }),
      { numRuns: 200 },
    );
  });
  it('rejects bad input', () => {
    expect(catchError(() => normalCdf(Number.NaN)).code).toBe('INVALID_NUMBER');
    expect(catchError(() => normalQuantile(0)).code).toBe('OUT_OF_RANGE');
    expect(catchError(() => normalQuantile(1)).code).toBe('OUT_OF_RANGE');
    expect(catchError(() => normalQuantile(Number.NaN)).code).toBe('INVALID_NUMBER');
  });
});
