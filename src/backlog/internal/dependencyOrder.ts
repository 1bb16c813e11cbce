/**
 * @internal The dependency rule of {@link prioritise}: every open item after
 * the open items it depends on, moving as few as possible (only enablers
 * move), in a way that prioritising the result again reproduces exactly.
 */
import { popmError } from '../../core/errors.js';
import { orderByKeyDesc } from '../../core/internal/countingSort.js';
import { heapPop, heapPush } from '../../core/internal/heap.js';
import type { BacklogItem } from '../types.js';

/** The open dependency subgraph, its dependants-first order and effective scores (step 1). */
function buildGraph(
  items: readonly BacklogItem[],
  ids: readonly string[],
  sequence: Int32Array,
  withDeps: readonly number[],
  own: Float64Array,
  lifted: Uint8Array,
): Graph {
  const n = items.length;
  const { depsOf, dependantsLeft, involved } = openSubgraph(items, ids, sequence, withDeps);
  const { eff, topo } = effectiveScores(depsOf, dependantsLeft, involved, own);
  let inherited = false;
  for (const x of topo)
    if (eff[x] !== own[x]) {
      inherited = true;
      lifted[x] = 1;
    }
  const topoRank = new Int32Array(n).fill(-1);
  for (let k = 0; k < topo.length; k++) topoRank[topo[k] as number] = k;
  return { n, depsOf, withDeps, topo, topoRank, eff, inherited };
}

/**
 * 1. Effective scores, dependants before their dependencies (Kahn, reversed).
 * The backlog was validated on entry, so the subgraph has no loop.
 */
function effectiveScores(
  depsOf: readonly (number[] | undefined)[],
  dependantsLeft: Int32Array,
  involved: readonly number[],
  own: Float64Array,
): { eff: Float64Array; topo: number[] } {
  const eff = own.slice();
  const topo: number[] = [];
  for (const x of involved) if (dependantsLeft[x] === 0) topo.push(x);
  for (let k = 0; k < topo.length; k++) {
    const x = topo[k] as number;
    for (const d of depsOf[x] ?? []) {
      if ((eff[x] as number) > (eff[d] as number)) eff[d] = eff[x] as number;
      dependantsLeft[d] = (dependantsLeft[d] as number) - 1;
      if (dependantsLeft[d] === 0) topo.push(d);
    }
  }
  return { eff, topo };
}

/**
 * Index of every id that some item with dependencies names. Only those are
 * resolved: a map of them is far smaller (and faster to build) than one of
 * every id.
 */
function dependedOn(
  items: readonly BacklogItem[],
  ids: readonly string[],
  withDeps: readonly number[],
): Map<string, number> {
  const indexOf = new Map<string, number>();
  for (const i of withDeps) {
    const deps = (items[i] as BacklogItem).dependsOn;
    for (let j = 0; j < deps.length; j++) indexOf.set(deps[j] as string, -1);
  }
  let unresolved = indexOf.size;
  for (let i = 0; i < ids.length && unresolved > 0; i++) {
    const id = ids[i] as string;
    if (indexOf.get(id) === -1) {
      indexOf.set(id, i);
      unresolved -= 1;
    }
  }
  return indexOf;
}

/** The dependency subgraph among open items, with each node's count of open dependants. */
function openSubgraph(
  items: readonly BacklogItem[],
  ids: readonly string[],
  sequence: Int32Array,
  withDeps: readonly number[],
) {
  const n = items.length;
  const open = new Uint8Array(n);
  for (let p = 0; p < sequence.length; p++) open[sequence[p] as number] = 1;
  const indexOf = dependedOn(items, ids, withDeps);
  const depsOf: (number[] | undefined)[] = new Array(n);
  const dependantsLeft = new Int32Array(n).fill(-1); // -1: not in the subgraph
  const involved: number[] = [];
  for (const i of withDeps) {
    const deps = (items[i] as BacklogItem).dependsOn;
    const list: number[] = [];
    for (let j = 0; j < deps.length; j++) {
      const d = indexOf.get(deps[j] as string) as number;
      if (open[d] === 1) {
        list.push(d);
        if ((dependantsLeft[d] as number) < 0) {
          dependantsLeft[d] = 0;
          involved.push(d);
        }
        dependantsLeft[d] = (dependantsLeft[d] as number) + 1;
      }
    }
    depsOf[i] = list;
    if ((dependantsLeft[i] as number) < 0) {
      dependantsLeft[i] = 0;
      involved.push(i);
    }
  }
  return { depsOf, dependantsLeft, involved };
}

/**
 * `sequence` (by own score) re-ordered by effective score: only enablers that
 * inherited a higher score move, so they are sorted apart and merged back
 * (effective score desc, own score desc, then `sequence` order).
 */
function mergeInherited(graph: Graph, sequence: Int32Array, own: Float64Array): Int32Array {
  const { n, eff } = graph;
  const m = sequence.length;
  const at = new Int32Array(n);
  let movedCount = 0;
  for (let p = 0; p < m; p++) {
    const x = sequence[p] as number;
    at[x] = p;
    if (eff[x] !== own[x]) movedCount += 1;
  }
  const moved = new Int32Array(movedCount);
  const stay = new Int32Array(m - movedCount);
  for (let p = 0, i = 0, j = 0; p < m; p++) {
    const x = sequence[p] as number;
    if (eff[x] !== own[x]) moved[j++] = x;
    else stay[i++] = x;
  }
  // Effective score desc, own score desc, then `sequence` order: a total order.
  const before = (a: number, b: number): boolean =>
    (eff[a] as number) !== (eff[b] as number)
      ? (eff[a] as number) > (eff[b] as number)
      : (own[a] as number) !== (own[b] as number)
        ? (own[a] as number) > (own[b] as number)
        : (at[a] as number) < (at[b] as number);
  moved.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  const out = new Int32Array(m);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < stay.length && j < moved.length)
    out[k++] = before(moved[j] as number, stay[i] as number)
      ? (moved[j++] as number)
      : (stay[i++] as number);
  while (i < stay.length) out[k++] = stay[i++] as number;
  while (j < moved.length) out[k++] = moved[j++] as number;
  return out;
}

/** The open dependency subgraph, its dependants-first order and effective scores. */
interface Graph {
  readonly n: number;
  readonly depsOf: readonly (number[] | undefined)[];
  readonly withDeps: readonly number[];
  readonly topoRank: Int32Array;
  readonly topo: readonly number[];
  readonly eff: Float64Array;
  readonly inherited: boolean;
}

/**
 * @internal Puts every open item after the open items it depends on, moving as few as
 * possible, in a way that a second pass reproduces exactly:
 *
 * 1. An enabler inherits the highest score among the open items that depend
 *    on it (directly or through others): its effective score.
 * 2. Items are ordered by effective score, then own score, then `sequence`.
 * 3. An enabler also inherits the position of the first same-score item that
 *    needs it, and is placed just before that item; several enablers of one
 *    item go in that order, as far as their own dependencies allow.
 *
 * Marks in `lifted` the items that moved up for a dependant. `sequence` is
 * the open items in own-score order; `withDeps` the open items with
 * dependencies. The backlog must be validated (ids known, no loop).
 */
export function resolveDependencies(
  items: readonly BacklogItem[],
  ids: readonly string[],
  sequence: Int32Array,
  withDeps: readonly number[],
  own: Float64Array,
  lifted: Uint8Array,
): Int32Array {
  const graph = buildGraph(items, ids, sequence, withDeps, own, lifted);
  // Lifting an enabler can change which of two equal scores comes first, and
  // ties keep the current order; so the rule is re-applied to its own result
  // until nothing moves. That fixed point is what makes prioritise idempotent
  // (the graph and effective scores are built once; only the arrangement reruns).
  const unsettled = { value: false };
  let order = arrange(graph, sequence, own, lifted, unsettled);
  for (let pass = 0; unsettled.value; pass++) {
    unsettled.value = false;
    const next = arrange(graph, orderByKeyDesc(order, own), own, lifted, unsettled);
    let same = true;
    for (let k = 0; k < next.length; k++)
      if (next[k] !== order[k]) {
        same = false;
        break;
      }
    if (same) return order;
    if (pass >= 50)
      throw popmError(
        'LIMIT_EXCEEDED',
        ['backlog', 'items'],
        'a stable dependency order within 50 passes',
        items.length,
      );
    order = next;
  }
  return order;
}

function arrange(
  graph: Graph,
  sequence: Int32Array,
  own: Float64Array,
  lifted: Uint8Array,
  unsettled: { value: boolean },
): Int32Array {
  const { n } = graph;
  // Order by effective score; ties keep the own-score order.
  const seq = graph.inherited ? mergeInherited(graph, sequence, own) : sequence.slice();
  const pos = new Int32Array(n);
  for (let p = 0; p < seq.length; p++) pos[seq[p] as number] = p;
  settleTies(graph, seq, pos, own, lifted);
  return placeEnablers(graph, seq, pos, own, lifted, unsettled);
}

/**
 * Among items that tie on both scores, a dependency goes before its
 * dependant (stable topological order of the tie), so that the order a first
 * pass produces is the tie order a second pass starts from. Updates `seq`
 * and `pos` in place.
 */
function settleTies(
  graph: Graph,
  seq: Int32Array,
  pos: Int32Array,
  own: Float64Array,
  lifted: Uint8Array,
): void {
  const { n, depsOf, eff } = graph;
  const tied = (x: number, y: number): boolean => eff[y] === eff[x] && own[y] === own[x];
  const tiedRuns = new Set<number>();
  const runStart = (p: number): number => {
    const x = seq[p] as number;
    let q = p;
    while (q > 0 && tied(x, seq[q - 1] as number)) q -= 1;
    return q;
  };
  for (const x of graph.withDeps)
    for (const d of depsOf[x] as number[])
      if (tied(x, d) && (pos[d] as number) > (pos[x] as number))
        tiedRuns.add(runStart(pos[x] as number));
  if (tiedRuns.size === 0) return;
  const scratch: RunScratch = {
    stamp: new Int32Array(n).fill(-1),
    runKey: new Int32Array(n),
    waiting: new Int32Array(n),
    priority: new Float64Array(n),
  };
  for (const start of [...tiedRuns].sort((a, b) => a - b)) {
    const x0 = seq[start] as number;
    let end = start + 1;
    while (end < seq.length && tied(x0, seq[end] as number)) end += 1;
    settleRun(graph, seq, start, end, pos, lifted, scratch);
    for (let p = start; p < end; p++) pos[seq[p] as number] = p;
  }
}

/**
 * 3. An enabler inherits the position of the first same-score item that
 * needs it and is placed just before it; several enablers of one item go in
 * dependency order, by position.
 */
function placeEnablers(
  graph: Graph,
  seq: Int32Array,
  pos: Int32Array,
  own: Float64Array,
  lifted: Uint8Array,
  unsettled: { value: boolean },
): Int32Array {
  const key = inheritedPositions(graph, pos);
  const { groups, hasGroup } = groupEnablers(graph, seq, pos, key, own, lifted, unsettled);
  const { depsOf } = graph;
  const out = new Int32Array(seq.length);
  let k = 0;
  for (let p = 0; p < seq.length; p++) {
    const x = seq[p] as number;
    if ((key[x] as number) < p) continue; // placed with the item it enables
    const g = hasGroup[p] === 1 ? groups.get(p) : undefined;
    if (g === undefined) out[k++] = x;
    else k = emitGroup(out, k, x, g, depsOf, pos);
  }
  return out;
}

/** The position each item inherits: that of the first same-score item needing it. */
function inheritedPositions(graph: Graph, pos: Int32Array): Int32Array {
  const { depsOf, topo, eff } = graph;
  const key = new Int32Array(pos);
  for (const x of topo)
    for (const d of depsOf[x] ?? [])
      if (eff[d] === eff[x] && (key[x] as number) < (key[d] as number)) key[d] = key[x] as number;
  return key;
}

/** The lifted enablers grouped by the position they take; marks them in `lifted`. */
function groupEnablers(
  graph: Graph,
  seq: Int32Array,
  pos: Int32Array,
  key: Int32Array,
  own: Float64Array,
  lifted: Uint8Array,
  unsettled: { value: boolean },
): { groups: Map<number, number[]>; hasGroup: Uint8Array } {
  const groups = new Map<number, number[]>();
  const hasGroup = new Uint8Array(graph.n);
  for (const x of graph.topo) {
    const at = key[x] as number;
    if (at >= (pos[x] as number)) continue;
    lifted[x] = 1;
    hasGroup[at] = 1;
    // An enabler tied with the item it was placed before may start ahead of
    // it next time (ties keep the current order): the caller must re-check.
    if (own[x] === own[seq[at] as number]) unsettled.value = true;
    addTo(groups, at, x);
  }
  return { groups, hasGroup };
}

/** Writes item `x` and its lifted enablers `g` in dependency order, by position. */
function emitGroup(
  out: Int32Array,
  k: number,
  x: number,
  g: number[],
  depsOf: readonly (number[] | undefined)[],
  pos: Int32Array,
): number {
  let at = k;
  if (g.length === 1 && (depsOf[x] ?? []).includes(g[0] as number)) {
    out[at++] = g[0] as number; // the common case: one enabler
    out[at++] = x;
    return at;
  }
  g.push(x);
  const member = new Set(g);
  for (const y of kahnByKey(g, (y) => (depsOf[y] ?? []).filter((d) => member.has(d)), pos))
    out[at++] = y;
  return at;
}

/** Scratch arrays of {@link settleRun}, indexed by item, shared by the runs of one pass. */
interface RunScratch {
  /** The run's start for its members (−1 or another run's start for the rest). */
  readonly stamp: Int32Array;
  /** The position each member inherits from the first member that needs it. */
  readonly runKey: Int32Array;
  /** In-run dependencies not yet placed. */
  readonly waiting: Int32Array;
  /** runKey · n + pos: the order members are taken in once their dependencies are placed. */
  readonly priority: Float64Array;
}

/**
 * Re-orders one run of items that tie on both scores (`seq[start..end)`):
 * an enabler takes the place of the first member that needs it, then the
 * members are taken in topological order, the smallest priority first (as
 * {@link kahnByKey} would, with typed scratch arrays instead of maps: runs
 * can hold thousands of items). Marks the members that moved up in `lifted`.
 */
function settleRun(
  graph: Graph,
  seq: Int32Array,
  start: number,
  end: number,
  pos: Int32Array,
  lifted: Uint8Array,
  scratch: RunScratch,
): void {
  const dependants = linkRun(graph, seq, start, end, pos, scratch);
  const { kept, early } = readyMembers(graph, seq, start, end, pos, lifted, scratch);
  mergeRun(seq, start, end, kept, early, dependants, scratch);
}

/**
 * Stamps the run's members, gives each the position of the first member that
 * needs it (dependants first, so it passes down a chain), counts in-run
 * dependencies and returns each member's in-run dependants.
 */
function linkRun(
  graph: Graph,
  seq: Int32Array,
  start: number,
  end: number,
  pos: Int32Array,
  scratch: RunScratch,
): Map<number, number[]> {
  const { depsOf, topoRank } = graph;
  const { stamp, runKey, waiting } = scratch;
  const inGraph: number[] = [];
  for (let p = start; p < end; p++) {
    const y = seq[p] as number;
    stamp[y] = start;
    runKey[y] = pos[y] as number;
    if ((topoRank[y] as number) >= 0) inGraph.push(y);
  }
  inGraph.sort((a, b) => (topoRank[a] as number) - (topoRank[b] as number));
  const dependants = new Map<number, number[]>();
  for (const y of inGraph)
    for (const d of depsOf[y] ?? []) {
      if (stamp[d] !== start) continue;
      if ((runKey[y] as number) < (runKey[d] as number)) runKey[d] = runKey[y] as number;
      waiting[y] = (waiting[y] as number) + 1;
      addTo(dependants, d, y);
    }
  return dependants;
}

function addTo(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Members ready from the start: those that keep their place are already in
 * priority order (runKey = pos); the few that inherit a place are sorted.
 * Marks the members that moved up in `lifted`.
 */
function readyMembers(
  graph: Graph,
  seq: Int32Array,
  start: number,
  end: number,
  pos: Int32Array,
  lifted: Uint8Array,
  scratch: RunScratch,
): { kept: number[]; early: number[] } {
  const { runKey, waiting, priority } = scratch;
  const kept: number[] = [];
  const early: number[] = [];
  for (let p = start; p < end; p++) {
    const y = seq[p] as number;
    priority[y] = (runKey[y] as number) * graph.n + (pos[y] as number);
    const movedUp = (runKey[y] as number) < (pos[y] as number);
    if (movedUp) lifted[y] = 1;
    if (waiting[y] === 0) (movedUp ? early : kept).push(y);
  }
  early.sort((a, b) => (priority[a] as number) - (priority[b] as number));
  return { kept, early };
}

/**
 * Writes the run back in topological order, smallest priority first: a
 * three-way merge of the kept members, the early ones and a heap of members
 * released by a placed dependency.
 */
function mergeRun(
  seq: Int32Array,
  start: number,
  end: number,
  kept: readonly number[],
  early: readonly number[],
  dependants: ReadonlyMap<number, readonly number[]>,
  scratch: RunScratch,
): void {
  const { waiting, priority } = scratch;
  const heap: number[] = [];
  let i = 0;
  let j = 0;
  for (let p = start; p < end; p++) {
    const k = i < kept.length ? (kept[i] as number) : -1;
    const e = j < early.length ? (early[j] as number) : -1;
    let y = smaller(k, e, priority);
    const best = y < 0 ? Number.POSITIVE_INFINITY : (priority[y] as number);
    if (heap.length > 0 && (priority[heap[0] as number] as number) < best)
      y = heapPop(heap, priority);
    else if (y === k) i += 1;
    else j += 1;
    seq[p] = y;
    release(dependants.get(y), waiting, heap, priority);
  }
}

/** A member is placed: its dependants wait for one dependency less; the ready ones join the heap. */
function release(
  dependants: readonly number[] | undefined,
  waiting: Int32Array,
  heap: number[],
  priority: Float64Array,
): void {
  if (dependants === undefined) return;
  for (const z of dependants) {
    waiting[z] = (waiting[z] as number) - 1;
    if (waiting[z] === 0) heapPush(heap, z, priority);
  }
}

/** Of two candidates (−1 for none), the one with the smaller priority; `a` on a tie. */
function smaller(a: number, b: number, priority: Float64Array): number {
  if (b < 0) return a;
  if (a < 0) return b;
  return (priority[b] as number) < (priority[a] as number) ? b : a;
}

/** Topological order of `nodes` (edges from `depsIn`), ready nodes taken by smallest `key`. */
function kahnByKey(
  nodes: Iterable<number>,
  depsIn: (x: number) => readonly number[],
  key: ArrayLike<number>,
): number[] {
  const waiting = new Map<number, number>();
  const dependants = new Map<number, number[]>();
  const heap: number[] = [];
  for (const y of nodes) {
    const deps = depsIn(y);
    waiting.set(y, deps.length);
    for (const d of deps) {
      const list = dependants.get(d);
      if (list === undefined) dependants.set(d, [y]);
      else list.push(y);
    }
    if (deps.length === 0) heapPush(heap, y, key);
  }
  const out: number[] = [];
  while (heap.length > 0) {
    const y = heapPop(heap, key);
    out.push(y);
    for (const z of dependants.get(y) ?? []) {
      const left = (waiting.get(z) as number) - 1;
      waiting.set(z, left);
      if (left === 0) heapPush(heap, z, key);
    }
  }
  return out;
}
