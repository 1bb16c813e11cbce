import { deepFreeze } from '../core/freeze.js';
import { createRandom } from '../core/random.js';
import { type PercentileMethod, percentileOfSorted, sumUnchecked } from '../core/stats.js';
import { requireNumber, requireObject } from '../core/validate.js';
import type { PercentileTable } from './flowMetrics.js';
import { checkMethod, checkPercentileList, checkSeed, lowerBound } from './internal.js';
import {
  checkHistory,
  checkTrials,
  DEFAULT_SEED,
  guardDraws,
  runs,
  simulateHowMany,
} from './monteCarlo.js';

/** Inputs of {@link forecastHowMany}. */
export interface ForecastHowManyInput {
  /** Items finished per period (day, week, sprint…), oldest first; >= 0, at least one > 0. */
  readonly throughput: readonly number[];
  /** How many future periods, an integer 1..1,000,000. */
  readonly periods: number;
  /** Simulated futures, integer 1..10,000,000 (default 10,000). */
  readonly trials?: number;
  /** Seed of the generator (default 1): the same seed gives the same forecast. */
  readonly seed?: number | string;
  /** Percentiles to report, each in (0, 100] (default `[50, 70, 85, 95]`). */
  readonly percentiles?: readonly number[];
  /** `'nearest-rank'` (default) or `'linear'`. */
  readonly method?: PercentileMethod;
}

/** One bar of a "how many" histogram. */
export interface HowManyBin {
  /** A total reached. */
  readonly count: number;
  /** Trials that ended with exactly that total. */
  readonly trials: number;
  /** Share of trials that reached that total or more. */
  readonly atLeast: number;
}

/** The result of {@link forecastHowMany}. */
export interface ForecastHowManyResult {
  /** Periods simulated. */
  readonly periods: number;
  /** Trials run. */
  readonly trials: number;
  /** The seed used. */
  readonly seed: number | string;
  /**
   * `percentiles[85]` is the total reached **or exceeded** in 85% of trials
   * (read from the low end: the confident figure is the smaller one), so
   * higher percentiles give smaller totals.
   */
  readonly percentiles: PercentileTable;
  /** Mean total over the trials. */
  readonly mean: number;
  /** Lowest total. */
  readonly min: number;
  /** Highest total. */
  readonly max: number;
  /** Every total reached, ascending. */
  readonly histogram: readonly HowManyBin[];
  /**
   * Share of trials that finished `count` items or more.
   *
   * @param count - a finite number
   * @returns a probability in [0, 1]
   * @throws PopmError `INVALID_NUMBER` for a non-finite count
   */
  readonly likelihoodAtLeast: (count: number) => number;
}

/**
 * Monte Carlo "how many by then?": each trial draws `periods` periods of
 * throughput from the history, uniformly with replacement (zero periods
 * count), and totals them. With the nearest-rank method `percentiles[85]` is
 * the largest total that at least 85% of trials reached or exceeded.
 *
 * @param input - history, horizon and simulation settings
 * @returns the percentiles (read from the low end), the histogram and a likelihood function
 * @throws PopmError `EMPTY_INPUT` for an empty history; `INVALID_ARGUMENT` for an all-zero history;
 *   `OUT_OF_RANGE` for periods or trials that are not positive integers, or a negative throughput;
 *   `INVALID_NUMBER` for a non-finite value; `LIMIT_EXCEEDED` for more than 10⁹ draws (trials × periods);
 *   `INVALID_ARGUMENT` for input that is not an object, a bad seed or method, or a repeated percentile;
 *   `EMPTY_INPUT` for an empty percentile list
 * @example
 * const r = forecastHowMany({ throughput: [1, 1, 1], periods: 30 });
 * r.percentiles[85]; //=> 30
 */
export function forecastHowMany(input: ForecastHowManyInput): ForecastHowManyResult {
  const rec = requireObject(input, ['input'], 'a ForecastHowManyInput object');
  const history = checkHistory(rec.throughput, ['input', 'throughput']);
  const periods = requireNumber(rec.periods, ['input', 'periods'], {
    min: 1,
    max: 1_000_000,
    integer: true,
  });
  const trials = checkTrials(rec.trials, ['input', 'trials']);
  const seed = checkSeed(rec.seed, ['input', 'seed'], DEFAULT_SEED);
  const ps = checkPercentileList(rec.percentiles, ['input', 'percentiles']);
  const method = checkMethod(rec.method, ['input', 'method']);
  guardDraws(trials, periods, ['input', 'periods']);

  const totals = simulateHowMany(history, periods, trials, createRandom(seed));
  // Fractional histories (points such as 0.1) leave float noise in the sums;
  // snap to 12 significant digits so 0.30000000000000004 and 0.3 share a bin.
  if (!history.every(Number.isInteger))
    for (let t = 0; t < trials; t++) totals[t] = Number((totals[t] as number).toPrecision(12));
  totals.sort();
  const descending = totals.slice().reverse();
  const percentiles: Record<number, number> = {};
  for (const p of ps) percentiles[p] = percentileOfSorted(descending, p, method);
  const histogram: HowManyBin[] = runs(totals).map((r) => ({
    count: r.value,
    trials: r.count,
    atLeast: (trials - r.below) / trials,
  }));
  const likelihoodAtLeast = (count: number): number => {
    requireNumber(count, ['count']);
    return (trials - lowerBound(totals, count)) / trials;
  };
  return deepFreeze({
    periods,
    trials,
    seed,
    percentiles,
    mean: sumUnchecked(totals) / trials,
    min: totals[0] as number,
    max: totals[trials - 1] as number,
    histogram,
    likelihoodAtLeast,
  });
}
