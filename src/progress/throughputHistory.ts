import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { fromEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import {
  addWorkingEpochDays,
  type CompiledCalendar,
  workingDaysBetweenEpoch,
} from '../core/internal/calendarEpoch.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireNumber } from '../core/internal/validate.js';
import { checkWorkflow } from './internal/checkWorkflow.js';
import { checkWorkItems } from './internal/checkWorkItem.js';
import { type DayUnit, readCalendar, readWindow } from './internal/shared.js';
import { type FlowItem, flowItems } from './internal/timeline.js';
import type { Workflow } from './workflow.js';
import type { WorkItem } from './workItem.js';

/** Options of {@link throughputHistory}. */
export interface ThroughputHistoryOptions {
  /** First day of the history (inclusive). */
  readonly from: IsoDate;
  /** Last day of the history (inclusive), on or after `from`; periods are anchored here. */
  readonly to: IsoDate;
  /**
   * Count per working day of this calendar instead of per calendar day; an
   * item finished on a day off counts on the working day before it (the
   * first one for days off at the start).
   */
  readonly calendar?: WorkCalendar | undefined;
  /** Days (or working days, with `calendar`) per period, integer >= 1 (default 1). */
  readonly periodDays?: number | undefined;
  /** Read items' transitions by this workflow to decide when they finished. */
  readonly workflow?: Workflow | undefined;
}

/**
 * A throughput history with its unit, so a forecast replays each period as
 * the same kind of day it was counted in.
 */
export interface ThroughputHistory {
  /** Items finished per period, oldest first, zero periods included. */
  readonly counts: readonly number[];
  /** What a period's days are: calendar days, or working days of `calendar`. */
  readonly unit: DayUnit;
  /** Days (of `unit`) per period. */
  readonly periodDays: number;
  /** The working calendar the days were counted in; `null` for calendar days. */
  readonly calendar: WorkCalendar | null;
  /** First day of the oldest whole period; `null` when the window holds no whole period. */
  readonly start: IsoDate | null;
  /** Last day of the newest period: the window's `to`. */
  readonly end: IsoDate;
}

/**
 * The throughput history the Monte Carlo forecasts resample: items finished
 * per period between `from` and `to`, oldest first, zero periods included,
 * with the unit it was counted in. Periods are calendar days by default;
 * with a `calendar`, working days (`unit: 'working-days'`). Periods are
 * anchored at `to`, so the newest period is whole and ends on `to`; an
 * oldest period shorter than `periodDays` is left out, since a part-period
 * would read as a slow one.
 *
 * @param items - work items, unique ids; only when they finished is read
 * @param options - `from`, `to`, `calendar`, `periodDays`, `workflow`
 * @returns counts per period, oldest first (`[]` when the window holds no whole period), the unit
 *   and the span they cover
 * @throws PopmError `INVALID_DATE` for a bad date or `to` before `from`; `LIMIT_EXCEEDED` for a
 *   window over 36,525 days; `OUT_OF_RANGE` for a bad `periodDays`; `DUPLICATE_ID`;
 *   `INVALID_ARGUMENT` for options that are not an object, an unknown option, a bad calendar or
 *   workflow, or a bad item
 * @example
 * const done = (id: string, f: string) => ({ id, createdOn: '2026-03-01', finishedOn: f });
 * const items = [done('a', '2026-03-02'), done('b', '2026-03-02'), done('c', '2026-03-07')];
 * throughputHistory(items, { from: '2026-03-02', to: '2026-03-08' }).counts; //=> [2, 0, 0, 0, 0, 1, 0]
 * const h = throughputHistory(items, {
 *   from: '2026-03-02',
 *   to: '2026-03-08',
 *   calendar: { weekend: [0, 6], holidays: [] },
 * });
 * h.counts; //=> [2, 0, 0, 0, 1] (Saturday's item counts on Friday)
 * h.unit; //=> 'working-days'
 */
export function throughputHistory(
  items: readonly WorkItem[],
  options: ThroughputHistoryOptions,
): ThroughputHistory {
  if (options === undefined)
    throw popmError('INVALID_ARGUMENT', ['options'], 'an options object with from and to', options);
  const opts = readOptions(
    options,
    ['options'],
    ['from', 'to', 'calendar', 'periodDays', 'workflow'],
  );
  const { from, to } = readWindow(opts);
  const periodDays = readPeriodDays(opts.periodDays);
  const cal = readCalendar(opts.calendar, ['options', 'calendar']);
  const wf =
    opts.workflow === undefined ? null : checkWorkflow(opts.workflow, ['options', 'workflow']);
  const flow = flowItems(checkWorkItems(items, ['items']), wf, ['items']);
  const slots = cal === null ? to - from + 1 : workingDaysBetweenEpoch(cal, from - 1, to);
  const periods = Math.floor(slots / periodDays);
  // Anchored at `to`: the slots before `skip` form the oldest, partial period, left out.
  const skip = slots - periods * periodDays;
  const counts = countFinished(flow, cal, from, to, skip, periodDays, periods);
  const start = periods > 0 ? startOf(cal, from, skip) : null;
  const calendar =
    cal === null
      ? null
      : {
          weekend: cal.off.flatMap((off, w) => (off ? [w] : [])),
          holidays: Array.from(cal.holidays, (d) => fromEpochDay(d)),
        };
  return deepFreeze({
    counts,
    unit: cal === null ? 'calendar-days' : 'working-days',
    periodDays,
    calendar,
    start,
    end: fromEpochDay(to),
  });
}

function readPeriodDays(value: unknown): number {
  if (value === undefined) return 1;
  return requireNumber(value, ['options', 'periodDays'], { min: 1, max: 366, integer: true });
}

/** Items finished in each period of the window. */
function countFinished(
  flow: readonly FlowItem[],
  cal: CompiledCalendar | null,
  from: number,
  to: number,
  skip: number,
  periodDays: number,
  periods: number,
): number[] {
  // Slot of a day: its index among the window's days (or working days, the day off joining the one before).
  const slot = (day: number): number =>
    cal === null ? day - from : Math.max(0, workingDaysBetweenEpoch(cal, from - 1, day) - 1);
  const counts: number[] = new Array<number>(periods).fill(0);
  for (const f of flow) {
    if (f.finished === null || f.finished < from || f.finished > to) continue;
    const s = slot(f.finished) - skip;
    const p = Math.floor(s / periodDays);
    if (s >= 0 && p < periods) counts[p] = (counts[p] as number) + 1;
  }
  return counts;
}

/** The first day of slot `skip`: a calendar day, or the (skip + 1)-th working day. */
function startOf(cal: CompiledCalendar | null, from: number, skip: number): IsoDate {
  if (cal === null) return fromEpochDay(from + skip);
  const first = addWorkingEpochDays(cal, from, 0);
  return fromEpochDay(skip === 0 ? first : addWorkingEpochDays(cal, first, skip));
}
