import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { toBaseline } from '../../src/plan/baselineVariance.js';
import { milestoneTrend, type StatusSnapshot } from '../../src/plan/milestoneTrend.js';
import { scheduleDates } from '../../src/plan/scheduleDates.js';
import type { Task } from '../../src/plan/types.js';
import { expectPopm, isDeepFrozen } from './helpers.js';

const ms = (id: string, date: string, name?: string) => ({
  id,
  start: date,
  finish: date,
  milestone: true,
  ...(name === undefined ? {} : { name }),
});
const snap = (statusDate: string, tasks: StatusSnapshot['tasks']): StatusSnapshot => ({
  statusDate,
  finish:
    tasks
      .map((t) => t.finish)
      .sort()
      .at(-1) ?? statusDate,
  tasks,
});

describe('milestoneTrend', () => {
  // https://docs.kazinex.com/report-forge/components/milestone-trend-analysis
  it('reads as a milestone trend chart does (kazinex Report Forge MTA: flat = stable, rising = slipping, falling = recovering, on the diagonal = reached)', () => {
    // Weekly reports on Mondays. "design" holds, "build" slips then recovers a day, "test" is reached.
    const t = milestoneTrend(
      deepFreeze([
        snap('2026-11-02', [
          ms('design', '2026-11-20'),
          ms('build', '2026-12-04'),
          ms('test', '2026-11-13'),
        ]),
        snap('2026-11-09', [
          ms('design', '2026-11-20'),
          ms('build', '2026-12-09'),
          ms('test', '2026-11-13'),
        ]),
        snap('2026-11-16', [
          ms('design', '2026-11-20'),
          ms('build', '2026-12-08'),
          ms('test', '2026-11-13'),
        ]),
      ]),
    );
    expect(t.statusDates).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    const [design, build, test] = t.milestones;
    expect(design?.points.map((p) => p.slip)).toEqual([null, 0, 0]);
    expect(design?.totalSlip).toBe(0);
    // Friday 4 Dec -> Wednesday 9 Dec: 3 working days later; then back 1.
    expect(build?.points.map((p) => p.slip)).toEqual([null, 3, -1]);
    expect(build?.totalSlip).toBe(2);
    expect(build).toMatchObject({
      baselineDate: '2026-12-04',
      date: '2026-12-08',
      reachedOn: null,
    });
    // 13 Nov is on or before the 16 Nov report: reached there, not before.
    expect(test?.points.map((p) => p.reached)).toEqual([false, false, true]);
    expect(test?.reachedOn).toBe('2026-11-16');
    expect(t.start).toBe('2026-11-02');
    expect(t.end).toBe('2026-12-09');
    expect(isDeepFrozen(t)).toBe(true);
  });

  it('follows the milestones of real schedules: a task growing 2 days moves the milestone 2 working days', () => {
    const plan = (build: number): Task[] => [
      { id: 'spec', duration: 5 },
      { id: 'build', duration: build, dependsOn: ['spec'] },
      { id: 'done', name: 'Go live', duration: 0, dependsOn: ['build'] },
    ];
    const at = (statusDate: string, build: number): StatusSnapshot => ({
      ...toBaseline(scheduleDates(plan(build), { start: '2026-11-30' })),
      statusDate,
    });
    const t = milestoneTrend([at('2026-11-30', 10), at('2026-12-07', 12), at('2026-12-14', 12)]);
    expect(t.milestones).toHaveLength(1);
    expect(t.milestones[0]).toMatchObject({
      id: 'done',
      name: 'Go live',
      baselineDate: '2026-12-18', // the 15th working day from Monday 30 Nov
      date: '2026-12-22', // Friday + 2 working days
      totalSlip: 2,
    });
    expect(t.milestones[0]?.points.map((p) => p.slip)).toEqual([null, 2, 0]);
  });

  it('counts slips on the calendar and skips a report that does not hold the milestone', () => {
    const cal = { weekend: [0, 6], holidays: ['2026-12-24', '2026-12-25'] };
    const t = milestoneTrend(
      [
        snap('2026-12-01', [ms('m', '2026-12-23')]),
        snap('2026-12-08', []),
        snap('2026-12-15', [ms('m', '2026-12-28', 'Release')]),
      ],
      { calendar: cal },
    );
    const m = t.milestones[0];
    expect(m?.points.map((p) => [p.statusDate, p.slip])).toEqual([
      ['2026-12-01', null],
      ['2026-12-15', 1], // 23 Dec -> 28 Dec over Christmas and a weekend: 1 working day
    ]);
    expect(m?.name).toBe('Release');
  });

  it('follows any task by id, in the order asked', () => {
    const t = milestoneTrend(
      [
        snap('2026-11-02', [
          { id: 'a', start: '2026-11-02', finish: '2026-11-06' },
          ms('m', '2026-11-09'),
        ]),
        snap('2026-11-09', [
          { id: 'a', start: '2026-11-02', finish: '2026-11-10' },
          ms('m', '2026-11-12'),
        ]),
      ],
      { ids: ['m', 'a'] },
    );
    expect(t.milestones.map((s) => [s.id, s.totalSlip])).toEqual([
      ['m', 3],
      ['a', 2],
    ]);
  });

  it('gives an empty trend for no snapshots', () => {
    expect(milestoneTrend([])).toEqual({ statusDates: [], start: null, end: null, milestones: [] });
  });

  it('is a PopmError with the path for bad input', () => {
    expectPopm(
      () => milestoneTrend([snap('2026-11-09', []), snap('2026-11-09', [])]),
      'OUT_OF_RANGE',
      ['baselines', 1, 'statusDate'],
    );
    expectPopm(() => milestoneTrend([snap('2026-11-31', [])]), 'INVALID_DATE', [
      'baselines',
      0,
      'statusDate',
    ]);
    expectPopm(
      () => milestoneTrend([snap('2026-11-09', [ms('m', '2026-11-10'), ms('m', '2026-11-11')])]),
      'DUPLICATE_ID',
      ['baselines', 0, 'tasks', 1, 'id'],
    );
    expectPopm(
      () =>
        milestoneTrend([
          snap('2026-11-09', [{ id: 'a', start: '2026-11-12', finish: '2026-11-10' }]),
        ]),
      'OUT_OF_RANGE',
      ['baselines', 0, 'tasks', 0, 'finish'],
    );
    expectPopm(
      () => milestoneTrend([{ statusdate: '2026-11-09', tasks: [] }] as never),
      'INVALID_ARGUMENT',
      ['baselines', 0, 'statusdate'],
    );
    expectPopm(() => milestoneTrend([snap('2026-11-09', [])], { ids: ['x'] }), 'NOT_FOUND', [
      'options',
      'ids',
      0,
    ]);
    expectPopm(
      () => milestoneTrend([snap('2026-11-09', [ms('m', '2026-11-10')])], { ids: ['m', 'm'] }),
      'DUPLICATE_ID',
      ['options', 'ids', 1],
    );
    expectPopm(() => milestoneTrend([], { calender: {} } as never), 'INVALID_ARGUMENT', [
      'options',
      'calender',
    ]);
    expectPopm(() => milestoneTrend({} as never), 'INVALID_ARGUMENT', ['baselines']);
  });

  const seriesArb = fc
    .array(
      fc.record({
        gap: fc.integer({ min: 1, max: 20 }),
        moves: fc.array(fc.option(fc.integer({ min: -10, max: 30 }), { nil: undefined }), {
          minLength: 3,
          maxLength: 3,
        }),
      }),
      { maxLength: 12 },
    )
    .map((rows) => {
      let status = '2026-01-05';
      const forecast = ['2026-03-02', '2026-04-01', '2026-05-04'];
      return rows.map((r) => {
        status = addDays(status, r.gap);
        const tasks = r.moves.flatMap((m, k) => {
          if (m === undefined) return [];
          forecast[k] = addDays(forecast[k] as string, m);
          return [ms(`m${k}`, forecast[k] as string)];
        });
        return snap(status, tasks);
      });
    });

  it('the slips of each period add up to the total slip; frozen, deterministic, input unchanged (property)', () => {
    fc.assert(
      fc.property(seriesArb, (snapshots) => {
        const input = deepFreeze(structuredClone(snapshots));
        const t = milestoneTrend(input);
        expect(input).toEqual(snapshots);
        expect(isDeepFrozen(t)).toBe(true);
        expect(JSON.stringify(milestoneTrend(input))).toBe(JSON.stringify(t));
        for (const s of t.milestones) {
          const sum = s.points.reduce((a, p) => a + (p.slip ?? 0), 0);
          expect(sum).toBe(s.totalSlip);
          expect(s.points[0]?.slip).toBeNull();
          expect(
            s.points.every((p) => p.date >= (t.start as string) && p.date <= (t.end as string)),
          ).toBe(true);
          expect(s.reachedOn === null).toBe(s.points.every((p) => p.date > p.statusDate));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('bad input is a PopmError, never a TypeError (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (baselines, options) => {
        try {
          milestoneTrend(baselines as never, options as never);
        } catch (e) {
          expect((e as Error).name).toBe('PopmError');
        }
      }),
      { numRuns: 300 },
    );
  });
});
