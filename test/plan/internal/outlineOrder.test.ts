import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPopmError } from '../../../src/core/errors.js';
import { criticalPath } from '../../../src/plan/criticalPath.js';
import { expandSummaries } from '../../../src/plan/internal/expandSummaries.js';
import { compileNetwork, type Network } from '../../../src/plan/internal/network.js';
import { outlineOrder } from '../../../src/plan/internal/outlineOrder.js';
import type { DependencyLink, LinkType, Task } from '../../../src/plan/types.js';

const START = '2026-11-30';
const TYPES: LinkType[] = ['FS', 'SS', 'FF', 'SF'];

function expanded(tasks: readonly Task[]): Network {
  const net = compileNetwork(tasks);
  if (net.tree === undefined) throw new Error('no summaries');
  return expandSummaries(net, net.tree, ['tasks']).net;
}

/** True when every link of `net` points forward in `net.order`, and it orders every node once. */
function isTopological(net: Network): boolean {
  const pos = new Int32Array(net.n).fill(-1);
  net.order.forEach((node, k) => {
    pos[node] = k;
  });
  if (pos.some((p) => p < 0)) return false;
  for (let e = 0; e < net.m; e++)
    if ((pos[net.linkPred[e] as number] as number) >= (pos[net.linkSucc[e] as number] as number))
      return false;
  return true;
}

// An outline (summaries with duration 0, as exported): Phase (summary) with Design and Build, Build (summary) with Code and Test;
// Launch waits for Phase; Phase waits for Kickoff.
const OUTLINE: Task[] = [
  { id: 'Kickoff', duration: 1 },
  { id: 'Phase', duration: 0, dependsOn: ['Kickoff'] },
  { id: 'Design', duration: 2, parent: 'Phase' },
  { id: 'Build', duration: 0, parent: 'Phase', dependsOn: ['Design'] },
  { id: 'Code', duration: 3, parent: 'Build' },
  { id: 'Test', duration: 1, parent: 'Build', dependsOn: ['Code'] },
  { id: 'Launch', duration: 0, dependsOn: ['Phase'] },
];

describe('outlineOrder (the summaries link nodes placed in input order)', () => {
  it('keeps an outline in input order: each in-node after its summary, each out-node after its last descendant, inner before outer', () => {
    const net = expanded(OUTLINE);
    expect(isTopological(net)).toBe(true);
    // The tasks keep their input order among themselves.
    const rows = Array.from(net.order).filter((q) => q < 7);
    expect(rows).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Phase's in-start node follows Phase (1); its out-finish follows Test (5), after Build's.
    const order = Array.from(net.order);
    const link = order.filter((q) => q >= 7);
    expect(link.length).toBeGreaterThan(0);
    for (const q of link) expect(order.indexOf(q)).toBeGreaterThan(order.indexOf(1));
  });

  it('gives up (undefined) when a link would point back: a summary listed after its children', () => {
    const reversed = [...OUTLINE].reverse();
    const net = compileNetwork(reversed);
    const tree = net.tree;
    if (tree === undefined) throw new Error('no summaries');
    const { net: x, nodes } = expandSummaries(net, tree, ['tasks']);
    expect(outlineOrder(x.n, net.n, tree, nodes, x.linkPred, x.linkSucc)).toBeUndefined();
    // The expanded network then takes Kahn's order, still topological.
    expect(isTopological(x)).toBe(true);
  });

  it('property: the schedule of an outline equals the schedule of the same tasks listed in reverse (Kahn fallback)', () => {
    const outlines = fc.integer({ min: 2, max: 14 }).chain((n) =>
      fc.record({
        // Each task's parent: an earlier task or none, so parents come first.
        parent: fc.array(fc.integer({ min: -1, max: n - 1 }), { minLength: n, maxLength: n }),
        duration: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
        links: fc.array(
          fc.record({
            a: fc.nat(n - 1),
            b: fc.nat(n - 1),
            type: fc.constantFrom(...TYPES),
            lag: fc.integer({ min: -1, max: 2 }),
          }),
          { maxLength: 2 * n },
        ),
      }),
    );
    fc.assert(
      fc.property(outlines, ({ parent, duration, links }) => {
        const n = parent.length;
        const up = parent.map((p, i) => (p < i ? p : -1));
        const isSummary = up.map((_, i) => up.includes(i));
        const within = (a: number, b: number) => {
          for (let j = a; j >= 0; j = up[j] as number) if (j === b) return true;
          return false;
        };
        const deps: DependencyLink[][] = up.map(() => []);
        for (const { a, b, type, lag } of links) {
          const [p, s] = a < b ? [a, b] : [b, a];
          if (p === s || within(s, p) || within(p, s)) continue;
          (deps[s] as DependencyLink[]).push({ id: `t${p}`, type, lag });
        }
        const tasks: Task[] = up.map((p, i) => ({
          id: `t${i}`,
          // A summary carries duration 0 (as MS Project exports it).
          duration: isSummary[i] ? 0 : (duration[i] as number),
          ...(p >= 0 ? { parent: `t${p}` } : {}),
          ...((deps[i] as DependencyLink[]).length > 0 ? { dependsOn: deps[i] } : {}),
        }));
        const run = (list: Task[]) => {
          try {
            return criticalPath(list, { start: START });
          } catch (e) {
            if (isPopmError(e)) return e.code;
            throw e;
          }
        };
        const a = run(tasks);
        const b = run([...tasks].reverse());
        if (typeof a === 'string' || typeof b === 'string') {
          expect(b).toBe(a);
          return;
        }
        expect(a.duration).toBe(b.duration);
        expect(a.finishDate).toBe(b.finishDate);
        expect(a.criticalPathCount).toBe(b.criticalPathCount);
        const byId = new Map(b.tasks.map((t) => [t.id, t]));
        expect(a.tasks.length).toBe(n);
        for (const t of a.tasks) expect(byId.get(t.id)).toEqual(t);
      }),
      { numRuns: 300 },
    );
  });
});
