/** @internal Periods of work to working-day dates, shared by the dated forecasts. */
import type { WorkCalendar } from '../../core/calendar.js';
import { fromEpochDay, type IsoDate, toEpochDay } from '../../core/dates.js';
import type { PopmPath } from '../../core/errors.js';
import {
  addWorkingEpochDays,
  type CompiledCalendar,
  compileCalendar,
  workingDaysBetweenEpoch,
} from '../../core/internal/calendarEpoch.js';
import { requireNumber } from '../../core/internal/validate.js';

/** @internal A validated start, calendar and period length. */
export interface PeriodClock {
  /** First working day of the forecast (start, or the next working day). */
  readonly first: number;
  readonly cal: CompiledCalendar;
  readonly periodDays: number;
  /** The last working day of period k (k >= 1); `first` for k = 0. */
  dateOf(k: number): IsoDate;
  /** Whole periods finished by the end of `date`. */
  periodsBy(date: IsoDate, path: PopmPath): number;
}

/** @internal */
export function periodClock(
  start: unknown,
  calendar: WorkCalendar | undefined,
  periodDays: unknown,
  path: PopmPath,
): PeriodClock {
  const startDay = toEpochDay(start, [...path, 'start']);
  const cal = compileCalendar(calendar, [...path, 'calendar']);
  const pd =
    periodDays === undefined
      ? 1
      : requireNumber(periodDays, [...path, 'periodDays'], { min: 1, max: 366, integer: true });
  const first = addWorkingEpochDays(cal, startDay, 0);
  const cache = new Map<number, IsoDate>();
  return {
    first,
    cal,
    periodDays: pd,
    dateOf(k: number): IsoDate {
      let d = cache.get(k);
      if (d === undefined) {
        d = fromEpochDay(k === 0 ? first : addWorkingEpochDays(cal, first, k * pd - 1));
        cache.set(k, d);
      }
      return d;
    },
    periodsBy(date: IsoDate, p: PopmPath): number {
      const day = toEpochDay(date, p);
      const worked = workingDaysBetweenEpoch(cal, first - 1, day);
      return Math.floor(worked / pd);
    },
  };
}
