import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { readOptions } from '../core/internal/readObject.js';
import { checkWorkItem } from './internal/checkWorkItem.js';
import { readCalendar, spanDays } from './internal/shared.js';

/** A dated change of workflow state. */
export interface StateTransition {
  /** The state entered, e.g. `'In Progress'`. */
  readonly state: string;
  /** The day it was entered. */
  readonly on: IsoDate;
}

/**
 * A unit of work flowing through the team's process (a story, a bug…), with
 * the dates flow metrics are measured from. Keys close to a known one
 * (`startOn`, `finishedon`) are rejected; other keys of your own are ignored
 * (keep them in `meta` to see them in results).
 */
export interface WorkItem {
  /** Unique id within the list. */
  readonly id: string;
  /** When it was requested (lead time starts here). */
  readonly createdOn: IsoDate;
  /** When work started (cycle time starts here); on or after `createdOn`. */
  readonly startedOn?: IsoDate | undefined;
  /** When it was finished; on or after `startedOn` (and `createdOn`). */
  readonly finishedOn?: IsoDate | undefined;
  /** Its kind, e.g. `'story'`, `'bug'`. */
  readonly type?: string | undefined;
  /** The person working on it (a person id). */
  readonly assignee?: string | undefined;
  /** Workflow states entered, oldest first, each on or after `createdOn`. */
  readonly transitions?: readonly StateTransition[] | undefined;
  /** Your own data (a JSON object), carried to results that list the item. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** Options of {@link cycleTime} and {@link leadTime}. */
export interface DurationOptions {
  /**
   * Count working days of this calendar instead of calendar days (at least 1:
   * work done on a day off still took a day).
   */
  readonly calendar?: WorkCalendar | undefined;
}

/**
 * Cycle time in days, as ActionableAgile counts it: finished − started + 1,
 * so an item started and finished the same day took 1 day (a day on which
 * work happened counts as a day). Calendar days, weekends included, as flow
 * tools measure elapsed time; with `{ calendar }`, the working days from the
 * start to the finish, both counted (at least 1).
 *
 * @param item - the work item
 * @param options - `calendar` to count working days
 * @returns whole days >= 1, or `null` when the item has not finished or never recorded a start
 * @throws PopmError `INVALID_DATE` for a bad date or dates out of order (finished before started,
 *   started before created); `INVALID_ARGUMENT` for an item that is not an object, a missing id,
 *   a misspelled key (`startOn`: did you mean 'startedOn'?), an unknown option or a bad calendar
 * @example
 * cycleTime({ id: 'a', createdOn: '2026-03-01', startedOn: '2026-03-02', finishedOn: '2026-03-02' }); //=> 1
 * cycleTime({ id: 'b', createdOn: '2026-03-01', startedOn: '2026-03-06', finishedOn: '2026-03-09' }); //=> 4
 * // Friday to Monday is 2 working days
 * cycleTime(
 *   { id: 'b', createdOn: '2026-03-01', startedOn: '2026-03-06', finishedOn: '2026-03-09' },
 *   { calendar: { weekend: [0, 6], holidays: [] } },
 * ); //=> 2
 * cycleTime({ id: 'c', createdOn: '2026-03-01', startedOn: '2026-03-02' }); //=> null
 */
export function cycleTime(item: WorkItem, options?: DurationOptions): number | null {
  const cal = readCalendar(readOptions(options, ['options'], ['calendar']).calendar, [
    'options',
    'calendar',
  ]);
  const c = checkWorkItem(item, ['item']);
  return c.finished === null || c.started === null ? null : spanDays(cal, c.started, c.finished);
}

/**
 * Lead time in days, from the request to delivery: finished − created + 1
 * (the same inclusive count as {@link cycleTime}; working days with `{ calendar }`).
 *
 * @param item - the work item
 * @param options - `calendar` to count working days
 * @returns whole days >= 1, or `null` when the item has not finished
 * @throws PopmError `INVALID_DATE` for a bad date or dates out of order; `INVALID_ARGUMENT` for an
 *   item that is not an object, a missing id, a misspelled key, an unknown option or a bad calendar
 * @example
 * leadTime({ id: 'a', createdOn: '2026-03-01', startedOn: '2026-03-02', finishedOn: '2026-03-06' }); //=> 6
 */
export function leadTime(item: WorkItem, options?: DurationOptions): number | null {
  const cal = readCalendar(readOptions(options, ['options'], ['calendar']).calendar, [
    'options',
    'calendar',
  ]);
  const c = checkWorkItem(item, ['item']);
  return c.finished === null ? null : spanDays(cal, c.created, c.finished);
}
