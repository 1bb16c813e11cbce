/**
 * @internal Reads a plan for {@link rollUp}: each task's id, parent and
 * progress, and the tree the parents make (children in input order, no
 * loop). Links are not read: a roll-up does not depend on them.
 */
import { toEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { addId, createIdIndex, findId, type IdIndex } from '../../core/internal/idIndex.js';
import { readEntity, readMeta } from '../../core/internal/readObject.js';
import { requireArray, requireNumber, requireString } from '../../core/internal/validate.js';

/** Every key of a task (so a near-miss of any of them is caught), and `weight`. */
const KEYS = [
  'id',
  'name',
  'duration',
  'dependsOn',
  'estimate',
  'constraint',
  'deadline',
  'parent',
  'actualStart',
  'actualFinish',
  'remainingDuration',
  'percentComplete',
  'meta',
  'assignments',
  'cost',
  'weight',
] as const;

type Rec = { readonly [P in (typeof KEYS)[number]]?: unknown };

const KNOWN: ReadonlySet<string> = new Set(KEYS);

/**
 * The usual row, read without the full reader: a plain object whose own
 * keys are all known. Anything else (an app's own key, a near-miss, a
 * getter that throws, a Proxy) goes to `readEntity`, which judges it.
 */
function readRow(value: unknown, path: PopmPath, i: number): Rec {
  return plainRow(value) ?? readEntity(value, [...path, i], KEYS, 'a task object');
}

/** The row's known keys, or `undefined` when it is not the usual plain row. */
function plainRow(value: unknown): Rec | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  try {
    if (Object.getPrototypeOf(value) !== Object.prototype) return undefined;
    const v = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k in v) {
      if (!KNOWN.has(k) || !Object.hasOwn(v, k)) return undefined;
      out[k] = v[k];
    }
    return out;
  } catch {
    // A throwing getter or Proxy trap: the full reader reports it.
    return undefined;
  }
}

/** A finite number `>= 0`, the path built only for the error. */
function nonNegative(value: unknown, path: PopmPath, i: number, key: string): number {
  if (typeof value === 'number' && value >= 0 && value <= Number.MAX_VALUE) return value;
  return requireNumber(value, [...path, i, key], { min: 0 });
}

/** @internal One task as the roll-up sees it. */
export interface RollUpNode {
  readonly id: string;
  readonly name: string | undefined;
  readonly parent: string | undefined;
  readonly meta: Readonly<Record<string, unknown>> | undefined;
  /** Working days (`0` for a summary). */
  readonly duration: number;
  /** Its own progress, 0–100 (for a leaf). */
  readonly percent: number;
  /** Σ assignment units (work = units × duration). */
  readonly units: number;
  /** The `weight` field, or `undefined`. */
  readonly weight: number | undefined;
}

/** @internal The plan as a tree (children in compressed sparse rows). */
export interface RollUpTree {
  readonly nodes: readonly RollUpNode[];
  /** Parent index per task, `-1` for a top-level task. */
  readonly parentOf: Int32Array;
  /** The children of task `i`, input order: `childList[childStart[i] .. childStart[i + 1] − 1]`. */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  /** Top-level tasks, input order. */
  readonly roots: Int32Array;
  /** Every task, children before their parent. */
  readonly postOrder: Int32Array;
}

/** @internal Reads `plan` (an array of tasks) into a tree. */
export function readRollUpTree(plan: unknown, path: PopmPath): RollUpTree {
  const list = requireArray<unknown>(plan, path, 'an array of tasks');
  const n = list.length;
  const index = createIdIndex(n);
  const ids: string[] = new Array<string>(n);
  const recs: Rec[] = new Array<Rec>(n);
  for (let i = 0; i < n; i++) {
    const rec = readRow(list[i], path, i);
    const id =
      typeof rec.id === 'string' && rec.id.length > 0
        ? rec.id
        : requireString(rec.id, [...path, i, 'id'], 'a non-empty string id');
    ids[i] = id;
    const first = addId(index, ids, id, i);
    if (first >= 0)
      throw popmError('DUPLICATE_ID', [...path, i, 'id'], 'a unique id', id, {
        id,
        firstIndex: first,
      });
    recs[i] = rec;
  }
  const parentOf = readParents(recs, index, ids, path);
  const { childStart, childList, roots } = childrenOf(parentOf);
  const postOrder = orderTree(roots, childStart, childList, parentOf, recs, path);
  const nodes = recs.map((rec, i) =>
    readNode(rec, path, i, (childStart[i + 1] as number) > (childStart[i] as number)),
  );
  return { nodes, parentOf, childStart, childList, roots, postOrder };
}

/** Each task's parent index (`-1` for none); an unknown parent is `NOT_FOUND`. */
function readParents(
  recs: readonly Rec[],
  index: IdIndex,
  ids: readonly string[],
  path: PopmPath,
): Int32Array {
  const parentOf = new Int32Array(recs.length).fill(-1);
  for (let i = 0; i < recs.length; i++) {
    const p = (recs[i] as Rec).parent;
    if (p === undefined) continue;
    const j = typeof p === 'string' ? findId(index, ids, p) : -1;
    if (j >= 0 && j !== i) {
      parentOf[i] = j;
      continue;
    }
    const at = [...path, i, 'parent'];
    const id = requireString(p, at, 'a task id');
    if (j < 0) throw popmError('NOT_FOUND', at, 'the id of a task in the plan', id);
    throw popmError('CYCLE', at, 'no task its own parent', id, { cycle: [id] });
  }
  return parentOf;
}

/** The children of every task in compressed sparse rows (input order), and the roots. */
function childrenOf(parentOf: Int32Array): {
  childStart: Int32Array;
  childList: Int32Array;
  roots: Int32Array;
} {
  const n = parentOf.length;
  const childStart = new Int32Array(n + 1);
  let rootCount = 0;
  for (let i = 0; i < n; i++) {
    const p = parentOf[i] as number;
    if (p < 0) rootCount++;
    else childStart[p + 1] = (childStart[p + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++)
    childStart[i + 1] = (childStart[i + 1] as number) + (childStart[i] as number);
  const fill = childStart.slice(0, n);
  const childList = new Int32Array(n - rootCount);
  const roots = new Int32Array(rootCount);
  let r = 0;
  for (let i = 0; i < n; i++) {
    const p = parentOf[i] as number;
    if (p < 0) roots[r++] = i;
    else {
      childList[fill[p] as number] = i;
      fill[p] = (fill[p] as number) + 1;
    }
  }
  return { childStart, childList, roots };
}

/**
 * Children before parents (an iterative post-order from the roots, in input
 * order). A task not reached sits on a loop of parents: `CYCLE` at the first
 * such task's `parent`, naming the loop.
 */
function orderTree(
  roots: Int32Array,
  childStart: Int32Array,
  childList: Int32Array,
  parentOf: Int32Array,
  recs: readonly Rec[],
  path: PopmPath,
): Int32Array {
  const n = recs.length;
  const out = new Int32Array(n);
  let w = 0;
  const stack = new Int32Array(n);
  const next = childStart.slice(0, n);
  for (const r of roots) {
    let top = 0;
    stack[top++] = r;
    while (top > 0) {
      const t = stack[top - 1] as number;
      const k = next[t] as number;
      if (k < (childStart[t + 1] as number)) {
        next[t] = k + 1;
        stack[top++] = childList[k] as number;
      } else {
        out[w++] = t;
        top--;
      }
    }
  }
  if (w < n) throw parentLoop(out.subarray(0, w), parentOf, recs, path);
  return out;
}

function parentLoop(
  reached: Int32Array,
  parentOf: Int32Array,
  recs: readonly Rec[],
  path: PopmPath,
): Error {
  const seen = new Uint8Array(recs.length);
  for (const i of reached) seen[i] = 1;
  let i = seen.indexOf(0);
  // Walk up the parents until a task repeats: that task starts the loop.
  const onWalk = new Map<number, number>();
  const walk: number[] = [];
  while (!onWalk.has(i)) {
    onWalk.set(i, walk.length);
    walk.push(i);
    i = parentOf[i] as number;
  }
  const loop = walk.slice(onWalk.get(i)).map((j) => (recs[j] as Rec).id as string);
  return popmError('CYCLE', [...path, i, 'parent'], 'no loop of parents', loop.join(' -> '), {
    cycle: loop,
  });
}

/** Reads one task's duration, progress, units and weight (paths built only for an error or a nested field). */
function readNode(rec: Rec, path: PopmPath, i: number, summary: boolean): RollUpNode {
  if (rec.name !== undefined && typeof rec.name !== 'string')
    throw popmError('INVALID_ARGUMENT', [...path, i, 'name'], 'a string', rec.name);
  const duration = summary
    ? summaryDuration(rec, path, i)
    : nonNegative(rec.duration, path, i, 'duration');
  const weight = rec.weight === undefined ? undefined : nonNegative(rec.weight, path, i, 'weight');
  return {
    id: rec.id as string,
    name: rec.name as string | undefined,
    parent: rec.parent as string | undefined,
    meta: rec.meta === undefined ? undefined : readMeta(rec.meta, [...path, i, 'meta']),
    duration,
    percent: simplePercent(rec) ?? readPercent(rec, [...path, i], duration),
    units:
      rec.assignments === undefined ? 0 : readUnits(rec.assignments, [...path, i, 'assignments']),
    weight,
  };
}

/** The fields a summary may not carry (its children do), as `criticalPath` rules. */
const LEAF_ONLY = [
  'estimate',
  'constraint',
  'actualStart',
  'actualFinish',
  'remainingDuration',
  'percentComplete',
] as const;

/** A summary's duration: `0` or absent (it rolls up from its children); no progress of its own. */
function summaryDuration(rec: Rec, path: PopmPath, i: number): number {
  const value = rec.duration;
  if (value !== undefined && value !== 0)
    throw popmError(
      'INVALID_ARGUMENT',
      [...path, i, 'duration'],
      'no duration (or 0) on a summary task: its duration rolls up from its children',
      value,
    );
  for (const key of LEAF_ONLY)
    if (rec[key] !== undefined)
      throw popmError(
        'INVALID_ARGUMENT',
        [...path, i, key],
        `no ${key} on a summary task (its children carry them)`,
        rec[key],
      );
  return 0;
}

/** The usual progress, read without a path: none, or only a valid `percentComplete`; else `undefined`. */
function simplePercent(rec: Rec): number | undefined {
  if (
    rec.actualStart !== undefined ||
    rec.actualFinish !== undefined ||
    rec.remainingDuration !== undefined
  )
    return undefined;
  const p = rec.percentComplete;
  if (p === undefined) return 0;
  return typeof p === 'number' && p >= 0 && p <= 100 ? p : undefined;
}

/**
 * A task's percent complete, as the schedule reads its progress: `100` with
 * an `actualFinish` (the task is done); else its `percentComplete`; else
 * from `remainingDuration`, `100 × (duration − remaining) / duration` (at
 * least 0; a milestone: done when nothing remains and it started); else a
 * started milestone is done and any other task at 0.
 */
function readPercent(rec: Rec, at: PopmPath, duration: number): number {
  const started = readActuals(rec, at);
  const remaining =
    rec.remainingDuration === undefined
      ? undefined
      : requireNumber(rec.remainingDuration, [...at, 'remainingDuration'], { min: 0 });
  const percent =
    rec.percentComplete === undefined
      ? undefined
      : requireNumber(rec.percentComplete, [...at, 'percentComplete'], { min: 0, max: 100 });
  if (rec.actualFinish !== undefined) return 100;
  if (percent !== undefined) return percent;
  if (duration === 0) return started && (remaining === undefined || remaining === 0) ? 100 : 0;
  if (remaining === undefined) return 0;
  return (100 * Math.max(0, duration - remaining)) / duration;
}

/** Checks the actual dates (a finish needs a start, on or after it); true when started. */
function readActuals(rec: Rec, at: PopmPath): boolean {
  if (rec.actualStart === undefined) {
    if (rec.actualFinish !== undefined)
      throw popmError(
        'INVALID_ARGUMENT',
        [...at, 'actualStart'],
        'an actual start for a task with an actual finish',
        undefined,
      );
    return false;
  }
  const started = toEpochDay(rec.actualStart, [...at, 'actualStart']);
  if (rec.actualFinish === undefined) return true;
  const finished = toEpochDay(rec.actualFinish, [...at, 'actualFinish']);
  if (finished < started)
    throw popmError(
      'OUT_OF_RANGE',
      [...at, 'actualFinish'],
      `a date on or after the actual start (${String(rec.actualStart)})`,
      rec.actualFinish,
    );
  return true;
}

/** Σ units of the assignments (`0` without any). */
function readUnits(value: unknown, at: PopmPath): number {
  if (value === undefined) return 0;
  const list = requireArray<unknown>(value, at, 'an array of assignments');
  let units = 0;
  list.forEach((raw, k) => {
    const a = readEntity(raw, [...at, k], ['resource', 'units'] as const, 'an assignment');
    requireString(a.resource, [...at, k, 'resource'], 'a resource id');
    units += requireNumber(a.units, [...at, k, 'units'], { minExclusive: 0 });
  });
  if (!Number.isFinite(units)) throw popmError('OUT_OF_RANGE', at, 'units below 1.8e308', units);
  return units;
}
