import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pertAnalysis } from '../../src/plan/pertAnalysis.js';
import { simulateSchedule } from '../../src/plan/simulateSchedule.js';
import type { Task } from '../../src/plan/types.js';
import { expectPopm, frozen, isDeepFrozen } from './helpers.js';

const chain: Task[] = [
  { id: 'A', duration: 5, estimate: { optimistic: 3, mostLikely: 5, pessimistic: 10 } },
  { id: 'B', duration: 2, dependsOn: ['A'] },
];

// Two parallel branches of equal mean: merge bias makes the finish later than PERT says.
const merge: Task[] = [
  { id: 'X', duration: 10, estimate: { optimistic: 6, mostLikely: 10, pessimistic: 14 } },
  { id: 'Y', duration: 10, estimate: { optimistic: 6, mostLikely: 10, pessimistic: 14 } },
  { id: 'Z', duration: 1, dependsOn: ['X', 'Y'] },
  { id: 'Side', duration: 1 },
];

describe('simulateSchedule', () => {
  it('matches its @example: B always critical, durations within [5, 12]', () => {
    const r = simulateSchedule(chain, { trials: 1000, seed: 42 });
    expect(r.tasks[1]?.criticalityIndex).toBe(1);
    expect(r.min).toBeGreaterThanOrEqual(5);
    expect(r.max).toBeLessThanOrEqual(12);
    expect(r.trials).toBe(1000);
    expect(r.distribution).toBe('beta-pert');
  });

  it('beta-PERT sample mean approaches the PERT mean (o + 4m + p) / 6', () => {
    const r = simulateSchedule(chain, { trials: 4000, seed: 'mean' });
    // PERT mean of A = (3 + 20 + 10) / 6 = 5.5; + B 2 = 7.5; sd of the mean ≈ 7/6/√4000 ≈ 0.02
    expect(r.mean).toBeCloseTo(7.5, 1);
    expect(r.tasks[0]?.meanDuration).toBeCloseTo(5.5, 1);
    expect(r.tasks[1]?.meanDuration).toBe(2);
  });

  it('triangular sample mean approaches (o + m + p) / 3', () => {
    const r = simulateSchedule(chain, { trials: 4000, seed: 7, distribution: 'triangular' });
    expect(r.tasks[0]?.meanDuration).toBeCloseTo(6, 1);
    expect(r.distribution).toBe('triangular');
  });

  it('splits criticality between equal parallel branches and shows merge bias', () => {
    const r = simulateSchedule(merge, { trials: 3000, seed: 1, percentiles: [50] });
    const ci = Object.fromEntries(r.tasks.map((t) => [t.id, t.criticalityIndex]));
    expect(ci.Z).toBe(1);
    expect(ci.Side).toBe(0);
    expect(ci.X).toBeGreaterThan(0.4);
    expect(ci.X).toBeLessThan(0.6);
    expect((ci.X as number) + (ci.Y as number)).toBeCloseTo(1, 6);
    // PERT says median 11; the max of two equal branches is later.
    expect(pertAnalysis(merge).mean).toBe(11);
    expect(r.percentiles[50]).toBeGreaterThan(11.3);
  });

  it('reports the requested percentiles in order, nearest-rank by default', () => {
    const r = simulateSchedule(chain, { trials: 500, seed: 3, percentiles: [95, 5, 50] });
    expect(Object.keys(r.percentiles)).toEqual(['5', '50', '95']);
    expect(r.percentiles[5]).toBeLessThanOrEqual(r.percentiles[50]);
    expect(r.percentiles[50]).toBeLessThanOrEqual(r.percentiles[95]);
    const lin = simulateSchedule(chain, {
      trials: 500,
      seed: 3,
      percentiles: [50],
      method: 'linear',
    });
    expect(lin.percentiles[50]).toBeGreaterThanOrEqual(r.min);
    const def = simulateSchedule(chain, { trials: 500, seed: 3 });
    expect(Object.keys(def.percentiles)).toEqual(['50', '70', '85', '95']);
    // The contract's defaults: 10,000 trials, seed 1.
    const bare = simulateSchedule(chain);
    expect([bare.trials, bare.seed]).toEqual([10_000, 1]);
    expect(bare.histogram.reduce((n, row) => n + row.count, 0)).toBe(10_000);
  });

  it('is deterministic for a seed, differs across seeds, and is frozen', () => {
    const input = frozen(merge);
    const a = simulateSchedule(input, { trials: 200, seed: 9 });
    const b = simulateSchedule(input, { trials: 200, seed: 9 });
    const c = simulateSchedule(input, { trials: 200, seed: 10 });
    expect(a).toEqual(b);
    expect(a.mean).not.toBe(c.mean);
    expect(isDeepFrozen(a)).toBe(true);
  });

  it('without estimates every trial is the CPM duration', () => {
    const r = simulateSchedule(
      [
        { id: 'A', duration: 3 },
        { id: 'B', duration: 4, dependsOn: ['A'] },
      ],
      { trials: 10, seed: 0 },
    );
    expect([r.min, r.max, r.mean]).toEqual([7, 7, 7]);
    expect(r.tasks.map((t) => t.criticalityIndex)).toEqual([1, 1]);
  });

  it('checks its options', () => {
    expectPopm(() => simulateSchedule(chain, { trials: 0, seed: 1 }), 'OUT_OF_RANGE', [
      'options',
      'trials',
    ]);
    expectPopm(() => simulateSchedule(chain, { trials: 2.5, seed: 1 }), 'OUT_OF_RANGE', [
      'options',
      'trials',
    ]);
    expectPopm(() => simulateSchedule(chain, { trials: 10_000_001, seed: 1 }), 'OUT_OF_RANGE', [
      'options',
      'trials',
    ]);
    for (const seed of [Number.NaN, Number.POSITIVE_INFINITY, null, {}, true])
      expectPopm(
        () => simulateSchedule(chain, { trials: 10, seed: seed as never }),
        'INVALID_ARGUMENT',
        ['options', 'seed'],
      );
    expectPopm(() => simulateSchedule(chain, null as never), 'INVALID_ARGUMENT', ['options']);
    expectPopm(
      () => simulateSchedule(chain, { trials: 10, seed: 1, percentiles: [Number.NaN] }),
      'INVALID_NUMBER',
      ['options', 'percentiles', 0],
    );
    expectPopm(
      () => simulateSchedule(chain, { trials: 10, seed: 1, percentiles: 50 as never }),
      'INVALID_ARGUMENT',
      ['options', 'percentiles'],
    );
    expectPopm(
      () => simulateSchedule(chain, { trials: 10, seed: 1, distribution: 'normal' as never }),
      'INVALID_ARGUMENT',
      ['options', 'distribution'],
    );
    expectPopm(
      () => simulateSchedule(chain, { trials: 10, seed: 1, method: 'x' as never }),
      'INVALID_ARGUMENT',
      ['options', 'method'],
    );
    expectPopm(
      () => simulateSchedule(chain, { trials: 10, seed: 1, percentiles: [101] }),
      'OUT_OF_RANGE',
      ['options', 'percentiles', 0],
    );
    expectPopm(
      () => simulateSchedule(chain, { trials: 10, seed: 1, trails: 5 } as never),
      'INVALID_ARGUMENT',
      ['options', 'trails'],
    );
    expectPopm(
      () => simulateSchedule([{ id: 'A', duration: -1 }], { trials: 1, seed: 1 }),
      'OUT_OF_RANGE',
      ['tasks', 0, 'duration'],
    );
  });

  it('criticality indexes lie in [0, 1] and the finish lies between the optimistic and pessimistic CPM (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 5 }),
            fc.integer({ min: 0, max: 5 }),
            fc.integer({ min: 0, max: 5 }),
          ),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.integer(),
        (rows, seed) => {
          const tasks: Task[] = rows.map(([a, b, c], i) => {
            const [o, m, p] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
            return {
              id: `t${i}`,
              duration: m,
              estimate: { optimistic: o, mostLikely: m, pessimistic: p },
              ...(i > 0 ? { dependsOn: [`t${i - 1}`] } : {}),
            };
          });
          const r = simulateSchedule(tasks, { trials: 30, seed });
          const lo = tasks.reduce((s, t) => s + (t.estimate?.optimistic ?? 0), 0);
          const hi = tasks.reduce((s, t) => s + (t.estimate?.pessimistic ?? 0), 0);
          expect(r.min).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(r.max).toBeLessThanOrEqual(hi + 1e-9);
          for (const t of r.tasks) {
            expect(t.criticalityIndex).toBeGreaterThanOrEqual(0);
            expect(t.criticalityIndex).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
