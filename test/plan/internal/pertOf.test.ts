import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pertOf } from '../../../src/plan/internal/pertOf.js';

describe('pertOf', () => {
  it('the PERT figures (Malcolm et al. 1959): 2, 8, 14 gives mean 8, stdDev 2, variance 4', () => {
    expect(pertOf(2, 8, 14)).toEqual({ mean: 8, stdDev: 2, variance: 4 });
  });

  it('stays finite near 1e308 (scaled before summing) and lies within o..p', () => {
    expect(pertOf(1e308, 1e308, 1e308).mean).toBe(1e308);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1.7e308, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (xs) => {
          const [o, m, p] = [...xs].sort((a, b) => a - b) as [number, number, number];
          const r = pertOf(o, m, p);
          expect(Number.isFinite(r.mean)).toBe(true);
          expect(r.mean).toBeGreaterThanOrEqual(o * (1 - 1e-12));
          expect(r.mean).toBeLessThanOrEqual(p * (1 + 1e-12));
          expect(r.variance).toBe(r.stdDev * r.stdDev);
        },
      ),
    );
  });
});
