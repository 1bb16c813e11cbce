import { describe, expect, it } from 'vitest';
import { criticalPath } from '../../src/plan/criticalPath.js';
import type { Task } from '../../src/plan/types.js';
import { assertPlan } from '../../src/plan/validatePlan.js';
import { expectPopm, frozen, isDeepFrozen } from './helpers.js';

describe('assertPlan', () => {
  it('summarises a valid plan (its @example)', () => {
    const s = assertPlan(
      frozen([
        { id: 'A', duration: 2 },
        { id: 'B', duration: 0, dependsOn: ['A'] },
      ]),
    );
    expect(s).toEqual({
      taskCount: 2,
      linkCount: 1,
      order: ['A', 'B'],
      starts: ['A'],
      ends: ['B'],
      milestones: ['B'],
    });
    expect(isDeepFrozen(s)).toBe(true);
  });

  it('orders forward references topologically (Kahn, input order among ready tasks)', () => {
    const s = assertPlan([
      { id: 'C', duration: 1, dependsOn: ['A', 'B'] },
      { id: 'B', duration: 1, dependsOn: ['A'] },
      { id: 'A', duration: 1 },
      { id: 'D', duration: 1 },
    ]);
    expect(s.order).toEqual(['A', 'D', 'B', 'C']);
    expect(s.starts).toEqual(['A', 'D']);
    expect(s.ends).toEqual(['C', 'D']);
  });

  it('DUPLICATE_ID for a repeated task id, with the first index in details', () => {
    const e = expectPopm(
      () =>
        assertPlan([
          { id: 'A', duration: 1 },
          { id: 'A', duration: 2 },
        ]),
      'DUPLICATE_ID',
      ['tasks', 1, 'id'],
    );
    expect(e.details).toEqual({ id: 'A', firstIndex: 0 });
  });

  it('DUPLICATE_ID for a predecessor listed twice by one task', () => {
    expectPopm(
      () =>
        assertPlan([
          { id: 'A', duration: 1 },
          { id: 'B', duration: 1, dependsOn: ['A', { id: 'A', type: 'SS' }] },
        ]),
      'DUPLICATE_ID',
      ['tasks', 1, 'dependsOn', 1, 'id'],
    );
  });

  it('DUPLICATE_ID for a predecessor listed twice before it appears (forward reference)', () => {
    expectPopm(
      () =>
        assertPlan([
          { id: 'X', duration: 1 },
          { id: 'B', duration: 1, dependsOn: ['X', 'A', { id: 'A', type: 'FF' }] },
          { id: 'A', duration: 1, dependsOn: ['X'] },
        ]),
      'DUPLICATE_ID',
      ['tasks', 1, 'dependsOn', 2, 'id'],
    );
    expectPopm(
      () =>
        assertPlan([
          { id: 'B', duration: 1, dependsOn: ['A', 'A'] },
          { id: 'A', duration: 1 },
        ]),
      'DUPLICATE_ID',
      ['tasks', 0, 'dependsOn', 1],
    );
  });

  it('handles a dense plan (every task depends on every earlier one): 28 links', () => {
    const tasks: Task[] = Array.from({ length: 8 }, (_, i) => ({
      id: `t${i}`,
      duration: 1,
      dependsOn: Array.from({ length: i }, (_, k) => `t${k}`),
    }));
    const s = assertPlan(tasks);
    expect(s.linkCount).toBe(28);
    expect(s.order).toEqual(tasks.map((t) => t.id));
    const rev = assertPlan([...tasks].reverse());
    expect(rev.order).toEqual(tasks.map((t) => t.id));
  });

  it('NOT_FOUND for an unknown predecessor (string and link forms)', () => {
    const e = expectPopm(
      () => assertPlan([{ id: 'A', duration: 1, dependsOn: ['Z'] }]),
      'NOT_FOUND',
      ['tasks', 0, 'dependsOn', 0],
    );
    expect(e.details).toEqual({ id: 'Z', task: 'A' });
    expectPopm(
      () => assertPlan([{ id: 'A', duration: 1, dependsOn: [{ id: 'Z', type: 'FF' }] }]),
      'NOT_FOUND',
      ['tasks', 0, 'dependsOn', 0, 'id'],
    );
  });

  it('CYCLE with the loop ids in details (each a predecessor of the next)', () => {
    const tasks: Task[] = [
      { id: 'S', duration: 1 },
      { id: 'A', duration: 1, dependsOn: ['S', 'C'] },
      { id: 'B', duration: 1, dependsOn: ['A'] },
      { id: 'C', duration: 1, dependsOn: ['B'] },
      { id: 'D', duration: 1, dependsOn: ['C'] },
    ];
    const e = expectPopm(() => assertPlan(tasks), 'CYCLE');
    const cycle = e.details?.cycle as string[];
    expect([...cycle].sort()).toEqual(['A', 'B', 'C']);
    // each id in the loop is a predecessor of the next one (and the last of the first)
    const preds = new Map(tasks.map((t) => [t.id, (t.dependsOn ?? []) as string[]]));
    cycle.forEach((id, i) => {
      const next = cycle[(i + 1) % cycle.length] as string;
      expect(preds.get(next)).toContain(id);
    });
    expect(e.path[0]).toBe('tasks');
    expect(e.path[2]).toBe('dependsOn');
  });

  it('CYCLE for a task that depends on itself', () => {
    const e = expectPopm(() => assertPlan([{ id: 'A', duration: 1, dependsOn: ['A'] }]), 'CYCLE', [
      'tasks',
      0,
      'dependsOn',
      0,
    ]);
    expect(e.details).toEqual({ cycle: ['A'] });
  });

  it('CYCLE for the two-task loop in its @example', () => {
    const e = expectPopm(
      () =>
        assertPlan([
          { id: 'A', duration: 1, dependsOn: ['B'] },
          { id: 'B', duration: 1, dependsOn: ['A'] },
        ]),
      'CYCLE',
      ['tasks', 1, 'dependsOn'],
    );
    expect(e.details).toEqual({ cycle: ['B', 'A'] });
  });

  it('OUT_OF_RANGE for a negative duration, constraint, or disordered estimate', () => {
    expectPopm(() => assertPlan([{ id: 'A', duration: -0.5 }]), 'OUT_OF_RANGE', [
      'tasks',
      0,
      'duration',
    ]);
    expectPopm(
      () => assertPlan([{ id: 'A', duration: 1, constraint: { startNoEarlierThan: -1 } }]),
      'OUT_OF_RANGE',
      ['tasks', 0, 'constraint', 'startNoEarlierThan'],
    );
    expectPopm(
      () =>
        assertPlan([
          { id: 'A', duration: 1, estimate: { optimistic: 3, mostLikely: 2, pessimistic: 5 } },
        ]),
      'OUT_OF_RANGE',
      ['tasks', 0, 'estimate', 'mostLikely'],
    );
    expectPopm(
      () =>
        assertPlan([
          { id: 'A', duration: 1, estimate: { optimistic: 1, mostLikely: 2, pessimistic: 1.5 } },
        ]),
      'OUT_OF_RANGE',
      ['tasks', 0, 'estimate', 'pessimistic'],
    );
    expectPopm(
      () =>
        assertPlan([
          { id: 'A', duration: 1, estimate: { optimistic: -1, mostLikely: 2, pessimistic: 3 } },
        ]),
      'OUT_OF_RANGE',
      ['tasks', 0, 'estimate', 'optimistic'],
    );
  });

  it('INVALID_NUMBER for non-finite numbers', () => {
    expectPopm(() => assertPlan([{ id: 'A', duration: Number.NaN }]), 'INVALID_NUMBER', [
      'tasks',
      0,
      'duration',
    ]);
    expectPopm(() => assertPlan([{ id: 'A', duration: '3' as never }]), 'INVALID_NUMBER', [
      'tasks',
      0,
      'duration',
    ]);
    expectPopm(
      () =>
        assertPlan([
          { id: 'A', duration: 1 },
          { id: 'B', duration: 1, dependsOn: [{ id: 'A', lag: Number.POSITIVE_INFINITY }] },
        ]),
      'INVALID_NUMBER',
      ['tasks', 1, 'dependsOn', 0, 'lag'],
    );
  });

  it('INVALID_ARGUMENT for wrong shapes and link types', () => {
    expectPopm(() => assertPlan('x' as never), 'INVALID_ARGUMENT', ['tasks']);
    expectPopm(() => assertPlan([null as never]), 'INVALID_ARGUMENT', ['tasks', 0]);
    expectPopm(() => assertPlan([{ id: '', duration: 1 }]), 'INVALID_ARGUMENT', ['tasks', 0, 'id']);
    expectPopm(() => assertPlan([{ id: 'A', name: 3 as never, duration: 1 }]), 'INVALID_ARGUMENT', [
      'tasks',
      0,
      'name',
    ]);
    expectPopm(
      () => assertPlan([{ id: 'A', duration: 1, dependsOn: 'B' as never }]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'dependsOn'],
    );
    expectPopm(
      () =>
        assertPlan([
          { id: 'A', duration: 1 },
          { id: 'B', duration: 1, dependsOn: [{ id: 'A', type: 'XX' as never }] },
        ]),
      'INVALID_ARGUMENT',
      ['tasks', 1, 'dependsOn', 0, 'type'],
    );
    expectPopm(
      () =>
        assertPlan([
          { id: 'A', duration: 1 },
          { id: 'B', duration: 1, dependsOn: [{ id: 'A', type: 'toString' as never }] },
        ]),
      'INVALID_ARGUMENT',
      ['tasks', 1, 'dependsOn', 0, 'type'],
    );
    expectPopm(
      () => assertPlan([{ id: 'A', duration: 1, dependsOn: [7 as never] }]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'dependsOn', 0],
    );
    expectPopm(
      () => assertPlan([{ id: 'A', duration: 1, dependsOn: [{ id: 7 } as never] }]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'dependsOn', 0, 'id'],
    );
    expectPopm(
      () => assertPlan([{ id: 'A', duration: 1, constraint: 5 as never }]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'constraint'],
    );
    expectPopm(
      () => assertPlan([{ id: 'A', duration: 1, estimate: [] as never }]),
      'INVALID_ARGUMENT',
      ['tasks', 0, 'estimate'],
    );
  });

  it('resolves thousands of ids of every shape, listed in any order', () => {
    // Exercises the id hash table well past its first slots: long, short,
    // non-ASCII and look-alike ids, predecessors listed before and after.
    const n = 3000;
    const idOf = (i: number) =>
      i % 3 === 0 ? `task-${i}-é${'x'.repeat(i % 40)}` : i % 3 === 1 ? `${i}` : `T${i} `;
    const chain: Task[] = Array.from({ length: n }, (_, i) => ({
      id: idOf(i),
      duration: 1,
      ...(i > 0 ? { dependsOn: [idOf(i - 1)] } : {}),
    }));
    // A fixed interleaving: odd positions from the end, even from the start.
    const listed = chain.map((_, k) => chain[k % 2 === 0 ? k / 2 : n - 1 - (k - 1) / 2] as Task);
    const s = assertPlan(listed);
    expect(s.order).toEqual(chain.map((t) => t.id));
    expect(s.linkCount).toBe(n - 1);
    expect(criticalPath(listed).duration).toBe(n);
    expectPopm(
      () => assertPlan([...listed, { id: 'last', duration: 1, dependsOn: [`${idOf(7)}!`] }]),
      'NOT_FOUND',
      ['tasks', n, 'dependsOn', 0],
    );
  });

  it('accepts an empty plan', () => {
    expect(assertPlan([]).taskCount).toBe(0);
  });
});
