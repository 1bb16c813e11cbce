import { type PopmPath, popmError } from './errors.js';
import { weekdayOfEpochDay } from './internal/epochWeekday.js';

/**
 * A calendar date as `YYYY-MM-DD` (proleptic Gregorian, years 0001–9999),
 * with no time and no time zone. popm does its day arithmetic on epoch-day
 * integers, so the host's time zone never matters.
 */
export type IsoDate = string;

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil: days since 1970-01-01, no Date object.
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return [y, m, d];
}

const MIN_DAY = daysFromCivil(1, 1, 1);
const MAX_DAY = daysFromCivil(9999, 12, 31);

/**
 * True when `value` is a real calendar date in `YYYY-MM-DD` form.
 *
 * @param value - anything
 * @returns whether it is a valid {@link IsoDate}
 * @example
 * isIsoDate('2026-02-28'); //=> true
 * isIsoDate('2026-02-30'); //=> false
 * isIsoDate('2026-2-3'); //=> false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return parseIso(value) !== -1;
}

// A hand-rolled parser: a regex plus three Number() calls cost about 1 µs a
// date, and dates are parsed in every loop of every domain.
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Days since 0001-01-01 (never negative) of a valid `YYYY-MM-DD` string, else -1. */
function parseIso(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return -1;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  const y0 = digit(value, 0);
  const y1 = digit(value, 1);
  const y2 = digit(value, 2);
  const y3 = digit(value, 3);
  const m0 = digit(value, 5);
  const m1 = digit(value, 6);
  const d0 = digit(value, 8);
  const d1 = digit(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -1;
  return daysFromCivil(y, m, d) - MIN_DAY;
}

/**
 * Converts an {@link IsoDate} to its epoch day (days since 1970-01-01).
 *
 * @param date - the date
 * @param path - where the date sits in the caller's input, for the error
 * @returns the epoch-day integer
 * @throws PopmError `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date
 * @example
 * toEpochDay('1970-01-02'); //=> 1
 * toEpochDay('2026-02-30'); // throws PopmError INVALID_DATE
 */
export function toEpochDay(date: unknown, path: PopmPath = []): number {
  const offset = parseIso(date);
  if (offset === -1) throw popmError('INVALID_DATE', path, 'a YYYY-MM-DD calendar date', date);
  return offset + MIN_DAY;
}

/**
 * Converts an epoch day back to an {@link IsoDate}.
 *
 * @param day - days since 1970-01-01, an integer in years 0001–9999
 * @returns the date
 * @throws PopmError `OUT_OF_RANGE` for a non-integer or a day outside years 0001–9999
 * @example
 * fromEpochDay(0); //=> '1970-01-01'
 * fromEpochDay(20_000); //=> '2024-10-04'
 */
export function fromEpochDay(day: number): IsoDate {
  if (!Number.isInteger(day) || day < MIN_DAY || day > MAX_DAY)
    throw popmError('OUT_OF_RANGE', ['day'], 'an integer epoch day in years 0001-9999', day);
  const [y, m, d] = civilFromDays(day);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Validates an {@link IsoDate} and returns it unchanged.
 *
 * @param date - the candidate
 * @param path - where it sits, for the error
 * @returns the same string, typed
 * @throws PopmError `INVALID_DATE` for `'2026-02-30'`, `'2026-2-3'`, `''` and non-strings
 * @example
 * assertIsoDate('2026-11-28'); //=> '2026-11-28'
 */
export function assertIsoDate(date: unknown, path: PopmPath = []): IsoDate {
  toEpochDay(date, path);
  return date as IsoDate;
}

/**
 * Adds (or with a negative `days`, subtracts) calendar days.
 *
 * @param date - the start
 * @param days - whole days, may be negative
 * @returns the shifted date
 * @throws PopmError `INVALID_DATE` for a bad date, `INVALID_NUMBER` for a non-integer `days`
 * @example
 * addDays('2024-02-28', 1); //=> '2024-02-29'
 * addDays('2026-03-01', -1); //=> '2026-02-28'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const start = toEpochDay(date, ['date']);
  if (!Number.isInteger(days)) throw popmError('INVALID_NUMBER', ['days'], 'an integer', days);
  const target = start + days;
  if (target < MIN_DAY || target > MAX_DAY)
    throw popmError('OUT_OF_RANGE', ['days'], 'a result within years 0001-9999', days);
  return fromEpochDay(target);
}

/**
 * Calendar days from `from` to `to` (`to − from`; negative when `to` is earlier).
 *
 * @param from - the first date
 * @param to - the second date
 * @returns whole days
 * @throws PopmError `INVALID_DATE` for a bad date
 * @example
 * daysBetween('2026-01-01', '2026-12-31'); //=> 364
 * daysBetween('2026-01-10', '2026-01-01'); //=> -9
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to, ['to']) - toEpochDay(from, ['from']);
}

/**
 * Orders two dates: negative, zero or positive, for `Array.prototype.sort`.
 *
 * @param a - a date
 * @param b - a date
 * @returns `-1`, `0` or `1`
 * @throws PopmError `INVALID_DATE` for a bad date
 * @example
 * ['2026-03-01', '2026-01-15'].sort(compareDates); //=> ['2026-01-15', '2026-03-01']
 */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const d = toEpochDay(a, ['a']) - toEpochDay(b, ['b']);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/**
 * Day of the week, `0` = Sunday … `6` = Saturday (as `Date.prototype.getUTCDay`).
 *
 * @param date - the date
 * @returns 0..6
 * @throws PopmError `INVALID_DATE` for a bad date
 * @example
 * dayOfWeek('2026-11-28'); //=> 6 (a Saturday)
 */
export function dayOfWeek(date: IsoDate): number {
  return weekdayOfEpochDay(toEpochDay(date, ['date']));
}
