/**
 * @internal The compiled schedule network shared by every plan function:
 * validated once, stored in typed arrays (compressed sparse rows), ordered
 * topologically, so each pass is linear in tasks + links. Compiling runs
 * three passes, each in its own file under `internal/`: read and validate
 * the tasks ({@link readTasks}), resolve the links ({@link resolveLinks}),
 * order the tasks ({@link orderTasks}).
 */
import { type PopmPath, popmError } from '../core/errors.js';
import { orderTasks } from './internal/orderTasks.js';
import { FF, FS, type ReadTasks, readTasks, SS } from './internal/readTasks.js';
import { resolveLinks } from './internal/resolveLinks.js';
import type { Task } from './types.js';

/** @internal */
export interface Network {
  /** Number of tasks. */
  readonly n: number;
  /** Number of links. */
  readonly m: number;
  /** Task ids in input order. */
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
}

/**
 * @internal Validates `tasks` and builds the {@link Network}.
 * @throws PopmError as {@link assertPlan}
 */
export function compileNetwork(input: unknown, path: PopmPath = ['tasks']): Network {
  const read = readTasks(input, path);
  const links = resolveLinks(read, path);
  const order = orderTasks(read, links, path);
  return {
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
  };
}

/** @internal Typed buffers for one pass over a network. */
export interface Pass {
  readonly es: Float64Array;
  readonly ls: Float64Array;
  /** Project duration after {@link runPasses}. */
  duration: number;
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
  const { n, order, predStart, linkPred, linkType, lag, succStart, succLinks, linkSucc, lower } =
    net;
  const { es, ls } = pass;
  let finish = 0;
  for (let k = 0; k < n; k++) {
    const s = order[k] as number;
    const ds = d[s] as number;
    let start = lower[s] as number;
    for (let e = predStart[s] as number, end = predStart[s + 1] as number; e < end; e++) {
      const p = linkPred[e] as number;
      const t = linkType[e];
      let c: number;
      if (t === FS) c = (es[p] as number) + (d[p] as number) + (lag[e] as number);
      else if (t === SS) c = (es[p] as number) + (lag[e] as number);
      else if (t === FF) c = (es[p] as number) + (d[p] as number) + (lag[e] as number) - ds;
      else c = (es[p] as number) + (lag[e] as number) - ds;
      if (c > start) start = c;
    }
    es[s] = start;
    if (start + ds > finish) finish = start + ds;
  }
  if (finish === Number.POSITIVE_INFINITY)
    throw popmError('OUT_OF_RANGE', ['tasks'], 'a project duration below 1.8e308 days', finish);
  for (let k = n - 1; k >= 0; k--) {
    const p = order[k] as number;
    const dp = d[p] as number;
    let late = finish - dp;
    for (let j = succStart[p] as number, end = succStart[p + 1] as number; j < end; j++) {
      const e = succLinks[j] as number;
      const s = linkSucc[e] as number;
      const t = linkType[e];
      let c: number;
      if (t === FS) c = (ls[s] as number) - (lag[e] as number) - dp;
      else if (t === SS) c = (ls[s] as number) - (lag[e] as number);
      else if (t === FF) c = (ls[s] as number) + (d[s] as number) - (lag[e] as number) - dp;
      else c = (ls[s] as number) + (d[s] as number) - (lag[e] as number);
      if (c < late) late = c;
    }
    ls[p] = late;
  }
  pass.duration = finish;
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
