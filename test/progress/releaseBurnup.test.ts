import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { forecastWhenDate } from '../../src/progress/forecastWhenDate.js';
import { type ReleaseEvent, releaseBurnup } from '../../src/progress/releaseBurnup.js';
import { expectPopm, frozen, isDeepFrozen } from './helpers.js';

/*
 * The release burnup as published: one line for the total scope (it rises
 * when work is added and falls when work is removed), one line for the work
 * completed, the gap between them the work left
 * (https://bugrakilic.github.io/agilebook/7.2-burnup-chart); Atlassian's Jira
 * release chart likewise keeps scope changes apart from completed work
 * (https://www.atlassian.com/blog/archives/manage-scope-new-release-burndown-chart).
 */
const FIXTURE: readonly ReleaseEvent[] = [
  { date: '2026-03-02', kind: 'added', amount: 20, meta: { note: 'baseline' } }, // Monday
  { date: '2026-03-02', kind: 'done', amount: 1 },
  { date: '2026-03-03', kind: 'done', amount: 2 },
  { date: '2026-03-04', kind: 'added', amount: 3 },
  { date: '2026-03-04', kind: 'done', amount: 1 },
  { date: '2026-03-05', kind: 'removed', amount: 2 },
  { date: '2026-03-06', kind: 'done', amount: 3 },
  { date: '2026-03-07', kind: 'done', amount: 1 }, // Saturday: counts on Friday
  { date: '2026-03-09', kind: 'added', amount: 1 },
  { date: '2026-03-09', kind: 'done', amount: 2 },
  { date: '2026-03-20', kind: 'done', amount: 5 }, // after asOf: ignored
];

describe('releaseBurnup (issue 17)', () => {
  it('matches the hand-computed burnup of two weeks with a weekend, an addition and a removal', () => {
    const r = releaseBurnup(frozen(FIXTURE), frozen({ asOf: '2026-03-10', trials: 500 }));
    expect(r.days.map((d) => d.date)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
    ]);
    expect(r.days.map((d) => d.scope)).toEqual([20, 20, 23, 21, 21, 21, 21, 22, 22]);
    expect(r.days.map((d) => d.doneTotal)).toEqual([1, 3, 4, 4, 7, 8, 8, 10, 10]);
    expect(r.days.map((d) => d.remaining)).toEqual([19, 17, 19, 17, 14, 13, 13, 12, 12]);
    expect(r.days[3]).toEqual({
      date: '2026-03-05',
      added: 0,
      removed: 2,
      done: 0,
      scope: 21,
      doneTotal: 4,
      remaining: 17,
    });
    // Working days Mon..Fri, Mon, Tue; Saturday's 1 joins Friday's 3.
    expect(r.throughput).toEqual([1, 2, 1, 0, 4, 2, 0]);
    expect([r.scope, r.done, r.remaining]).toEqual([22, 10, 12]);
    // Net growth after the baseline day: +3 − 2 + 1 = 2 over 7 working days.
    expect(r.scopeGrowth).toEqual({ observed: 2 / 7, used: 2 / 7, source: 'history' });
    expect(r.events).toHaveLength(10);
    expect(r.events[0]?.meta).toEqual({ note: 'baseline' });
    expect(r.warnings).toEqual([
      'The forecast rests on 7 working days of history (fewer than 10).',
    ]);
    // The cone is the shared simulation: forecastWhenDate of what is left, from the next day.
    const alone = forecastWhenDate({
      throughput: [1, 2, 1, 0, 4, 2, 0],
      items: 12,
      scopeGrowth: 2 / 7,
      start: '2026-03-11',
      percentiles: [15, 50, 85],
      trials: 500,
    });
    expect(r.forecast).toEqual(alone);
    const cone = r.forecast?.dates;
    expect(cone && cone[15] <= cone[50] && cone[50] <= cone[85]).toBe(true);
  });

  it('forecasts a steady pace exactly: 4 left at 2 a working day end on Friday', () => {
    const r = releaseBurnup(
      [
        { date: '2026-03-02', kind: 'added', amount: 10 },
        { date: '2026-03-02', kind: 'done', amount: 2 },
        { date: '2026-03-03', kind: 'done', amount: 2 },
        { date: '2026-03-04', kind: 'done', amount: 2 },
      ],
      { asOf: '2026-03-04', scopeGrowth: 0 },
    );
    expect(r.forecast?.dates).toEqual({
      15: '2026-03-06',
      50: '2026-03-06',
      85: '2026-03-06',
    });
    expect(r.scopeGrowth).toEqual({ observed: 0, used: 0, source: 'options' });
  });

  it('gives no forecast, with a warning, when nothing is done or scope outgrows the work', () => {
    const none = releaseBurnup([{ date: '2026-03-02', kind: 'added', amount: 5 }], {
      asOf: '2026-03-03',
    });
    expect(none.forecast).toBeNull();
    expect(none.warnings[0]).toMatch(/Nothing is done yet/);
    const outgrown = releaseBurnup(
      [
        { date: '2026-03-02', kind: 'added', amount: 5 },
        { date: '2026-03-02', kind: 'done', amount: 1 },
        { date: '2026-03-03', kind: 'added', amount: 4 },
      ],
      { asOf: '2026-03-03' },
    );
    expect(outgrown.forecast).toBeNull();
    expect(outgrown.warnings[0]).toMatch(/never finishes/);
  });

  it('more scope growth never gives an earlier P50', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 20 }),
        fc.integer(),
        (daily, seed) => {
          fc.pre(daily.some((x) => x > 0));
          const events: ReleaseEvent[] = [{ date: '2026-03-02', kind: 'added', amount: 200 }];
          // Daily done on consecutive working days (Monday to Friday weeks).
          let day = '2026-03-02';
          for (const d of daily) {
            while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) day = addDays(day, 1);
            events.push({ date: day, kind: 'done', amount: d });
            day = addDays(day, 1);
          }
          const asOf = (events[events.length - 1] as ReleaseEvent).date;
          const mean = daily.reduce((a, b) => a + b, 0) / daily.length;
          let previous = -1;
          for (const g of [0, mean * 0.25, mean * 0.5, mean * 0.75]) {
            const r = releaseBurnup(events, { asOf, scopeGrowth: g, trials: 200, seed });
            const p50 = r.forecast?.percentiles[50] ?? Number.NaN;
            expect(p50).toBeGreaterThanOrEqual(previous);
            previous = p50;
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('growth seen in the history pushes the P50 later than the same work without it', () => {
    const base = FIXTURE.filter((e) => e.kind !== 'removed');
    const grown = [...base, { date: '2026-03-10', kind: 'added' as const, amount: 3 }];
    const a = releaseBurnup(base, { asOf: '2026-03-10', scopeGrowth: [0, 0] });
    const b = releaseBurnup(grown, { asOf: '2026-03-10' });
    expect(b.scopeGrowth.observed).toBeGreaterThan(0);
    expect(b.forecast?.percentiles[50]).toBeGreaterThan(a.forecast?.percentiles[50] ?? 0);
  });
});

/** Valid random histories: scope added and removed and work done, day by day. */
const histories = fc
  .array(
    fc.record({
      added: fc.integer({ min: 0, max: 5 }),
      removed: fc.integer({ min: 0, max: 3 }),
      done: fc.integer({ min: 0, max: 4 }),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((rows) => {
    const events: ReleaseEvent[] = [];
    let scope = 0;
    let done = 0;
    rows.forEach((row, i) => {
      const date = addDays('2026-03-02', i);
      const added = i === 0 ? row.added + 5 : row.added;
      scope += added;
      const removed = Math.min(row.removed, scope - done);
      scope -= removed;
      const d = Math.min(row.done, scope - done);
      done += d;
      if (added > 0) events.push({ date, kind: 'added', amount: added });
      if (removed > 0) events.push({ date, kind: 'removed', amount: removed });
      if (d > 0) events.push({ date, kind: 'done', amount: d });
    });
    if (events.length === 0) events.push({ date: '2026-03-02', kind: 'added', amount: 1 });
    return { events, asOf: addDays('2026-03-02', rows.length - 1) };
  });

describe('releaseBurnup with weekly periods (issue 17)', () => {
  it('matches the hand-computed weeks of the fixture: 7 days back from asOf, the oldest week short', () => {
    const r = releaseBurnup(
      frozen(FIXTURE),
      frozen({ asOf: '2026-03-10', period: 'week', trials: 500 }),
    );
    // 9 days, 2026-03-02..10: the week 03-04..03-10, and before it 03-02..03-03.
    expect(r.weeks).toEqual([
      {
        start: '2026-03-02',
        end: '2026-03-03',
        added: 20,
        removed: 0,
        done: 3,
        scope: 20,
        doneTotal: 3,
        remaining: 17,
      },
      {
        start: '2026-03-04',
        end: '2026-03-10',
        added: 4,
        removed: 2,
        done: 7,
        scope: 22,
        doneTotal: 10,
        remaining: 12,
      },
    ]);
    expect(r.days).toEqual(releaseBurnup(FIXTURE, { asOf: '2026-03-10', trials: 500 }).days);
    expect([r.period, r.unit]).toEqual(['week', 'weeks']);
    expect(r.throughput).toEqual([3, 7]);
    // Net growth after the baseline day: +3 − 2 + 1 = 2 over 2 weeks.
    expect(r.scopeGrowth).toEqual({ observed: 1, used: 1, source: 'history' });
    expect(r.warnings).toEqual(['The forecast rests on 2 weeks of history (fewer than 10).']);
    const alone = forecastWhenDate({
      throughput: [3, 7],
      items: 12,
      scopeGrowth: 1,
      start: '2026-03-11',
      unit: 'calendar-days',
      periodDays: 7,
      percentiles: [15, 50, 85],
      trials: 500,
    });
    expect(r.forecast).toEqual(alone);
  });

  it('forecasts a steady pace exactly: 20 left at 10 a week end two weeks after asOf (Sunday 29 March)', () => {
    const history: ReleaseEvent[] = [{ date: '2026-03-02', kind: 'added', amount: 40 }];
    for (let d = 0; d < 12; d++) {
      const date = addDays('2026-03-02', d);
      if (d !== 5 && d !== 6) history.push({ date, kind: 'done', amount: 2 });
    }
    const options = { asOf: '2026-03-15', scopeGrowth: 0 } as const;
    const weekly = releaseBurnup(history, { ...options, period: 'week' });
    expect(weekly.throughput).toEqual([10, 10]);
    expect(weekly.forecast?.dates).toEqual({
      15: '2026-03-29',
      50: '2026-03-29',
      85: '2026-03-29',
    });
    // By working days the same pace ends on Friday 27 March (10 working days from Monday 16).
    const daily = releaseBurnup(history, options);
    expect(daily.forecast?.dates[50]).toBe('2026-03-27');
  });

  it("keeps the default: no period is period 'day', with weeks null", () => {
    const a = releaseBurnup(FIXTURE, { asOf: '2026-03-10', trials: 300 });
    const b = releaseBurnup(FIXTURE, { asOf: '2026-03-10', trials: 300, period: 'day' });
    expect(b).toEqual(a);
    expect([a.period, a.unit, a.weeks]).toEqual(['day', 'working-days', null]);
  });

  it('rejects an unknown period at its path', () => {
    expectPopm(
      () => releaseBurnup(FIXTURE, { asOf: '2026-03-10', period: 'month' as never }),
      'INVALID_ARGUMENT',
      ['options', 'period'],
    );
  });

  it('property: weeks partition the days; their done sums to the total; the last ends on asOf', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 5 }), (span, step) => {
        const history: ReleaseEvent[] = [{ date: '2026-03-02', kind: 'added', amount: 1000 }];
        for (let d = 0; d <= span; d += step)
          history.push({ date: addDays('2026-03-02', d), kind: 'done', amount: 1 });
        const asOf = addDays('2026-03-02', span);
        const r = releaseBurnup(history, { asOf, period: 'week', trials: 100 });
        const weeks = r.weeks ?? [];
        expect(weeks.length).toBe(Math.ceil((span + 1) / 7));
        expect(weeks[weeks.length - 1]?.end).toBe(asOf);
        expect(weeks.reduce((t, w) => t + w.done, 0)).toBe(r.done);
        for (let i = 1; i < weeks.length; i++)
          expect(weeks[i]?.start).toBe(addDays(weeks[i - 1]?.end as string, 1));
        expect(isDeepFrozen(r)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('releaseBurnup properties (issue 17)', () => {
  it('done never exceeds scope; scope changes never move done; deterministic, unmutated, frozen', () => {
    fc.assert(
      fc.property(
        histories,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 1, max: 9 })), {
          maxLength: 5,
        }),
        ({ events, asOf }, extra) => {
          const input = frozen(events);
          const options = frozen({ asOf, trials: 100, seed: 'x', scopeGrowth: 0 });
          const r = releaseBurnup(input, options);
          expect(input).toEqual(events);
          expect(isDeepFrozen(r)).toBe(true);
          expect(releaseBurnup(input, options)).toEqual(r);
          for (const d of r.days) {
            expect(d.doneTotal).toBeLessThanOrEqual(d.scope);
            expect(d.remaining).toBe(d.scope - d.doneTotal);
          }
          // More scope, never more or less done.
          const more = [
            ...events,
            ...extra.map(([i, amount]) => ({
              date: addDays('2026-03-02', Math.min(i, r.days.length - 1)),
              kind: 'added' as const,
              amount,
            })),
          ];
          const m = releaseBurnup(more, options);
          expect(m.days.map((d) => d.doneTotal)).toEqual(r.days.map((d) => d.doneTotal));
          expect(m.throughput).toEqual(r.throughput);
          expect(m.scope).toBe(r.scope + extra.reduce((a, [, x]) => a + x, 0));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects bad input with a PopmError at the path of the bad value', () => {
    const ok: ReleaseEvent[] = [{ date: '2026-03-02', kind: 'added', amount: 3 }];
    const asOf = '2026-03-03';
    expectPopm(() => releaseBurnup(null as never, { asOf }), 'INVALID_ARGUMENT', ['history']);
    expectPopm(() => releaseBurnup([7] as never, { asOf }), 'INVALID_ARGUMENT', ['history', 0]);
    // biome-ignore lint/suspicious/noSparseArray: a hole is hostile input
    expectPopm(() => releaseBurnup([, ...ok] as never, { asOf }), 'INVALID_ARGUMENT', [
      'history',
      0,
    ]);
    expectPopm(
      () => releaseBurnup([{ date: '2026-02-30', kind: 'added', amount: 1 }], { asOf }),
      'INVALID_DATE',
      ['history', 0, 'date'],
    );
    expectPopm(
      () => releaseBurnup([{ date: '2026-03-02', kind: 'finished', amount: 1 }] as never, { asOf }),
      'INVALID_ARGUMENT',
      ['history', 0, 'kind'],
    );
    expectPopm(
      () => releaseBurnup([{ date: '2026-03-02', kind: 'added', amount: -1 }], { asOf }),
      'OUT_OF_RANGE',
      ['history', 0, 'amount'],
    );
    expectPopm(
      () => releaseBurnup([{ date: '2026-03-02', kind: 'added', amout: 1 }] as never, { asOf }),
      'INVALID_ARGUMENT',
      ['history', 0, 'amout'],
    );
    expectPopm(
      () => releaseBurnup([...ok, { date: '2026-03-03', kind: 'done', amount: 4 }], { asOf }),
      'INVALID_ARGUMENT',
      ['history', 1],
    );
    expectPopm(() => releaseBurnup(ok, { asOf: '2026-03-01' }), 'EMPTY_INPUT', ['history']);
    expectPopm(() => releaseBurnup(ok, undefined as never), 'INVALID_ARGUMENT', ['options']);
    expectPopm(() => releaseBurnup(ok, {} as never), 'INVALID_DATE', ['options', 'asOf']);
    expectPopm(() => releaseBurnup(ok, { asOf, trails: 5 } as never), 'INVALID_ARGUMENT', [
      'options',
      'trails',
    ]);
    expectPopm(() => releaseBurnup(ok, { asOf, trials: 0 }), 'OUT_OF_RANGE', ['options', 'trials']);
    expectPopm(() => releaseBurnup(ok, { asOf, scopeGrowth: -1 }), 'OUT_OF_RANGE', [
      'options',
      'scopeGrowth',
    ]);
    expectPopm(
      () =>
        releaseBurnup([...ok, { date: '2026-03-02', kind: 'done', amount: 1 }], {
          asOf,
          scopeGrowth: 5,
        }),
      'LIMIT_EXCEEDED',
      ['options', 'scopeGrowth'],
    );
    const getter = Object.defineProperty({ kind: 'added', amount: 1 }, 'date', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expectPopm(() => releaseBurnup([getter] as never, { asOf }), 'INVALID_ARGUMENT');
    const trap = new Proxy([], {
      get() {
        throw new Error('proxy trap');
      },
    });
    expectPopm(() => releaseBurnup(trap as never, { asOf }), 'INVALID_ARGUMENT', ['history']);
    // The array Proxy is refused where it stands (core's requireArray reads its length safely).
    expectPopm(() => releaseBurnup(ok, { asOf, scopeGrowth: trap as never }), 'INVALID_ARGUMENT', [
      'options',
      'scopeGrowth',
    ]);
  });

  it('follows the shard contract: the forecast of a shard is a simulation part', () => {
    const r = releaseBurnup(FIXTURE, {
      asOf: '2026-03-10',
      trials: 256,
      shard: { index: 0, count: 2 },
    });
    expect(r.forecast?.kind).toBe('popm.simulation-part');
  });
});
