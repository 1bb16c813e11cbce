import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/freeze.js';
import { exactAdd, exactValue } from '../../src/core/internal/simulationParts.js';
import { type RollUpMethod, type RollUpTask, rollUp } from '../../src/plan/rollUp.js';
import { byId, expectPopm, isDeepFrozen } from './helpers.js';

const plan = (tasks: RollUpTask[]): readonly RollUpTask[] => deepFreeze(structuredClone(tasks));

describe('rollUp: worked examples', () => {
  // https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/101/495.HTM
  it('matches MS Project KB 101495 (Project 98/2000): the subordinate summary 25%, the top summary 20%, from the leaves', () => {
    // task1 1d 50%, task2 1d 0% under "Subordinate Summary"; task3 1d 10% beside it.
    const r = rollUp(
      plan([
        { id: 'Top Summary', duration: 0 },
        { id: 'Subordinate Summary', duration: 0, parent: 'Top Summary' },
        { id: 'task1', duration: 1, parent: 'Subordinate Summary', percentComplete: 50 },
        { id: 'task2', duration: 1, parent: 'Subordinate Summary', percentComplete: 0 },
        { id: 'task3', duration: 1, parent: 'Top Summary', percentComplete: 10 },
      ]),
    );
    const t = byId(r.tasks);
    expect(t['Subordinate Summary']?.percentComplete).toBe(25);
    // Project 98/2000 shows 20% (0.5 + 0 + 0.1 actual days over 3 days); Project 4.x showed 23%.
    expect(t['Top Summary']?.percentComplete).toBe(20);
    expect(r.percentComplete).toBe(20);
    expect(t['Top Summary']?.contributions.map((c) => [c.id, c.weight, c.percentComplete])).toEqual(
      [
        ['Subordinate Summary', 2, 25],
        ['task3', 1, 10],
      ],
    );
  });

  // https://www.catapultsystems.com/blogs/back-to-the-basics-rolling-up-complete-and-elapsed-duration/
  it('matches Catapult Systems, "Rolling Up % Complete": actual 10, 5, 0 of three 20-day tasks = 25% (Σ actual / Σ duration)', () => {
    const r = rollUp(
      plan([
        { id: 'S', duration: 0 },
        { id: 'a', duration: 20, parent: 'S', percentComplete: 50 },
        { id: 'b', duration: 20, parent: 'S', percentComplete: 25 },
        { id: 'c', duration: 20, parent: 'S', percentComplete: 0 },
      ]),
    );
    expect(r.tasks[0]?.percentComplete).toBe(25);
    expect(r.tasks[0]?.weight).toBe(60);
    expect(r.tasks[0]?.completedWeight).toBe(15);
  });

  // https://support.ptc.com/help/wnc/r11.2.0.0/en/Windchill_Help_Center/ProjMgmtExampleSummaryActivity.html
  it("matches PTC Windchill's summary example by work: 50 h 100%, 30 h 75%, 80 h 25%, 10 h 100% = 60% work complete", () => {
    // Work = units × duration: 5 h/day × 10 d, 3.75 × 8, 4 × 20, 10/3 × 3.
    const r = rollUp(
      plan([
        { id: 'S', duration: 0 },
        {
          id: 'a1',
          duration: 10,
          parent: 'S',
          percentComplete: 100,
          assignments: [{ resource: 'x', units: 5 }],
        },
        {
          id: 'a2',
          duration: 8,
          parent: 'S',
          percentComplete: 75,
          assignments: [{ resource: 'x', units: 3.75 }],
        },
        {
          id: 'a3',
          duration: 20,
          parent: 'S',
          percentComplete: 25,
          assignments: [
            { resource: 'x', units: 2 },
            { resource: 'y', units: 2 },
          ],
        },
        {
          id: 'a4',
          duration: 3,
          parent: 'S',
          percentComplete: 100,
          assignments: [{ resource: 'x', units: 10 / 3 }],
        },
      ]),
      { method: 'work' },
    );
    const s = r.tasks[0];
    expect(s?.weight).toBeCloseTo(170, 12);
    expect(s?.percentComplete).toBeCloseTo((100 * 102.5) / 170, 10); // 60.29…, shown as 60%
    expect(Math.round(s?.percentComplete as number)).toBe(60);
    // Activity 4 weighs 10 of 170 hours: about 6 points when it is done.
    expect(s?.contributions[3]?.share).toBeCloseTo(10 / 170, 12);
    expect(s?.contributions[3]?.contributionPercent).toBeCloseTo(5.88, 2);
  });

  // https://www.infragistics.com/help/winforms/infragistics.win.ultrawinschedule~infragistics.win.ultrawinschedule.task~percentcomplete
  it("matches Infragistics' count roll-up: 50%, 0% and 25% subtasks give 25%", () => {
    const r = rollUp(
      plan([
        { id: 'S', duration: 0 },
        { id: 'a', duration: 1, parent: 'S', percentComplete: 50 },
        { id: 'b', duration: 7, parent: 'S', percentComplete: 0 },
        { id: 'c', duration: 2, parent: 'S', percentComplete: 25 },
      ]),
      { method: 'count' },
    );
    expect(r.tasks[0]?.percentComplete).toBe(25);
  });

  it('weighs by the weight field, and leaves milestones in or out (hand-checked)', () => {
    const tasks = plan([
      { id: 'R', duration: 0 },
      { id: 'a', duration: 4, parent: 'R', percentComplete: 50, weight: 3 },
      { id: 'b', duration: 6, parent: 'R', weight: 1 },
      {
        id: 'm',
        duration: 0,
        parent: 'R',
        actualStart: '2026-11-30',
        actualFinish: '2026-11-30',
        weight: 4,
      },
    ]);
    // weights: (3 × 50 + 1 × 0 + 4 × 100) / 8 = 68.75; without the milestone (3 × 50) / 4 = 37.5.
    expect(rollUp(tasks, { method: 'weights' }).percentComplete).toBe(68.75);
    expect(rollUp(tasks, { method: 'weights', includeMilestones: false }).percentComplete).toBe(
      37.5,
    );
    // count: (50 + 0 + 100) / 3 = 50; without the milestone 25.
    expect(rollUp(tasks, { method: 'count' }).percentComplete).toBe(50);
    expect(rollUp(tasks, { method: 'count', includeMilestones: false }).percentComplete).toBe(25);
    // duration: the milestone weighs nothing either way: (4 × 50) / 10 = 20.
    expect(rollUp(tasks).percentComplete).toBe(20);
    const out = rollUp(tasks, { includeMilestones: false });
    expect(out.percentComplete).toBe(20);
    expect(byId(out.tasks).m).toMatchObject({
      milestone: true,
      counted: false,
      weight: 0,
      percentComplete: 100,
    });
    expect(out.tasks[0]?.contributions.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it("reads a leaf's progress as the schedule does: actual finish, percentComplete, remaining duration", () => {
    const r = rollUp(
      plan([
        { id: 'p', duration: 4, percentComplete: 30 },
        { id: 'f', duration: 4, actualStart: '2026-11-30', actualFinish: '2026-12-03' },
        { id: 'r', duration: 4, actualStart: '2026-11-30', remainingDuration: 1 },
        { id: 'grown', duration: 4, actualStart: '2026-11-30', remainingDuration: 6 },
        // Work done without an actual start counts, as criticalPath splits such a task.
        { id: 'noStart', duration: 4, remainingDuration: 1 },
        { id: 'started', duration: 4, actualStart: '2026-11-30' },
        { id: 'ms', duration: 0, actualStart: '2026-11-30' },
        { id: 'msWaiting', duration: 0, remainingDuration: 0 },
        // The actual finish wins over a stale percent, as the schedule takes the task as done.
        {
          id: 'stale',
          duration: 4,
          actualStart: '2026-11-30',
          actualFinish: '2026-12-03',
          percentComplete: 40,
        },
      ]),
    );
    expect(r.tasks.map((t) => t.percentComplete)).toEqual([30, 100, 75, 0, 75, 0, 100, 0, 100]);
    // (1.2 + 4 + 3 + 0 + 3 + 0 + 4) / 28 days.
    expect(r.percentComplete).toBeCloseTo((100 * 15.2) / 28, 12);
  });

  it('gives null where nothing weighs anything: an empty plan, a summary of milestones by duration', () => {
    const empty = rollUp(plan([]));
    expect(empty).toEqual({
      method: 'duration',
      includeMilestones: true,
      percentComplete: null,
      weight: 0,
      completedWeight: 0,
      contributions: [],
      tasks: [],
    });
    const r = rollUp(
      plan([
        { id: 'S', duration: 0 },
        { id: 'm', duration: 0, parent: 'S', percentComplete: 100 },
      ]),
    );
    expect(r.tasks[0]?.percentComplete).toBeNull();
    expect(r.tasks[0]?.contributions).toEqual([
      { id: 'm', weight: 0, percentComplete: 100, share: 0, contributionPercent: 0 },
    ]);
    expect(r.percentComplete).toBeNull();
  });

  it('carries name, parent and meta, and reads a summary without a duration', () => {
    const r = rollUp([
      { id: 'S', name: 'Build', meta: { wbs: '1' } } as never,
      { id: 'a', duration: 2, parent: 'S', percentComplete: 50 },
    ]);
    expect(r.tasks[0]).toMatchObject({ id: 'S', name: 'Build', summary: true, meta: { wbs: '1' } });
    expect(r.tasks[1]).toMatchObject({ id: 'a', parent: 'S', summary: false });
    expect(r.tasks[0]?.percentComplete).toBe(50);
  });
});

describe('rollUp: bad input', () => {
  it("is a PopmError at the task's path", () => {
    expectPopm(
      () => rollUp(plan([{ id: 'a', duration: 1, percentComplete: 101 }])),
      'OUT_OF_RANGE',
      ['plan', 0, 'percentComplete'],
    );
    expectPopm(
      () => rollUp(plan([{ id: 'a', duration: 1, percentComplete: -1 }])),
      'OUT_OF_RANGE',
      ['plan', 0, 'percentComplete'],
    );
    expectPopm(
      () =>
        rollUp(
          plan([
            { id: 'a', duration: 1, parent: 'b' },
            { id: 'b', duration: 0, parent: 'c' },
            { id: 'c', duration: 0, parent: 'a' },
          ]),
        ),
      'CYCLE',
      ['plan', 0, 'parent'],
    );
    expectPopm(() => rollUp(plan([{ id: 'a', duration: 1, parent: 'a' }])), 'CYCLE', [
      'plan',
      0,
      'parent',
    ]);
    expectPopm(() => rollUp(plan([{ id: 'a', duration: 1, parent: 'x' }])), 'NOT_FOUND', [
      'plan',
      0,
      'parent',
    ]);
    expectPopm(
      () =>
        rollUp(
          plan([
            { id: 'S', duration: 3 },
            { id: 'a', duration: 1, parent: 'S' },
          ]),
        ),
      'INVALID_ARGUMENT',
      ['plan', 0, 'duration'],
    );
    expectPopm(
      () =>
        rollUp(
          plan([{ id: 'S', percentComplete: 50 } as never, { id: 'a', duration: 1, parent: 'S' }]),
        ),
      'INVALID_ARGUMENT',
      ['plan', 0, 'percentComplete'],
    );
    expectPopm(
      () =>
        rollUp(
          plan([
            { id: 'a', duration: 1 },
            { id: 'a', duration: 2 },
          ]),
        ),
      'DUPLICATE_ID',
      ['plan', 1, 'id'],
    );
    expectPopm(
      () =>
        rollUp(
          plan([
            { id: 'a', duration: 1, weight: 1 },
            { id: 'b', duration: 1 },
          ]),
          { method: 'weights' },
        ),
      'INVALID_ARGUMENT',
      ['plan', 1, 'weight'],
    );
    expectPopm(
      () =>
        rollUp(
          plan([{ id: 'a', duration: 1, actualStart: '2026-12-02', actualFinish: '2026-12-01' }]),
        ),
      'OUT_OF_RANGE',
      ['plan', 0, 'actualFinish'],
    );
    expectPopm(
      () => rollUp(plan([{ id: 'a', duration: 1, actualFinish: '2026-12-01' }])),
      'INVALID_ARGUMENT',
      ['plan', 0, 'actualStart'],
    );
    expectPopm(
      () => rollUp(plan([{ id: 'a', duration: 1, actualStart: '2026-02-30' }])),
      'INVALID_DATE',
      ['plan', 0, 'actualStart'],
    );
    expectPopm(() => rollUp(plan([{ id: 'a', duration: -1 }])), 'OUT_OF_RANGE', [
      'plan',
      0,
      'duration',
    ]);
    expectPopm(
      () => rollUp([{ id: 'a', duration: 1, percentComplet: 5 }] as never),
      'INVALID_ARGUMENT',
      ['plan', 0, 'percentComplet'],
    );
    expectPopm(() => rollUp(plan([]), { method: 'hours' as never }), 'INVALID_ARGUMENT', [
      'options',
      'method',
    ]);
    expectPopm(() => rollUp(plan([]), { milestones: false } as never), 'INVALID_ARGUMENT', [
      'options',
      'milestones',
    ]);
    expectPopm(() => rollUp(plan([]), { includeMilestones: 'no' } as never), 'INVALID_ARGUMENT', [
      'options',
      'includeMilestones',
    ]);
    expectPopm(() => rollUp({ tasks: [] } as never), 'INVALID_ARGUMENT', ['plan']);
    expectPopm(
      () =>
        rollUp(
          plan([
            { id: 'a', duration: 1, weight: 1e308 },
            { id: 'b', duration: 1, weight: 1e308 },
          ]),
          { method: 'weights' },
        ),
      'OUT_OF_RANGE',
      ['plan'],
    );
  });
});

/** A random tree: each task's parent is an earlier task (or none), shuffled afterwards. */
const treeArb = fc
  .array(
    fc.record({
      parent: fc.option(fc.nat(), { nil: undefined }),
      // Generic floats (x / 997), so sums in a different order round differently; nothing
      // subnormal (5e-324 days × 0.01% underflows to 0, and no figure can explain that).
      duration: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 1e9 }).map((x) => x / 997),
        fc.double({ min: 1e-100, max: 1e6, noNaN: true }),
      ),
      percent: fc.oneof(
        fc.constant(0),
        fc.constant(100),
        fc.integer({ min: 0, max: 1e6 }).map((x) => x / 1e4),
        fc.double({ min: 0, max: 100, noNaN: true }),
      ),
      units: fc.double({ min: 0.01, max: 10, noNaN: true }),
      weight: fc.oneof(fc.constant(0), fc.double({ min: 1e-100, max: 1e4, noNaN: true })),
    }),
    { maxLength: 40 },
  )
  .chain((rows) =>
    fc.shuffledSubarray(
      rows.map((r, i): RollUpTask => {
        const parent = r.parent === undefined || i === 0 ? undefined : `t${r.parent % i}`;
        return {
          id: `t${i}`,
          duration: r.duration,
          percentComplete: r.percent,
          assignments: [{ resource: 'x', units: r.units }],
          weight: r.weight,
          ...(parent === undefined ? {} : { parent }),
        };
      }),
      { minLength: rows.length, maxLength: rows.length },
    ),
  )
  .map((tasks) => {
    // A summary carries no duration or progress of its own.
    const parents = new Set(tasks.map((t) => t.parent));
    return tasks.map((t): RollUpTask => {
      if (!parents.has(t.id)) return t;
      const { percentComplete: _, ...rest } = t;
      return { ...rest, duration: 0 };
    });
  });
const methodArb = fc.constantFrom<RollUpMethod>('duration', 'work', 'count', 'weights');

describe('rollUp: properties', () => {
  it("a summary's figure equals the recomputation from its leaves, to the bit (property)", () => {
    fc.assert(
      fc.property(treeArb, methodArb, fc.boolean(), (tasks, method, includeMilestones) => {
        const input = deepFreeze(structuredClone(tasks));
        const r = rollUp(input, { method, includeMilestones });
        const parentOf = new Map(tasks.map((t) => [t.id, t.parent]));
        const isSummary = new Set(tasks.map((t) => t.parent).filter((p) => p !== undefined));
        const weightOf = (t: RollUpTask): number => {
          if (t.duration === 0 && !includeMilestones) return 0;
          if (method === 'duration') return t.duration;
          if (method === 'count') return 1;
          if (method === 'work') return (t.assignments?.[0]?.units as number) * t.duration;
          return t.weight as number;
        };
        for (const s of r.tasks.filter((x) => x.summary)) {
          const w: number[] = [];
          const d: number[] = [];
          for (const leaf of tasks.filter((t) => !isSummary.has(t.id))) {
            let p = leaf.parent;
            while (p !== undefined && p !== s.id) p = parentOf.get(p);
            if (p !== s.id) continue;
            const lw = weightOf(leaf);
            exactAdd(w, lw);
            exactAdd(d, lw * ((leaf.percentComplete as number) / 100));
          }
          const W = exactValue(w);
          expect(s.weight).toBe(W);
          expect(s.completedWeight).toBe(exactValue(d));
          expect(s.percentComplete).toBe(W > 0 ? Math.min(100, (100 * exactValue(d)) / W) : null);
          if (s.percentComplete !== null) {
            expect(s.percentComplete).toBeGreaterThanOrEqual(0);
            expect(s.percentComplete).toBeLessThanOrEqual(100);
            const explained = s.contributions.reduce((a, c) => a + c.contributionPercent, 0);
            expect(explained).toBeCloseTo(s.percentComplete, 6);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is frozen, deterministic, leaves its input alone, and does not depend on task order (property)', () => {
    fc.assert(
      fc.property(treeArb, methodArb, (tasks, method) => {
        const input = deepFreeze(structuredClone(tasks));
        const r = rollUp(input, { method });
        expect(isDeepFrozen(r)).toBe(true);
        expect(input).toEqual(tasks);
        expect(JSON.stringify(rollUp(input, { method }))).toBe(JSON.stringify(r));
        const reversed = rollUp([...input].reverse(), { method });
        expect(reversed.percentComplete).toBe(r.percentComplete);
        const a = byId(r.tasks);
        for (const t of reversed.tasks) expect(t.percentComplete).toBe(a[t.id]?.percentComplete);
      }),
      { numRuns: 100 },
    );
  });

  it('bad input is a PopmError, never a TypeError (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (plan, options) => {
        try {
          rollUp(plan as never, options as never);
        } catch (e) {
          expect((e as Error).name).toBe('PopmError');
        }
      }),
      { numRuns: 300 },
    );
  });
});
