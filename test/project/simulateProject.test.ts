import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/freeze.js';
import { hashSeed } from '../../src/core/internal/stream.js';
import { plannedValueCurve } from '../../src/plan/plannedValueCurve.js';
import type { ResourcePlan } from '../../src/plan/resources.js';
import { simulateSchedule } from '../../src/plan/simulateSchedule.js';
import type { Task } from '../../src/plan/types.js';
import {
  compileProject,
  readProjectOptions,
} from '../../src/project/internal/simulateProjectCompile.js';
import { runProjectTrials } from '../../src/project/internal/simulateProjectKernel.js';
import { mergeSimulations } from '../../src/project/mergeSimulations.js';
import { type SimulateProjectInput, simulateProject } from '../../src/project/simulateProject.js';
import { createRiskRegister } from '../../src/risk/register.js';
import type { Risk } from '../../src/risk/types.js';
import { expectPopm, isDeepFrozen } from '../plan/helpers.js';

// Two equal parallel branches merging into Z: Z is critical in every trial.
const merge: Task[] = [
  { id: 'X', duration: 10, estimate: { optimistic: 6, mostLikely: 10, pessimistic: 14 } },
  { id: 'Y', duration: 10, estimate: { optimistic: 6, mostLikely: 10, pessimistic: 14 } },
  { id: 'Z', duration: 1, dependsOn: ['X', 'Y'] },
  { id: 'Side', duration: 2, estimate: { optimistic: 1, mostLikely: 2, pessimistic: 4 } },
];

const certainDelay = (task: string, days = 5): Risk => ({
  id: 'R5',
  title: 'Certain 5-day delay',
  kind: 'threat',
  probability: 1,
  scheduleImpactDays: days,
  tasks: [task],
});

const costed: SimulateProjectInput = {
  tasks: [
    { id: 'A', duration: 10, cost: 1000 },
    { id: 'B', duration: 5, dependsOn: ['A'], assignments: [{ resource: 'dev', units: 1 }] },
  ],
  resources: [{ id: 'dev', unitsPerDay: 1, costPerDay: 500 }],
  risks: [
    {
      id: 'R1',
      title: 'Late parts',
      kind: 'threat',
      probability: 1,
      scheduleImpactDays: 5,
      costImpact: 2000,
      tasks: ['B'],
    },
  ],
};

describe('simulateProject', () => {
  it('prices a certain risk by hand: BAC 1,000 + 500 × 5 = 3,500; with 5 more days on B and 2,000, 8,000', () => {
    const r = simulateProject(costed, { trials: 100, start: '2026-11-30' });
    expect(r.baseCost.toString()).toBe('3500');
    // 20 working days from Monday 30 Nov 2026 end on Friday 25 Dec (no holidays in the default calendar).
    expect(r.joint).toEqual({
      percent: 80,
      finish: 20,
      finishDate: '2026-12-25',
      cost: 8000,
      share: 1,
    });
    expect(r.cost.min).toBe(8000);
    expect(r.cost.max).toBe(8000);
    // Without R1: 15 days and 3,500, so it adds 5 days and 2,000 + 500 × 5.
    expect(r.tornado).toEqual([
      { id: 'R1', tasks: ['B'], occurredShare: 1, finishDays: 5, cost: 4500 },
    ]);
    expect(r.tasks.map((t) => t.meanDuration)).toEqual([10, 10]);
    expect(r.start).toBe('2026-11-30');
    expect(r.finish.dates).toEqual({
      50: '2026-12-25',
      70: '2026-12-25',
      85: '2026-12-25',
      95: '2026-12-25',
    });
  });

  it('with no risks equals simulateSchedule: same finish distribution, criticality and mean durations', () => {
    for (const distribution of ['beta-pert', 'triangular'] as const)
      for (const seed of [1, 42, 'abc']) {
        const opts = { trials: 700, seed, distribution, percentiles: [10, 50, 80, 99] };
        const p = simulateProject({ tasks: merge }, opts);
        const s = simulateSchedule(merge, opts);
        expect(p.finish.percentiles).toEqual(s.percentiles);
        expect([p.finish.mean, p.finish.stdDev, p.finish.min, p.finish.max]).toEqual([
          s.mean,
          s.stdDev,
          s.min,
          s.max,
        ]);
        expect(p.finish.histogram.map((h) => [h.value, h.count])).toEqual(
          s.histogram.map((h) => [h.value, h.count]),
        );
        expect(p.tasks).toEqual(s.tasks);
        expect(p.tornado).toEqual([]);
      }
  });

  it('one certain risk of a fixed 5-day delay on a task critical in every trial moves every percentile by 5 working days', () => {
    const opts = { trials: 2000, seed: 7, percentiles: [5, 50, 80, 95, 100], start: '2026-03-02' };
    const base = simulateProject({ tasks: merge }, opts);
    const late = simulateProject({ tasks: merge, risks: [certainDelay('Z')] }, opts);
    for (const p of opts.percentiles) {
      const key = p as 5 | 50 | 80 | 95 | 100;
      const moved =
        (late.finish.percentiles[key] as number) - (base.finish.percentiles[key] as number);
      expect(moved).toBeCloseTo(5, 9);
      // Five working days later: a week later on a Monday-to-Friday calendar.
      const d = new Date(`${base.finish.dates?.[key]}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + 7);
      expect(late.finish.dates?.[key]).toBe(d.toISOString().slice(0, 10));
    }
    expect(late.finish.mean - base.finish.mean).toBeCloseTo(5, 9);
    expect(late.tornado[0]?.finishDays).toBeCloseTo(5, 9);
    expect(late.tasks.find((t) => t.id === 'Z')?.meanDuration).toBe(6);
  });

  it('a risk linked to no task moves the project finish itself', () => {
    const opts = { trials: 300, seed: 2 };
    const base = simulateProject({ tasks: merge }, opts);
    const { tasks: _, ...unlinked } = certainDelay('Z', 3);
    const late = simulateProject({ tasks: merge, risks: [unlinked] }, opts);
    expect(late.finish.percentiles[50] - base.finish.percentiles[50]).toBeCloseTo(3, 9);
    expect(late.tasks).toEqual(base.tasks);
    expect(late.tornado[0]).toMatchObject({ id: 'R5', tasks: [], finishDays: 3 });
  });

  it('an opportunity shortens its tasks, never below zero, and its contribution is negative', () => {
    const tasks: Task[] = [
      { id: 'A', duration: 4 },
      { id: 'B', duration: 3, dependsOn: ['A'] },
    ];
    const r = simulateProject(
      {
        tasks,
        risks: [
          {
            id: 'O',
            title: 'Reuse',
            kind: 'opportunity',
            probability: 1,
            scheduleImpactDays: 10,
            costImpact: 100,
            tasks: ['B'],
          },
        ],
      },
      { trials: 10 },
    );
    expect([r.finish.min, r.finish.max]).toEqual([4, 4]);
    expect(r.cost.max).toBe(-100);
    expect(r.tornado[0]).toMatchObject({ finishDays: -3, cost: -100 });
    expect(r.tasks.map((t) => t.criticalityIndex)).toEqual([1, 1]);
  });

  it('defines the tornado as P80 with the risk − P80 of the same trials without it, risks ranked by what removing each saves (Hulett 2011), checked against a run without it', () => {
    const risks: Risk[] = [
      {
        id: 'onX',
        title: 'X slips',
        kind: 'threat',
        probability: 0.4,
        scheduleImpactDays: { min: 1, mostLikely: 3, max: 8 },
        costImpact: { min: 100, mostLikely: 200, max: 600 },
        tasks: ['X'],
      },
      {
        id: 'onSide',
        title: 'Side slips',
        kind: 'threat',
        probability: 0.5,
        scheduleImpactDays: 2,
        tasks: ['Side'],
      },
      { id: 'fee', title: 'Fee', kind: 'threat', probability: 0.3, costImpact: 1000 },
    ];
    const tasks = merge.map((t) => (t.id === 'X' ? { ...t, cost: 50 } : t));
    const opts = { trials: 1500, seed: 11 };
    const all = simulateProject({ tasks, risks }, opts);
    for (const risk of risks) {
      const without = simulateProject({ tasks, risks: risks.filter((r) => r !== risk) }, opts);
      const driver = all.tornado.find((d) => d.id === risk.id);
      expect(driver?.finishDays).toBeCloseTo(all.joint.finish - without.joint.finish, 9);
      expect(driver?.cost).toBeCloseTo(all.joint.cost - without.joint.cost, 6);
    }
    // Side has float (2 days on 10): a 2-day delay rarely reaches the P80 finish.
    // Side's float (about 8 days) absorbs its 2-day delay: no finish contribution, so the
    // order goes by cost: the fee's 1,000 before Side's nothing.
    expect(all.tornado.map((d) => [d.id, d.finishDays])).toEqual([
      ['onX', all.tornado[0]?.finishDays],
      ['fee', 0],
      ['onSide', 0],
    ]);
    expect(all.tornado[0]?.finishDays).toBeGreaterThan(0.5);
    // A risk adding 0..1,000 to every trial moves every percentile by 0..1,000.
    expect(all.tornado[1]?.cost).toBeGreaterThan(0);
    expect(all.tornado[1]?.cost).toBeLessThanOrEqual(1000);
    expect(all.tornado[0]?.occurredShare).toBeCloseTo(0.4, 1);
  });

  it('the joint share is a joint confidence level as the NASA Cost Estimating Handbook (v4.0, 2015) defines it — cost and finish met in the same trial: 0.8 when cost follows the finish, 0.8 × 0.8 when independent', () => {
    const one: Task[] = [
      {
        id: 'A',
        duration: 10,
        estimate: { optimistic: 5, mostLikely: 10, pessimistic: 20 },
        assignments: [{ resource: 'dev', units: 1 }],
      },
    ];
    const resources = [{ id: 'dev', unitsPerDay: 1, costPerDay: 100 }];
    const tied = simulateProject({ tasks: one, resources }, { trials: 5000, seed: 3 });
    // Cost = 100 × duration: the same trials are at or below both P80s.
    expect(tied.joint.share).toBe(0.8);
    expect(tied.joint.cost).toBeCloseTo(100 * tied.joint.finish, 6);
    const fee: Risk = {
      id: 'fee',
      title: 'Fee',
      kind: 'threat',
      probability: 1,
      costImpact: { min: 0, mostLikely: 500, max: 1000 },
    };
    const apart = simulateProject(
      { tasks: one.map(({ assignments: _, ...t }) => t), risks: [fee] },
      { trials: 20_000, seed: 3 },
    );
    // Independent finish and cost: P(F <= F80 and C <= C80) = 0.8 × 0.8; sd ≈ 0.0034.
    expect(apart.joint.share).toBeGreaterThan(0.62);
    expect(apart.joint.share).toBeLessThan(0.66);
  });

  it('prices time-dependent cost at the trial durations: no estimate and no risk gives the BAC in every trial', () => {
    const plan: SimulateProjectInput = {
      tasks: [
        { id: 'A', duration: 3, cost: '0.10', assignments: [{ resource: 'a', units: 0.5 }] },
        { id: 'B', duration: 2.5, dependsOn: ['A'], assignments: [{ resource: 'b', units: 2 }] },
      ],
      resources: [
        { id: 'a', unitsPerDay: 1, costPerDay: '333.33' },
        { id: 'b', unitsPerDay: 2, costPerDay: 80 },
      ],
    };
    const r = simulateProject(plan, { trials: 64 });
    // 0.10 + 333.33 × 0.5 × 3 + 80 × 2 × 2.5 = 900.095
    expect(r.baseCost.toString()).toBe('900.095');
    expect([r.cost.min, r.cost.max]).toEqual([900.095, 900.095]);
    // The same BAC as the planned-value S-curve of the same plan.
    const pv = plannedValueCurve(plan as ResourcePlan, { start: '2026-03-02' });
    expect(pv.bac.toString()).toBe(r.baseCost.toString());
  });

  it('reads a residual assessment when asked, and skips risks without probability or impact', () => {
    const risk: Risk = {
      ...certainDelay('Z'),
      residual: { probability: 0, scheduleImpactDays: 1 },
    };
    const none: Risk = { id: 'N', title: 'No numbers', kind: 'threat' };
    const closed: Risk = { ...certainDelay('Z'), id: 'C', status: 'closed' };
    const plan = { tasks: merge, risks: [risk, none, closed] };
    const inherent = simulateProject(plan, { trials: 50 });
    const residual = simulateProject(plan, { trials: 50, residual: true });
    expect(inherent.tornado[0]?.occurredShare).toBe(1);
    expect(residual.tornado[0]?.occurredShare).toBe(0);
    expect(residual.residual).toBe(true);
    expect(inherent.skipped).toEqual(['N']);
    expect(inherent.tornado.map((d) => d.id)).toEqual(['R5']);
  });

  it('takes a register built by createRiskRegister (its risks carry tasks)', () => {
    const register = createRiskRegister([certainDelay('Z')]);
    expect(register.risks[0]?.tasks).toEqual(['Z']);
    const r = simulateProject({ tasks: merge, risks: register.risks }, { trials: 50 });
    expect(r.tornado[0]?.tasks).toEqual(['Z']);
  });

  it('shards merge to the same JSON, in any order, whatever the count', () => {
    const plan = {
      tasks: merge,
      risks: [
        certainDelay('X', 2),
        {
          ...certainDelay('Z'),
          id: 'maybe',
          probability: 0.3,
          costImpact: { min: 1, mostLikely: 2, max: 9 },
        },
      ],
    };
    const opts = { trials: 450, seed: 'shards', start: '2026-01-05', percentiles: [50, 80] };
    const whole = JSON.stringify(simulateProject(plan, opts));
    for (let count = 1; count <= 7; count++) {
      const parts = Array.from({ length: count }, (_, index) =>
        simulateProject(plan, { ...opts, shard: { index, count } }),
      );
      expect(JSON.stringify(mergeSimulations(parts.reverse()))).toBe(whole);
      // Parts are plain JSON: they survive being posted between workers.
      const posted = parts.map((p) => JSON.parse(JSON.stringify(p)));
      expect(JSON.stringify(mergeSimulations(posted))).toBe(whole);
    }
  });

  it('refuses parts of different calls', () => {
    const a = simulateProject({ tasks: merge }, { trials: 100, shard: { index: 0, count: 2 } });
    const b = simulateProject(
      { tasks: merge },
      { trials: 100, seed: 2, shard: { index: 1, count: 2 } },
    );
    expectPopm(() => mergeSimulations([a, b]), 'INVALID_ARGUMENT');
    const c = simulateProject(
      { tasks: merge, risks: [certainDelay('Z')] },
      { trials: 100, shard: { index: 1, count: 2 } },
    );
    expectPopm(() => mergeSimulations([a, c]), 'INVALID_ARGUMENT', ['parts', 1, 'fingerprint']);
  });

  it('re-running the schedule only where a risk can move the finish gives what re-running it always gives', () => {
    const tasks: Task[] = [
      ...merge,
      { id: 'W', duration: 3, dependsOn: [{ id: 'Side', type: 'FF', lag: 1 }] },
      { id: 'V', duration: 1, dependsOn: [{ id: 'W', type: 'SS' }] },
    ];
    for (const withFF of [false, true]) {
      const plan = withFF ? tasks : merge;
      const r = simulateProject({ tasks: plan }, { trials: 1 });
      expect(r.trials).toBe(1);
      const risks = ['X', 'Side', 'Z', ...(withFF ? ['W'] : [])].map((id, i) => ({
        ...certainDelay(id, 1 + i),
        id: `r${i}`,
        probability: 0.6,
      }));
      const kernelOf = (shortcut: boolean) =>
        runProjectTrials(
          kernelFor(plan, risks),
          { key: hashSeed(5), start: 0, end: 300 },
          shortcut,
        );
      const fast = kernelOf(true);
      const slow = kernelOf(false);
      expect(fast.finishWithout).toEqual(slow.finishWithout);
      expect(fast.finish).toEqual(slow.finish);
    }
  });

  it('reverse criticality: with FF and SS links a delay can pull the finish earlier, and the tornado says so', () => {
    // B must finish with A (FF): the longer B, the earlier it starts, and C starts with B (SS).
    // B 2 days: B starts on day 8, C ends on day 13. B 8 days: B starts on day 2, C ends on
    // day 7, and D's 12 days are the finish. So the threat on B, off the critical path
    // (float 2), makes the finish 1 day earlier: P80 with it − P80 without it = 12 − 13.
    const tasks: Task[] = [
      { id: 'A', duration: 10 },
      { id: 'B', duration: 2, dependsOn: [{ id: 'A', type: 'FF' }] },
      { id: 'C', duration: 5, dependsOn: [{ id: 'B', type: 'SS' }] },
      { id: 'D', duration: 12 },
    ];
    const r = simulateProject({ tasks, risks: [certainDelay('B', 6)] }, { trials: 10 });
    expect(r.joint.finish).toBe(12);
    expect(r.tasks.map((t) => t.criticalityIndex)).toEqual([0, 0, 0, 1]);
    expect(r.tornado[0]?.finishDays).toBe(-1);
  });

  it('never mutates its input, returns deep-frozen results, and is deterministic', () => {
    const plan = deepFreeze(structuredClone(costed));
    const a = simulateProject(plan, { trials: 200, seed: 9 });
    const b = simulateProject(plan, { trials: 200, seed: 9 });
    expect(a).toEqual(b);
    expect(isDeepFrozen(a)).toBe(true);
    expect(plan).toEqual(costed);
    const part = simulateProject(plan, { trials: 200, shard: { index: 0, count: 2 } });
    expect(isDeepFrozen(part)).toBe(true);
  });

  it('is loud on bad input, with paths from the parameter', () => {
    const risk = (extra: object) => ({ tasks: merge, risks: [{ ...certainDelay('Z'), ...extra }] });
    expectPopm(() => simulateProject(risk({ tasks: ['Z', 'Q'] })), 'NOT_FOUND', [
      'plan',
      'risks',
      0,
      'tasks',
      1,
    ]);
    expectPopm(() => simulateProject(risk({ tasks: ['Z', 'Z'] })), 'DUPLICATE_ID', [
      'plan',
      'risks',
      0,
      'tasks',
      1,
    ]);
    expectPopm(() => simulateProject(risk({ tasks: 'Z' })), 'INVALID_ARGUMENT', [
      'plan',
      'risks',
      0,
      'tasks',
    ]);
    const typo = expectPopm(() => simulateProject(risk({ task: ['Z'] })), 'INVALID_ARGUMENT', [
      'plan',
      'risks',
      0,
      'task',
    ]);
    expect(typo.details?.suggestion).toBe('tasks');
    expectPopm(() => simulateProject(risk({ probability: 2 })), 'OUT_OF_RANGE', [
      'plan',
      'risks',
      0,
      'probability',
    ]);
    expectPopm(
      () => simulateProject({ tasks: merge, risks: [certainDelay('Z'), certainDelay('X')] }),
      'DUPLICATE_ID',
      ['plan', 'risks', 1, 'id'],
    );
    expectPopm(
      () => simulateProject({ tasks: [{ id: 'A', duration: 1, cost: -1 }] }),
      'OUT_OF_RANGE',
      ['plan', 'tasks', 0, 'cost'],
    );
    expectPopm(
      () =>
        simulateProject({
          tasks: [{ id: 'A', duration: 1, assignments: [{ resource: 'nobody', units: 1 }] }],
        }),
      'NOT_FOUND',
      ['plan', 'tasks', 0, 'assignments', 0, 'resource'],
    );
    expectPopm(
      () =>
        simulateProject({
          tasks: [{ id: 'A', duration: 1 }],
          resources: [{ id: 'r', unitsPerDay: 1, costPerDay: 'x' }],
        }),
      'INVALID_NUMBER',
      ['plan', 'resources', 0, 'costPerDay'],
    );
    // Trials add costs in float64: amounts that could overflow are refused, not turned into NaN.
    expectPopm(
      () => simulateProject({ tasks: [{ id: 'A', duration: 1, cost: '1e308' }] }),
      'OUT_OF_RANGE',
      ['plan', 'tasks', 0, 'cost'],
    );
    expectPopm(
      () =>
        simulateProject({
          tasks: [
            {
              id: 'A',
              duration: 1,
              estimate: { optimistic: 1, mostLikely: 1, pessimistic: 2 },
              assignments: [{ resource: 'r', units: 1e300 }],
            },
          ],
          resources: [{ id: 'r', unitsPerDay: 1e300, costPerDay: 1e15 }],
        }),
      'OUT_OF_RANGE',
      ['plan'],
    );
    expectPopm(() => simulateProject({ tasks: [{ id: 'A', duration: -1 }] }), 'OUT_OF_RANGE', [
      'plan',
      'tasks',
      0,
      'duration',
    ]);
    expectPopm(() => simulateProject({ task: merge } as never), 'INVALID_ARGUMENT', [
      'plan',
      'task',
    ]);
    expectPopm(() => simulateProject(null as never), 'INVALID_ARGUMENT', ['plan']);
    expectPopm(
      () => simulateProject({ tasks: merge }, { trails: 5 } as never),
      'INVALID_ARGUMENT',
      ['options', 'trails'],
    );
    expectPopm(() => simulateProject({ tasks: merge }, { confidencePercent: 0 }), 'OUT_OF_RANGE', [
      'options',
      'confidencePercent',
    ]);
    expectPopm(
      () => simulateProject({ tasks: merge }, { residual: 'yes' as never }),
      'INVALID_ARGUMENT',
      ['options', 'residual'],
    );
    expectPopm(
      () => simulateProject({ tasks: merge }, { calendar: { weekend: [0, 6], holidays: [] } }),
      'INVALID_ARGUMENT',
      ['options', 'start'],
    );
    expectPopm(() => simulateProject({ tasks: merge }, { start: '2026-02-30' }), 'INVALID_DATE', [
      'options',
      'start',
    ]);
    expectPopm(
      () =>
        simulateProject({ tasks: merge }, { trials: 10_000_000, shard: { index: 0, count: 1000 } }),
      'LIMIT_EXCEEDED',
      ['options', 'trials'],
    );
  });
});

/** The kernel simulateProject builds for a plan (default options). */
function kernelFor(tasks: readonly Task[], risks: readonly Risk[]) {
  return compileProject({ tasks, risks }, readProjectOptions(undefined)).kernel;
}
