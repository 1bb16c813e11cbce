import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isPopmError } from '../../src/core/errors.js';
import { criticalPath } from '../../src/plan/criticalPath.js';
import {
  BaselineTaskSchema,
  DependencySchema,
  PlanBaselineSchema,
  PlanSchema,
  parsePlan,
  parsePlanBaseline,
  safeParsePlan,
  safeParsePlanBaseline,
  TaskSchema,
  ThreePointEstimateSchema,
} from '../../src/schemas/plan.js';

function issuesOf(fn: () => unknown): { path: (string | number)[]; message: string }[] {
  try {
    fn();
  } catch (e) {
    expect(isPopmError(e)).toBe(true);
    expect((e as { code: string }).code).toBe('SCHEMA');
    return (e as { details: { issues: { path: (string | number)[]; message: string }[] } }).details
      .issues;
  }
  throw new Error('expected a SCHEMA error');
}

const json = [
  {
    id: 'A',
    name: 'Design',
    duration: 3,
    estimate: { optimistic: 2, mostLikely: 3, pessimistic: 5 },
  },
  { id: 'B', duration: 2, dependsOn: ['A', { id: 'A2', type: 'SS', lag: -1 }] },
  { id: 'A2', duration: 1, constraint: { startNoEarlierThan: 1 } },
];

describe('plan schemas', () => {
  it('parses a plan from JSON into frozen tasks that criticalPath accepts', () => {
    const plan = parsePlan(JSON.parse(JSON.stringify(json)));
    expect(plan).toEqual(json);
    expect(Object.isFrozen(plan[1]?.dependsOn)).toBe(true);
    expect(criticalPath(plan).duration).toBe(5);
  });

  it('matches the @examples', () => {
    expect(
      parsePlan([
        { id: 'A', duration: 3 },
        { id: 'B', duration: 2, dependsOn: ['A'] },
      ]),
    ).toHaveLength(2);
    expect(
      issuesOf(() => parsePlan([{ id: 'A', duration: 1, dependsOn: ['Z'] }]))[0]?.path,
    ).toEqual([0, 'dependsOn', 0]);
    expect(safeParsePlan([{ id: 'A', duration: -1 }]).success).toBe(false);
    expect(z.safeParse(DependencySchema, { id: 'A', type: 'SS', lag: 2 }).success).toBe(true);
    expect(
      z.safeParse(ThreePointEstimateSchema, { optimistic: 3, mostLikely: 2, pessimistic: 5 })
        .success,
    ).toBe(false);
    expect(z.safeParse(TaskSchema, { id: 'A', duration: -1 }).success).toBe(false);
    expect(z.safeParse(PlanSchema, [{ id: 'A', duration: 1, dependsOn: ['B'] }]).success).toBe(
      false,
    );
    expect(
      z.safeParse(BaselineTaskSchema, { id: 'A', start: '2026-11-30', finish: '2026-12-04' })
        .success,
    ).toBe(true);
    expect(z.safeParse(PlanBaselineSchema, { finish: '2026-12-04', tasks: [] }).success).toBe(true);
    expect(parsePlanBaseline({ finish: '2026-12-04', tasks: [] }).finish).toBe('2026-12-04');
  });

  it('reports every shape problem with its path', () => {
    const issues = issuesOf(() =>
      parsePlan([
        { id: '', duration: 1 },
        { id: 'B', duration: -2 },
        { id: 'C', duration: 1, dependsOn: [{ id: 'B', type: 'XX' }] },
        { id: 'D', duration: 1, estimate: { optimistic: 1, mostLikely: 3, pessimistic: 2 } },
        { id: 'E', duration: 1, constraint: { startNoEarlierThan: -1 } },
      ]),
    );
    const paths = issues.map((i) => i.path.join('.'));
    expect(paths).toContain('0.id');
    expect(paths).toContain('1.duration');
    expect(paths.some((p) => p.startsWith('2.dependsOn.0'))).toBe(true);
    expect(paths).toContain('3.estimate.pessimistic');
    expect(paths).toContain('4.constraint.startNoEarlierThan');
  });

  it('reports duplicate ids and every unknown predecessor', () => {
    const issues = issuesOf(() =>
      parsePlan([
        { id: 'A', duration: 1, dependsOn: ['X'] },
        { id: 'A', duration: 1, dependsOn: [{ id: 'Y' }] },
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual([
      [1, 'id'],
      [0, 'dependsOn', 0],
      [1, 'dependsOn', 0, 'id'],
    ]);
  });

  it('reports a dependency loop with its path', () => {
    const r = safeParsePlan([
      { id: 'A', duration: 1, dependsOn: ['B'] },
      { id: 'B', duration: 1, dependsOn: ['A'] },
    ]);
    expect(r.success).toBe(false);
    if (!r.success) {
      const issues = (
        r.error.details as unknown as { issues: { path: unknown[]; message: string }[] }
      ).issues;
      expect(issues[0]?.path).toEqual([1, 'dependsOn']);
      expect(issues[0]?.message).toContain('no dependency loop');
    }
  });

  it('reports a predecessor listed twice', () => {
    const issues = issuesOf(() =>
      parsePlan([
        { id: 'A', duration: 1 },
        { id: 'B', duration: 1, dependsOn: ['A', 'A'] },
      ]),
    );
    expect(issues[0]?.path).toEqual([1, 'dependsOn', 1]);
  });

  it('safeParsePlan returns frozen data on success', () => {
    const r = safeParsePlan(json);
    expect(r.success).toBe(true);
    if (r.success) expect(Object.isFrozen(r.data[0])).toBe(true);
  });

  it('safeParsePlanBaseline returns the outcome (its @example)', () => {
    const bad = safeParsePlanBaseline({ finish: 'soon', tasks: [] });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe('SCHEMA');
    const good = safeParsePlanBaseline({ finish: '2026-12-04', tasks: [] });
    expect(good.success && Object.isFrozen(good.data)).toBe(true);
  });

  it('rejects a non-array plan', () => {
    expect(issuesOf(() => parsePlan({ tasks: [] }))).toHaveLength(1);
  });

  it('parses a baseline and rejects bad dates and duplicate ids', () => {
    const b = parsePlanBaseline({
      start: '2026-11-30',
      finish: '2026-12-04',
      tasks: [{ id: 'A', start: '2026-11-30', finish: '2026-12-04', milestone: false }],
    });
    expect(Object.isFrozen(b.tasks[0])).toBe(true);
    const issues = issuesOf(() =>
      parsePlanBaseline({
        finish: '2026-02-30',
        tasks: [
          { id: 'A', start: '2026-11-30', finish: '2026-12-04' },
          { id: 'A', start: '2026-11-30', finish: '2026-12-04' },
        ],
      }),
    );
    expect(issues.map((i) => i.path)).toEqual([['finish'], ['tasks', 1, 'id']]);
  });

  it('rejects a baseline task finishing before it starts', () => {
    const issues = issuesOf(() =>
      parsePlanBaseline({
        finish: '2026-12-04',
        tasks: [
          { id: 'A', start: '2026-12-02', finish: '2026-12-01' },
          { id: 'B', start: '2026-12-02', finish: '2026-12-02' },
        ],
      }),
    );
    expect(issues.map((i) => i.path)).toEqual([['tasks', 0, 'finish']]);
  });
});
