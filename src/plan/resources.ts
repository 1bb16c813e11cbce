import type { WorkCalendar } from '../core/calendar.js';
import type { Numeric } from '../core/numbers.js';
import type { Task } from './types.js';

/** A person, team or machine that tasks are assigned to. */
export interface Resource {
  /** Unique among the plan's resources. */
  readonly id: string;
  /** A label for people. */
  readonly name?: string | undefined;
  /** Units available on each working day (`1` is one full-time person), `>= 0`. */
  readonly unitsPerDay: number;
  /** Cost of one unit for one working day (used by cost-loaded plans), `>= 0`. */
  readonly costPerDay?: Numeric | undefined;
  /**
   * The days this resource works (its own weekend and days off, e.g. a
   * part-timer's `weekend: [0, 3, 4, 5, 6]` or a holiday). A day the project
   * works but the resource does not has capacity 0 for it; absent, the
   * resource works every working day of the project.
   */
  readonly calendar?: WorkCalendar | undefined;
}

/** One resource's share of a task: `units` of it on every working day of the task. */
export interface Assignment {
  /** The {@link Resource} id. */
  readonly resource: string;
  /** Units used on each day of the task, `> 0` (`0.5` is half time). */
  readonly units: number;
}

/**
 * A resource-loaded plan: the task list {@link criticalPath} takes, whose
 * tasks may carry `assignments`, plus the resources they name.
 */
export interface ResourcePlan {
  /** The tasks, as {@link criticalPath} takes them, with optional `assignments`. */
  readonly tasks: readonly Task[];
  /** The resources the assignments name. */
  readonly resources: readonly Resource[];
}
