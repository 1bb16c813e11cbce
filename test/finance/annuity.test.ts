import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/numbers.js';
import { fv, nper, pmt, pv } from '../../src/finance/annuity.js';
import { catchError, isDeepFrozen } from '../helpers/freeze.js';

describe('pmt', () => {
  it('matches Excel help: PMT = -1,037.03, due at the start -1,030.16, saving 50,000 in 18 years -129.08', () => {
    expect(pmt(0.08 / 12, 10, 10000).toFixed(2)).toBe('-1037.03');
    expect(pmt(0.08 / 12, 10, 10000, 0, 'begin').toFixed(2)).toBe('-1030.16');
    expect(pmt(0.06 / 12, 18 * 12, 0, 50000).toFixed(2)).toBe('-129.08');
  });

  it('matches numpy-financial docs and tests: -1,854.02 on 200,000 over 15 years, -304.146', () => {
    // exact value by 40-digit arithmetic: -1854.0247200054762…
    expect(pmt(0.075 / 12, 12 * 15, 200000).toFixed(8)).toBe('-1854.02472001');
    expect(pmt(0.08 / 12, 5 * 12, 15000).toFixed(3)).toBe('-304.146');
  });

  it('handles a zero rate exactly', () => {
    expect(pmt(0, 10, 1000).toString()).toBe('-100');
    expect(pmt(0, 4, 1000, -200).toString()).toBe('-200');
  });

  it('keeps its digits at tiny rates (expm1/log1p)', () => {
    // at r = 1e-12 the payment is within 1e-9 of the zero-rate payment
    expect(pmt(1e-12, 10, 1000).toNumber()).toBeCloseTo(-100, 7);
  });

  it('throws DIVISION_BY_ZERO for nper = 0, OUT_OF_RANGE for rate <= -1, INVALID_ARGUMENT for when', () => {
    const e = catchError(() => pmt(0.1, 0, 100));
    expect(e.code).toBe('DIVISION_BY_ZERO');
    expect(e.path).toEqual(['nper']);
    expect(catchError(() => pmt(-1, 10, 100)).code).toBe('OUT_OF_RANGE');
    const w = catchError(() => pmt(0.1, 10, 100, 0, 'middle' as never));
    expect(w.code).toBe('INVALID_ARGUMENT');
    expect(w.path).toEqual(['when']);
    expect(catchError(() => pmt(0.1, 'x', 100)).path).toEqual(['nper']);
  });

  it('throws OUT_OF_RANGE when the result overflows float64', () => {
    expect(catchError(() => pv(-0.9999, 1e5, 1)).code).toBe('OUT_OF_RANGE');
    expect(catchError(() => fv(0.5, 1e6, 100)).code).toBe('OUT_OF_RANGE');
  });

  it('tends to the perpetuity payment -pv·r/(1 + r·when) over a very long term, where (1 + r)^n overflows', () => {
    // (1.1)^1e6 overflows float64; the payment is finite: interest only.
    expect(pmt(0.1, 1e6, 100).toNumber()).toBeCloseTo(-10, 12);
    expect(pmt(0.1, 1e6, 100, 50).toNumber()).toBeCloseTo(-10, 12);
    expect(pmt(0.1, 1e6, 100, 0, 'begin').toNumber()).toBeCloseTo(-10 / 1.1, 12);
    // and agrees with the plain formula where both work
    expect(pmt(0.1, 700, 100).toNumber()).toBeCloseTo(-10, 12);
  });
});

describe('pv', () => {
  it('matches Excel help: PV of 500 a month for 20 years at 8% = -59,777.15', () => {
    expect(pv(0.08 / 12, 12 * 20, 500).toFixed(2)).toBe('-59777.15');
  });

  it('matches numpy-financial docs and tests: -100.00 and -127,128.17', () => {
    // exact value by 40-digit arithmetic: -100.000671316213…
    expect(pv(0.05 / 12, 10 * 12, -100, 15692.93).toFixed(8)).toBe('-100.00067132');
    expect(pv(0.07, 20, 12000, 0).toFixed(2)).toBe('-127128.17');
  });

  it('handles a zero rate and payments at the start', () => {
    expect(pv(0, 10, -100, -50).toString()).toBe('1050');
    expect(pv(0.1, 1, -110, 0, 'begin').toString()).toBe('110');
  });
});

describe('pv of a perpetuity', () => {
  it('tends to -pmt·(1 + r·when)/r over a very long term, where (1 + r)^n overflows', () => {
    expect(pv(0.1, 1e6, 100).toNumber()).toBeCloseTo(-1000, 9);
    expect(pv(0.1, 1e6, 100, 5, 'begin').toNumber()).toBeCloseTo(-1100, 9);
    expect(pv(0.05, 1e7, -50).toNumber()).toBeCloseTo(1000, 9);
  });
});

describe('fv', () => {
  it('matches Excel help: FV = 2,581.40, 12,682.50 and 82,846.25', () => {
    expect(fv(0.06 / 12, 10, -200, -500, 'begin').toFixed(2)).toBe('2581.40');
    expect(fv(0.12 / 12, 12, -1000).toFixed(2)).toBe('12682.50');
    expect(fv(0.11 / 12, 35, -2000, 0, 'begin').toFixed(2)).toBe('82846.25');
  });

  it('matches numpy-financial docs and tests: 15,692.93 and 86,609.36', () => {
    expect(fv(0.05 / 12, 10 * 12, -100, -100).toFixed(8)).toBe('15692.92889434');
    expect(fv(0.075, 20, -2000, 0).toFixed(2)).toBe('86609.36');
  });

  it('handles a zero rate exactly', () => {
    expect(fv(0, 10, -100, -1000).toString()).toBe('2000');
  });
});

describe('nper', () => {
  it('matches Excel help: NPER = 59.6738657, 60.0821229 and -9.57859404', () => {
    expect(nper(0.12 / 12, -100, -1000, 10000, 'begin')?.toFixed(7)).toBe('59.6738657');
    expect(nper(0.01, -100, -1000, 10000)?.toFixed(7)).toBe('60.0821229');
    expect(nper(0.01, -100, -1000)?.toFixed(8)).toBe('-9.57859404');
  });

  it('matches numpy-financial docs and tests: 64.07 and 21.54', () => {
    expect(nper(0.07 / 12, -150, 8000)?.toFixed(8)).toBe('64.07334877');
    expect(nper(0.075, -2000, 0, 100000)?.toFixed(2)).toBe('21.54');
  });

  it('handles a zero rate exactly', () => {
    expect(nper(0, -100, 1000)?.toString()).toBe('10');
    expect(nper(0, 0, 100, -100)?.toString()).toBe('0');
  });

  it('numpy issue #8593 (nper(r, -10, 100) as r -> 0): numpy loses digits, popm matches 50-digit values', () => {
    // [rate, numpy's published figure, the value by 50-digit arithmetic]
    const rows: readonly [number, number, string][] = [
      [0.001, 10.055360184319873, '10.055360184318703077'],
      [0.0001, 10.005503577667028, '10.005503577665040837'],
      [0.00001, 10.000550035678859, '10.000550035752663129'],
      [0.000001, 10.000055001142128, '10.000055000357502663'],
    ];
    for (const [r, numpy, exact] of rows) {
      expect(nper(r, -10, 100)?.minus(exact).abs().lt(1e-13)).toBe(true);
      expect(new Decimal(numpy).minus(exact).abs().gt(1e-12)).toBe(true);
    }
    expect(nper(0, -10, 100)?.toString()).toBe('10');
  });

  it('keeps its digits at tiny rates (log1p of the ratio, not ln)', () => {
    // the payment of 1,000 over 10 periods at r, fed back, gives 10 periods
    for (const r of [1e-6, 1e-9, 1e-12, 1e-15]) {
      expect(nper(r, pmt(r, 10, 1000), 1000)?.toNumber()).toBeCloseTo(10, 12);
      expect(nper(r, pmt(r, 10, 1000, 0, 'begin'), 1000, 0, 'begin')?.toNumber()).toBeCloseTo(
        10,
        12,
      );
      // and tends to the zero-rate answer -(fv + pv)/pmt
      expect(nper(r, -100, 1000)?.toNumber()).toBeCloseTo(10, 3);
    }
  });

  it('null rule: returns null when the payment never reaches fv (was NO_SOLUTION)', () => {
    // 50 a month does not cover 1% interest on 8,000
    expect(nper(0.01, -50, 8000)).toBeNull();
    // exactly the interest: the balance never moves
    expect(nper(0.01, -80, 8000)).toBeNull();
    expect(nper(0, 0, 100)).toBeNull();
    expect(nper(0, 0, 0)?.toString()).toBe('0');
  });
});

describe('annuity input rules', () => {
  it('throws INVALID_NUMBER at the argument that is not a number, for each function', () => {
    expect(catchError(() => pv(0.1, 10, 'x')).path).toEqual(['pmt']);
    expect(catchError(() => pv(0.1, 10, 1, Number.NaN)).path).toEqual(['fv']);
    expect(catchError(() => fv(0.1, null as never, 1)).path).toEqual(['nper']);
    expect(catchError(() => fv(0.1, 10, 1, 'y')).path).toEqual(['pv']);
    expect(catchError(() => nper(0.1, 'z', 100)).path).toEqual(['pmt']);
    expect(catchError(() => nper(0.1, -1, 100, Number.POSITIVE_INFINITY)).path).toEqual(['fv']);
    expect(catchError(() => pmt(0.1, 10, {} as never)).path).toEqual(['pv']);
    for (const e of [
      catchError(() => pv(0.1, 10, 'x')),
      catchError(() => fv(0.1, null as never, 1)),
      catchError(() => nper(0.1, 'z', 100)),
    ])
      expect(e.code).toBe('INVALID_NUMBER');
  });

  it('throws OUT_OF_RANGE at [rate] for a rate <= -1 and INVALID_ARGUMENT at [when], for each function', () => {
    for (const f of [() => pv(-1, 1, 1), () => fv(-2, 1, 1), () => nper(-1, -1, 1)]) {
      const e = catchError(f);
      expect(e.code).toBe('OUT_OF_RANGE');
      expect(e.path).toEqual(['rate']);
    }
    for (const f of [
      () => pv(0.1, 1, 1, 0, 'start' as never),
      () => fv(0.1, 1, 1, 0, 1 as never),
      () => nper(0.1, -1, 1, 0, 'x' as never),
    ]) {
      const e = catchError(f);
      expect(e.code).toBe('INVALID_ARGUMENT');
      expect(e.path).toEqual(['when']);
    }
  });
});

describe('annuity laws', () => {
  const rate = fc.double({ min: -0.5, max: 0.5, noNaN: true });
  const periods = fc.integer({ min: 1, max: 360 });
  const money = fc.integer({ min: -1_000_000, max: 1_000_000 });
  const when = fc.constantFrom('end' as const, 'begin' as const);

  it('property: pv, pmt and fv agree (pv(fv(x)) = x, pmt reproduces pv) and results are frozen', () => {
    fc.assert(
      fc.property(rate, periods, money, money, when, (r, n, p, m, w) => {
        const f = fv(r, n, m, p, w);
        expect(isDeepFrozen(f)).toBe(true);
        const back = pv(r, n, m, f, w).toNumber();
        const scale = Math.abs(p) + Math.abs(m) * n + 1;
        expect(Math.abs(back - p)).toBeLessThan(1e-6 * scale * Math.max(1, (1 + r) ** -n));
        const payment = pmt(r, n, p, f.toNumber(), w).toNumber();
        expect(Math.abs(payment - m)).toBeLessThan(1e-6 * scale);
      }),
      { numRuns: 150 },
    );
  });

  it('property: nper inverts pmt (where (1 + r)^n is moderate, so n is well conditioned)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.1, noNaN: true }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 1e6 }),
        when,
        (r, n, p, w) => {
          const m = pmt(r, n, p, 0, w).toNumber();
          expect(nper(r, m, p, 0, w)?.toNumber()).toBeCloseTo(n, 4);
        },
      ),
      { numRuns: 150 },
    );
  });
});
