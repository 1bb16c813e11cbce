import { describe, expect, it } from 'vitest';
import { scheduleDates } from '../../src/plan/scheduleDates.js';
import type { Task } from '../../src/plan/types.js';
import { byId, expectPopm, frozen, isDeepFrozen } from './helpers.js';

const plan: Task[] = [
  { id: 'A', name: 'Design', duration: 5 },
  { id: 'B', duration: 3, dependsOn: ['A'] },
  { id: 'Done', name: 'Go-live', duration: 0, dependsOn: ['B'] },
];

describe('scheduleDates', () => {
  it('matches its @example: Monday start, 5 + 3 days, milestone on the last working day', () => {
    const r = scheduleDates(frozen(plan), { start: '2026-11-30' });
    const t = byId(r.tasks);
    expect(t.A).toMatchObject({
      name: 'Design',
      start: '2026-11-30',
      finish: '2026-12-04',
      milestone: false,
    });
    expect(t.B).toMatchObject({ start: '2026-12-07', finish: '2026-12-09' });
    expect(t.Done).toMatchObject({ start: '2026-12-09', finish: '2026-12-09', milestone: true });
    expect(r.milestones).toEqual([
      { id: 'Done', name: 'Go-live', date: '2026-12-09', lateDate: '2026-12-09', critical: true },
    ]);
    expect(r.finish).toBe('2026-12-09');
    expect(r.start).toBe('2026-11-30');
    expect(r.duration).toBe(8);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('moves a weekend start to Monday and skips holidays', () => {
    // 2026-11-28 is a Saturday; 2026-12-01 is a holiday here.
    const r = scheduleDates(plan, {
      start: '2026-11-28',
      calendar: { weekend: [0, 6], holidays: ['2026-12-01'] },
    });
    expect(r.start).toBe('2026-11-30');
    const t = byId(r.tasks);
    // A: Mon 30, (Tue 1 off), Wed 2, Thu 3, Fri 4, Mon 7
    expect(t.A).toMatchObject({ start: '2026-11-30', finish: '2026-12-07' });
    expect(t.B).toMatchObject({ start: '2026-12-08', finish: '2026-12-10' });
    expect(r.finish).toBe('2026-12-10');
  });

  it('gives late dates from the floats', () => {
    const r = scheduleDates(
      [
        { id: 'A', duration: 5 },
        { id: 'B', duration: 2 },
        { id: 'M', duration: 0, dependsOn: ['B'] },
      ],
      { start: '2026-11-30' },
    );
    const t = byId(r.tasks);
    // B: es 0, ef 2, ls 3, lf 5 -> late start Thu 3, late finish Fri 4
    expect(t.B).toMatchObject({
      start: '2026-11-30',
      finish: '2026-12-01',
      lateStart: '2026-12-03',
      lateFinish: '2026-12-04',
      totalFloat: 3,
      critical: false,
    });
    expect(r.milestones[0]).toMatchObject({
      date: '2026-12-01',
      lateDate: '2026-12-04',
      critical: false,
    });
  });

  it('dates a milestone at the project start on the first working day', () => {
    const r = scheduleDates([{ id: 'Kick-off', duration: 0 }], { start: '2026-11-29' });
    expect(r.milestones[0]?.date).toBe('2026-11-30');
    expect(r.finish).toBe('2026-11-30');
    expect(r.duration).toBe(0);
  });

  it('rounds fractional offsets to the working day they fall in', () => {
    // A 2.5 days: Mon, Tue, half of Wed; B starts mid-Wednesday and runs 1 day into Thursday.
    const r = scheduleDates(
      [
        { id: 'A', duration: 2.5 },
        { id: 'B', duration: 1, dependsOn: ['A'] },
      ],
      { start: '2026-11-30' },
    );
    const t = byId(r.tasks);
    expect(t.A).toMatchObject({ start: '2026-11-30', finish: '2026-12-02' });
    expect(t.B).toMatchObject({ start: '2026-12-02', finish: '2026-12-03' });
  });

  it('is not fooled by float noise on whole days (1/3 + 1/3 + 1/3 days)', () => {
    const r = scheduleDates(
      [
        { id: 'a', duration: 1 / 3 },
        { id: 'b', duration: 1 / 3, dependsOn: ['a'] },
        { id: 'c', duration: 1 / 3, dependsOn: ['b'] },
        { id: 'd', duration: 1, dependsOn: ['c'] },
      ],
      { start: '2026-11-30' },
    );
    expect(byId(r.tasks).c?.finish).toBe('2026-11-30');
    expect(byId(r.tasks).d?.start).toBe('2026-12-01');
    expect(r.finish).toBe('2026-12-01');
  });

  it('honours a custom weekend (Friday and Saturday off)', () => {
    const r = scheduleDates([{ id: 'A', duration: 3 }], {
      start: '2026-11-26',
      calendar: { weekend: [5, 6], holidays: [] },
    });
    // Thu 26, (Fri, Sat off), Sun 29, Mon 30
    expect(byId(r.tasks).A?.finish).toBe('2026-11-30');
  });

  it('checks its options', () => {
    expectPopm(() => scheduleDates(plan, { start: '2026-02-30' }), 'INVALID_DATE', [
      'options',
      'start',
    ]);
    expectPopm(
      () =>
        scheduleDates(plan, {
          start: '2026-11-30',
          calendar: { weekend: [0, 1, 2, 3, 4, 5, 6], holidays: [] },
        }),
      'INVALID_ARGUMENT',
      ['options', 'calendar', 'weekend'],
    );
    expectPopm(
      () =>
        scheduleDates(plan, { start: '2026-11-30', calendar: { weekend: [], holidays: ['x'] } }),
      'INVALID_DATE',
      ['options', 'calendar', 'holidays', 0],
    );
    expectPopm(() => scheduleDates(plan, { start: '2026-11-30', maxPaths: 0 }), 'OUT_OF_RANGE', [
      'options',
      'maxPaths',
    ]);
    expectPopm(() => scheduleDates(plan, null as never), 'INVALID_ARGUMENT', ['options']);
    const ok = scheduleDates(plan, { start: '2026-11-30', tolerance: 0, maxPaths: 1 });
    expect(ok.finish).toBe('2026-12-09');
  });
});
