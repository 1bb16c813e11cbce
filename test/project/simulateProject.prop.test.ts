/**
 * Properties of simulateProject (issue 19): adding a risk never moves a
 * percentile earlier, shards merge to the run in one piece, with no risks
 * it is simulateSchedule, and the outputs are frozen and deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/freeze.js';
import { hashSeed } from '../../src/core/internal/stream.js';
import type { Resource } from '../../src/plan/resources.js';
import { simulateSchedule } from '../../src/plan/simulateSchedule.js';
import type { LinkType, Task } from '../../src/plan/types.js';
import {
  compileProject,
  readProjectOptions,
} from '../../src/project/internal/simulateProjectCompile.js';
import { runProjectTrials } from '../../src/project/internal/simulateProjectKernel.js';
import { mergeSimulations } from '../../src/project/mergeSimulations.js';
import { type SimulateProjectInput, simulateProject } from '../../src/project/simulateProject.js';
import type { Risk } from '../../src/risk/types.js';
import { isDeepFrozen } from '../plan/helpers.js';

const threePoint = fc
  .tuple(
    fc.integer({ min: 0, max: 8 }),
    fc.integer({ min: 0, max: 8 }),
    fc.integer({ min: 0, max: 8 }),
  )
  .map(([a, b, c]) => [a, b, c].sort((x, y) => x - y) as [number, number, number]);

/** A task row: estimate or fixed duration, up to two links to earlier tasks, a cost, an assignment. */
const taskRow = (links: readonly LinkType[]) =>
  fc.record({
    points: threePoint,
    estimated: fc.boolean(),
    preds: fc.array(
      fc.tuple(fc.nat(), fc.constantFrom(...links), fc.integer({ min: -1, max: 2 })),
      {
        maxLength: 2,
      },
    ),
    cost: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    units: fc.option(fc.constantFrom(0.5, 1, 2), { nil: undefined }),
  });

/** Random tasks (1..7), links only to earlier tasks, with the given link types. */
function tasksArb(links: readonly LinkType[] = ['FS', 'SS']): fc.Arbitrary<Task[]> {
  return fc.array(taskRow(links), { minLength: 1, maxLength: 7 }).map((rows) =>
    rows.map((row, i): Task => {
      const [o, m, p] = row.points;
      const seen = new Set<number>();
      const dependsOn =
        i === 0
          ? []
          : row.preds.flatMap(([k, type, lag]) => {
              const pred = k % i;
              if (seen.has(pred)) return [];
              seen.add(pred);
              return [{ id: `t${pred}`, type, lag }];
            });
      return {
        id: `t${i}`,
        duration: m,
        ...(row.estimated ? { estimate: { optimistic: o, mostLikely: m, pessimistic: p } } : {}),
        ...(dependsOn.length > 0 ? { dependsOn } : {}),
        ...(row.cost === undefined ? {} : { cost: row.cost }),
        ...(row.units === undefined
          ? {}
          : { assignments: [{ resource: 'dev', units: row.units }] }),
      };
    }),
  );
}

const resources: Resource[] = [{ id: 'dev', unitsPerDay: 2, costPerDay: 100 }];

/** A random risk row (linked to task indexes modulo the plan's size). */
const riskRow = fc.record({
  probability: fc.constantFrom(0, 0.2, 0.5, 0.9, 1),
  days: fc.option(threePoint, { nil: undefined }),
  cost: fc.option(threePoint, { nil: undefined }),
  fixed: fc.boolean(),
  tasks: fc.array(fc.nat(), { maxLength: 3 }),
});

/** Random threats (0..4) linked to the plan's tasks. */
function risksArb(n: number, kind: Risk['kind'] = 'threat', ids = 'r'): fc.Arbitrary<Risk[]> {
  return fc.array(riskRow, { maxLength: 4 }).map((rows) =>
    rows.map((row, r): Risk => {
      const tasks = [...new Set(row.tasks.map((k) => `t${k % n}`))];
      const point = ([a, b, c]: [number, number, number]) =>
        row.fixed ? c : { min: a, mostLikely: b, max: c };
      return {
        id: `${ids}${r}`,
        title: `Risk ${r}`,
        kind,
        probability: row.probability,
        ...(row.days === undefined ? {} : { scheduleImpactDays: point(row.days) }),
        ...(row.cost === undefined ? {} : { costImpact: point(row.cost) }),
        tasks,
      };
    }),
  );
}

/** A random plan with its resources and threats. */
function planArb(links: readonly LinkType[] = ['FS', 'SS']): fc.Arbitrary<SimulateProjectInput> {
  return tasksArb(links).chain((tasks) =>
    risksArb(tasks.length).map((risks) => ({ tasks, resources, risks })),
  );
}

const PERCENTILES = [1, 10, 25, 50, 75, 80, 90, 99, 100];

describe('simulateProject properties', () => {
  it('adding a threat never moves a finish or cost percentile earlier (FS/SS plans; same seed)', () => {
    fc.assert(
      fc.property(
        planArb().chain((plan) =>
          fc.tuple(
            fc.constant(plan),
            risksArb(plan.tasks.length, 'threat', 'new').filter((r) => r.length > 0),
          ),
        ),
        fc.integer({ min: 0, max: 4 }),
        fc.integer(),
        ([plan, extra], at, seed) => {
          const risks = [...(plan.risks ?? [])];
          risks.splice(at % (risks.length + 1), 0, ...extra.slice(0, 1));
          const opts = { trials: 64, seed, percentiles: PERCENTILES };
          const before = simulateProject(plan, opts);
          const after = simulateProject({ ...plan, risks }, opts);
          for (const p of PERCENTILES) {
            const k = p as 50;
            const [f0, f1] = [
              before.finish.percentiles[k] as number,
              after.finish.percentiles[k] as number,
            ];
            const [c0, c1] = [
              before.cost.percentiles[k] as number,
              after.cost.percentiles[k] as number,
            ];
            expect(f1).toBeGreaterThanOrEqual(f0 - 1e-9);
            expect(c1).toBeGreaterThanOrEqual(c0 - 1e-6);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it("the tornado's shortcuts (risk off the critical path, a critical chain around it) give exactly what re-running the schedule gives", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<readonly LinkType[]>(['FS'], ['FS', 'SS'], ['FS', 'SS', 'FF', 'SF']),
        fc.integer(),
        (links, seed) => {
          const plan = fc.sample(planArb(links), { seed, numRuns: 1 })[0] as SimulateProjectInput;
          const kernel = compileProject(plan, readProjectOptions(undefined)).kernel;
          const sim = { key: hashSeed(seed), start: 0, end: 40 };
          const fast = runProjectTrials(kernel, sim, true);
          const slow = runProjectTrials(kernel, sim, false);
          expect(fast.finishWithout).toEqual(slow.finishWithout);
          expect(fast.costWithout).toEqual(slow.costWithout);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('merge of shards (counts 1–7, any order) equals the unsharded run (same JSON)', () => {
    fc.assert(
      fc.property(
        planArb(['FS', 'SS', 'FF', 'SF']),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 300 }),
        fc.oneof(fc.integer(), fc.string()),
        fc.boolean(),
        fc.integer(),
        (plan, count, trials, seed, dated, order) => {
          const opts = { trials, seed, ...(dated ? { start: '2026-12-07' } : {}) };
          const whole = JSON.stringify(simulateProject(plan, opts));
          const parts = Array.from({ length: count }, (_, index) =>
            simulateProject(plan, { ...opts, shard: { index, count } }),
          );
          const shuffled = fc.sample(fc.shuffledSubarray(parts, { minLength: count }), {
            seed: order,
            numRuns: 1,
          })[0] as typeof parts;
          expect(JSON.stringify(mergeSimulations(shuffled))).toBe(whole);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("with no risks the finish is simulateSchedule's, any plan and link types", () => {
    fc.assert(
      fc.property(tasksArb(['FS', 'SS', 'FF', 'SF']), fc.integer(), (tasks, seed) => {
        const opts = { trials: 50, seed, percentiles: PERCENTILES };
        const p = simulateProject({ tasks, resources }, opts);
        const s = simulateSchedule(tasks, opts);
        expect(p.finish.percentiles).toEqual(s.percentiles);
        expect(p.tasks).toEqual(s.tasks);
      }),
      { numRuns: 60 },
    );
  });

  it('never mutates its input, freezes its output, is deterministic; threats on FS/SS plans contribute >= 0', () => {
    fc.assert(
      fc.property(planArb(), fc.integer(), (plan, seed) => {
        const input = deepFreeze(structuredClone(plan));
        const a = simulateProject(input, { trials: 40, seed });
        const b = simulateProject(input, { trials: 40, seed });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(input).toEqual(plan);
        expect(isDeepFrozen(a)).toBe(true);
        // P(F <= F80 and C <= C80) is at most P(F <= F80).
        const byFinish = a.finish.histogram.length > 0 ? 1 : 0;
        expect(a.joint.share).toBeGreaterThanOrEqual(0);
        expect(a.joint.share).toBeLessThanOrEqual(byFinish);
        for (const t of a.tasks) {
          expect(t.criticalityIndex).toBeGreaterThanOrEqual(0);
          expect(t.criticalityIndex).toBeLessThanOrEqual(1);
        }
        for (const d of a.tornado) {
          expect(d.finishDays).toBeGreaterThanOrEqual(-1e-9);
          expect(d.cost).toBeGreaterThanOrEqual(-1e-6);
        }
      }),
      { numRuns: 60 },
    );
  });
});
