// Loudness across the TCO, budget, earned-value and business-case functions:
// junk in any numeric or date field is a PopmError with the right code and
// path (never a TypeError, NaN or Infinity), and extreme but valid inputs
// never produce a non-finite number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appraiseOptions } from '../../src/finance/appraiseOptions.js';
import { type Budget, budgetStatus } from '../../src/finance/budgetStatus.js';
import type { BusinessCase } from '../../src/finance/businessCase.js';
import { compareTco } from '../../src/finance/compareTco.js';
import { earnedSchedule, earnedValue } from '../../src/finance/earnedValue.js';
import { scenarios } from '../../src/finance/scenarios.js';
import { breakEvenChange, sensitivity } from '../../src/finance/sensitivity.js';
import { type TcoInput, totalCostOfOwnership } from '../../src/finance/totalCostOfOwnership.js';
import { catchError } from '../helpers/freeze.js';
import { invoicingCase } from './businessCaseFixtures.js';

/** Values no numeric field accepts (objects left out: a series of objects is read as lines). */
const junkNumber = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  'abc',
  '',
  '1e',
  '1,000',
  null,
  true,
  Symbol('x'),
  () => 1,
);
/** Values no date field accepts. */
const junkDate = fc.constantFrom<unknown>(
  '2026-02-30',
  '2026-13-01',
  '26-01-01',
  '2026-1-1',
  '2026-01-01T00:00:00Z',
  '',
  null,
  20260101,
  Number.NaN,
  {},
);

/** Sets `value` at `path` in a structured clone of `base`. */
function at<T>(base: T, path: readonly (string | number)[], value: unknown): T {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return copy as T;
}

const tco: TcoInput = {
  horizon: 3,
  discountRate: 0.08,
  costs: [
    { id: 'a', label: 'A', category: 'licensing', amount: 10, recurrence: 'once' },
    {
      id: 'b',
      label: 'B',
      category: 'support',
      amount: 5,
      recurrence: 'per-period',
      escalation: 0.03,
    },
  ],
};
const budget: Budget = {
  currency: 'EUR',
  total: 100,
  start: '2026-01-01',
  end: '2026-01-31',
  lines: [{ category: 'staff', amount: 60 }],
  actuals: [{ date: '2026-01-05', amount: 10, category: 'staff' }],
  commitments: [{ date: '2026-01-06', amount: 5 }],
};
const evm = { bac: 100, pv: 50, ev: 40, ac: 45, etc: 70 };
const es = { cumulativePv: [10, 20, 30], ev: 15, actualTime: 2, plannedDuration: 3 };
const bc: BusinessCase = invoicingCase;
const scenarioSet = { best: {}, likely: {}, worst: {} };

type Case = readonly [string, (v: unknown) => unknown, readonly (string | number)[]];

const numericCases: readonly Case[] = [
  ['tco horizon', (v) => totalCostOfOwnership(at(tco, ['horizon'], v)), ['input', 'horizon']],
  [
    'tco discountRate',
    (v) => totalCostOfOwnership(at(tco, ['discountRate'], v)),
    ['input', 'discountRate'],
  ],
  [
    'tco amount',
    (v) => totalCostOfOwnership(at(tco, ['costs', 1, 'amount'], v)),
    ['input', 'costs', 1, 'amount'],
  ],
  [
    'tco escalation',
    (v) => totalCostOfOwnership(at(tco, ['costs', 1, 'escalation'], v)),
    ['input', 'costs', 1, 'escalation'],
  ],
  [
    'compareTco amount',
    (v) => compareTco({ x: tco, y: at(tco, ['costs', 0, 'amount'], v) }),
    ['options', 'y', 'costs', 0, 'amount'],
  ],
  [
    'budget total',
    (v) => budgetStatus(at(budget, ['total'], v), '2026-01-10'),
    ['budget', 'total'],
  ],
  [
    'budget line',
    (v) => budgetStatus(at(budget, ['lines', 0, 'amount'], v), '2026-01-10'),
    ['budget', 'lines', 0, 'amount'],
  ],
  [
    'budget actual',
    (v) => budgetStatus(at(budget, ['actuals', 0, 'amount'], v), '2026-01-10'),
    ['budget', 'actuals', 0, 'amount'],
  ],
  [
    'budget commitment',
    (v) => budgetStatus(at(budget, ['commitments', 0, 'amount'], v), '2026-01-10'),
    ['budget', 'commitments', 0, 'amount'],
  ],
  ...(['bac', 'pv', 'ev', 'ac', 'etc'] as const).map(
    (k): Case => [`earnedValue ${k}`, (v) => earnedValue(at(evm, [k], v)), ['input', k]],
  ),
  [
    'earnedSchedule pv',
    (v) => earnedSchedule(at(es, ['cumulativePv', 1], v)),
    ['input', 'cumulativePv', 1],
  ],
  ['earnedSchedule ev', (v) => earnedSchedule(at(es, ['ev'], v)), ['input', 'ev']],
  [
    'earnedSchedule time',
    (v) => earnedSchedule(at(es, ['actualTime'], v)),
    ['input', 'actualTime'],
  ],
  [
    'earnedSchedule duration',
    (v) => earnedSchedule(at(es, ['plannedDuration'], v)),
    ['input', 'plannedDuration'],
  ],
  [
    'case discountRate',
    (v) => appraiseOptions(at(bc, ['discountRate'], v)),
    ['businessCase', 'discountRate'],
  ],
  ['case horizon', (v) => appraiseOptions(at(bc, ['horizon'], v)), ['businessCase', 'horizon']],
  [
    'case amount',
    (v) => appraiseOptions(at(bc, ['options', 1, 'benefits', 2], v)),
    ['businessCase', 'options', 1, 'benefits', 2],
  ],
  [
    'sensitivity swing',
    (v) => sensitivity(bc, 'tool', { swing: v as number }),
    ['options', 'swing'],
  ],
  [
    'scenario multiplier',
    (v) => scenarios(bc, { ...scenarioSet, worst: { costs: v as number } }),
    ['set', 'worst', 'costs'],
  ],
  [
    'scenario probability',
    (v) => scenarios(bc, { ...scenarioSet, best: { probability: v as number } }),
    ['set', 'best', 'probability'],
  ],
];

const dateCases: readonly Case[] = [
  ['budget asOf', (v) => budgetStatus(budget, v as string), ['asOf']],
  [
    'budget start',
    (v) => budgetStatus(at(budget, ['start'], v), '2026-01-10'),
    ['budget', 'start'],
  ],
  ['budget end', (v) => budgetStatus(at(budget, ['end'], v), '2026-01-10'), ['budget', 'end']],
  [
    'budget actual date',
    (v) => budgetStatus(at(budget, ['actuals', 0, 'date'], v), '2026-01-10'),
    ['budget', 'actuals', 0, 'date'],
  ],
  [
    'budget commitment date',
    (v) => budgetStatus(at(budget, ['commitments', 0, 'date'], v), '2026-01-10'),
    ['budget', 'commitments', 0, 'date'],
  ],
];

describe('value functions: junk is loud', () => {
  it.each(numericCases)('%s: junk is INVALID_NUMBER at its path', (_name, call, path) => {
    fc.assert(
      fc.property(junkNumber, (v) => {
        const e = catchError(() => call(v));
        expect(e.code).toBe('INVALID_NUMBER');
        expect(e.path).toEqual(path);
      }),
      { numRuns: 20 },
    );
  });

  it.each(dateCases)('%s: junk is INVALID_DATE at its path', (_name, call, path) => {
    fc.assert(
      fc.property(junkDate, (v) => {
        const e = catchError(() => call(v));
        expect(e.code).toBe('INVALID_DATE');
        expect(e.path).toEqual(path);
      }),
      { numRuns: 20 },
    );
  });

  it('null or a non-object for any options argument is INVALID_ARGUMENT at options', () => {
    for (const bad of [null, 3, 'x', true]) {
      for (const call of [
        () => earnedValue(evm, bad as never),
        () => sensitivity(bc, 'tool', bad as never),
        () => breakEvenChange(bc, 'tool', bad as never),
      ]) {
        const e = catchError(call);
        expect(e.code).toBe('INVALID_ARGUMENT');
        expect(e.path).toEqual(['options']);
      }
      const s = catchError(() => scenarios(bc, bad as never));
      expect([s.code, s.path]).toEqual(['INVALID_ARGUMENT', ['set']]);
    }
  });
});

/** Every number in `x` is finite (Decimals included); nulls are fine. */
function allFinite(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (x === null || typeof x !== 'object') return true;
  if ('isFinite' in x && typeof (x as { isFinite: unknown }).isFinite === 'function')
    return (x as { isFinite(): boolean }).isFinite();
  return Object.values(x).every(allFinite);
}

describe('value functions: extreme valid inputs stay finite', () => {
  const magnitude = fc.oneof(
    fc.double({ min: 0, max: 1e300, noNaN: true }),
    fc.constantFrom(0, Number.MIN_VALUE, 1e-300, Number.MAX_VALUE),
  );
  const fraction = fc.double({ min: 0, max: 1, noNaN: true });

  it('earnedValue never returns NaN or Infinity', () => {
    fc.assert(
      fc.property(magnitude, fraction, fraction, magnitude, (bac, p, e, ac) => {
        const r = earnedValue({ bac, pv: bac * p, ev: bac * e, ac, etc: ac });
        expect(allFinite(r)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('earnedSchedule never returns NaN or Infinity', () => {
    fc.assert(
      fc.property(
        fc.array(magnitude, { minLength: 1, maxLength: 6 }),
        fraction,
        magnitude,
        (steps, e, time) => {
          const cumulativePv: number[] = [];
          let total = 0;
          for (const s of steps) {
            total = Math.min(total + s, Number.MAX_VALUE);
            cumulativePv.push(total);
          }
          const r = earnedSchedule({ cumulativePv, ev: total * e, actualTime: time });
          expect(allFinite(r)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the business-case functions appraise any amounts up to 1e290 without failing', () => {
    const amount = fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.constantFrom<string | number>(0, '1e-999', 1e-300, '1e290', 1e290),
    );
    const series = fc.array(amount, { maxLength: 4 });
    fc.assert(
      fc.property(
        series,
        series,
        series,
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom(0, 1e-6, 1e6),
        (costs, benefits, baseCosts, pct, m) => {
          const c: BusinessCase = {
            reasons: ['r'],
            currency: 'EUR',
            discountRate: pct / 100,
            horizon: 3,
            options: [
              { id: 'none', name: 'N', kind: 'do-nothing', costs: baseCosts, benefits: [] },
              { id: 'x', name: 'X', kind: 'do-something', costs, benefits },
            ],
          };
          expect(allFinite(appraiseOptions(c))).toBe(true);
          expect(allFinite(sensitivity(c, 'x', { swing: 1 }))).toBe(true);
          expect(allFinite(breakEvenChange(c, 'x', { basis: 'increment' }))).toBe(true);
          const sc = scenarios(c, { best: { benefits: m }, likely: {}, worst: { costs: m } });
          expect(allFinite(sc)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
