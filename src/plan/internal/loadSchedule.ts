/**
 * @internal The early schedule the resource and cost functions read, as
 * {@link criticalPath} computes it: summaries expanded (a link to a summary
 * waits for all its children), dated constraints and deadlines applied.
 */

import type { WorkDays } from './dating.js';
import { createPass, type Network, type Pass, runPasses } from './network.js';
import { preparePlan } from './preparePlan.js';

/** @internal A plan's network ready for the passes, and its early schedule. */
export interface EarlySchedule {
  /** The network the passes ran on (summary link nodes after the tasks). */
  readonly net: Network;
  /** Durations by node. */
  readonly d: Float64Array;
  /** Early and late starts by node, and the project duration. */
  readonly pass: Pass;
  /** The plan's tasks: nodes `0..rows-1`, in input order. */
  readonly rows: number;
  /** `1` for a summary task (its children carry the work). */
  readonly summary: Uint8Array;
  /** The summary tree of the tasks, when some task has a parent. */
  readonly tree: Network['tree'];
}

/** @internal The early schedule of `net` (a compiled plan) with the working days `days`. */
export function earlySchedule(net: Network, days: WorkDays | undefined): EarlySchedule {
  const prepared = preparePlan(net, days, undefined);
  const pass = createPass(prepared.net.n);
  runPasses(prepared.net, prepared.d, pass);
  return {
    net: prepared.net,
    d: prepared.d,
    pass,
    rows: net.n,
    summary: net.tree?.summary ?? new Uint8Array(net.n),
    tree: net.tree,
  };
}
