import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import { requireObject } from '../core/validate.js';
import { type ForecastWhenInput, type ForecastWhenResult, runWhen } from './forecastWhen.js';
import { periodClock } from './periodDates.js';

/** Inputs of {@link forecastWhenDate}. */
export interface ForecastWhenDateInput extends ForecastWhenInput {
  /** The first day of work (when not a working day, the next working day is). */
  readonly start: IsoDate;
  /** Working days (default Saturday and Sunday off). */
  readonly calendar?: WorkCalendar;
  /** Working days per period of the history, integer 1..366 (default 1: a daily history). */
  readonly periodDays?: number;
}

/** One bar of a dated "when" histogram. */
export interface WhenDateBin {
  /** Periods a trial needed. */
  readonly periods: number;
  /** The working day those periods end on. */
  readonly date: IsoDate;
  /** Trials that needed exactly that many. */
  readonly trials: number;
  /** Share of trials finished by that date. */
  readonly within: number;
}

/** The result of {@link forecastWhenDate}. */
export interface ForecastWhenDateResult extends Omit<ForecastWhenResult, 'histogram'> {
  /** The first working day of the forecast. */
  readonly start: IsoDate;
  /** Working days per period. */
  readonly periodDays: number;
  /** `dates[85]`: the working day by which 85% of trials finished. */
  readonly dates: Readonly<Record<number, IsoDate>>;
  /** Every period count reached, ascending, with its date. */
  readonly histogram: readonly WhenDateBin[];
  /**
   * Share of trials finished by the end of `date`.
   *
   * @param date - an IsoDate
   * @returns a probability in [0, 1]
   * @throws PopmError `INVALID_DATE` for a bad date
   */
  readonly likelihoodBy: (date: IsoDate) => number;
}

/**
 * {@link forecastWhen} as calendar dates: period `k` ends on the
 * `k · periodDays`-th working day counting `start` (or the next working day)
 * as the first, so with a daily history and 1 period the date is the start
 * itself. Zero periods (nothing to do) is the first working day.
 *
 * @param input - as {@link forecastWhen}, plus `start`, `calendar`, `periodDays`
 * @returns the period forecast with `dates`, a dated histogram and `likelihoodBy`
 * @throws PopmError as {@link forecastWhen}; `INVALID_DATE` for a bad start; `INVALID_ARGUMENT`
 *   for a bad calendar; `OUT_OF_RANGE` for a bad `periodDays` or a date past year 9999
 * @example
 * const r = forecastWhenDate({ throughput: [1], items: 5, start: '2026-03-02' });
 * r.dates[85]; //=> '2026-03-06' (Monday + 5 working days of one item each: Friday)
 */
export function forecastWhenDate(input: ForecastWhenDateInput): ForecastWhenDateResult {
  const rec = requireObject(input, ['input'], 'a ForecastWhenDateInput object');
  // Dates are checked before the simulation is paid for.
  const clock = periodClock(rec.start, rec.calendar as WorkCalendar | undefined, rec.periodDays, [
    'input',
  ]);
  const { result } = runWhen(input, 'ForecastWhenDateInput');
  const dates: Record<number, IsoDate> = {};
  for (const [p, k] of Object.entries(result.percentiles)) dates[Number(p)] = clock.dateOf(k);
  return deepFreeze({
    ...result,
    start: clock.dateOf(0),
    periodDays: clock.periodDays,
    dates,
    histogram: result.histogram.map((b) => ({ ...b, date: clock.dateOf(b.periods) })),
    likelihoodBy: (date: IsoDate): number =>
      result.likelihoodWithin(clock.periodsBy(date, ['date'])),
  });
}
