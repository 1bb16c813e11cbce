import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBacklog } from '../../src/backlog/createBacklog.js';
import { prioritise } from '../../src/backlog/prioritise.js';
import type { Backlog, BacklogItem, BacklogItemInput } from '../../src/backlog/types.js';
import { wsjf } from '../../src/backlog/wsjf.js';
import { backlogItemsArb, expectPopmError, frozen, isDeepFrozen } from './helpers.js';

const ids = (b: Backlog) => b.items.map((i) => i.id);
const closed = (i: BacklogItem) => i.status === 'done' || i.status === 'wont-do';
const score = (i: BacklogItem) => (i.wsjf === undefined ? null : wsjf(i.wsjf).score);

/** The order by score alone: scored open items (stable), unscored open, then closed. */
function scoreOrder(b: Backlog): string[] {
  const open = b.items.map((item, index) => ({ item, index })).filter((x) => !closed(x.item));
  const scored = open
    .filter((x) => score(x.item) !== null)
    .sort((x, y) => (score(y.item) as number) - (score(x.item) as number) || x.index - y.index);
  return [
    ...scored.map((x) => x.item.id),
    ...open.filter((x) => score(x.item) === null).map((x) => x.item.id),
    ...b.items.filter(closed).map((i) => i.id),
  ];
}

/** Ids each item depends on, directly or through others, among open items. */
function openAncestors(b: Backlog, id: string): Set<string> {
  const byId = new Map(b.items.map((i) => [i.id, i]));
  const out = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    for (const d of byId.get(stack.pop() as string)?.dependsOn ?? []) {
      const dep = byId.get(d) as BacklogItem;
      if (!closed(dep) && !out.has(d)) {
        out.add(d);
        stack.push(d);
      }
    }
  }
  return out;
}

const W = (bv: number, js: number) => ({
  businessValue: bv,
  timeCriticality: 1,
  riskReduction: 1,
  jobSize: js,
});

describe('prioritise', () => {
  it('orders by WSJF, lifts an enabler above its dependant, lists the unscored (the TSDoc example)', () => {
    const b = createBacklog([
      {
        id: 'a',
        title: 'A',
        wsjf: { businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 3 },
      },
      {
        id: 'b',
        title: 'B',
        wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: 2, jobSize: 3 },
        dependsOn: ['c'],
      },
      { id: 'c', title: 'C' },
    ]);
    const r = prioritise(b, 'wsjf');
    expect(ids(r.backlog)).toEqual(['c', 'b', 'a']);
    expect(r.unscored).toEqual(['c']);
    expect(r.lifted).toEqual(['c']);
    expect(r.method).toBe('wsjf');
    expect(r.ranking[1]).toEqual({
      id: 'b',
      rank: 2,
      score: 5,
      breakdown: {
        method: 'wsjf',
        score: 5,
        costOfDelay: 15,
        businessValue: 8,
        timeCriticality: 5,
        riskReduction: 2,
        jobSize: 3,
      },
      state: 'scored',
      lifted: false,
    });
    expect(r.ranking[0]).toMatchObject({
      id: 'c',
      rank: 1,
      score: null,
      breakdown: null,
      state: 'unscored',
      lifted: true,
    });
    expect(isDeepFrozen(r)).toBe(true);
  });

  it('ranks a SAFe-style feature table by WSJF, highest first, ties in current order', () => {
    const b = createBacklog([
      {
        id: 'f1',
        title: 'F1',
        wsjf: { businessValue: 3, timeCriticality: 2, riskReduction: 1, jobSize: 5 },
      }, // 1.2
      {
        id: 'f2',
        title: 'F2',
        wsjf: { businessValue: 8, timeCriticality: 8, riskReduction: 2, jobSize: 3 },
      }, // 6
      {
        id: 'f3',
        title: 'F3',
        wsjf: { businessValue: 20, timeCriticality: 8, riskReduction: 8, jobSize: 13 },
      }, // 2.77
      {
        id: 'f4',
        title: 'F4',
        wsjf: { businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 1 },
      }, // 3
      {
        id: 'f5',
        title: 'F5',
        wsjf: { businessValue: 2, timeCriticality: 2, riskReduction: 2, jobSize: 2 },
      }, // 3
    ]);
    const r = prioritise(b, 'wsjf');
    expect(ids(r.backlog)).toEqual(['f2', 'f4', 'f5', 'f3', 'f1']);
    expect(r.ranking.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(r.unscored).toEqual([]);
  });

  it('puts unscored open items after scored ones and done/won’t-do last, never scoring missing inputs as 0', () => {
    const b = createBacklog([
      { id: 'done', title: 'D', status: 'done', wsjf: W(20, 1) },
      { id: 'bare', title: 'B' },
      { id: 'low', title: 'L', wsjf: W(1, 20) },
      { id: 'wont', title: 'W', status: 'wont-do' },
      { id: 'high', title: 'H', wsjf: W(13, 1) },
    ]);
    const r = prioritise(b, 'wsjf');
    expect(ids(r.backlog)).toEqual(['high', 'low', 'bare', 'done', 'wont']);
    expect(r.unscored).toEqual(['bare']);
    expect(r.ranking.map((x) => x.state)).toEqual([
      'scored',
      'scored',
      'unscored',
      'closed',
      'closed',
    ]);
    expect(r.ranking[3]?.score).toBe(15 / 1 + 7); // closed items are scored too when they have inputs
  });

  it('ignores dependencies on done items and can switch dependency handling off', () => {
    const b = createBacklog([
      { id: 'x', title: 'X', status: 'done' },
      { id: 'lo', title: 'Lo', wsjf: W(1, 1) },
      { id: 'hi', title: 'Hi', wsjf: W(8, 1), dependsOn: ['x', 'lo'] },
    ]);
    expect(ids(prioritise(b, 'wsjf').backlog)).toEqual(['lo', 'hi', 'x']);
    const off = prioritise(b, 'wsjf', { respectDependencies: false });
    expect(ids(off.backlog)).toEqual(['hi', 'lo', 'x']);
    expect(off.lifted).toEqual([]);
  });

  it('lifts a chain of enablers in dependency order, keeping everything else in score order', () => {
    const b = createBacklog([
      { id: 'top', title: 'T', wsjf: W(20, 1), dependsOn: ['mid'] },
      { id: 'other', title: 'O', wsjf: W(8, 1) },
      { id: 'mid', title: 'M', wsjf: W(1, 5), dependsOn: ['base', 'base2'] },
      { id: 'base2', title: 'B2', wsjf: W(3, 1) },
      { id: 'base', title: 'B', wsjf: W(2, 1) },
    ]);
    const r = prioritise(b, 'wsjf');
    // base2 scores higher than base, so it is lifted first.
    expect(ids(r.backlog)).toEqual(['base2', 'base', 'mid', 'top', 'other']);
    expect(r.lifted).toEqual(['base2', 'base', 'mid']);
  });

  it('orders a lifted block canonically, so a second pass changes nothing (fast-check regression)', () => {
    const b = createBacklog([
      { id: 'i1', title: '1' },
      { id: 'i2', title: '2', dependsOn: ['i1', 'i0'] },
      { id: 'i3', title: '3' },
      { id: 'i4', title: '4', dependsOn: ['i2', 'i0'], wsjf: W(1, 1) },
      { id: 'i0', title: '0' },
    ]);
    const once = prioritise(b, 'wsjf');
    expect(ids(once.backlog)).toEqual(['i1', 'i0', 'i2', 'i4', 'i3']);
    expect(prioritise(once.backlog, 'wsjf').backlog).toBe(once.backlog);
  });

  it('lifts many enablers of one item in their score order', () => {
    const enablers = Array.from({ length: 25 }, (_, k) => ({
      id: `e${k}`,
      title: `E${k}`,
      cd3: { costOfDelay: (k * 7) % 25, duration: 1 },
    }));
    const b = createBacklog([
      ...enablers,
      { id: 'mid', title: 'Mid', cd3: { costOfDelay: 30, duration: 1 } },
      {
        id: 'top',
        title: 'Top',
        cd3: { costOfDelay: 100, duration: 1 },
        dependsOn: enablers.map((e) => e.id),
      },
    ]);
    const r = prioritise(b, 'cd3');
    const lifted = ids(r.backlog).slice(0, 25);
    const byScore = [...enablers]
      .sort((x, y) => y.cd3.costOfDelay - x.cd3.costOfDelay)
      .map((e) => e.id);
    expect(lifted).toEqual(byScore);
    expect(ids(r.backlog).slice(25)).toEqual(['top', 'mid']);
    expect(r.lifted).toEqual(byScore);
  });

  it('returns the same backlog object when the order is already right', () => {
    const b = createBacklog([
      { id: 'a', title: 'A', wsjf: W(8, 1) },
      { id: 'b', title: 'B', wsjf: W(1, 1) },
    ]);
    expect(prioritise(b, 'wsjf').backlog).toBe(b);
  });

  it('supports every built-in method and a custom function', () => {
    const b = createBacklog([
      {
        id: 'a',
        title: 'A',
        rice: { reach: 100, impact: 'low', confidence: 'high', effort: 1 },
        ice: { impact: 2, confidence: 2, ease: 2 },
        cd3: { costOfDelay: 10, duration: 5 },
        moscow: 'could',
        valueEffort: { value: 2, effort: 8 },
        criteria: { v: 1, r: 1 },
      },
      {
        id: 'b',
        title: 'B',
        rice: { reach: 100, impact: 'massive', confidence: 'medium', effort: 2 },
        ice: { impact: 9, confidence: 9, ease: 1 },
        cd3: { costOfDelay: 30, duration: 4 },
        moscow: 'must',
        valueEffort: { value: 9, effort: 1 },
        criteria: { v: 9, r: 2 },
      },
      {
        id: 'c',
        title: 'C',
        ice: { impact: 5, confidence: 5, ease: 5 },
        moscow: 'should',
        valueEffort: { value: 9, effort: 9 },
        criteria: { v: 5 },
      },
    ]);
    expect(ids(prioritise(b, 'rice').backlog)).toEqual(['b', 'a', 'c']);
    expect(prioritise(b, 'rice').ranking[0]?.score).toBe(120);
    expect(ids(prioritise(b, 'ice').backlog)).toEqual(['c', 'b', 'a']);
    expect(ids(prioritise(b, 'ice', { iceMode: 'average' }).backlog)).toEqual(['b', 'c', 'a']);
    expect(ids(prioritise(b, 'cd3').backlog)).toEqual(['b', 'a', 'c']);
    expect(ids(prioritise(b, 'moscow').backlog)).toEqual(['b', 'c', 'a']);
    expect(ids(prioritise(b, 'value-effort').backlog)).toEqual(['b', 'c', 'a']);
    expect(
      ids(prioritise(b, 'value-effort', { valueEffortThresholds: { effort: 9 } }).backlog),
    ).toEqual(['b', 'c', 'a']);
    const weighted = prioritise(b, 'weighted', { weights: { v: 2, r: 1 } });
    expect(ids(weighted.backlog)).toEqual(['b', 'a', 'c']);
    expect(weighted.unscored).toEqual(['c']);
    const custom = prioritise(b, (item) =>
      item.id === 'a' ? null : { score: item.id === 'c' ? 2 : 1, why: 'test' },
    );
    expect(ids(custom.backlog)).toEqual(['c', 'b', 'a']);
    expect(custom.method).toBe('custom');
    expect(custom.ranking[0]?.breakdown).toEqual({
      method: 'custom',
      score: 2,
      extra: { why: 'test' },
    });
    const weightedTop = weighted.ranking[0]?.breakdown;
    expect(weightedTop?.method).toBe('weighted');
    if (weightedTop?.method === 'weighted') expect(weightedTop.weightedMean).toBe(20 / 3);
    expect(isDeepFrozen(custom)).toBe(true);
  });

  it('handles many distinct scores (comparison-sort path) stably', () => {
    const items: BacklogItemInput[] = Array.from({ length: 300 }, (_, i) => ({
      id: `i${i}`,
      title: 't',
      cd3: { costOfDelay: (i * 7919) % 1000, duration: 1 + (i % 7) },
    }));
    const r = prioritise(createBacklog(items), 'cd3');
    const s = r.ranking.map((x) => x.score as number);
    for (let k = 1; k < s.length; k++) expect(s[k - 1]).toBeGreaterThanOrEqual(s[k] as number);
    expect(ids(prioritise(r.backlog, 'cd3').backlog)).toEqual(ids(r.backlog));
  });

  it('rejects unknown methods, weighted without weights, bad custom scores and broken hand-built backlogs', () => {
    const b = createBacklog([{ id: 'a', title: 'A', wsjf: W(1, 1) }]);
    expectPopmError(() => prioritise(b, 'kano' as never), 'INVALID_ARGUMENT', ['method']);
    expectPopmError(() => prioritise(b, 'weighted'), 'INVALID_ARGUMENT', ['options', 'weights']);
    expectPopmError(() => prioritise(b, 'weighted', { weights: {} }), 'EMPTY_INPUT', [
      'options',
      'weights',
    ]);
    expectPopmError(() => prioritise(b, 'weighted', { weights: { v: -1 } }), 'OUT_OF_RANGE', [
      'options',
      'weights',
      'v',
    ]);
    expectPopmError(
      () => prioritise(b, 'value-effort', { valueEffortThresholds: { value: Number.NaN } }),
      'INVALID_NUMBER',
      ['options', 'valueEffortThresholds', 'value'],
    );
    expectPopmError(() => prioritise(b, 'ice', { iceMode: 'sum' as never }), 'INVALID_ARGUMENT', [
      'options',
      'iceMode',
    ]);
    expectPopmError(() => prioritise(b, () => ({ score: Number.NaN })), 'INVALID_NUMBER', [
      'backlog',
      'items',
      0,
      'score',
    ]);
    expectPopmError(() => prioritise({ items: 'x' } as never, 'wsjf'), 'INVALID_ARGUMENT', [
      'backlog',
      'items',
    ]);
    const item = (
      id: string,
      dependsOn: string[],
      extra: Partial<BacklogItem> = {},
    ): BacklogItem => ({
      id,
      title: id,
      status: 'todo',
      dependsOn,
      tags: [],
      wsjf: W(1, 1),
      ...extra,
    });
    expectPopmError(() => prioritise({ items: [item('a', ['zz'])] }, 'wsjf'), 'NOT_FOUND', [
      'backlog',
      'items',
      0,
      'dependsOn',
      0,
    ]);
    expectPopmError(
      () => prioritise({ items: [item('a', ['b']), item('b', ['a'])] }, 'wsjf'),
      'CYCLE',
    );
    expectPopmError(
      () => prioritise({ items: [item('a', [], { wsjf: W(1, 0) })] }, 'wsjf'),
      'OUT_OF_RANGE',
      ['backlog', 'items', 0, 'wsjf', 'jobSize'],
    );
    expectPopmError(
      () => prioritise({ items: [item('a', [], { moscow: 'may' as never })] }, 'moscow'),
      'INVALID_ARGUMENT',
      ['backlog', 'items', 0, 'moscow'],
    );
  });
});

describe('prioritise properties', () => {
  const arb = backlogItemsArb(30).map((items) => createBacklog(items));

  it('returns a permutation, deterministic, frozen, input untouched', () => {
    fc.assert(
      fc.property(arb, (b) => {
        const copy = structuredClone(b);
        const r = prioritise(b, 'wsjf');
        expect([...ids(r.backlog)].sort()).toEqual([...ids(b)].sort());
        expect(r.ranking.map((x) => x.id)).toEqual(ids(r.backlog));
        expect(r.ranking.map((x) => x.rank)).toEqual(r.backlog.items.map((_, i) => i + 1));
        expect(prioritise(b, 'wsjf')).toEqual(r);
        expect(b).toEqual(copy);
        expect(isDeepFrozen(r)).toBe(true);
        for (const item of r.backlog.items) expect(b.items.includes(item)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('is idempotent: prioritising the result changes nothing', () => {
    fc.assert(
      fc.property(arb, (b) => {
        const once = prioritise(b, 'wsjf');
        const twice = prioritise(once.backlog, 'wsjf');
        expect(ids(twice.backlog)).toEqual(ids(once.backlog));
        expect(twice.backlog).toBe(once.backlog);
      }),
      { numRuns: 150 },
    );
  });

  it('never ranks an item above an open item it depends on; closed items last', () => {
    fc.assert(
      fc.property(arb, (b) => {
        const r = prioritise(b, 'wsjf');
        const pos = new Map(ids(r.backlog).map((id, i) => [id, i]));
        for (const item of r.backlog.items) {
          for (const d of item.dependsOn) {
            const dep = r.backlog.items[pos.get(d) as number] as BacklogItem;
            if (!closed(dep) && !closed(item))
              expect(pos.get(d) as number).toBeLessThan(pos.get(item.id) as number);
          }
        }
        const firstClosed = r.backlog.items.findIndex(closed);
        if (firstClosed >= 0) expect(r.backlog.items.slice(firstClosed).every(closed)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('moves the fewest items: only enablers of a higher item are lifted, the rest keep score order (stable)', () => {
    fc.assert(
      fc.property(arb, (b) => {
        const r = prioritise(b, 'wsjf');
        const reference = scoreOrder(b);
        const refPos = new Map(reference.map((id, i) => [id, i]));
        // Every lifted item is an open (transitive) dependency of an item above it in score order.
        for (const id of r.lifted) {
          const above = reference.slice(0, refPos.get(id));
          expect(above.some((x) => openAncestors(b, x).has(id))).toBe(true);
        }
        // Items that were not lifted appear in exactly the score order.
        const lifted = new Set(r.lifted);
        expect(ids(r.backlog).filter((id) => !lifted.has(id))).toEqual(
          reference.filter((id) => !lifted.has(id)),
        );
        // Unscored items that were not lifted come after every scored item.
        const states = r.ranking.filter((x) => !x.lifted).map((x) => x.state);
        const lastScored = states.lastIndexOf('scored');
        const firstUnscored = states.indexOf('unscored');
        if (lastScored >= 0 && firstUnscored >= 0)
          expect(firstUnscored).toBeGreaterThan(lastScored);
      }),
      { numRuns: 150 },
    );
  });

  it('without dependency violations nothing moves but by score, and without dependencies the order is exactly the score order', () => {
    fc.assert(
      fc.property(arb, (b) => {
        const r = prioritise(b, 'wsjf', { respectDependencies: false });
        expect(ids(r.backlog)).toEqual(scoreOrder(b));
        expect(r.lifted).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('is idempotent and dependency-safe with heavy ties (MoSCoW: four scores)', () => {
    const moscowArb = fc
      .array(
        fc.record({
          m: fc.option(fc.constantFrom('must', 'should', 'could', 'wont'), { nil: undefined }),
          deps: fc.array(fc.nat(), { maxLength: 3 }),
          key: fc.nat(),
          done: fc.boolean(),
        }),
        { maxLength: 30 },
      )
      .map((rows) => {
        const items = rows.map((r, i) => {
          const it: Record<string, unknown> = {
            id: `i${i}`,
            title: 't',
            status: r.done ? 'done' : 'todo',
          };
          if (r.m !== undefined) it.moscow = r.m;
          const deps = [...new Set(i === 0 ? [] : r.deps.map((d) => `i${d % i}`))];
          if (deps.length > 0) it.dependsOn = deps;
          return { it, key: r.key, i };
        });
        return createBacklog(
          items
            .sort((a, b) => a.key - b.key || a.i - b.i)
            .map((x) => x.it) as unknown as BacklogItemInput[],
        );
      });
    fc.assert(
      fc.property(moscowArb, (b) => {
        const once = prioritise(b, 'moscow');
        expect(prioritise(once.backlog, 'moscow').backlog).toBe(once.backlog);
        const pos = new Map(ids(once.backlog).map((id, i) => [id, i]));
        for (const item of once.backlog.items)
          for (const d of item.dependsOn) {
            const dep = once.backlog.items[pos.get(d) as number] as BacklogItem;
            if (!closed(dep) && !closed(item))
              expect(pos.get(d) as number).toBeLessThan(pos.get(item.id) as number);
          }
      }),
      { numRuns: 200 },
    );
  });

  it('regression: an enabler tied with its dependant settles in one call', () => {
    const b = createBacklog([
      { id: 'i0', title: 't' },
      { id: 'i2', title: 't', dependsOn: ['i1'] },
      { id: 'i3', title: 't', moscow: 'should' },
      { id: 'i4', title: 't', dependsOn: ['i2', 'i3'], moscow: 'must' },
      { id: 'i1', title: 't', dependsOn: ['i0'], moscow: 'must' },
    ]);
    const once = prioritise(b, 'moscow');
    expect(ids(once.backlog)).toEqual(['i0', 'i1', 'i3', 'i2', 'i4']);
    expect(prioritise(once.backlog, 'moscow').backlog).toBe(once.backlog);
  });

  it('deep-frozen inputs are accepted and unchanged', () => {
    fc.assert(
      fc.property(backlogItemsArb(15), (items) => {
        const b = frozen({ items: createBacklog(items).items.map((i) => ({ ...i })) }) as Backlog;
        const before = JSON.stringify(b);
        prioritise(b, 'wsjf');
        expect(JSON.stringify(b)).toBe(before);
      }),
      { numRuns: 50 },
    );
  });
});
