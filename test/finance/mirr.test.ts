import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decimal } from '../../src/core/numbers.js';
import { mirr } from '../../src/finance/mirr.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';

const EXCEL = [-120000, 39000, 30000, 21000, 37000, 46000];

describe('mirr', () => {
  it('matches Excel help: MIRR after five years = 12.61%, after three = -4.80%, at 14% reinvestment = 13.48%', () => {
    expect(mirr(EXCEL, 0.1, 0.12)?.toFixed(4)).toBe('0.1261');
    expect(mirr(EXCEL.slice(0, 4), 0.1, 0.12)?.toFixed(4)).toBe('-0.0480');
    expect(mirr(EXCEL, 0.1, 0.14)?.toFixed(4)).toBe('0.1348');
  });

  it('matches numpy-financial tests: 0.126094, 0.0666 and 0.3428 (negative flows not first)', () => {
    expect(mirr(EXCEL, 0.1, 0.12)?.toFixed(6)).toBe('0.126094');
    expect(
      mirr([-4500, -800, 800, 800, 600, 600, 800, 800, 700, 3000], 0.08, 0.055)?.toFixed(4),
    ).toBe('0.0666');
    expect(mirr([100, 200, -50, 300, -200], 0.05, 0.06)?.toFixed(4)).toBe('0.3428');
  });

  it('equals (FV of inflows / PV of outflows)^(1/(n-1)) - 1 by definition', () => {
    const flows = [100, -200, 300];
    const want = Math.sqrt((100 * 1.12 ** 2 + 300) / (200 / 1.1)) - 1;
    expect(mirr(flows, 0.1, 0.12)?.toNumber()).toBeCloseTo(want, 14);
  });

  it('works in logs: a long series at a high rate neither overflows nor underflows', () => {
    // FV of 2,000 inflows at 100% is about 2^2000 (beyond float64): MIRR -> 100%
    expect(mirr([-1, ...new Array<number>(2000).fill(1)], 0.1, 1)?.toNumber()).toBeCloseTo(1, 12);
    // the outflow's PV at 100% finance over 2,001 periods is 2^-2001 (underflows):
    // MIRR = (1.1^2001 · 2^2001)^(1/2001) − 1 = 1.2
    expect(mirr([1, ...new Array<number>(2000).fill(0), -1], 1, 0.1)?.toNumber()).toBeCloseTo(
      1.2,
      12,
    );
  });

  it('throws OUT_OF_RANGE when the MIRR itself is beyond float64', () => {
    const e = catchError(() => mirr([-Number.MIN_VALUE, Number.MAX_VALUE], 0.1, 0.1));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.path).toEqual(['cashFlows']);
  });

  it('null rule: no MIRR without both a positive and a negative flow (was NO_SOLUTION)', () => {
    for (const flows of [[39000, 30000], [-1, -2, 0], [], [0, 0]])
      expect(mirr(flows, 0.1, 0.1)).toBeNull();
  });

  it('throws OUT_OF_RANGE for a rate <= -1 and INVALID_NUMBER for a bad flow', () => {
    expect(catchError(() => mirr(EXCEL, -1, 0.1)).path).toEqual(['financeRate']);
    expect(catchError(() => mirr(EXCEL, 0.1, -2)).path).toEqual(['reinvestRate']);
    const a = catchError(() => mirr('x' as never, 0.1, 0.1));
    expect(a.code).toBe('INVALID_ARGUMENT');
    expect(a.path).toEqual(['cashFlows']);
    const e = catchError(() => mirr([-1, 'x' as never], 0.1, 0.1));
    expect(e.code).toBe('INVALID_NUMBER');
    expect(e.path).toEqual(['cashFlows', 1]);
  });

  it('property: equal finance and reinvest rates give a MIRR between that rate and the IRR; frozen; input untouched', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (invest, returns, rate) => {
          const flows = deepFreezeInput([-invest, ...returns]);
          const m = mirr(flows, rate, rate);
          expect(isDeepFrozen(m)).toBe(true);
          expect(flows[0]).toBe(-invest);
          // Reinvesting at a rate and borrowing at the same rate: MIRR lies between the rate and the IRR,
          // so it exceeds the rate exactly when the NPV at that rate is positive.
          const npvAtRate = flows.reduce((s, c, i) => s + c / (1 + rate) ** i, 0);
          if (Math.abs(npvAtRate) > 1e-6 * invest)
            expect((m as Decimal).toNumber() > rate).toBe(npvAtRate > 0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
