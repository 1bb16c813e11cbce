import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decimal } from '../../src/core/numbers.js';
import { npv } from '../../src/finance/npv.js';
import { profitabilityIndex } from '../../src/finance/profitabilityIndex.js';
import { catchError, isDeepFrozen } from '../helpers/freeze.js';

describe('profitabilityIndex', () => {
  it('shows the doc example: PV 11,307.29 on 10,000 invested = 1.1307', () => {
    expect(profitabilityIndex(0.1, [-10000, 3000, 4200, 6800])?.toFixed(4)).toBe('1.1307');
  });

  it('is PV(flows 1..n) / -flow 0 by definition', () => {
    const pvLater = 3000 / 1.1 + 4200 / 1.1 ** 2 + 6800 / 1.1 ** 3;
    expect(profitabilityIndex(0.1, [-10000, 3000, 4200, 6800])?.toNumber()).toBeCloseTo(
      pvLater / 10000,
      14,
    );
    expect(profitabilityIndex(0.1, [-10000])?.toString()).toBe('0');
  });

  it('does not overflow at a negative rate over a long series', () => {
    const pi = profitabilityIndex(-0.5, [-1, ...new Array(2000).fill(1)]) as Decimal;
    expect(pi.gt('1e600')).toBe(true);
  });

  it('issue 16 defect 6: profitabilityIndex(0.1, [1000, -500, -600]) is null (no investment), not 0.95', () => {
    expect(profitabilityIndex(0.1, [1000, -500, -600])).toBeNull();
  });

  it('null rule: no investment (no flows, all zero, an inflow first) is null', () => {
    expect(profitabilityIndex(0.1, [])).toBeNull();
    expect(profitabilityIndex(0.1, [0, 0])).toBeNull();
    expect(profitabilityIndex(0.1, [0, 100])).toBeNull();
    expect(profitabilityIndex(0.1, [0, 100, -50])).toBeNull();
  });

  it('the investment is the first non-zero outlay: leading empty periods change nothing', () => {
    const a = profitabilityIndex(0.1, [-100, 60, 60]);
    const b = profitabilityIndex(0.1, [0, 0, -100, 60, 60]);
    expect(a?.toFixed(12)).toBe('1.041322314050');
    expect(b?.toString()).toBe(a?.toString());
  });

  it('throws OUT_OF_RANGE at [rate] and INVALID_NUMBER at [cashFlows, i]', () => {
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
          const pi = profitabilityIndex(r, flows) as Decimal;
          expect(isDeepFrozen(pi)).toBe(true);
          const viaNpv = npv(r, flows).div(invest).plus(1);
          expect(pi.minus(viaNpv).abs().toNumber()).toBeLessThan(1e-9 * (1 + rest.length));
        },
      ),
      { numRuns: 150 },
    );
  });
});
