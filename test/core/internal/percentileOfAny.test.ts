import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileOfAny, percentileOfSorted } from '../../../src/core/internal/statsKernels.js';

const sorted = (xs: readonly number[]) => Float64Array.from(xs, (v) => (v === 0 ? 0 : v)).sort();

describe('percentileOfAny: one percentile by selection, the same value as from the sorted data', () => {
  it('hand-checked: P80 of 1..10 is 8 (nearest rank) and 8.2 (linear)', () => {
    const xs = [7, 3, 10, 1, 8, 2, 9, 4, 6, 5];
    expect(percentileOfAny(xs, 80, 'nearest-rank')).toBe(8);
    expect(percentileOfAny(xs, 80, 'linear')).toBeCloseTo(8.2, 12);
    expect(xs).toEqual([7, 3, 10, 1, 8, 2, 9, 4, 6, 5]);
  });

  it('equals percentileOfSorted for any data, percentile and method (ties, constants, sorted runs)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -5, max: 5 }),
            fc.double({ noNaN: true, noDefaultInfinity: true }),
          ),
          { minLength: 1, maxLength: 300 },
        ),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom('nearest-rank' as const, 'linear' as const),
        (xs, p, method) => {
          const want = percentileOfSorted(sorted(xs), p, method);
          expect(
            Object.is(percentileOfAny(xs, p, method), want) ||
              percentileOfAny(xs, p, method) === want,
          ).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('stays linear on large sorted, reversed and constant arrays (no quadratic pivot)', () => {
    const n = 200_000;
    for (const xs of [
      Float64Array.from({ length: n }, (_, i) => i),
      Float64Array.from({ length: n }, (_, i) => n - i),
      new Float64Array(n).fill(3),
    ])
      expect(percentileOfAny(xs, 80, 'linear')).toBe(
        percentileOfSorted(Float64Array.from(xs).sort(), 80, 'linear'),
      );
  });
});
