import { readOptions } from '../core/internal/readObject.js';
import { finishOrPart } from '../core/internal/simulationParts.js';
import type {
  DefaultPercentile,
  Distribution,
  Shard,
  Sharded,
  SimulationOptions,
} from '../core/simulation.js';
import type { PercentileMethod } from '../core/stats.js';
import type { Throughput } from './forecastClock.js';
import { finishWhen } from './internal/finishWhen.js';
import { runWhen, WHEN_KEYS, whenCall } from './internal/whenForecast.js';

/**
 * How many items one item becomes once work starts, sampled once per trial:
 * a `[low, high]` range (drawn uniformly), or `{ history }`, observed rates
 * resampled. Each rate in (0, 100].
 */
export type SplitRate =
  | readonly [low: number, high: number]
  | { readonly history: readonly number[] };

/**
 * Items added to the remaining work per period, sampled once per trial: a
 * fixed rate, or a `[low, high]` range drawn uniformly. Each >= 0.
 */
export type ScopeGrowth = number | readonly [low: number, high: number];

/** Inputs of {@link forecastWhen}: the history, the work and the simulation options. */
export interface ForecastWhenInput<
  P extends number = DefaultPercentile,
  S extends Shard | undefined = Shard | undefined,
> extends SimulationOptions<P> {
  /** Items finished per period, oldest first; >= 0, at least one > 0. */
  readonly throughput: Throughput;
  /** How many items to finish, >= 0 (in the history's unit: items, or points for a velocity history). */
  readonly items: number;
  /** Safety cap on periods per trial (default 100,000): past it the forecast is refused. */
  readonly maxPeriods?: number | undefined;
  /** Split rate, sampled per trial (default none: an item stays one item). */
  readonly splitRate?: SplitRate | undefined;
  /** Scope growth per period, sampled per trial (default none). */
  readonly scopeGrowth?: ScopeGrowth | undefined;
  /** Run only this share of the trials (see {@link SimulationOptions.shard}). */
  readonly shard?: S | undefined;
}

/**
 * The result of {@link forecastWhen}: the distribution of the periods needed.
 * `percentiles[85]` is the number of periods within which 85% of trials
 * finished; `histogram` has one row per period count.
 */
export interface ForecastWhenResult<P extends number = DefaultPercentile> extends Distribution<P> {
  /** Items forecast. */
  readonly items: number;
  /** Trials run. */
  readonly trials: number;
  /** The seed used. */
  readonly seed: number | string;
  /** The percentile method used. */
  readonly method: PercentileMethod;
}

/**
 * Monte Carlo "when will `items` be done?": each trial draws periods of
 * throughput from the history, uniformly with replacement (zero periods
 * count), until the items are done, and records how many periods that took.
 * With `splitRate` a trial's items are first multiplied by its sampled split
 * rate; with `scopeGrowth` its sampled rate of new items per period is added
 * to the work as the periods pass. `percentiles[85]` is the number of periods
 * within which 85% of trials finished (nearest-rank by default).
 *
 * @param input - history, items, `splitRate`, `scopeGrowth`, `maxPeriods` and the simulation
 *   options (`trials`, `seed`, `percentiles`, `method`, `shard`)
 * @returns the distribution of periods needed; a {@link SimulationPart} when `shard` is given
 * @throws PopmError `EMPTY_INPUT` for an empty history; `INVALID_ARGUMENT` for an all-zero
 *   history; `LIMIT_EXCEEDED` when a trial (or the typical trial) needs more than `maxPeriods`,
 *   the run would make more than 10⁹ draws, or scope grows as fast as work is done;
 *   `OUT_OF_RANGE`, `INVALID_NUMBER` for bad numbers; `INVALID_ARGUMENT` for input that is not an
 *   object, an unknown key, a bad seed, method, shard or range, or a repeated percentile;
 *   `EMPTY_INPUT` for an empty percentile list
 * @example
 * const r = forecastWhen({ throughput: [1, 1, 1], items: 35 });
 * r.percentiles[85]; //=> 35
 * likelihoodWithin(r, 34); //=> 0
 * forecastWhen({ throughput: [1], items: 10, splitRate: [2, 2] }).percentiles[50]; //=> 20
 */
export function forecastWhen<
  const P extends number = DefaultPercentile,
  S extends Shard | undefined = undefined,
>(input: ForecastWhenInput<P, S>): Sharded<S, ForecastWhenResult<P>> {
  const rec = readOptions(input === undefined ? null : input, ['input'], WHEN_KEYS);
  const run = runWhen(rec, ['input']);
  const context = {
    items: run.items,
    percentiles: run.sim.percentiles,
    method: run.sim.method,
  };
  return finishOrPart(
    'forecastWhen',
    whenCall(run),
    run.sim,
    context,
    { outcomes: { periods: [run.periods] } },
    finishWhen,
  ) as Sharded<S, ForecastWhenResult<P>>;
}
