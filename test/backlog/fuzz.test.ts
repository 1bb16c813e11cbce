import { describe, expect, it } from 'vitest';
import * as B from '../../src/backlog/index.js';
import { isPopmError } from '../../src/core/errors.js';
import { isDeepFrozen } from './helpers.js';

// Issue 21's contract over the backlog, leaf by leaf: every leaf of a full
// item (and of its scoring inputs) replaced by a hostile value, fed to every
// function that reads items. Each call returns a deep-frozen result without
// NaN or ±Infinity, or throws a PopmError with a path; the input is never
// changed or frozen; Object.prototype is never touched.

const throwingProxy = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
  },
);
const sparse: unknown[] = [];
sparse[1] = 'x';
const JUNK: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  -1,
  'x',
  '',
  null,
  {},
  [],
  10n,
  Symbol('s'),
  () => 1,
  new Date(0),
  sparse,
  JSON.parse('{"__proto__":{"polluted":true}}'),
  throwingProxy,
];

const FULL: Record<string, unknown> = {
  id: 'a',
  title: 'A',
  kind: 'story',
  status: 'ready',
  estimate: 3,
  dependsOn: [],
  tags: ['t'],
  createdOn: '2026-01-01',
  wsjf: { businessValue: 1, timeCriticality: 2, riskReduction: 3, jobSize: 5 },
  rice: { reach: 1, impact: 'high', confidence: 1, effort: 1 },
  ice: { impact: 1, confidence: 1, ease: 1 },
  cd3: { costOfDelay: 1, duration: 1 },
  moscow: 'must',
  kano: 'attractive',
  valueEffort: { value: 1, effort: 1 },
  criteria: { r: 1 },
  meta: { a: 1 },
};

function leafPaths(): string[][] {
  const out: string[][] = [];
  for (const [k, v] of Object.entries(FULL)) {
    out.push([k]);
    if (v !== null && typeof v === 'object' && !Array.isArray(v))
      for (const k2 of Object.keys(v)) out.push([k, k2]);
  }
  return out;
}

function withLeaf(path: readonly string[], value: unknown): Record<string, unknown> {
  const item = structuredClone(FULL);
  if (path.length === 1) item[path[0] as string] = value;
  else (item[path[0] as string] as Record<string, unknown>)[path[1] as string] = value;
  return item;
}

function hasNonFinite(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((v) => hasNonFinite(v, seen));
}

function show(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));
}

function judge(call: () => unknown): string | null {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    if (!isPopmError(e)) return `threw ${String(e)}`;
    return Array.isArray(e.path) ? null : 'PopmError without a path';
  }
  if (!isDeepFrozen(result)) return 'result not deep-frozen';
  if (hasNonFinite(result)) return 'NaN or Infinity in the result';
  return null;
}

const CALLS: readonly (readonly [string, (item: Record<string, unknown>) => unknown])[] = [
  ['createBacklog', (item) => B.createBacklog([item as never])],
  ['addItem', (item) => B.addItem(B.createBacklog([]), item as never)],
  [
    'updateItem',
    (item) => B.updateItem(B.createBacklog([{ id: 'a', title: 'A' }]), 'a', item as never),
  ],
  ...B.PRIORITISATION_METHODS.map(
    (m) =>
      [
        `prioritise ${m}`,
        (item: Record<string, unknown>) =>
          B.prioritise(
            { items: [item, { id: 'b', title: 'B' }] } as never,
            m,
            m === 'weighted' ? { weights: { r: 1 } } : {},
          ),
      ] as const,
  ),
  [
    'selectForSprint',
    (item) => B.selectForSprint({ items: [item] } as never, { capacity: 10, allowSkip: true }),
  ],
  [
    'backlogHealth',
    (item) =>
      B.backlogHealth({ items: [item] } as never, {
        asOf: '2026-06-01',
        method: 'weighted',
        weights: { r: 1 },
      }),
  ],
  ['moscowCheck', (item) => B.moscowCheck({ items: [item] } as never)],
  ['wsjfScaleCheck', (item) => B.wsjfScaleCheck({ items: [item] } as never)],
  ['getItem', (item) => B.getItem({ items: [item] } as never, 'a')],
  [
    'moveItem',
    (item) => B.moveItem({ items: [item, { id: 'b', title: 'B' }] } as never, 'b', { to: 0 }),
  ],
  ['removeItem', (item) => B.removeItem({ items: [item, { id: 'b', title: 'B' }] } as never, 'b')],
];

describe('hostile leaves in every backlog function (issue 21 contract)', () => {
  it.each(CALLS)(
    '%s: returns a frozen finite result or throws a PopmError, and never touches its input',
    (name, call) => {
      const failures: string[] = [];
      let calls = 0;
      for (const path of leafPaths())
        JUNK.forEach((junk, j) => {
          const item = withLeaf(path, junk);
          const before = junk === throwingProxy ? null : show(item);
          const problem = judge(() => call(item));
          calls += 1;
          const at = `${name} ${path.join('.')}=#${j}`;
          if (problem !== null) failures.push(`${at}: ${problem}`);
          if (Object.isFrozen(item)) failures.push(`${at}: froze the input`);
          if (before !== null && show(item) !== before) failures.push(`${at}: changed the input`);
        });
      expect(failures).toEqual([]);
      expect(calls).toBeGreaterThan(400);
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('handles hostile scorer inputs, options and custom score functions the same way', () => {
    const failures: string[] = [];
    const own = B.createBacklog([FULL as never, { id: 'b', title: 'B' }]);
    JUNK.forEach((junk, j) => {
      const calls: [string, () => unknown][] = [
        ['weightedScore value', () => B.weightedScore({ a: junk } as never, { a: 1 })],
        ['weightedScore weight', () => B.weightedScore({ a: 1 }, { a: junk } as never)],
        ['prioritise options', () => B.prioritise(own, 'wsjf', junk as never)],
        ['prioritise method', () => B.prioritise(own, junk as never)],
        ['moveItem target', () => B.moveItem(own, 'a', junk as never)],
        ['kanoSummary', () => B.kanoSummary([junk] as never)],
        ['custom extra', () => B.prioritise(own, () => ({ score: 1, extra: junk }) as never)],
        ['custom result', () => B.prioritise(own, () => junk as never)],
        ['selectForSprint options', () => B.selectForSprint(own, junk as never)],
        ['ice options', () => B.ice({ impact: 1, confidence: 1, ease: 1 }, junk as never)],
      ];
      for (const [name, call] of calls) {
        const problem = judge(call);
        if (problem !== null) failures.push(`${name} #${j}: ${problem}`);
      }
    });
    expect(failures).toEqual([]);
  });
});
