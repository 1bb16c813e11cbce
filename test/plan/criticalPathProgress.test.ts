import { describe, expect, it } from 'vitest';
import { criticalPath } from '../../src/plan/criticalPath.js';
import { scheduleDates } from '../../src/plan/scheduleDates.js';
import { expectPopm, frozen, isDeepFrozen } from './helpers.js';

const monday = '2026-11-30';

// MS Project, Update Project → "Reschedule uncompleted work to start after"
// the status date (mpug, "Reschedule uncompleted work from the past"; grist
// project management, "Rescheduling the project"): unstarted work moves past
// the status date, an in-progress task is split (its done part stays, the
// rest resumes after the status date), a complete task keeps its actual
// dates, and (Project 2002 on) a task with a date constraint keeps it.
describe('issue 18: progress against a status date (MS Project "reschedule uncompleted work to start after")', () => {
  const plan = frozen([
    { id: 'A', duration: 5, actualStart: '2026-11-30', actualFinish: '2026-12-04' },
    { id: 'B', duration: 4, dependsOn: ['A'], actualStart: '2026-12-07', percentComplete: 25 },
    { id: 'C', duration: 2, dependsOn: ['B'] },
    { id: 'D', duration: 2 },
    {
      id: 'E',
      duration: 1,
      constraint: { type: 'start-no-earlier-than', date: '2026-12-01' },
    },
  ]);

  it('status Wednesday 9 Dec: A sits at its actuals, B resumes Thursday, D moves past the status date', () => {
    const r = criticalPath(plan, { start: monday, statusDate: '2026-12-09' });
    const by = Object.fromEntries(r.tasks.map((t) => [t.id, t]));
    expect([by.A?.startDate, by.A?.finishDate, by.A?.critical, by.A?.totalFloat]).toEqual([
      '2026-11-30',
      '2026-12-04',
      false,
      0,
    ]);
    // B: 1 day done (Mon 7 Dec), 3 left after the status date: Thu 10, Fri 11, Mon 14.
    expect([by.B?.startDate, by.B?.finishDate, by.B?.es, by.B?.ef]).toEqual([
      '2026-12-07',
      '2026-12-14',
      5,
      11,
    ]);
    expect([by.C?.startDate, by.C?.finishDate]).toEqual(['2026-12-15', '2026-12-16']);
    expect([by.D?.startDate, by.D?.finishDate]).toEqual(['2026-12-10', '2026-12-11']);
    // E keeps its start-no-earlier-than Tuesday 1 Dec (not rescheduled, Project 2002 on).
    expect(by.E?.startDate).toBe('2026-12-01');
    expect(r.criticalPaths).toEqual([['B', 'C']]);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('without a status date the actuals still place the tasks; nothing is pushed', () => {
    const r = criticalPath(plan, { start: monday });
    expect(r.tasks.map((t) => t.startDate)).toEqual([
      '2026-11-30',
      '2026-12-07',
      '2026-12-11',
      '2026-11-30',
      '2026-12-01',
    ]);
  });

  it('a remaining duration says how much is left: B with 5 days left runs 1 + 5 days', () => {
    const r = criticalPath(
      frozen([{ id: 'B', duration: 4, actualStart: '2026-12-07', remainingDuration: 5 }]),
      { start: monday, statusDate: '2026-12-07' },
    );
    // Done: max(0, 4 − 5) = 0; all 5 days after Monday 7 Dec.
    expect([r.tasks[0]?.startDate, r.tasks[0]?.finishDate]).toEqual(['2026-12-07', '2026-12-14']);
  });

  it('work done without an actual start starts where its links put it (percent complete only)', () => {
    const r = criticalPath(
      frozen([
        { id: 'A', duration: 2, percentComplete: 100 },
        { id: 'B', duration: 4, dependsOn: ['A'], percentComplete: 50 },
      ]),
      { start: monday, statusDate: '2026-12-04' },
    );
    // B started Wed 2 Dec, 2 days done; the other 2 after Friday 4 Dec: Mon 7, Tue 8.
    expect([r.tasks[1]?.startDate, r.tasks[1]?.finishDate]).toEqual(['2026-12-02', '2026-12-08']);
  });

  it('a status date before any work changes nothing', () => {
    const tasks = frozen([
      { id: 'A', duration: 2 },
      { id: 'B', duration: 3, dependsOn: ['A'] },
    ]);
    const a = criticalPath(tasks, { start: monday });
    const b = criticalPath(tasks, { start: monday, statusDate: '2026-11-27' });
    expect(b.tasks).toEqual(a.tasks);
  });

  it('scheduleDates with the status date gives the plan as it now stands (what baselineVariance compares)', () => {
    const r = scheduleDates(plan, { start: monday, statusDate: '2026-12-09' });
    expect(r.tasks.map((t) => [t.id, t.start, t.finish])).toEqual([
      ['A', '2026-11-30', '2026-12-04'],
      ['B', '2026-12-07', '2026-12-14'],
      ['C', '2026-12-15', '2026-12-16'],
      ['D', '2026-12-10', '2026-12-11'],
      ['E', '2026-12-01', '2026-12-01'],
    ]);
    expect(r.finish).toBe('2026-12-16');
  });
});

describe('issue 18: bad progress', () => {
  it('an actual finish before the actual start is OUT_OF_RANGE with the task path', () => {
    expectPopm(
      () =>
        criticalPath(
          [{ id: 'A', duration: 2, actualStart: '2026-12-04', actualFinish: '2026-12-03' }],
          { start: monday },
        ),
      'OUT_OF_RANGE',
      ['tasks', 0, 'actualFinish'],
    );
  });

  it('percent complete outside [0, 100] is OUT_OF_RANGE; a negative remaining duration too', () => {
    expectPopm(
      () =>
        criticalPath([
          { id: 'A', duration: 2 },
          { id: 'B', duration: 2, percentComplete: 101 },
        ]),
      'OUT_OF_RANGE',
      ['tasks', 1, 'percentComplete'],
    );
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 2, percentComplete: -1 }]),
      'OUT_OF_RANGE',
      ['tasks', 0, 'percentComplete'],
    );
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 2, remainingDuration: -1 }]),
      'OUT_OF_RANGE',
      ['tasks', 0, 'remainingDuration'],
    );
  });

  it('an actual finish needs an actual start; actual dates and a status date need a start', () => {
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 2, actualFinish: '2026-12-03' }]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'actualStart'],
    );
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 2, actualStart: '2026-12-03' }]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'actualStart'],
    );
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 2 }], { statusDate: '2026-12-03' }),
      'INVALID_ARGUMENT',
      ['options', 'start'],
    );
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 2 }], { start: monday, statusDate: 'soon' }),
      'INVALID_DATE',
      ['options', 'statusDate'],
    );
  });

  it('an actual start before the plan start is outside the calendar', () => {
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 2, actualStart: '2026-11-02' }], { start: monday }),
      'OUT_OF_RANGE',
      ['tasks', 0, 'actualStart'],
    );
  });
});
