import { describe, expect, it } from 'vitest';
import { baselineVariance, toBaseline } from '../../src/plan/baselineVariance.js';
import { criticalPath } from '../../src/plan/criticalPath.js';
import { durationForProbability } from '../../src/plan/durationForProbability.js';
import { pertAnalysis } from '../../src/plan/pertAnalysis.js';
import { pertEstimate } from '../../src/plan/pertEstimate.js';
import { probabilityOfCompletion } from '../../src/plan/probabilityOfCompletion.js';
import { scheduleDates } from '../../src/plan/scheduleDates.js';
import { simulateSchedule } from '../../src/plan/simulateSchedule.js';
import type { Task } from '../../src/plan/types.js';
import { assertPlan } from '../../src/plan/validatePlan.js';
import { expectPopm } from './helpers.js';

/** Every export that takes a plan, with options that are otherwise valid. */
const planFunctions: [string, (tasks: readonly Task[]) => unknown][] = [
  ['assertPlan', (t) => assertPlan(t)],
  ['criticalPath', (t) => criticalPath(t)],
  ['pertAnalysis', (t) => pertAnalysis(t)],
  ['simulateSchedule', (t) => simulateSchedule(t, { trials: 5, seed: 1 })],
  ['scheduleDates', (t) => scheduleDates(t, { start: '2026-11-30' })],
];

/** Bad plans: [what, plan, code, path]. */
const badPlans: [string, unknown, string, (string | number)[]][] = [
  ['null plan', null, 'INVALID_ARGUMENT', ['tasks']],
  ['string plan', 'A', 'INVALID_ARGUMENT', ['tasks']],
  ['null task', [null], 'INVALID_ARGUMENT', ['tasks', 0]],
  ['array task', [[]], 'INVALID_ARGUMENT', ['tasks', 0]],
  ['missing id', [{ duration: 1 }], 'INVALID_ARGUMENT', ['tasks', 0, 'id']],
  ['numeric id', [{ id: 1, duration: 1 }], 'INVALID_ARGUMENT', ['tasks', 0, 'id']],
  [
    'name not a string',
    [{ id: 'A', name: 3, duration: 1 }],
    'INVALID_ARGUMENT',
    ['tasks', 0, 'name'],
  ],
  ['string duration', [{ id: 'A', duration: '3' }], 'INVALID_NUMBER', ['tasks', 0, 'duration']],
  ['NaN duration', [{ id: 'A', duration: Number.NaN }], 'INVALID_NUMBER', ['tasks', 0, 'duration']],
  [
    'Infinity duration',
    [{ id: 'A', duration: Number.POSITIVE_INFINITY }],
    'INVALID_NUMBER',
    ['tasks', 0, 'duration'],
  ],
  ['negative duration', [{ id: 'A', duration: -1 }], 'OUT_OF_RANGE', ['tasks', 0, 'duration']],
  [
    'dependsOn not an array',
    [{ id: 'A', duration: 1, dependsOn: 'B' }],
    'INVALID_ARGUMENT',
    ['tasks', 0, 'dependsOn'],
  ],
  [
    'unknown predecessor',
    [{ id: 'A', duration: 1, dependsOn: ['B'] }],
    'NOT_FOUND',
    ['tasks', 0, 'dependsOn', 0],
  ],
  [
    'bad link type',
    [
      { id: 'A', duration: 1 },
      { id: 'B', duration: 1, dependsOn: [{ id: 'A', type: 'fs' }] },
    ],
    'INVALID_ARGUMENT',
    ['tasks', 1, 'dependsOn', 0, 'type'],
  ],
  [
    'NaN lag',
    [
      { id: 'A', duration: 1 },
      { id: 'B', duration: 1, dependsOn: [{ id: 'A', lag: Number.NaN }] },
    ],
    'INVALID_NUMBER',
    ['tasks', 1, 'dependsOn', 0, 'lag'],
  ],
  [
    'duplicate id',
    [
      { id: 'A', duration: 1 },
      { id: 'A', duration: 2 },
    ],
    'DUPLICATE_ID',
    ['tasks', 1, 'id'],
  ],
  [
    'loop',
    [
      { id: 'A', duration: 1, dependsOn: ['B'] },
      { id: 'B', duration: 1, dependsOn: ['A'] },
    ],
    'CYCLE',
    ['tasks', 1, 'dependsOn'],
  ],
  [
    'negative constraint',
    [{ id: 'A', duration: 1, constraint: { startNoEarlierThan: -2 } }],
    'OUT_OF_RANGE',
    ['tasks', 0, 'constraint', 'startNoEarlierThan'],
  ],
  [
    'disordered estimate',
    [{ id: 'A', duration: 1, estimate: { optimistic: 3, mostLikely: 2, pessimistic: 5 } }],
    'OUT_OF_RANGE',
    ['tasks', 0, 'estimate', 'mostLikely'],
  ],
];

describe('every plan function is loud about a bad plan, with the same code and path', () => {
  for (const [name, fn] of planFunctions)
    for (const [what, plan, code, path] of badPlans)
      it(`${name}: ${what} -> ${code}`, () => {
        expectPopm(() => fn(plan as readonly Task[]), code, path);
      });
});

describe('bad arguments of the other exports and of the result functions', () => {
  const ok = [{ id: 'A', duration: 2, estimate: { optimistic: 1, mostLikely: 2, pessimistic: 6 } }];

  it('pertEstimate', () => {
    expectPopm(() => pertEstimate(null as never), 'INVALID_ARGUMENT', ['estimate']);
    expectPopm(
      () => pertEstimate({ optimistic: '1', mostLikely: 2, pessimistic: 3 } as never),
      'INVALID_NUMBER',
      ['estimate', 'optimistic'],
    );
    expectPopm(
      () => pertEstimate({ optimistic: -1, mostLikely: 2, pessimistic: 3 }),
      'OUT_OF_RANGE',
      ['estimate', 'optimistic'],
    );
    expectPopm(
      () => pertEstimate({ optimistic: 1, mostLikely: 2, pessimistic: Number.NaN }),
      'INVALID_NUMBER',
      ['estimate', 'pessimistic'],
    );
  });

  it('pertAnalysis result functions', () => {
    const r = pertAnalysis(ok);
    expectPopm(() => probabilityOfCompletion(r, '3' as never), 'INVALID_NUMBER', ['by']);
    expectPopm(() => probabilityOfCompletion(r, Number.POSITIVE_INFINITY), 'INVALID_NUMBER', [
      'by',
    ]);
    expectPopm(() => durationForProbability(r, Number.NaN), 'INVALID_NUMBER', ['probability']);
    expectPopm(() => durationForProbability(r, 1.5), 'OUT_OF_RANGE', ['probability']);
    expect(probabilityOfCompletion(r, r.mean)).toBeCloseTo(0.5, 12);
  });

  it('criticalPath and pertAnalysis options', () => {
    for (const fn of [criticalPath, pertAnalysis]) {
      expectPopm(() => fn(ok, null as never), 'INVALID_ARGUMENT', ['options']);
      expectPopm(() => fn(ok, { maxPaths: '5' as never }), 'INVALID_NUMBER', [
        'options',
        'maxPaths',
      ]);
      expectPopm(() => fn(ok, { maxPaths: Number.NaN }), 'INVALID_NUMBER', ['options', 'maxPaths']);
      expectPopm(() => fn(ok, { tolerance: Number.POSITIVE_INFINITY }), 'INVALID_NUMBER', [
        'options',
        'tolerance',
      ]);
    }
  });

  it('scheduleDates start', () => {
    for (const start of [undefined, '', '2026-1-5', '2026-11-31', 20261130, new Date(0)])
      expectPopm(() => scheduleDates(ok, { start: start as never }), 'INVALID_DATE', [
        'options',
        'start',
      ]);
  });

  it('baselineVariance and toBaseline shapes', () => {
    const base = { finish: '2026-12-04', tasks: [] };
    expectPopm(() => baselineVariance(base, undefined as never), 'INVALID_ARGUMENT', ['current']);
    expectPopm(
      () => baselineVariance(base, { finish: '2026-12-04', tasks: [null] } as never),
      'INVALID_ARGUMENT',
      ['current', 'tasks', 0],
    );
    expectPopm(() => toBaseline([] as never), 'INVALID_ARGUMENT', ['schedule']);
  });
});
