/**
 * @internal Periods of a forecast to dates: working days (the history counts
 * working days, the default) or calendar days (a history from
 * `throughputHistory` without a calendar, zero weekends included).
 */
import type { WorkCalendar } from '../../core/calendar.js';
import { fromEpochDay, type IsoDate, toEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity } from '../../core/internal/readObject.js';
import { requireOneOf } from '../../core/internal/validate.js';
import type { ThroughputUnit } from '../forecastClock.js';
import { HISTORY_KEYS } from './monteCarlo.js';
import { periodClock } from './periodDates.js';

/**
 * @internal The clock options of a dated forecast: each given option, or the
 * one the throughput history carries; both and different is `INVALID_ARGUMENT`.
 */
export function clockOptions(
  throughput: unknown,
  rec: { readonly unit?: unknown; readonly periodDays?: unknown; readonly calendar?: unknown },
  path: PopmPath,
  throughputKey = 'throughput',
): { unit: unknown; periodDays: unknown; calendar: unknown } {
  const out = { unit: rec.unit, periodDays: rec.periodDays, calendar: rec.calendar };
  if (throughput === null || typeof throughput !== 'object' || Array.isArray(throughput))
    return out;
  const h = readEntity(throughput, [...path, throughputKey], HISTORY_KEYS, 'a throughput history');
  const carried = { unit: h.unit, periodDays: h.periodDays, calendar: h.calendar ?? undefined };
  for (const key of ['unit', 'periodDays'] as const) {
    if (carried[key] === undefined) continue;
    if (out[key] === undefined) out[key] = carried[key];
    else if (out[key] !== carried[key])
      throw popmError(
        'INVALID_ARGUMENT',
        [...path, key],
        `the ${key} of the throughput history (${String(carried[key])})`,
        out[key],
      );
  }
  if (out.calendar === undefined && carried.calendar !== undefined) out.calendar = carried.calendar;
  return out;
}

/** @internal A validated clock with its JSON form (for a part's context). */
export interface ForecastClock {
  readonly unit: ThroughputUnit;
  readonly periodDays: number;
  /** The JSON that rebuilds this clock. */
  readonly json: {
    readonly start: IsoDate;
    readonly unit: ThroughputUnit;
    readonly periodDays: number;
    readonly calendar: WorkCalendar;
  };
  /** The last day of period k (k >= 1); the first day for k = 0. */
  dateOf(k: number): IsoDate;
  /** Whole periods finished by the end of `date`. */
  periodsBy(date: IsoDate, path: PopmPath): number;
}

/** @internal */
export function forecastClock(
  start: unknown,
  calendar: unknown,
  periodDays: unknown,
  unit: unknown,
  path: PopmPath,
): ForecastClock {
  const u: ThroughputUnit =
    unit === undefined
      ? 'working-days'
      : requireOneOf(unit, ['calendar-days', 'working-days'] as const, [...path, 'unit']);
  const wd = periodClock(start, calendar as WorkCalendar | undefined, periodDays, path);
  const cal: WorkCalendar = {
    weekend: wd.cal.off.flatMap((off, w) => (off ? [w] : [])),
    holidays: Array.from(wd.cal.holidays, (d) => fromEpochDay(d)),
  };
  if (u === 'working-days')
    return {
      unit: u,
      periodDays: wd.periodDays,
      json: { start: wd.dateOf(0), unit: u, periodDays: wd.periodDays, calendar: cal },
      dateOf: (k) => wd.dateOf(k),
      periodsBy: (date, p) => wd.periodsBy(date, p),
    };
  const first = toEpochDay(start, [...path, 'start']);
  const pd = wd.periodDays;
  return {
    unit: u,
    periodDays: pd,
    json: { start: fromEpochDay(first), unit: u, periodDays: pd, calendar: cal },
    dateOf(k: number): IsoDate {
      const day = k === 0 ? first : first + k * pd - 1;
      if (day > 2932896)
        throw popmError('OUT_OF_RANGE', [...path, 'start'], 'a date up to 9999-12-31', day);
      return fromEpochDay(day);
    },
    periodsBy(date: IsoDate, p: PopmPath): number {
      const day = toEpochDay(date, p);
      return Math.max(0, Math.floor((day - first + 1) / pd));
    },
  };
}
