import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discountedPaybackPeriod, paybackPeriod } from '../../src/finance/paybackPeriod.js';
import { catchError, deepFreezeInput } from '../helpers/freeze.js';

describe('paybackPeriod', () => {
  it('shows the doc example: -1,000 then 300 a year pays back in 3⅓ years', () => {
    expect(paybackPeriod([-1000, 300, 300, 300, 300])).toBe(3.3333333333333335);
    expect(paybackPeriod([-1000, 100, 100])).toBeNull();
  });

  it('matches the textbook rule: years before full recovery + unrecovered cost / next flow', () => {
    // -50,000 then 10,000, 15,000, 20,000, 25,000: 45,000 after 3 years, 5,000 / 25,000 = 0.2
    expect(paybackPeriod([-50000, 10000, 15000, 20000, 25000])).toBe(3.2);
  });

  it('counts exactly in decimal: 0.1 + 0.2 reaches 0.3 in period 2', () => {
    expect(paybackPeriod(['-0.3', '0.1', '0.2'])).toBe(2);
  });

  it('is 0 when the cumulative sum is never negative, and ends exactly on a period', () => {
    expect(paybackPeriod([5, 5])).toBe(0);
    expect(paybackPeriod([0, 0])).toBe(0);
    expect(paybackPeriod([-100, 50, 50])).toBe(2);
  });

  it('counts an investment made after period 0: [0, -5, 10] pays back at 1.5, [3, -5, 10] at 1.2', () => {
    expect(paybackPeriod([0, -5, 10])).toBe(1.5);
    expect(paybackPeriod([3, -5, 10])).toBe(1.2);
  });

  it('reports the recovery that lasts, not one the project later loses', () => {
    // Cumulative -100, 50, -150, 50: paid back in period 1, lost again in period 2.
    expect(paybackPeriod([-100, 150, -200, 200])).toBe(2.75);
    // Cumulative -100, 0, -50, -40: never paid back for good.
    expect(paybackPeriod([-100, 100, -50, 10])).toBeNull();
  });

  it('property: after the payback period the cumulative sum never falls below zero again', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 12 }),
        (flows) => {
          const p = paybackPeriod(flows);
          const cums = flows.map((_, i) => flows.slice(0, i + 1).reduce((a, b) => a + b, 0));
          if (p === null) {
            expect(cums[cums.length - 1] as number).toBeLessThan(0);
            return;
          }
          cums.forEach((c, i) => {
            if (i >= Math.ceil(p)) expect(c).toBeGreaterThanOrEqual(0);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: raising any flow never lengthens the payback', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.integer({ min: 0, max: 1000 }),
        (flows, at, bump) => {
          const i = at % flows.length;
          const raised = flows.map((f, k) => (k === i ? f + bump : f));
          const a = paybackPeriod(flows);
          const b = paybackPeriod(raised);
          if (a !== null) expect(b).not.toBeNull();
          if (a !== null && b !== null) expect(b).toBeLessThanOrEqual(a + 1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('throws EMPTY_INPUT, INVALID_NUMBER at [cashFlows, i] (also after payback) and INVALID_ARGUMENT', () => {
    expect(catchError(() => paybackPeriod([])).code).toBe('EMPTY_INPUT');
    const e = catchError(() => paybackPeriod([-1, 5, Number.NaN]));
    expect(e.code).toBe('INVALID_NUMBER');
    expect(e.path).toEqual(['cashFlows', 2]);
    expect(catchError(() => paybackPeriod('x' as never)).code).toBe('INVALID_ARGUMENT');
  });

  it('property: monotone in the first flow (a smaller investment never pays back later)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 0 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.array(fc.integer({ min: -1e5, max: 1e6 }), { minLength: 1, maxLength: 20 }),
        (c0, more, rest) => {
          const a = paybackPeriod(deepFreezeInput([c0, ...rest]));
          const b = paybackPeriod([c0 + more, ...rest]);
          if (a !== null) {
            expect(b).not.toBeNull();
            expect(b as number).toBeLessThanOrEqual(a + 1e-12);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('discountedPaybackPeriod', () => {
  it('shows the doc example: 10% on -1,000 then 500 a year pays back in 2.352 years', () => {
    expect(discountedPaybackPeriod(0.1, [-1000, 500, 500, 500])).toBe(2.3520000000000003);
    expect(discountedPaybackPeriod(0.1, [-1000, 300, 300, 300])).toBeNull();
  });

  it('equals the plain payback at a zero rate and 0 for a non-negative first flow', () => {
    expect(discountedPaybackPeriod(0, [-1000, 300, 300, 300, 300])).toBeCloseTo(10 / 3, 14);
    expect(discountedPaybackPeriod(0.1, [5, -1])).toBe(0);
  });

  it('throws OUT_OF_RANGE at [rate], EMPTY_INPUT and INVALID_NUMBER', () => {
    const e = catchError(() => discountedPaybackPeriod(-1, [-1, 2]));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.path).toEqual(['rate']);
    expect(catchError(() => discountedPaybackPeriod(0.1, [])).code).toBe('EMPTY_INPUT');
    expect(catchError(() => discountedPaybackPeriod(0.1, [-1, 'x' as never])).path).toEqual([
      'cashFlows',
      1,
    ]);
  });

  it('throws OUT_OF_RANGE when the discounted flows overflow float64', () => {
    expect(
      catchError(() => discountedPaybackPeriod(-0.999, [-1e308, ...new Array(200).fill(1e-300)]))
        .code,
    ).toBe('OUT_OF_RANGE');
  });

  it('property: never earlier than the plain payback for a positive rate and non-negative returns; monotone in flow 0', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: -1e6, max: -1 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 20 }),
        (r, c0, more, rest) => {
          const plain = paybackPeriod([c0, ...rest]);
          const disc = discountedPaybackPeriod(r, [c0, ...rest]);
          if (disc !== null) {
            expect(plain).not.toBeNull();
            expect(disc).toBeGreaterThanOrEqual((plain as number) - 1e-9);
            const better = discountedPaybackPeriod(r, [Math.min(0, c0 + more), ...rest]);
            expect(better as number).toBeLessThanOrEqual(disc + 1e-9);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
