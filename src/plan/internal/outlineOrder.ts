/**
 * @internal A topological order of a plan expanded with its summaries' link
 * nodes (expandSummaries.ts) that keeps the input order: each task in its
 * place, a summary's in-nodes right after the summary, its out-nodes right
 * after its last descendant (an inner summary's before an outer's). For a
 * plan written as an outline, with every link pointing forward, that is an
 * order in which every link points forward, and the passes then walk memory
 * in order (Kahn's first-in-first-out order would visit the tasks layer by
 * layer, all over the arrays). The order is checked link by link;
 * `undefined` when a link points back (the caller falls back to Kahn).
 */
import type { SummaryNodes } from './expandSummaries.js';
import type { Tree } from './summaries.js';

/** The nodes to place after each task: summaries' out-nodes, deepest first (a linked list). */
function closers(rows: number, tree: Tree): { head: Int32Array; next: Int32Array } {
  const { summary, parent, bottomUp } = tree;
  // The last descendant (greatest index) under each task, its own index for a leaf.
  const last = new Int32Array(rows);
  for (let i = 0; i < rows; i++) last[i] = i;
  for (let k = 0; k < rows; k++) {
    const i = bottomUp[k] as number;
    const p = parent[i] as number;
    if (p >= 0 && (last[i] as number) > (last[p] as number)) last[p] = last[i] as number;
  }
  const head = new Int32Array(rows).fill(-1);
  const next = new Int32Array(rows).fill(-1);
  // Shallowest first, each put at the front of its list: the deepest comes first.
  for (let k = rows - 1; k >= 0; k--) {
    const s = bottomUp[k] as number;
    if (summary[s] !== 1) continue;
    const at = last[s] as number;
    next[s] = head[at] as number;
    head[at] = s;
  }
  return { head, next };
}

/** Appends `node` when it exists (`>= 0`); returns the new length. */
function put(order: Int32Array, count: number, node: number): number {
  if (node < 0) return count;
  order[count] = node;
  return count + 1;
}

/**
 * @internal The outline order of the `n` nodes (`rows` tasks, then the link
 * nodes), or `undefined` when a link of `linkPred → linkSucc` would point back.
 */
export function outlineOrder(
  n: number,
  rows: number,
  tree: Tree,
  nodes: SummaryNodes,
  linkPred: Int32Array,
  linkSucc: Int32Array,
): Int32Array | undefined {
  const { inStart, inFinish, outFinish, outStart } = nodes;
  const { head, next } = closers(rows, tree);
  const order = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < rows; i++) {
    order[count++] = i;
    count = put(order, count, inStart[i] as number);
    count = put(order, count, inFinish[i] as number);
    for (let s = head[i] as number; s >= 0; s = next[s] as number) {
      count = put(order, count, outStart[s] as number);
      count = put(order, count, outFinish[s] as number);
    }
  }
  if (count !== n) return undefined;
  const pos = new Int32Array(n);
  for (let k = 0; k < n; k++) pos[order[k] as number] = k;
  for (let e = 0; e < linkPred.length; e++)
    if ((pos[linkPred[e] as number] as number) >= (pos[linkSucc[e] as number] as number))
      return undefined;
  return order;
}
