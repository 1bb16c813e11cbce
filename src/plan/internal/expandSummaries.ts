/**
 * @internal Summary tasks in the network. A link to or from a summary
 * applies to each of its children (and theirs, down to the leaves); rather
 * than one link per leaf (a summary of 1,000 tasks linked to another would
 * be a million links), each summary gets up to four zero-length link nodes,
 * added after the tasks:
 *
 * - in-start: links into the summary's start (FS, SS) end here; it starts each child (SS 0);
 * - in-finish: links into its finish (FF, SF) end here; each child finishes after it (FF 0);
 * - out-finish: each child's finish feeds it (FF 0); links from its finish (FS, FF) leave here;
 * - out-start: each child's start feeds it (SS 0); links from its start (SS, SF) leave here.
 *
 * A child that is itself a summary is reached through its own nodes, so the
 * rule applies down the tree. The summary's own node is left without links.
 * The link nodes share the ids and task records of the tasks (`ids` and
 * `tasks` keep their `rows` entries; nothing reads a link node's).
 * The result is still a set of difference constraints, so the passes, the
 * floats and the critical paths are unchanged; a deadline on a summary sits
 * on its out-finish node.
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { topologicalOrder } from '../../core/internal/topologicalOrder.js';
import { makeNetwork, type Network } from './network.js';
import { outlineOrder } from './outlineOrder.js';
import { FF, FS, SS } from './readTasks.js';
import type { Tree } from './summaries.js';

/** @internal The link nodes of each summary, by task index (`-1` none). */
export interface SummaryNodes {
  readonly inStart: Int32Array;
  readonly inFinish: Int32Array;
  readonly outFinish: Int32Array;
  readonly outStart: Int32Array;
  /** The summary each link node belongs to, by `node − rows`. */
  readonly ownerOf: Int32Array;
}

/** Link lists of a known greatest size. */
class Links {
  count = 0;
  readonly pred: Int32Array;
  readonly succ: Int32Array;
  readonly type: Uint8Array;
  readonly lag: Float64Array;
  constructor(cap: number) {
    this.pred = new Int32Array(cap);
    this.succ = new Int32Array(cap);
    this.type = new Uint8Array(cap);
    this.lag = new Float64Array(cap);
  }
  add(p: number, s: number, t: number, l: number): void {
    const k = this.count++;
    this.pred[k] = p;
    this.succ[k] = s;
    this.type[k] = t;
    this.lag[k] = l;
  }
}

/** Marks (`0`) the nodes each summary's own links and deadline need. */
function markNeeds(net: Network, summary: Uint8Array, nodes: readonly Int32Array[]): void {
  const [inStart, inFinish, outFinish, outStart] = nodes as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  for (let e = 0; e < net.m; e++) {
    const p = net.linkPred[e] as number;
    const s = net.linkSucc[e] as number;
    const t = net.linkType[e];
    if (summary[s] === 1) (t === FS || t === SS ? inStart : inFinish)[s] = 0;
    if (summary[p] === 1) (t === FS || t === FF ? outFinish : outStart)[p] = 0;
  }
}

/** Marks the out-finish node of each summary with a deadline (the deadline sits there). */
function markDeadlines(summary: Uint8Array, outFinish: Int32Array, deadline: Float64Array): void {
  for (let i = 0; i < summary.length; i++)
    if (summary[i] === 1 && !Number.isNaN(deadline[i] as number)) outFinish[i] = 0;
}

/** Which nodes each summary needs, inherited down the tree, numbered from `net.n`. */
function needs(net: Network, tree: Tree, deadline: Float64Array | undefined): SummaryNodes {
  const n = net.n;
  const nodes = [0, 1, 2, 3].map(() => new Int32Array(n).fill(-1));
  markNeeds(net, tree.summary, nodes);
  if (deadline !== undefined) markDeadlines(tree.summary, nodes[2] as Int32Array, deadline);
  const owners: number[] = [];
  let next = n;
  // Parents before children: a child summary inherits each node its parent has.
  for (let k = n - 1; k >= 0; k--) {
    const i = tree.bottomUp[k] as number;
    if (tree.summary[i] !== 1) continue;
    const p = tree.parent[i] as number;
    for (const arr of nodes) {
      if (p >= 0 && (arr[p] as number) >= 0) arr[i] = 0;
      if (arr[i] !== 0) continue;
      arr[i] = next++;
      owners.push(i);
    }
  }
  const [inStart, inFinish, outFinish, outStart] = nodes as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  return { inStart, inFinish, outFinish, outStart, ownerOf: Int32Array.from(owners) };
}

/** The plan's links, each end at a summary moved to the summary's node for its link type. */
function movedLinks(net: Network, summary: Uint8Array, nodes: SummaryNodes, links: Links): void {
  const { inStart, inFinish, outFinish, outStart } = nodes;
  for (let e = 0; e < net.m; e++) {
    let p = net.linkPred[e] as number;
    let s = net.linkSucc[e] as number;
    const t = net.linkType[e] as number;
    if (summary[p] === 1) p = (t === FS || t === FF ? outFinish : outStart)[p] as number;
    if (summary[s] === 1) s = (t === FS || t === SS ? inStart : inFinish)[s] as number;
    links.add(p, s, t, net.lag[e] as number);
  }
}

/** How many links {@link childLinks} adds: one per node of each child's summary. */
function childLinkCount(rows: number, tree: Tree, nodes: SummaryNodes): number {
  const per = new Uint8Array(rows);
  for (const S of nodes.ownerOf) per[S] = (per[S] as number) + 1;
  let count = 0;
  for (let c = 0; c < rows; c++) {
    const S = tree.parent[c] as number;
    if (S >= 0) count += per[S] as number;
  }
  return count;
}

/** The links between each summary's nodes and its children (a child summary: its own nodes). */
function childLinks(rows: number, tree: Tree, nodes: SummaryNodes, links: Links): void {
  const { summary, parent } = tree;
  for (let c = 0; c < rows; c++) {
    const S = parent[c] as number;
    if (S < 0) continue;
    if (summary[c] === 1) summaryLinks(c, S, nodes, links);
    else leafLinks(c, S, nodes, links);
  }
}

/** The links between summary `S`'s nodes and its child summary `c`'s. */
function summaryLinks(c: number, S: number, nodes: SummaryNodes, links: Links): void {
  const { inStart, inFinish, outFinish, outStart } = nodes;
  const a = inStart[S] as number;
  if (a >= 0) links.add(a, inStart[c] as number, SS, 0);
  const b = inFinish[S] as number;
  if (b >= 0) links.add(b, inFinish[c] as number, FF, 0);
  const f = outFinish[S] as number;
  if (f >= 0) links.add(outFinish[c] as number, f, FF, 0);
  const g = outStart[S] as number;
  if (g >= 0) links.add(outStart[c] as number, g, SS, 0);
}

/** The links between summary `S`'s nodes and its leaf child `c`. */
function leafLinks(c: number, S: number, nodes: SummaryNodes, links: Links): void {
  const a = nodes.inStart[S] as number;
  if (a >= 0) links.add(a, c, SS, 0);
  const b = nodes.inFinish[S] as number;
  if (b >= 0) links.add(b, c, FF, 0);
  const f = nodes.outFinish[S] as number;
  if (f >= 0) links.add(c, f, FF, 0);
  const g = nodes.outStart[S] as number;
  if (g >= 0) links.add(c, g, SS, 0);
}

/** @internal The network with summary link nodes. */
export function expandSummaries(
  net: Network,
  tree: Tree,
  path: PopmPath,
): { net: Network; nodes: SummaryNodes } {
  const nodes = needs(net, tree, net.extras?.deadline);
  const rows = net.n;
  const links = new Links(net.m + childLinkCount(rows, tree, nodes));
  movedLinks(net, tree.summary, nodes, links);
  childLinks(rows, tree, nodes, links);
  return { net: build(net, tree, rows + nodes.ownerOf.length, links, nodes, path), nodes };
}

/** The compressed rows of the expanded network, ordered topologically. */
function build(
  net: Network,
  tree: Tree,
  n: number,
  links: Links,
  nodes: SummaryNodes,
  path: PopmPath,
): Network {
  const rows = net.n;
  const csr = compress(n, links);
  const order =
    outlineOrder(n, rows, tree, nodes, csr.linkPred, csr.linkSucc) ??
    kahnOrder(net, n, rows, csr, nodes, path);
  const durations = new Float64Array(n);
  durations.set(net.durations);
  const lower = new Float64Array(n);
  lower.set(net.lower);
  return makeNetwork({
    ...net,
    ...csr,
    n,
    m: links.count,
    rows,
    durations,
    lower,
    order,
  });
}

/** Kahn's order of the expanded network; a loop through a summary is a `CYCLE`. */
function kahnOrder(
  net: Network,
  n: number,
  rows: number,
  csr: ReturnType<typeof compress>,
  nodes: SummaryNodes,
  path: PopmPath,
): Int32Array {
  const indegree = new Int32Array(n);
  for (let i = 0; i < n; i++)
    indegree[i] = (csr.predStart[i + 1] as number) - (csr.predStart[i] as number);
  const succTask = new Int32Array(csr.succLinks.length);
  for (let j = 0; j < succTask.length; j++)
    succTask[j] = csr.linkSucc[csr.succLinks[j] as number] as number;
  const sorted = topologicalOrder(n, csr.succStart, succTask, indegree);
  if (sorted.count < n) throw summaryCycle(net, rows, sorted.indegree, nodes, path);
  return sorted.order;
}

/**
 * Compressed sparse rows of `links`: grouped by successor, and by
 * predecessor, each group in link order. Counts, then places each link
 * from the last down at its group's next free place from the end, which
 * leaves each start at its group's first place (no scratch arrays).
 */
function compress(n: number, links: Links) {
  const m = links.count;
  const predStart = new Int32Array(n + 1);
  const succStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const s = links.succ[e] as number;
    const p = links.pred[e] as number;
    predStart[s] = (predStart[s] as number) + 1;
    succStart[p] = (succStart[p] as number) + 1;
  }
  for (let i = 1; i <= n; i++) {
    predStart[i] = (predStart[i] as number) + (predStart[i - 1] as number);
    succStart[i] = (succStart[i] as number) + (succStart[i - 1] as number);
  }
  const linkPred = new Int32Array(m);
  const linkSucc = new Int32Array(m);
  const linkType = new Uint8Array(m);
  const lag = new Float64Array(m);
  for (let e = m - 1; e >= 0; e--) {
    const s = links.succ[e] as number;
    const at = (predStart[s] as number) - 1;
    predStart[s] = at;
    linkPred[at] = links.pred[e] as number;
    linkSucc[at] = s;
    linkType[at] = links.type[e] as number;
    lag[at] = links.lag[e] as number;
  }
  const succLinks = new Int32Array(m);
  for (let e = m - 1; e >= 0; e--) {
    const p = linkPred[e] as number;
    const at = (succStart[p] as number) - 1;
    succStart[p] = at;
    succLinks[at] = e;
  }
  return { predStart, linkPred, linkSucc, linkType, lag, succStart, succLinks };
}

/** A loop that runs through a summary (a child's successor linked back into the summary). */
function summaryCycle(
  net: Network,
  rows: number,
  indegree: Int32Array,
  nodes: SummaryNodes,
  path: PopmPath,
) {
  const stuck: string[] = [];
  let first = -1;
  for (let i = 0; i < indegree.length && stuck.length < 20; i++) {
    if ((indegree[i] as number) === 0) continue;
    const task = i < rows ? i : (nodes.ownerOf[i - rows] as number);
    if (first < 0) first = task;
    const id = net.ids[task] as string;
    if (!stuck.includes(id)) stuck.push(id);
  }
  return popmError(
    'CYCLE',
    [...path, first, 'dependsOn'],
    'no dependency loop (a link to or from a summary applies to each of its children)',
    stuck.join(', '),
    { cycle: stuck },
  );
}
