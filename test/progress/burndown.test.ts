import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { burndown } from '../../src/progress/burndown.js';
import { burnup } from '../../src/progress/burnup.js';
import type { Sprint } from '../../src/progress/sprint.js';
import type { SprintEvent } from '../../src/progress/sprintSeries.js';
import { expectPopm, frozen, isDeepFrozen } from './helpers.js';

// Monday 2026-03-02 to Friday 2026-03-13: ten working days.
const SPRINT: Sprint = {
  id: 's1',
  start: '2026-03-02',
  end: '2026-03-13',
  committed: 20,
  completed: 0,
};
const WEEK: Sprint = {
  id: 's1',
  start: '2026-03-02',
  end: '2026-03-06',
  committed: 10,
  completed: 10,
};

describe('burndown', () => {
  it('gives the TSDoc example: remaining [10, 6, 8, 8, 8], ideal [8, 6, 4, 2, 0]', () => {
    const r = burndown(
      frozen(WEEK),
      frozen<SprintEvent[]>([
        { on: '2026-03-03', kind: 'completed', amount: 4 },
        { on: '2026-03-04', kind: 'added', amount: 2 },
      ]),
    );
    expect(r.days.map((d) => d.remaining)).toEqual([10, 6, 8, 8, 8]);
    expect(r.days.map((d) => d.ideal)).toEqual([8, 6, 4, 2, 0]);
    expect(r.days.map((d) => d.date)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
    ]);
    expect(r.workingDays).toBe(5);
    expect(r.scopeChange).toEqual({ added: 2, removed: 0, reestimated: 0 });
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('regression (scope counted as burned): removing scope lowers scope and remaining, never raises completed', () => {
    const r = burndown(WEEK, [
      { on: '2026-03-03', kind: 'removed', amount: 3 },
      { on: '2026-03-04', kind: 'completed', amount: 2 },
    ]);
    expect(r.days.map((d) => d.completed)).toEqual([0, 0, 2, 2, 2]);
    expect(r.days.map((d) => d.scope)).toEqual([10, 7, 7, 7, 7]);
    expect(r.days.map((d) => d.remaining)).toEqual([10, 7, 5, 5, 5]);
    expect(r.scopeChange.removed).toBe(3);
  });

  it('regression (a mid-sprint addition raising every day): scope rises only from the day it was added', () => {
    const r = burndown(SPRINT, [{ on: '2026-03-10', kind: 'added', amount: 5 }]);
    const scope = r.days.map((d) => d.scope);
    expect(scope.slice(0, 6)).toEqual([20, 20, 20, 20, 20, 20]);
    expect(scope.slice(6)).toEqual([25, 25, 25, 25]);
    // The ideal line stays on the committed work, whatever was added.
    expect(r.days[0]?.ideal).toBe(18);
    expect(r.days[9]?.ideal).toBe(0);
  });

  it('moves scope, not completed work, on re-estimates and reopened work', () => {
    const r = burndown(WEEK, [
      { on: '2026-03-02', kind: 'completed', amount: 3 },
      { on: '2026-03-03', kind: 'reestimated', amount: -2 },
      { on: '2026-03-04', kind: 'reopened', amount: 1 },
      { on: '2026-03-05', kind: 'reestimated', amount: 4, itemId: 'x' },
    ]);
    expect(r.days.map((d) => [d.scope, d.completed, d.remaining])).toEqual([
      [10, 3, 7],
      [8, 3, 5],
      [8, 2, 6],
      [12, 2, 10],
      [12, 2, 10],
    ]);
    expect(r.scopeChange.reestimated).toBe(2);
  });

  it('counts weekend events on the next working day, and trailing days off on the last one', () => {
    const sprint: Sprint = {
      id: 's',
      start: '2026-03-06',
      end: '2026-03-15',
      committed: 6,
      completed: 6,
    };
    const r = burndown(sprint, [
      { on: '2026-03-07', kind: 'completed', amount: 1 }, // Saturday -> Monday 9th
      { on: '2026-03-15', kind: 'completed', amount: 2 }, // Sunday after the last working day
    ]);
    expect(r.days.map((d) => d.date)).toEqual([
      '2026-03-06',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
    ]);
    expect(r.days.map((d) => d.completed)).toEqual([0, 1, 1, 1, 1, 3]);
  });

  it('honours holidays in the calendar and stops at asOf, ignoring later events', () => {
    const r = burndown(
      WEEK,
      [
        { on: '2026-03-02', kind: 'completed', amount: 1 },
        { on: '2026-03-05', kind: 'completed', amount: 5 },
      ],
      { calendar: { weekend: [0, 6], holidays: ['2026-03-03'] }, asOf: '2026-03-04' },
    );
    expect(r.workingDays).toBe(4);
    expect(r.days.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-04']);
    expect(r.days.map((d) => d.remaining)).toEqual([9, 9]);
    expect(r.days.map((d) => d.ideal)).toEqual([7.5, 5]);
    expect(burndown(WEEK, [], { asOf: '2026-03-01' }).days).toEqual([]);
  });

  it('rejects events outside the sprint as OUT_OF_RANGE, and each other rule', () => {
    expectPopm(
      () => burndown(WEEK, [{ on: '2026-03-09', kind: 'completed', amount: 1 }]),
      'OUT_OF_RANGE',
      ['events', 0, 'on'],
    );
    expectPopm(
      () => burndown(WEEK, [{ on: '2026-03-01', kind: 'added', amount: 1 }]),
      'OUT_OF_RANGE',
      ['events', 0, 'on'],
    );
    expectPopm(
      () => burndown(WEEK, [{ on: '2026-03-03', kind: 'burned' as never, amount: 1 }]),
      'INVALID_ARGUMENT',
      ['events', 0, 'kind'],
    );
    expectPopm(
      () => burndown(WEEK, [{ on: '2026-03-03', kind: 'added', amount: -1 }]),
      'OUT_OF_RANGE',
      ['events', 0, 'amount'],
    );
    expectPopm(
      () => burndown(WEEK, [{ on: '2026-03-03', kind: 'added', amount: Number.NaN }]),
      'INVALID_NUMBER',
      ['events', 0, 'amount'],
    );
    expectPopm(
      () => burndown(WEEK, [{ on: '2026-03-3', kind: 'added', amount: 1 }]),
      'INVALID_DATE',
      ['events', 0, 'on'],
    );
    expectPopm(
      () => burndown(WEEK, [{ on: '2026-03-03', kind: 'completed', amount: 11 }]),
      'OUT_OF_RANGE',
      ['events', 0, 'amount'],
    );
    expectPopm(
      () => burndown(WEEK, [{ on: '2026-03-03', kind: 'reopened', amount: 1 }]),
      'OUT_OF_RANGE',
      ['events', 0, 'amount'],
    );
    expectPopm(
      () => burndown(WEEK, [{ on: '2026-03-03', kind: 'added', amount: 1, itemId: '' }]),
      'INVALID_ARGUMENT',
      ['events', 0, 'itemId'],
    );
    expectPopm(() => burndown(WEEK, [3 as never]), 'INVALID_ARGUMENT', ['events', 0]);
    expectPopm(() => burndown(WEEK, null as never), 'INVALID_ARGUMENT', ['events']);
    expectPopm(() => burndown(WEEK, [], { asOf: 'soon' }), 'INVALID_DATE', ['options', 'asOf']);
    expectPopm(
      () => burndown(WEEK, [], { calendar: { weekend: [7], holidays: [] } }),
      'INVALID_ARGUMENT',
      ['options', 'calendar', 'weekend', 0],
    );
    expectPopm(
      () => burndown({ ...WEEK, start: '2026-03-07', end: '2026-03-08' }, []),
      'INVALID_ARGUMENT',
      ['sprint'],
    );
    expectPopm(() => burndown({ ...WEEK, committed: -1 }, []), 'OUT_OF_RANGE', [
      'sprint',
      'committed',
    ]);
  });

  it('properties: remaining = scope − completed every day; events order-free; input untouched; frozen', () => {
    const day = fc
      .integer({ min: 0, max: 11 })
      .map((d) => `2026-03-${String(2 + d).padStart(2, '0')}`);
    const event = fc.record({
      on: day,
      kind: fc.constantFrom('completed' as const, 'added' as const, 'removed' as const),
      amount: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 15 }), (events) => {
        const input = frozen(events);
        let r: ReturnType<typeof burndown>;
        try {
          r = burndown(frozen({ ...SPRINT, committed: 40 }), input);
        } catch (e) {
          // Only the documented "completed exceeds scope" rule may reject this data.
          expect((e as { code: string }).code).toBe('OUT_OF_RANGE');
          return;
        }
        expect(isDeepFrozen(r)).toBe(true);
        for (const d of r.days) expect(d.remaining).toBe(d.scope - d.completed);
        // completed never moves on a day with only scope events
        const completedTotal = events
          .filter((e) => e.kind === 'completed')
          .reduce((a, e) => a + e.amount, 0);
        expect(r.days[r.days.length - 1]?.completed).toBe(completedTotal);
        expect(
          burndown(
            { ...SPRINT, committed: 40 },
            [...input].reverse().sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)),
          ),
        ).toEqual(r);
      }),
      { numRuns: 150 },
    );
  });
});

describe('burnup', () => {
  it('dates a finished sprint on the day it was last finished, not on an earlier "done" day before an addition', () => {
    // Everything done on Monday, 5 points added Tuesday, done again Wednesday.
    const r = burnup(frozen(WEEK), [
      { on: '2026-03-02', kind: 'completed', amount: 10 },
      { on: '2026-03-03', kind: 'added', amount: 5 },
      { on: '2026-03-04', kind: 'completed', amount: 5 },
    ]);
    expect(r.days.map((d) => d.remaining)).toEqual([0, 5, 0, 0, 0]);
    expect(r.projection?.projected).toBe('2026-03-04');
    expect(r.projection?.optimistic).toBe('2026-03-04');
    expect(r.projection?.onTrack).toBe(true);
  });

  it('gives the TSDoc example: 4 of 20 points in 2 days projects to 2026-03-13', () => {
    const r = burnup(
      frozen(SPRINT),
      [
        { on: '2026-03-02', kind: 'completed', amount: 2 },
        { on: '2026-03-03', kind: 'completed', amount: 2 },
      ],
      { asOf: '2026-03-03' },
    );
    expect(r.projection).toEqual({
      dailyRate: 2,
      remaining: 16,
      projected: '2026-03-13',
      // 16 / 2.2 = 7.3 -> 8 working days; 16 / 1.8 = 8.9 -> 9 working days
      optimistic: '2026-03-13',
      pessimistic: '2026-03-16',
      onTrack: true,
    });
    expect(r.days.map((d) => d.ideal)).toEqual([2, 4]);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('matches the Jira version report method (Alfresco, "Inside the Jira Version Report"): rate = points done / working days, dates at ±10%', () => {
    // 10 points in 5 working days = 2/day; 30 left: 15, 30/2.2 = 13.6 -> 14, 30/1.8 = 16.7 -> 17 working days.
    const sprint: Sprint = {
      id: 'r',
      start: '2026-03-02',
      end: '2026-04-10',
      committed: 40,
      completed: 0,
    };
    const r = burnup(sprint, [{ on: '2026-03-06', kind: 'completed', amount: 10 }], {
      asOf: '2026-03-06',
    });
    expect(r.projection?.dailyRate).toBe(2);
    expect(r.projection?.projected).toBe('2026-03-27');
    expect(r.projection?.optimistic).toBe('2026-03-26');
    expect(r.projection?.pessimistic).toBe('2026-03-31');
    expect(r.projection?.onTrack).toBe(true);
  });

  it('projects nothing without a rate, the finishing day when done, and no projection before the start', () => {
    const none = burnup(SPRINT, [], { asOf: '2026-03-04' });
    expect(none.projection).toEqual({
      dailyRate: 0,
      remaining: 20,
      projected: null,
      optimistic: null,
      pessimistic: null,
      onTrack: false,
    });
    const done = burnup(WEEK, [{ on: '2026-03-04', kind: 'completed', amount: 10 }]);
    expect(done.projection?.projected).toBe('2026-03-04');
    expect(done.projection?.onTrack).toBe(true);
    expect(burnup(WEEK, [], { asOf: '2026-02-01' }).projection).toBeNull();
  });

  it('flags a projection past the sprint end as off track', () => {
    const r = burnup(SPRINT, [{ on: '2026-03-02', kind: 'completed', amount: 1 }], {
      asOf: '2026-03-03',
    });
    expect(r.projection?.projected).toBe('2026-04-24'); // 19 left at 0.5 a day: 38 working days
    expect(r.projection?.onTrack).toBe(false);
  });

  it('shares burndown validation', () => {
    expectPopm(
      () => burnup(WEEK, [{ on: '2026-04-01', kind: 'completed', amount: 1 }]),
      'OUT_OF_RANGE',
      ['events', 0, 'on'],
    );
  });
});
