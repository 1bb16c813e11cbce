import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topologicalOrder } from '../../../src/core/internal/topologicalOrder.js';

/** CSR successor lists and in-degrees from an edge list. */
function csr(n: number, edges: readonly (readonly [number, number])[]) {
  const start = new Int32Array(n + 1);
  const indegree = new Int32Array(n);
  for (const [p, s] of edges) {
    start[p + 1] = (start[p + 1] as number) + 1;
    indegree[s] = (indegree[s] as number) + 1;
  }
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, n);
  const targets = new Int32Array(edges.length);
  for (const [p, s] of edges) {
    targets[fill[p] as number] = s;
    fill[p] = (fill[p] as number) + 1;
  }
  return { start, targets, indegree };
}

describe("Kahn's topological order", () => {
  it('orders a diamond FIFO from the sources in index order', () => {
    const g = csr(4, [
      [3, 1],
      [3, 2],
      [1, 0],
      [2, 0],
    ]);
    const r = topologicalOrder(4, g.start, g.targets, g.indegree);
    expect(r.count).toBe(4);
    expect([...r.order]).toEqual([3, 1, 2, 0]);
  });

  it('stops short on a cycle and leaves the cycle nodes with positive in-degree', () => {
    const g = csr(3, [
      [0, 1],
      [1, 2],
      [2, 1],
    ]);
    const r = topologicalOrder(3, g.start, g.targets, g.indegree);
    expect(r.count).toBe(1);
    expect([...r.indegree].map((d) => d > 0)).toEqual([false, true, true]);
  });

  it('puts every edge forward on random DAGs', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 30 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 }),
              fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
            ),
          ),
        ([n, raw, perm]) => {
          // Edges from earlier to later in a random permutation: acyclic.
          const rank = new Map(perm.map((v, i) => [v, i]));
          const edges = raw
            .filter(([a, b]) => a !== b)
            .map(
              ([a, b]) =>
                ((rank.get(a) as number) < (rank.get(b) as number) ? [a, b] : [b, a]) as [
                  number,
                  number,
                ],
            );
          const g = csr(n, edges);
          const r = topologicalOrder(n, g.start, g.targets, g.indegree);
          expect(r.count).toBe(n);
          const pos = new Map([...r.order].map((v, i) => [v, i]));
          for (const [a, b] of edges)
            expect(pos.get(a) as number).toBeLessThan(pos.get(b) as number);
        },
      ),
    );
  });
});
