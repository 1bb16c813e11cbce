import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound, upperBound } from '../../../src/core/internal/binarySearch.js';

describe('upperBound and lowerBound', () => {
  it('find the first element greater than / not less than x, with repeats', () => {
    const a = [1, 2, 2, 2, 5];
    expect(upperBound(a, 2)).toBe(4);
    expect(lowerBound(a, 2)).toBe(1);
    expect(upperBound(a, 0)).toBe(0);
    expect(lowerBound(a, 6)).toBe(5);
    expect(upperBound(Int32Array.from([3, 7]), 7)).toBe(2);
    expect(upperBound([], 1)).toBe(0);
  });

  it('agree with a linear scan on random sorted arrays', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 })),
        fc.integer({ min: -25, max: 25 }),
        (xs, x) => {
          const sorted = [...xs].sort((a, b) => a - b);
          const upper = sorted.findIndex((v) => v > x);
          const lower = sorted.findIndex((v) => v >= x);
          expect(upperBound(sorted, x)).toBe(upper === -1 ? sorted.length : upper);
          expect(lowerBound(sorted, x)).toBe(lower === -1 ? sorted.length : lower);
        },
      ),
    );
  });
});
