import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import { exactAdd, exactValue } from '../core/internal/simulationParts.js';
import { requireOneOf } from '../core/internal/validate.js';
import { type RollUpNode, type RollUpTree, readRollUpTree } from './internal/rollUpRead.js';
import type { Task } from './types.js';

/** What {@link rollUp} weighs each leaf task by. */
export type RollUpMethod = 'duration' | 'work' | 'count' | 'weights';

/** A task as {@link rollUp} reads it: a {@link Task}, with the weight the `'weights'` method uses. */
export interface RollUpTask extends Task {
  /**
   * The task's weight for `method: 'weights'` (finite, `>= 0`; required then
   * on every leaf that counts): earned-value points, story points, a
   * milestone's payment share… A summary's weight is its leaves' total, so
   * a summary's own `weight` is not read.
   */
  readonly weight?: number | undefined;
}

/** Options of {@link rollUp}. */
export interface RollUpOptions {
  /**
   * What each leaf task weighs: `'duration'` (default; working days, MS
   * Project's % Complete), `'work'` (duration × the units of its
   * assignments, MS Project's % Work Complete), `'count'` (every leaf the
   * same: the mean of their percents) or `'weights'` (each task's `weight`).
   */
  readonly method?: RollUpMethod | undefined;
  /**
   * Count milestones (leaf tasks of duration `0`); default `true`. They weigh
   * nothing by duration or work anyway; by count or weights they weigh 1 or
   * their `weight` — `false` leaves them out.
   */
  readonly includeMilestones?: boolean | undefined;
}

/** One child's part in its parent's figure (or a top-level task's in the plan's). */
export interface RollUpContribution {
  /** The child's id. */
  readonly id: string;
  /** Its weight (a summary: its leaves' total). */
  readonly weight: number;
  /** Its percent complete, 0–100 (`null` for a summary of weight 0). */
  readonly percentComplete: number | null;
  /** Its weight over the parent's, 0–1 (`0` when the parent weighs nothing). */
  readonly share: number;
  /** `share × percentComplete`: the percentage points it adds to the parent's figure. */
  readonly contributionPercent: number;
}

/** One task of a {@link RollUpResult}. */
export interface RolledUpTask {
  /** The task's id. */
  readonly id: string;
  /** Its name, when it has one. */
  readonly name?: string | undefined;
  /** Its parent's id, when it has one. */
  readonly parent?: string | undefined;
  /** True when other tasks name it as their `parent`. */
  readonly summary: boolean;
  /** True for a leaf of duration `0`. */
  readonly milestone: boolean;
  /** False for a milestone left out (`includeMilestones: false`): it weighs nothing. */
  readonly counted: boolean;
  /** Its weight: a leaf's own, a summary's the exact sum of its counted leaves'. */
  readonly weight: number;
  /** The weight done: a leaf's `weight × percentComplete / 100`, a summary's the sum of its leaves'. */
  readonly completedWeight: number;
  /**
   * Percent complete, 0–100: a leaf's own (from `percentComplete`, an
   * `actualFinish`, or `remainingDuration`), a summary's `100 ×
   * completedWeight / weight` (`null` when it weighs nothing).
   */
  readonly percentComplete: number | null;
  /** A summary's counted children and what each adds, input order; empty for a leaf. */
  readonly contributions: readonly RollUpContribution[];
  /** The task's `meta`, when it has one, carried through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** The result of {@link rollUp}. */
export interface RollUpResult {
  /** The method used. */
  readonly method: RollUpMethod;
  /** Whether milestones were counted. */
  readonly includeMilestones: boolean;
  /** The whole plan's percent complete, 0–100 (`null` when nothing weighs anything). */
  readonly percentComplete: number | null;
  /** The plan's weight: the exact sum of its counted leaves'. */
  readonly weight: number;
  /** The plan's weight done. */
  readonly completedWeight: number;
  /** The top-level tasks' parts in the plan's figure, input order. */
  readonly contributions: readonly RollUpContribution[];
  /** Every task, input order. */
  readonly tasks: readonly RolledUpTask[];
}

const METHODS = ['duration', 'work', 'count', 'weights'] as const;

/**
 * Percent complete of every summary task and of the whole plan, rolled up
 * from the leaf tasks (tasks no other task names as `parent`). Each leaf
 * weighs its duration (`'duration'`, the default), its work (`'work'`:
 * duration × assignment units), `1` (`'count'`) or its `weight`
 * (`'weights'`); a summary's figure is `Σ weight × percent / Σ weight` over
 * **all the leaves below it** — MS Project's formula, Σ actual duration /
 * Σ duration of the subtasks (since Project 98; KB 101495) — and the sums
 * are exact, so a summary's figure equals the recomputation from its leaves
 * to the bit however deep the tree. Every summary lists each child's
 * weight, share and the percentage points it adds, so the figure can be
 * explained line by line.
 *
 * A leaf's own percent reads its progress as the schedule does: `100` with
 * an `actualFinish` (it is done); else its `percentComplete`; else `100 ×
 * (duration − remainingDuration) / duration` (at least 0); else `0` — a
 * milestone is done once it has an `actualStart` and nothing remains.
 * Links are not read.
 *
 * @param plan - the tasks (as {@link criticalPath} takes them, e.g. a Project's `plan`); not changed
 * @param options - `method` (default `'duration'`), `includeMilestones` (default `true`)
 * @returns the plan's figure, every task's weight, figure and contributions; deep-frozen
 * @throws PopmError `DUPLICATE_ID` for a repeated id; `NOT_FOUND` for an unknown `parent`;
 *   `CYCLE` for a loop of parents (or a task its own parent); `OUT_OF_RANGE` for a
 *   `percentComplete` outside [0, 100], a negative
 *   duration, remaining duration or weight, an actual finish
 *   before the actual start, or weights that overflow; `INVALID_DATE` for a bad actual
 *   date; `INVALID_ARGUMENT` for a missing `weight` with `method: 'weights'`, a duration,
 *   estimate, constraint or progress on a summary, an actual
 *   finish without an actual start, an unknown option or a misspelled key
 * @example
 * // MS Project KB 101495: two 1-day tasks (50%, 0%) under a summary, a third at 10%.
 * const r = rollUp([
 *   { id: 'top', duration: 0 },
 *   { id: 'sub', duration: 0, parent: 'top' },
 *   { id: 't1', duration: 1, parent: 'sub', percentComplete: 50 },
 *   { id: 't2', duration: 1, parent: 'sub', percentComplete: 0 },
 *   { id: 't3', duration: 1, parent: 'top', percentComplete: 10 },
 * ]);
 * r.tasks[1].percentComplete; //=> 25
 * r.tasks[0].percentComplete; //=> 20 (0.6 of 3 days done)
 * r.tasks[0].contributions;
 * //=> [{ id: 'sub', weight: 2, percentComplete: 25, share: 0.6666666666666666, contributionPercent: 16.666666666666664 },
 * //    { id: 't3', weight: 1, percentComplete: 10, share: 0.3333333333333333, contributionPercent: 3.333333333333333 }]
 * rollUp([{ id: 'a', duration: 9, percentComplete: 100 }, { id: 'b', duration: 1 }], { method: 'count' })
 *   .percentComplete; //=> 50
 */
export function rollUp(plan: readonly RollUpTask[], options?: RollUpOptions): RollUpResult {
  const opts = readOptions(options, ['options'], ['method', 'includeMilestones'] as const);
  const method =
    opts.method === undefined
      ? 'duration'
      : requireOneOf(opts.method, METHODS, ['options', 'method']);
  if (opts.includeMilestones !== undefined && typeof opts.includeMilestones !== 'boolean')
    throw popmError(
      'INVALID_ARGUMENT',
      ['options', 'includeMilestones'],
      'a boolean',
      opts.includeMilestones,
    );
  const includeMilestones = opts.includeMilestones !== false;
  const tree = readRollUpTree(plan, ['plan']);
  const sums = sumTree(tree, method, includeMilestones);
  const figures = figuresOf(tree, sums);
  const tasks = tree.nodes.map((node, i) => rolledUpTask(node, tree, figures, sums.counted, i));
  const top = plainFigure(sums.planWeight, sums.planDone);
  // Rows are frozen as they are built, so this walks the top level only.
  return deepFreeze({
    method,
    includeMilestones,
    percentComplete: top.percentComplete,
    weight: top.weight,
    completedWeight: top.completedWeight,
    contributions: contributionsOf(
      tree,
      tree.roots,
      0,
      tree.roots.length,
      figures,
      sums.counted,
      top.weight,
    ),
    tasks,
  });
}

/**
 * Per task: a leaf's weight and weight done (scalars), a summary's as exact
 * expansions of its leaves' (Shewchuk), and whether it counts.
 */
interface TreeSums {
  readonly leafWeight: Float64Array;
  readonly leafDone: Float64Array;
  readonly weight: (number[] | undefined)[];
  readonly done: (number[] | undefined)[];
  readonly counted: Uint8Array;
  readonly planWeight: number[];
  readonly planDone: number[];
}

/** Sums the leaves' weights up the tree, children before parents, exactly. */
function sumTree(tree: RollUpTree, method: RollUpMethod, includeMilestones: boolean): TreeSums {
  const n = tree.nodes.length;
  const sums: TreeSums = {
    leafWeight: new Float64Array(n),
    leafDone: new Float64Array(n),
    weight: new Array<number[] | undefined>(n),
    done: new Array<number[] | undefined>(n),
    counted: new Uint8Array(n),
    planWeight: [],
    planDone: [],
  };
  const { childStart, childList } = tree;
  for (const i of tree.postOrder) {
    const from = childStart[i] as number;
    const to = childStart[i + 1] as number;
    const node = tree.nodes[i] as RollUpNode;
    if (from === to) {
      const counted = node.duration !== 0 || includeMilestones;
      sums.counted[i] = counted ? 1 : 0;
      const w = counted ? leafWeight(node, method, i) : 0;
      sums.leafWeight[i] = w;
      sums.leafDone[i] = w * (node.percent / 100);
    } else {
      sums.counted[i] = 1;
      const wi: number[] = [];
      const di: number[] = [];
      for (let c = from; c < to; c++) addInto(sums, childList[c] as number, wi, di);
      sums.weight[i] = wi;
      sums.done[i] = di;
    }
    if (tree.parentOf[i] === -1) addInto(sums, i, sums.planWeight, sums.planDone);
  }
  return sums;
}

/** Adds task `k`'s weight and weight done to the expansions `w` and `d`, exactly. */
function addInto(sums: TreeSums, k: number, w: number[], d: number[]): void {
  const wk = sums.weight[k];
  if (wk === undefined) {
    exactAdd(w, sums.leafWeight[k] as number);
    exactAdd(d, sums.leafDone[k] as number);
    return;
  }
  for (const x of wk) exactAdd(w, x);
  for (const x of sums.done[k] as number[]) exactAdd(d, x);
}

/** A counted leaf's weight under `method`. */
function leafWeight(node: RollUpNode, method: RollUpMethod, i: number): number {
  if (method === 'duration') return node.duration;
  if (method === 'count') return 1;
  if (method === 'work') {
    const work = node.units * node.duration;
    if (!Number.isFinite(work))
      throw popmError('OUT_OF_RANGE', ['plan', i, 'assignments'], 'work below 1.8e308', work);
    return work;
  }
  if (node.weight === undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      ['plan', i, 'weight'],
      "a weight >= 0 on every counted leaf (method 'weights')",
      undefined,
    );
  return node.weight;
}

/** A weight, its part done and the percent, from exact expansions. */
interface Figure {
  readonly weight: number;
  readonly completedWeight: number;
  readonly percentComplete: number | null;
}

function plainFigure(weightExp: readonly number[], doneExp: readonly number[]): Figure {
  const weight = exactValue(weightExp);
  const completedWeight = exactValue(doneExp);
  if (!Number.isFinite(weight) || !Number.isFinite(completedWeight))
    throw popmError('OUT_OF_RANGE', ['plan'], 'weights adding up below 1.8e308', weight);
  const percentComplete = weight > 0 ? Math.min(100, (100 * completedWeight) / weight) : null;
  return { weight, completedWeight, percentComplete };
}

/** Every task's figure: a leaf keeps its own percent, a summary's comes from its sums. */
function figuresOf(tree: RollUpTree, sums: TreeSums): Figure[] {
  return tree.nodes.map((node, i): Figure => {
    const w = sums.weight[i];
    if (w !== undefined) return plainFigure(w, sums.done[i] as number[]);
    return {
      weight: sums.leafWeight[i] as number,
      completedWeight: sums.leafDone[i] as number,
      percentComplete: node.percent,
    };
  });
}

/** The counted tasks among `ids` and what each adds to a parent weighing `total`. */
function contributionsOf(
  tree: RollUpTree,
  list: Int32Array,
  from: number,
  to: number,
  figures: readonly Figure[],
  counted: Uint8Array,
  total: number,
): RollUpContribution[] {
  const out: RollUpContribution[] = [];
  for (let c = from; c < to; c++) {
    const k = list[c] as number;
    if (counted[k] === 0) continue;
    const f = figures[k] as Figure;
    const share = total > 0 ? f.weight / total : 0;
    out.push(
      Object.freeze({
        id: (tree.nodes[k] as RollUpNode).id,
        weight: f.weight,
        percentComplete: f.percentComplete,
        share,
        contributionPercent: f.percentComplete === null ? 0 : share * f.percentComplete,
      }),
    );
  }
  return Object.freeze(out) as RollUpContribution[];
}

function rolledUpTask(
  node: RollUpNode,
  tree: RollUpTree,
  figures: readonly Figure[],
  counted: Uint8Array,
  i: number,
): RolledUpTask {
  const from = tree.childStart[i] as number;
  const to = tree.childStart[i + 1] as number;
  const f = figures[i] as Figure;
  const row: { -readonly [K in keyof RolledUpTask]: RolledUpTask[K] } = {
    id: node.id,
    summary: to > from,
    milestone: to === from && node.duration === 0,
    counted: counted[i] === 1,
    weight: f.weight,
    completedWeight: f.completedWeight,
    percentComplete: f.percentComplete,
    contributions:
      to === from
        ? NO_CONTRIBUTIONS
        : contributionsOf(tree, tree.childList, from, to, figures, counted, f.weight),
  };
  if (node.name !== undefined) row.name = node.name;
  if (node.parent !== undefined) row.parent = node.parent;
  if (node.meta !== undefined) row.meta = node.meta;
  return Object.freeze(row);
}

const NO_CONTRIBUTIONS: readonly RollUpContribution[] = Object.freeze([]);
