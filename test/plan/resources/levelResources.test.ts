import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../src/core/freeze.js';
import { criticalPath } from '../../../src/plan/criticalPath.js';
import { levelResources } from '../../../src/plan/levelResources.js';
import { resourceLoad } from '../../../src/plan/resourceLoad.js';
import type { Resource, ResourcePlan } from '../../../src/plan/resources.js';
import type { Task } from '../../../src/plan/types.js';
import { expectPopm, isDeepFrozen } from '../helpers.js';

const ann: Resource = { id: 'ann', unitsPerDay: 1 };
const bob: Resource = { id: 'bob', unitsPerDay: 1 };
const on = (resource: string, units = 1) => [{ resource, units }];
const plan = (tasks: Task[], resources: Resource[] = [ann, bob]): ResourcePlan =>
  deepFreeze(structuredClone({ tasks, resources }));
const rows = (r: ReturnType<typeof levelResources>) => r.tasks.map((t) => [t.id, t.start, t.delay]);

describe('levelResources: hand-checked fixtures', () => {
  it('two tasks competing for one person run one after the other, the less-float one first', () => {
    // a (3 d) and b (2 d) both need Ann full time; unlevelled both start at 0.
    // Floats: a 0, b 1 -> a keeps day 0, b waits for a: starts 3, finishes 5.
    const r = levelResources(
      plan([
        { id: 'b', duration: 2, assignments: on('ann') },
        { id: 'a', duration: 3, assignments: on('ann') },
      ]),
    );
    expect(rows(r)).toEqual([
      ['b', 3, 3],
      ['a', 0, 0],
    ]);
    expect(r.originalFinish).toBe(3);
    expect(r.finish).toBe(5);
    expect(r.unresolved).toEqual([]);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('a task with float absorbs the delay: the project finish does not move', () => {
    // x (8 d, no resource) sets the finish at 8. a (4 d, float 4) and b
    // (2 d, float 6) share Ann: a first (less float) 0..4, b 4..6, within its float.
    const r = levelResources(
      plan([
        { id: 'x', duration: 8 },
        { id: 'a', duration: 4, assignments: on('ann') },
        { id: 'b', duration: 2, assignments: on('ann') },
      ]),
    );
    expect(rows(r)).toEqual([
      ['x', 0, 0],
      ['a', 0, 0],
      ['b', 4, 4],
    ]);
    expect(r.finish).toBe(8);
    expect(levelResources(r.plan).tasks.every((t) => t.delay === 0)).toBe(true);
  });

  it('options.priority overrides float: the listed task goes first', () => {
    const r = levelResources(
      plan([
        { id: 'x', duration: 8 },
        { id: 'a', duration: 4, assignments: on('ann') },
        { id: 'b', duration: 2, assignments: on('ann') },
      ]),
      { priority: ['b'] },
    );
    expect(rows(r)).toEqual([
      ['x', 0, 0],
      ['a', 2, 2],
      ['b', 0, 0],
    ]);
    expect(r.finish).toBe(8);
  });

  it('equal float falls back to id order', () => {
    const r = levelResources(
      plan([
        { id: 'q', duration: 2, assignments: on('ann') },
        { id: 'p', duration: 2, assignments: on('ann') },
      ]),
    );
    expect(rows(r)).toEqual([
      ['q', 2, 2],
      ['p', 0, 0],
    ]);
  });

  it('links hold: a successor on another resource waits for its levelled predecessor', () => {
    // a (2, Ann) -> c (3, Bob); b (3, Ann, float 2). a first 0..2, then b 2..5; c 2..5.
    const r = levelResources(
      plan([
        { id: 'a', duration: 2, assignments: on('ann') },
        { id: 'b', duration: 3, assignments: on('ann') },
        { id: 'c', duration: 3, dependsOn: ['a'], assignments: on('bob') },
      ]),
    );
    expect(rows(r)).toEqual([
      ['a', 0, 0],
      ['b', 2, 2],
      ['c', 2, 0],
    ]);
    expect(r.finish).toBe(5);
  });

  it('part-time assignments share a person; fractional durations level exactly', () => {
    const half = levelResources(
      plan([
        { id: 'a', duration: 2, assignments: on('ann', 0.5) },
        { id: 'b', duration: 2, assignments: on('ann', 0.5) },
      ]),
    );
    expect(half.finish).toBe(2);
    const frac = levelResources(
      plan([
        { id: 'a', duration: 1.5, assignments: on('ann') },
        { id: 'b', duration: 2.5, assignments: on('ann') },
      ]),
    );
    expect(rows(frac)).toEqual([
      ['a', 2.5, 2.5],
      ['b', 0, 0],
    ]);
  });

  it('withinFloatOnly never moves the finish and lists what it could not resolve', () => {
    const p = plan([
      { id: 'a', duration: 4, assignments: on('ann') },
      { id: 'b', duration: 4, assignments: on('ann') },
    ]);
    expect(levelResources(p).finish).toBe(8);
    const r = levelResources(p, { withinFloatOnly: true });
    expect(r.finish).toBe(4);
    expect(r.unresolved).toEqual(['b']);
  });

  it('the levelled plan has no over-allocated day in resourceLoad', () => {
    const p = plan([
      { id: 'a', duration: 3, assignments: on('ann') },
      { id: 'b', duration: 2, assignments: on('ann') },
    ]);
    expect(resourceLoad(p, { start: '2026-03-02' }).overAllocated).toBe(true);
    const after = resourceLoad(levelResources(p).plan, { start: '2026-03-02' });
    expect(after.overAllocated).toBe(false);
    expect(after.resources[0]?.load).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('levelResources: bad input is a PopmError with a path', () => {
  it('an assignment to an unknown resource', () => {
    expectPopm(
      () => levelResources(plan([{ id: 'a', duration: 1, assignments: on('zed') }])),
      'NOT_FOUND',
      ['plan', 'tasks', 0, 'assignments', 0, 'resource'],
    );
  });
  it('units <= 0', () => {
    expectPopm(
      () => levelResources(plan([{ id: 'a', duration: 1, assignments: on('ann', 0) }])),
      'OUT_OF_RANGE',
      ['plan', 'tasks', 0, 'assignments', 0, 'units'],
    );
  });
  it('a capacity of 0 with work assigned', () => {
    expectPopm(
      () =>
        levelResources(
          plan([{ id: 'a', duration: 1, assignments: on('ann') }], [{ id: 'ann', unitsPerDay: 0 }]),
        ),
      'OUT_OF_RANGE',
      ['plan', 'resources', 0, 'unitsPerDay'],
    );
  });
  it('more units than the resource has, a priority id not in the plan, a bad option', () => {
    expectPopm(
      () => levelResources(plan([{ id: 'a', duration: 1, assignments: on('ann', 2) }])),
      'OUT_OF_RANGE',
      ['plan', 'tasks', 0, 'assignments'],
    );
    expectPopm(
      () => levelResources(plan([{ id: 'a', duration: 1 }]), { priority: ['nope'] }),
      'NOT_FOUND',
      ['options', 'priority', 0],
    );
    expectPopm(
      () => levelResources(plan([{ id: 'a', duration: 1 }]), { withinFloat: true } as never),
      'INVALID_ARGUMENT',
      ['options', 'withinFloat'],
    );
  });
  it('a near-miss of assignments is flagged by the task reader; the tasks are still checked', () => {
    expectPopm(
      () => levelResources(plan([{ id: 'a', duration: 1, assigments: on('ann') } as Task])),
      'INVALID_ARGUMENT',
    );
    expectPopm(() => levelResources(plan([{ id: 'a', duration: -1 }])), 'OUT_OF_RANGE', [
      'plan',
      'tasks',
      0,
      'duration',
    ]);
  });
});

/** Random resource-loaded DAGs with every link type, lags and constraints. */
const arbPlan = fc
  .record({
    n: fc.integer({ min: 1, max: 14 }),
    caps: fc.array(fc.constantFrom(1, 2, 0.5), { minLength: 1, maxLength: 3 }),
  })
  .chain(({ n, caps }) =>
    fc
      .array(
        fc.record({
          duration: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(1.5)),
          preds: fc.uniqueArray(fc.nat(n), { maxLength: 2 }),
          type: fc.constantFrom('FS', 'SS', 'FF', 'SF' as const),
          lag: fc.integer({ min: -2, max: 2 }),
          snet: fc.option(fc.integer({ min: 0, max: 6 }), { freq: 4 }),
          res: fc.uniqueArray(fc.nat(caps.length - 1), { maxLength: 2 }),
          units: fc.constantFrom(0.5, 1),
        }),
        { minLength: n, maxLength: n },
      )
      .map((rows) => {
        const resources = caps.map((c, i) => ({ id: `r${i}`, unitsPerDay: c }));
        const tasks: Task[] = rows.map((r, i) => ({
          id: `t${i}`,
          duration: r.duration,
          dependsOn: r.preds
            .filter((p) => p < i)
            .map((p) => ({ id: `t${p}`, type: r.type, lag: r.lag })),
          ...(r.snet === null ? {} : { constraint: { startNoEarlierThan: r.snet } }),
          assignments: r.res.map((k) => ({
            resource: `r${k}`,
            units: Math.min(r.units, caps[k] as number),
          })),
        }));
        return deepFreeze({ tasks, resources }) as ResourcePlan;
      }),
  );

describe('levelResources: properties', () => {
  it('never over-allocates, never breaks a link or constraint, never finishes earlier, is deterministic', () => {
    fc.assert(
      fc.property(arbPlan, (p) => {
        const r = levelResources(p);
        expect(isDeepFrozen(r)).toBe(true);
        expect(levelResources(p)).toEqual(r);
        // Links and constraints: CPM on the levelled plan (starts as
        // constraints) puts every task exactly at its levelled start.
        const cp = criticalPath(r.plan.tasks);
        cp.tasks.forEach((t, i) => {
          expect(t.es).toBeCloseTo(r.tasks[i]?.start as number, 9);
          const c = p.tasks[i]?.constraint;
          const snet = c !== undefined && 'startNoEarlierThan' in c ? c.startNoEarlierThan : 0;
          expect(r.tasks[i]?.start as number).toBeGreaterThanOrEqual(snet - 1e-9);
          expect(r.tasks[i]?.delay as number).toBeGreaterThanOrEqual(-1e-9);
        });
        expect(r.finish).toBeGreaterThanOrEqual(r.originalFinish - 1e-9);
        expect(r.originalFinish).toBeCloseTo(criticalPath(p.tasks).duration, 9);
        // Capacity at every moment a task starts.
        for (const res of p.resources)
          for (const at of r.tasks) {
            let load = 0;
            p.tasks.forEach((t, i) => {
              const lt = r.tasks[i] as { start: number; finish: number };
              if (lt.start <= at.start + 1e-9 && lt.finish > at.start + 1e-9)
                for (const a of t.assignments ?? []) if (a.resource === res.id) load += a.units;
            });
            expect(load).toBeLessThanOrEqual(res.unitsPerDay + 1e-9);
          }
      }),
      { numRuns: 150 },
    );
  });

  it('withinFloatOnly never moves the finish and never starts a task before its early start', () => {
    fc.assert(
      fc.property(arbPlan, (p) => {
        const r = levelResources(p, { withinFloatOnly: true });
        expect(r.finish).toBeCloseTo(r.originalFinish, 9);
        for (const t of r.tasks) expect(t.delay).toBeGreaterThanOrEqual(-1e-9);
      }),
      { numRuns: 150 },
    );
  });
});
