/**
 * @internal The compiled schedule network shared by every plan function:
 * validated once, stored in typed arrays (compressed sparse rows), ordered
 * topologically, so each pass is linear in tasks + links. Compiling runs
 * three passes, each in its own file under `internal/`: read and validate
 * the tasks ({@link readTasks}), resolve the links ({@link resolveLinks}),
 * order the tasks ({@link orderTasks}).
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import type { Task } from '../types.js';
import { orderTasks } from './orderTasks.js';
import { FF, FS, type ReadTasks, readTasks, SS } from './readTasks.js';
import { resolveLinks } from './resolveLinks.js';
import { checkSummaryLinks, readTree, type Tree } from './summaries.js';
import type { Extras } from './taskExtras.js';

/** @internal */
export interface Network {
  /** Number of tasks. */
  readonly n: number;
  /** Number of links. */
  readonly m: number;
  /** Task ids in input order (the first `rows` nodes'). */
  readonly ids: readonly string[];
  /** Each task's optional fields (`name`, `estimate`, `constraint`, `meta`), input order; see {@link ReadTasks}. */
  readonly tasks: readonly Task[];
  /** Durations from the tasks. */
  readonly durations: Float64Array;
  /** Earliest allowed start: max(0, startNoEarlierThan). */
  readonly lower: Float64Array;
  /** Links of successor s are predStart[s] .. predStart[s+1]-1 (grouped by successor). */
  readonly predStart: Int32Array;
  /** Predecessor task of each link. */
  readonly linkPred: Int32Array;
  /** Successor task of each link. */
  readonly linkSucc: Int32Array;
  /** Link type code of each link. */
  readonly linkType: Uint8Array;
  /** Lag of each link. */
  readonly lag: Float64Array;
  /** Links leaving task p are succLinks[succStart[p] .. succStart[p+1]-1], by successor input order. */
  readonly succStart: Int32Array;
  /** Link indexes grouped by predecessor. */
  readonly succLinks: Int32Array;
  /** A topological order (Kahn, FIFO from input order). */
  readonly order: Int32Array;
  /**
   * How many of the `n` nodes are the plan's tasks (the first `rows`); the
   * rest carry the links of summary tasks (see expandSummaries.ts). `n` when absent.
   */
  readonly rows?: number | undefined;
  /** The issue-18 fields (dated constraints, deadlines, parents, progress), when some task has one. */
  readonly extras?: Extras | undefined;
  /** The summary tree, when some task has a parent. */
  readonly tree?: Tree | undefined;
  /** Dated bounds on the nodes (see bounds.ts), once the plan's start is known. */
  readonly bounds?: Bounds | undefined;
}

/**
 * @internal Bounds beyond `lower`, in working-day offsets (start terms are
 * compared with a start, finish terms with a finish): the forward pass
 * raises a start to `lowerFinish − d`, then holds it at
 * `min(holdStart, holdFinish − d)` (an inflexible constraint wins over the
 * links, as MS Project's "honor constraint dates"); the backward pass caps
 * a late start at `min(holdStart, holdFinish − d, deadline − d)`. A `split` task (work
 * done, no actual start) takes its duration in the pass: `done` then, from
 * the status date on, `rem`. A `complete` task keeps its early dates as late.
 */
export interface Bounds {
  readonly lowerFinish: Float64Array;
  readonly holdStart: Float64Array;
  readonly holdFinish: Float64Array;
  readonly split: Uint8Array;
  /** Work done and left of a split task (empty arrays in a plan without progress). */
  readonly done: Float64Array;
  readonly rem: Float64Array;
  /** Each node's deadline (a finish offset), `Infinity` for none: a late bound only. */
  readonly deadline: Float64Array;
  /** The status date's offset (end of that day), `-Infinity` without one. */
  readonly status: number;
  readonly complete: Uint8Array;
  /** `1` for a node whose start is an actual (no link moves it). */
  readonly fixed: Uint8Array;
  /**
   * `1` for a node with a bound (a finish bound, a hold, a deadline or a
   * split); the passes treat the others as a plain network's nodes.
   */
  readonly bounded: Uint8Array;
}

/**
 * @internal A network with every field in one order, absent ones
 * `undefined`: every network a call makes (compiled, with summary nodes,
 * with bounds) then shares one hidden class, so the passes and the floats
 * stay monomorphic instead of meeting a new shape at each step (and
 * deoptimizing on it for the first dozen calls).
 */
export function makeNetwork(f: Network): Network {
  return {
    n: f.n,
    m: f.m,
    ids: f.ids,
    tasks: f.tasks,
    durations: f.durations,
    lower: f.lower,
    predStart: f.predStart,
    linkPred: f.linkPred,
    linkSucc: f.linkSucc,
    linkType: f.linkType,
    lag: f.lag,
    succStart: f.succStart,
    succLinks: f.succLinks,
    order: f.order,
    rows: f.rows ?? f.n,
    extras: f.extras,
    tree: f.tree,
    bounds: f.bounds,
  };
}

/**
 * @internal Validates `tasks` and builds the {@link Network}.
 * @throws PopmError as {@link assertPlan}
 */
export function compileNetwork(input: unknown, path: PopmPath = ['tasks']): Network {
  const read = readTasks(input, path);
  const links = resolveLinks(read, path);
  const tree = readTree(read, path);
  if (tree !== undefined) checkSummaryLinks(read, tree, links.linkSucc, path);
  const order = orderTasks(read, links, path);
  return makeNetwork({
    extras: read.extras,
    tree,
    n: read.n,
    m: read.links.count,
    ids: read.ids,
    tasks: read.tasks,
    durations: read.durations,
    lower: read.lower,
    predStart: read.predStart,
    linkPred: read.links.pred,
    linkSucc: links.linkSucc,
    linkType: read.links.type,
    lag: read.links.lag,
    succStart: links.succStart,
    succLinks: links.succLinks,
    order,
  });
}

/** @internal Typed buffers for one pass over a network. */
export interface Pass {
  readonly es: Float64Array;
  readonly ls: Float64Array;
  /** Project duration after {@link runPasses}. */
  duration: number;
  /** With bounds: each start before an inflexible constraint held it. */
  pushed?: Float64Array | undefined;
}

/** @internal Allocates buffers for {@link runPasses}. */
export function createPass(n: number): Pass {
  return { es: new Float64Array(n), ls: new Float64Array(n), duration: 0 };
}

/**
 * @internal Forward and backward passes for durations `d`: fills ES and LS
 * (EF = ES + d, LF = LS + d) and the project duration. Each link is a
 * difference constraint on the two start times, so ES is the least and LS the
 * greatest schedule that meets every link and finishes by the project end.
 */
export function runPasses(net: Network, d: Float64Array, pass: Pass): void {
  const b = net.bounds;
  let finish: number;
  if (b === undefined) finish = forwardPass(net, d, pass.es);
  else {
    if (pass.pushed === undefined) pass.pushed = new Float64Array(net.n);
    finish = boundedForwardPass(net, b, d, pass.es, pass.pushed);
  }
  if (finish === Number.POSITIVE_INFINITY)
    throw popmError('OUT_OF_RANGE', ['tasks'], 'a project duration below 1.8e308 days', finish);
  backwardPass(net, d, pass.ls, finish);
  if (b !== undefined) keepComplete(net.n, b, pass.es, pass.ls);
  pass.duration = finish;
}

/**
 * The forward pass with {@link Bounds}: `d` of a split task is set here;
 * `pushed` gets each bounded node's unheld start (only those are read).
 */
function boundedForwardPass(
  net: Network,
  b: Bounds,
  d: Float64Array,
  es: Float64Array,
  pushed: Float64Array,
): number {
  const { n, order } = net;
  let finish = 0;
  for (let k = 0; k < n; k++) {
    const s = order[k] as number;
    const ds = d[s] as number;
    let start = linkedStart(net, d, es, s, ds);
    if (b.bounded[s] === 1) {
      start = boundStart(b, s, start, ds, pushed);
      if (b.split[s] === 1) d[s] = splitSpan(b, s, start);
    }
    es[s] = start;
    const ef = start + (d[s] as number);
    if (ef > finish) finish = ef;
  }
  return finish;
}

/** A start raised by a finish-no-earlier-than bound, then held by an inflexible one. */
function boundStart(
  b: Bounds,
  s: number,
  linked: number,
  ds: number,
  pushed: Float64Array,
): number {
  let start = linked;
  const lf = (b.lowerFinish[s] as number) - ds;
  if (lf > start) start = lf;
  pushed[s] = start;
  const hold = Math.min(b.holdStart[s] as number, (b.holdFinish[s] as number) - ds);
  if (hold < start) start = Math.max(0, hold);
  return start;
}

/** The span of a split task started at `start`: work done, then the rest after the status date. */
function splitSpan(b: Bounds, s: number, start: number): number {
  const done = b.done[s] as number;
  const rem = b.rem[s] as number;
  if (rem <= 0) return done;
  return Math.max(start + done, b.status) - start + rem;
}

/** A complete task's late dates are its dates (no link into it is kept, so nothing reads them). */
function keepComplete(n: number, b: Bounds, es: Float64Array, ls: Float64Array): void {
  for (let i = 0; i < n; i++) if (b.complete[i] === 1) ls[i] = es[i] as number;
}

/**
 * The earliest start of node `s` (duration `ds`) that its own lower bound
 * and its links allow, its predecessors' starts `es` being final.
 */
function linkedStart(
  net: Network,
  d: Float64Array,
  es: Float64Array,
  s: number,
  ds: number,
): number {
  const { predStart, linkPred, linkType, lag } = net;
  let start = net.lower[s] as number;
  for (let e = predStart[s] as number, end = predStart[s + 1] as number; e < end; e++) {
    const p = linkPred[e] as number;
    const c = earliestBy(
      linkType[e] as number,
      es[p] as number,
      d[p] as number,
      lag[e] as number,
      ds,
    );
    if (c > start) start = c;
  }
  return start;
}

/** The earliest start a link of type `t` allows its successor (of duration `ds`). */
function earliestBy(t: number, esP: number, dp: number, lag: number, ds: number): number {
  if (t === FS) return esP + dp + lag;
  if (t === SS) return esP + lag;
  if (t === FF) return esP + dp + lag - ds;
  return esP + lag - ds;
}

/** The latest start a link of type `t` allows its predecessor (of duration `dp`). */
function latestBy(t: number, lsS: number, ds: number, lag: number, dp: number): number {
  if (t === FS) return lsS - lag - dp;
  if (t === SS) return lsS - lag;
  if (t === FF) return lsS + ds - lag - dp;
  return lsS + ds - lag;
}

/** Fills `es` in topological order; returns the project duration (the latest early finish). */
function forwardPass(net: Network, d: Float64Array, es: Float64Array): number {
  return forwardFrom(net, d, es, 0);
}

/**
 * @internal The forward pass alone, from topological position `from` on, for
 * a network without {@link Bounds}: the tasks at positions before `from`
 * keep the starts `es` holds — a forward pass's for the same durations of
 * those tasks, which their starts alone depend on — and the rest are filled
 * as {@link runPasses} fills them. Returns the project duration, exactly
 * {@link runPasses}' (the same maximum, taken in the same order); the late
 * starts are not computed.
 * @throws PopmError `OUT_OF_RANGE` as {@link runPasses}, when the duration overflows
 */
export function forwardFinish(
  net: Network,
  d: Float64Array,
  es: Float64Array,
  from: number,
): number {
  const finish = forwardFrom(net, d, es, from);
  if (finish === Number.POSITIVE_INFINITY)
    throw popmError('OUT_OF_RANGE', ['tasks'], 'a project duration below 1.8e308 days', finish);
  return finish;
}

/** {@link forwardPass} from topological position `from` on, the starts before it as `es` holds them. */
function forwardFrom(net: Network, d: Float64Array, es: Float64Array, from: number): number {
  const { n, order } = net;
  let finish = 0;
  for (let k = 0; k < from; k++) {
    const s = order[k] as number;
    const ef = (es[s] as number) + (d[s] as number);
    if (ef > finish) finish = ef;
  }
  for (let k = from; k < n; k++) {
    const s = order[k] as number;
    const ds = d[s] as number;
    const start = linkedStart(net, d, es, s, ds);
    es[s] = start;
    if (start + ds > finish) finish = start + ds;
  }
  return finish;
}

/** Fills `ls` in reverse topological order, every task finishing by `finish`. */
function backwardPass(net: Network, d: Float64Array, ls: Float64Array, finish: number): void {
  const { n, order, linkType, lag, succStart, succLinks, linkSucc } = net;
  const b = net.bounds;
  for (let k = n - 1; k >= 0; k--) {
    const p = order[k] as number;
    const dp = d[p] as number;
    let late = finish - dp;
    if (b !== undefined && b.bounded[p] === 1) {
      const u = Math.min(
        b.holdStart[p] as number,
        Math.min(b.holdFinish[p] as number, b.deadline[p] as number) - dp,
      );
      if (u < late) late = u;
    }
    for (let j = succStart[p] as number, end = succStart[p + 1] as number; j < end; j++) {
      const e = succLinks[j] as number;
      const s = linkSucc[e] as number;
      const c = latestBy(
        linkType[e] as number,
        ls[s] as number,
        d[s] as number,
        lag[e] as number,
        dp,
      );
      if (c < late) late = c;
    }
    ls[p] = late;
  }
}

/**
 * @internal How much later than its link allows the successor could be:
 * `>= 0` after a forward pass; `0` when the link drives the successor.
 */
export function linkSlack(net: Network, d: Float64Array, es: Float64Array, e: number): number {
  const p = net.linkPred[e] as number;
  const s = net.linkSucc[e] as number;
  const t = net.linkType[e];
  const lagE = net.lag[e] as number;
  const esP = es[p] as number;
  const esS = es[s] as number;
  if (t === FS) return esS - (esP + (d[p] as number) + lagE);
  if (t === SS) return esS - (esP + lagE);
  if (t === FF) return esS + (d[s] as number) - (esP + (d[p] as number) + lagE);
  return esS + (d[s] as number) - (esP + lagE);
}

/** @internal The default tolerance for float comparisons on a schedule of length `duration`. */
export function defaultTolerance(duration: number): number {
  return 1e-9 * Math.max(1, Math.abs(duration));
}
