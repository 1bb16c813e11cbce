import { fromEpochDay, type IsoDate, toEpochDay } from './dates.js';
import { popmError } from './errors.js';
import {
  addWorkingEpochDays,
  compileCalendar,
  DEFAULT_WORK_CALENDAR,
  isWorkingEpochDay,
  workingDaysBetweenEpoch,
} from './internal/calendarEpoch.js';
import { readOptions } from './internal/readObject.js';

/**
 * Which days are worked: `weekend` lists the days of the week off
 * (`0` = Sunday … `6` = Saturday) and `holidays` the dates off.
 */
export interface WorkCalendar {
  /** Days of the week off, 0 = Sunday … 6 = Saturday. At least one day must be worked. */
  readonly weekend: readonly number[];
  /** Dates off, in any order; duplicates and holidays on a weekend are harmless. */
  readonly holidays: readonly IsoDate[];
}

/**
 * The default calendar: Saturday and Sunday off, no holidays.
 *
 * @example
 * isWorkingDay('2026-11-28', DEFAULT_CALENDAR); //=> false (a Saturday)
 */
export const DEFAULT_CALENDAR: WorkCalendar = DEFAULT_WORK_CALENDAR;

/**
 * True when `date` is a working day: not a weekend day, not a holiday.
 *
 * @param date - the date
 * @param calendar - the calendar (default Saturday and Sunday off)
 * @returns whether work happens that day
 * @throws PopmError `INVALID_DATE` for a bad date; `INVALID_ARGUMENT` for a bad calendar
 * @example
 * isWorkingDay('2026-11-27'); //=> true (a Friday)
 * isWorkingDay('2026-12-25', { weekend: [0, 6], holidays: ['2026-12-25'] }); //=> false
 */
export function isWorkingDay(date: IsoDate, calendar?: WorkCalendar): boolean {
  const cal = compileCalendar(calendar);
  return isWorkingEpochDay(cal, toEpochDay(date, ['date']));
}

/**
 * Moves `days` working days from `date`: forward when positive, backward when
 * negative. The result is always a working day. With `days = 0` it returns
 * `date` when that is a working day, else the next working day.
 *
 * @param date - the start (need not be a working day)
 * @param days - whole working days, may be negative
 * @param calendar - the calendar (default Saturday and Sunday off)
 * @returns the working day reached
 * @throws PopmError `INVALID_DATE`, `INVALID_NUMBER` for a non-integer `days`, `INVALID_ARGUMENT`
 *   for a bad calendar
 * @example
 * addWorkingDays('2026-11-27', 1); //=> '2026-11-30' (Friday + 1 = Monday)
 * addWorkingDays('2026-11-30', -1); //=> '2026-11-27'
 * addWorkingDays('2026-11-28', 0); //=> '2026-11-30'
 */
export function addWorkingDays(date: IsoDate, days: number, calendar?: WorkCalendar): IsoDate {
  const start = toEpochDay(date, ['date']);
  if (!Number.isInteger(days)) throw popmError('INVALID_NUMBER', ['days'], 'an integer', days);
  const cal = compileCalendar(calendar);
  return fromEpochDay(addWorkingEpochDays(cal, start, days));
}

/**
 * Working days from `from` to `to`: the count of working days after `from` up
 * to and including `to`, negative when `to` is earlier. It is the inverse of
 * {@link addWorkingDays}: for working days `a` and `b`,
 * `addWorkingDays(a, workingDaysBetween(a, b)) === b`.
 *
 * @param from - the first date
 * @param to - the second date
 * @param calendar - the calendar (default Saturday and Sunday off)
 * @returns whole working days
 * @throws PopmError `INVALID_DATE` for a bad date; `INVALID_ARGUMENT` for a bad calendar
 * @example
 * workingDaysBetween('2026-11-27', '2026-11-30'); //=> 1 (Friday to Monday)
 * workingDaysBetween('2026-11-02', '2026-11-30'); //=> 20
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar?: WorkCalendar): number {
  const a = toEpochDay(from, ['from']);
  const b = toEpochDay(to, ['to']);
  return workingDaysBetweenEpoch(compileCalendar(calendar), a, b);
}

const NEXT_OPTIONS = ['inclusive'] as const;

/**
 * The first working day strictly after `date` (on or after it with
 * `{ inclusive: true }`).
 *
 * @param date - the date
 * @param calendar - the calendar (default Saturday and Sunday off)
 * @param options - `inclusive`: return `date` itself when it is a working day
 * @returns a working day
 * @throws PopmError `INVALID_DATE` for a bad date; `INVALID_ARGUMENT` for a bad calendar
 * @example
 * nextWorkingDay('2026-11-27'); //=> '2026-11-30'
 * nextWorkingDay('2026-11-27', undefined, { inclusive: true }); //=> '2026-11-27'
 */
export function nextWorkingDay(
  date: IsoDate,
  calendar?: WorkCalendar,
  options?: { readonly inclusive?: boolean | undefined },
): IsoDate {
  const cal = compileCalendar(calendar);
  const start = toEpochDay(date, ['date']);
  const { inclusive } = readOptions(options, ['options'], NEXT_OPTIONS);
  if (inclusive !== undefined && typeof inclusive !== 'boolean')
    throw popmError('INVALID_ARGUMENT', ['options', 'inclusive'], 'a boolean', inclusive);
  return fromEpochDay(addWorkingEpochDays(cal, inclusive === true ? start : start + 1, 0));
}
