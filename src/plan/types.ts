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

/** A scheduling constraint on a task. */
export interface TaskConstraint {
  /** Start no earlier than this day offset from the project start (working days, `>= 0`). */
  readonly startNoEarlierThan: number;
}

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
  /** A start-no-earlier-than constraint. */
  readonly constraint?: TaskConstraint | undefined;
  /** Your own JSON data, copied (deep, frozen) and carried to the results untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
  /** Resources working on the task (read by {@link levelResources} and {@link resourceLoad}). */
  readonly assignments?: readonly Assignment[] | undefined;
  /** A fixed cost of the task (cost-loaded plans). */
  readonly cost?: Numeric | undefined;
}
