/**
 * @internal Working-day arithmetic on epoch days: a calendar validated once
 * (`compileCalendar`) and the fast day counts the public calendar functions,
 * plans and forecasts build on.
 */

import type { WorkCalendar } from '../calendar.js';
import { type IsoDate, toEpochDay } from '../dates.js';
import { type PopmPath, popmError } from '../errors.js';
import { weekdayOfEpochDay } from './epochWeekday.js';
import { readEntity } from './readObject.js';
import { requireArray } from './validate.js';

/** @internal The object behind the public `DEFAULT_CALENDAR` (compiled without reading it again). */
export const DEFAULT_WORK_CALENDAR: WorkCalendar = Object.freeze({
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
 * @internal Validates a `WorkCalendar` once for repeated use.
 * @throws PopmError `INVALID_ARGUMENT` for a weekend that is not 0..6 integers or leaves no
 *   working day; `INVALID_DATE` for a bad holiday.
 */
export function compileCalendar(
  calendar: unknown,
  path: PopmPath = ['calendar'],
): CompiledCalendar {
  if (calendar === undefined || calendar === DEFAULT_WORK_CALENDAR) return COMPILED_DEFAULT;
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

/** @internal Moves `n` working days from `day` (see `addWorkingDays`). */
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
