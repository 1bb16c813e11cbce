/**
 * @internal Pass 2 of compiling a plan, over the flat link arrays: resolves
 * the ids listed later than their successor, rejects unknown ids, self-links
 * and repeated predecessors, and builds the successor lists (compressed
 * sparse rows, filled in link order, hence by successor input order).
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { findId } from '../../core/internal/idIndex.js';
import type { ReadTasks } from './readTasks.js';

/** @internal What pass 2 built. */
export interface ResolvedLinks {
  /** Successor task of each link. */
  readonly linkSucc: Int32Array;
  /** Links leaving task p are succLinks[succStart[p] .. succStart[p+1]-1]. */
  readonly succStart: Int32Array;
  /** Link indexes grouped by predecessor. */
  readonly succLinks: Int32Array;
  /** The successor task of each entry of `succLinks` (for the topological sort). */
  readonly succTask: Int32Array;
  /** Number of predecessors of each task. */
  readonly indegree: Int32Array;
  /** True when every link points forward in the input: the input order is topological. */
  readonly forward: boolean;
}

/** @internal Pass 2; `read.links.pred` is completed in place. */
export function resolveLinks(read: ReadTasks, path: PopmPath): ResolvedLinks {
  const { n, predStart, links } = read;
  const m = links.count;
  const linkPred = links.pred;
  const linkSucc = new Int32Array(m);
  const succStart = new Int32Array(n + 1);
  const indegree = new Int32Array(n);
  // seen[p] === i marks p as already a predecessor of task i.
  const seen = new Int32Array(n).fill(-1);
  let pending = 0;
  let forward = true;
  for (let i = 0; i < n; i++) {
    const a = predStart[i] as number;
    const b = predStart[i + 1] as number;
    indegree[i] = b - a;
    for (let k = a; k < b; k++) {
      let p = linkPred[k] as number;
      let predId: string | undefined;
      if (p < 0) {
        predId = links.pendingIds[pending++] as string;
        p = findId(read.index, read.ids, predId);
      }
      if (p < 0 || p === i || seen[p] === i) throw badLink(read, path, i, k, p, predId);
      seen[p] = i;
      if (p > i) forward = false;
      linkPred[k] = p;
      linkSucc[k] = i;
      succStart[p + 1] = (succStart[p + 1] as number) + 1;
    }
  }
  for (let i = 0; i < n; i++)
    succStart[i + 1] = (succStart[i + 1] as number) + (succStart[i] as number);
  const fill = succStart.slice(0, n);
  const succLinks = new Int32Array(m);
  const succTask = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const p = linkPred[k] as number;
    const at = fill[p] as number;
    succLinks[at] = k;
    succTask[at] = linkSucc[k] as number;
    fill[p] = at + 1;
  }
  return { linkSucc, succStart, succLinks, succTask, indegree, forward };
}

/** @internal The path of link `k` (the `j`-th dependency of task `i`). */
export function linkPath(read: ReadTasks, path: PopmPath, i: number, k: number): PopmPath {
  const j = k - (read.predStart[i] as number);
  return read.links.isObject[k] === 1
    ? [...path, i, 'dependsOn', j, 'id']
    : [...path, i, 'dependsOn', j];
}

function badLink(
  read: ReadTasks,
  path: PopmPath,
  i: number,
  k: number,
  p: number,
  pendingId: string | undefined,
) {
  const at = linkPath(read, path, i, k);
  const task = read.ids[i] as string;
  if (p < 0)
    return popmError('NOT_FOUND', at, 'the id of a task in the plan', pendingId, {
      id: pendingId,
      task,
    });
  const predId = read.ids[p] as string;
  if (p === i) return popmError('CYCLE', at, 'no dependency loop', predId, { cycle: [predId] });
  return popmError('DUPLICATE_ID', at, 'each predecessor listed once', predId, {
    id: predId,
    task,
  });
}
