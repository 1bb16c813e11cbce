import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/numbers.js';
import { irr, irrAll } from '../../src/finance/irr.js';
import { npv } from '../../src/finance/npv.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';

/** Coefficients of a·Π(1 − x_k·v) in v: flows whose IRRs are exactly x_k − 1. */
function flowsWithRoots(rates: readonly number[], scale = -100): number[] {
  let c = [scale];
  for (const r of rates) {
    const x = 1 + r;
    const next = new Array<number>(c.length + 1).fill(0);
    c.forEach((a, i) => {
      next[i] = (next[i] as number) + a;
      next[i + 1] = (next[i + 1] as number) - a * x;
    });
    c = next;
  }
  return c;
}

/** |NPV(r)| relative to Σ|c_i|/(1+r)^i, in Decimal. */
function relativeNpv(rate: Decimal, flows: readonly number[]): number {
  const g = new Decimal(1).plus(rate);
  let s = new Decimal(0);
  let m = new Decimal(0);
  flows.forEach((c, i) => {
    const d = g.pow(-i);
    s = s.plus(d.times(c));
    m = m.plus(d.times(Math.abs(c)));
  });
  return s.abs().div(m).toNumber();
}

describe('irr', () => {
  it('matches Excel help: IRR after five years = 8.7%, after four = -2.1%, after two with guess -10% = -44.4%', () => {
    const flows = [-70000, 12000, 15000, 18000, 21000, 26000];
    expect(irr(flows)?.toFixed(4)).toBe('0.0866');
    expect(irr(flows.slice(0, 5))?.toFixed(4)).toBe('-0.0212');
    expect(irr(flows.slice(0, 3), { guess: -0.1 })?.toFixed(4)).toBe('-0.4435');
  });

  it('matches numpy-financial tests: irr of six series (0.0524, -0.0955, 0.28095, -0.0833, 0.06206, 0.0886)', () => {
    expect(irr([-150000, 15000, 25000, 35000, 45000, 60000])?.toFixed(4)).toBe('0.0524');
    expect(irr([-100, 0, 0, 74])?.toFixed(4)).toBe('-0.0955');
    expect(irr([-100, 39, 59, 55, 20])?.toFixed(5)).toBe('0.28095');
    expect(irr([-100, 100, 0, -7])?.toFixed(4)).toBe('-0.0833');
    expect(irr([-100, 100, 0, 7])?.toFixed(5)).toBe('0.06206');
    expect(irr([-5, 10.5, 1, -8, 1])?.toFixed(4)).toBe('0.0886');
  });

  it('matches pycel tests (Excel): IRR(-100, -50, 100, 200, 400) = 0.671269', () => {
    expect(irr([-100, -50, 100, 200, 400])?.toFixed(6)).toBe('0.671269');
  });

  it('shows the doc examples: two IRRs, 10% and 20%', () => {
    expect(irr([-100, 230, -132])?.toFixed(6)).toBe('0.100000');
    expect(irr([-100, 230, -132], { guess: 0.3 })?.toFixed(6)).toBe('0.200000');
    expect(irrAll([-100, 230, -132]).map((r) => r.toFixed(9))).toEqual([
      '0.100000000',
      '0.200000000',
    ]);
  });

  it('picks the lowest positive root, else the root nearest zero', () => {
    // roots -50%, 10%, 40%
    const flows = flowsWithRoots([-0.5, 0.1, 0.4]);
    expect(irr(flows)?.toFixed(9)).toBe('0.100000000');
    // roots -50%, -20%: nearest zero is -20%
    expect(irr(flowsWithRoots([-0.5, -0.2]))?.toFixed(9)).toBe('-0.200000000');
    expect(irr(flows, { guess: -0.4 })?.toFixed(9)).toBe('-0.500000000');
    expect(irr(flows, { guess: 0.3 })?.toFixed(9)).toBe('0.400000000');
  });

  it('ignores leading and trailing zero flows', () => {
    expect(irr([0, 0, -100, 110, 0])?.toFixed(12)).toBe('0.100000000000');
  });

  it('returns a root of 0 exactly when the flows sum to zero', () => {
    expect(irr([-100, 50, 50])?.toString()).toBe('0');
  });

  it('solves near -100%: IRR of [-100, 1e-6] is -0.99999999 with 1 + r kept exact', () => {
    const r = irr([-100, 1e-6]) as Decimal;
    expect(r.plus(1).toNumber()).toBeCloseTo(1e-8, 20);
    expect(r.gt(-1)).toBe(true);
  });

  it('solves very large rates: IRR of [-1, 100000] is 99999', () => {
    expect(irr([-1, 100000])?.toNumber()).toBeCloseTo(99999, 6);
  });

  it('solves flows near the ends of float64 (scaled by a power of two, exactly)', () => {
    // -1 + v + v^2 = 0 at 1 + r = golden ratio: Σ|c| overflows float64 unscaled
    const phi = (1 + Math.sqrt(5)) / 2;
    expect(irr([-1e308, 1e308, 1e308])?.toNumber()).toBeCloseTo(phi - 1, 14);
    expect(irrAll([-1e308, 1e308, 1e308]).map((r) => r.toNumber())).toEqual([
      irr([-1e308, 1e308, 1e308])?.toNumber(),
    ]);
    // subnormal flows: 2 units back on 1 unit is 100%
    expect(irr([-5e-324, 1e-323])?.toString()).toBe('1');
    expect(irr([-1e-310, 1.1e-310])?.toNumber()).toBeCloseTo(0.1, 12);
    // the same flows at any power-of-two scale give the same digits
    for (const k of [-1000, -600, 0, 600, 900])
      expect(
        irr([-100 * 2 ** k, 39 * 2 ** k, 59 * 2 ** k, 55 * 2 ** k, 20 * 2 ** k])?.toString(),
      ).toBe(irr([-100, 39, 59, 55, 20])?.toString());
  });

  it('null rule: null for fewer than two flows, no sign change or zeros (was NO_SOLUTION)', () => {
    for (const flows of [[], [-100], [100, 200], [100, 100], [-1, -2, 0], [0, 0, 0], [0, -5, 0]])
      expect(irr(flows)).toBeNull();
  });

  it('null rule: null when the NPV never reaches zero despite sign changes', () => {
    // 1 - 1.5v + v^2 has no real root
    expect(irr([1, -1.5, 1])).toBeNull();
    expect(irrAll([1, -1.5, 1])).toEqual([]);
  });

  it('null rule: null when the only root is too close to -100% for 34 digits', () => {
    expect(irr([-100, 1e-200])).toBeNull();
    expect(irrAll([-100, 1e-200])).toEqual([]);
  });

  it('still checks the guess of flows without an IRR', () => {
    expect(catchError(() => irr([100, 200], { guess: -2 })).path).toEqual(['options', 'guess']);
  });

  it('throws INVALID_NUMBER at [cashFlows, i] and INVALID_ARGUMENT for a non-array', () => {
    const e = catchError(() => irr([-100, 'x' as never, 120]));
    expect(e.code).toBe('INVALID_NUMBER');
    expect(e.path).toEqual(['cashFlows', 1]);
    const f = catchError(() => irr({} as never));
    expect(f.code).toBe('INVALID_ARGUMENT');
    expect(f.path).toEqual(['cashFlows']);
  });

  it('throws OUT_OF_RANGE at [options, guess] for a guess <= -1, INVALID_ARGUMENT for bad options', () => {
    const e = catchError(() => irr([-100, 110], { guess: -1 }));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.path).toEqual(['options', 'guess']);
    expect(catchError(() => irr([-100, 110], [] as never)).path).toEqual(['options']);
  });

  it('accepts strings and Decimals', () => {
    expect(irr(['-100', new Decimal(110)], { guess: '0.2' })?.toFixed(12)).toBe('0.100000000000');
  });

  it('property: NPV at the answer is ~0 and the answer is > -1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: -1 }),
        fc.array(fc.integer({ min: -100_000, max: 500_000 }), { minLength: 1, maxLength: 30 }),
        (c0, rest) => {
          const flows = deepFreezeInput([c0, ...rest]);
          const r = irr(flows);
          if (r === null) {
            // only when there truly is no root
            expect(irrAll(flows)).toEqual([]);
            return;
          }
          expect(isDeepFrozen(r)).toBe(true);
          expect(r.gt(-1)).toBe(true);
          expect(relativeNpv(r, flows)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('property: flows with one sign change always have an IRR, and it is the NPV root', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 500_000 }), { minLength: 1, maxLength: 50 }),
        (invest, returns) => {
          fc.pre(returns.some((x) => x > 0));
          const flows = [-invest, ...returns];
          const r = irr(flows) as Decimal;
          expect(relativeNpv(r, flows)).toBeLessThan(1e-9);
          expect(npv(r, flows).abs().toNumber()).toBeLessThan(1e-6 * invest);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('irrAll', () => {
  it('finds both roots of the pump problem: 25% and 400%', () => {
    expect(irrAll([-1600, 10000, -10000]).map((r) => r.toFixed(4))).toEqual(['0.2500', '4.0000']);
  });

  it('shows the doc examples', () => {
    expect(irrAll([100, 100])).toEqual([]);
  });

  it('finds a tangent (double) root once', () => {
    expect(irrAll([1, -2, 1]).map(String)).toEqual(['0']);
    const [r] = irrAll([-100, 210, -110.25]);
    expect(r?.toNumber()).toBeCloseTo(0.05, 7);
  });

  it('finds a root on a grid point and its close neighbour: 0% and 1%', () => {
    expect(irrAll([-100, 201, -101]).map((r) => r.toFixed(12))).toEqual([
      '0.000000000000',
      '0.010000000000',
    ]);
  });

  it('finds close roots 10% and 10.5% between grid points', () => {
    expect(irrAll(flowsWithRoots([0.1, 0.105])).map((r) => r.toFixed(9))).toEqual([
      '0.100000000',
      '0.105000000',
    ]);
  });

  it('returns a frozen array of frozen Decimals and [] for bad shapes', () => {
    const out = irrAll([-1600, 10000, -10000]);
    expect(isDeepFrozen(out)).toBe(true);
    expect(irrAll([])).toEqual([]);
    expect(irrAll([5])).toEqual([]);
  });

  it('throws INVALID_NUMBER at [cashFlows, i]', () => {
    const e = catchError(() => irrAll([1, Number.NaN]));
    expect(e.code).toBe('INVALID_NUMBER');
    expect(e.path).toEqual(['cashFlows', 1]);
  });

  it('property: recovers every root of flows built from known rates, ascending', () => {
    const rateSet = fc
      .uniqueArray(fc.integer({ min: -18, max: 60 }), { minLength: 1, maxLength: 5 })
      .map((ks) => ks.map((k) => k * 0.05).sort((a, b) => a - b));
    fc.assert(
      fc.property(rateSet, (rates) => {
        const got = irrAll(flowsWithRoots(rates)).map((r) => r.toNumber());
        expect(got.length).toBe(rates.length);
        for (const [i, r] of got.entries()) expect(r).toBeCloseTo(rates[i] as number, 7);
      }),
      { numRuns: 150 },
    );
  });

  it('property: NPV at each root is ~0, roots ascending, irr picks by the root rule (with and without a guess)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 12 }),
        fc.double({ min: -0.9, max: 5, noNaN: true }),
        (flows, guess) => {
          const roots = irrAll(deepFreezeInput(flows));
          for (let i = 0; i < roots.length; i++) {
            const r = roots[i] as Decimal;
            expect(r.gt(-1)).toBe(true);
            expect(relativeNpv(r, flows)).toBeLessThan(1e-8);
            if (i > 0) expect(r.gt(roots[i - 1] as Decimal)).toBe(true);
          }
          if (roots.length === 0) {
            expect(irr(flows)).toBeNull();
            return;
          }
          // The root rule: the lowest positive root, else the one nearest zero;
          // with a guess, the root nearest the guess. (The same root found from
          // another start may differ in the last bits of 1 + r, hence `same`.)
          const same = (a: Decimal, b: Decimal) => a.minus(b).abs().lte(b.plus(1).times(1e-13));
          const positive = roots.find((r) => r.gt(0));
          const nearestZero = [...roots].sort((a, b) => a.abs().cmp(b.abs()))[0] as Decimal;
          expect(same(irr(flows) as Decimal, positive ?? nearestZero)).toBe(true);
          const byGuess = [...roots].sort((a, b) => a.minus(guess).abs().cmp(b.minus(guess).abs()));
          expect(same(irr(flows, { guess }) as Decimal, byGuess[0] as Decimal)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
