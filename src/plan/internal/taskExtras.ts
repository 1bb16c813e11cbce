/**
 * @internal The issue-18 fields of a task, read in pass 1 into typed arrays
 * that exist only when some task has one: dated constraints, deadlines,
 * parents, actuals and progress. Dates are kept as epoch days here; they
 * become working-day offsets once the plan's start is known (bounds.ts).
 */

import { toEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity } from '../../core/internal/readObject.js';
import { requireNumber } from '../../core/internal/validate.js';
import type { ConstraintType, TaskConstraint } from '../types.js';

/** @internal The constraint types in code order (code = index + 1; `0` none). */
export const CONSTRAINT_TYPES: readonly ConstraintType[] = [
  'start-no-earlier-than',
  'finish-no-earlier-than',
  'start-no-later-than',
  'finish-no-later-than',
  'must-start-on',
  'must-finish-on',
];
/** @internal */
export const SNET = 1;
/** @internal */
export const FNET = 2;
/** @internal */
export const SNLT = 3;
/** @internal */
export const FNLT = 4;
/** @internal */
export const MSO = 5;
/** @internal */
export const MFO = 6;

/** The fields pass 1 hands over (a reused record). */
export interface ExtraFields {
  deadline: unknown;
  parent: unknown;
  actualStart: unknown;
  actualFinish: unknown;
  remainingDuration: unknown;
  percentComplete: unknown;
}

/** @internal The issue-18 fields by task index; `NaN` (or `0`, `-1`, `undefined`) when absent. */
export class Extras {
  /** Constraint type code of a dated constraint (see {@link CONSTRAINT_TYPES}), `0` none. */
  readonly conType: Uint8Array;
  /** Epoch day of the dated constraint. */
  readonly conDay: Float64Array;
  readonly deadline: Float64Array;
  /** The progress fields: empty until a task has one (see {@link Extras.progress}). */
  actualStart: Float64Array;
  actualFinish: Float64Array;
  remaining: Float64Array;
  percent: Float64Array;
  /**
   * Each task's parent index as pass 1 found it: `-1` none, `-2` a parent
   * not indexed yet (listed later, or unknown: its id is in
   * {@link Extras.laterParents}, resolved or refused by summaries.ts).
   */
  readonly parent: Int32Array;
  /** The ids of the parents pass 1 had not seen yet, by task index. */
  readonly laterParents = new Map<number, string>();
  /** `1` where the task has no `duration` (allowed for a summary only). */
  readonly missingDuration: Uint8Array;
  /** The path of the first date field read (a date needs the plan's start). */
  dated: PopmPath | undefined;
  hasParent = false;
  hasProgress = false;
  hasBounds = false;

  constructor(readonly n: number) {
    this.conType = new Uint8Array(n);
    this.conDay = new Float64Array(n).fill(Number.NaN);
    this.deadline = new Float64Array(n).fill(Number.NaN);
    this.actualStart = this.actualFinish = this.remaining = this.percent = new Float64Array(0);
    this.parent = new Int32Array(n).fill(-1);
    this.missingDuration = new Uint8Array(n);
  }

  /** Allocates the progress fields, once. */
  progress(): void {
    if (this.hasProgress) return;
    this.hasProgress = true;
    const n = this.n;
    this.actualStart = new Float64Array(n).fill(Number.NaN);
    this.actualFinish = new Float64Array(n).fill(Number.NaN);
    this.remaining = new Float64Array(n).fill(Number.NaN);
    this.percent = new Float64Array(n).fill(Number.NaN);
  }

  /** Notes a date field at `path` (the first one is kept for the "needs a start" error). */
  date(value: unknown, path: PopmPath): number {
    const day = toEpochDay(value, path);
    if (this.dated === undefined) this.dated = path;
    return day;
  }
}

/**
 * @internal Reads the issue-18 fields of task `i` into `x`; `at.path` is
 * the tasks' path (a task's path is built only for a field it has, or an
 * error), and `at.parentOf` finds a parent among the tasks read so far.
 */
export function readExtras(t: ExtraFields, i: number, x: Extras, at: ExtrasSink): void {
  const path = at.path;
  if (t.deadline !== undefined) {
    x.deadline[i] = x.date(t.deadline, [...path, i, 'deadline']);
    x.hasBounds = true;
  }
  if (t.parent !== undefined) {
    if (typeof t.parent !== 'string' || t.parent.length === 0)
      throw popmError(
        'INVALID_ARGUMENT',
        [...path, i, 'parent'],
        'a non-empty string id',
        t.parent,
      );
    const p = at.parentOf(t.parent);
    x.parent[i] = p < 0 ? -2 : p;
    if (p < 0) x.laterParents.set(i, t.parent);
    x.hasParent = true;
  }
  if (
    t.actualStart !== undefined ||
    t.actualFinish !== undefined ||
    t.remainingDuration !== undefined ||
    t.percentComplete !== undefined
  ) {
    x.progress();
    readProgress(t, i, x, [...path, i]);
  }
}

function readProgress(t: ExtraFields, i: number, x: Extras, at: PopmPath): void {
  if (t.actualStart !== undefined) {
    x.actualStart[i] = x.date(t.actualStart, [...at, 'actualStart']);
  }
  if (t.actualFinish !== undefined) {
    const finish = x.date(t.actualFinish, [...at, 'actualFinish']);
    const start = x.actualStart[i] as number;
    if (Number.isNaN(start))
      throw popmError(
        'INVALID_ARGUMENT',
        [...at, 'actualStart'],
        'an actual start for a task with an actual finish',
        undefined,
      );
    if (finish < start)
      throw popmError(
        'OUT_OF_RANGE',
        [...at, 'actualFinish'],
        `a date on or after the actual start (${String(t.actualStart)})`,
        t.actualFinish,
      );
    x.actualFinish[i] = finish;
  }
  if (t.remainingDuration !== undefined) {
    x.remaining[i] = requireNumber(t.remainingDuration, [...at, 'remainingDuration'], { min: 0 });
  }
  if (t.percentComplete !== undefined) {
    x.percent[i] = requireNumber(t.percentComplete, [...at, 'percentComplete'], {
      min: 0,
      max: 100,
    });
  }
}

/** @internal The keys of a task's constraint. */
export const CONSTRAINT_KEYS = ['type', 'date', 'startNoEarlierThan'] as const;

/** @internal A constraint's fields as read (by the task reader's fast path or {@link readEntity}). */
export interface ConstraintFields {
  readonly type?: unknown;
  readonly date?: unknown;
  readonly startNoEarlierThan?: unknown;
}

/** @internal Where a task's fields are read: the tasks' path, and the extras (created on first use). */
export interface ExtrasSink {
  readonly path: PopmPath;
  extras(): Extras;
  /** The index of the task with id `id` among those read so far, `-1` when none. */
  parentOf(id: string): number;
}

/**
 * @internal Checks task `i`'s constraint fields: `{ type, date }` (recorded
 * in the sink's extras) or the 0.x `{ startNoEarlierThan }` offset (put in
 * `lower[i]`). Returns the reader's own copy (internal, not frozen: only its
 * presence is read again). The constraint's path is built only for an error
 * or the plan's first date.
 */
export function checkConstraint(
  c: ConstraintFields,
  at: ExtrasSink,
  i: number,
  lower: Float64Array,
): TaskConstraint {
  if (c.type === undefined && c.date === undefined) {
    const startNoEarlierThan = c.startNoEarlierThan;
    if (
      typeof startNoEarlierThan !== 'number' ||
      !(startNoEarlierThan >= 0) ||
      startNoEarlierThan === Number.POSITIVE_INFINITY
    )
      requireNumber(startNoEarlierThan, [...at.path, i, 'constraint', 'startNoEarlierThan'], {
        min: 0,
      });
    lower[i] = startNoEarlierThan as number;
    return { startNoEarlierThan: startNoEarlierThan as number };
  }
  if (c.startNoEarlierThan !== undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      [...at.path, i, 'constraint', 'startNoEarlierThan'],
      'either { type, date } or { startNoEarlierThan }, not both',
      c.startNoEarlierThan,
    );
  const code = CONSTRAINT_TYPES.indexOf(c.type as ConstraintType) + 1;
  if (code === 0)
    throw popmError(
      'INVALID_ARGUMENT',
      [...at.path, i, 'constraint', 'type'],
      `one of ${CONSTRAINT_TYPES.map((k) => `'${k}'`).join(', ')}`,
      c.type,
    );
  const x = at.extras();
  const date = c.date;
  x.conDay[i] =
    x.dated === undefined
      ? x.date(date, [...at.path, i, 'constraint', 'date'])
      : dayOf(x, date, at, i);
  x.conType[i] = code;
  x.hasBounds = true;
  // The reader's own copy (internal: only its presence is read again).
  return { type: c.type as ConstraintType, date: date as string };
}

/** A constraint date's epoch day; its path is built only for the error. */
function dayOf(x: Extras, date: unknown, at: ExtrasSink, i: number): number {
  try {
    return toEpochDay(date);
  } catch {
    return x.date(date, [...at.path, i, 'constraint', 'date']);
  }
}

/**
 * @internal Reads task `i`'s constraint object through the full entity
 * reader (see {@link checkConstraint}).
 */
export function readConstraint(
  value: unknown,
  at: ExtrasSink,
  i: number,
  lower: Float64Array,
): TaskConstraint {
  const c = readEntity(
    value,
    [...at.path, i, 'constraint'],
    CONSTRAINT_KEYS,
    'a constraint object',
  );
  return checkConstraint(c, at, i, lower);
}
