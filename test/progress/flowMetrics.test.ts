import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cumulativeFlow } from '../../src/progress/cumulativeFlow.js';
import { flowMetrics } from '../../src/progress/flowMetrics.js';
import type { WorkItem } from '../../src/progress/workItem.js';
import { workItemAge } from '../../src/progress/workItemAge.js';
import { expectPopm, frozen, isDeepFrozen } from './helpers.js';

const day = (n: number): string => new Date(Date.UTC(2026, 2, 1 + n)).toISOString().slice(0, 10);

const EXAMPLE: WorkItem[] = [
  { id: 'a', createdOn: '2026-03-01', startedOn: '2026-03-02', finishedOn: '2026-03-04' },
  { id: 'b', createdOn: '2026-03-01', startedOn: '2026-03-03', finishedOn: '2026-03-03' },
  { id: 'c', createdOn: '2026-03-02', startedOn: '2026-03-04' },
];

describe('flowMetrics', () => {
  it('gives the TSDoc example: end-of-day WIP [1, 1, 1, 1], throughput 2, cycle time P50 1', () => {
    const r = flowMetrics(frozen(EXAMPLE), frozen({ from: '2026-03-02', to: '2026-03-05' }));
    // b starts and finishes on the 3rd: done at the end of the day, never WIP;
    // a finishes on the 4th, the day c starts.
    expect(r.daily.map((d) => d.wip)).toEqual([1, 1, 1, 1]);
    expect(r.daily.map((d) => d.throughput)).toEqual([0, 1, 1, 0]);
    expect(r.throughput).toEqual({ total: 2, mean: 0.5 });
    expect(r.wip).toEqual({ mean: 1, max: 1 });
    expect(r.unit).toBe('calendar-days');
    expect(r.cycleTime).toEqual({
      count: 2,
      mean: 2,
      stdDev: Math.SQRT2,
      min: 1,
      max: 3,
      percentiles: { 50: 1, 70: 3, 85: 3, 95: 3 },
    });
    expect(r.leadTime?.percentiles[50]).toBe(3);
    expect(r.littlesLaw).toEqual({
      averageWip: 1,
      averageThroughput: 0.5,
      estimatedCycleTime: 3, // 1 / 0.5, plus the finish day
      measuredCycleTime: 2,
    });
    expect(r.days).toBe(4);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('reads percentiles by nearest rank by default (k = ceil(p/100 · n), Vacanti/ActionableAgile scatterplot lines) or linearly', () => {
    // Cycle times 1..10.
    const items = Array.from({ length: 10 }, (_, i) => ({
      id: `i${i}`,
      createdOn: day(0),
      startedOn: day(0),
      finishedOn: day(i),
    }));
    const nr = flowMetrics(items, { from: day(0), to: day(20) });
    expect(nr.cycleTime?.percentiles).toEqual({ 50: 5, 70: 7, 85: 9, 95: 10 });
    const lin = flowMetrics(items, {
      from: day(0),
      to: day(20),
      percentiles: [85],
      method: 'linear',
    });
    expect(lin.cycleTime?.percentiles[85]).toBeCloseTo(8.65, 12);
  });

  it("agrees with Little's Law on a stable window: items all inside it give estimate = measured mean", () => {
    const items = [
      { id: 'a', createdOn: day(0), startedOn: day(1), finishedOn: day(3) },
      { id: 'b', createdOn: day(0), startedOn: day(2), finishedOn: day(6) },
      { id: 'c', createdOn: day(0), startedOn: day(5), finishedOn: day(5) },
    ];
    const r = flowMetrics(items, { from: day(0), to: day(9) });
    // Σ end-of-day WIP = Σ (finish − start) = 2 + 4 + 0; 6 / 3 + 1 = 3 = mean of 3, 5, 1.
    expect(r.littlesLaw.estimatedCycleTime).toBeCloseTo(3, 12);
    expect(r.littlesLaw.measuredCycleTime).toBe(3);
  });

  it('gives null summaries when nothing finished in the window', () => {
    const r = flowMetrics([{ id: 'x', createdOn: day(0), startedOn: day(0) }], {
      from: day(0),
      to: day(2),
    });
    expect(r.cycleTime).toBeNull();
    expect(r.leadTime).toBeNull();
    expect(r.littlesLaw.estimatedCycleTime).toBeNull();
    expect(r.littlesLaw.measuredCycleTime).toBeNull();
    expect(r.wip.mean).toBe(1);
  });

  it('rejects each bad input with its rule and path', () => {
    expectPopm(
      () => flowMetrics(EXAMPLE, { from: '2026-03-05', to: '2026-03-02' }),
      'INVALID_DATE',
      ['options', 'to'],
    );
    expectPopm(() => flowMetrics(EXAMPLE, { from: 'x', to: '2026-03-02' }), 'INVALID_DATE', [
      'options',
      'from',
    ]);
    expectPopm(
      () => flowMetrics(EXAMPLE, { from: '1900-01-01', to: '2026-03-02' }),
      'LIMIT_EXCEEDED',
      ['options', 'to'],
    );
    expectPopm(
      () => flowMetrics(EXAMPLE, { from: day(0), to: day(1), percentiles: [0] }),
      'OUT_OF_RANGE',
      ['options', 'percentiles', 0],
    );
    expectPopm(
      () => flowMetrics(EXAMPLE, { from: day(0), to: day(1), percentiles: [101] }),
      'OUT_OF_RANGE',
      ['options', 'percentiles', 0],
    );
    expectPopm(
      () => flowMetrics(EXAMPLE, { from: day(0), to: day(1), percentiles: [50, 50] }),
      'INVALID_ARGUMENT',
      ['options', 'percentiles', 1],
    );
    expectPopm(
      () => flowMetrics(EXAMPLE, { from: day(0), to: day(1), percentiles: [] }),
      'EMPTY_INPUT',
      ['options', 'percentiles'],
    );
    expectPopm(
      () => flowMetrics(EXAMPLE, { from: day(0), to: day(1), method: 'mean' as never }),
      'INVALID_ARGUMENT',
      ['options', 'method'],
    );
    expectPopm(
      () => flowMetrics([...EXAMPLE, EXAMPLE[0] as WorkItem], { from: day(0), to: day(1) }),
      'DUPLICATE_ID',
      ['items', 3, 'id'],
    );
    expectPopm(() => flowMetrics(EXAMPLE, undefined as never), 'INVALID_ARGUMENT', ['options']);
    expectPopm(() => flowMetrics({} as never, { from: day(0), to: day(1) }), 'INVALID_ARGUMENT', [
      'items',
    ]);
  });

  it('properties: Σ throughput = items finished in the window; WIP >= 0; frozen; input untouched; deterministic', () => {
    const item = fc
      .tuple(fc.nat(20), fc.option(fc.nat(10)), fc.option(fc.nat(10)))
      .map(([c, s, f]) => ({ c, s, f }));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), (raw) => {
        const items: WorkItem[] = raw.map(({ c, s, f }, i) => {
          const it: { id: string; createdOn: string; startedOn?: string; finishedOn?: string } = {
            id: `i${i}`,
            createdOn: day(c),
          };
          if (s !== null) {
            it.startedOn = day(c + s);
            if (f !== null) it.finishedOn = day(c + s + f);
          }
          return it;
        });
        const input = frozen(items);
        const r = flowMetrics(input, { from: day(5), to: day(25) });
        expect(isDeepFrozen(r)).toBe(true);
        const finished = items.filter(
          (x) => x.finishedOn !== undefined && x.finishedOn >= day(5) && x.finishedOn <= day(25),
        );
        expect(r.throughput.total).toBe(finished.length);
        for (const d of r.daily) expect(d.wip).toBeGreaterThanOrEqual(0);
        expect(flowMetrics(input, { from: day(5), to: day(25) })).toEqual(r);
      }),
      { numRuns: 100 },
    );
  });
});

describe('workItemAge', () => {
  const done = (id: string, s: string, f: string): WorkItem => ({
    id,
    createdOn: s,
    startedOn: s,
    finishedOn: f,
  });

  it('gives the TSDoc example: age 3 has passed P50 (2) but not P85 (4)', () => {
    const r = workItemAge(
      frozen([
        done('a', '2026-03-02', '2026-03-03'),
        done('b', '2026-03-02', '2026-03-05'),
        { id: 'c', createdOn: '2026-03-06', startedOn: '2026-03-06' },
      ]),
      '2026-03-08',
      { percentiles: [50, 85] },
    );
    expect(r.items).toEqual([{ id: 'c', startedOn: '2026-03-06', age: 3, passed: 50, next: 85 }]);
    expect(r.percentiles).toEqual({ 50: 2, 85: 4 });
    expect(r.historyCount).toBe(2);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('counts an item started today as 1 day old (ActionableAgile aging chart), sorts oldest first, keeps type and assignee', () => {
    const items: WorkItem[] = [
      { id: 'b', createdOn: day(0), startedOn: day(5), type: 'bug', assignee: 'p1' },
      { id: 'a', createdOn: day(0), startedOn: day(2) },
      { id: 'z', createdOn: day(0), startedOn: day(5) },
      { id: 'later', createdOn: day(0), startedOn: day(9) }, // not started yet on day 5
      { id: 'old', createdOn: day(0), startedOn: day(0), finishedOn: day(9) }, // in progress on day 5
      { id: 'q', createdOn: day(0) }, // never started
    ];
    const r = workItemAge(items, day(5));
    expect(r.items.map((i) => [i.id, i.age])).toEqual([
      ['old', 6],
      ['a', 4],
      ['b', 1],
      ['z', 1],
    ]);
    expect(r.items[2]).toEqual({
      id: 'b',
      startedOn: day(5),
      age: 1,
      passed: null,
      next: null,
      type: 'bug',
      assignee: 'p1',
    });
    expect(r.percentiles).toEqual({});
    expect(r.historyCount).toBe(0);
  });

  it('marks an item past every percentile with next = null', () => {
    const r = workItemAge(
      [done('a', day(0), day(0)), { id: 'x', createdOn: day(0), startedOn: day(0) }],
      day(9),
    );
    expect(r.items[0]?.passed).toBe(95);
    expect(r.items[0]?.next).toBeNull();
  });

  it('rejects each bad input', () => {
    expectPopm(() => workItemAge([], 'today'), 'INVALID_DATE', ['asOf']);
    expectPopm(() => workItemAge([], day(0), { percentiles: [-5] }), 'OUT_OF_RANGE', [
      'options',
      'percentiles',
      0,
    ]);
    expectPopm(() => workItemAge([], day(0), { method: 'x' as never }), 'INVALID_ARGUMENT', [
      'options',
      'method',
    ]);
    expectPopm(
      () => workItemAge([done('a', day(0), day(0)), done('a', day(0), day(0))], day(0)),
      'DUPLICATE_ID',
      ['items', 1, 'id'],
    );
  });
});

describe('cumulativeFlow', () => {
  it('gives the TSDoc example', () => {
    const r = cumulativeFlow(
      frozen<WorkItem[]>([
        { id: 'a', createdOn: '2026-03-02', startedOn: '2026-03-03', finishedOn: '2026-03-04' },
        { id: 'b', createdOn: '2026-03-03' },
      ]),
      frozen({ from: '2026-03-02', to: '2026-03-04', states: ['todo', 'doing', 'done'] }),
    );
    expect(r.days.map((d) => d.counts)).toEqual([
      { todo: 1, doing: 0, done: 0 },
      { todo: 1, doing: 1, done: 0 },
      { todo: 1, doing: 0, done: 1 },
    ]);
    expect(r.days.map((d) => d.arrivals)).toEqual([
      { todo: 1, doing: 0, done: 0 },
      { todo: 2, doing: 1, done: 0 },
      { todo: 2, doing: 1, done: 1 },
    ]);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('follows transitions (last state of the day wins; items before the window carry in)', () => {
    const items: WorkItem[] = [
      {
        id: 'a',
        createdOn: day(0),
        transitions: [
          { state: 'dev', on: day(2) },
          { state: 'test', on: day(4) },
          { state: 'dev', on: day(4) }, // bounced back the same day
          { state: 'done', on: day(6) },
        ],
      },
      {
        id: 'b',
        createdOn: day(3),
        transitions: [
          { state: 'backlog', on: day(3) },
          { state: 'test', on: day(5) },
        ],
      },
    ];
    const r = cumulativeFlow(items, {
      from: day(1),
      to: day(6),
      states: ['backlog', 'dev', 'test', 'done'],
    });
    expect(r.days.map((d) => Object.values(d.counts))).toEqual([
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [1, 1, 0, 0],
      [1, 1, 0, 0],
      [0, 1, 1, 0],
      [0, 0, 1, 1],
    ]);
  });

  it('rejects unknown states, too few or repeated states, and bad windows', () => {
    const opts = { from: day(0), to: day(3), states: ['todo', 'done'] };
    expectPopm(
      () =>
        cumulativeFlow(
          [
            {
              id: 'a',
              createdOn: day(0),
              transitions: [
                { state: 'todo', on: day(0) },
                { state: 'qa', on: day(1) },
              ],
            },
          ],
          opts,
        ),
      'INVALID_ARGUMENT',
      ['items', 0, 'transitions', 1, 'state'],
    );
    expectPopm(() => cumulativeFlow([], { ...opts, states: ['one'] }), 'INVALID_ARGUMENT', [
      'options',
      'states',
    ]);
    expectPopm(() => cumulativeFlow([], { ...opts, states: ['a', 'a'] }), 'INVALID_ARGUMENT', [
      'options',
      'states',
      1,
    ]);
    expectPopm(() => cumulativeFlow([], { ...opts, to: day(-1) }), 'INVALID_DATE', [
      'options',
      'to',
    ]);
    expectPopm(() => cumulativeFlow([], { ...opts, from: '1000-01-01' }), 'LIMIT_EXCEEDED', [
      'options',
      'to',
    ]);
    expectPopm(() => cumulativeFlow([], null as never), 'INVALID_ARGUMENT', ['options']);
  });

  it('property: every created item is counted exactly once per day; input untouched', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(10), fc.nat(5), fc.nat(5)), { maxLength: 15 }),
        (raw) => {
          const items: WorkItem[] = frozen(
            raw.map(([c, s, f], i) => ({
              id: `i${i}`,
              createdOn: day(c),
              startedOn: day(c + s),
              finishedOn: day(c + s + f),
            })),
          );
          const r = cumulativeFlow(items, {
            from: day(0),
            to: day(20),
            states: ['todo', 'doing', 'done'],
          });
          r.days.forEach((d, k) => {
            const created = raw.filter(([c]) => c <= k).length;
            expect((d.counts.todo ?? 0) + (d.counts.doing ?? 0) + (d.counts.done ?? 0)).toBe(
              created,
            );
            expect(d.arrivals.todo).toBe(created);
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
