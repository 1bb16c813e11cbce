import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/numbers.js';
import { pmt } from '../../src/finance/annuity.js';
import { cumipmt, cumprinc, ipmt, ppmt } from '../../src/finance/ipmt.js';
import { catchError, isDeepFrozen } from '../helpers/freeze.js';

describe('ipmt and ppmt: published examples', () => {
  it('matches Excel help: IPMT(10%/12, 1, 3*12, 8000) = -66.67 and IPMT(10%, 3, 3, 8000) = -292.45', () => {
    expect(ipmt(0.1 / 12, 1, 36, 8000).toFixed(2)).toBe('-66.67');
    expect(ipmt(0.1, 3, 3, 8000).toFixed(2)).toBe('-292.45');
  });

  it('matches Excel help: PPMT(10%/12, 1, 2*12, 2000) = -75.62 and PPMT(8%, 10, 10, 200000) = -27,598.05', () => {
    expect(ppmt(0.1 / 12, 1, 24, 2000).toFixed(2)).toBe('-75.62');
    expect(ppmt(0.08, 10, 10, 200000).toFixed(2)).toBe('-27598.05');
  });

  it('matches numpy-financial TestIpmt: ipmt(0.1/12, 1..4, 24, 2000) = -16.66666667, -16.03647345, -15.40102862, -14.76028842', () => {
    expect([1, 2, 3, 4].map((k) => ipmt(0.1 / 12, k, 24, 2000).toFixed(8))).toEqual([
      '-16.66666667',
      '-16.03647345',
      '-15.40102862',
      '-14.76028842',
    ]);
  });

  it("matches numpy-financial test_when_is_begin and test_gh_17: 'begin' period 1 is 0; -594.107158, -592.971592", () => {
    expect(ipmt(0.1 / 12, 1, 24, 2000, 0, 'begin').toString()).toBe('0');
    const r = 0.001988079518355057;
    expect(ipmt(r, 2, 360, 300000, 0, 'begin').toFixed(6)).toBe('-594.107158');
    expect(ipmt(r, 3, 360, 300000, 0, 'begin').toFixed(6)).toBe('-592.971592');
  });

  it('matches numpy-financial test_ppmt and test_broadcast: -710.25; -75.62318601 … -77.52956425; begin', () => {
    expect(ppmt(0.1 / 12, 1, 60, 55000).toFixed(2)).toBe('-710.25');
    expect([1, 2, 3, 4].map((k) => ppmt(0.1 / 12, k, 24, 2000).toFixed(8))).toEqual([
      '-75.62318601',
      '-76.25337923',
      '-76.88882405',
      '-77.52956425',
    ]);
    // test_broadcast with when: begin shifts each period's principal one period earlier
    expect(ppmt(0.1 / 12, 2, 24, 2000, 0, 'begin').toFixed(8)).toBe('-75.62318601');
    expect(ppmt(0.1 / 12, 4, 24, 2000, 0, 'begin').toFixed(8)).toBe('-76.88882405');
  });

  it('matches numpy-financial test_ppmt_special_rate_decimal to float precision: -90238044.2322778884', () => {
    const got = ppmt(0.23 / 12, 1, 60, 10000000000);
    expect(got.minus('-90238044.2322778884413969909').abs().lt(1e-6)).toBe(true);
  });
});

describe('cumipmt and cumprinc: published examples', () => {
  it('matches Excel help: CUMIPMT(9%/12, 30*12, 125000, 13, 24, 0) = -11135.23213 and (1, 1) = -937.5', () => {
    expect(cumipmt(0.09 / 12, 360, 125000, 13, 24).toFixed(5)).toBe('-11135.23213');
    expect(cumipmt(0.09 / 12, 360, 125000, 1, 1).toString()).toBe('-937.5');
  });

  it('matches Excel help: CUMPRINC(9%/12, 30*12, 125000, 13, 24, 0) = -934.1071234 and (1, 1) = -68.27827118', () => {
    expect(cumprinc(0.09 / 12, 360, 125000, 13, 24).toFixed(7)).toBe('-934.1071234');
    expect(cumprinc(0.09 / 12, 360, 125000, 1, 1).toFixed(8)).toBe('-68.27827118');
  });

  it('repays the whole principal over every period', () => {
    expect(cumprinc(0.09 / 12, 360, 125000, 1, 360).toNumber()).toBeCloseTo(-125000, 6);
    expect(cumprinc(0.09 / 12, 360, 125000, 1, 360, 'begin').toNumber()).toBeCloseTo(-125000, 6);
  });
});

describe('ipmt, ppmt, cumipmt, cumprinc: input rules', () => {
  it('throws OUT_OF_RANGE for a period outside 1..nper, not whole, or an end before the start', () => {
    expect(catchError(() => ipmt(0.1, 0, 3, 8000)).path).toEqual(['per']);
    expect(catchError(() => ppmt(0.1, 4, 3, 8000)).path).toEqual(['per']);
    expect(catchError(() => ipmt(0.1, 1.5, 3, 8000)).code).toBe('OUT_OF_RANGE');
    expect(catchError(() => cumipmt(0.1, 10, 100, 0, 3)).path).toEqual(['startPeriod']);
    expect(catchError(() => cumipmt(0.1, 10, 100, 5, 3)).path).toEqual(['endPeriod']);
    expect(catchError(() => cumprinc(0.1, 10, 100, 1, 11)).path).toEqual(['endPeriod']);
    expect(catchError(() => cumprinc(0.1, 0, 100, 1, 1)).path).toEqual(['nper']);
    expect(catchError(() => ipmt(-1, 1, 3, 8000)).path).toEqual(['rate']);
    expect(catchError(() => ipmt(0.1, 1, 3, 'x')).code).toBe('INVALID_NUMBER');
    expect(catchError(() => ppmt(0.1, 1, 3, 1, 0, 'soon' as never)).path).toEqual(['when']);
  });
});

describe('ipmt, ppmt, cumipmt, cumprinc: properties', () => {
  const loan = fc.record({
    r: fc.oneof(fc.constant(0), fc.double({ min: -0.5, max: 0.5, noNaN: true })),
    n: fc.integer({ min: 1, max: 120 }),
    p: fc.integer({ min: -1e7, max: 1e7 }),
    f: fc.integer({ min: -1e6, max: 1e6 }),
    when: fc.constantFrom<'end' | 'begin'>('end', 'begin'),
  });

  it('property: ipmt + ppmt = pmt in every period; results frozen', () => {
    fc.assert(
      fc.property(loan, ({ r, n, p, f, when }) => {
        const payment = pmt(r, n, p, f, when);
        for (let k = 1; k <= n; k++) {
          const i = ipmt(r, k, n, p, f, when);
          const q = ppmt(r, k, n, p, f, when);
          expect(isDeepFrozen(i) && isDeepFrozen(q)).toBe(true);
          const tol = payment.abs().plus(i.abs()).times(1e-12).plus(1e-12);
          expect(i.plus(q).minus(payment).abs().lte(tol)).toBe(true);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('property: cumprinc sums ppmt and cumipmt sums ipmt over the periods', () => {
    fc.assert(
      fc.property(
        loan,
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 120 }),
        ({ r, n, p, when }, a, b) => {
          const start = Math.min(((a - 1) % n) + 1, ((b - 1) % n) + 1);
          const end = Math.max(((a - 1) % n) + 1, ((b - 1) % n) + 1);
          let sp = new Decimal(0);
          let si = new Decimal(0);
          let size = new Decimal(0);
          for (let k = start; k <= end; k++) {
            const q = ppmt(r, k, n, p, 0, when);
            const i = ipmt(r, k, n, p, 0, when);
            sp = sp.plus(q);
            si = si.plus(i);
            size = size.plus(q.abs()).plus(i.abs());
          }
          const tol = size.times(1e-12).plus(1e-12);
          expect(cumprinc(r, n, p, start, end, when).minus(sp).abs().lte(tol)).toBe(true);
          expect(cumipmt(r, n, p, start, end, when).minus(si).abs().lte(tol)).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  });
});
