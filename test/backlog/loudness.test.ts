import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addItem } from '../../src/backlog/addItem.js';
import { backlogHealth } from '../../src/backlog/backlogHealth.js';
import { createBacklog } from '../../src/backlog/createBacklog.js';
import { ice } from '../../src/backlog/ice.js';
import { moscowCheck } from '../../src/backlog/moscowCheck.js';
import { prioritise } from '../../src/backlog/prioritise.js';
import { removeItem } from '../../src/backlog/removeItem.js';
import { selectForSprint } from '../../src/backlog/selectForSprint.js';
import type { Backlog, BacklogItem } from '../../src/backlog/types.js';
import { valueEffort } from '../../src/backlog/valueEffort.js';
import { wsjf } from '../../src/backlog/wsjf.js';
import { backlogItemsArb, expectPopmError, frozen, isDeepFrozen } from './helpers.js';

const b = createBacklog([
  { id: 'a', title: 'A', estimate: 3, moscow: 'must' },
  { id: 'b', title: 'B', dependsOn: ['a'] },
]);
// Options given as something other than an object were once silently ignored
// (`removeItem(b, 'a', 'cascade')` refused instead of cascading).
const notOptions: unknown[] = [null, 'cascade', 3, true, ['detach']];

describe('backlog options are never silently ignored', () => {
  it.each(notOptions.map((v) => [JSON.stringify(v), v] as const))(
    'rejects %s as options with INVALID_ARGUMENT at the options path',
    (_, v) => {
      const x = v as never;
      expectPopmError(() => addItem(b, { id: 'c', title: 'C' }, x), 'INVALID_ARGUMENT', [
        'options',
      ]);
      expectPopmError(() => removeItem(b, 'a', x), 'INVALID_ARGUMENT', ['options']);
      expectPopmError(() => moscowCheck(b, x), 'INVALID_ARGUMENT', ['options']);
      expectPopmError(() => backlogHealth(b, x), 'INVALID_ARGUMENT', ['options']);
      expectPopmError(() => prioritise(b, 'moscow', x), 'INVALID_ARGUMENT', ['options']);
      expectPopmError(() => ice({ impact: 1, confidence: 1, ease: 1 }, x), 'INVALID_ARGUMENT', [
        'options',
      ]);
      expectPopmError(() => valueEffort({ value: 1, effort: 1 }, x), 'INVALID_ARGUMENT', [
        'thresholds',
      ]);
    },
  );

  it('still accepts left-out options (the defaults)', () => {
    expect(addItem(b, { id: 'c', title: 'C' }).items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(moscowCheck(b).maxMustShare).toBe(0.6);
    expect(ice({ impact: 2, confidence: 3, ease: 4 }).score).toBe(24);
    expect(valueEffort({ value: 6, effort: 6 }).quadrant).toBe('big-bet');
    expect(backlogHealth(b).top).toEqual(['a', 'b']);
  });

  it('rejects backlogHealth weights that are not an object', () => {
    expectPopmError(
      () => backlogHealth(b, { method: 'weighted', weights: 'revenue' as never }),
      'INVALID_ARGUMENT',
      ['options', 'weights'],
    );
  });

  it('rejects a hand-built item whose dependsOn is not an array, with or without dependency handling', () => {
    const hand = {
      items: [{ id: 'x', title: 'X', status: 'todo', tags: [], dependsOn: 'a' }],
    } as unknown as Backlog;
    const at = ['backlog', 'items', 0, 'dependsOn'];
    expectPopmError(() => prioritise(hand, 'wsjf'), 'INVALID_ARGUMENT', at);
    expectPopmError(
      () => prioritise(hand, 'wsjf', { respectDependencies: false }),
      'INVALID_ARGUMENT',
      at,
    );
    // A hand-built item is read like createBacklog's input: left-out fields take their defaults.
    const bare = { items: [{ id: 'x', title: 'X' }] } as unknown as Backlog;
    expect(prioritise(bare, 'wsjf').unscored).toEqual(['x']);
  });
});

describe('prioritise by WSJF builds each breakdown exactly as wsjf does', () => {
  const value = fc.oneof(
    fc.constantFrom(0, -0, 1, 2, 3, 5, 8, 13, 20, 127, 128, 1000),
    fc.double({ min: 0, max: 1e6, noNaN: true }),
  );
  const job = fc.oneof(
    fc.constantFrom(1, 2, 3, 5, 8, 13, 20, 127, 128),
    fc.double({ min: 0.01, max: 1e6, noNaN: true }),
  );
  it('shares nothing observable: every breakdown equals wsjf(item.wsjf) tagged with its method, −0 included', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, value, job), { maxLength: 40 }), (rows) => {
        const backlog = createBacklog(
          rows.map(([businessValue, timeCriticality, riskReduction, jobSize], i) => ({
            id: `i${i}`,
            title: 'T',
            wsjf: { businessValue, timeCriticality, riskReduction, jobSize },
          })),
        );
        const byId = new Map(backlog.items.map((item) => [item.id, item] as const));
        for (const line of prioritise(backlog, 'wsjf').ranking) {
          const item = byId.get(line.id) as BacklogItem;
          const expected = {
            method: 'wsjf',
            ...wsjf(item.wsjf as NonNullable<BacklogItem['wsjf']>),
          };
          expect(line.breakdown).toEqual(expected);
          for (const [k, v] of Object.entries(expected))
            expect(Object.is((line.breakdown as unknown as Record<string, unknown>)[k], v), k).toBe(
              true,
            );
          expect(Object.isFrozen(line.breakdown)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('treats scores −0 and 0 as a tie that keeps the current order', () => {
    const tie = createBacklog([
      { id: 'z', title: 'Z' },
      { id: 'n', title: 'N' },
      { id: 'p', title: 'P' },
    ]);
    const scores: Record<string, number> = { z: 0, n: -0, p: 1 };
    const r = prioritise(tie, (item) => ({ score: scores[item.id] as number }));
    expect(r.backlog.items.map((i) => i.id)).toEqual(['p', 'z', 'n']);
  });
});

describe('hand-built backlogs never yield NaN sums', () => {
  const hand = (item: Record<string, unknown>): Backlog =>
    ({
      items: [
        {
          id: 'ok',
          title: 'OK',
          status: 'todo',
          dependsOn: [],
          tags: [],
          estimate: 2,
          moscow: 'must',
        },
        { id: 'x', title: 'X', status: 'todo', dependsOn: [], tags: [], ...item },
      ],
    }) as unknown as Backlog;

  it('moscowCheck rejects an unknown category and a bad estimate at their item path', () => {
    expectPopmError(() => moscowCheck(hand({ moscow: 'maybe' })), 'INVALID_ARGUMENT', [
      'backlog',
      'items',
      1,
      'moscow',
    ]);
    expectPopmError(
      () => moscowCheck(hand({ moscow: 'could', estimate: Number.NaN })),
      'INVALID_NUMBER',
      ['backlog', 'items', 1, 'estimate'],
    );
    expectPopmError(() => moscowCheck(hand({ moscow: 'could', estimate: -1 })), 'OUT_OF_RANGE', [
      'backlog',
      'items',
      1,
      'estimate',
    ]);
    expect(moscowCheck(hand({ moscow: 'could', estimate: 3 })).mustShare).toBe(0.4);
  });

  it('selectForSprint rejects a bad estimate instead of committing NaN', () => {
    expectPopmError(
      () => selectForSprint(hand({ estimate: Number.NaN }), { capacity: 10 }),
      'INVALID_NUMBER',
      ['backlog', 'items', 1, 'estimate'],
    );
    expectPopmError(
      () => selectForSprint(hand({ estimate: -3 }), { capacity: 10 }),
      'OUT_OF_RANGE',
      ['backlog', 'items', 1, 'estimate'],
    );
    expect(selectForSprint(hand({ estimate: 3 }), { capacity: 10 }).committed).toBe(5);
  });
});

describe('every remaining error rule of selectForSprint and backlogHealth', () => {
  it('prioritise: respectDependencies must be a boolean', () => {
    expectPopmError(
      () => prioritise(b, 'moscow', { respectDependencies: 'no' as never }),
      'INVALID_ARGUMENT',
      ['options', 'respectDependencies'],
    );
  });

  it('selectForSprint: allowSkip must be a boolean, capacity a finite number', () => {
    expectPopmError(
      () => selectForSprint(b, { capacity: 5, allowSkip: 'yes' as never }),
      'INVALID_ARGUMENT',
      ['options', 'allowSkip'],
    );
    expectPopmError(() => selectForSprint(b, { capacity: Number.NaN }), 'INVALID_NUMBER', [
      'options',
      'capacity',
    ]);
  });

  it('backlogHealth: top must be an integer, an item’s createdOn a valid date', () => {
    expectPopmError(() => backlogHealth(b, { top: 1.5 }), 'OUT_OF_RANGE', ['options', 'top']);
    const hand = {
      items: [
        { id: 'x', title: 'X', status: 'todo', dependsOn: [], tags: [], createdOn: '2026-02-30' },
      ],
    } as unknown as Backlog;
    expectPopmError(() => backlogHealth(hand, { asOf: '2026-06-01' }), 'INVALID_DATE', [
      'backlog',
      'items',
      0,
      'createdOn',
    ]);
  });
});

describe('selectForSprint and backlogHealth properties', () => {
  it('never mutate their input, freeze their output, and agree with prioritise', () => {
    fc.assert(
      fc.property(backlogItemsArb(25), fc.integer({ min: 0, max: 40 }), (items, capacity) => {
        const backlog = frozen(createBacklog(items));
        const before = JSON.stringify(backlog);
        const sprint = selectForSprint(backlog, { capacity, allowSkip: true });
        const health = backlogHealth(backlog, { top: 5, method: 'wsjf' });
        expect(JSON.stringify(backlog)).toBe(before);
        expect(isDeepFrozen(sprint)).toBe(true);
        expect(isDeepFrozen(health)).toBe(true);
        // Every item is either selected or skipped with one of the reasons.
        expect(sprint.selected.length + sprint.skipped.length).toBe(backlog.items.length);
        expect(sprint.committed).toBeLessThanOrEqual(capacity);
        expect(sprint.capacityLeft).toBe(capacity - sprint.committed);
        for (const share of [
          health.estimatedShare,
          health.readyShare,
          health.estimatedAndReadyShare,
        ])
          if (share !== null) expect(share >= 0 && share <= 1).toBe(true);
        // After prioritising (dependencies respected) no open item sits above one it depends on.
        const ordered = prioritise(backlog, 'wsjf').backlog;
        expect(
          backlogHealth(ordered).dependencyProblems.filter((p) => p.problem === 'out-of-order'),
        ).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
