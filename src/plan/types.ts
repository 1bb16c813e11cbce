import type { IsoDate } from '../core/dates.js';
import type { Numeric } from '../core/numbers.js';
import type { Assignment } from './resources.js';
/** How a dependency ties a successor to its predecessor. */
export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

/**
 * A dependency written out in full: the predecessor's `id`, the link `type`
 * (default `'FS'`) and a `lag` in working days (default `0`; negative is a lead).
 *
 * - `FS` finish-to-start: the successor starts ≥ `lag` after the predecessor finishes.
 * - `SS` start-to-start: the successor starts ≥ `lag` after the predecessor starts.
 * - `FF` finish-to-finish: the successor finishes ≥ `lag` after the predecessor finishes.
 * - `SF` start-to-finish: the successor finishes ≥ `lag` after the predecessor starts.
 */
export interface DependencyLink {
  /** The predecessor's id. */
  readonly id: string;
  /** The link type; `'FS'` when absent. */
  readonly type?: LinkType | undefined;
  /** Working days added to the link (a negative lag is a lead); `0` when absent. */
  readonly lag?: number | undefined;
}

/** A dependency: a predecessor id (finish-to-start, no lag) or a {@link DependencyLink}. */
export type Dependency = string | DependencyLink;

/** A three-point estimate of a duration, in working days. */
export interface ThreePointEstimate {
  /** The best case, `>= 0`. */
  readonly optimistic: number;
  /** The most likely case, `optimistic <= mostLikely <= pessimistic`. */
  readonly mostLikely: number;
  /** The worst case. */
  readonly pessimistic: number;
}

/**
 * A start-no-earlier-than constraint as a working-day offset from the project
 * start (the 0.x form, still accepted; {@link levelResources} writes it).
 */
export interface OffsetConstraint {
  /** Start no earlier than this day offset from the project start (working days, `>= 0`). */
  readonly startNoEarlierThan: number;
}

/**
 * The six constraint types of MS Project. The flexible ones (`'start-no-earlier-than'`,
 * `'finish-no-earlier-than'`) only hold a task back; the inflexible ones hold the task
 * at or before their date even against its links, and a link or an earlier
 * constraint that pushes it past the date is a conflict (negative total float).
 */
export type ConstraintType =
  | 'start-no-earlier-than'
  | 'finish-no-earlier-than'
  | 'start-no-later-than'
  | 'finish-no-later-than'
  | 'must-start-on'
  | 'must-finish-on';

/**
 * A constraint of one of the six {@link ConstraintType}s on a date (the plan
 * needs a `start`). A start constraint's date means the start of that day
 * (8:00), a finish constraint's the end of it (17:00); a date on a
 * non-working day falls, as in MS Project, on the next working time (a
 * start: the next working day; a finish: the end of the previous working day).
 */
export interface DatedConstraint {
  /** The constraint type. */
  readonly type: ConstraintType;
  /** The constraint date, on or after the plan's start. */
  readonly date: IsoDate;
}

/** A scheduling constraint on a task: a {@link DatedConstraint} or the 0.x {@link OffsetConstraint}. */
export type TaskConstraint = OffsetConstraint | DatedConstraint;

/**
 * One task of a plan (an activity-on-node network). Durations and offsets are
 * working days; day `0` is the project start.
 */
export interface Task {
  /** Unique within the plan. */
  readonly id: string;
  /** A label for people. */
  readonly name?: string | undefined;
  /** Working days, `>= 0`; fractional allowed; `0` makes the task a milestone. */
  readonly duration: number;
  /** Predecessors; none when absent. */
  readonly dependsOn?: readonly Dependency[] | undefined;
  /** A three-point estimate used by {@link pertAnalysis} and {@link simulateSchedule}. */
  readonly estimate?: ThreePointEstimate | undefined;
  /** A scheduling constraint (one of MS Project's six types on a date, or a start-no-earlier-than offset). */
  readonly constraint?: TaskConstraint | undefined;
  /**
   * A date the task should finish by (end of that day). It does not move the
   * task; missing it gives negative total float and a `'deadline'` conflict.
   */
  readonly deadline?: IsoDate | undefined;
  /**
   * The id of the summary task this task belongs to. A task with children is
   * a summary: its dates, duration and float roll up from its children, so it
   * carries no duration of its own (`0` or absent); a link to or from it
   * applies to each of its children.
   */
  readonly parent?: string | undefined;
  /** The date work actually started (the plan needs a `start`). */
  readonly actualStart?: IsoDate | undefined;
  /** The date work actually finished (needs `actualStart`, on or after it): the task is complete. */
  readonly actualFinish?: IsoDate | undefined;
  /** Working days of work left, `>= 0`; `0` on a started task means complete. */
  readonly remainingDuration?: number | undefined;
  /** Percent of the duration done, `0`–`100`; `100` means complete. */
  readonly percentComplete?: number | undefined;
  /** Your own JSON data, copied (deep, frozen) and carried to the results untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
  /** Resources working on the task (read by {@link levelResources} and {@link resourceLoad}). */
  readonly assignments?: readonly Assignment[] | undefined;
  /** A fixed cost of the task (cost-loaded plans). */
  readonly cost?: Numeric | undefined;
}
