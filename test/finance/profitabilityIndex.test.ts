import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { npv } from '../../src/finance/npv.js';
import { profitabilityIndex } from '../../src/finance/profitabilityIndex.js';
import { catchError, isDeepFrozen } from '../helpers/freeze.js';

describe('profitabilityIndex', () => {
  it('shows the doc example: PV 11,307.29 on 10,000 invested = 1.1307', () => {
    expect(profitabilityIndex(0.1, [-10000, 3000, 4200, 6800]).toFixed(4)).toBe('1.1307');
  });

  it('is PV(flows 1..n) / -flow 0 by definition', () => {
    const pvLater = 3000 / 1.1 + 4200 / 1.1 ** 2 + 6800 / 1.1 ** 3;
    expect(profitabilityIndex(0.1, [-10000, 3000, 4200, 6800]).toNumber()).toBeCloseTo(
      pvLater / 10000,
      14,
    );
    expect(profitabilityIndex(0.1, [-10000]).toString()).toBe('0');
  });

  it('does not overflow at a negative rate over a long series', () => {
    const pi = profitabilityIndex(-0.5, [-1, ...new Array(2000).fill(1)]);
    expect(pi.gt('1e600')).toBe(true);
  });

  it('throws DIVISION_BY_ZERO at [cashFlows, 0], EMPTY_INPUT, OUT_OF_RANGE, INVALID_NUMBER', () => {
    const e = catchError(() => profitabilityIndex(0.1, [0, 100]));
    expect(e.code).toBe('DIVISION_BY_ZERO');
    expect(e.path).toEqual(['cashFlows', 0]);
    expect(catchError(() => profitabilityIndex(0.1, [])).code).toBe('EMPTY_INPUT');
    expect(catchError(() => profitabilityIndex(-1, [-1, 2])).path).toEqual(['rate']);
    expect(catchError(() => profitabilityIndex(0.1, [-1, Number.NaN])).path).toEqual([
      'cashFlows',
      1,
    ]);
  });

  it('property: PI = 1 + NPV / investment, so PI > 1 exactly when NPV > 0; frozen', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.array(fc.integer({ min: -1e5, max: 1e6 }), { maxLength: 20 }),
        (r, invest, rest) => {
          const flows = [-invest, ...rest];
          const pi = profitabilityIndex(r, flows);
          expect(isDeepFrozen(pi)).toBe(true);
          const viaNpv = npv(r, flows).div(invest).plus(1);
          expect(pi.minus(viaNpv).abs().toNumber()).toBeLessThan(1e-9 * (1 + rest.length));
        },
      ),
      { numRuns: 150 },
    );
  });
});
