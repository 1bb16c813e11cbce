import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { type Budget, budgetStatus } from '../../src/finance/budgetStatus.js';
import { catchError, deepFreezeInput, isDeepFrozen } from '../helpers/freeze.js';

const base: Budget = {
  currency: 'EUR',
  total: 1000,
  start: '2026-01-01',
  end: '2026-01-10',
  actuals: [
    { date: '2026-01-02', amount: '0.1' },
    { date: '2026-01-03', amount: '0.2' },
    { date: '2026-01-04', amount: '299.7' },
  ],
};

describe('budgetStatus: definition', () => {
  it('sums exactly and projects the burn (doc example)', () => {
    const s = budgetStatus(base, '2026-01-04');
    expect(s.spent.toString()).toBe('300');
    expect(s.timeElapsedRatio).toBe(0.4);
    expect(s.elapsedDays).toBe(4);
    expect(s.durationDays).toBe(10);
    expect(s.remainingDays).toBe(6);
    expect(s.burnRatePerDay?.toString()).toBe('75');
    expect(s.burnRatePerMonth?.toString()).toBe('2282.765625'); // 75 × 30.436875
    expect(s.forecastAtCompletion?.toString()).toBe('750');
    expect(s.forecastVariance?.toString()).toBe('250');
    // 700 left at 75 a day lasts 9⅓ days: it runs out during the 10th day after asOf.
    expect(s.runOutDate).toBe('2026-01-14');
    expect(s.runsOutBeforeEnd).toBe(false);
    expect(s.spentRatio?.toString()).toBe('0.3');
    expect(s.plannedToDate.toString()).toBe('400');
    expect(s.spendVariance.toString()).toBe('100');
    expect(s.phase).toBe('in-progress');
  });

  it('keeps 0.1 + 0.2 = 0.3 in spent', () => {
    expect(budgetStatus(base, '2026-01-03').spent.toString()).toBe('0.3');
  });

  it('ignores entries after asOf, so one budget answers for any date', () => {
    expect(budgetStatus(base, '2026-01-02').spent.toString()).toBe('0.1');
    const before = budgetStatus(base, '2025-12-31');
    expect(before.phase).toBe('not-started');
    expect(before.spent.toString()).toBe('0');
    expect(before.burnRatePerDay).toBeNull();
    expect(before.burnRatePerMonth).toBeNull();
    expect(before.forecastAtCompletion).toBeNull();
    expect(before.forecastVariance).toBeNull();
    expect(before.runOutDate).toBeNull();
    expect(before.elapsedDays).toBe(0);
  });

  it('tracks commitments apart from actuals', () => {
    const s = budgetStatus(
      {
        ...base,
        commitments: [
          { date: '2026-01-04', amount: 200 },
          { date: '2026-01-09', amount: 50 },
        ],
      },
      '2026-01-05',
    );
    expect(s.committed.toString()).toBe('200');
    expect(s.remaining.toString()).toBe('500');
    expect(s.unspent.toString()).toBe('700');
    expect(s.committedRatio?.toString()).toBe('0.5');
  });

  it('finds the day the money already ran out, and a run-out before the end', () => {
    const over = budgetStatus(
      {
        ...base,
        actuals: [
          { date: '2026-01-02', amount: 600 },
          { date: '2026-01-05', amount: 500 },
          { date: '2026-01-06', amount: 10 },
        ],
      },
      '2026-01-08',
    );
    expect(over.runOutDate).toBe('2026-01-05');
    expect(over.runsOutBeforeEnd).toBe(true);
    expect(over.remaining.toString()).toBe('-110');
    const fast = budgetStatus(
      { ...base, actuals: [{ date: '2026-01-01', amount: 250 }] },
      '2026-01-02',
    );
    // 125 a day, 750 left: 6 more days
    expect(fast.runOutDate).toBe('2026-01-08');
    expect(fast.runsOutBeforeEnd).toBe(true);
  });

  it('gives no run-out date when nothing is spent, or when it lies beyond 9999', () => {
    expect(budgetStatus({ ...base, actuals: [] }, '2026-01-05').runOutDate).toBeNull();
    const tiny = budgetStatus(
      { ...base, total: '1e12', actuals: [{ date: '2026-01-01', amount: '0.000001' }] },
      '2026-01-05',
    );
    expect(tiny.runOutDate).toBeNull();
  });

  it('issue 16: forecastAtCompletion projects actuals; forecastWithCommitments shows commitments beside it', () => {
    // 300 spent over 4 days (75 a day): 750 at completion; 500 committed on top
    const withPo = budgetStatus(
      { ...base, commitments: [{ date: '2026-01-03', amount: 500 }] },
      '2026-01-04',
    );
    expect(withPo.forecastAtCompletion?.toString()).toBe('750');
    // spent + committed = 800 exceeds the burn forecast: the end cost is at least 800
    expect(withPo.forecastWithCommitments?.toString()).toBe('800');
    // a small commitment is covered by the burn forecast (not added twice)
    const small = budgetStatus(
      { ...base, commitments: [{ date: '2026-01-03', amount: 50 }] },
      '2026-01-04',
    );
    expect(small.forecastWithCommitments?.toString()).toBe('750');
    expect(budgetStatus(base, '2025-12-01').forecastWithCommitments).toBeNull();
  });

  it("carries a line's meta to its byCategory row, and rejects a misspelled key", () => {
    const s = budgetStatus(
      { ...base, lines: [{ category: 'staff', amount: 100, meta: { owner: 'Ann' } }] },
      '2026-01-04',
    );
    expect(s.byCategory[0]?.meta).toEqual({ owner: 'Ann' });
    expect(isDeepFrozen(s.byCategory[0]?.meta)).toBe(true);
    const e = catchError(() => budgetStatus({ ...base, actual: [] } as never, '2026-01-04'));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.path).toEqual(['budget', 'actual']);
    expect((e.details as { suggestion?: string }).suggestion).toBe('actuals');
    // an app's own unrelated key is ignored
    expect(budgetStatus({ ...base, color: 'red' } as never, '2026-01-04').spent.toString()).toBe(
      '300',
    );
  });

  it('issue 16 defect 4: a zero budget with no spending has no run-out date (was its first day)', () => {
    const s = budgetStatus({ ...base, total: 0, actuals: [] }, '2026-01-05');
    expect(s.runOutDate).toBeNull();
    expect(s.runsOutBeforeEnd).toBe(false);
    // Spending anything from a zero budget runs it out that day.
    const spent = budgetStatus(
      { ...base, total: 0, actuals: [{ date: '2026-01-03', amount: 5 }] },
      '2026-01-05',
    );
    expect(spent.runOutDate).toBe('2026-01-03');
    expect(spent.runsOutBeforeEnd).toBe(true);
  });

  it("issue 16 defect 3: a shortfall under one day's burn still runs out before the end", () => {
    const s = budgetStatus(
      {
        currency: 'EUR',
        total: 1000,
        start: '2026-01-01',
        end: '2026-01-10',
        actuals: [{ date: '2026-01-02', amount: 404 }],
      },
      '2026-01-04',
    );
    // 404 over 4 days is 101 a day: 404 + 6 × 101 = 1,010, an overrun of 10
    expect(s.forecastAtCompletion?.toString()).toBe('1010');
    expect(s.forecastVariance?.toString()).toBe('-10');
    expect(s.runOutDate).toBe('2026-01-10');
    expect(s.runsOutBeforeEnd).toBe(true);
    // Exactly on budget at the end is not a shortfall: 100 a day over 10 days
    const exact = budgetStatus(
      { ...base, total: 1000, actuals: [{ date: '2026-01-04', amount: 400 }] },
      '2026-01-04',
    );
    expect(exact.forecastAtCompletion?.toString()).toBe('1000');
    expect(exact.runOutDate).toBe('2026-01-10');
    expect(exact.runsOutBeforeEnd).toBe(false);
  });

  it('property: runsOutBeforeEnd agrees with the forecast (overrun implies the flag and a date by end)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.array(
          fc.record({
            day: fc.integer({ min: 1, max: 10 }),
            amount: fc.integer({ min: 0, max: 900 }),
          }),
          {
            maxLength: 6,
          },
        ),
        fc.integer({ min: 1, max: 12 }),
        (total, entries, asOfDay) => {
          const day = (d: number) => `2026-01-${String(d).padStart(2, '0')}`;
          const s = budgetStatus(
            {
              currency: 'EUR',
              total,
              start: '2026-01-01',
              end: '2026-01-10',
              actuals: entries.map((e) => ({ date: day(e.day), amount: e.amount })),
            },
            day(asOfDay),
          );
          if (s.forecastVariance?.isNegative() === true && !s.forecastVariance.isZero()) {
            expect(s.runsOutBeforeEnd).toBe(true);
            expect(s.runOutDate !== null && s.runOutDate <= '2026-01-10').toBe(true);
          }
          if (s.runsOutBeforeEnd) expect(s.runOutDate).not.toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('caps elapsed time at the end and forecasts the spend as final', () => {
    const s = budgetStatus(base, '2026-02-01');
    expect(s.phase).toBe('finished');
    expect(s.elapsedDays).toBe(10);
    expect(s.timeElapsedRatio).toBe(1);
    expect(s.forecastAtCompletion?.toString()).toBe('300');
    // Money left after the end never runs out: no further spend is projected.
    expect(s.runOutDate).toBeNull();
    expect(s.runsOutBeforeEnd).toBe(false);
    // ...but on the last day the burn still projects past the end: 700 left at 30 a day
    // lasts 23⅓ days, so it runs out on the 24th day after 10 January.
    expect(budgetStatus(base, '2026-01-10').runOutDate).toBe('2026-02-03');
    // ...and a budget already spent keeps the day it ran out.
    const spent = budgetStatus(
      { ...base, actuals: [...(base.actuals ?? []), { date: '2026-01-09', amount: 700 }] },
      '2026-02-01',
    );
    expect(spent.runOutDate).toBe('2026-01-09');
    expect(spent.runsOutBeforeEnd).toBe(true);
  });

  it('reports variance by budget line, with uncategorised entries last', () => {
    const s = budgetStatus(
      {
        currency: 'GBP',
        total: 1000,
        start: '2026-01-01',
        end: '2026-01-10',
        lines: [
          { category: 'staff', amount: 600 },
          { category: 'licences', amount: 300, currency: 'GBP' },
        ],
        actuals: [
          { date: '2026-01-02', amount: 150, category: 'staff' },
          { date: '2026-01-03', amount: 200, category: 'licences' },
          { date: '2026-01-03', amount: 5 },
        ],
        commitments: [{ date: '2026-01-03', amount: 150, category: 'licences' }],
      },
      '2026-01-05',
    );
    expect(s.unallocated.toString()).toBe('100');
    expect(s.byCategory.map((c) => c.category)).toEqual(['staff', 'licences', null]);
    const [staff, lic, none] = s.byCategory;
    expect(staff?.plannedToDate?.toString()).toBe('300');
    expect(staff?.spendVariance?.toString()).toBe('150');
    expect(staff?.spentRatio?.toString()).toBe('0.25');
    expect(lic?.remaining?.toString()).toBe('-50');
    expect(none?.budget).toBeNull();
    expect(none?.remaining).toBeNull();
    expect(none?.spentRatio).toBeNull();
    expect(none?.spent.toString()).toBe('5');
  });

  it('groups categories without lines in order of first appearance', () => {
    const s = budgetStatus(
      {
        ...base,
        actuals: [
          { date: '2026-01-02', amount: 1, category: 'b' },
          { date: '2026-01-02', amount: 2, category: 'a' },
        ],
        commitments: [{ date: '2026-01-02', amount: 3, category: 'c' }],
      },
      '2026-01-03',
    );
    expect(s.byCategory.map((c) => c.category)).toEqual(['b', 'a', 'c']);
    expect(s.byCategory[2]?.committed.toString()).toBe('3');
  });

  it('treats a zero line and a zero budget without dividing by zero', () => {
    const s = budgetStatus(
      { ...base, total: 0, lines: [{ category: 'x', amount: 0 }], actuals: [] },
      '2026-01-02',
    );
    expect(s.spentRatio).toBeNull();
    expect(s.committedRatio).toBeNull();
    expect(s.byCategory[0]?.spentRatio).toBeNull();
  });
});

describe('budgetStatus: error rules', () => {
  it.each([
    [() => budgetStatus(null as never, '2026-01-01'), 'INVALID_ARGUMENT', ['budget']],
    [() => budgetStatus(base, '2026-02-30'), 'INVALID_DATE', ['asOf']],
    [
      () => budgetStatus({ ...base, currency: '' }, '2026-01-01'),
      'INVALID_ARGUMENT',
      ['budget', 'currency'],
    ],
    [() => budgetStatus({ ...base, total: -1 }, '2026-01-01'), 'OUT_OF_RANGE', ['budget', 'total']],
    [
      () => budgetStatus({ ...base, total: 'lots' }, '2026-01-01'),
      'INVALID_NUMBER',
      ['budget', 'total'],
    ],
    [
      () => budgetStatus({ ...base, start: 'soon' }, '2026-01-01'),
      'INVALID_DATE',
      ['budget', 'start'],
    ],
    [
      () => budgetStatus({ ...base, end: '2025-12-31' }, '2026-01-01'),
      'INVALID_DATE',
      ['budget', 'end'],
    ],
    [
      () => budgetStatus({ ...base, lines: 'x' as never }, '2026-01-01'),
      'INVALID_ARGUMENT',
      ['budget', 'lines'],
    ],
    [
      () => budgetStatus({ ...base, lines: [{ category: '', amount: 1 }] }, '2026-01-01'),
      'INVALID_ARGUMENT',
      ['budget', 'lines', 0, 'category'],
    ],
    [
      () => budgetStatus({ ...base, lines: [{ category: 'a', amount: -1 }] }, '2026-01-01'),
      'OUT_OF_RANGE',
      ['budget', 'lines', 0, 'amount'],
    ],
    [
      () =>
        budgetStatus(
          {
            ...base,
            lines: [
              { category: 'a', amount: 1 },
              { category: 'a', amount: 2 },
            ],
          },
          '2026-01-01',
        ),
      'DUPLICATE_ID',
      ['budget', 'lines', 1, 'category'],
    ],
    [
      () => budgetStatus({ ...base, lines: [{ category: 'a', amount: 1001 }] }, '2026-01-01'),
      'OUT_OF_RANGE',
      ['budget', 'lines'],
    ],
    [
      () =>
        budgetStatus(
          { ...base, lines: [{ category: 'a', amount: 1, currency: 'USD' }] },
          '2026-01-01',
        ),
      'CURRENCY_MISMATCH',
      ['budget', 'lines', 0, 'currency'],
    ],
    [
      () => budgetStatus({ ...base, actuals: {} as never }, '2026-01-01'),
      'INVALID_ARGUMENT',
      ['budget', 'actuals'],
    ],
    [
      () => budgetStatus({ ...base, actuals: [{ date: '2026-13-01', amount: 1 }] }, '2026-01-01'),
      'INVALID_DATE',
      ['budget', 'actuals', 0, 'date'],
    ],
    [
      () => budgetStatus({ ...base, actuals: [{ date: '2026-01-01', amount: 'x' }] }, '2026-01-01'),
      'INVALID_NUMBER',
      ['budget', 'actuals', 0, 'amount'],
    ],
    [
      () =>
        budgetStatus(
          { ...base, commitments: [{ date: '2026-01-01', amount: 1, currency: 'USD' }] },
          '2026-01-01',
        ),
      'CURRENCY_MISMATCH',
      ['budget', 'commitments', 0, 'currency'],
    ],
    [
      () =>
        budgetStatus(
          {
            ...base,
            lines: [{ category: 'a', amount: 1 }],
            actuals: [{ date: '2026-01-01', amount: 1, category: 'b' }],
          },
          '2026-01-01',
        ),
      'NOT_FOUND',
      ['budget', 'actuals', 0, 'category'],
    ],
    [
      () =>
        budgetStatus(
          { ...base, actuals: [{ date: '2026-01-01', amount: 1, category: '' }] },
          '2026-01-01',
        ),
      'INVALID_ARGUMENT',
      ['budget', 'actuals', 0, 'category'],
    ],
    [
      () => budgetStatus({ ...base, actuals: [3 as never] }, '2026-01-01'),
      'INVALID_ARGUMENT',
      ['budget', 'actuals', 0],
    ],
    [
      () =>
        budgetStatus(
          { ...base, commitments: [{ date: '2026-01-01', amount: 1, description: 7 as never }] },
          '2026-01-01',
        ),
      'INVALID_ARGUMENT',
      ['budget', 'commitments', 0, 'description'],
    ],
    [
      () =>
        budgetStatus(
          { ...base, lines: [{ category: 'staff', amount: 1, label: null as never }] },
          '2026-01-01',
        ),
      'INVALID_ARGUMENT',
      ['budget', 'lines', 0, 'label'],
    ],
  ])('rule %#', (fn, code, path) => {
    const e = catchError(fn);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });
});

describe('budgetStatus: properties', () => {
  const entry = fc.record({
    day: fc.integer({ min: -5, max: 40 }),
    cents: fc.integer({ min: -5000, max: 100_000 }),
    cat: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
  });
  const arb = fc.record({
    total: fc.integer({ min: 0, max: 1_000_000 }),
    days: fc.integer({ min: 0, max: 30 }),
    asOf: fc.integer({ min: -5, max: 40 }),
    actuals: fc.array(entry, { maxLength: 10 }),
    commitments: fc.array(entry, { maxLength: 4 }),
  });
  it('never mutates input, freezes output, is deterministic, and its totals add up exactly', () => {
    fc.assert(
      fc.property(arb, (g) => {
        const toEntry = (e: { day: number; cents: number; cat: string | undefined }) => {
          const out = { date: addDays('2026-03-01', e.day), amount: (e.cents / 100).toFixed(2) };
          return e.cat === undefined ? out : { ...out, category: e.cat };
        };
        const raw: Budget = {
          currency: 'EUR',
          total: g.total,
          start: '2026-03-01',
          end: addDays('2026-03-01', g.days),
          actuals: g.actuals.map(toEntry),
          commitments: g.commitments.map(toEntry),
        };
        const asOf = addDays('2026-03-01', g.asOf);
        const input = deepFreezeInput(structuredClone(raw));
        const s = budgetStatus(input, asOf);
        expect(input).toEqual(raw);
        expect(isDeepFrozen(s)).toBe(true);
        expect(budgetStatus(input, asOf)).toEqual(s);
        expect(s.remaining.eq(s.total.minus(s.spent).minus(s.committed))).toBe(true);
        const catSpent = s.byCategory.reduce((a, c) => a.plus(c.spent), s.total.minus(s.total));
        expect(catSpent.eq(s.spent)).toBe(true);
        expect(s.elapsedDays + s.remainingDays).toBe(s.durationDays);
        expect(s.timeElapsedRatio).toBeGreaterThanOrEqual(0);
        expect(s.timeElapsedRatio).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });
});
