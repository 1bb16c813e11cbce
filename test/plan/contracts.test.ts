import { describe, expect, it } from 'vitest';
import { isPopmError, type PopmError } from '../../src/core/errors.js';
import { baselineVariance, toBaseline } from '../../src/plan/baselineVariance.js';
import { criticalPath } from '../../src/plan/criticalPath.js';
import { durationForProbability } from '../../src/plan/durationForProbability.js';
import { pertAnalysis } from '../../src/plan/pertAnalysis.js';
import { pertEstimate } from '../../src/plan/pertEstimate.js';
import { probabilityOfCompletion } from '../../src/plan/probabilityOfCompletion.js';
import { scheduleDates } from '../../src/plan/scheduleDates.js';
import type { Task } from '../../src/plan/types.js';
import { assertPlan, validatePlan } from '../../src/plan/validatePlan.js';
import { expectPopm, frozen, isDeepFrozen } from './helpers.js';

function caught(fn: () => unknown): PopmError {
  try {
    fn();
  } catch (e) {
    if (isPopmError(e)) return e;
    throw e;
  }
  throw new Error('did not throw');
}

const TASK_KEYS = ['id', 'name', 'duration', 'dependsOn', 'estimate', 'constraint', 'meta'];

/** A misspelling of `key` the 1.0 rule must catch: case changed, or one letter dropped. */
function misspell(key: string): string {
  return key.length >= 5 ? key.slice(0, 2) + key.slice(3) : key.toUpperCase();
}

const plan: Task[] = [
  {
    id: 'A',
    name: 'Design',
    duration: 3,
    estimate: { optimistic: 2, mostLikely: 3, pessimistic: 6 },
    constraint: { startNoEarlierThan: 1 },
    meta: { owner: 'kim', tags: ['x'] },
  },
  { id: 'B', duration: 2, dependsOn: [{ id: 'A', type: 'FS', lag: 1 }] },
];

describe('issue 12: the 1.0 input contract in popm/plan', () => {
  it('regression (issue 12): a misspelled dependsOn is an error, not a dropped link', () => {
    const e = caught(() =>
      criticalPath([
        { id: 'A', duration: 3 },
        { id: 'B', duration: 2, dependOn: ['A'] } as unknown as Task,
      ]),
    );
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.path).toEqual(['tasks', 1, 'dependOn']);
    expect(e.message).toBe("tasks[1].dependOn: unknown key; did you mean 'dependsOn'?");
    expect(e.details?.suggestion).toBe('dependsOn');
  });

  it('sweeps every task key misspelled: INVALID_ARGUMENT at the key with its suggestion', () => {
    for (const key of TASK_KEYS) {
      const wrong = misspell(key);
      const task = { ...plan[0], [wrong]: (plan[0] as unknown as Record<string, unknown>)[key] };
      delete (task as Record<string, unknown>)[key];
      const tasks = [task as Task, plan[1] as Task];
      for (const fn of [criticalPath, pertAnalysis, assertPlan]) {
        const e = caught(() => fn(tasks));
        expect([e.code, e.path, e.details?.suggestion]).toEqual([
          'INVALID_ARGUMENT',
          ['tasks', 0, wrong],
          key,
        ]);
      }
    }
  });

  it('sweeps the link, estimate and constraint keys misspelled', () => {
    const cases: [Task, (string | number)[], string][] = [
      [
        { id: 'B', duration: 1, dependsOn: [{ id: 'A', tpye: 'SS' } as never] },
        ['tasks', 1, 'dependsOn', 0, 'tpye'],
        'type',
      ],
      [
        { id: 'B', duration: 1, dependsOn: [{ id: 'A', Lag: 2 } as never] },
        ['tasks', 1, 'dependsOn', 0, 'Lag'],
        'lag',
      ],
      [
        {
          id: 'B',
          duration: 1,
          estimate: { optimistic: 1, mostlikely: 2, pessimistic: 3 } as never,
        },
        ['tasks', 1, 'estimate', 'mostlikely'],
        'mostLikely',
      ],
      [
        { id: 'B', duration: 1, constraint: { startNoEarlierThen: 2 } as never },
        ['tasks', 1, 'constraint', 'startNoEarlierThen'],
        'startNoEarlierThan',
      ],
    ];
    for (const [task, path, suggestion] of cases) {
      const e = caught(() => criticalPath([{ id: 'A', duration: 1 }, task]));
      expect([e.code, e.path, e.details?.suggestion]).toEqual([
        'INVALID_ARGUMENT',
        path,
        suggestion,
      ]);
    }
    const e = caught(() => pertEstimate({ optimistic: 1, mostLikly: 2, pessimistic: 3 } as never));
    expect([e.path, e.details?.suggestion]).toEqual([['estimate', 'mostLikly'], 'mostLikely']);
  });

  it('ignores an unrelated extra key (an app field): the result is unchanged', () => {
    const extra = plan.map((t) => ({ ...t, color: 'red', ownerId: 7 })) as Task[];
    expect(criticalPath(extra)).toEqual(criticalPath(plan));
    expect(pertAnalysis(extra)).toEqual(pertAnalysis(plan));
  });

  it('options are strict: any unknown key is INVALID_ARGUMENT at that key', () => {
    expectPopm(() => criticalPath(plan, { maxpaths: 3 } as never), 'INVALID_ARGUMENT', [
      'options',
      'maxpaths',
    ]);
    expectPopm(() => criticalPath(plan, { color: 'red' } as never), 'INVALID_ARGUMENT', [
      'options',
      'color',
    ]);
    expectPopm(() => pertAnalysis(plan, { tolerence: 0 } as never), 'INVALID_ARGUMENT', [
      'options',
      'tolerence',
    ]);
    const e = caught(() => scheduleDates(plan, { start: '2026-11-30', calender: {} } as never));
    expect([e.path, e.details?.suggestion]).toEqual([['options', 'calender'], 'calendar']);
  });

  it('meta round-trips through criticalPath: copied, frozen, equal, not the caller object', () => {
    const input = frozen(plan);
    const r = criticalPath(input);
    expect(r.tasks[0]?.meta).toEqual({ owner: 'kim', tags: ['x'] });
    expect(r.tasks[0]?.meta).not.toBe(input[0]?.meta);
    expect(isDeepFrozen(r)).toBe(true);
    expect('meta' in (r.tasks[1] as object)).toBe(false);
    expect(JSON.parse(JSON.stringify(r)).tasks[0].meta).toEqual(input[0]?.meta);
  });

  it('meta must be JSON: a cycle or a function is INVALID_ARGUMENT at its path', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expectPopm(() => criticalPath([{ id: 'A', duration: 1, meta: cyclic }]), 'INVALID_ARGUMENT', [
      'tasks',
      0,
      'meta',
      'self',
    ]);
    expectPopm(
      () => criticalPath([{ id: 'A', duration: 1, meta: { f: () => 1 } }]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'meta', 'f'],
    );
  });

  it('never takes a prototype from a JSON __proto__ key', () => {
    const tasks = JSON.parse(
      '[{"id":"A","duration":2,"__proto__":{"duration":99,"dependsOn":["Z"]}}]',
    );
    const r = criticalPath(tasks);
    expect(r.duration).toBe(2);
    expect(Object.getPrototypeOf(r.tasks[0])).toBe(Object.prototype);
  });

  it('a throwing getter or Proxy trap is a PopmError, never a TypeError', () => {
    const getter = Object.defineProperty({ id: 'A' }, 'duration', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    expectPopm(() => criticalPath([getter as Task]), 'INVALID_ARGUMENT', ['tasks', 0, 'duration']);
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expectPopm(() => criticalPath([proxy as Task]), 'INVALID_ARGUMENT', ['tasks', 0]);
  });
});

describe('issue 12: baselines', () => {
  const base = {
    finish: '2026-12-04',
    tasks: [{ id: 'A', start: '2026-11-30', finish: '2026-12-04' }],
  };

  it('a misspelled baseline or baseline-task key is INVALID_ARGUMENT with its suggestion', () => {
    const e = caught(() =>
      baselineVariance(base, { finsh: '2026-12-04', finish: '2026-12-04', tasks: [] } as never),
    );
    expect([e.path, e.details?.suggestion]).toEqual([['current', 'finsh'], 'finish']);
    const t = caught(() =>
      baselineVariance(base, {
        finish: '2026-12-04',
        tasks: [{ id: 'A', start: '2026-11-30', finish: '2026-12-04', milstone: true }],
      } as never),
    );
    expect([t.path, t.details?.suggestion]).toEqual([
      ['current', 'tasks', 0, 'milstone'],
      'milestone',
    ]);
  });

  it('options are strict, and a schedule with its extra fields is a valid current plan', () => {
    expectPopm(() => baselineVariance(base, base, { calender: {} } as never), 'INVALID_ARGUMENT', [
      'options',
      'calender',
    ]);
    const s = scheduleDates([{ id: 'A', duration: 5 }], { start: '2026-11-30' });
    expect(baselineVariance(toBaseline(s), s).finishSlip).toBe(0);
    expect(baselineVariance({ ...base, color: 'red' } as never, base).finishSlip).toBe(0);
  });
});

describe('issue 13: the 1.0 result contract in popm/plan', () => {
  it('validatePlan returns a report { ok, findings, summary } instead of throwing', () => {
    const good = validatePlan(plan);
    expect(good).toEqual({ ok: true, findings: [], summary: assertPlan(plan) });
    const bad = validatePlan([
      { id: 'A', duration: 1, dependsOn: ['B'] },
      { id: 'B', duration: 1, dependsOn: ['A'] },
    ]);
    expect(bad.ok).toBe(false);
    expect(bad.summary).toBeNull();
    expect(bad.findings).toEqual([
      {
        code: 'CYCLE',
        path: ['tasks', 1, 'dependsOn'],
        message: 'tasks[1].dependsOn: expected no dependency loop, got "B -> A"',
        details: { cycle: ['B', 'A'] },
      },
    ]);
    expect(isDeepFrozen(bad)).toBe(true);
    expect(validatePlan('x' as never).findings[0]?.path).toEqual(['tasks']);
  });

  it('validatePlan reports the misspelled key with its suggestion', () => {
    const r = validatePlan([
      { id: 'A', duration: 3 },
      { id: 'B', duration: 2, dependOn: ['A'] } as never,
    ]);
    expect(r.findings[0]?.message).toBe(
      "tasks[1].dependOn: unknown key; did you mean 'dependsOn'?",
    );
  });

  it('PERT results say stdDev, hold no functions and survive JSON and structuredClone unchanged', () => {
    const r = pertAnalysis(plan);
    expect(Object.keys(r)).toEqual(['mean', 'variance', 'stdDev', 'path', 'criticalPath', 'tasks']);
    expect(r.tasks[0]).toHaveProperty('stdDev');
    expect(pertEstimate({ optimistic: 2, mostLikely: 8, pessimistic: 14 })).toEqual({
      mean: 8,
      stdDev: 2,
      variance: 4,
    });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(structuredClone(r)).toEqual(r);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('the look-ups are functions over the result, and accept a JSON copy of it', () => {
    const r = pertAnalysis(plan);
    const copy = JSON.parse(JSON.stringify(r));
    expect(probabilityOfCompletion(copy, 7)).toBe(probabilityOfCompletion(r, 7));
    expect(durationForProbability(copy, 0.9)).toBe(durationForProbability(r, 0.9));
    expectPopm(() => probabilityOfCompletion({ mean: 5, stdDev: -1 } as never, 3), 'OUT_OF_RANGE', [
      'analysis',
      'stdDev',
    ]);
    expectPopm(() => durationForProbability(null as never, 0.5), 'INVALID_ARGUMENT', ['analysis']);
  });
});

describe('issue 21: hostile input in popm/plan', () => {
  it('regression (issue 21): durationForProbability(5e-324) is a finite number, not NaN', () => {
    const r = pertAnalysis([
      { id: 'A', duration: 3, estimate: { optimistic: 0, mostLikely: 3, pessimistic: 6 } },
    ]);
    const d = durationForProbability(r, 5e-324);
    expect(d).toBe(0);
    expect(durationForProbability(r, 1 - 2 ** -53)).toBeGreaterThan(3);
    const wide = pertAnalysis([
      { id: 'A', duration: 1e6, estimate: { optimistic: 0, mostLikely: 1e6, pessimistic: 6e6 } },
    ]);
    expect(Number.isFinite(durationForProbability(wide, 5e-324))).toBe(true);
    const certain = pertAnalysis([{ id: 'A', duration: 4 }]);
    expect(durationForProbability(certain, 5e-324)).toBe(4);
  });

  it('durations never go below zero and the look-ups never return NaN at extreme figures', () => {
    const tiny = {
      mean: 1,
      stdDev: 5e-324,
      variance: 0,
      path: [],
      criticalPath: {},
      tasks: [],
    } as never;
    expect(probabilityOfCompletion(tiny, 1)).toBe(0.5);
    expect(probabilityOfCompletion(tiny, 1.5)).toBe(1);
    expect(probabilityOfCompletion(tiny, 0.5)).toBe(0);
    expect(durationForProbability(tiny, 0.3)).toBe(1);
    const huge = { mean: 1e308, stdDev: 1e308 } as never;
    expectPopm(() => durationForProbability(huge, 0.99), 'OUT_OF_RANGE', ['probability']);
    expect(probabilityOfCompletion(huge, -1.7e308)).toBeGreaterThanOrEqual(0);
  });

  it('an estimate near 1e308 gives a finite PERT mean or an OUT_OF_RANGE, never Infinity', () => {
    const top = pertEstimate({ optimistic: 1.7e308, mostLikely: 1.7e308, pessimistic: 1.7e308 });
    expect(top.mean / 1.7e308).toBeCloseTo(1, 12);
    expectPopm(
      () => pertEstimate({ optimistic: 0, mostLikely: 1, pessimistic: 1e300 }),
      'OUT_OF_RANGE',
      ['estimate', 'pessimistic'],
    );
  });

  it('a Proxy list whose traps throw is INVALID_ARGUMENT at the list, never the trap error', () => {
    const trap = new Proxy([], {
      get() {
        throw new Error('trap');
      },
    });
    expectPopm(() => criticalPath(trap as never), 'INVALID_ARGUMENT', ['tasks']);
    expectPopm(
      () =>
        criticalPath([
          { id: 'A', duration: 1 },
          { id: 'B', duration: 1, dependsOn: trap as never },
        ]),
      'INVALID_ARGUMENT',
      ['tasks', 1, 'dependsOn'],
    );
    expectPopm(() => validatePlan(trap as never) && assertPlan(trap as never), 'INVALID_ARGUMENT', [
      'tasks',
    ]);
  });

  it('inputs are never frozen or changed, results are deep-frozen', () => {
    const input = structuredClone(plan);
    const before = JSON.stringify(input);
    const r = criticalPath(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input[0])).toBe(false);
    expect(Object.isFrozen(input[0]?.meta)).toBe(false);
    expect(isDeepFrozen(r)).toBe(true);
    expect(isDeepFrozen(pertAnalysis(input))).toBe(true);
    expect(isDeepFrozen(scheduleDates(input, { start: '2026-11-30' }))).toBe(true);
  });
});
