import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Backlog } from '../../src/backlog/types.js';
import { type ForecastableBacklog, forecastBacklog } from '../../src/progress/forecastBacklog.js';
import { forecastWhen } from '../../src/progress/forecastWhen.js';
import { sprintCapacityForecast } from '../../src/progress/sprintCapacityForecast.js';
import { expectPopm, frozen, isDeepFrozen, PUBLISHED_HISTORY } from './helpers.js';

const BACKLOG: ForecastableBacklog = {
  items: [
    { id: 'a', status: 'done', estimate: 5 },
    { id: 'b', status: 'todo', estimate: 3 },
    { id: 'c', status: 'ready', estimate: 2 },
  ],
};

describe('forecastBacklog', () => {
  it("accepts the backlog domain's Backlog", () => {
    expectTypeOf<Backlog>().toExtend<ForecastableBacklog>();
  });

  it('gives the TSDoc example: 3 + 2 points at 5 a sprint are both done in sprint 1', () => {
    const r = forecastBacklog(frozen(BACKLOG), frozen({ velocities: [5, 5] }));
    expect(r.items.map((i) => [i.id, i.periods.percentiles[85]])).toEqual([
      ['b', 1],
      ['c', 1],
    ]);
    expect(r.unit).toBe('estimate');
    expect(r.items.map((i) => [i.index, i.cumulative])).toEqual([
      [1, 3],
      [2, 5],
    ]);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('skips done and wont-do items and counts each open item as one with throughput', () => {
    const backlog = {
      items: [
        { id: 'x', status: 'in-progress' },
        { id: 'y', status: 'wont-do' },
        { id: 'z', status: 'todo' },
        { id: 'w', status: 'ready' },
      ],
    };
    const r = forecastBacklog(backlog, { throughput: [1] });
    expect(r.unit).toBe('items');
    expect(
      r.items.map((i) => [
        i.id,
        i.cumulative,
        i.periods.percentiles[50],
        i.periods.percentiles[85],
      ]),
    ).toEqual([
      ['x', 1, 1, 1],
      ['z', 2, 2, 2],
      ['w', 3, 3, 3],
    ]);
  });

  it('matches forecastWhen for the whole backlog with the same seed (one simulated future serves every item)', () => {
    const items = Array.from({ length: 35 }, (_, i) => ({ id: `i${i}`, status: 'todo' }));
    const r = forecastBacklog(
      { items },
      { throughput: PUBLISHED_HISTORY, seed: 3, percentiles: [50, 85, 95] },
    );
    const w = forecastWhen({
      throughput: PUBLISHED_HISTORY,
      items: 35,
      seed: 3,
      percentiles: [50, 85, 95],
    });
    const last = r.items[34];
    // The same per-trial streams: the last item's distribution is forecastWhen's.
    const { items: _n, trials: _t, seed: _s, method: _m, ...dist } = w;
    expect(last?.periods).toEqual(dist);
    // Consistent order: no item is forecast later than one below it.
    for (let k = 1; k < r.items.length; k++) {
      expect(r.items[k]?.periods.percentiles[85]).toBeGreaterThanOrEqual(
        r.items[k - 1]?.periods.percentiles[85] as number,
      );
      expect(r.items[k]?.periods.percentiles[50]).toBeGreaterThanOrEqual(
        r.items[k - 1]?.periods.percentiles[50] as number,
      );
    }
  });

  it('gives dates with start, calendar and sprint-long periods', () => {
    const r = forecastBacklog(BACKLOG, { velocities: [3], start: '2026-03-02', periodDays: 10 });
    expect(
      r.items.map((i) => [i.id, i.periods.percentiles[85], i.dates?.[85], i.dates?.[50]]),
    ).toEqual([
      ['b', 1, '2026-03-13', '2026-03-13'],
      ['c', 2, '2026-03-27', '2026-03-27'],
    ]);
    expect(r.items[0]?.dates).toEqual({
      50: '2026-03-13',
      70: '2026-03-13',
      85: '2026-03-13',
      95: '2026-03-13',
    });
  });

  it('puts leading zero-estimate items at period 0 and returns [] for no open work', () => {
    const r = forecastBacklog(
      {
        items: [
          { id: 'z', status: 'todo', estimate: 0 },
          { id: 'o', status: 'todo', estimate: 1 },
        ],
      },
      { velocities: [1] },
    );
    expect(r.items.map((i) => i.periods.percentiles[85])).toEqual([0, 1]);
    expect(
      forecastBacklog({ items: [{ id: 'd', status: 'done' }] }, { throughput: [1] }).items,
    ).toEqual([]);
  });

  it('rejects each bad input', () => {
    expectPopm(() => forecastBacklog(BACKLOG, {}), 'INVALID_ARGUMENT', ['options']);
    expectPopm(
      () => forecastBacklog(BACKLOG, { throughput: [1], percentiles: null as never }),
      'INVALID_ARGUMENT',
      ['options', 'percentiles'],
    );
    expectPopm(
      () => forecastBacklog(BACKLOG, { throughput: [1], velocities: [1] }),
      'INVALID_ARGUMENT',
      ['options'],
    );
    expectPopm(() => forecastBacklog(BACKLOG, { velocities: [0] }), 'INVALID_ARGUMENT', [
      'options',
      'velocities',
    ]);
    expectPopm(() => forecastBacklog(BACKLOG, { throughput: [] }), 'EMPTY_INPUT', [
      'options',
      'throughput',
    ]);
    expectPopm(
      () => forecastBacklog({ items: [{ id: 'a', status: 'todo' }] }, { velocities: [1] }),
      'INVALID_ARGUMENT',
      ['backlog', 'items', 0, 'estimate'],
    );
    expectPopm(
      () =>
        forecastBacklog(
          { items: [{ id: 'a', status: 'todo', estimate: -1 }] },
          { velocities: [1] },
        ),
      'OUT_OF_RANGE',
      ['backlog', 'items', 0, 'estimate'],
    );
    expectPopm(
      () =>
        forecastBacklog(
          {
            items: [
              { id: 'a', status: 'todo' },
              { id: 'a', status: 'todo' },
            ],
          },
          { throughput: [1] },
        ),
      'DUPLICATE_ID',
      ['backlog', 'items', 1, 'id'],
    );
    expectPopm(
      () => forecastBacklog({ items: [{ id: 'a', status: '' }] }, { throughput: [1] }),
      'INVALID_ARGUMENT',
      ['backlog', 'items', 0, 'status'],
    );
    expectPopm(
      () => forecastBacklog({ items: 'x' } as never, { throughput: [1] }),
      'INVALID_ARGUMENT',
      ['backlog', 'items'],
    );
    expectPopm(
      () => forecastBacklog(BACKLOG, { throughput: [1], start: '2026-02-31' }),
      'INVALID_DATE',
      ['options', 'start'],
    );
    expectPopm(
      () => forecastBacklog(BACKLOG, { throughput: [1], trials: 20_000_000 }),
      'OUT_OF_RANGE',
      ['options', 'trials'],
    );
    const many = {
      items: Array.from({ length: 6000 }, (_, i) => ({ id: `i${i}`, status: 'todo' })),
    };
    expectPopm(() => forecastBacklog(many, { throughput: [1], trials: 10_000 }), 'LIMIT_EXCEEDED', [
      'options',
      'trials',
    ]);
    expectPopm(
      () => forecastBacklog(BACKLOG, { velocities: [1, 0], maxPeriods: 2 }),
      'LIMIT_EXCEEDED',
      ['backlog', 'items'],
    );
  });

  it('properties: percentiles non-decreasing down the backlog; deterministic per seed; inputs untouched', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 10 }),
        fc
          .array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 10 })
          .filter((v) => v.some((x) => x > 0)),
        fc.integer(),
        (estimates, velocities, seed) => {
          const backlog = frozen({
            items: estimates.map((e, i) => ({ id: `i${i}`, status: 'todo', estimate: e })),
          });
          const opts = frozen({ velocities, seed, trials: 200 });
          const r = forecastBacklog(backlog, opts);
          for (let k = 1; k < r.items.length; k++)
            expect(r.items[k]?.periods.percentiles[85]).toBeGreaterThanOrEqual(
              r.items[k - 1]?.periods.percentiles[85] as number,
            );
          for (const it of r.items)
            expect(it.periods.percentiles[50]).toBeLessThanOrEqual(it.periods.percentiles[85]);
          expect(forecastBacklog(backlog, opts)).toEqual(r);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('sprintCapacityForecast', () => {
  it('matches the Azure DevOps docs ("Forecast your product backlog", velocity 20): loads 13, 24, 21, 16, 23 and carry-overs 7, 3, 2, 6, 3 (the TSDoc example)', () => {
    const r = sprintCapacityForecast(20, frozen([8, 5, 8, 8, 8, 8, 8, 5, 5, 3, 5, 3, 8, 5, 5, 5]));
    expect(r.sprints.map((s) => s.load)).toEqual([13, 24, 21, 16, 23]);
    expect(r.sprints.map((s) => s.carriedOut)).toEqual([7, 3, 2, 6, 3]);
    expect(r.sprints.map((s) => s.capacity)).toEqual([20, 27, 23, 22, 26]);
    // Items 1–2, 3–5, 6–8, 9–12 and 13–16, as the docs list them.
    expect(r.sprints.map((s) => s.items.length)).toEqual([2, 3, 3, 4, 4]);
    expect(r.sprintOf).toEqual([1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5]);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('never splits or reorders items; a big item waits until unused velocity has built up', () => {
    const r = sprintCapacityForecast(10, [
      { id: 'a', estimate: 4 },
      { id: 'big', estimate: 25 },
      { id: 'c', estimate: 1 },
    ]);
    expect(r.sprints.map((s) => s.ids)).toEqual([['a'], [], ['big', 'c']]);
    expect(r.sprints.map((s) => s.capacity)).toEqual([10, 16, 26]);
    expect(r.sprintOf).toEqual([1, 3, 3]);
    expect(sprintCapacityForecast(0.3, [0.1, 0.2]).sprintOf).toEqual([1, 1]);
    expect(sprintCapacityForecast(5, []).sprints).toEqual([]);
    expect(sprintCapacityForecast(5, [0, 0]).sprints.map((s) => s.ids)).toEqual([['0', '1']]);
  });

  it('rejects each bad input', () => {
    expectPopm(() => sprintCapacityForecast(0, [1]), 'OUT_OF_RANGE', ['velocity']);
    expectPopm(() => sprintCapacityForecast(Number.NaN, [1]), 'INVALID_NUMBER', ['velocity']);
    expectPopm(() => sprintCapacityForecast(5, [1, -1]), 'OUT_OF_RANGE', ['loads', 1]);
    expectPopm(() => sprintCapacityForecast(5, ['3' as never]), 'INVALID_ARGUMENT', ['loads', 0]);
    expectPopm(() => sprintCapacityForecast(5, [{ id: '', estimate: 1 }]), 'INVALID_ARGUMENT', [
      'loads',
      0,
      'id',
    ]);
    expectPopm(() => sprintCapacityForecast(5, null as never), 'INVALID_ARGUMENT', ['loads']);
    expectPopm(() => sprintCapacityForecast(1e-6, [1]), 'LIMIT_EXCEEDED', ['loads']);
  });

  it('properties: order kept, all placed, each sprint within its capacity, cumulative load within cumulative velocity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 20 }),
        (v, loads) => {
          const r = sprintCapacityForecast(v, frozen(loads));
          expect(r.sprintOf.length).toBe(loads.length);
          for (let i = 1; i < r.sprintOf.length; i++)
            expect(r.sprintOf[i]).toBeGreaterThanOrEqual(r.sprintOf[i - 1] as number);
          let done = 0;
          r.sprints.forEach((s, k) => {
            expect(s.load).toBeLessThanOrEqual(s.capacity);
            done += s.load;
            expect(done).toBeLessThanOrEqual(v * (k + 1));
            expect(s.carriedOut).toBe(s.capacity - s.load);
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
