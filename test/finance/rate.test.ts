import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/numbers.js';
import { fv, pmt, pv } from '../../src/finance/annuity.js';
import { rate } from '../../src/finance/rate.js';
import { catchError, isDeepFrozen } from '../helpers/freeze.js';

/** The identity pv·g^n + pmt·(1 + r·w)·(g^n − 1)/r + fv, relative to its terms' size, in Decimal. */
function residual(r: Decimal, n: number, m: number, p: number, f: number, w: 0 | 1): number {
  const g = new Decimal(1).plus(r);
  const gn = g.pow(n);
  const ann = r.isZero() ? new Decimal(n) : gn.minus(1).div(r);
  const due = new Decimal(1).plus(r.times(w));
  const terms = [gn.times(p), due.times(ann).times(m), new Decimal(f)];
  const sum = terms.reduce((s, t) => s.plus(t), new Decimal(0));
  const size = terms.reduce((s, t) => s.plus(t.abs()), new Decimal(0));
  return size.isZero() ? 0 : sum.abs().div(size).toNumber();
}

describe('rate: published examples', () => {
  it('matches Excel help: RATE(4*12, -200, 8000) = 0.77% a month (9.24% a year)', () => {
    const r = rate(48, -200, 8000) as Decimal;
    expect(r.toFixed(10)).toBe('0.0077014725');
    expect(r.times(12).toFixed(4)).toBe('0.0924');
  });

  it('matches numpy-financial test_rate: rate(10, 0, -3500, 10000) = 0.1107 (exactly (10000/3500)^0.1 − 1)', () => {
    const r = rate(10, 0, -3500, 10000) as Decimal;
    expect(r.toFixed(4)).toBe('0.1107');
    // numpy-financial's Decimal test pins its Newton stop (…1426893); the root is …1075281
    expect(r.minus('0.110690853710752806253825900629').abs().lt(1e-15)).toBe(true);
  });

  it('matches numpy-financial test_rate_with_infeasible_solution: paying in while borrowing has no rate (null)', () => {
    for (const when of ['end', 'begin'] as const)
      expect(rate(12, 400, 10000, 5000, when)).toBeNull();
  });

  it('matches the OpenFormula figures numpy once tested: 0.01623133 (fv 100), 0.01996455 (begin)', () => {
    expect(rate(12, -100, 1000, 100)?.toFixed(8)).toBe('0.01623133');
    expect(rate(12, -100, 1000, 100, 'begin')?.toFixed(8)).toBe('0.01996455');
    expect(rate(12, -100, 1000)?.toFixed(7)).toBe('0.0292285');
  });

  it('gives 0 when the payments repay exactly the principal, and accepts a fractional nper', () => {
    expect(rate(10, -100, 1000)?.toString()).toBe('0');
    const r = rate(4.5, -200, 800) as Decimal;
    expect(residual(r, 4.5, -200, 800, 0, 0)).toBeLessThan(1e-12);
  });

  it('null rule: nothing to pay or receive, or every rate solving it, has no single rate', () => {
    expect(rate(10, 0, 0, 0)).toBeNull();
    expect(rate(10, 0, 100, 0)).toBeNull();
    // one payment due at the start repays the loan on the spot, at any rate
    expect(rate(1, -100, 100, 0, 'begin')).toBeNull();
  });

  it('with two rates picks the one nearest the guess (default 10%, as Excel)', () => {
    // pv 100, pmt -230 at the end of period 1... as an annuity: n = 2, pv = -100, pmt = 230, fv = -362
    // (flows -100, 230, -132: IRRs 10% and 20%)
    const low = rate(2, 230, -100, -362) as Decimal;
    const high = rate(2, 230, -100, -362, 'end', 0.3) as Decimal;
    expect(low.toFixed(9)).toBe('0.100000000');
    expect(high.toFixed(9)).toBe('0.200000000');
  });
});

describe('rate: input rules', () => {
  it('throws OUT_OF_RANGE at nper <= 0 and at a guess <= -1, INVALID_NUMBER and INVALID_ARGUMENT', () => {
    expect(catchError(() => rate(0, -1, 10)).path).toEqual(['nper']);
    expect(catchError(() => rate(10, -1, 10, 0, 'end', -1)).path).toEqual(['guess']);
    expect(catchError(() => rate(10, 'x', 10)).code).toBe('INVALID_NUMBER');
    expect(catchError(() => rate(10, -1, 10, 0, 'middle' as never)).path).toEqual(['when']);
  });
});

describe('rate: properties', () => {
  it('property: round-trips pmt (rate(n, pmt(r, n, pv), pv) = r) and is frozen', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.0005, max: 0.5, noNaN: true }),
        fc.integer({ min: 1, max: 480 }),
        fc.integer({ min: 1, max: 1e7 }),
        fc.constantFrom<'end' | 'begin'>('end', 'begin'),
        (r, n, p, when) => {
          // One payment due at the start repays pv at t = 0: every rate solves it.
          fc.pre(!(n === 1 && when === 'begin'));
          const m = pmt(r, n, p, 0, when).toNumber();
          const got = rate(n, m, p, 0, when);
          expect(got).not.toBeNull();
          expect(isDeepFrozen(got)).toBe(true);
          expect(Math.abs((got as Decimal).toNumber() - r)).toBeLessThan(1e-9 * (1 + r));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: never a non-root, and a rate whenever the identity changes sign on (-1, 100)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -20000, max: 20000 }),
        fc.integer({ min: -20000, max: 20000 }),
        fc.constantFrom<0 | 1>(0, 1),
        (n, m, p, f, w) => {
          const when = w === 1 ? 'begin' : 'end';
          const got = rate(n, m, p, f, when);
          if (got !== null) {
            expect(got.gt(-1)).toBe(true);
            expect(residual(got, n, m, p, f, w)).toBeLessThan(1e-9);
            return;
          }
          // No rate: the identity keeps one sign on a grid of rates (it would
          // change sign across any simple root Excel's Newton could find).
          const sign = (r: number) => Math.sign(fv(r, n, m, p, when).neg().plus(f).toNumber() || 0);
          const signs = new Set<number>();
          for (let r = -0.95; r < 100; r = r < 1 ? r + 0.01 : r * 1.1) {
            const s = sign(r);
            if (s !== 0) signs.add(s);
          }
          expect(signs.size).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is consistent with pv: at the rate it returns, pv(rate, n, pmt, fv) gives back pv', () => {
    const r = rate(360, -1000, 150000) as Decimal;
    expect(pv(r, 360, -1000).toNumber()).toBeCloseTo(150000, 6);
  });
});
