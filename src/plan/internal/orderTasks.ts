/**
 * @internal Pass 3 of compiling a plan: a topological order of the tasks.
 * When every link already points forward in the input (the usual way plans
 * are written), the input order is kept as is, so the later passes walk
 * memory in order; otherwise Kahn's algorithm finds one, and a loop is a
 * `CYCLE` error naming its ids, each a predecessor of the next.
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { findId } from '../../core/internal/idIndex.js';
import { topologicalOrder } from '../../core/internal/topologicalOrder.js';
import { findCycle } from '../../core/internal/validate.js';
import type { ReadTasks } from './readTasks.js';
import type { ResolvedLinks } from './resolveLinks.js';

/** @internal Pass 3; consumes `links.indegree`. */
export function orderTasks(read: ReadTasks, links: ResolvedLinks, path: PopmPath): Int32Array {
  const n = read.n;
  if (links.forward) {
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return order;
  }
  const sorted = topologicalOrder(n, links.succStart, links.succTask, links.indegree);
  if (sorted.count < n) throw cycleError(read, sorted.indegree, path);
  return sorted.order;
}

function cycleError(read: ReadTasks, indegree: Int32Array, path: PopmPath) {
  const { n, ids, predStart } = read;
  const linkPred = read.links.pred;
  const remaining: string[] = [];
  for (let i = 0; i < n; i++) if ((indegree[i] as number) > 0) remaining.push(ids[i] as string);
  const predsOf = (id: string): string[] => {
    const s = findId(read.index, ids, id);
    const out: string[] = [];
    for (let k = predStart[s] as number; k < (predStart[s + 1] as number); k++) {
      const p = linkPred[k] as number;
      if ((indegree[p] as number) > 0) out.push(ids[p] as string);
    }
    return out;
  };
  // findCycle walks "depends on" edges; reverse it so each id precedes the next.
  const loop = (findCycle(remaining, predsOf) as string[]).reverse();
  const at = findId(read.index, ids, loop[0] as string);
  return popmError('CYCLE', [...path, at, 'dependsOn'], 'no dependency loop', loop.join(' -> '), {
    cycle: loop,
  });
}
