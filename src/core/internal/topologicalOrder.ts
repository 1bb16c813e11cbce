/**
 * @internal Kahn's algorithm over a graph in compressed sparse rows: the
 * successors of node `p` are `targets[start[p] .. start[p + 1] - 1]`.
 * FIFO, seeded with the sources in index order, so the order is
 * deterministic and keeps input order where the links allow.
 */

/** @internal What {@link topologicalOrder} found. */
export interface TopologicalOrder {
  /** The nodes in order; only the first `count` are meaningful. */
  readonly order: Int32Array;
  /** How many nodes were ordered: `n` unless a cycle blocks the rest. */
  readonly count: number;
  /** Left-over in-degrees: the nodes still `> 0` lie on or behind a cycle. */
  readonly indegree: Int32Array;
}

/**
 * @internal Orders the `n` nodes so every edge points forward. `indegree`
 * (each node's number of incoming edges) is consumed: pass a copy if you
 * need it afterwards. When `count < n` the graph has a cycle among the nodes
 * whose `indegree` is still positive.
 */
export function topologicalOrder(
  n: number,
  start: Int32Array,
  targets: Int32Array,
  indegree: Int32Array,
): TopologicalOrder {
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (indegree[i] === 0) order[tail++] = i;
  let head = 0;
  while (head < tail) {
    const p = order[head++] as number;
    for (let k = start[p] as number, end = start[p + 1] as number; k < end; k++) {
      const s = targets[k] as number;
      const left = (indegree[s] as number) - 1;
      indegree[s] = left;
      if (left === 0) order[tail++] = s;
    }
  }
  return { order, count: tail, indegree };
}
