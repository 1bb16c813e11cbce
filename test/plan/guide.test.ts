import { describe, expect, it } from 'vitest';
import { baselineVariance, toBaseline } from '../../src/plan/baselineVariance.js';
import { criticalPath } from '../../src/plan/criticalPath.js';
import { durationForProbability } from '../../src/plan/durationForProbability.js';
import * as planApi from '../../src/plan/index.js';
import { pertAnalysis } from '../../src/plan/pertAnalysis.js';
import { scheduleDates } from '../../src/plan/scheduleDates.js';
import { simulateSchedule } from '../../src/plan/simulateSchedule.js';
import type { Task } from '../../src/plan/types.js';
import { assertPlan } from '../../src/plan/validatePlan.js';
import * as schemas from '../../src/schemas/index.js';
import { guideExample, runExample } from '../helpers/doctest.js';
import { expectPopm } from './helpers.js';

// Every result shown in docs/guides/plan.md, so the guide cannot drift.
const plan: Task[] = [
  { id: 'A', name: 'Design', duration: 5 },
  { id: 'B', name: 'Build', duration: 5, dependsOn: ['A'] },
  { id: 'C', name: 'Procure', duration: 10, dependsOn: ['A'] },
  { id: 'D', name: 'Install', duration: 15, dependsOn: ['B', 'C'] },
];

describe('docs/guides/plan.md', () => {
  it('§1 loop error', () => {
    const e = expectPopm(
      () =>
        assertPlan([
          { id: 'A', duration: 1, dependsOn: ['C'] },
          { id: 'B', duration: 1, dependsOn: ['A'] },
          { id: 'C', duration: 1, dependsOn: ['B'] },
        ]),
      'CYCLE',
    );
    expect((e as unknown as Error).message).toBe(
      'tasks[1].dependsOn: expected no dependency loop, got "B -> C -> A"',
    );
    expect(e.details).toEqual({ cycle: ['B', 'C', 'A'] });
  });

  it('§2 CPM, lags, two paths, 0.1 + 0.2', () => {
    const cp = criticalPath(plan);
    expect(cp.duration).toBe(30);
    expect(cp.criticalPaths).toEqual([['A', 'C', 'D']]);
    expect(cp.tasks[1]).toEqual({
      id: 'B',
      duration: 5,
      es: 5,
      ef: 10,
      ls: 10,
      lf: 15,
      totalFloat: 5,
      freeFloat: 5,
      critical: false,
    });
    const lag = criticalPath([
      { id: 'Pour', duration: 3 },
      { id: 'Cure', duration: 4, dependsOn: [{ id: 'Pour', type: 'FS', lag: 2 }] },
      { id: 'Paint', duration: 6, dependsOn: [{ id: 'Pour', type: 'SS', lag: 1 }] },
      { id: 'Inspect', duration: 1, dependsOn: [{ id: 'Paint', type: 'FF', lag: 1 }] },
    ]);
    expect(lag.duration).toBe(9);
    expect(lag.criticalPaths).toEqual([['Pour', 'Cure']]);
    expect(lag.tasks.slice(2).map((t) => [t.id, t.es, t.ef, t.totalFloat, t.freeFloat])).toEqual([
      ['Paint', 1, 7, 1, 0],
      ['Inspect', 7, 8, 1, 1],
    ]);
  });

  it('§3 and §4 PERT and Monte Carlo', () => {
    const pert = pertAnalysis([
      { id: 'A', duration: 3, estimate: { optimistic: 0, mostLikely: 3, pessimistic: 6 } },
      {
        id: 'B',
        duration: 8,
        dependsOn: ['A'],
        estimate: { optimistic: 2, mostLikely: 8, pessimistic: 14 },
      },
      {
        id: 'C',
        duration: 6,
        dependsOn: ['B'],
        estimate: { optimistic: 0, mostLikely: 6, pessimistic: 12 },
      },
    ]);
    expect(durationForProbability(pert, 0.95)).toBeCloseTo(21.934560880854413, 12);
    const merge: Task[] = [
      { id: 'X', duration: 10, estimate: { optimistic: 6, mostLikely: 10, pessimistic: 14 } },
      { id: 'Y', duration: 10, estimate: { optimistic: 6, mostLikely: 10, pessimistic: 14 } },
      { id: 'Z', duration: 1, dependsOn: ['X', 'Y'] },
    ];
    expect(durationForProbability(pertAnalysis(merge), 0.8)).toBeCloseTo(12.122161644763885, 12);
    const sim = simulateSchedule(merge, { trials: 10000, seed: 'guide', percentiles: [50, 80] });
    // Math.log and Math.sqrt may differ in the last bit between engines: compare to 9 places.
    expect(sim.percentiles[50]).toBeCloseTo(11.920189236329911, 9);
    expect(sim.percentiles[80]).toBeCloseTo(12.965810196309558, 9);
    expect(sim.tasks.map((t) => t.criticalityIndex)).toEqual([0.4957, 0.5043, 1]);
  });

  it('§5 and §6 dates and baseline', () => {
    const calendar = { weekend: [0, 6], holidays: ['2026-12-25', '2026-12-28'] };
    const live: Task = { id: 'Live', duration: 0, dependsOn: ['D'] };
    const s = scheduleDates([...plan, live], { start: '2026-11-30', calendar });
    expect(s.finish).toBe('2027-01-12');
    expect(s.tasks[3]).toMatchObject({ start: '2026-12-21', finish: '2027-01-12' });
    expect(s.milestones).toEqual([
      { id: 'Live', date: '2027-01-12', lateDate: '2027-01-12', critical: true },
    ]);
    const baseline = toBaseline(s);
    const replanned: Task[] = [{ ...(plan[0] as Task), duration: 7 }, ...plan.slice(1), live];
    const current = scheduleDates(replanned, { start: '2026-11-30', calendar });
    const v = baselineVariance(baseline, current, { calendar });
    expect(v.finishSlip).toBe(2);
    expect(v.milestones).toEqual([
      { id: 'Live', baselineDate: '2027-01-12', date: '2027-01-14', slip: 2 },
    ]);
    expect([v.added, v.removed]).toEqual([[], []]);
  });

  it('shows true results in every code block', () => {
    const run = runExample(
      guideExample('docs/guides/plan.md'),
      { ...planApi },
      { 'popm/plan': planApi, 'popm/schemas': schemas },
    );
    expect(run.checked).toBe(run.declared);
    expect(run.checked).toBeGreaterThan(10);
  });
});
