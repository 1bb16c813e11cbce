import { describe, expect, it } from 'vitest';
import { criticalPath } from '../../src/plan/criticalPath.js';
import type { Task } from '../../src/plan/types.js';
import { assertPlan } from '../../src/plan/validatePlan.js';
import { expectPopm, frozen, isDeepFrozen } from './helpers.js';

const monday = '2026-11-30';

function byId(r: ReturnType<typeof criticalPath>) {
  return Object.fromEntries(r.tasks.map((t) => [t.id, t]));
}

// A summary task's dates are its children's span and its slack their least
// (MS Project: a summary task "rolls up" its subtasks; it has no duration of
// its own to edit, and a link to a summary applies to each of its subtasks).
describe('issue 18: summary tasks', () => {
  const plan = frozen([
    { id: 'Design', parent: 'Phase 1' } as unknown as Task,
    { id: 'Phase 1' } as unknown as Task,
    { id: 'Spec', duration: 3, parent: 'Design' },
    { id: 'Review', duration: 2, parent: 'Design', dependsOn: ['Spec'] },
    { id: 'Prototype', duration: 4, parent: 'Phase 1' },
    { id: 'Build', duration: 5, dependsOn: ['Phase 1'] },
    { id: 'Docs', duration: 1, dependsOn: [{ id: 'Design', type: 'SS', lag: 1 }] },
  ]);

  it('rolls dates, duration and float up from the children, nested', () => {
    const r = byId(criticalPath(plan, { start: monday }));
    expect(r.Design).toMatchObject({ es: 0, ef: 5, duration: 5, totalFloat: 0, summary: true });
    expect(r['Phase 1']).toMatchObject({
      es: 0,
      ef: 5,
      duration: 5,
      startDate: '2026-11-30',
      finishDate: '2026-12-04',
      critical: true,
      summary: true,
    });
  });

  it('a link to a summary applies to each of its children: Build waits for all of Phase 1', () => {
    const r = byId(criticalPath(plan, { start: monday }));
    expect(r.Build).toMatchObject({ es: 5, ef: 10, startDate: '2026-12-07' });
    expect(r.Prototype?.totalFloat).toBe(1);
  });

  it('an SS link from a summary waits for each child to start (Review starts day 3: Docs day 4)', () => {
    expect(byId(criticalPath(plan)).Docs?.es).toBe(4);
  });

  it('a link into a summary holds each child, and the critical path runs through the children', () => {
    const r = criticalPath(
      frozen([
        { id: 'Kickoff', duration: 2 },
        { id: 'Work', dependsOn: ['Kickoff'] } as unknown as Task,
        { id: 'W1', duration: 3, parent: 'Work' },
        { id: 'W2', duration: 1, parent: 'Work' },
      ]),
    );
    const t = byId(r);
    expect([t.W1?.es, t.W2?.es, t.Work?.es, t.Work?.ef]).toEqual([2, 2, 2, 5]);
    expect(r.criticalPaths).toEqual([['Kickoff', 'W1']]);
    expect(r.criticalTasks).toEqual(['Kickoff', 'W1']);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('a deadline on a summary: missed by its latest child, the children driving it go negative', () => {
    const r = criticalPath(
      frozen([
        { id: 'S', deadline: '2026-12-03' } as unknown as Task,
        { id: 'X', duration: 5, parent: 'S' },
        { id: 'Y', duration: 1, parent: 'S' },
      ]),
      { start: monday },
    );
    expect(r.conflicts).toEqual([{ taskId: 'S', kind: 'deadline', by: 1 }]);
    expect(byId(r).X?.totalFloat).toBe(-1);
    expect(byId(r).S?.totalFloat).toBe(-1);
  });

  it('a summary may carry duration 0 (as exported) but no other', () => {
    expect(
      criticalPath([
        { id: 'S', duration: 0 },
        { id: 'A', duration: 2, parent: 'S' },
      ]).duration,
    ).toBe(2);
    expectPopm(
      () =>
        criticalPath([
          { id: 'S', duration: 3 },
          { id: 'A', duration: 2, parent: 'S' },
        ]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'duration'],
    );
  });

  it('assertPlan checks the tree too', () => {
    expect(assertPlan(plan).taskCount).toBe(7);
  });
});

describe('issue 18: bad summary input', () => {
  it('a cycle through parents is CYCLE at the parent, naming the loop', () => {
    const e = expectPopm(
      () =>
        criticalPath([
          { id: 'A', parent: 'B' } as unknown as Task,
          { id: 'B', parent: 'A' } as unknown as Task,
          { id: 'C', duration: 1, parent: 'A' },
        ]),
      'CYCLE',
      ['tasks', 0, 'parent'],
    );
    expect(e.details?.cycle).toEqual(['A', 'B']);
    expectPopm(() => criticalPath([{ id: 'A', duration: 1, parent: 'A' }]), 'CYCLE', [
      'tasks',
      0,
      'parent',
    ]);
  });

  it('an unknown parent is NOT_FOUND', () => {
    expectPopm(() => criticalPath([{ id: 'A', duration: 1, parent: 'Z' }]), 'NOT_FOUND', [
      'tasks',
      0,
      'parent',
    ]);
  });

  it('a link from a summary to its own child (or back) is INVALID_ARGUMENT at the link', () => {
    expectPopm(
      () =>
        criticalPath([
          { id: 'S' } as unknown as Task,
          { id: 'A', duration: 1, parent: 'S' },
          { id: 'B', duration: 1, parent: 'S', dependsOn: ['S'] },
        ]),
      'INVALID_ARGUMENT',
      ['tasks', 2, 'dependsOn', 0],
    );
    expectPopm(
      () =>
        criticalPath([
          { id: 'S', dependsOn: [{ id: 'A' }] } as unknown as Task,
          { id: 'T', parent: 'S' } as unknown as Task,
          { id: 'A', duration: 1, parent: 'T' },
        ]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'dependsOn', 0, 'id'],
    );
  });

  it('a leaf without duration is INVALID_NUMBER; a summary with a constraint or progress INVALID_ARGUMENT', () => {
    expectPopm(() => criticalPath([{ id: 'A' } as unknown as Task]), 'INVALID_NUMBER', [
      'tasks',
      0,
      'duration',
    ]);
    expectPopm(
      () =>
        criticalPath([
          { id: 'S', percentComplete: 50 } as unknown as Task,
          { id: 'A', duration: 1, parent: 'S' },
        ]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'percentComplete'],
    );
  });

  it('a loop made through a summary (a child feeds a task the summary waits for) is CYCLE', () => {
    expectPopm(
      () =>
        criticalPath([
          { id: 'S', dependsOn: ['X'] } as unknown as Task,
          { id: 'A', duration: 1, parent: 'S' },
          { id: 'X', duration: 1, dependsOn: ['A'] },
        ]),
      'CYCLE',
    );
  });
});
