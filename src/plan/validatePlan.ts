import {
  isPopmError,
  type PopmErrorCode,
  type PopmErrorDetails,
  type PopmPath,
} from '../core/errors.js';
import { compileNetwork } from './internal/network.js';
import type { Task } from './types.js';

/** What {@link assertPlan} and {@link validatePlan} found in a valid plan. */
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

/** One broken rule in a plan, as {@link validatePlan} reports it. */
export interface PlanFinding {
  /** The rule that broke: the code {@link assertPlan} throws. */
  readonly code: PopmErrorCode;
  /** Where, starting at `tasks`: `['tasks', 1, 'dependsOn', 0]`. */
  readonly path: PopmPath;
  /** The message, as the error's: `tasks[1].dependOn: unknown key; did you mean 'dependsOn'?`. */
  readonly message: string;
  /** The error's details (the loop of a `CYCLE`, the id of a `DUPLICATE_ID`…). */
  readonly details?: PopmErrorDetails | undefined;
}

/** The report of {@link validatePlan}: a summary when `ok`, the findings when not. */
export type PlanValidation =
  | {
      /** The plan can be scheduled. */
      readonly ok: true;
      /** Empty. */
      readonly findings: readonly PlanFinding[];
      /** Counts, a topological order, start and end tasks, milestones. */
      readonly summary: PlanSummary;
    }
  | {
      /** The plan cannot be scheduled. */
      readonly ok: false;
      /** The first broken rule (checking stops there, as scheduling would). */
      readonly findings: readonly PlanFinding[];
      /** `null`: there is no schedule to summarise. */
      readonly summary: null;
    };

/**
 * Checks a plan and throws at the first broken rule: every task an object
 * with a unique non-empty `id` and a finite `duration >= 0`, no misspelled
 * key; every predecessor known and listed once per task; link types `FS`,
 * `SS`, `FF`, `SF`; finite lags; three-point estimates with `0 <= optimistic
 * <= mostLikely <= pessimistic`; constraints `{ startNoEarlierThan >= 0 }` or
 * `{ type, date }` with a known type and a real date; real dates for
 * `deadline`, `actualStart` and `actualFinish` (an actual finish needs an
 * actual start, on or before it); `remainingDuration >= 0`;
 * `0 <= percentComplete <= 100`; each `parent` a task of the plan, with no
 * loop through parents; a summary (a task with children) without a duration
 * of its own (`0` or absent), estimate, constraint or progress, and no link
 * between a summary and one of its own descendants; and no dependency loop
 * (a link to or from a summary counting for each of its children).
 * {@link validatePlan} reports the same rules instead of throwing.
 *
 * @param tasks - the plan; not changed
 * @returns a summary: counts, a topological order, start and end tasks, milestones; frozen
 * @throws PopmError `DUPLICATE_ID` for a repeated task id (or a predecessor
 *   listed twice by one task); `NOT_FOUND` for an unknown predecessor;
 *   `CYCLE` for a loop (its ids, each a predecessor of the next, in
 *   `details.cycle`); `OUT_OF_RANGE` for a negative duration, a negative
 *   constraint or a disordered estimate; `INVALID_NUMBER` for a non-finite
 *   number; `INVALID_ARGUMENT` for a wrong shape, a misspelled key or an
 *   unknown link type
 * @example
 * assertPlan([{ id: 'A', duration: 2 }, { id: 'B', duration: 0, dependsOn: ['A'] }]);
 * //=> { taskCount: 2, linkCount: 1, order: ['A', 'B'], starts: ['A'], ends: ['B'], milestones: ['B'] }
 * assertPlan([{ id: 'A', duration: 1, dependsOn: ['B'] }, { id: 'B', duration: 1, dependsOn: ['A'] }]);
 * // throws PopmError CYCLE at ['tasks', 1, 'dependsOn'], details.cycle ['B', 'A']
 */
export function assertPlan(tasks: readonly Task[]): PlanSummary {
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

const NO_FINDINGS: readonly PlanFinding[] = Object.freeze([]);

/**
 * Checks a plan against the rules of {@link assertPlan} and reports instead
 * of throwing: `{ ok: true, findings: [], summary }` for a plan that can be
 * scheduled, `{ ok: false, findings: [first broken rule], summary: null }`
 * otherwise. Checking stops at the first broken rule, as scheduling does.
 *
 * @param tasks - the plan; not changed
 * @returns the report; frozen
 * @example
 * validatePlan([{ id: 'A', duration: 2 }]).ok; //=> true
 * // Rows read from a file, with a misspelled key:
 * const rows = JSON.parse('[{"id":"A","duration":3},{"id":"B","duration":2,"dependOn":["A"]}]');
 * const r = validatePlan(rows);
 * r.ok; //=> false
 * r.findings[0].message; //=> "tasks[1].dependOn: unknown key; did you mean 'dependsOn'?"
 */
export function validatePlan(tasks: readonly Task[]): PlanValidation {
  try {
    return Object.freeze({ ok: true, findings: NO_FINDINGS, summary: assertPlan(tasks) });
  } catch (e) {
    if (!isPopmError(e)) throw e;
    const finding: PlanFinding = Object.freeze({
      code: e.code,
      path: e.path,
      message: e.message,
      ...(e.details === undefined ? {} : { details: e.details }),
    });
    return Object.freeze({ ok: false, findings: Object.freeze([finding]), summary: null });
  }
}
