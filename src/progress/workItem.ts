import type { IsoDate } from '../core/dates.js';
import { toEpochDay } from '../core/dates.js';
import { type PopmPath, popmError } from '../core/errors.js';
import { requireArray, requireObject, requireString } from '../core/validate.js';

/** A dated change of workflow state, for {@link cumulativeFlow}. */
export interface StateTransition {
  /** The state entered, e.g. `'In Progress'`. */
  readonly state: string;
  /** The day it was entered. */
  readonly on: IsoDate;
}

/**
 * A unit of work flowing through the team's process (a story, a bug…), with
 * the dates flow metrics are measured from.
 */
export interface WorkItem {
  /** Unique id within the list. */
  readonly id: string;
  /** When it was requested (lead time starts here). */
  readonly createdOn: IsoDate;
  /** When work started (cycle time starts here); on or after `createdOn`. */
  readonly startedOn?: IsoDate;
  /** When it was finished; on or after `startedOn` (and `createdOn`). */
  readonly finishedOn?: IsoDate;
  /** Its kind, e.g. `'story'`, `'bug'`. */
  readonly type?: string;
  /** The person working on it (a person id). */
  readonly assignee?: string;
  /** Workflow states entered, oldest first, each on or after `createdOn`. */
  readonly transitions?: readonly StateTransition[];
}

/** @internal A validated work item with its epoch days (`null` when absent). */
export interface CheckedWorkItem {
  readonly item: WorkItem;
  readonly created: number;
  readonly started: number | null;
  readonly finished: number | null;
  /** Transitions as [epochDay, state], in date order (stable). */
  readonly transitions: readonly (readonly [number, string])[];
}

/** @internal Validates one work item (dates in order). */
export function checkWorkItem(value: unknown, path: PopmPath): CheckedWorkItem {
  const rec = requireObject(value, path, 'a WorkItem object');
  requireString(rec.id, [...path, 'id'], 'a non-empty string id');
  const created = toEpochDay(rec.createdOn, [...path, 'createdOn']);
  const started =
    rec.startedOn === undefined ? null : toEpochDay(rec.startedOn, [...path, 'startedOn']);
  const finished =
    rec.finishedOn === undefined ? null : toEpochDay(rec.finishedOn, [...path, 'finishedOn']);
  if (started !== null && started < created)
    throw popmError(
      'INVALID_DATE',
      [...path, 'startedOn'],
      `a date on or after createdOn ${String(rec.createdOn)}`,
      rec.startedOn,
    );
  if (finished !== null && started !== null && finished < started)
    throw popmError(
      'INVALID_DATE',
      [...path, 'finishedOn'],
      `a date on or after startedOn ${String(rec.startedOn)}`,
      rec.finishedOn,
    );
  if (finished !== null && finished < created)
    throw popmError(
      'INVALID_DATE',
      [...path, 'finishedOn'],
      `a date on or after createdOn ${String(rec.createdOn)}`,
      rec.finishedOn,
    );
  if (rec.type !== undefined) requireString(rec.type, [...path, 'type']);
  if (rec.assignee !== undefined) requireString(rec.assignee, [...path, 'assignee']);
  let transitions: (readonly [number, string])[] = [];
  if (rec.transitions !== undefined) {
    const list = requireArray<unknown>(
      rec.transitions,
      [...path, 'transitions'],
      'an array of transitions',
    );
    transitions = list.map((t, i) => {
      const tr = requireObject(t, [...path, 'transitions', i], 'a { state, on } transition');
      const state = requireString(tr.state, [...path, 'transitions', i, 'state']);
      const on = toEpochDay(tr.on, [...path, 'transitions', i, 'on']);
      if (on < created)
        throw popmError(
          'INVALID_DATE',
          [...path, 'transitions', i, 'on'],
          `a date on or after createdOn ${String(rec.createdOn)}`,
          tr.on,
        );
      return [on, state] as const;
    });
    // Array.prototype.sort is stable: same-day transitions keep input order.
    transitions.sort((a, b) => a[0] - b[0]);
  }
  return { item: value as WorkItem, created, started, finished, transitions };
}

/**
 * Cycle time in days, as ActionableAgile counts it: finished − started + 1,
 * so an item started and finished the same day took 1 day (a day on which
 * work happened counts as a day). Calendar days, weekends included, as flow
 * tools measure elapsed time.
 *
 * @param item - the work item
 * @returns whole days >= 1, or `null` when the item has not finished or never recorded a start
 * @throws PopmError `INVALID_DATE` for a bad date or dates out of order (finished before started,
 *   started before created); `INVALID_ARGUMENT` for an item that is not an object, or a missing id
 * @example
 * cycleTime({ id: 'a', createdOn: '2026-03-01', startedOn: '2026-03-02', finishedOn: '2026-03-02' }); //=> 1
 * cycleTime({ id: 'b', createdOn: '2026-03-01', startedOn: '2026-03-02', finishedOn: '2026-03-06' }); //=> 5
 * cycleTime({ id: 'c', createdOn: '2026-03-01', startedOn: '2026-03-02' }); //=> null
 */
export function cycleTime(item: WorkItem): number | null {
  const c = checkWorkItem(item, ['item']);
  return c.finished === null || c.started === null ? null : c.finished - c.started + 1;
}

/**
 * Lead time in days, from the request to delivery: finished − created + 1
 * (the same inclusive count as {@link cycleTime}).
 *
 * @param item - the work item
 * @returns whole days >= 1, or `null` when the item has not finished
 * @throws PopmError `INVALID_DATE` for a bad date or dates out of order; `INVALID_ARGUMENT` for an
 *   item that is not an object, or a missing id
 * @example
 * leadTime({ id: 'a', createdOn: '2026-03-01', startedOn: '2026-03-02', finishedOn: '2026-03-06' }); //=> 6
 */
export function leadTime(item: WorkItem): number | null {
  const c = checkWorkItem(item, ['item']);
  return c.finished === null ? null : c.finished - c.created + 1;
}

/** @internal Checks a list of work items with unique ids. */
export function checkWorkItems(value: unknown, path: PopmPath): CheckedWorkItem[] {
  const list = requireArray<unknown>(value, path, 'an array of work items');
  const out = list.map((it, i) => checkWorkItem(it, [...path, i]));
  const seen = new Map<string, number>();
  out.forEach((c, i) => {
    const first = seen.get(c.item.id);
    if (first !== undefined)
      throw popmError('DUPLICATE_ID', [...path, i, 'id'], 'a unique id', c.item.id, {
        id: c.item.id,
        firstIndex: first,
      });
    seen.set(c.item.id, i);
  });
  return out;
}
