import { fromEpochDay, type IsoDate, toEpochDay } from './dates.js';
import { type PopmPath, popmError } from './errors.js';
import { weekdayOfEpochDay } from './internal/epochWeekday.js';
import { readEntity, readOptions } from './internal/readObject.js';
import { requireArray } from './internal/validate.js';

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
export const DEFAULT_CALENDAR: WorkCalendar = Object.freeze({
  weekend: Object.freeze([0, 6]),
  holidays: Object.freeze([]) as readonly IsoDate[],
});

/** @internal A validated calendar ready for fast day arithmetic. */
export interface CompiledCalendar {
  /** off[w] is true when weekday w is off. */
  readonly off: readonly boolean[];
  /** Working days per full week. */
  readonly perWeek: number;
  /** Epoch days of holidays that fall on otherwise working weekdays, sorted, unique. */
  readonly holidays: Int32Array;
  readonly holidaySet: ReadonlySet<number>;
}

/**
 * @internal Validates a {@link WorkCalendar} once for repeated use.
 * @throws PopmError `INVALID_ARGUMENT` for a weekend that is not 0..6 integers or leaves no
 *   working day; `INVALID_DATE` for a bad holiday.
 */
export function compileCalendar(
  calendar: unknown,
  path: PopmPath = ['calendar'],
): CompiledCalendar {
  if (calendar === undefined || calendar === DEFAULT_CALENDAR) return COMPILED_DEFAULT;
  // A calendar is an entity: a near-miss key (`weeked`) is refused with a
  // suggestion, an app's own keys are ignored, getters and Proxies are read safely.
  const cal = readEntity(calendar, path, CALENDAR_KEYS, 'a WorkCalendar object');
  const weekend = requireArray<unknown>(
    cal.weekend,
    [...path, 'weekend'],
    'an array of weekdays 0..6',
  );
  const holidays = requireArray<unknown>(
    cal.holidays,
    [...path, 'holidays'],
    'an array of IsoDates',
  );
  const off = [false, false, false, false, false, false, false];
  weekend.forEach((w, i) => {
    if (typeof w !== 'number' || !Number.isInteger(w) || w < 0 || w > 6)
      throw popmError('INVALID_ARGUMENT', [...path, 'weekend', i], 'an integer weekday 0..6', w);
    off[w] = true;
  });
  const perWeek = off.filter((o) => !o).length;
  if (perWeek === 0)
    throw popmError(
      'INVALID_ARGUMENT',
      [...path, 'weekend'],
      'at least one working weekday',
      weekend,
    );
  const days = new Set<number>();
  holidays.forEach((h, i) => {
    const d = toEpochDay(h, [...path, 'holidays', i]);
    if (!off[weekdayOfEpochDay(d)]) days.add(d);
  });
  const sorted = Int32Array.from([...days].sort((a, b) => a - b));
  return { off, perWeek, holidays: sorted, holidaySet: days };
}

const CALENDAR_KEYS = ['weekend', 'holidays'] as const;

const COMPILED_DEFAULT: CompiledCalendar = Object.freeze({
  off: Object.freeze([true, false, false, false, false, false, true]),
  perWeek: 5,
  holidays: new Int32Array(0),
  holidaySet: new Set<number>(),
});

/** @internal Count of holidays h with lo < h <= hi. */
function holidaysIn(cal: CompiledCalendar, lo: number, hi: number): number {
  return upperBound(cal.holidays, hi) - upperBound(cal.holidays, lo);
}

function upperBound(arr: Int32Array, x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** @internal */
export function isWorkingEpochDay(cal: CompiledCalendar, day: number): boolean {
  return !cal.off[weekdayOfEpochDay(day)] && !cal.holidaySet.has(day);
}

/** @internal Working days d with from < d <= to (negative when to < from). */
export function workingDaysBetweenEpoch(cal: CompiledCalendar, from: number, to: number): number {
  if (to < from) return -workingDaysBetweenEpoch(cal, to, from);
  const span = to - from;
  const weeks = Math.floor(span / 7);
  let count = weeks * cal.perWeek;
  for (let d = from + weeks * 7 + 1; d <= to; d++) if (!cal.off[weekdayOfEpochDay(d)]) count++;
  return count - holidaysIn(cal, from, to);
}

/** @internal Moves `n` working days from `day` (see {@link addWorkingDays}). */
export function addWorkingEpochDays(cal: CompiledCalendar, day: number, n: number): number {
  let cur = day;
  if (n === 0) {
    while (!isWorkingEpochDay(cal, cur)) cur++;
    return cur;
  }
  const step = n > 0 ? 1 : -1;
  let remaining = Math.abs(n);
  while (remaining > 0) {
    if (remaining > 2 * cal.perWeek + 1) {
      // Jump whole weeks, then give back the holidays the jump skipped over.
      const weeks = Math.floor(remaining / cal.perWeek) - 1;
      const next = cur + step * weeks * 7;
      const skipped = step > 0 ? holidaysIn(cal, cur, next) : holidaysIn(cal, next - 1, cur - 1);
      remaining -= weeks * cal.perWeek - skipped;
      cur = next;
    } else {
      cur += step;
      if (isWorkingEpochDay(cal, cur)) remaining--;
    }
  }
  return cur;
}

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
