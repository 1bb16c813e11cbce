import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { Decimal } from '../../src/core/numbers.js';
import { irr } from '../../src/finance/irr.js';
import { xirr } from '../../src/finance/xirr.js';
import { type DatedCashFlow, xnpv } from '../../src/finance/xnpv.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';

const EXCEL: DatedCashFlow[] = [
  { date: '2008-01-01', amount: -10000 },
  { date: '2008-03-01', amount: 2750 },
  { date: '2008-10-30', amount: 4250 },
  { date: '2009-02-15', amount: 3250 },
  { date: '2009-04-01', amount: 2750 },
];

/** XNPV by its definition in Decimal (34 digits). */
function xnpvByDefinition(
  rate: string | number | Decimal,
  flows: readonly DatedCashFlow[],
): Decimal {
  const g = new Decimal(1).plus(rate);
  const d0 = Date.parse(flows[0]?.date ?? '1970-01-01');
  let s = new Decimal(0);
  for (const f of flows) {
    const days = (Date.parse(f.date) - d0) / 86_400_000;
    s = s.plus(new Decimal(f.amount).div(g.pow(new Decimal(days).div(365))));
  }
  return s;
}

describe('xnpv', () => {
  it('matches Excel help: XNPV at 9% = 2,086.65', () => {
    expect(xnpv(0.09, EXCEL).toFixed(2)).toBe('2086.65');
    expect(xnpv(0.09, EXCEL).minus(xnpvByDefinition('0.09', EXCEL)).abs().lt(1e-9)).toBe(true);
  });

  it('takes the other flows in any order (Actual/365 from the first listed date)', () => {
    const [first, ...rest] = EXCEL;
    const shuffled = [first as DatedCashFlow, ...rest.reverse()];
    expect(xnpv(0.09, shuffled).minus(xnpv(0.09, EXCEL)).abs().lt(1e-9)).toBe(true);
  });

  it('gives 0 for no flows and the amount for one flow', () => {
    expect(xnpv(0.1, []).toString()).toBe('0');
    expect(xnpv(0.1, [{ date: '2024-02-29', amount: '12.5' }]).toString()).toBe('12.5');
  });

  it('does not overflow near -100% over a century (Decimal fallback)', () => {
    const flows = [
      { date: '2000-01-01', amount: 1 },
      { date: '2100-01-01', amount: 1 },
    ];
    const rate = -1 + 2 ** -20; // exact in float64; (2^20)^100 overflows it
    const got = xnpv(rate, flows);
    const want = xnpvByDefinition('-0.99999904632568359375', flows); // the same rate, exactly
    expect(got.div(want).minus(1).abs().lt(1e-12)).toBe(true);
    expect(isDeepFrozen(got)).toBe(true);
  });

  it('gives a Decimal, not Infinity or an error, when amounts near the float64 limit sum beyond it', () => {
    const M = Number.MAX_VALUE;
    const flows = [
      { date: '2020-01-01', amount: M },
      { date: '2021-01-01', amount: M },
      { date: '2022-01-01', amount: M },
    ];
    for (const rate of ['0.5', '-0.5', '0']) {
      const got = xnpv(rate, flows);
      expect(got.div(xnpvByDefinition(rate, flows)).minus(1).abs().lt(1e-14)).toBe(true);
      expect(got.gt(M)).toBe(true);
    }
  });

  it('throws INVALID_DATE at [flows, i, date] for a date before the first or a bad date', () => {
    const e = catchError(() =>
      xnpv(0.1, [
        { date: '2020-01-01', amount: -1 },
        { date: '2019-12-31', amount: 2 },
      ]),
    );
    expect(e.code).toBe('INVALID_DATE');
    expect(e.path).toEqual(['flows', 1, 'date']);
    expect(e.message).toContain('2020-01-01');
    const f = catchError(() => xnpv(0.1, [{ date: '2020-02-30', amount: 1 }]));
    expect(f.code).toBe('INVALID_DATE');
    expect(f.path).toEqual(['flows', 0, 'date']);
  });

  it('reads dates through core toEpochDay: every malformed date is INVALID_DATE at its own path', () => {
    for (const bad of [
      '1900-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '0000-01-01',
      '2024/01/01',
      '2024-1-01',
      ' 2024-01-0',
      '20a4-01-01',
      '2024-01-01T00:00',
      '',
      20240101,
      null,
      undefined,
      new Date(0),
    ]) {
      for (const fn of [
        () => xnpv(0.1, [EXCEL[0] as DatedCashFlow, { date: bad as never, amount: 1 }]),
        () => xirr([EXCEL[0] as DatedCashFlow, { date: bad as never, amount: 1 }]),
      ]) {
        const e = catchError(fn);
        expect(e.code).toBe('INVALID_DATE');
        expect(e.path).toEqual(['flows', 1, 'date']);
      }
    }
    // A leap day and the ends of the range are real dates: 366 days from 2024-01-01 to 2025-01-01.
    expect(
      xnpv(1, [
        { date: '2024-01-01', amount: 0 },
        { date: '2024-02-29', amount: 0 },
        { date: '2025-01-01', amount: 2 ** (366 / 365) },
      ]).toNumber(),
    ).toBeCloseTo(1, 14);
    expect(
      xnpv(0, [
        { date: '0001-01-01', amount: 1 },
        { date: '9999-12-31', amount: 1 },
      ]).toString(),
    ).toBe('2');
    // An array is not a { date, amount } object.
    const a = catchError(() => xnpv(0.1, [['2020-01-01', 1] as never]));
    expect(a.code).toBe('INVALID_ARGUMENT');
    expect(a.path).toEqual(['flows', 0]);
  });

  it('throws INVALID_NUMBER at [flows, i, amount], OUT_OF_RANGE at [rate], INVALID_ARGUMENT for shapes', () => {
    const e = catchError(() => xnpv(0.1, [{ date: '2020-01-01', amount: 'x' }]));
    expect(e.code).toBe('INVALID_NUMBER');
    expect(e.path).toEqual(['flows', 0, 'amount']);
    expect(catchError(() => xnpv(-1, EXCEL)).code).toBe('OUT_OF_RANGE');
    expect(catchError(() => xnpv(0.1, null as never)).code).toBe('INVALID_ARGUMENT');
    const g = catchError(() => xnpv(0.1, [5 as never]));
    expect(g.code).toBe('INVALID_ARGUMENT');
    expect(g.path).toEqual(['flows', 0]);
  });

  it('property: equals the definition in Decimal; input untouched; output frozen', () => {
    const flowsArb = fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 4000 }),
        amount: fc.integer({ min: -1e6, max: 1e6 }),
      }),
      { minLength: 1, maxLength: 15 },
    );
    fc.assert(
      fc.property(fc.double({ min: -0.9, max: 3, noNaN: true }), flowsArb, (r, raw) => {
        const flows = deepFreezeInput(
          raw.map((f, i) => ({
            date: addDays('2020-01-01', i === 0 ? 0 : f.offset),
            amount: f.amount,
          })),
        );
        const copy = JSON.stringify(flows);
        const got = xnpv(r, flows);
        expect(JSON.stringify(flows)).toBe(copy);
        expect(isDeepFrozen(got)).toBe(true);
        const scale = raw.reduce((s, f) => s + Math.abs(f.amount), 0) * Math.max(1, (1 + r) ** -11);
        expect(got.minus(xnpvByDefinition(r, flows)).abs().toNumber()).toBeLessThanOrEqual(
          1e-11 * scale,
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('xirr', () => {
  it('matches Excel help: XIRR = 0.373362535 (37.34%)', () => {
    expect(xirr(EXCEL)?.toFixed(6)).toBe('0.373363');
    expect(
      xnpv(xirr(EXCEL) as Decimal, EXCEL)
        .abs()
        .lt(1e-9),
    ).toBe(true);
  });

  it('matches formulajs tests: XIRR of the Excel flows with a guess', () => {
    expect(xirr(EXCEL, { guess: 0.1 })?.toNumber()).toBeCloseTo(0.373362535, 8);
  });

  it('solves a -65% year that Newton from 10% misses', () => {
    const flows = [
      { date: '2008-01-01', amount: -10000 },
      { date: '2009-01-01', amount: 3500 },
    ];
    // 366 days (2008 is a leap year): (0.35)^(365/366) - 1
    expect(xirr(flows)?.toNumber()).toBeCloseTo(0.35 ** (365 / 366) - 1, 13);
  });

  it('merges same-day flows and sorts by date', () => {
    const flows = [
      { date: '2020-01-01', amount: -50 },
      { date: '2021-01-01', amount: 60 },
      { date: '2020-01-01', amount: -50 },
      { date: '2020-07-01', amount: 0 },
      { date: '2021-01-01', amount: 50 },
    ];
    // -100 then 110 after 366 days
    expect(xirr(flows)?.toNumber()).toBeCloseTo(1.1 ** (365 / 366) - 1, 13);
  });

  it('finds the root nearest the guess when there are two', () => {
    const flows = [
      { date: '2001-01-01', amount: -100 },
      { date: '2002-01-01', amount: 230 },
      { date: '2003-01-01', amount: -132 },
    ];
    expect(xirr(flows)?.toNumber()).toBeCloseTo(0.1, 9);
    expect(xirr(flows, { guess: 0.25 })?.toNumber()).toBeCloseTo(0.2, 9);
  });

  it('null rule: null for one flow, one date, or no sign change (was NO_SOLUTION)', () => {
    for (const flows of [
      [],
      [{ date: '2020-01-01', amount: -1 }],
      [
        { date: '2020-01-01', amount: -1 },
        { date: '2020-01-01', amount: 2 },
      ],
      [
        { date: '2020-01-01', amount: 1 },
        { date: '2021-01-01', amount: 2 },
      ],
    ]) {
      expect(xirr(flows)).toBeNull();
    }
  });

  it('solves amounts near the ends of float64 (scaled by a power of two, exactly)', () => {
    const scaled = (k: number) =>
      EXCEL.map((f) => ({ date: f.date, amount: (f.amount as number) * 2 ** k }));
    for (const k of [-1060, -700, 700, 1010])
      expect(xirr(scaled(k))?.toString()).toBe(xirr(EXCEL)?.toString());
  });

  it('null rule: null when the NPV never reaches zero', () => {
    const flows = [
      { date: '2020-01-01', amount: 1 },
      { date: '2021-01-01', amount: -1.5 },
      { date: '2022-01-01', amount: 1 },
    ];
    expect(xirr(flows)).toBeNull();
  });

  it('throws INVALID_DATE for a date before the first, OUT_OF_RANGE for a guess <= -1', () => {
    const e = catchError(() =>
      xirr([
        { date: '2020-01-02', amount: -1 },
        { date: '2020-01-01', amount: 2 },
      ]),
    );
    expect(e.code).toBe('INVALID_DATE');
    expect(e.path).toEqual(['flows', 1, 'date']);
    const a = catchError(() => xirr('x' as never));
    expect(a.code).toBe('INVALID_ARGUMENT');
    expect(a.path).toEqual(['flows']);
    const b = catchError(() => xirr([{ date: '2020-01-01', amount: null as never }]));
    expect(b.code).toBe('INVALID_NUMBER');
    expect(b.path).toEqual(['flows', 0, 'amount']);
    const g = catchError(() => xirr(EXCEL, { guess: -2 }));
    expect(g.code).toBe('OUT_OF_RANGE');
    expect(g.path).toEqual(['options', 'guess']);
  });

  it('property: on dates exactly 365 days apart xirr is irr, root rule included (with and without a guess)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 8 }),
        fc.option(fc.double({ min: -0.9, max: 3, noNaN: true }), { nil: undefined }),
        (amounts, guess) => {
          const dated = amounts.map((amount, i) => ({
            date: addDays('2021-01-01', 365 * i),
            amount,
          }));
          const options = guess === undefined ? {} : { guess };
          const want = irr(amounts, options);
          const got = xirr(dated, options);
          if (want === null || got === null) {
            expect(got).toBe(want);
            return;
          }
          expect(got.minus(want).abs().lte(want.plus(1).times(1e-12))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('property: xnpv at the answer is ~0; output frozen; deterministic', () => {
    const arb = fc.array(
      fc.record({
        offset: fc.integer({ min: 30, max: 3000 }),
        amount: fc.integer({ min: 0, max: 1e6 }),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), arb, (invest, raw) => {
        fc.pre(raw.some((f) => f.amount > 0));
        const flows = deepFreezeInput([
          { date: '2020-01-01', amount: -invest },
          ...raw.map((f) => ({ date: addDays('2020-01-01', f.offset), amount: f.amount })),
        ]);
        const r = xirr(flows);
        // null: a root so near -100% that 1 + r is below 34 digits (e.g. -660 then +1 a month later).
        if (r === null) return;
        expect(isDeepFrozen(r)).toBe(true);
        expect(r.gt(-1)).toBe(true);
        expect(xirr(flows)?.eq(r)).toBe(true);
        // |XNPV| relative to Σ|amount|·(1 + r)^-t, by the definition in Decimal.
        // A 34-digit rate within 1e-15 of -100% keeps fewer than 19 digits of
        // 1 + r, so the residual check needs 1 + r above that.
        const g = new Decimal(1).plus(r);
        if (g.lt(1e-15)) return;
        const size = flows.reduce(
          (acc, f, i) =>
            acc.plus(
              new Decimal(Math.abs(f.amount)).div(
                g.pow(i === 0 ? 0 : (raw[i - 1]?.offset ?? 0) / 365),
              ),
            ),
          new Decimal(0),
        );
        expect(xnpvByDefinition(r, flows).abs().div(size).toNumber()).toBeLessThan(1e-9);
      }),
      { numRuns: 100 },
    );
  });
});
