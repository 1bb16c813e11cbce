import type { WorkCalendar } from '../core/calendar.js';
import { compareDates, type IsoDate, toEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { readEntity, readOptions } from '../core/internal/readObject.js';
import { finishOrPart } from '../core/internal/simulationParts.js';
import { isRecord, requireArray } from '../core/internal/validate.js';
import type {
  DefaultPercentile,
  HistogramRow,
  PercentileRecord,
  Shard,
  Sharded,
} from '../core/simulation.js';
import type { ThroughputUnit } from './forecastClock.js';
import type { ForecastWhenInput, ForecastWhenResult } from './forecastWhen.js';
import { finishWhenDate } from './internal/finishWhenDate.js';
import { clockOptions, forecastClock } from './internal/forecastClock.js';
import { runWhen, WHEN_KEYS, whenCall } from './internal/whenForecast.js';

/** Inputs of {@link forecastWhenDate}. */
export interface ForecastWhenDateInput<
  P extends number = DefaultPercentile,
  S extends Shard | undefined = Shard | undefined,
> extends ForecastWhenInput<P, S> {
  /** The first day of work (with working days: when not a working day, the next working day is). */
  readonly start: IsoDate;
  /** Working days (default Saturday and Sunday off). */
  readonly calendar?: WorkCalendar | undefined;
  /** Days (or working days) per period of the history, integer 1..366 (default 1: a daily history). */
  readonly periodDays?: number | undefined;
  /**
   * The days the history counts: `'working-days'` (default; a history from
   * `throughputHistory` with a calendar) or `'calendar-days'` (without one,
   * weekends included as zero days).
   */
  readonly unit?: ThroughputUnit | undefined;
}

/** One row of a dated "when" histogram. */
export interface WhenDateRow extends HistogramRow {
  /** The day those `value` periods end on. */
  readonly date: IsoDate;
}

/** The result of {@link forecastWhenDate}. */
export interface ForecastWhenDateResult<P extends number = DefaultPercentile>
  extends Omit<ForecastWhenResult<P>, 'histogram'> {
  /** The first day of the forecast. */
  readonly start: IsoDate;
  /** Days per period. */
  readonly periodDays: number;
  /** The days the history counts. */
  readonly unit: ThroughputUnit;
  /** `dates[85]`: the day by which 85% of trials finished. */
  readonly dates: PercentileRecord<P, IsoDate>;
  /** One row per period count, ascending, with its date. */
  readonly histogram: readonly WhenDateRow[];
}

const KEYS = [...WHEN_KEYS, 'start', 'calendar', 'periodDays', 'unit'] as const;

/** The keys of a {@link ForecastWhenDateResult}, for the near-miss rule in {@link likelihoodBy}. */
const FORECAST_KEYS = [
  'items',
  'trials',
  'seed',
  'method',
  'mean',
  'stdDev',
  'min',
  'max',
  'percentiles',
  'histogram',
  'start',
  'periodDays',
  'unit',
  'dates',
] as const;

/**
 * {@link forecastWhen} as dates. With working days (the default), period `k`
 * ends on the `k · periodDays`-th working day counting `start` (or the next
 * working day) as the first, so with a daily history and 1 period the date
 * is the start itself. With `unit: 'calendar-days'` (a history that counts
 * every day, weekends as zeros) period `k` ends `k · periodDays − 1` days
 * after `start`. Zero periods (nothing to do) is the first day.
 *
 * @param input - as {@link forecastWhen}, plus `start`, `calendar`, `periodDays`, `unit`
 * @returns the period forecast with `dates` and a dated histogram; a {@link SimulationPart}
 *   when `shard` is given
 * @throws PopmError as {@link forecastWhen}; `INVALID_DATE` for a bad start; `INVALID_ARGUMENT`
 *   for a bad calendar or unit; `OUT_OF_RANGE` for a bad `periodDays` or a date past year 9999
 * @example
 * const r = forecastWhenDate({ throughput: [1], items: 5, start: '2026-03-02' });
 * r.dates[85]; //=> '2026-03-06' (Monday + 5 working days of one item each: Friday)
 * likelihoodBy(r, '2026-03-05'); //=> 0
 * const days = [1, 1, 1, 1, 1, 0, 0]; // one item per working day, counted per calendar day
 * forecastWhenDate({ throughput: days, items: 20, start: '2026-03-02', unit: 'calendar-days' })
 *   .dates[50]; //=> '2026-03-29' (four weeks of five items; working days would say 2026-04-08)
 */
export function forecastWhenDate<
  const P extends number = DefaultPercentile,
  S extends Shard | undefined = undefined,
>(input: ForecastWhenDateInput<P, S>): Sharded<S, ForecastWhenDateResult<P>> {
  const rec = readOptions(input === undefined ? null : input, ['input'], KEYS);
  if (rec.start === undefined)
    throw popmError('INVALID_DATE', ['input', 'start'], 'an IsoDate (YYYY-MM-DD)', undefined);
  // Dates are checked before the simulation is paid for.
  const co = clockOptions(rec.throughput, rec, ['input']);
  const clock = forecastClock(rec.start, co.calendar, co.periodDays, co.unit, ['input']);
  const run = runWhen(rec, ['input']);
  const context = {
    items: run.items,
    percentiles: run.sim.percentiles,
    method: run.sim.method,
    clock: clock.json,
  };
  return finishOrPart(
    'forecastWhenDate',
    whenCall(run, { clock: clock.json }),
    run.sim,
    context,
    { outcomes: { periods: [run.periods] } },
    finishWhenDate,
  ) as Sharded<S, ForecastWhenDateResult<P>>;
}

/**
 * Share of trials of a dated forecast finished by the end of `date` (for a
 * binned histogram, as a simulation's continuous finish has, at the
 * resolution of its bins: the cumulative share of the last row dated on or
 * before `date`).
 *
 * @param forecast - a {@link forecastWhenDate} result, or any result with a
 *   dated `histogram` (a `simulateSchedule` or `simulateProject` finish run with `start`)
 * @param date - an IsoDate
 * @returns a probability in [0, 1]
 * @throws PopmError `INVALID_DATE` for a bad date or a histogram row without a date (a
 *   simulation run without `start`); `INVALID_ARGUMENT` for a forecast without a histogram
 * @example
 * const r = forecastWhenDate({ throughput: [1], items: 5, start: '2026-03-02' });
 * likelihoodBy(r, '2026-03-06'); //=> 1
 * likelihoodBy(r, '2026-03-05'); //=> 0
 */
export function likelihoodBy(
  forecast: {
    readonly histogram: readonly (HistogramRow & { readonly date?: IsoDate | undefined })[];
  },
  date: IsoDate,
): number {
  try {
    if (!isRecord(forecast))
      throw popmError('INVALID_ARGUMENT', ['forecast'], 'a forecastWhenDate result', forecast);
    let rows: readonly unknown[];
    try {
      const rec = readEntity(forecast, ['forecast'], FORECAST_KEYS, 'a forecastWhenDate result');
      rows = requireArray<unknown>(
        rec.histogram,
        ['forecast', 'histogram'],
        'dated histogram rows',
      );
    } catch (e) {
      if (e instanceof Error && e.name === 'PopmError') throw e;
      throw popmError('INVALID_ARGUMENT', ['forecast'], 'a readable forecast', forecast);
    }
    toEpochDay(date, ['date']);
    let share = 0;
    rows.forEach((r, i) => {
      const row = readEntity(
        r,
        ['forecast', 'histogram', i],
        ['value', 'count', 'cumulative', 'date'] as const,
        'a dated histogram row',
      );
      const d = row.date;
      toEpochDay(d, ['forecast', 'histogram', i, 'date']);
      const c = row.cumulative;
      if (typeof c !== 'number' || !(c >= 0 && c <= 1))
        throw popmError(
          'OUT_OF_RANGE',
          ['forecast', 'histogram', i, 'cumulative'],
          'a share 0..1',
          c,
        );
      if (compareDates(d as IsoDate, date) <= 0) share = c;
    });
    return share;
  } catch (e) {
    if (e instanceof Error && e.name === 'PopmError') throw e;
    throw popmError('INVALID_ARGUMENT', ['forecast'], 'a readable forecast', undefined);
  }
}
