import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addItem } from '../../src/backlog/addItem.js';
import { createBacklog } from '../../src/backlog/createBacklog.js';
import { getItem } from '../../src/backlog/getItem.js';
import { moveItem } from '../../src/backlog/moveItem.js';
import { removeItem } from '../../src/backlog/removeItem.js';
import type { BacklogItemInput } from '../../src/backlog/types.js';
import { updateItem } from '../../src/backlog/updateItem.js';
import { isPopmError } from '../../src/core/errors.js';
import { backlogItemsArb, expectPopmError, frozen, isDeepFrozen } from './helpers.js';

const abc = (): BacklogItemInput[] => [
  { id: 'a', title: 'A', estimate: 3 },
  { id: 'b', title: 'B', dependsOn: ['a'] },
  { id: 'c', title: 'C', tags: ['ux'] },
];
const ids = (b: { items: readonly { id: string }[] }) => b.items.map((i) => i.id);

describe('createBacklog', () => {
  it('fills defaults, keeps order and freezes everything (the TSDoc example)', () => {
    const b = createBacklog(
      frozen([
        { id: 'login', title: 'Log in', estimate: 3 },
        { id: 'profile', title: 'Edit profile', dependsOn: ['login'] },
      ]),
    );
    expect(b.items[1]).toEqual({
      id: 'profile',
      title: 'Edit profile',
      status: 'todo',
      dependsOn: ['login'],
      tags: [],
    });
    expect(b.items[0]).toEqual({
      id: 'login',
      title: 'Log in',
      status: 'todo',
      estimate: 3,
      dependsOn: [],
      tags: [],
    });
    expect(isDeepFrozen(b)).toBe(true);
  });

  it('keeps every method input and drops unknown keys', () => {
    const b = createBacklog([
      {
        id: 'x',
        title: 'X',
        kind: 'feature',
        createdOn: '2026-01-02',
        wsjf: { businessValue: 1, timeCriticality: 2, riskReduction: 3, jobSize: 5 },
        rice: { reach: 10, impact: 'high', confidence: 0.8, effort: 1 },
        ice: { impact: 1, confidence: 2, ease: 3 },
        cd3: { costOfDelay: 10, duration: 2 },
        moscow: 'must',
        kano: 'must-be',
        valueEffort: { value: 3, effort: 4 },
        criteria: { a: 1 },
        colour: 'red',
      } as BacklogItemInput,
    ]);
    const item = b.items[0] as unknown as Record<string, unknown>;
    expect(item.colour).toBeUndefined();
    expect(item.rice).toEqual({ reach: 10, impact: 'high', confidence: 0.8, effort: 1 });
    expect(item.kind).toBe('feature');
    expect(item.criteria).toEqual({ a: 1 });
  });

  it('rejects each broken rule with its code and path', () => {
    expectPopmError(() => createBacklog('x' as never), 'INVALID_ARGUMENT', ['items']);
    expectPopmError(() => createBacklog([null as never]), 'INVALID_ARGUMENT', ['items', 0]);
    expectPopmError(() => createBacklog([{ id: '', title: 'A' }]), 'INVALID_ARGUMENT', [
      'items',
      0,
      'id',
    ]);
    expectPopmError(() => createBacklog([{ id: 'a', title: '' }]), 'INVALID_ARGUMENT', [
      'items',
      0,
      'title',
    ]);
    expectPopmError(
      () => createBacklog([{ id: 'a', title: 'A', kind: 'saga' as never }]),
      'INVALID_ARGUMENT',
      ['items', 0, 'kind'],
    );
    expectPopmError(
      () => createBacklog([{ id: 'a', title: 'A', status: 'blocked' as never }]),
      'INVALID_ARGUMENT',
      ['items', 0, 'status'],
    );
    expectPopmError(() => createBacklog([{ id: 'a', title: 'A', estimate: -1 }]), 'OUT_OF_RANGE', [
      'items',
      0,
      'estimate',
    ]);
    expectPopmError(
      () => createBacklog([{ id: 'a', title: 'A', estimate: Number.NaN }]),
      'INVALID_NUMBER',
      ['items', 0, 'estimate'],
    );
    expectPopmError(
      () => createBacklog([{ id: 'a', title: 'A', createdOn: '2026-02-30' }]),
      'INVALID_DATE',
      ['items', 0, 'createdOn'],
    );
    expectPopmError(
      () => createBacklog([{ id: 'a', title: 'A', tags: [''] }]),
      'INVALID_ARGUMENT',
      ['items', 0, 'tags', 0],
    );
    expectPopmError(
      () => createBacklog([{ id: 'a', title: 'A', dependsOn: 'b' as never }]),
      'INVALID_ARGUMENT',
      ['items', 0, 'dependsOn'],
    );
    expectPopmError(
      () =>
        createBacklog([
          {
            id: 'a',
            title: 'A',
            wsjf: { businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 0 },
          },
        ]),
      'OUT_OF_RANGE',
      ['items', 0, 'wsjf', 'jobSize'],
    );
    expectPopmError(
      () =>
        createBacklog([
          { id: 'a', title: 'A', rice: { reach: 1, impact: 1, confidence: 1, effort: 0 } },
        ]),
      'OUT_OF_RANGE',
      ['items', 0, 'rice', 'effort'],
    );
    expectPopmError(
      () => createBacklog([{ id: 'a', title: 'A', ice: { impact: 11, confidence: 1, ease: 1 } }]),
      'OUT_OF_RANGE',
      ['items', 0, 'ice', 'impact'],
    );
    expectPopmError(
      () => createBacklog([{ id: 'a', title: 'A', cd3: { costOfDelay: 1, duration: 0 } }]),
      'OUT_OF_RANGE',
      ['items', 0, 'cd3', 'duration'],
    );
    expectPopmError(
      () => createBacklog([{ id: 'a', title: 'A', valueEffort: { value: -1, effort: 1 } }]),
      'OUT_OF_RANGE',
      ['items', 0, 'valueEffort', 'value'],
    );
    expectPopmError(
      () => createBacklog([{ id: 'a', title: 'A', moscow: 'may' as never }]),
      'INVALID_ARGUMENT',
      ['items', 0, 'moscow'],
    );
    expectPopmError(
      () => createBacklog([{ id: 'a', title: 'A', kano: 'great' as never }]),
      'INVALID_ARGUMENT',
      ['items', 0, 'kano'],
    );
    expectPopmError(
      () => createBacklog([{ id: 'a', title: 'A', criteria: { x: Number.NaN } }]),
      'INVALID_NUMBER',
      ['items', 0, 'criteria', 'x'],
    );
  });

  it('rejects duplicate ids, unknown dependencies, repeated and self dependencies, and loops', () => {
    expectPopmError(
      () =>
        createBacklog([
          { id: 'a', title: 'A' },
          { id: 'a', title: 'B' },
        ]),
      'DUPLICATE_ID',
      ['items', 1, 'id'],
    );
    expectPopmError(
      () => createBacklog([{ id: 'a', title: 'A', dependsOn: ['zz'] }]),
      'NOT_FOUND',
      ['items', 0, 'dependsOn', 0],
    );
    expectPopmError(() => createBacklog([{ id: 'a', title: 'A', dependsOn: ['a'] }]), 'CYCLE', [
      'items',
      0,
      'dependsOn',
      0,
    ]);
    expectPopmError(
      () =>
        createBacklog([
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B', dependsOn: ['a', 'a'] },
        ]),
      'DUPLICATE_ID',
      ['items', 1, 'dependsOn', 1],
    );
    try {
      createBacklog([
        { id: 'a', title: 'A', dependsOn: ['c'] },
        { id: 'b', title: 'B', dependsOn: ['a'] },
        { id: 'c', title: 'C', dependsOn: ['b'] },
      ]);
      expect.unreachable();
    } catch (e) {
      expect(isPopmError(e) && e.code).toBe('CYCLE');
      expect((e as { details: { cycle: string[] } }).details.cycle).toEqual(['a', 'c', 'b']);
      expect((e as Error).message).toBe(
        'items[0].dependsOn: expected no dependency loop, got "a -> c -> b -> a"',
      );
    }
  });

  it('accepts any generated acyclic backlog and never mutates it', () => {
    fc.assert(
      fc.property(backlogItemsArb(), (items) => {
        const input = frozen(items);
        const b = createBacklog(input);
        expect(ids(b)).toEqual(items.map((i) => i.id));
        expect(isDeepFrozen(b)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('getItem', () => {
  it('finds by id or returns null', () => {
    const b = createBacklog([{ id: 'a', title: 'Alpha' }]);
    expect(getItem(b, 'a')?.title).toBe('Alpha');
    expect(getItem(b, 'zz')).toBeNull();
    expectPopmError(() => getItem(b, '' as never), 'INVALID_ARGUMENT', ['id']);
  });
});

describe('addItem', () => {
  it('adds at the bottom by default, or at an index, sharing existing items (TSDoc example)', () => {
    const b = createBacklog([{ id: 'a', title: 'Alpha' }]);
    const c = addItem(b, frozen({ id: 'b', title: 'Beta' }), { at: 0 });
    expect(ids(c)).toEqual(['b', 'a']);
    expect(c.items[1]).toBe(b.items[0]);
    expect(ids(addItem(c, { id: 'z', title: 'Z', dependsOn: ['a'] }))).toEqual(['b', 'a', 'z']);
    expect(ids(b)).toEqual(['a']);
    expect(isDeepFrozen(c)).toBe(true);
  });

  it('rejects a taken id, an unknown dependency, a bad index and a bad item', () => {
    const b = createBacklog(abc());
    expectPopmError(() => addItem(b, { id: 'a', title: 'again' }), 'DUPLICATE_ID', ['item', 'id']);
    expectPopmError(
      () => addItem(b, { id: 'd', title: 'D', dependsOn: ['a', 'zz'] }),
      'NOT_FOUND',
      ['item', 'dependsOn', 1],
    );
    expectPopmError(() => addItem(b, { id: 'd', title: 'D' }, { at: 4 }), 'OUT_OF_RANGE', [
      'options',
      'at',
    ]);
    expectPopmError(() => addItem(b, { id: 'd', title: 'D' }, { at: 1.5 }), 'OUT_OF_RANGE', [
      'options',
      'at',
    ]);
    expectPopmError(() => addItem(b, { id: 'd', title: 'D', estimate: -3 }), 'OUT_OF_RANGE', [
      'item',
      'estimate',
    ]);
    expectPopmError(() => addItem(b, { id: 'd', title: 'D', dependsOn: ['d'] }), 'CYCLE', [
      'item',
      'dependsOn',
      0,
    ]);
  });
});

describe('removeItem', () => {
  it('removes an item no one depends on, sharing the others', () => {
    const b = createBacklog(abc());
    const c = removeItem(b, 'c');
    expect(ids(c)).toEqual(['a', 'b']);
    expect(c.items[0]).toBe(b.items[0]);
    expect(c.items[1]).toBe(b.items[1]);
  });

  it('refuses to orphan dependants unless asked to detach or cascade (the TSDoc example)', () => {
    const b = createBacklog([
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B', dependsOn: ['a'] },
    ]);
    try {
      removeItem(b, 'a');
      expect.unreachable();
    } catch (e) {
      expect(isPopmError(e) && e.code).toBe('INVALID_ARGUMENT');
      expect((e as { path: unknown }).path).toEqual(['id']);
      expect((e as { details: unknown }).details).toEqual({ dependants: ['b'] });
    }
    expect(removeItem(b, 'a', { dependants: 'detach' }).items).toEqual([
      { id: 'b', title: 'B', status: 'todo', dependsOn: [], tags: [] },
    ]);
    expect(removeItem(b, 'a', { dependants: 'cascade' }).items).toEqual([]);
  });

  it('cascades transitively and keeps unrelated items shared', () => {
    const b = createBacklog([
      { id: 'a', title: 'A' },
      { id: 'x', title: 'X' },
      { id: 'c', title: 'C', dependsOn: ['b'] },
      { id: 'b', title: 'B', dependsOn: ['a'] },
    ]);
    const c = removeItem(b, 'a', { dependants: 'cascade' });
    expect(ids(c)).toEqual(['x']);
    expect(c.items[0]).toBe(b.items[1]);
    expect(isDeepFrozen(c)).toBe(true);
  });

  it('rejects an unknown id and an unknown policy', () => {
    const b = createBacklog(abc());
    expectPopmError(() => removeItem(b, 'zz'), 'NOT_FOUND', ['id']);
    expectPopmError(
      () => removeItem(b, 'c', { dependants: 'orphan' as never }),
      'INVALID_ARGUMENT',
      ['options', 'dependants'],
    );
  });
});

describe('updateItem', () => {
  it('patches one item and shares the rest (the TSDoc example)', () => {
    const b = createBacklog([
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
    ]);
    const c = updateItem(b, 'a', frozen({ estimate: 5, status: 'ready' as const }));
    expect(c.items[0]?.estimate).toBe(5);
    expect(c.items[0]?.status).toBe('ready');
    expect(c.items[1]).toBe(b.items[1]);
    expect(b.items[0]?.estimate).toBeUndefined();
    expect(
      updateItem(b, 'b', (d) => {
        d.tags.push('ux');
      }).items[1]?.tags,
    ).toEqual(['ux']);
    expect(isDeepFrozen(c)).toBe(true);
  });

  it('returns the same backlog when nothing changes', () => {
    const b = createBacklog(abc());
    expect(updateItem(b, 'a', { estimate: 3 })).toBe(b);
    expect(updateItem(b, 'a', () => {})).toBe(b);
  });

  it('removes a field with a recipe or an undefined patch value', () => {
    const b = createBacklog(abc());
    expect(
      updateItem(b, 'a', (d) => {
        delete d.estimate;
      }).items[0]?.estimate,
    ).toBeUndefined();
    expect(
      'estimate' in (updateItem(b, 'a', { estimate: undefined } as never).items[0] as object),
    ).toBe(false);
  });

  it('re-validates: bad fields, id changes, unknown dependencies and new loops are refused', () => {
    const b = createBacklog(abc());
    expectPopmError(() => updateItem(b, 'zz', { estimate: 1 }), 'NOT_FOUND', ['id']);
    expectPopmError(() => updateItem(b, 'a', { estimate: -1 }), 'OUT_OF_RANGE', [
      'change',
      'estimate',
    ]);
    expectPopmError(() => updateItem(b, 'a', { id: 'q' } as never), 'INVALID_ARGUMENT', [
      'change',
      'id',
    ]);
    expectPopmError(
      () =>
        updateItem(b, 'a', (d) => {
          d.id = 'q';
        }),
      'INVALID_ARGUMENT',
      ['change', 'id'],
    );
    expectPopmError(
      () =>
        updateItem(b, 'a', (d) => {
          d.estimate = -2;
        }),
      'OUT_OF_RANGE',
      ['change', 'estimate'],
    );
    expectPopmError(() => updateItem(b, 'a', { dependsOn: ['zz'] }), 'NOT_FOUND', [
      'change',
      'dependsOn',
      0,
    ]);
    expectPopmError(() => updateItem(b, 'a', { dependsOn: ['b'] }), 'CYCLE', [
      'change',
      'dependsOn',
    ]);
    expectPopmError(() => updateItem(b, 'a', 7 as never), 'INVALID_ARGUMENT', ['change']);
    expectPopmError(() => updateItem(b, 'a', { estimat: 2 } as never), 'INVALID_ARGUMENT', [
      'change',
      'estimat',
    ]);
  });
});

describe('moveItem', () => {
  const b3 = () =>
    createBacklog([
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
      { id: 'c', title: 'C' },
    ]);

  it('moves to an index, before or after another item (the TSDoc example)', () => {
    const b = b3();
    expect(ids(moveItem(b, 'c', { to: 0 }))).toEqual(['c', 'a', 'b']);
    expect(ids(moveItem(b, 'a', { after: 'b' }))).toEqual(['b', 'a', 'c']);
    expect(ids(moveItem(b, 'c', { before: 'b' }))).toEqual(['a', 'c', 'b']);
    expect(ids(moveItem(b, 'a', { to: 2 }))).toEqual(['b', 'c', 'a']);
    expect(ids(moveItem(b, 'a', { after: 'c' }))).toEqual(['b', 'c', 'a']);
    expect(ids(moveItem(b, 'c', { before: 'a' }))).toEqual(['c', 'a', 'b']);
  });

  it('returns the same backlog when the item is already there', () => {
    const b = b3();
    expect(moveItem(b, 'b', { to: 1 })).toBe(b);
    expect(moveItem(b, 'a', { before: 'b' })).toBe(b);
  });

  it('is a permutation that shares every item and puts the item where asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(), fc.nat(), (n, f, t) => {
        const b = createBacklog(Array.from({ length: n }, (_, i) => ({ id: `i${i}`, title: 't' })));
        const id = `i${f % n}`;
        const to = t % n;
        const c = moveItem(b, id, { to });
        expect(c.items[to]?.id).toBe(id);
        expect([...ids(c)].sort()).toEqual([...ids(b)].sort());
        for (const item of c.items) expect(b.items.includes(item)).toBe(true);
        const others = ids(b).filter((x) => x !== id);
        expect(ids(c).filter((x) => x !== id)).toEqual(others);
        expect(isDeepFrozen(c)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects unknown ids, bad indexes, bad targets and moving next to itself', () => {
    const b = b3();
    expectPopmError(() => moveItem(b, 'zz', { to: 0 }), 'NOT_FOUND', ['id']);
    expectPopmError(() => moveItem(b, 'a', { before: 'zz' }), 'NOT_FOUND', ['target', 'before']);
    expectPopmError(() => moveItem(b, 'a', { after: 'zz' }), 'NOT_FOUND', ['target', 'after']);
    expectPopmError(() => moveItem(b, 'a', { to: 3 }), 'OUT_OF_RANGE', ['target', 'to']);
    expectPopmError(() => moveItem(b, 'a', { to: -1 }), 'OUT_OF_RANGE', ['target', 'to']);
    expectPopmError(() => moveItem(b, 'a', { before: 'a' }), 'INVALID_ARGUMENT', [
      'target',
      'before',
    ]);
    expectPopmError(() => moveItem(b, 'a', {} as never), 'INVALID_ARGUMENT', ['target']);
    expectPopmError(() => moveItem(b, 'a', null as never), 'INVALID_ARGUMENT', ['target']);
    expectPopmError(() => moveItem(b, '' as never, { to: 0 }), 'INVALID_ARGUMENT', ['id']);
  });
});
