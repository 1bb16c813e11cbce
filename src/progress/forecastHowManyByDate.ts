import type { WorkCalendar } from '../core/calendar.js';
import { fromEpochDay, type IsoDate, toEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { compileCalendar, workingDaysBetweenEpoch } from '../core/internal/calendarEpoch.js';
import { readOptions } from '../core/internal/readObject.js';
import { finishOrPart, readSimulation, SIMULATION_KEYS } from '../core/internal/simulationParts.js';
import { requireNumber, requireOneOf } from '../core/internal/validate.js';
import type { DefaultPercentile, Shard, Sharded, SimulationOptions } from '../core/simulation.js';
import type { Throughput, ThroughputUnit } from './forecastClock.js';
import type { ForecastHowManyResult } from './forecastHowMany.js';
import { finishHowManyByDate } from './internal/finishHowManyByDate.js';
import { clockOptions } from './internal/forecastClock.js';
import { checkHistory, guardDraws, simulateHowMany } from './internal/monteCarlo.js';

/** Inputs of {@link forecastHowManyByDate}. */
export interface ForecastHowManyByDateInput<
  P extends number = DefaultPercentile,
  S extends Shard | undefined = Shard | undefined,
> extends SimulationOptions<P> {
  /** Items finished per period, oldest first; >= 0, at least one > 0. */
  readonly throughput: Throughput;
  /** First day of the window (inclusive). */
  readonly start: IsoDate;
  /** Last day of the window (inclusive), on or after `start`. */
  readonly end: IsoDate;
  /** Working days (default Saturday and Sunday off); counts the window's working days. */
  readonly calendar?: WorkCalendar | undefined;
  /** Days (or working days) per period of the history, integer 1..366 (default 1). */
  readonly periodDays?: number | undefined;
  /** The days the history counts (default `'working-days'`; `'calendar-days'` counts every day). */
  readonly unit?: ThroughputUnit | undefined;
  /** Run only this share of the trials (see {@link SimulationOptions.shard}). */
  readonly shard?: S | undefined;
}

/** The result of {@link forecastHowManyByDate}: {@link forecastHowMany} over the window's periods. */
export interface ForecastHowManyByDateResult<P extends number = DefaultPercentile>
  extends ForecastHowManyResult<P> {
  /** First day of the window. */
  readonly start: IsoDate;
  /** Last day of the window. */
  readonly end: IsoDate;
  /** The days the history counts. */
  readonly unit: ThroughputUnit;
}

const KEYS = [
  'throughput',
  'start',
  'end',
  'calendar',
  'periodDays',
  'unit',
  ...SIMULATION_KEYS,
] as const;

/**
 * Monte Carlo "how many by this date?", the counterpart of
 * {@link forecastWhenDate}: the window from `start` to `end` (both
 * inclusive) is counted in whole periods of the history (working days by
 * default, or calendar days with `unit: 'calendar-days'`), then each trial
 * totals that many periods of throughput drawn from the history, as
 * {@link forecastHowMany}. `percentiles[85]` is the total reached or exceeded
 * in 85% of trials. A window without a whole period gives 0 in every trial.
 *
 * @param input - history, window, `calendar`, `periodDays`, `unit` and the simulation options
 * @returns the distribution of totals with `periods`, `start`, `end` and `unit`; a
 *   {@link SimulationPart} when `shard` is given
 * @throws PopmError as {@link forecastHowMany}; `INVALID_DATE` for a bad date or `end` before
 *   `start`; `INVALID_ARGUMENT` for a bad calendar or unit; `OUT_OF_RANGE` for a bad `periodDays`
 * @example
 * const r = forecastHowManyByDate({ throughput: [2], start: '2026-03-02', end: '2026-03-13' });
 * r.periods; //=> 10 (two weeks of working days)
 * r.percentiles[85]; //=> 20
 */
export function forecastHowManyByDate<
  const P extends number = DefaultPercentile,
  S extends Shard | undefined = undefined,
>(input: ForecastHowManyByDateInput<P, S>): Sharded<S, ForecastHowManyByDateResult<P>> {
  const rec = readOptions(input === undefined ? null : input, ['input'], KEYS);
  const history = checkHistory(rec.throughput, ['input', 'throughput']);
  const start = toEpochDay(rec.start, ['input', 'start']);
  const end = toEpochDay(rec.end, ['input', 'end']);
  if (end < start)
    throw popmError(
      'INVALID_DATE',
      ['input', 'end'],
      `a date on or after ${fromEpochDay(start)}`,
      rec.end,
    );
  const co = clockOptions(rec.throughput, rec, ['input']);
  const cal = compileCalendar(co.calendar as WorkCalendar | undefined, ['input', 'calendar']);
  const periodDays =
    co.periodDays === undefined
      ? 1
      : requireNumber(co.periodDays, ['input', 'periodDays'], { min: 1, max: 366, integer: true });
  const unit: ThroughputUnit =
    co.unit === undefined
      ? 'working-days'
      : requireOneOf(co.unit, ['calendar-days', 'working-days'] as const, ['input', 'unit']);
  const days =
    unit === 'calendar-days' ? end - start + 1 : workingDaysBetweenEpoch(cal, start - 1, end);
  const periods = Math.floor(days / periodDays);
  const sim = readSimulation(rec, ['input']);
  guardDraws(sim.trials, periods, ['input', 'end']);
  const totals = simulateHowMany(history, periods, sim);
  if (!history.every(Number.isInteger))
    for (let t = 0; t < totals.length; t++)
      totals[t] = Number((totals[t] as number).toPrecision(12));
  const context = {
    periods,
    start: fromEpochDay(start),
    end: fromEpochDay(end),
    unit,
    percentiles: sim.percentiles,
    method: sim.method,
  };
  const call = { ...context, throughput: Array.from(history), trials: sim.trials, seed: sim.seed };
  return finishOrPart(
    'forecastHowManyByDate',
    call,
    sim,
    context,
    { outcomes: { totals: [totals] } },
    finishHowManyByDate,
  ) as Sharded<S, ForecastHowManyByDateResult<P>>;
}
