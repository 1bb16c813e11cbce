/**
 * @internal Summary tasks, checked after the links are resolved: each
 * `parent` names a task in the plan, the parents form a tree (no cycle), a
 * task with children (a summary) carries no duration, estimate, constraint
 * or progress of its own, and no link joins a summary to one of its own
 * descendants. A task without `duration` must be a summary.
 */
import { fromEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { findId } from '../../core/internal/idIndex.js';
import { requireNumber } from '../../core/internal/validate.js';
import type { Task } from '../types.js';
import { PLAIN_TASK, type ReadTasks } from './readTasks.js';
import { linkPath } from './resolveLinks.js';
import { CONSTRAINT_TYPES, type Extras } from './taskExtras.js';

/** @internal The task tree. */
export interface Tree {
  /** Each task's parent index, `-1` for a top-level task. */
  readonly parent: Int32Array;
  /** `1` for a summary (a task with children). */
  readonly summary: Uint8Array;
  /** Task indexes with every child before its parent (deepest first). */
  readonly bottomUp: Int32Array;
  /** Each summary's number (0, 1, …, in input order of first child), `-1` for other tasks. */
  readonly summaryIndex: Int32Array;
  /** How many summaries. */
  readonly summaries: number;
}

/** @internal Resolves and checks the parents; `undefined` when no task has one. */
export function readTree(read: ReadTasks, path: PopmPath): Tree | undefined {
  const x = read.extras;
  if (x === undefined) return undefined;
  if (!x.hasParent) {
    checkDurations(read, x, undefined, path);
    return undefined;
  }
  const { n } = read;
  // Pass 1's parents, resolved here in place (the tree owns them from now on).
  const parent = x.parent;
  const summary = new Uint8Array(n);
  const summaryIndex = new Int32Array(n).fill(-1);
  let summaries = 0;
  for (let i = 0; i < n; i++) {
    let p = x.parent[i] as number;
    if (p === -1) continue;
    if (p === -2) parent[i] = p = laterParent(read, x, i, path);
    if (p === i) {
      const id = read.ids[i] as string;
      throw popmError('CYCLE', [...path, i, 'parent'], 'no loop through parents', id, {
        cycle: [id],
      });
    }
    if (summary[p] === 0) {
      summary[p] = 1;
      summaryIndex[p] = summaries++;
    }
  }
  const bottomUp = depthOrder(read, parent, path);
  const tree = { parent, summary, bottomUp, summaryIndex, summaries };
  checkDurations(read, x, summary, path);
  checkSummaryFields(read, x, summary, path);
  return tree;
}

/** A parent listed after its child (or unknown: `NOT_FOUND`). */
function laterParent(read: ReadTasks, x: Extras, i: number, path: PopmPath): number {
  const id = x.laterParents.get(i) as string;
  const p = findId(read.index, read.ids, id);
  if (p < 0)
    throw popmError('NOT_FOUND', [...path, i, 'parent'], 'the id of a task in the plan', id, {
      id,
      task: read.ids[i],
    });
  return p;
}

/** Orders the tasks deepest first; a loop through parents is a `CYCLE`. */
function depthOrder(read: ReadTasks, parent: Int32Array, path: PopmPath): Int32Array {
  const n = read.n;
  const depth = new Int32Array(n).fill(-1);
  const chain: number[] = [];
  let maxDepth = 0;
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    let d = depth[i] as number;
    // A top-level task, or a parent listed earlier (the usual outline), is
    // one step; otherwise climb to a task of known depth.
    if (d < 0) {
      if (p < 0) d = 0;
      else if (p < i) d = (depth[p] as number) + 1;
      else d = climb(read, parent, depth, chain, i, path);
      depth[i] = d;
    }
    if (d > maxDepth) maxDepth = d;
  }
  // Counting sort by depth, deepest first.
  const count = new Int32Array(maxDepth + 2);
  for (let i = 0; i < n; i++) {
    const key = maxDepth - (depth[i] as number) + 1;
    count[key] = (count[key] as number) + 1;
  }
  for (let k = 1; k < count.length; k++) count[k] = (count[k] as number) + (count[k - 1] as number);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = maxDepth - (depth[i] as number);
    const at = count[key] as number;
    count[key] = at + 1;
    order[at] = i;
  }
  return order;
}

/** Sets the depth of `i` and of each ancestor without one; returns the depth of `i`. */
function climb(
  read: ReadTasks,
  parent: Int32Array,
  depth: Int32Array,
  chain: number[],
  i: number,
  path: PopmPath,
): number {
  let j = i;
  // Climb until a task of known depth or the root; depth -2 marks "on this climb".
  while (j >= 0 && (depth[j] as number) === -1) {
    depth[j] = -2;
    chain.push(j);
    j = parent[j] as number;
  }
  if (j >= 0 && depth[j] === -2) throw parentCycle(read, parent, j, path);
  let d = j < 0 ? -1 : (depth[j] as number);
  for (let k = chain.length - 1; k >= 0; k--) depth[chain[k] as number] = ++d;
  chain.length = 0;
  return depth[i] as number;
}

function parentCycle(read: ReadTasks, parent: Int32Array, start: number, path: PopmPath) {
  const loop: string[] = [read.ids[start] as string];
  for (let j = parent[start] as number; j !== start; j = parent[j] as number)
    loop.push(read.ids[j] as string);
  return popmError(
    'CYCLE',
    [...path, start, 'parent'],
    'no loop through parents',
    loop.join(' -> '),
    {
      cycle: loop,
    },
  );
}

/** A summary has no duration of its own; every other task needs one. */
function checkDurations(
  read: ReadTasks,
  x: Extras,
  summary: Uint8Array | undefined,
  path: PopmPath,
): void {
  for (let i = 0; i < read.n; i++) {
    const isSummary = summary !== undefined && summary[i] === 1;
    if (x.missingDuration[i] === 1 && !isSummary)
      requireNumber(undefined, [...path, i, 'duration'], { min: 0 });
    if (isSummary && read.durations[i] !== 0)
      throw popmError(
        'INVALID_ARGUMENT',
        [...path, i, 'duration'],
        'no duration (or 0) on a summary task: its duration rolls up from its children',
        read.durations[i],
      );
  }
}

const LEAF_ONLY = [
  'estimate',
  'constraint',
  'actualStart',
  'actualFinish',
  'remainingDuration',
  'percentComplete',
] as const;

/** A summary's dates come from its children: no estimate, constraint or progress of its own. */
function checkSummaryFields(read: ReadTasks, x: Extras, summary: Uint8Array, path: PopmPath): void {
  for (let i = 0; i < read.n; i++) {
    if (summary[i] !== 1) continue;
    const t = read.tasks[i] as Task;
    // The shared record keeps nothing: a dated constraint is in the extras.
    if (t === PLAIN_TASK) {
      if (x.conType[i] !== 0) throw constraintOnSummary(x, i, path);
      continue;
    }
    for (const key of LEAF_ONLY)
      if (t[key] !== undefined)
        throw popmError(
          'INVALID_ARGUMENT',
          [...path, i, key],
          `no ${key} on a summary task (its children carry them)`,
          t[key],
        );
  }
}

/** The error for summary `i`'s dated constraint (as the record would give it). */
function constraintOnSummary(x: Extras, i: number, path: PopmPath) {
  const constraint = {
    type: CONSTRAINT_TYPES[(x.conType[i] as number) - 1],
    date: fromEpochDay(x.conDay[i] as number),
  };
  return popmError(
    'INVALID_ARGUMENT',
    [...path, i, 'constraint'],
    'no constraint on a summary task (its children carry them)',
    constraint,
  );
}

/** @internal True when `a` is `b` or one of its descendants. */
function within(parent: Int32Array, a: number, b: number): boolean {
  for (let j = a; j >= 0; j = parent[j] as number) if (j === b) return true;
  return false;
}

/**
 * @internal Rejects a link between a summary and one of its own descendants
 * (either way): it would tie the summary to itself.
 */
export function checkSummaryLinks(
  read: ReadTasks,
  tree: Tree,
  linkSucc: Int32Array,
  path: PopmPath,
): void {
  const { parent, summary } = tree;
  const pred = read.links.pred;
  for (let k = 0; k < read.links.count; k++) {
    const p = pred[k] as number;
    const s = linkSucc[k] as number;
    const bad =
      (summary[s] === 1 && within(parent, p, s)) || (summary[p] === 1 && within(parent, s, p));
    if (!bad) continue;
    const sum = summary[s] === 1 && within(parent, p, s) ? s : p;
    throw popmError(
      'INVALID_ARGUMENT',
      linkPath(read, path, s, k),
      `a task outside summary '${read.ids[sum]}' (a link between a summary and its own child ties it to itself)`,
      read.ids[p],
      { id: read.ids[p], task: read.ids[s] },
    );
  }
}
