import { describe, expect, it } from 'vitest';
import { addItem } from '../../src/backlog/addItem.js';
import { backlogHealth } from '../../src/backlog/backlogHealth.js';
import { cd3 } from '../../src/backlog/cd3.js';
import { createBacklog } from '../../src/backlog/createBacklog.js';
import { getItem } from '../../src/backlog/getItem.js';
import { ice } from '../../src/backlog/ice.js';
import { kanoSummary } from '../../src/backlog/kano.js';
import { moscowCheck } from '../../src/backlog/moscowCheck.js';
import { moveItem } from '../../src/backlog/moveItem.js';
import { prioritise } from '../../src/backlog/prioritise.js';
import { removeItem } from '../../src/backlog/removeItem.js';
import { rice } from '../../src/backlog/rice.js';
import { selectForSprint } from '../../src/backlog/selectForSprint.js';
import type { Backlog } from '../../src/backlog/types.js';
import { updateItem } from '../../src/backlog/updateItem.js';
import { valueEffort } from '../../src/backlog/valueEffort.js';
import { wsjf } from '../../src/backlog/wsjf.js';
import { isPopmError, type PopmPath } from '../../src/core/errors.js';
import { frozen, isDeepFrozen } from './helpers.js';

// The 1.0 input contract (issue 12), swept over every backlog function: each
// input object gets each of its keys misspelled (generated from a sample that
// holds every key) and must fail at that key's path naming the known key;
// with an extra unrelated key (`color`) an entity gives the same result, and
// an options bag (strict) rejects it.

/** A full item: every key a backlog item accepts. */
const FULL_ITEM = {
  id: 'x',
  title: 'X',
  kind: 'story',
  status: 'ready',
  estimate: 3,
  dependsOn: ['a'],
  tags: ['ux'],
  createdOn: '2026-01-05',
  wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: 2, jobSize: 3 },
  rice: { reach: 100, impact: 'high', confidence: 0.8, effort: 2 },
  ice: { impact: 5, confidence: 5, ease: 5 },
  cd3: { costOfDelay: 30, duration: 4 },
  moscow: 'must',
  kano: 'attractive',
  valueEffort: { value: 8, effort: 2 },
  criteria: { revenue: 3 },
  meta: { jira: 'APP-7' },
};

const base = () => createBacklog([{ id: 'a', title: 'A', estimate: 2, moscow: 'should' }]);

/** A case: call `run` with `obj` put where the function reads it, at `path`. */
interface Case {
  readonly name: string;
  readonly sample: Record<string, unknown>;
  readonly path: PopmPath;
  readonly kind: 'entity' | 'options';
  readonly run: (obj: Record<string, unknown>) => unknown;
}

const handBuilt = (item: Record<string, unknown>): Backlog =>
  ({ items: [{ id: 'a', title: 'A' }, item] }) as unknown as Backlog;

const CASES: readonly Case[] = [
  {
    name: 'createBacklog items[i]',
    sample: FULL_ITEM,
    path: ['items', 1],
    kind: 'entity',
    run: (o) => createBacklog([{ id: 'a', title: 'A' }, o as never]),
  },
  {
    name: 'addItem item',
    sample: FULL_ITEM,
    path: ['item'],
    kind: 'entity',
    run: (o) => addItem(base(), o as never),
  },
  {
    name: 'updateItem change (a patch)',
    sample: { ...FULL_ITEM, id: 'a', dependsOn: [] },
    path: ['change'],
    kind: 'entity',
    run: (o) => updateItem(base(), 'a', o as never),
  },
  {
    name: 'prioritise backlog.items[i] (hand-built)',
    sample: FULL_ITEM,
    path: ['backlog', 'items', 1],
    kind: 'entity',
    run: (o) => prioritise(handBuilt(o), 'wsjf'),
  },
  {
    name: 'selectForSprint backlog.items[i] (hand-built)',
    sample: FULL_ITEM,
    path: ['backlog', 'items', 1],
    kind: 'entity',
    run: (o) => selectForSprint(handBuilt(o), { capacity: 10 }),
  },
  {
    name: 'createBacklog items[i].wsjf',
    sample: FULL_ITEM.wsjf,
    path: ['items', 0, 'wsjf'],
    kind: 'entity',
    run: (o) => createBacklog([{ id: 'a', title: 'A', wsjf: o as never }]),
  },
  {
    name: 'createBacklog items[i].rice',
    sample: FULL_ITEM.rice,
    path: ['items', 0, 'rice'],
    kind: 'entity',
    run: (o) => createBacklog([{ id: 'a', title: 'A', rice: o as never }]),
  },
  {
    name: 'wsjf input',
    sample: FULL_ITEM.wsjf,
    path: ['input'],
    kind: 'entity',
    run: (o) => wsjf(o as never),
  },
  {
    name: 'rice input',
    sample: FULL_ITEM.rice,
    path: ['input'],
    kind: 'entity',
    run: (o) => rice(o as never),
  },
  {
    name: 'ice input',
    sample: FULL_ITEM.ice,
    path: ['input'],
    kind: 'entity',
    run: (o) => ice(o as never),
  },
  {
    name: 'cd3 input',
    sample: FULL_ITEM.cd3,
    path: ['input'],
    kind: 'entity',
    run: (o) => cd3(o as never),
  },
  {
    name: 'valueEffort input',
    sample: FULL_ITEM.valueEffort,
    path: ['input'],
    kind: 'entity',
    run: (o) => valueEffort(o as never),
  },
  {
    name: 'kanoSummary responses[i]',
    sample: { functional: 'like', dysfunctional: 'neutral' },
    path: ['responses', 0],
    kind: 'entity',
    run: (o) => kanoSummary([o as never]),
  },
  {
    name: 'ice options',
    sample: { mode: 'average' },
    path: ['options'],
    kind: 'options',
    run: (o) => ice(FULL_ITEM.ice, o as never),
  },
  {
    name: 'valueEffort thresholds',
    sample: { value: 4, effort: 4 },
    path: ['thresholds'],
    kind: 'options',
    run: (o) => valueEffort(FULL_ITEM.valueEffort, o as never),
  },
  {
    name: 'addItem options',
    sample: { at: 0 },
    path: ['options'],
    kind: 'options',
    run: (o) => addItem(base(), { id: 'b', title: 'B' }, o as never),
  },
  {
    name: 'removeItem options',
    sample: { dependants: 'detach' },
    path: ['options'],
    kind: 'options',
    run: (o) => removeItem(base(), 'a', o as never),
  },
  {
    name: 'moveItem target',
    sample: { after: 'b' },
    path: ['target'],
    kind: 'options',
    run: (o) => moveItem(addItem(base(), { id: 'b', title: 'B' }), 'a', o as never),
  },
  {
    name: 'prioritise options',
    sample: {
      respectDependencies: true,
      weights: { revenue: 1 },
      iceMode: 'average',
      valueEffortThresholds: { value: 4 },
    },
    path: ['options'],
    kind: 'options',
    run: (o) => prioritise(base(), 'weighted', o as never),
  },
  {
    name: 'prioritise options.valueEffortThresholds',
    sample: { value: 4, effort: 4 },
    path: ['options', 'valueEffortThresholds'],
    kind: 'options',
    run: (o) => prioritise(base(), 'value-effort', { valueEffortThresholds: o as never }),
  },
  {
    name: 'moscowCheck options',
    sample: { maxMustShare: 0.5 },
    path: ['options'],
    kind: 'options',
    run: (o) => moscowCheck(base(), o as never),
  },
  {
    name: 'selectForSprint options',
    sample: { capacity: 5, allowSkip: true },
    path: ['options'],
    kind: 'options',
    run: (o) => selectForSprint(base(), o as never),
  },
  {
    name: 'backlogHealth options',
    sample: {
      top: 3,
      asOf: '2026-06-01',
      staleAfterDays: 30,
      oversizedAbove: 8,
      method: 'wsjf',
      weights: { revenue: 1 },
    },
    path: ['options'],
    kind: 'options',
    run: (o) => backlogHealth(base(), o as never),
  },
];

/** Misspellings of `key` that the 1.0 rule must catch: a case change, and a dropped letter. */
function misspell(key: string): string[] {
  const out = [key.toUpperCase() === key ? key.toLowerCase() : key.toUpperCase()];
  if (key.length >= 5) out.push(key.slice(0, -2) + key.slice(-1));
  return out.filter((k) => k !== key);
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

const rows = CASES.flatMap((c) =>
  Object.keys(c.sample).flatMap((key) =>
    misspell(key).map((bad) => [c.name, key, bad, c] as const),
  ),
);

describe('the 1.0 unknown-key rule over every backlog input (issue 12)', () => {
  it('covers every case with at least one misspelling per key', () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const c of CASES) expect(c.run(frozen(c.sample)), c.name).toBeDefined();
  });

  it.each(rows)(
    '%s: %s misspelled as %s is rejected at its path with the known key named',
    (_n, key, bad, c) => {
      const { [key]: value, ...rest } = c.sample;
      const e = caught(() => c.run(frozen({ ...rest, [bad]: value })));
      expect(isPopmError(e), String(e)).toBe(true);
      const err = e as { code: string; path: PopmPath; details?: { suggestion?: string } };
      expect(err.code).toBe('INVALID_ARGUMENT');
      expect(err.path).toEqual([...c.path, bad]);
      expect(err.details?.suggestion).toBe(key);
    },
  );

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: an unrelated key (color) is ignored by an entity, rejected by options',
    (_n, c) => {
      const plain = c.run(frozen(c.sample));
      if (c.kind === 'entity') {
        expect(c.run(frozen({ ...c.sample, color: 'red', assignee: 'kim' }))).toEqual(plain);
      } else {
        const e = caught(() => c.run(frozen({ ...c.sample, color: 'red' })));
        expect(isPopmError(e)).toBe(true);
        expect((e as { path: PopmPath }).path).toEqual([...c.path, 'color']);
      }
    },
  );
});

describe('meta round-trips through every backlog operation (issue 12)', () => {
  it('is copied deep and frozen, never the caller’s object, and carried to results', () => {
    const meta = { jira: 'APP-1', owners: ['kim'], nested: { points: 3 } };
    const b = createBacklog([
      { id: 'a', title: 'A', meta, wsjf: FULL_ITEM.wsjf },
      { id: 'b', title: 'B', dependsOn: ['a'] },
    ]);
    const item = b.items[0];
    expect(item?.meta).toEqual(meta);
    expect(item?.meta).not.toBe(meta);
    expect(Object.isFrozen(meta)).toBe(false);
    expect(isDeepFrozen(b)).toBe(true);
    expect(getItem(b, 'a')?.meta).toEqual(meta);
    expect(addItem(b, { id: 'c', title: 'C', meta: { x: 1 } }).items[2]?.meta).toEqual({ x: 1 });
    expect(updateItem(b, 'a', { estimate: 5 }).items[0]?.meta).toEqual(meta);
    expect(updateItem(b, 'a', { meta: { jira: 'APP-2' } }).items[0]?.meta).toEqual({
      jira: 'APP-2',
    });
    expect(moveItem(b, 'b', { to: 0 }).items[1]?.meta).toEqual(meta);
    expect(removeItem(b, 'b').items[0]?.meta).toEqual(meta);
    expect(prioritise(b, 'wsjf').backlog.items[0]?.meta).toEqual(meta);
    expect(
      selectForSprint(updateItem(b, 'a', { estimate: 1 }), { capacity: 5 }).selected[0]?.meta,
    ).toEqual(meta);
  });

  it('rejects meta that is not JSON data', () => {
    const e = caught(() => createBacklog([{ id: 'a', title: 'A', meta: { n: Number.NaN } }]));
    expect(isPopmError(e)).toBe(true);
    expect((e as { path: PopmPath }).path).toEqual(['items', 0, 'meta', 'n']);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const c = caught(() => createBacklog([{ id: 'a', title: 'A', meta: cyclic }]));
    expect((c as { code: string }).code).toBe('INVALID_ARGUMENT');
  });
});

describe('paths name the same item the same way in every function (issue 12)', () => {
  it('a bad estimate in a hand-built backlog is backlog.items[1].estimate everywhere', () => {
    const hand = handBuilt({ id: 'x', title: 'X', estimate: -1 });
    const at = ['backlog', 'items', 1, 'estimate'];
    const calls: (() => unknown)[] = [
      () => prioritise(hand, 'wsjf'),
      () => selectForSprint(hand, { capacity: 3 }),
      () => moscowCheck(hand),
      () => backlogHealth(hand),
      () => getItem(hand, 'x'),
      () => addItem(hand, { id: 'z', title: 'Z' }),
      () => updateItem(hand, 'a', { estimate: 1 }),
      () => removeItem(hand, 'a'),
      () => moveItem(hand, 'a', { to: 1 }),
    ];
    for (const call of calls) {
      const e = caught(call);
      expect(isPopmError(e)).toBe(true);
      expect((e as { path: PopmPath }).path).toEqual(at);
      expect((e as { message: string }).message).toBe(
        'backlog.items[1].estimate: expected a number >= 0, got -1',
      );
    }
  });
});
