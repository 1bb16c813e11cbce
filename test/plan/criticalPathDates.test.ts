import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticalPath } from '../../src/plan/criticalPath.js';
import { scheduleDates } from '../../src/plan/scheduleDates.js';
import type { Task } from '../../src/plan/types.js';
import { expectPopm, frozen, isDeepFrozen } from './helpers.js';

const monday = '2026-11-30';

describe('issue 18: criticalPath with dates in and out', () => {
  it('gives every task startDate and finishDate beside its offsets, and the project dates', () => {
    const r = criticalPath(
      [
        { id: 'A', duration: 5 },
        { id: 'B', duration: 3, dependsOn: ['A'] },
        { id: 'Done', duration: 0, dependsOn: ['B'] },
      ],
      { start: '2026-11-28' }, // a Saturday: work begins Monday
    );
    expect(r.tasks.map((t) => [t.id, t.es, t.startDate, t.finishDate])).toEqual([
      ['A', 0, '2026-11-30', '2026-12-04'],
      ['B', 5, '2026-12-07', '2026-12-09'],
      ['Done', 8, '2026-12-09', '2026-12-09'],
    ]);
    expect([r.startDate, r.finishDate]).toEqual(['2026-11-30', '2026-12-09']);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('dates an FS milestone at its predecessor finish (MS Project: Friday 5:00 PM after a 5-day task from Monday)', () => {
    const r = criticalPath(
      [
        { id: 'A', duration: 5 },
        { id: 'M', duration: 0, dependsOn: ['A'] },
      ],
      {
        start: monday,
      },
    );
    expect(r.tasks[1]?.startDate).toBe('2026-12-04');
  });

  it('dates an SS + 2 milestone at the start of its day (MS Project: Wednesday 8:00 AM after a task starting Monday)', () => {
    const r = criticalPath(
      [
        { id: 'A', duration: 5 },
        { id: 'M', duration: 0, dependsOn: [{ id: 'A', type: 'SS', lag: 2 }] },
      ],
      { start: monday },
    );
    expect([r.tasks[1]?.startDate, r.tasks[1]?.finishDate]).toEqual(['2026-12-02', '2026-12-02']);
  });

  it('uses the calendar: holidays and weekends are skipped', () => {
    const r = criticalPath([{ id: 'A', duration: 3 }], {
      start: '2026-12-24',
      calendar: { weekend: [0, 6], holidays: ['2026-12-25'] },
    });
    expect([r.tasks[0]?.startDate, r.tasks[0]?.finishDate]).toEqual(['2026-12-24', '2026-12-29']);
  });

  it('without a start there are no dates, and the result is unchanged', () => {
    const r = criticalPath([{ id: 'A', duration: 3 }]);
    expect('startDate' in (r.tasks[0] as object)).toBe(false);
    expect('startDate' in r).toBe(false);
  });

  it('rejects a bad start, a calendar without a start, and a misspelled date option', () => {
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 1 }], { start: '2026-02-30' }),
      'INVALID_DATE',
      ['options', 'start'],
    );
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 1 }], { calendar: { weekend: [], holidays: [] } }),
      'INVALID_ARGUMENT',
      ['options', 'start'],
    );
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 1 }], { strat: monday } as never),
      'INVALID_ARGUMENT',
      ['options', 'strat'],
    );
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 3e6 }], { start: monday }),
      'OUT_OF_RANGE',
      ['tasks'],
    );
  });

  it('property: with no constraints the dates are the offsets mapped through the calendar (as scheduleDates maps them)', () => {
    const plans = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.array(
        fc.record({
          duration: fc.oneof(
            fc.integer({ min: 0, max: 6 }),
            fc.integer({ min: 1, max: 20 }).map((k) => k / 4),
          ),
          preds: fc.uniqueArray(fc.nat(n), { maxLength: 2 }),
          type: fc.constantFrom('FS', 'SS', 'FF', 'SF'),
          lag: fc.integer({ min: -2, max: 3 }),
        }),
        { minLength: n, maxLength: n },
      ),
    );
    fc.assert(
      fc.property(plans, fc.constantFrom([0, 6], [5, 6], [0]), (rows, weekend) => {
        const tasks: Task[] = rows.map((r, i) => ({
          id: `t${i}`,
          duration: r.duration,
          dependsOn: r.preds
            .filter((p) => p < i)
            .map((p) => ({ id: `t${p}`, type: r.type, lag: r.lag })),
        }));
        const calendar = { weekend, holidays: ['2026-12-08'] };
        const input = frozen(tasks);
        const r = criticalPath(input, { start: monday, calendar });
        const s = scheduleDates(input, { start: monday, calendar });
        expect(r.tasks.map((t) => [t.startDate, t.finishDate])).toEqual(
          s.tasks.map((t) => [t.start, t.finish]),
        );
        expect([r.startDate, r.finishDate]).toEqual([s.start, s.finish]);
        const plain = criticalPath(input);
        expect(r.tasks.map(({ startDate, finishDate, ...rest }) => rest)).toEqual(plain.tasks);
      }),
      { numRuns: 100 },
    );
  });
});
