import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTco } from '../../src/finance/compareTco.js';
import type { TcoInput } from '../../src/finance/totalCostOfOwnership.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';

const build: TcoInput = {
  horizon: 4,
  costs: [
    { id: 'dev', label: 'Build', category: 'implementation', amount: 300, recurrence: 'once' },
    { id: 'run', label: 'Run', category: 'operations', amount: 20, recurrence: 'per-period' },
  ],
};
const saas: TcoInput = {
  horizon: 4,
  costs: [
    {
      id: 'sub',
      label: 'Subscription',
      category: 'licensing',
      amount: 100,
      recurrence: 'per-period',
    },
  ],
};

describe('compareTco', () => {
  it('keeps money exact: 0.1 + 0.2 against 0.3 is a tie, with no crossover and a premium of 0', () => {
    const line = (id: string, amount: string, startPeriod: number) =>
      ({ id, label: id, category: 'other', amount, recurrence: 'once', startPeriod }) as const;
    const r = compareTco({
      split: { horizon: 1, costs: [line('a', '0.1', 0), line('b', '0.2', 1)] },
      whole: { horizon: 1, costs: [line('c', '0.3', 1)] },
    });
    expect(r.ranking.map((x) => `${x.optionId} ${x.total} +${x.premium}`)).toEqual([
      'split 0.3 +0',
      'whole 0.3 +0',
    ]);
    // whole is cheaper at period 0 (0 vs 0.1), then they tie exactly: no change of lead
    expect(r.pairs[0]?.crossovers).toEqual([]);
    expect(r.pairs[0]?.cheaperAtHorizon).toBeNull();
  });

  it('ranks build vs buy and finds the crossover period (doc example)', () => {
    const r = compareTco({ build, saas });
    expect(r.ranking.map((x) => `${x.optionId} ${x.total}`)).toEqual(['build 380', 'saas 400']);
    expect(r.cheapest).toBe('build');
    expect(r.basis).toBe('nominal');
    expect(r.ranking[1]?.premium.toString()).toBe('20');
    expect(r.ranking[0]?.rank).toBe(1);
    expect(r.pairs).toEqual([
      {
        a: 'build',
        b: 'saas',
        crossovers: [{ period: 4, cheaper: 'build' }],
        crossoverPeriod: 4,
        cheaperAtHorizon: 'build',
      },
    ]);
    expect(r.results.saas?.total.toString()).toBe('400');
  });

  it('ranks on present value when discounted: at 10% SaaS wins and never loses its lead', () => {
    const r = compareTco({
      build: { ...build, discountRate: 0.1 },
      saas: { ...saas, discountRate: 0.1 },
    });
    expect(r.basis).toBe('present-value');
    expect(r.cheapest).toBe('saas');
    // PV(saas) = 100 × 3.1699 = 316.99; PV(build) = 300 + 20 × 3.1699 = 363.40
    expect(r.ranking.map((x) => x.presentValue.toFixed(2))).toEqual(['316.99', '363.40']);
    expect(r.pairs[0]?.crossovers).toEqual([]);
    expect(r.pairs[0]?.crossoverPeriod).toBeNull();
    expect(r.pairs[0]?.cheaperAtHorizon).toBe('saas');
  });

  it('reports every change of lead and ties at the horizon', () => {
    const a: TcoInput = {
      horizon: 3,
      costs: [
        { id: 'x', label: 'X', category: 'other', amount: 10, recurrence: 'once', startPeriod: 1 },
      ],
    };
    const b: TcoInput = {
      horizon: 3,
      costs: [
        { id: 'y', label: 'Y', category: 'other', amount: 5, recurrence: 'once', startPeriod: 0 },
        { id: 'z', label: 'Z', category: 'other', amount: 5, recurrence: 'once', startPeriod: 3 },
      ],
    };
    const r = compareTco({ a, b });
    // cumulative a: 0, 10, 10, 10; b: 5, 5, 5, 10
    expect(r.pairs[0]?.crossovers).toEqual([{ period: 1, cheaper: 'b' }]);
    expect(r.pairs[0]?.cheaperAtHorizon).toBeNull();
    // Equal totals: input order breaks the tie.
    expect(r.ranking.map((x) => x.optionId)).toEqual(['a', 'b']);
  });

  it('compares three options pairwise in input order and keeps the common currency', () => {
    const r = compareTco({
      build: { ...build, currency: 'EUR' },
      saas,
      hybrid: {
        horizon: 4,
        costs: [{ id: 'h', label: 'H', category: 'other', amount: 50, recurrence: 'per-period' }],
      },
    });
    expect(r.pairs.map((p) => `${p.a}-${p.b}`)).toEqual([
      'build-saas',
      'build-hybrid',
      'saas-hybrid',
    ]);
    expect(r.cheapest).toBe('hybrid');
    expect(r.currency).toBe('EUR');
  });

  it('keeps an option named __proto__ as an ordinary option (JSON input)', () => {
    const r = compareTco(
      JSON.parse(JSON.stringify({ build, x: saas }).replace('"x"', '"__proto__"')),
    );
    expect(Object.keys(r.results)).toEqual(['build', '__proto__']);
    expect(r.ranking.map((x) => x.optionId)).toEqual(['build', '__proto__']);
    expect(Object.getPrototypeOf(r.results)).toBe(Object.prototype);
  });

  it.each([
    [() => compareTco(null as never), 'INVALID_ARGUMENT', ['options']],
    [() => compareTco({ build }), 'EMPTY_INPUT', ['options']],
    [
      () => compareTco({ build, saas: { ...saas, horizon: 5 } }),
      'INVALID_ARGUMENT',
      ['options', 'saas', 'horizon'],
    ],
    [
      () => compareTco({ build, saas: { ...saas, discountRate: 0.1 } }),
      'INVALID_ARGUMENT',
      ['options', 'saas', 'discountRate'],
    ],
    [
      () => compareTco({ build: { ...build, discountRate: 0.1 }, saas }),
      'INVALID_ARGUMENT',
      ['options', 'saas', 'discountRate'],
    ],
    [
      () =>
        compareTco({
          build: { ...build, discountRate: 0.1 },
          saas: { ...saas, discountRate: 0.2 },
        }),
      'INVALID_ARGUMENT',
      ['options', 'saas', 'discountRate'],
    ],
    [
      () =>
        compareTco({ build: { ...build, currency: 'EUR' }, saas: { ...saas, currency: 'USD' } }),
      'CURRENCY_MISMATCH',
      ['options', 'saas', 'currency'],
    ],
    [
      () => compareTco({ build, saas: { ...saas, horizon: 0 } }),
      'OUT_OF_RANGE',
      ['options', 'saas', 'horizon'],
    ],
  ])('error rule %#', (fn, code, path) => {
    const e = catchError(fn);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  it('never mutates input, freezes output, and its crossovers agree with the cumulative costs', () => {
    const opt = fc
      .array(
        fc.record({
          amount: fc.integer({ min: 0, max: 500 }),
          once: fc.boolean(),
          start: fc.integer({ min: 0, max: 5 }),
        }),
        {
          maxLength: 4,
        },
      )
      .map(
        (ls): TcoInput => ({
          horizon: 5,
          costs: ls.map((l, i) => ({
            id: `c${i}`,
            label: `C${i}`,
            category: 'other' as const,
            amount: l.amount,
            recurrence: l.once ? ('once' as const) : ('per-period' as const),
            startPeriod: l.start,
          })),
        }),
      );
    fc.assert(
      fc.property(opt, opt, (x, y) => {
        const input = deepFreezeInput({ x: structuredClone(x), y: structuredClone(y) });
        const r = compareTco(input);
        expect(input).toEqual({ x, y });
        expect(isDeepFrozen(r)).toBe(true);
        const pair = r.pairs[0];
        const cx = r.results.x?.byPeriod ?? [];
        const cy = r.results.y?.byPeriod ?? [];
        for (const c of pair?.crossovers ?? []) {
          const ax = cx[c.period]?.cumulativeNominal;
          const ay = cy[c.period]?.cumulativeNominal;
          expect(c.cheaper === 'x' ? ax?.lt(ay ?? 0) : ay?.lt(ax ?? 0)).toBe(true);
        }
        const [first, second] = r.ranking;
        expect(first && second && first.presentValue.lte(second.presentValue)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
