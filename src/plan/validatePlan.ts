import { compileNetwork } from './network.js';
import type { Task } from './types.js';

/** What {@link validatePlan} found in a valid plan. */
export interface PlanSummary {
  /** Number of tasks. */
  readonly taskCount: number;
  /** Number of dependency links. */
  readonly linkCount: number;
  /** Task ids in a topological order (every predecessor before its successors). */
  readonly order: readonly string[];
  /** Ids of tasks with no predecessors, in input order. */
  readonly starts: readonly string[];
  /** Ids of tasks with no successors, in input order. */
  readonly ends: readonly string[];
  /** Ids of the milestones (duration `0`), in input order. */
  readonly milestones: readonly string[];
}

/**
 * Checks a plan and throws at the first broken rule: every task an object
 * with a unique non-empty `id` and a finite `duration >= 0`; every
 * predecessor known and listed once per task; link types `FS`, `SS`, `FF`,
 * `SF`; finite lags; three-point estimates with `0 <= optimistic <=
 * mostLikely <= pessimistic`; constraints `>= 0`; and no dependency loop.
 *
 * @param tasks - the plan; not changed
 * @returns a summary: counts, a topological order, start and end tasks, milestones
 * @throws PopmError `DUPLICATE_ID` for a repeated task id (or a predecessor
 *   listed twice by one task); `NOT_FOUND` for an unknown predecessor;
 *   `CYCLE` for a loop (its ids, each a predecessor of the next, in
 *   `details.cycle`); `OUT_OF_RANGE` for a negative duration, a negative
 *   constraint or a disordered estimate; `INVALID_NUMBER` for a non-finite
 *   number; `INVALID_ARGUMENT` for a wrong shape or an unknown link type
 * @example
 * validatePlan([{ id: 'A', duration: 2 }, { id: 'B', duration: 0, dependsOn: ['A'] }]);
 * //=> { taskCount: 2, linkCount: 1, order: ['A', 'B'], starts: ['A'], ends: ['B'], milestones: ['B'] }
 * validatePlan([{ id: 'A', duration: 1, dependsOn: ['B'] }, { id: 'B', duration: 1, dependsOn: ['A'] }]);
 * // throws PopmError CYCLE at ['tasks', 1, 'dependsOn'], details.cycle ['B', 'A']
 */
export function validatePlan(tasks: readonly Task[]): PlanSummary {
  const net = compileNetwork(tasks);
  const { n, ids } = net;
  const order: string[] = Array.from(net.order, (i) => ids[i] as string);
  const starts: string[] = [];
  const ends: string[] = [];
  const milestones: string[] = [];
  for (let i = 0; i < n; i++) {
    if (net.predStart[i] === net.predStart[i + 1]) starts.push(ids[i] as string);
    if (net.succStart[i] === net.succStart[i + 1]) ends.push(ids[i] as string);
    if (net.durations[i] === 0) milestones.push(ids[i] as string);
  }
  return Object.freeze({
    taskCount: n,
    linkCount: net.m,
    order: Object.freeze(order),
    starts: Object.freeze(starts),
    ends: Object.freeze(ends),
    milestones: Object.freeze(milestones),
  });
}
