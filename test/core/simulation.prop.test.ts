import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimulationPart } from '../../src/core/simulation.js';
import {
  createRiskRegister,
  forecastBacklog,
  forecastFeatures,
  forecastHowMany,
  forecastWhen,
  forecastWhenDate,
  mergeSimulations,
  simulateRiskCost,
  simulateSchedule,
} from '../../src/index.js';
import { deepFreezeInput } from '../helpers/freeze.js';

// Issue 20: for random inputs, seeds and shard counts 1–7, the merge of the
// shards equals the unsharded result (same JSON), and the order of the parts
// does not matter.

const seed = fc.oneof(fc.integer(), fc.string({ maxLength: 8 }));
const trials = fc.integer({ min: 1, max: 120 });
const count = fc.integer({ min: 1, max: 7 });
const history = fc
  .array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 12 })
  .filter((h) => h.some((x) => x > 0));
const fractional = fc
  .array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 1, maxLength: 8 })
  .filter((h) => h.some((x) => x > 0.01));

/** Runs `run` unsharded and in `n` shards, merges the shards in a shuffled order. */
function check<R>(
  run: (shard?: { index: number; count: number }) => unknown,
  n: number,
  order: readonly number[],
): void {
  const whole = JSON.stringify(run());
  const parts = Array.from({ length: n }, (_, index) =>
    run({ index, count: n }),
  ) as SimulationPart<R>[];
  const shuffled = [...parts].sort(
    (a, b) =>
      (order[a.shard.index % order.length] ?? 0) - (order[b.shard.index % order.length] ?? 0),
  );
  expect(JSON.stringify(mergeSimulations(shuffled))).toBe(whole);
  expect(JSON.stringify(mergeSimulations([...parts].reverse()))).toBe(whole);
}

const order = fc.array(fc.integer(), { minLength: 7, maxLength: 7 });
const opts = { numRuns: 25 };

describe('mergeSimulations equals the unsharded run (property)', () => {
  it('forecastWhen, with split rate and scope growth', () => {
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 0, max: 30 }),
        seed,
        trials,
        count,
        order,
        (h, items, s, t, n, o) => {
          const input = deepFreezeInput({
            throughput: h,
            items,
            seed: s,
            trials: t,
            splitRate: [1, 1.5] as [number, number],
            scopeGrowth: [0, 0.1] as [number, number],
          });
          check((shard) => forecastWhen(shard ? { ...input, shard } : input), n, o);
        },
      ),
      opts,
    );
  });

  it('forecastHowMany, with fractional histories', () => {
    fc.assert(
      fc.property(
        fractional,
        fc.integer({ min: 1, max: 20 }),
        seed,
        trials,
        count,
        order,
        (h, periods, s, t, n, o) => {
          const input = deepFreezeInput({
            throughput: h,
            periods,
            seed: s,
            trials: t,
            method: 'linear' as const,
          });
          check((shard) => forecastHowMany(shard ? { ...input, shard } : input), n, o);
        },
      ),
      opts,
    );
  });

  it('forecastWhenDate in calendar days', () => {
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 0, max: 20 }),
        seed,
        trials,
        count,
        order,
        (h, items, s, t, n, o) => {
          const input = deepFreezeInput({
            throughput: h,
            items,
            seed: s,
            trials: t,
            start: '2026-03-02',
            unit: 'calendar-days' as const,
          });
          check((shard) => forecastWhenDate(shard ? { ...input, shard } : input), n, o);
        },
      ),
      opts,
    );
  });

  it('forecastBacklog and forecastFeatures', () => {
    fc.assert(
      fc.property(
        history,
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 3 }),
        seed,
        trials,
        count,
        order,
        (h, sizes, wip, s, t, n, o) => {
          const backlog = deepFreezeInput({
            items: sizes.map((e, i) => ({ id: `i${i}`, status: 'todo', estimate: e })),
          });
          const bo = deepFreezeInput({ velocities: h, seed: s, trials: t, start: '2026-03-02' });
          check((shard) => forecastBacklog(backlog, shard ? { ...bo, shard } : bo), n, o);
          const features = deepFreezeInput(sizes.map((items, i) => ({ id: `f${i}`, items })));
          const fo = deepFreezeInput({ throughput: h, seed: s, trials: t, wipLimit: wip });
          check((shard) => forecastFeatures(features, shard ? { ...fo, shard } : fo), n, o);
        },
      ),
      opts,
    );
  });

  it('simulateRiskCost', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.integer({ min: 0, max: 1000 }),
            fc.integer({ min: 0, max: 1000 }),
            fc.boolean(),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        seed,
        trials,
        count,
        order,
        (rows, s, t, n, o) => {
          const register = createRiskRegister(
            rows.map(([p, a, b, threat], i) => ({
              id: `R${i}`,
              title: 'r',
              kind: threat ? ('threat' as const) : ('opportunity' as const),
              probability: p,
              costImpact: { min: Math.min(a, b), mostLikely: Math.min(a, b), max: Math.max(a, b) },
              scheduleImpactDays: { min: 0, mostLikely: 1, max: 3 },
            })),
          );
          const ro = { seed: s, trials: t, residual: false };
          check((shard) => simulateRiskCost(register, shard ? { ...ro, shard } : ro), n, o);
        },
      ),
      opts,
    );
  });

  it('simulateSchedule, both distributions', () => {
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
        fc.boolean(),
        seed,
        trials,
        count,
        order,
        (rows, tri, s, t, n, o) => {
          const tasks = deepFreezeInput(
            rows.map(([a, b, c], i) => {
              const [lo, m, hi] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
              return {
                id: `t${i}`,
                duration: m,
                estimate: { optimistic: lo, mostLikely: m, pessimistic: hi },
                ...(i > 1 ? { dependsOn: [`t${i - 2}`] } : {}),
              };
            }),
          );
          const so = {
            seed: s,
            trials: t,
            distribution: tri ? ('triangular' as const) : ('beta-pert' as const),
          };
          check((shard) => simulateSchedule(tasks, shard ? { ...so, shard } : so), n, o);
        },
      ),
      opts,
    );
  });
});
