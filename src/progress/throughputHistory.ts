import { compileCalendar, type WorkCalendar, workingDaysBetweenEpoch } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { requireNumber, requireObject } from '../core/validate.js';
import { readWindow } from './internal.js';
import { checkWorkItems, type WorkItem } from './workItem.js';

/** Options of {@link throughputHistory}. */
export interface ThroughputHistoryOptions {
  /** First day of the history (inclusive). */
  readonly from: IsoDate;
  /** Last day of the history (inclusive), on or after `from`. */
  readonly to: IsoDate;
  /**
   * Count per working day of this calendar instead of per calendar day; an
   * item finished on a day off counts on the working day before it (the
   * first one for days off at the start).
   */
  readonly calendar?: WorkCalendar;
  /** Days (or working days, with `calendar`) per period, integer >= 1 (default 1). */
  readonly periodDays?: number;
}

/**
 * The throughput history the Monte Carlo forecasts resample: items finished
 * per period between `from` and `to`, oldest first, zero periods included.
 * Periods are calendar days by default; with a `calendar`, working days (so
 * the history matches {@link forecastWhenDate}'s working-day dates). A
 * trailing period shorter than `periodDays` is left out, since a part-period
 * would read as a slow one.
 *
 * @param items - work items, unique ids; only `finishedOn` is read
 * @param options - `from`, `to`, `calendar`, `periodDays`
 * @returns counts per period, oldest first (`[]` when the window holds no whole period)
 * @throws PopmError `INVALID_DATE` for a bad date or `to` before `from`; `LIMIT_EXCEEDED` for a
 *   window over 36,525 days; `OUT_OF_RANGE` for a bad `periodDays`; `DUPLICATE_ID`;
 *   `INVALID_ARGUMENT` for options that are not an object, a bad calendar or a bad item
 * @example
 * const done = (id: string, f: string) => ({ id, createdOn: '2026-03-01', finishedOn: f });
 * const items = [done('a', '2026-03-02'), done('b', '2026-03-02'), done('c', '2026-03-07')];
 * throughputHistory(items, { from: '2026-03-02', to: '2026-03-08' }); //=> [2, 0, 0, 0, 0, 1, 0]
 * throughputHistory(items, { from: '2026-03-02', to: '2026-03-08', calendar: { weekend: [0, 6], holidays: [] } });
 * //=> [2, 0, 0, 0, 1] (Saturday's item counts on Friday)
 */
export function throughputHistory(
  items: readonly WorkItem[],
  options: ThroughputHistoryOptions,
): readonly number[] {
  const opts = requireObject(options, ['options'], 'an options object with from and to');
  const { from, to, days } = readWindow(opts);
  const periodDays =
    opts.periodDays === undefined
      ? 1
      : requireNumber(opts.periodDays, ['options', 'periodDays'], {
          min: 1,
          max: 366,
          integer: true,
        });
  const cal =
    opts.calendar === undefined
      ? null
      : compileCalendar(opts.calendar as WorkCalendar, ['options', 'calendar']);
  const checked = checkWorkItems(items, ['items']);
  // Slot of a day: its index among the window's days (or working days, the day off joining the one before).
  const slot = (day: number): number =>
    cal === null ? day - from : Math.max(0, workingDaysBetweenEpoch(cal, from - 1, day) - 1);
  const slots = cal === null ? to - from + 1 : workingDaysBetweenEpoch(cal, from - 1, to);
  const periods = Math.floor(slots / periodDays);
  const out: number[] = new Array<number>(periods).fill(0);
  for (const c of checked) {
    if (c.finished === null || c.finished < from || c.finished > to) continue;
    const p = Math.floor(slot(c.finished) / periodDays);
    if (p < periods) out[p] = (out[p] as number) + 1;
  }
  return Object.freeze(out);
}
