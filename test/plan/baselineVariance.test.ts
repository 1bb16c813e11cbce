import { describe, expect, it } from 'vitest';
import {
  baselineVariance,
  type PlanBaseline,
  toBaseline,
} from '../../src/plan/baselineVariance.js';
import { scheduleDates } from '../../src/plan/scheduleDates.js';
import type { Task } from '../../src/plan/types.js';
import { expectPopm, isDeepFrozen } from './helpers.js';

const planned: Task[] = [
  { id: 'A', name: 'Design', duration: 5 },
  { id: 'B', duration: 3, dependsOn: ['A'] },
  { id: 'Old', duration: 1 },
  { id: 'Go', duration: 0, dependsOn: ['B'] },
];

describe('baselineVariance', () => {
  it('matches its @example: Friday -> Monday is a slip of 1 working day', () => {
    const r = baselineVariance(
      { finish: '2026-12-04', tasks: [{ id: 'A', start: '2026-11-30', finish: '2026-12-04' }] },
      { finish: '2026-12-07', tasks: [{ id: 'A', start: '2026-12-01', finish: '2026-12-07' }] },
    );
    expect(r.finishSlip).toBe(1);
    expect(r.tasks[0]).toEqual({
      id: 'A',
      baselineStart: '2026-11-30',
      baselineFinish: '2026-12-04',
      start: '2026-12-01',
      finish: '2026-12-07',
      startSlip: 1,
      finishSlip: 1,
      milestone: false,
    });
    expect(r.added).toEqual([]);
    expect(r.removed).toEqual([]);
    expect(r.late).toEqual(['A']);
  });

  it('compares a stored baseline with a re-planned schedule: slips, milestones, added, removed', () => {
    const baseline = toBaseline(scheduleDates(planned, { start: '2026-11-30' }));
    // JSON round trip: a baseline is plain data.
    const stored = JSON.parse(JSON.stringify(baseline)) as PlanBaseline;
    expect(stored).toEqual(baseline);
    const current = scheduleDates(
      [
        { id: 'A', name: 'Design', duration: 7 },
        { id: 'B', duration: 3, dependsOn: ['A'] },
        { id: 'New', duration: 2, dependsOn: ['A'] },
        { id: 'Go', duration: 0, dependsOn: ['B', 'New'] },
      ],
      { start: '2026-11-30' },
    );
    const r = baselineVariance(stored, current);
    expect(r.baselineFinish).toBe('2026-12-09');
    expect(r.finish).toBe('2026-12-11');
    expect(r.finishSlip).toBe(2);
    expect(r.added).toEqual(['New']);
    expect(r.removed).toEqual(['Old']);
    expect(r.milestones).toEqual([
      { id: 'Go', baselineDate: '2026-12-09', date: '2026-12-11', slip: 2 },
    ]);
    const b = r.tasks.find((t) => t.id === 'B');
    expect(b).toMatchObject({ startSlip: 2, finishSlip: 2 });
    expect(r.tasks.find((t) => t.id === 'A')).toMatchObject({ startSlip: 0, finishSlip: 2 });
    expect(r.late).toEqual(['A', 'B', 'Go']);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('counts early finishes as negative slip and ignores weekends', () => {
    const r = baselineVariance(
      {
        finish: '2026-12-07',
        tasks: [{ id: 'A', start: '2026-12-07', finish: '2026-12-07', milestone: true }],
      },
      { finish: '2026-12-04', tasks: [{ id: 'A', start: '2026-12-04', finish: '2026-12-04' }] },
    );
    expect(r.finishSlip).toBe(-1);
    expect(r.milestones).toEqual([
      { id: 'A', baselineDate: '2026-12-07', date: '2026-12-04', slip: -1 },
    ]);
    expect(r.late).toEqual([]);
  });

  it('uses the calendar given (a holiday in between is not a slip day)', () => {
    const base = { finish: '2026-12-23', tasks: [] };
    const cur = { finish: '2026-12-28', tasks: [] };
    expect(baselineVariance(base, cur).finishSlip).toBe(3);
    expect(
      baselineVariance(base, cur, {
        calendar: { weekend: [0, 6], holidays: ['2026-12-24', '2026-12-25'] },
      }).finishSlip,
    ).toBe(1);
  });

  it('toBaseline keeps only JSON data and is frozen', () => {
    const b = toBaseline(scheduleDates([{ id: 'A', duration: 5 }], { start: '2026-11-30' }));
    expect(b).toEqual({
      start: '2026-11-30',
      finish: '2026-12-04',
      tasks: [{ id: 'A', start: '2026-11-30', finish: '2026-12-04', milestone: false }],
    });
    expect(isDeepFrozen(b)).toBe(true);
    expect(toBaseline(scheduleDates(planned, { start: '2026-11-30' })).tasks[0]).toHaveProperty(
      'name',
      'Design',
    );
    expectPopm(() => toBaseline(null as never), 'INVALID_ARGUMENT', ['schedule']);
    expectPopm(() => toBaseline({} as never), 'INVALID_DATE', ['schedule', 'finish']);
  });

  it('rejects bad baselines with the right code and path', () => {
    const ok: PlanBaseline = { finish: '2026-12-04', tasks: [] };
    expectPopm(() => baselineVariance(null as never, ok), 'INVALID_ARGUMENT', ['baseline']);
    expectPopm(() => baselineVariance({ finish: 'x', tasks: [] }, ok), 'INVALID_DATE', [
      'baseline',
      'finish',
    ]);
    expectPopm(
      () => baselineVariance(ok, { finish: '2026-12-04', tasks: 1 as never }),
      'INVALID_ARGUMENT',
      ['current', 'tasks'],
    );
    expectPopm(
      () =>
        baselineVariance(
          {
            finish: '2026-12-04',
            tasks: [
              { id: 'A', start: '2026-12-01', finish: '2026-12-02' },
              { id: 'A', start: '2026-12-01', finish: '2026-12-02' },
            ],
          },
          ok,
        ),
      'DUPLICATE_ID',
      ['baseline', 'tasks', 1, 'id'],
    );
    expectPopm(
      () =>
        baselineVariance(
          { finish: '2026-12-04', tasks: [{ id: 'A', start: '2026-13-01', finish: '2026-12-02' }] },
          ok,
        ),
      'INVALID_DATE',
      ['baseline', 'tasks', 0, 'start'],
    );
    expectPopm(
      () =>
        baselineVariance(
          { finish: '2026-12-04', tasks: [{ id: '', start: '2026-12-01', finish: '2026-12-02' }] },
          ok,
        ),
      'INVALID_ARGUMENT',
      ['baseline', 'tasks', 0, 'id'],
    );
    expectPopm(
      () =>
        baselineVariance(
          {
            finish: '2026-12-04',
            tasks: [{ id: 'A', start: '2026-12-01', finish: '2026-12-02', milestone: 1 as never }],
          },
          ok,
        ),
      'INVALID_ARGUMENT',
      ['baseline', 'tasks', 0, 'milestone'],
    );
    expectPopm(
      () => baselineVariance({ start: '2026-02-30', finish: '2026-12-04', tasks: [] }, ok),
      'INVALID_DATE',
      ['baseline', 'start'],
    );
    expectPopm(
      () =>
        baselineVariance(ok, {
          finish: '2026-12-04',
          tasks: [{ id: 'A', start: '2026-12-03', finish: '2026-12-02' }],
        }),
      'OUT_OF_RANGE',
      ['current', 'tasks', 0, 'finish'],
    );
    expectPopm(
      () =>
        baselineVariance(ok, {
          finish: '2026-12-04',
          tasks: [{ id: 'A', start: '2026-12-01', finish: 20261202 as never }],
        }),
      'INVALID_DATE',
      ['current', 'tasks', 0, 'finish'],
    );
    expectPopm(() => baselineVariance(ok, ok, 5 as never), 'INVALID_ARGUMENT', ['options']);
    expectPopm(
      () => baselineVariance(ok, ok, { calendar: { weekend: [9], holidays: [] } }),
      'INVALID_ARGUMENT',
      ['options', 'calendar', 'weekend', 0],
    );
  });

  it('toBaseline checks the schedule it is given', () => {
    expectPopm(() => toBaseline(null as never), 'INVALID_ARGUMENT', ['schedule']);
    expectPopm(
      () => toBaseline({ finish: '2026-12-04', tasks: 'x' } as never),
      'INVALID_ARGUMENT',
      ['schedule', 'tasks'],
    );
    expectPopm(
      () =>
        toBaseline({
          start: '2026-11-30',
          finish: '2026-12-04',
          tasks: [{ id: 'A', start: '2026-11-30', finish: 'soon' }],
        } as never),
      'INVALID_DATE',
      ['schedule', 'tasks', 0, 'finish'],
    );
    expectPopm(
      () => toBaseline({ start: 'x', finish: '2026-12-04', tasks: [] } as never),
      'INVALID_DATE',
      ['schedule', 'start'],
    );
  });
});
