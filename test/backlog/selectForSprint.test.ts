import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBacklog } from '../../src/backlog/createBacklog.js';
import { selectForSprint } from '../../src/backlog/selectForSprint.js';
import { backlogItemsArb, expectPopmError, frozen, isDeepFrozen } from './helpers.js';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('selectForSprint', () => {
  const b = () =>
    createBacklog([
      { id: 'a', title: 'A', estimate: 5 },
      { id: 'b', title: 'B', estimate: 8 },
      { id: 'c', title: 'C', estimate: 3 },
    ]);

  it('takes items in order while they fit, stopping at the first that does not (the TSDoc example)', () => {
    const r = selectForSprint(b(), frozen({ capacity: 10 }));
    expect(ids(r.selected)).toEqual(['a']);
    expect(r).toMatchObject({ committed: 5, capacity: 10, capacityLeft: 5, stoppedAt: 'b' });
    expect(r.skipped).toEqual([{ id: 'b', reason: 'too-big' }]);
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('skips past a too-big item with allowSkip', () => {
    const r = selectForSprint(b(), { capacity: 10, allowSkip: true });
    expect(ids(r.selected)).toEqual(['a', 'c']);
    expect(r.committed).toBe(8);
    expect(r.capacityLeft).toBe(2);
    expect(r.skipped).toEqual([{ id: 'b', reason: 'too-big' }]);
    expect(r.stoppedAt).toBeNull();
  });

  it('reports blocked, unestimated, done and won’t-do items; a selected or done dependency unblocks', () => {
    const backlog = createBacklog([
      { id: 'done', title: 'D', status: 'done', estimate: 2 },
      { id: 'wont', title: 'W', status: 'wont-do', estimate: 1 },
      { id: 'needsLater', title: 'N', estimate: 1, dependsOn: ['later'] },
      { id: 'fresh', title: 'F' },
      { id: 'later', title: 'L', estimate: 2, dependsOn: ['done'] },
      { id: 'after', title: 'A', estimate: 1, dependsOn: ['later'] },
      { id: 'onWont', title: 'O', estimate: 1, dependsOn: ['wont'] },
    ]);
    const r = selectForSprint(backlog, { capacity: 20, allowSkip: true });
    // needsLater waits for later, which is selected further down: it is reconsidered.
    expect(ids(r.selected)).toEqual(['needsLater', 'later', 'after']);
    expect(r.skipped).toEqual([
      { id: 'done', reason: 'done' },
      { id: 'wont', reason: 'wont-do' },
      { id: 'fresh', reason: 'unestimated' },
      { id: 'onWont', reason: 'blocked', blockedBy: ['wont'] },
    ]);
    const tight = selectForSprint(backlog, { capacity: 3, allowSkip: true });
    expect(ids(tight.selected)).toEqual(['later', 'after']);
    expect(tight.skipped).toContainEqual({ id: 'needsLater', reason: 'too-big' });
    const strict = selectForSprint(backlog, { capacity: 20 });
    expect(ids(strict.selected)).toEqual([]);
    expect(strict.stoppedAt).toBe('needsLater');
  });

  it('issue 16 regression: with allowSkip, an item whose dependency is selected later in the same pass is reconsidered', () => {
    const backlog = createBacklog([
      { id: 'report', title: 'Report', estimate: 3, dependsOn: ['export'] },
      { id: 'big', title: 'Big', estimate: 13 },
      { id: 'export', title: 'Export', estimate: 2 },
    ]);
    const r = selectForSprint(backlog, { capacity: 8, allowSkip: true });
    expect(ids(r.selected)).toEqual(['report', 'export']);
    expect(r.committed).toBe(5);
    expect(r.skipped).toEqual([{ id: 'big', reason: 'too-big' }]);
  });

  it('equals the definition: full passes down the backlog, repeated until nothing more is taken', () => {
    // The reference: the rule as written, one full pass after another.
    const reference = (b: ReturnType<typeof createBacklog>, capacity: number) => {
      const done = new Set(b.items.filter((i) => i.status === 'done').map((i) => i.id));
      const taken = new Set<string>();
      let committed = 0;
      let more = true;
      while (more) {
        more = false;
        for (const item of b.items) {
          if (taken.has(item.id) || item.status === 'done' || item.status === 'wont-do') continue;
          if (item.dependsOn.some((d) => !done.has(d) && !taken.has(d))) continue;
          if (item.estimate === undefined || committed + item.estimate > capacity) continue;
          taken.add(item.id);
          committed += item.estimate;
          more = true;
        }
      }
      return { ids: b.items.filter((i) => taken.has(i.id)).map((i) => i.id), committed };
    };
    fc.assert(
      fc.property(backlogItemsArb(30), fc.integer({ min: 0, max: 60 }), (items, capacity) => {
        // Reversing puts many dependencies below their dependants, the case that needs passes.
        const b = createBacklog([...items].reverse());
        const r = selectForSprint(b, { capacity, allowSkip: true });
        const want = reference(b, capacity);
        expect(ids(r.selected)).toEqual(want.ids);
        expect(r.committed).toBe(want.committed);
      }),
      { numRuns: 300 },
    );
  });

  it('takes a 3,000-item chain listed against its dependencies in linear time, not one pass per item', () => {
    const n = 3000;
    const chain = createBacklog(
      Array.from({ length: n }, (_, i) => ({
        id: `i${i}`,
        title: 't',
        estimate: 1,
        ...(i < n - 1 ? { dependsOn: [`i${i + 1}`] } : {}),
      })),
    );
    const start = performance.now();
    const r = selectForSprint(chain, { capacity: n, allowSkip: true });
    expect(r.selected.length).toBe(n);
    expect(r.selected[0]?.id).toBe('i0');
    // Repeating full passes took ~14 s here; the worklist takes milliseconds.
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('never exceeds capacity, never selects a blocked item, keeps backlog order', () => {
    fc.assert(
      fc.property(
        backlogItemsArb(25),
        fc.integer({ min: 0, max: 40 }),
        fc.boolean(),
        (items, capacity, allowSkip) => {
          const backlog = createBacklog(items);
          const r = selectForSprint(backlog, { capacity, allowSkip });
          expect(r.committed).toBeLessThanOrEqual(capacity);
          expect(r.committed + r.capacityLeft).toBe(capacity);
          const chosen = new Set(ids(r.selected));
          const done = new Set(backlog.items.filter((i) => i.status === 'done').map((i) => i.id));
          for (const item of r.selected) {
            expect(item.status === 'done' || item.status === 'wont-do').toBe(false);
            for (const d of item.dependsOn) expect(done.has(d) || chosen.has(d)).toBe(true);
          }
          const order = ids(backlog.items);
          const positions = ids(r.selected).map((id) => order.indexOf(id));
          expect(positions).toEqual([...positions].sort((x, y) => x - y));
          expect(r.committed).toBe(r.selected.reduce((s, i) => s + (i.estimate as number), 0));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('rejects a missing or negative capacity and a malformed backlog', () => {
    expectPopmError(() => selectForSprint(b(), { capacity: -1 }), 'OUT_OF_RANGE', [
      'options',
      'capacity',
    ]);
    expectPopmError(() => selectForSprint(b(), {} as never), 'INVALID_NUMBER', [
      'options',
      'capacity',
    ]);
    expectPopmError(() => selectForSprint(b(), undefined as never), 'INVALID_ARGUMENT', [
      'options',
    ]);
    expectPopmError(() => selectForSprint(null as never, { capacity: 1 }), 'INVALID_ARGUMENT', [
      'backlog',
    ]);
  });

  it('takes a capacity object by its total (teamCapacity’s result), the same as the number', () => {
    const r = selectForSprint(
      b(),
      frozen({ capacity: { total: 10, people: [] }, allowSkip: true }),
    );
    expect(r).toEqual(selectForSprint(b(), { capacity: 10, allowSkip: true }));
    expect(r.capacity).toBe(10);
    expectPopmError(() => selectForSprint(b(), { capacity: { total: -1 } }), 'OUT_OF_RANGE', [
      'options',
      'capacity',
      'total',
    ]);
    expectPopmError(() => selectForSprint(b(), { capacity: {} as never }), 'INVALID_NUMBER', [
      'options',
      'capacity',
      'total',
    ]);
    expectPopmError(
      () => selectForSprint(b(), { capacity: { totl: 5 } as never }),
      'INVALID_ARGUMENT',
      ['options', 'capacity', 'totl'],
    );
  });
});
