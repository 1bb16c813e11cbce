import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, type WorkCalendar } from '../../../src/core/calendar.js';
import { deepFreeze } from '../../../src/core/freeze.js';
import { criticalPath } from '../../../src/plan/criticalPath.js';
import { levelResources } from '../../../src/plan/levelResources.js';
import { resourceLoad } from '../../../src/plan/resourceLoad.js';
import type { ResourcePlan } from '../../../src/plan/resources.js';
import type { Task } from '../../../src/plan/types.js';
import { expectPopm, isDeepFrozen } from '../helpers.js';

const monday = '2026-03-02';
const on = (resource: string, units = 1) => [{ resource, units }];
const rows = (r: ReturnType<typeof levelResources>) => r.tasks.map((t) => [t.id, t.start, t.delay]);

describe('levelResources with resource calendars: hand-checked fixtures', () => {
  it('a task does not run over its person’s day off: it starts after the break', () => {
    // Ann is off Wed 03-04 (offset 2). a (3 d) would cover it from day 0, so
    // it starts on Thu (offset 3) and runs Thu, Fri, Mon. b (Bob) is not moved.
    const p: ResourcePlan = deepFreeze({
      resources: [
        { id: 'ann', unitsPerDay: 1, calendar: { weekend: [0, 6], holidays: ['2026-03-04'] } },
        { id: 'bob', unitsPerDay: 1 },
      ],
      tasks: [
        { id: 'a', duration: 3, assignments: on('ann') },
        { id: 'b', duration: 2, assignments: on('bob') },
      ],
    });
    const r = levelResources(p, { start: monday });
    expect(rows(r)).toEqual([
      ['a', 3, 3],
      ['b', 0, 0],
    ]);
    expect(r.finish).toBe(6);
    expect(r.unresolved).toEqual([]);
    expect(isDeepFrozen(r)).toBe(true);
    // Unlevelled, Ann is booked on her day off; levelled, she is not.
    expect(resourceLoad(p, { start: monday }).resources[0]?.overAllocated).toEqual(['2026-03-04']);
    const after = resourceLoad(r.plan, { start: monday });
    expect(after.overAllocated).toBe(false);
    expect(after.resources[0]?.load).toEqual([0, 0, 0, 1, 1, 1]);
    expect(after.resources[0]?.available).toEqual([1, 1, 0, 1, 1, 1]);
  });

  it('a part-timer (Mon-Wed) takes 2-day tasks in her working days; a 4-day task cannot fit and is listed', () => {
    // z (4 d, float 0) first: longer than Kit's 3-day week, unresolved, placed at 0..4.
    // x (float 2, id before y): day 4 is a Friday (off) -> Mon-Tue 03-09..10 (offsets 5-6).
    // y: Wed 03-11 then Thursday off -> Mon-Tue 03-16..17 (offsets 10-11).
    const p: ResourcePlan = deepFreeze({
      resources: [{ id: 'kit', unitsPerDay: 1, calendar: { weekend: [0, 4, 5, 6], holidays: [] } }],
      tasks: [
        { id: 'x', duration: 2, assignments: on('kit') },
        { id: 'y', duration: 2, assignments: on('kit') },
        { id: 'z', duration: 4, assignments: on('kit') },
      ],
    });
    const r = levelResources(p, { start: monday });
    expect(rows(r)).toEqual([
      ['x', 5, 5],
      ['y', 10, 10],
      ['z', 0, 0],
    ]);
    expect(r.unresolved).toEqual(['z']);
    expect(r.finish).toBe(12);
  });

  it('the project calendar maps offsets to dates; without a start, a resource calendar is refused', () => {
    // Project holiday Tue 03-03: offsets are Mon 02, Wed 04, Thu 05... Ann is off Thu 03-05 (offset 2).
    const p: ResourcePlan = deepFreeze({
      resources: [
        { id: 'ann', unitsPerDay: 1, calendar: { weekend: [0, 6], holidays: ['2026-03-05'] } },
      ],
      tasks: [
        { id: 'a', duration: 2, constraint: { startNoEarlierThan: 1 }, assignments: on('ann') },
      ],
    });
    const r = levelResources(p, {
      start: monday,
      calendar: { weekend: [0, 6], holidays: ['2026-03-03'] },
    });
    expect(rows(r)).toEqual([['a', 3, 2]]);
    expectPopm(() => levelResources(p), 'INVALID_ARGUMENT', ['options', 'start']);
    expectPopm(
      () => levelResources(p, { calendar: { weekend: [], holidays: [] } }),
      'INVALID_ARGUMENT',
      ['options', 'start'],
    );
    expectPopm(
      () =>
        levelResources(
          {
            ...p,
            resources: [
              { id: 'ann', unitsPerDay: 1, calendar: { weekend: [0, 6], holidays: ['x'] } },
            ],
          },
          { start: monday },
        ),
      'INVALID_DATE',
      ['plan', 'resources', 0, 'calendar', 'holidays', 0],
    );
  });
});

/** Random plans whose resources may have their own calendars (weekdays off, holidays). */
const arbPlan = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    cals: fc.array(
      fc.option(
        fc.record({
          weekend: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 4 }),
          off: fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 4 }),
        }),
        { freq: 3 },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .chain(({ n, cals }) =>
    fc
      .array(
        fc.record({
          duration: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(1.5)),
          preds: fc.uniqueArray(fc.nat(n), { maxLength: 2 }),
          type: fc.constantFrom('FS', 'SS', 'FF', 'SF' as const),
          lag: fc.integer({ min: -1, max: 2 }),
          res: fc.uniqueArray(fc.nat(cals.length - 1), { maxLength: 2 }),
        }),
        { minLength: n, maxLength: n },
      )
      .map((rs) => {
        const resources = cals.map((c, i) => ({
          id: `r${i}`,
          unitsPerDay: 1,
          ...(c === null
            ? {}
            : {
                calendar: {
                  weekend: c.weekend,
                  holidays: c.off.map((d) => addWorkingDays(monday, d)),
                },
              }),
        }));
        const tasks: Task[] = rs.map((r, i) => ({
          id: `t${i}`,
          duration: r.duration,
          dependsOn: r.preds
            .filter((p) => p < i)
            .map((p) => ({ id: `t${p}`, type: r.type, lag: r.lag })),
          assignments: r.res.map((k) => ({ resource: `r${k}`, units: 1 })),
        }));
        return deepFreeze({ tasks, resources }) as ResourcePlan;
      }),
  );

describe('levelResources with resource calendars: properties', () => {
  it('no task (unless listed) runs on a day off of its resources; capacity and links hold; never finishes earlier', () => {
    fc.assert(
      fc.property(arbPlan, (p) => {
        const r = levelResources(p, { start: monday });
        expect(levelResources(p, { start: monday })).toEqual(r);
        const cp = criticalPath(r.plan.tasks);
        cp.tasks.forEach((t, i) => {
          expect(t.es).toBeCloseTo(r.tasks[i]?.start as number, 9);
        });
        expect(r.finish).toBeGreaterThanOrEqual(r.originalFinish - 1e-9);
        p.tasks.forEach((task, i) => {
          const lt = r.tasks[i] as { start: number; finish: number };
          if (r.unresolved.includes(task.id) || lt.finish <= lt.start) return;
          for (const a of task.assignments ?? []) {
            const cal = p.resources.find((x) => x.id === a.resource)?.calendar as
              | WorkCalendar
              | undefined;
            if (cal === undefined) continue;
            for (let k = Math.floor(lt.start + 1e-9); k < lt.finish - 1e-9; k++)
              expect(isWorkingDay(addWorkingDays(monday, k), cal)).toBe(true);
          }
        });
        // Capacity at every moment a task starts (tasks not listed as unresolved).
        for (const res of p.resources)
          for (const at of r.tasks) {
            let load = 0;
            p.tasks.forEach((t, i) => {
              const lt = r.tasks[i] as { start: number; finish: number };
              if (lt.start <= at.start + 1e-9 && lt.finish > at.start + 1e-9)
                for (const a of t.assignments ?? []) if (a.resource === res.id) load += a.units;
            });
            if (r.unresolved.length === 0) expect(load).toBeLessThanOrEqual(res.unitsPerDay + 1e-9);
          }
      }),
      { numRuns: 150 },
    );
  });
});
