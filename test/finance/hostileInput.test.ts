// Issue 21 for finance: hostile input is a PopmError or a deep-frozen result
// without NaN/Infinity; never a TypeError, never the caller's objects frozen.
import { describe, expect, it } from 'vitest';
import * as F from '../../src/finance/index.js';
import { invoicingCase } from './businessCaseFixtures.js';

const [noneOpt, toolOpt] = invoicingCase.options as [F.BusinessCaseOption, F.BusinessCaseOption];

function finiteDeep(v: unknown, seen = new Set<unknown>()): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (v === null || typeof v !== 'object' || seen.has(v)) return true;
  seen.add(v);
  const d = v as { isFinite?: unknown; toFixed?: unknown };
  if (typeof d.isFinite === 'function' && typeof d.toFixed === 'function')
    return (v as { isFinite(): boolean }).isFinite();
  return Object.values(v).every((x) => finiteDeep(x, seen));
}

function frozenDeep(v: unknown, seen = new Set<unknown>()): boolean {
  if (v === null || typeof v !== 'object' || seen.has(v)) return true;
  seen.add(v);
  return Object.isFrozen(v) && Object.values(v).every((x) => frozenDeep(x, seen));
}

/** Runs `fn`: a PopmError, or a frozen result with finite numbers only. */
function judge(fn: () => unknown): 'error' | 'result' {
  let out: unknown;
  try {
    out = fn();
  } catch (e) {
    expect((e as Error).name).toBe('PopmError');
    return 'error';
  }
  expect(finiteDeep(out)).toBe(true);
  expect(frozenDeep(out)).toBe(true);
  return 'result';
}

const EXTREMES = [1e308, -1e308, Number.MAX_VALUE, 5e-324, -5e-324, 1e300, -1e300];

describe('finance: hostile input (issue 21)', () => {
  it('issue 21: appraiseOptions with a hole in a costs array is a PopmError at the hole, not a TypeError', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const holed = { ...toolOpt, costs: [100, , 5] } as never;
    let caught: unknown;
    try {
      F.appraiseOptions({ ...invoicingCase, options: [noneOpt, holed] });
    } catch (e) {
      caught = e;
    }
    expect((caught as Error).name).toBe('PopmError');
    expect((caught as { path: unknown }).path).toEqual(['businessCase', 'options', 1, 'costs', 1]);
  });

  it('issue 21: a hole in a TCO costs array or a budget actuals array is a PopmError at its index', () => {
    const line = { id: 'a', label: 'A', category: 'other', amount: 1, recurrence: 'once' } as const;
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const costs = [, line] as never;
    let e: unknown;
    try {
      F.totalCostOfOwnership({ horizon: 2, costs });
    } catch (x) {
      e = x;
    }
    expect((e as { path: unknown }).path).toEqual(['input', 'costs', 0]);
    try {
      F.budgetStatus(
        {
          currency: 'EUR',
          total: 1,
          start: '2026-01-01',
          end: '2026-12-31',
          // biome-ignore lint/suspicious/noSparseArray: the hole is the point
          actuals: [,] as never,
        },
        '2026-06-01',
      );
    } catch (x) {
      e = x;
    }
    expect((e as { path: unknown }).path).toEqual(['budget', 'actuals', 0]);
  });

  it('issue 21: 1e308 inputs never give Infinity or NaN out (appraisal and the time-value set)', () => {
    for (const x of EXTREMES) {
      judge(() => F.npv(x, [-1, 2, 3]));
      judge(() => F.npv(0.1, [x, x, -x]));
      judge(() => F.npv(-0.99, [x, x, x, x]));
      judge(() => F.irr([x, -x, x]));
      judge(() => F.irrAll([-x, x, x]));
      judge(() => F.mirr([-x, x, x], 0.1, 0.1));
      judge(() =>
        F.xnpv(0.1, [
          { date: '2020-01-01', amount: x },
          { date: '2021-01-01', amount: x },
        ]),
      );
      judge(() =>
        F.xirr([
          { date: '2020-01-01', amount: -x },
          { date: '2021-01-01', amount: x },
        ]),
      );
      for (const fn of [F.pmt, F.pv, F.fv, F.nper]) {
        judge(() => fn(x, 10, 100));
        judge(() => fn(0.1, x, 100));
        judge(() => fn(0.1, 10, x, x));
      }
      judge(() => F.rate(x, -1, 10));
      judge(() => F.rate(10, x, -x, x));
      judge(() => F.ipmt(x, 2, 10, 100));
      judge(() => F.ppmt(0.1, 3, 10, x, x));
      judge(() => F.cumipmt(x, 10, x, 1, 10));
      judge(() => F.cumprinc(0.1, 10, x, 1, 10));
      judge(() => F.roi(x, 1e-300));
      judge(() => F.annualisedRoi(Math.abs(x), 1e-300, 1e-300));
      judge(() => F.paybackPeriod([-x, x, x]));
      judge(() => F.discountedPaybackPeriod(-0.99, [-x, x, x]));
      judge(() => F.profitabilityIndex(0.1, [-5e-324, x]));
    }
  });

  it('issue 21: 1e308 inputs never give Infinity or NaN out (TCO, budget, earned value, business case)', () => {
    for (const x of EXTREMES) {
      const a = Math.abs(x);
      judge(() => F.earnedValue({ bac: a, pv: a, ev: 5e-324, ac: a, etc: a }));
      judge(() => F.earnedSchedule({ cumulativePv: [a, a], ev: 5e-324, actualTime: a }));
      judge(() =>
        F.budgetStatus(
          {
            currency: 'EUR',
            total: a,
            start: '2026-01-01',
            end: '2026-12-31',
            actuals: [{ date: '2026-01-01', amount: x }],
          },
          '2026-06-01',
        ),
      );
      judge(() =>
        F.totalCostOfOwnership({
          horizon: 50,
          discountRate: a,
          costs: [
            {
              id: 'a',
              label: 'a',
              category: 'other',
              amount: x,
              recurrence: 'per-period',
              escalation: a,
            },
          ],
        }),
      );
      judge(() => F.appraiseOptions({ ...invoicingCase, discountRate: x }));
    }
  });

  it('issue 21: throwing getters, Proxies and JSON __proto__ keys are PopmErrors or ignored keys', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(judge(() => F.budgetStatus(trap as never, '2026-01-01'))).toBe('error');
    const getter = Object.defineProperty({ ...invoicingCase }, 'horizon', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(judge(() => F.appraiseOptions(getter))).toBe('error');
    const json = JSON.parse(
      '{"bac":100,"pv":50,"ev":40,"ac":45,"__proto__":{"isAdmin":true}}',
    ) as F.EarnedValueInput;
    const r = F.earnedValue(json);
    expect((r as unknown as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(judge(() => F.npv(0.1, [1], JSON.parse('{"__proto__":{"firstFlowAt":1}}')))).toBe(
      'error',
    );
  });

  it('issue 12: a misspelled option key is INVALID_ARGUMENT naming the known key', () => {
    let e: unknown;
    try {
      F.npv(0.1, [-100, 60, 60], { firstFlowat: 1 } as never);
    } catch (x) {
      e = x;
    }
    expect((e as { code: unknown }).code).toBe('INVALID_ARGUMENT');
    expect((e as { path: unknown }).path).toEqual(['options', 'firstFlowat']);
    expect((e as { details: { suggestion: unknown } }).details.suggestion).toBe('firstFlowAt');
  });

  it('issue 12: meta round-trips through appraiseOptions, totalCostOfOwnership and earnedValue, frozen', () => {
    const meta = { color: 'red', tags: ['a'] };
    const tool = { ...toolOpt, meta };
    const r = F.appraiseOptions({ ...invoicingCase, options: [noneOpt, tool] });
    expect(r.options.find((o) => o.optionId === 'tool')?.meta).toEqual(meta);
    expect(Object.isFrozen(meta)).toBe(false);
    const t = F.totalCostOfOwnership({
      horizon: 1,
      costs: [{ id: 'a', label: 'A', category: 'other', amount: 1, recurrence: 'once', meta }],
    });
    expect(t.byLine[0]?.meta).toEqual(meta);
    expect(F.earnedValue({ bac: 1, pv: 1, ev: 1, ac: 1, meta }).meta).toEqual(meta);
  });
});
