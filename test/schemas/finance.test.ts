import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isPopmError } from '../../src/core/errors.js';
import { appraiseOptions } from '../../src/finance/appraiseOptions.js';
import { budgetStatus } from '../../src/finance/budgetStatus.js';
import { earnedValue } from '../../src/finance/earnedValue.js';
import { totalCostOfOwnership } from '../../src/finance/totalCostOfOwnership.js';
import {
  BudgetEntrySchema,
  BudgetLineSchema,
  BudgetSchema,
  BusinessCaseOptionSchema,
  BusinessCaseSchema,
  CashFlowLineSchema,
  CashFlowSeriesSchema,
  EarnedValueSnapshotSchema,
  parseBudget,
  parseBusinessCase,
  parseEarnedValueSnapshot,
  parseEarnedValueSnapshots,
  parseTcoInput,
  safeParseBudget,
  safeParseBusinessCase,
  TcoCostLineSchema,
  TcoInputSchema,
} from '../../src/schemas/finance.js';
import { crmCase } from '../finance/businessCaseFixtures.js';
import { deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';

function issuesOf(fn: () => unknown): { path: readonly (string | number)[]; code: string }[] {
  try {
    fn();
  } catch (e) {
    if (isPopmError(e) && e.code === 'SCHEMA')
      return (
        (e.details?.issues as unknown as { path: (string | number)[]; code: string }[]) ?? []
      ).map((i) => ({ path: i.path, code: i.code }));
    throw e;
  }
  throw new Error('expected a SCHEMA error');
}

const budgetJson = {
  currency: 'EUR',
  total: '1000',
  start: '2026-01-01',
  end: '2026-01-10',
  lines: [{ category: 'staff', amount: 600 }],
  actuals: [{ date: '2026-01-02', amount: '0.1', category: 'staff' }],
  commitments: [{ date: '2026-01-03', amount: 50 }],
};

describe('finance schemas: budget', () => {
  it('parses a budget into frozen data that budgetStatus accepts', () => {
    const b = parseBudget(deepFreezeInput(structuredClone(budgetJson)));
    expect(isDeepFrozen(b)).toBe(true);
    expect(budgetStatus(b, '2026-01-05').spent.toString()).toBe('0.1');
    expect(
      parseBudget({ currency: 'EUR', total: 100, start: '2026-01-01', end: '2026-12-31' }).total,
    ).toBe(100);
  });
  it('lists every shape problem with its path', () => {
    expect(
      issuesOf(() =>
        parseBudget({
          currency: '',
          total: -1,
          start: '2026-02-30',
          end: '2026-01-01',
          actuals: [{ date: 'x', amount: 'y' }],
        }),
      ),
    ).toEqual([
      { path: ['currency'], code: 'custom' },
      { path: ['total'], code: 'custom' },
      { path: ['start'], code: 'custom' },
      { path: ['actuals', 0, 'date'], code: 'custom' },
      { path: ['actuals', 0, 'amount'], code: 'invalid_format' },
    ]);
  });
  it('reports a broken finance rule as a reference issue (end before start, unknown line)', () => {
    expect(
      issuesOf(() => parseBudget({ ...budgetJson, start: '2026-02-01', end: '2026-01-01' })),
    ).toEqual([{ path: ['end'], code: 'reference' }]);
    expect(
      issuesOf(() =>
        parseBudget({ ...budgetJson, actuals: [{ date: '2026-01-02', amount: 1, category: 'x' }] }),
      ),
    ).toEqual([{ path: ['actuals', 0, 'category'], code: 'reference' }]);
    expect(
      issuesOf(() =>
        parseBudget({
          ...budgetJson,
          commitments: [{ date: '2026-01-02', amount: 1, currency: 'USD' }],
        }),
      ),
    ).toEqual([{ path: ['commitments', 0, 'currency'], code: 'reference' }]);
  });
  it('safeParseBudget returns the outcome', () => {
    expect(safeParseBudget({ currency: 'EUR' }).success).toBe(false);
    const ok = safeParseBudget(budgetJson);
    expect(ok.success && ok.data.currency).toBe('EUR');
  });
  it('checks lines and entries on their own', () => {
    expect(z.safeParse(BudgetLineSchema, { category: 'staff', amount: '1200.50' }).success).toBe(
      true,
    );
    expect(z.safeParse(BudgetEntrySchema, { date: '2026-02-30', amount: 5 }).success).toBe(false);
    expect(
      z.safeParse(BudgetSchema, {
        currency: 'EUR',
        total: 100,
        start: '2026-01-01',
        end: '2026-12-31',
      }).success,
    ).toBe(true);
  });
});

describe('finance schemas: business case', () => {
  it('parses a case into frozen data that appraiseOptions accepts', () => {
    const bc = parseBusinessCase(JSON.parse(JSON.stringify(crmCase)));
    expect(isDeepFrozen(bc)).toBe(true);
    expect(appraiseOptions(bc)).toEqual(appraiseOptions(crmCase));
  });
  it('reports the missing do-nothing option (doc example)', () => {
    const json = {
      reasons: ['Why'],
      currency: 'EUR',
      discountRate: 0.08,
      horizon: 3,
      options: [{ id: 'a', name: 'A', kind: 'do-something', costs: [1], benefits: [] }],
    };
    expect(issuesOf(() => parseBusinessCase(json))).toEqual([
      { path: ['options'], code: 'reference' },
    ]);
    expect(safeParseBusinessCase(json).success).toBe(false);
    expect(safeParseBusinessCase({ reasons: ['x'] }).success).toBe(false);
  });
  it('lists shape problems: empty reasons, bad kind, negative amounts, horizon', () => {
    const issues = issuesOf(() =>
      parseBusinessCase({
        reasons: [],
        currency: 'EUR',
        discountRate: 'x',
        horizon: 0,
        options: [{ id: 'a', name: 'A', kind: 'do-more', costs: [-1], benefits: [] }],
      }),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ['reasons'],
      ['options', 0, 'kind'],
      ['options', 0, 'costs', 0],
      ['discountRate'],
      ['horizon'],
    ]);
  });
  it('checks options, series and lines on their own', () => {
    expect(
      z.safeParse(BusinessCaseOptionSchema, {
        id: 'a',
        name: 'A',
        kind: 'do-more',
        costs: [],
        benefits: [],
      }).success,
    ).toBe(false);
    expect(
      z.safeParse(CashFlowLineSchema, { label: 'Licences', amounts: [0, 100, 100] }).success,
    ).toBe(true);
    expect(z.safeParse(CashFlowSeriesSchema, [100, '20.5']).success).toBe(true);
    expect(z.safeParse(CashFlowSeriesSchema, [100, { label: 'x', amounts: [] }]).success).toBe(
      false,
    );
    expect(z.safeParse(BusinessCaseSchema, { reasons: [], options: [] }).success).toBe(false);
  });
});

describe('finance schemas: TCO input and earned-value snapshots', () => {
  it('parses a TCO input that totalCostOfOwnership accepts, and reports a period past the horizon', () => {
    const t = parseTcoInput({
      horizon: 2,
      costs: [{ id: 'a', label: 'A', category: 'other', amount: '1.5', recurrence: 'per-period' }],
    });
    expect(totalCostOfOwnership(t).total.toString()).toBe('3');
    expect(isDeepFrozen(t)).toBe(true);
    expect(
      issuesOf(() =>
        parseTcoInput({
          horizon: 2,
          costs: [
            {
              id: 'a',
              label: 'A',
              category: 'other',
              amount: 1,
              recurrence: 'per-period',
              startPeriod: 3,
            },
          ],
        }),
      ),
    ).toEqual([{ path: ['costs', 0, 'startPeriod'], code: 'reference' }]);
    expect(z.safeParse(TcoInputSchema, { horizon: 5, costs: [] }).success).toBe(true);
    expect(
      z.safeParse(TcoCostLineSchema, {
        id: 'a',
        label: 'A',
        category: 'fun',
        amount: 1,
        recurrence: 'once',
      }).success,
    ).toBe(false);
  });
  it('parses snapshots, checks EV within BAC and dates in order', () => {
    const s = parseEarnedValueSnapshot({ asOf: '2026-03-31', bac: 100, pv: 50, ev: 40, ac: 45 });
    expect(s.ev).toBe(40);
    expect(earnedValue(s).cv.toString()).toBe('-5');
    expect(
      issuesOf(() =>
        parseEarnedValueSnapshot({ asOf: '2026-03-31', bac: 100, pv: 50, ev: 140, ac: 45 }),
      ),
    ).toEqual([{ path: ['ev'], code: 'reference' }]);
    const list = [
      { asOf: '2026-01-31', bac: 100, pv: 10, ev: 8, ac: 9 },
      { asOf: '2026-02-28', bac: 100, pv: 20, ev: 18, ac: 21 },
    ];
    const parsed = parseEarnedValueSnapshots(deepFreezeInput(structuredClone(list)));
    expect(parsed).toEqual(list);
    expect(isDeepFrozen(parsed)).toBe(true);
    expect(isDeepFrozen(s)).toBe(true);
    expect(issuesOf(() => parseEarnedValueSnapshots([list[1], list[0]]))).toEqual([
      { path: [1, 'asOf'], code: 'reference' },
    ]);
    expect(issuesOf(() => parseEarnedValueSnapshots([{ ...list[0], pv: 101 }]))).toEqual([
      { path: [0, 'pv'], code: 'reference' },
    ]);
    expect(issuesOf(() => parseEarnedValueSnapshots([{ asOf: 'x' }]))[0]?.path).toEqual([
      0,
      'asOf',
    ]);
    expect(
      z.safeParse(EarnedValueSnapshotSchema, {
        asOf: '2026-03-31',
        bac: 100,
        pv: 50,
        ev: 40,
        ac: 45,
      }).success,
    ).toBe(true);
  });
});
