import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { fromEpochDay, toEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import { checkWorkflow } from './internal/checkWorkflow.js';
import { checkWorkItems } from './internal/checkWorkItem.js';
import { type DayUnit, readCalendar } from './internal/shared.js';
import { stateDays } from './internal/stateDays.js';
import { asOfDay, flowItems, segmentAt } from './internal/timeline.js';
import type { StateCategory, Workflow } from './workflow.js';
import type { WorkItem } from './workItem.js';

/** Options of {@link timeInState}. */
export interface TimeInStateOptions {
  /** The day of measurement: open items are counted up to it, later days are unknown. */
  readonly asOf: IsoDate;
  /** Count working days of this calendar (default calendar days). */
  readonly calendar?: WorkCalendar | undefined;
}

/** One item's days per state. */
export interface ItemTimeInState {
  /** The item's id. */
  readonly id: string;
  /** Its state at the end of `asOf`. */
  readonly state: string;
  /** That state's category. */
  readonly category: StateCategory;
  /** Days per state name (every workflow state, 0 when never in it). */
  readonly days: Readonly<Record<string, number>>;
  /** All its days: its lead time when finished by `asOf`, else its days so far. */
  readonly total: number;
  /** Whether it finished on or before `asOf`. */
  readonly finished: boolean;
  /** The item's `meta`, when it has one. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** The result of {@link timeInState}. */
export interface TimeInStateResult {
  /** The day of measurement. */
  readonly asOf: IsoDate;
  /** What the days count: calendar days, or working days with a calendar. */
  readonly unit: DayUnit;
  /** The workflow's states, in order. */
  readonly states: readonly string[];
  /** Items created on or before `asOf`, in input order. */
  readonly items: readonly ItemTimeInState[];
  /** Days per state summed over the items. */
  readonly totals: Readonly<Record<string, number>>;
}

function record(names: readonly string[], values: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  names.forEach((n, i) => {
    // A state named `__proto__` stays an own key, never a prototype.
    Object.defineProperty(out, n, {
      value: values[i],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
  return out;
}

/**
 * Time in state: for each item, how many days it spent in each workflow
 * state, from `createdOn` to its finish (or to `asOf` while open). Each day
 * belongs to one state, the one the item is in at the end of the day (so an
 * item is WIP on exactly the days it ends in an in-progress state, as every
 * flow function counts WIP), except the finish day, which belongs to the
 * state the item left to finish: cycle time counts the finish day as a day
 * of work (ActionableAgile), so the days add up to the lead time.
 *
 * @param items - work items, unique ids; their transitions are read by the workflow
 * @param workflow - the team's workflow
 * @param options - `asOf`, `calendar`
 * @returns days per state per item and in total
 * @throws PopmError `INVALID_DATE` for a bad date; `DUPLICATE_ID`; `INVALID_ARGUMENT` for a bad
 *   workflow, a transition to a state it lacks, a bad item, calendar or option
 * @example
 * const workflow = {
 *   states: [
 *     { name: 'To Do', category: 'todo' },
 *     { name: 'Doing', category: 'in-progress' },
 *     { name: 'Done', category: 'done' },
 *   ],
 * } as const;
 * const item = {
 *   id: 'a',
 *   createdOn: '2026-03-02',
 *   transitions: [
 *     { state: 'Doing', on: '2026-03-04' },
 *     { state: 'Done', on: '2026-03-06' },
 *   ],
 * };
 * timeInState([item], workflow, { asOf: '2026-03-10' }).items[0]?.days;
 * //=> { 'To Do': 2, Doing: 3, Done: 0 }
 */
export function timeInState(
  items: readonly WorkItem[],
  workflow: Workflow,
  options: TimeInStateOptions,
): TimeInStateResult {
  const wf = checkWorkflow(workflow, ['workflow']);
  if (options === undefined)
    throw popmError('INVALID_ARGUMENT', ['options'], 'an options object with asOf', options);
  const opts = readOptions(options, ['options'], ['asOf', 'calendar']);
  const asOf = toEpochDay(opts.asOf, ['options', 'asOf']);
  const cal = readCalendar(opts.calendar, ['options', 'calendar']);
  const flow = flowItems(checkWorkItems(items, ['items']), wf, ['items']);
  const names = wf.states.map((s) => s.name);
  const sums: number[] = new Array<number>(names.length).fill(0);
  const out: ItemTimeInState[] = [];
  for (const all of flow) {
    if (all.c.created > asOf) continue;
    // As it stood on asOf: a later reopen does not undo a finish already made.
    const f = asOfDay(all, asOf);
    const finished = f.finished !== null && f.finished <= asOf;
    const end = finished ? (f.finished as number) : asOf;
    const days = stateDays(f, names.length, f.c.created, end, finished, cal);
    let total = 0;
    days.forEach((d, i) => {
      total += d;
      sums[i] = (sums[i] as number) + d;
    });
    const at = segmentAt(f, asOf);
    const state = at === undefined ? 0 : at.state;
    const row: { -readonly [K in keyof ItemTimeInState]: ItemTimeInState[K] } = {
      id: f.c.item.id,
      state: names[state] as string,
      category: wf.category[state] as StateCategory,
      days: record(names, days),
      total,
      finished,
    };
    if (f.c.item.meta !== undefined) row.meta = f.c.item.meta;
    out.push(row);
  }
  return deepFreeze({
    asOf: fromEpochDay(asOf),
    unit: cal === null ? 'calendar-days' : 'working-days',
    states: names,
    items: out,
    totals: record(names, sums),
  });
}
