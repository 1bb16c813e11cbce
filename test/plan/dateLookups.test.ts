import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, type WorkCalendar, workingDaysBetween } from '../../src/core/calendar.js';
import { addDays } from '../../src/core/dates.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { criticalPath } from '../../src/plan/criticalPath.js';
import { dateForProbability } from '../../src/plan/dateForProbability.js';
import { durationForProbability } from '../../src/plan/durationForProbability.js';
import { pertAnalysis } from '../../src/plan/pertAnalysis.js';
import { probabilityOfCompletion } from '../../src/plan/probabilityOfCompletion.js';
import { simulateSchedule } from '../../src/plan/simulateSchedule.js';
import type { Task } from '../../src/plan/types.js';
import { likelihoodBy } from '../../src/progress/forecastWhenDate.js';
import { mergeSimulations } from '../../src/project/mergeSimulations.js';
import { expectPopm, frozen, isDeepFrozen } from './helpers.js';

// The curioustab PERT example (also in pert.test.ts): means 3, 8, 6, sd 1, 2, 2 -> mu 17, sigma 3.
const curioustab: Task[] = [
  { id: 'A', duration: 3, estimate: { optimistic: 0, mostLikely: 3, pessimistic: 6 } },
  {
    id: 'B',
    duration: 8,
    dependsOn: ['A'],
    estimate: { optimistic: 2, mostLikely: 8, pessimistic: 14 },
  },
  {
    id: 'C',
    duration: 6,
    dependsOn: ['B'],
    estimate: { optimistic: 0, mostLikely: 6, pessimistic: 12 },
  },
];
const MONDAY = '2026-11-30';
const christmas: WorkCalendar = { weekend: [0, 6], holidays: ['2026-12-24', '2026-12-25'] };

describe('pertAnalysis with a start', () => {
  it('matches the curioustab PERT example in dates: P(finish by the 20th working day) = 0.8413', () => {
    const r = pertAnalysis(frozen(curioustab), { start: MONDAY });
    // 20 working days from Monday 2026-11-30 end on Friday 2026-12-25 (no holidays).
    expect(probabilityOfCompletion(r, '2026-12-25')).toBe(probabilityOfCompletion(r, 20));
    expect(probabilityOfCompletion(r, '2026-12-25')).toBeCloseTo(0.8413, 4);
    expect(probabilityOfCompletion(r, '2026-12-22')).toBe(0.5); // the 17th working day: the mean
    expect(dateForProbability(r, 0.5)).toBe('2026-12-22');
  });

  it('counts on the calendar: with 24-25 Dec off the 20th working day is 29 Dec', () => {
    const r = pertAnalysis(frozen(curioustab), { start: MONDAY, calendar: christmas });
    expect(r.calendar).toEqual(christmas);
    expect(probabilityOfCompletion(r, '2026-12-29')).toBe(probabilityOfCompletion(r, 20));
    // A holiday or weekend counts as the working day before it.
    expect(probabilityOfCompletion(r, '2026-12-27')).toBe(probabilityOfCompletion(r, 18));
    expect(dateForProbability(r, 0.8413447460685427)).toBe('2026-12-29');
  });

  it('carries its start (the first working day) and a plain calendar as JSON data', () => {
    const r = pertAnalysis(frozen(curioustab), {
      start: '2026-11-28', // Saturday
      calendar: { weekend: [6, 0, 6], holidays: ['2026-11-29', '2026-12-25', '2026-12-24'] },
    });
    expect(r.start).toBe(MONDAY);
    // Weekend sorted without repeats; a holiday on a weekend dropped; holidays sorted.
    expect(r.calendar).toEqual(christmas);
    expect(r.criticalPath.startDate).toBe(MONDAY);
    expect(isDeepFrozen(r)).toBe(true);
    const json = JSON.parse(JSON.stringify(r));
    expect(probabilityOfCompletion(json, '2026-12-29')).toBe(probabilityOfCompletion(r, 20));
    expect(dateForProbability(json, 0.9)).toBe(dateForProbability(r, 0.9));
  });

  it('leaves an undated analysis as it was (no start, no calendar keys)', () => {
    const r = pertAnalysis(frozen(curioustab));
    expect('start' in r).toBe(false);
    expect('calendar' in r).toBe(false);
    expect(r.criticalPath.startDate).toBeUndefined();
  });

  it('refuses a date over an undated analysis, a bad date, and a calendar without a start', () => {
    const undated = pertAnalysis(frozen(curioustab));
    expectPopm(() => probabilityOfCompletion(undated, '2027-01-01'), 'INVALID_ARGUMENT', [
      'analysis',
      'start',
    ]);
    expectPopm(() => dateForProbability(undated, 0.5), 'INVALID_ARGUMENT', ['analysis', 'start']);
    const dated = pertAnalysis(frozen(curioustab), { start: MONDAY });
    expectPopm(() => probabilityOfCompletion(dated, '2026-02-30'), 'INVALID_DATE', ['by']);
    expectPopm(() => probabilityOfCompletion(dated, 'soon' as never), 'INVALID_NUMBER', ['by']);
    expectPopm(() => dateForProbability(dated, 1), 'OUT_OF_RANGE', ['probability']);
    expectPopm(
      () => pertAnalysis(frozen(curioustab), { calendar: christmas }),
      'INVALID_ARGUMENT',
      ['options', 'start'],
    );
    expectPopm(() => pertAnalysis(frozen(curioustab), { start: '2026-13-01' }), 'INVALID_DATE', [
      'options',
      'start',
    ]);
    expectPopm(
      () => probabilityOfCompletion({ ...dated, start: 'x' }, '2027-01-01'),
      'INVALID_DATE',
      ['analysis', 'start'],
    );
    expectPopm(
      () => probabilityOfCompletion({ ...undated, strat: MONDAY } as never, '2026-12-01'),
      'INVALID_ARGUMENT',
      ['analysis', 'strat'],
    );
    expectPopm(
      () => dateForProbability({ mean: 1e300, stdDev: 1, start: MONDAY } as never, 0.5),
      'OUT_OF_RANGE',
      ['probability'],
    );
  });

  const planArb = fc
    .array(
      fc.record({
        o: fc.integer({ min: 0, max: 10 }),
        m: fc.integer({ min: 0, max: 10 }),
        p: fc.integer({ min: 0, max: 20 }),
        dep: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((rows) =>
      rows.map((r, i): Task => {
        const [o, m, p] = [r.o, r.m, r.p].sort((a, b) => a - b) as [number, number, number];
        return {
          id: `t${i}`,
          duration: m,
          estimate: { optimistic: o, mostLikely: m, pessimistic: p },
          ...(r.dep && i > 0 ? { dependsOn: [`t${i - 1}`] } : {}),
        };
      }),
    );
  const startArb = fc.integer({ min: 0, max: 3000 }).map((d) => addDays('2024-01-01', d));
  const calArb = fc.record({
    weekend: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
    holidays: fc.array(
      fc.integer({ min: 0, max: 3200 }).map((d) => addDays('2024-01-01', d)),
      { maxLength: 20 },
    ),
  });

  it('a date and its working-day count give the same probability (property)', () => {
    fc.assert(
      fc.property(
        planArb,
        startArb,
        calArb,
        fc.integer({ min: -10, max: 200 }),
        (tasks, start, cal, k) => {
          const r = pertAnalysis(frozen(tasks), { start, calendar: cal });
          const date = addDays(start, k);
          const days = workingDaysBetween(r.start as string, date, cal) + 1;
          expect(probabilityOfCompletion(r, date)).toBe(probabilityOfCompletion(r, days));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('dateForProbability is the earliest date whose probability reaches p (property)', () => {
    fc.assert(
      fc.property(
        planArb,
        startArb,
        calArb,
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (tasks, start, cal, p) => {
          const input = frozen(tasks);
          const before = JSON.stringify(input);
          const r = pertAnalysis(input, { start, calendar: cal });
          const date = dateForProbability(r, p);
          expect(dateForProbability(r, p)).toBe(date); // deterministic
          expect(probabilityOfCompletion(r, date)).toBeGreaterThanOrEqual(p - 1e-12);
          const d = durationForProbability(r, p);
          // The working day before (when there is one) falls short, unless the figure is certain.
          if (d > 1 && r.stdDev > 0) {
            const prev = addWorkingDays(date, -1, cal);
            expect(probabilityOfCompletion(r, prev)).toBeLessThan(p + 1e-12);
          }
          expect(JSON.stringify(input)).toBe(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});

const risky: Task[] = [
  { id: 'A', duration: 5, estimate: { optimistic: 3, mostLikely: 5, pessimistic: 10 } },
  { id: 'B', duration: 4, estimate: { optimistic: 2, mostLikely: 4, pessimistic: 9 } },
  { id: 'C', duration: 2, dependsOn: ['A', 'B'] },
];

describe('simulateSchedule with a start', () => {
  it('dates a fixed 5-day plan from a Monday on that Friday (every percentile and row)', () => {
    const r = simulateSchedule(frozen([{ id: 'A', duration: 5 }]), {
      trials: 50,
      start: MONDAY,
    });
    expect(r.start).toBe(MONDAY);
    expect(r.dates).toEqual({
      50: '2026-12-04',
      70: '2026-12-04',
      85: '2026-12-04',
      95: '2026-12-04',
    });
    expect(r.histogram).toEqual([{ value: 5, count: 50, cumulative: 1, date: '2026-12-04' }]);
  });

  it('gives each percentile the finish date of its duration on the calendar, and keeps the figures', () => {
    const opts = { trials: 2000, seed: 9, percentiles: [10, 50, 90] as const };
    const plain = simulateSchedule(frozen(risky), opts);
    const dated = simulateSchedule(frozen(risky), { ...opts, start: MONDAY, calendar: christmas });
    expect(dated.percentiles).toEqual(plain.percentiles);
    expect(dated.mean).toBe(plain.mean);
    expect(dated.tasks).toEqual(plain.tasks);
    expect(
      dated.histogram.map(({ value, count, cumulative }) => ({ value, count, cumulative })),
    ).toEqual(plain.histogram);
    for (const p of [10, 50, 90] as const) {
      const d = plain.percentiles[p];
      // The end of working day ceil(d) - 1, counting Monday as day 0.
      expect(dated.dates?.[p]).toBe(addWorkingDays(MONDAY, Math.ceil(d) - 1, christmas));
    }
    expect('dates' in plain).toBe(false);
    expect('start' in plain).toBe(false);
    expect(isDeepFrozen(dated)).toBe(true);
  });

  it('merges dated shards to the run in one piece, to the bit', () => {
    const opts = { trials: 700, seed: 'dates', start: '2026-12-20', calendar: christmas };
    const whole = simulateSchedule(frozen(risky), opts);
    const parts = [2, 0, 1].map((index) =>
      simulateSchedule(frozen(risky), { ...opts, shard: { index, count: 3 } }),
    );
    expect(JSON.stringify(mergeSimulations(parts))).toBe(JSON.stringify(whole));
    expect(JSON.stringify(mergeSimulations(JSON.parse(JSON.stringify(parts))))).toBe(
      JSON.stringify(whole),
    );
  });

  it('keeps undated parts as they were: a dated part does not merge with an undated one', () => {
    const a = simulateSchedule(frozen(risky), { trials: 200, shard: { index: 0, count: 2 } });
    const b = simulateSchedule(frozen(risky), {
      trials: 200,
      start: MONDAY,
      shard: { index: 1, count: 2 },
    });
    expect('dating' in (a.context as object)).toBe(false);
    expectPopm(() => mergeSimulations([a, b] as never), 'INVALID_ARGUMENT');
  });

  it('lets likelihoodBy read the dated histogram', () => {
    const r = simulateSchedule(frozen([{ id: 'A', duration: 5 }]), { trials: 10, start: MONDAY });
    expect(likelihoodBy(r as never, '2026-12-04')).toBe(1);
    expect(likelihoodBy(r as never, '2026-12-03')).toBe(0);
  });

  it('checks the dates before simulating', () => {
    expectPopm(() => simulateSchedule(frozen(risky), { start: '2026-02-30' }), 'INVALID_DATE', [
      'options',
      'start',
    ]);
    expectPopm(() => simulateSchedule(frozen(risky), { calendar: christmas }), 'INVALID_ARGUMENT', [
      'options',
      'start',
    ]);
    expectPopm(
      () =>
        simulateSchedule(frozen(risky), {
          start: MONDAY,
          calendar: { weekend: [7], holidays: [] },
        }),
      'INVALID_ARGUMENT',
      ['options', 'calendar', 'weekend', 0],
    );
    expectPopm(
      () => simulateSchedule(frozen(risky), { start: '9999-12-31', trials: 5 }),
      'OUT_OF_RANGE',
    );
  });

  it('is deterministic and leaves its input alone (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 300 }),
        (day, trials) => {
          const input = deepFreeze(structuredClone(risky));
          const start = addDays('2025-01-01', day);
          const a = simulateSchedule(input, { trials, seed: day, start });
          const b = simulateSchedule(input, { trials, seed: day, start });
          expect(JSON.stringify(a)).toBe(JSON.stringify(b));
          expect(input).toEqual(risky);
          // Percentile dates never run backwards as the percentile rises.
          const ds = Object.values(a.dates ?? {});
          expect([...ds].sort()).toEqual(ds);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('pertAnalysis and simulateSchedule schedule the plan as criticalPath does', () => {
  // A summary S (A, A2) that B follows, B held to start no earlier than Monday 14 Dec,
  // and C started (2 of 4 days left): criticalPath says 13 working days.
  const plan: Task[] = [
    { id: 'S', duration: 0 },
    {
      id: 'A',
      duration: 5,
      parent: 'S',
      estimate: { optimistic: 3, mostLikely: 5, pessimistic: 7 },
    },
    { id: 'A2', duration: 2, parent: 'S' },
    {
      id: 'B',
      duration: 3,
      dependsOn: ['S'],
      constraint: { type: 'start-no-earlier-than', date: '2026-12-14' },
    },
    {
      id: 'C',
      duration: 4,
      actualStart: '2026-11-30',
      remainingDuration: 2,
      estimate: { optimistic: 1, mostLikely: 4, pessimistic: 30 },
    },
  ];

  it('follows links to a summary, dated constraints and progress (hand-checked: 13 days)', () => {
    const opts = { start: MONDAY };
    const cp = criticalPath(frozen(plan), opts);
    expect(cp.duration).toBe(13);
    const r = pertAnalysis(frozen(plan), opts);
    expect(r.mean).toBe(13);
    expect(r.stdDev).toBe(0); // B (fixed) drives the finish; A's spread is off the critical path
    expect(r.path).toEqual(['B']);
    // C has progress: it keeps the schedule's duration (4), not its estimate's mean (7.5);
    // the summary's figure is its span.
    expect(r.tasks.map((t) => [t.id, t.mean])).toEqual([
      ['S', 5],
      ['A', 5],
      ['A2', 2],
      ['B', 3],
      ['C', 4],
    ]);
    expect(dateForProbability(r, 0.5)).toBe('2026-12-16');
    const sim = simulateSchedule(frozen(plan), { ...opts, trials: 300 });
    // A's worst case (7 days) still ends before 14 Dec: every trial finishes on day 13.
    expect(sim.min).toBe(13);
    expect(sim.max).toBe(13);
    expect(sim.dates?.[95]).toBe('2026-12-16');
    expect(sim.tasks.find((t) => t.id === 'C')?.meanDuration).toBe(4);
    expect(sim.tasks.find((t) => t.id === 'B')?.criticalityIndex).toBe(1);
  });

  it('forecasts from a status date: work not done by then moves after it, as in criticalPath', () => {
    const late: Task[] = [
      { id: 'A', duration: 2, actualStart: MONDAY, actualFinish: '2026-12-01' },
      {
        id: 'B',
        duration: 10,
        dependsOn: ['A'],
        estimate: { optimistic: 8, mostLikely: 10, pessimistic: 18 },
      },
    ];
    const opts = { start: MONDAY, statusDate: '2026-12-04' }; // B not started by Friday
    const cp = criticalPath(frozen(late), opts);
    expect(cp.duration).toBe(15); // B from Monday 7 Dec, 10 days
    const r = pertAnalysis(frozen(late), opts);
    expect(r.mean).toBe(cp.duration - 10 + 11); // B's PERT mean is 11
    expect(dateForProbability(r, 0.5)).toBe('2026-12-21');
    const sim = simulateSchedule(frozen(late), { ...opts, trials: 400 });
    expect(sim.min).toBeGreaterThanOrEqual(5 + 8);
    expect(sim.max).toBeLessThanOrEqual(5 + 18);
    expect(sim.min).toBeGreaterThan(
      simulateSchedule(frozen(late), { start: MONDAY, trials: 400 }).min,
    );
    expectPopm(
      () => simulateSchedule(frozen(late), { statusDate: '2026-12-04' }),
      'INVALID_ARGUMENT',
      ['options', 'start'],
    );
  });

  it('counts a summary critical when one of its children is', () => {
    const tight: Task[] = [
      { id: 'S', duration: 0 },
      {
        id: 'A',
        duration: 5,
        parent: 'S',
        estimate: { optimistic: 3, mostLikely: 5, pessimistic: 9 },
      },
      { id: 'A2', duration: 1, parent: 'S' },
      { id: 'B', duration: 3, dependsOn: ['S'] },
    ];
    const sim = simulateSchedule(frozen(tight), { trials: 200 });
    const by = Object.fromEntries(sim.tasks.map((t) => [t.id, t.criticalityIndex]));
    expect(by).toEqual({ S: 1, A: 1, A2: 0, B: 1 });
    expect(pertAnalysis(frozen(tight)).path).toEqual(['A', 'B']);
  });

  it('without estimates, PERT and every trial equal the critical path, summaries and constraints included (property)', () => {
    const rowArb = fc.record({
      duration: fc.integer({ min: 0, max: 9 }),
      parent: fc.option(fc.nat(), { nil: undefined }),
      dep: fc.option(fc.nat(), { nil: undefined }),
      snet: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 10 }), (rows) => {
        const tasks: Task[] = rows.map((r, i) => ({
          id: `t${i}`,
          duration: r.duration,
          ...(r.parent !== undefined && i > 0 ? { parent: `t${r.parent % i}` } : {}),
          ...(r.dep !== undefined && i > 0 ? { dependsOn: [`t${r.dep % i}`] } : {}),
          ...(r.snet === undefined
            ? {}
            : {
                constraint: {
                  type: 'start-no-earlier-than' as const,
                  date: addDays(MONDAY, r.snet),
                },
              }),
        }));
        const parents = new Set(tasks.map((t) => t.parent));
        const plan = frozen(tasks.map((t) => (parents.has(t.id) ? { ...t, duration: 0 } : t)));
        let cp: ReturnType<typeof criticalPath>;
        try {
          cp = criticalPath(plan, { start: MONDAY });
        } catch {
          return; // a plan criticalPath refuses (e.g. a link to a summary's own child) is not the point here
        }
        expect(pertAnalysis(plan, { start: MONDAY }).mean).toBe(cp.duration);
        const sim = simulateSchedule(plan, { start: MONDAY, trials: 3 });
        expect([sim.min, sim.max]).toEqual([cp.duration, cp.duration]);
      }),
      { numRuns: 150 },
    );
  });
});
