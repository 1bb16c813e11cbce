import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { analyse } from './internal/analyse.js';
import type { ScheduleConflict } from './internal/conflicts.js';
import { readCriticalPathOptions } from './internal/criticalPathOptions.js';
import { compileNetwork } from './internal/network.js';
import { preparePlan } from './internal/preparePlan.js';
import { readDating } from './internal/readDating.js';
import type { Task } from './types.js';

export type { ScheduleConflict } from './internal/conflicts.js';

/** Options of {@link criticalPath}. */
export interface CriticalPathOptions extends PertAnalysisOptions {
  /**
   * The project start: with it every task gets `startDate` and `finishDate`
   * (work begins on the first working day on or after it).
   */
  readonly start?: IsoDate | undefined;
  /** The working calendar for the dates; default Saturday and Sunday off, no holidays. */
  readonly calendar?: WorkCalendar | undefined;
  /**
   * The status date (needs `start`): work not done by the end of that day
   * is scheduled after it (MS Project's "reschedule uncompleted work to
   * start after"); tasks with actuals sit at their actual dates.
   */
  readonly statusDate?: IsoDate | undefined;
}

/** Options of {@link pertAnalysis}: the critical path options without dates. */
export interface PertAnalysisOptions {
  /** Most critical paths to list (an integer `>= 1`); default `100`. */
  readonly maxPaths?: number | undefined;
  /**
   * Floats within this many working days of zero count as zero; default
   * `1e-9 × max(1, project duration)`, so fractional (PERT-mean) durations
   * never lose criticality to rounding.
   */
  readonly tolerance?: number | undefined;
}

/** One task's place in the schedule, in working days from the project start. */
export interface ScheduledTask {
  /** The task's id. */
  readonly id: string;
  /** The duration used. */
  readonly duration: number;
  /** Early start. */
  readonly es: number;
  /** Early finish, `es + duration`. */
  readonly ef: number;
  /** Late start, `lf − duration`. */
  readonly ls: number;
  /** Late finish. */
  readonly lf: number;
  /**
   * Total float `ls − es`: delay possible without delaying the project (or
   * breaking a late constraint or deadline); negative when a constraint or
   * deadline is already broken (see `conflicts`). A summary: its children's least.
   */
  readonly totalFloat: number;
  /**
   * Free float: delay possible without delaying any successor's early dates
   * (through its link and lag) or the project finish;
   * `0 <= freeFloat <= max(0, totalFloat)`.
   */
  readonly freeFloat: number;
  /** True when the total float is zero or less (within the tolerance); never for a complete task. */
  readonly critical: boolean;
  /**
   * `true` for a summary task (one with children): its `es`/`ls`/`startDate`
   * are its children's earliest, `ef`/`lf`/`finishDate` their latest,
   * `duration` the span `ef − es`, and the floats their least.
   */
  readonly summary?: true | undefined;
  /**
   * Given the `start` option, the working day work begins (a milestone: its
   * date, at the start of a day when a start event drives it, else the day
   * before its offset, as MS Project dates it).
   */
  readonly startDate?: IsoDate | undefined;
  /** Given the `start` option, the last working day of work (a milestone: its date). */
  readonly finishDate?: IsoDate | undefined;
  /** The task's `meta`, when it has one, carried through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** The result of {@link criticalPath}. */
export interface CriticalPathResult {
  /** The project duration: the latest early finish (the longest path), `0` for no tasks. */
  readonly duration: number;
  /** Every task's dates and floats, in input order. */
  readonly tasks: readonly ScheduledTask[];
  /** Ids of the critical tasks, in input order. */
  readonly criticalTasks: readonly string[];
  /**
   * Every critical path (up to `maxPaths`) as ordered ids: each starts at a
   * task driven only by the project start (or its start-no-earlier-than
   * constraint), follows driving links between critical tasks, and ends at a
   * task that finishes on the project finish (or, with negative float, at
   * the task whose late date drives it). Summary tasks are left out. Ordered by input order of the
   * first, then next, differing task.
   */
  readonly criticalPaths: readonly (readonly string[])[];
  /** How many critical paths exist (may exceed `criticalPaths.length`; a float above 2^53). */
  readonly criticalPathCount: number;
  /** True when more than `maxPaths` critical paths exist and the list was cut. */
  readonly truncated: boolean;
  /**
   * Each broken inflexible constraint (no-later-than, must-on) and missed
   * deadline, in input order: `{ taskId, kind, by }`, `by` in working days;
   * `[]` when none. The tasks driving one have negative total float.
   */
  readonly conflicts: readonly ScheduleConflict[];
  /** Given the `start` option, the first working day of the project. */
  readonly startDate?: IsoDate | undefined;
  /** Given the `start` option, the latest task finish date. */
  readonly finishDate?: IsoDate | undefined;
}

/**
 * The critical path method (CPM) on an activity-on-node network with
 * finish-to-start, start-to-start, finish-to-finish and start-to-finish links,
 * lags and leads, and start-no-earlier-than constraints. Day offsets run from
 * `0`; `ef = es + duration`. The forward pass gives the earliest dates, the
 * backward pass from the project finish the latest; a task whose total float
 * is zero (within a tolerance) is critical. The duration is computed on the
 * network — never the sum of the durations — and **every** critical path is
 * listed (up to `maxPaths`), not just one. Linear time: one topological order
 * (Kahn's algorithm) and two passes over typed arrays.
 *
 * A lead can pull a start before the project start; the project start wins
 * (`es >= 0`). A start-no-earlier-than constraint raises the early start only.
 *
 * With a `start` date (and a `calendar`), every task also gets `startDate`
 * and `finishDate`, dated as MS Project dates them: a task starts at the
 * start of a working day and finishes at the end of one; a milestone driven
 * by a predecessor's finish falls on the day before its offset, one driven
 * by a start (SS/SF link, start-no-earlier-than, the project start) on the
 * day at its offset.
 *
 * **Constraints and deadlines** (dates need `start`), as MS Project with
 * "tasks will always honor their constraint dates": start/finish-no-earlier-
 * than hold a task back; start/finish-no-later-than and must-start/finish-on
 * hold it at or before their date even against its links. A link or bound
 * that pushes a task past such a date, or a finish past its `deadline`
 * (which never moves the task), is listed in `conflicts` with how far
 * (`by`, working days), and the late dates it sets make the total float of
 * the tasks driving it negative — they are critical. A start-type date
 * means 8:00 that day, a finish-type date 17:00; a date on a non-working day
 * falls on the next working time.
 *
 * **Progress** (`actualStart`, `actualFinish`, `remainingDuration`,
 * `percentComplete`): a task with an actual start starts there whatever its
 * links; a complete one sits at its actual dates (no float, not critical);
 * with `statusDate`, work not done by the end of that day is scheduled
 * after it (an in-progress task is split, an unstarted one moves), as MS
 * Project's "reschedule uncompleted work to start after" — except a task
 * with a date constraint, which keeps it.
 *
 * **Summary tasks** (`parent`): a summary's row rolls up from its children
 * (earliest start, latest finish, `duration` the span, the least float,
 * `summary: true`); a link to or from a summary applies to each of its
 * children; summaries never appear in `criticalTasks` or `criticalPaths`.
 *
 * @param tasks - the plan (see {@link Task}); not changed
 * @param options - `maxPaths` (default 100), `tolerance`, and for dates `start`, `calendar` and `statusDate`
 * @returns the duration, every task's offsets (and dates) and floats, the critical paths and the conflicts; frozen
 * @throws PopmError as {@link assertPlan}; `INVALID_NUMBER` / `OUT_OF_RANGE` for bad options;
 *   `OUT_OF_RANGE` when the project duration overflows to Infinity or a date passes
 *   9999-12-31, or a constraint, deadline or actual date falls before the plan's
 *   start; `INVALID_DATE` for a bad `start`, status date or holiday; `INVALID_ARGUMENT` for
 *   an unknown option key, a bad calendar, a calendar or status date without a
 *   start, or a task date in a plan without one
 * @example
 * const cp = criticalPath([
 *   { id: 'A', duration: 3 },
 *   { id: 'B', duration: 2, dependsOn: ['A'] },
 *   { id: 'C', duration: 4, dependsOn: ['A'] },
 *   { id: 'D', duration: 1, dependsOn: ['B', 'C'] },
 * ]);
 * cp.duration; //=> 8
 * cp.criticalPaths; //=> [['A', 'C', 'D']]
 * cp.tasks[1];
 * //=> { id: 'B', duration: 2, es: 3, ef: 5, ls: 5, lf: 7, totalFloat: 2, freeFloat: 2, critical: false }
 * const dated = criticalPath(
 *   [{ id: 'A', duration: 5 }, { id: 'M', duration: 0, dependsOn: [{ id: 'A', type: 'SS', lag: 2 }] }],
 *   { start: '2026-11-30' }, // a Monday
 * );
 * dated.tasks[0]; //=> { id: 'A', startDate: '2026-11-30', finishDate: '2026-12-04', … }
 * dated.tasks[1].startDate; //=> '2026-12-02' (Wednesday 8:00, as MS Project dates SS + 2)
 * const late = criticalPath(
 *   [
 *     { id: 'A', duration: 5 },
 *     { id: 'B', duration: 3, dependsOn: ['A'], deadline: '2026-12-08' },
 *   ],
 *   { start: '2026-11-30' },
 * );
 * late.conflicts; //=> [{ taskId: 'B', kind: 'deadline', by: 1 }]
 * late.tasks[0].totalFloat; //=> -1
 */
export function criticalPath(
  tasks: readonly Task[],
  options?: CriticalPathOptions,
): CriticalPathResult {
  const net = compileNetwork(tasks);
  const { maxPaths, tolerance, rec } = readCriticalPathOptions(options, [
    'start',
    'calendar',
    'statusDate',
  ]);
  const days = readDating(rec.start, rec.calendar);
  const plan = preparePlan(net, days, rec.statusDate);
  return analyse(plan.net, plan.d, maxPaths, tolerance, days, plan.nodes).result;
}
