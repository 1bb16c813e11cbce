import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addItem } from '../../src/backlog/addItem.js';
import { backlogHealth } from '../../src/backlog/backlogHealth.js';
import { createBacklog } from '../../src/backlog/createBacklog.js';
import { getItem } from '../../src/backlog/getItem.js';
import { moscowCheck } from '../../src/backlog/moscowCheck.js';
import { moveItem } from '../../src/backlog/moveItem.js';
import { prioritise } from '../../src/backlog/prioritise.js';
import { removeItem } from '../../src/backlog/removeItem.js';
import { selectForSprint } from '../../src/backlog/selectForSprint.js';
import type { Backlog, BacklogItem } from '../../src/backlog/types.js';
import { updateItem } from '../../src/backlog/updateItem.js';
import { weightedScore } from '../../src/backlog/weightedScore.js';
import { wsjf } from '../../src/backlog/wsjf.js';
import { backlogItemsArb, expectPopmError, isDeepFrozen } from './helpers.js';

// Issue 21: a hand-built Backlog (not made by createBacklog) is validated like
// any input, never trusted; results are frozen, the caller's objects never are.

const W = { businessValue: 8, timeCriticality: 5, riskReduction: 2, jobSize: 3 };

/** A backlog built by hand, as an app holding its own rows would: plain, unfrozen objects. */
function handBuilt(): { backlog: Backlog; items: Record<string, unknown>[] } {
  const items: Record<string, unknown>[] = [
    { id: 'a', title: 'A', status: 'todo', dependsOn: [], tags: [], estimate: 3, wsjf: { ...W } },
    { id: 'b', title: 'B', status: 'todo', dependsOn: ['a'], tags: [], estimate: 2 },
  ];
  return { backlog: { items } as unknown as Backlog, items };
}

describe('hand-built backlogs are validated, never trusted (issue 21)', () => {
  it('issue 21 regression: operations never return the caller’s item objects nor freeze them', () => {
    const ops: ((b: Backlog) => Backlog | readonly BacklogItem[])[] = [
      (b) => addItem(b, { id: 'c', title: 'C' }),
      (b) => updateItem(b, 'b', { estimate: 5 }),
      (b) => removeItem(b, 'b'),
      (b) => moveItem(b, 'b', { to: 0 }),
      (b) => prioritise(b, 'wsjf').backlog,
      (b) => prioritise(b, 'wsjf', { respectDependencies: false }).backlog,
      (b) => selectForSprint(b, { capacity: 10 }).selected,
    ];
    for (const op of ops) {
      const { backlog, items } = handBuilt();
      const result = op(backlog);
      const list = 'items' in result ? result.items : result;
      expect(result).not.toBe(backlog);
      for (const item of list) for (const own of items) expect(item).not.toBe(own);
      expect(isDeepFrozen(result)).toBe(true);
      expect(Object.isFrozen(backlog)).toBe(false);
      for (const own of items) {
        expect(Object.isFrozen(own)).toBe(false);
        expect(Object.isFrozen(own.dependsOn)).toBe(false);
      }
      expect(Object.isFrozen(items[0]?.wsjf)).toBe(false);
    }
  });

  it('issue 21 regression: getItem returns a frozen copy, not the caller’s object', () => {
    const { backlog, items } = handBuilt();
    const got = getItem(backlog, 'a');
    expect(got).not.toBe(items[0]);
    expect(got).toEqual({
      id: 'a',
      title: 'A',
      status: 'todo',
      dependsOn: [],
      tags: [],
      estimate: 3,
      wsjf: W,
    });
    expect(isDeepFrozen(got)).toBe(true);
    expect(Object.isFrozen(items[0])).toBe(false);
    // popm's own backlog hands out its own frozen item.
    const own = createBacklog([{ id: 'a', title: 'A' }]);
    expect(getItem(own, 'a')).toBe(own.items[0]);
  });

  it('issue 21 regression: addItem and updateItem reject a NaN already in a hand-built backlog', () => {
    const { backlog, items } = handBuilt();
    (items[1] as Record<string, unknown>).estimate = Number.NaN;
    const at = ['backlog', 'items', 1, 'estimate'];
    expectPopmError(() => addItem(backlog, { id: 'c', title: 'C' }), 'INVALID_NUMBER', at);
    expectPopmError(() => updateItem(backlog, 'a', { estimate: 1 }), 'INVALID_NUMBER', at);
    (items[1] as Record<string, unknown>).estimate = 2;
    (items[0] as { wsjf: Record<string, unknown> }).wsjf.jobSize = Number.NaN;
    expectPopmError(() => addItem(backlog, { id: 'c', title: 'C' }), 'INVALID_NUMBER', [
      'backlog',
      'items',
      0,
      'wsjf',
      'jobSize',
    ]);
  });

  it('issue 21 regression: backlogHealth with dependsOn: {} is a PopmError, not a TypeError', () => {
    const { backlog, items } = handBuilt();
    (items[1] as Record<string, unknown>).dependsOn = {};
    expectPopmError(() => backlogHealth(backlog), 'INVALID_ARGUMENT', [
      'backlog',
      'items',
      1,
      'dependsOn',
    ]);
    expectPopmError(() => moscowCheck(backlog), 'INVALID_ARGUMENT', [
      'backlog',
      'items',
      1,
      'dependsOn',
    ]);
  });

  it('rejects holes, Proxies that throw, getters that throw and prototypes from JSON in a hand-built backlog', () => {
    const sparse: unknown[] = [{ id: 'a', title: 'A' }];
    sparse[2] = { id: 'c', title: 'C' }; // a hole at 1
    const holes = { items: sparse } as unknown as Backlog;
    expectPopmError(() => prioritise(holes, 'wsjf'), 'INVALID_ARGUMENT', ['backlog', 'items', 1]);
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expectPopmError(
      () => selectForSprint({ items: [trap] } as never, { capacity: 1 }),
      'INVALID_ARGUMENT',
      ['backlog', 'items', 0],
    );
    const getter = {
      id: 'a',
      get title(): string {
        throw new Error('boom');
      },
    };
    expectPopmError(() => backlogHealth({ items: [getter] } as never), 'INVALID_ARGUMENT', [
      'backlog',
      'items',
      0,
      'title',
    ]);
    const json = JSON.parse(
      '{"items":[{"id":"a","title":"A","__proto__":{"isAdmin":true},"meta":{"__proto__":{"x":1}}}]}',
    );
    const item = prioritise(json, 'wsjf').backlog.items[0] as unknown as Record<string, unknown>;
    expect(item.isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(item.meta)).toBe(Object.prototype);
  });

  it('turns a Proxy that throws, given where a number belongs, into INVALID_NUMBER at its path', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expectPopmError(
      () =>
        wsjf({ businessValue: trap, timeCriticality: 1, riskReduction: 1, jobSize: 1 } as never),
      'INVALID_NUMBER',
      ['input', 'businessValue'],
    );
    expectPopmError(
      () =>
        createBacklog([{ id: 'a', title: 'A', cd3: { costOfDelay: 1, duration: trap } as never }]),
      'INVALID_NUMBER',
      ['items', 0, 'cd3', 'duration'],
    );
  });

  it('results from a structuredClone of a backlog equal those from the backlog itself', () => {
    fc.assert(
      fc.property(backlogItemsArb(20), (items) => {
        const b = createBacklog(items);
        const copy = structuredClone(b) as Backlog;
        expect(prioritise(copy, 'wsjf').ranking).toEqual(prioritise(b, 'wsjf').ranking);
        expect(selectForSprint(copy, { capacity: 10, allowSkip: true })).toEqual(
          selectForSprint(b, { capacity: 10, allowSkip: true }),
        );
        expect(Object.isFrozen(copy)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});

describe('recipes, custom scores and overflow (issue 21)', () => {
  it('issue 21 regression: updateItem with a recipe that edits its draft and returns a value is a PopmError, not immer’s error', () => {
    const b = createBacklog([{ id: 'a', title: 'A' }]);
    expectPopmError(
      () =>
        updateItem(b, 'a', (d) => {
          d.estimate = 3;
          return { ...d } as never;
        }),
      'INVALID_ARGUMENT',
      ['change'],
    );
    // Returning a whole new item without touching the draft is fine.
    expect(updateItem(b, 'a', () => ({ id: 'a', title: 'A2' }) as never).items[0]?.title).toBe(
      'A2',
    );
    // The recipe's own error is its own.
    expect(() =>
      updateItem(b, 'a', () => {
        throw new RangeError('mine');
      }),
    ).toThrow(RangeError);
  });

  it('never freezes an object a recipe puts into its draft', () => {
    const b = createBacklog([{ id: 'a', title: 'A' }]);
    const mine = { businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 1 };
    const c = updateItem(b, 'a', (d) => {
      d.wsjf = mine;
    });
    expect(c.items[0]?.wsjf).toEqual(mine);
    expect(Object.isFrozen(mine)).toBe(false);
    expect(isDeepFrozen(c)).toBe(true);
  });

  it('issue 21 regression: weightedScore with a weight of 1e308 is OUT_OF_RANGE, not Infinity', () => {
    expectPopmError(() => weightedScore({ a: 5 }, { a: 1e308 }), 'OUT_OF_RANGE', ['weights', 'a']);
    const b = createBacklog([{ id: 'a', title: 'A', criteria: { a: 5 } }]);
    expectPopmError(() => prioritise(b, 'weighted', { weights: { a: 1e308 } }), 'OUT_OF_RANGE', [
      'backlog',
      'items',
      0,
      'criteria',
      'a',
    ]);
    expectPopmError(
      () => wsjf({ businessValue: 1e308, timeCriticality: 1e308, riskReduction: 0, jobSize: 1 }),
      'OUT_OF_RANGE',
      ['input'],
    );
  });

  it('issue 21 regression: a custom prioritise score function’s NaN in extra is a PopmError', () => {
    const b = createBacklog([{ id: 'a', title: 'A' }]);
    expectPopmError(
      () => prioritise(b, () => ({ score: 1, confidence: Number.NaN })),
      'INVALID_NUMBER',
      ['backlog', 'items', 0, 'extra', 'confidence'],
    );
    expectPopmError(
      () => prioritise(b, () => ({ score: 1, when: new Date(0) }) as never),
      'INVALID_ARGUMENT',
      ['backlog', 'items', 0, 'extra', 'when'],
    );
    expectPopmError(() => prioritise(b, () => 3 as never), 'INVALID_ARGUMENT', [
      'backlog',
      'items',
      0,
      'score',
    ]);
  });

  it('copies a custom score function’s result instead of freezing it in place', () => {
    const b = createBacklog([{ id: 'a', title: 'A' }]);
    const mine = { score: 2, notes: ['x'] };
    const r = prioritise(b, () => mine);
    expect(r.ranking[0]?.breakdown).toEqual({
      method: 'custom',
      score: 2,
      extra: { notes: ['x'] },
    });
    expect(Object.isFrozen(mine)).toBe(false);
    expect(Object.isFrozen(mine.notes)).toBe(false);
    expect(isDeepFrozen(r)).toBe(true);
  });
});
