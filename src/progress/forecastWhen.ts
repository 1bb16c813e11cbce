import { deepFreeze } from '../core/freeze.js';
import { createRandom } from '../core/random.js';
import { type PercentileMethod, percentileOfSorted, sumUnchecked } from '../core/stats.js';
import { requireNumber, requireObject } from '../core/validate.js';
import type { PercentileTable } from './flowMetrics.js';
import { checkMethod, checkPercentileList, checkSeed, upperBound } from './internal.js';
import {
  checkHistory,
  checkMaxPeriods,
  checkTrials,
  countingSort,
  DEFAULT_SEED,
  guardExpected,
  runs,
  simulateWhen,
} from './monteCarlo.js';

/** Inputs of {@link forecastWhen}. */
export interface ForecastWhenInput {
  /** Items finished per period, oldest first; >= 0, at least one > 0. */
  readonly throughput: readonly number[];
  /** How many items to finish, >= 0 (in the history's unit: items, or points for a velocity history). */
  readonly items: number;
  /** Simulated futures, integer 1..10,000,000 (default 10,000). */
  readonly trials?: number;
  /** Seed of the generator (default 1). */
  readonly seed?: number | string;
  /** Percentiles to report, each in (0, 100] (default `[50, 70, 85, 95]`). */
  readonly percentiles?: readonly number[];
  /** `'nearest-rank'` (default) or `'linear'`. */
  readonly method?: PercentileMethod;
  /** Safety cap on periods per trial (default 100,000): past it the forecast is refused. */
  readonly maxPeriods?: number;
}

/** One bar of a "when" histogram. */
export interface WhenBin {
  /** Periods a trial needed. */
  readonly periods: number;
  /** Trials that needed exactly that many. */
  readonly trials: number;
  /** Share of trials finished within that many periods. */
  readonly within: number;
}

/** The result of {@link forecastWhen}. */
export interface ForecastWhenResult {
  /** Items forecast. */
  readonly items: number;
  /** Trials run. */
  readonly trials: number;
  /** The seed used. */
  readonly seed: number | string;
  /** `percentiles[85]` is the number of periods within which 85% of trials finished. */
  readonly percentiles: PercentileTable;
  /** Mean periods needed. */
  readonly mean: number;
  /** Fewest periods needed. */
  readonly min: number;
  /** Most periods needed. */
  readonly max: number;
  /** Every period count reached, ascending. */
  readonly histogram: readonly WhenBin[];
  /**
   * Share of trials that finished within `periods` periods.
   *
   * @param periods - a finite number
   * @returns a probability in [0, 1]
   * @throws PopmError `INVALID_NUMBER` for a non-finite value
   */
  readonly likelihoodWithin: (periods: number) => number;
}

/** @internal Shared by forecastWhen and forecastWhenDate. */
export interface WhenCore {
  readonly sorted: Int32Array;
  readonly result: ForecastWhenResult;
}

/** @internal Validates and runs a "when" forecast. */
export function runWhen(input: ForecastWhenInput, what: string): WhenCore {
  const rec = requireObject(input, ['input'], `a ${what} object`);
  const history = checkHistory(rec.throughput, ['input', 'throughput']);
  const items = requireNumber(rec.items, ['input', 'items'], { min: 0 });
  const trials = checkTrials(rec.trials, ['input', 'trials']);
  const seed = checkSeed(rec.seed, ['input', 'seed'], DEFAULT_SEED);
  const ps = checkPercentileList(rec.percentiles, ['input', 'percentiles']);
  const method = checkMethod(rec.method, ['input', 'method']);
  const maxPeriods = checkMaxPeriods(rec.maxPeriods, ['input', 'maxPeriods']);
  guardExpected(items, history, maxPeriods, ['input', 'items'], trials);

  const draws = simulateWhen(history, items, trials, createRandom(seed), maxPeriods, [
    'input',
    'items',
  ]);
  const sorted = countingSort(draws);
  const percentiles: Record<number, number> = {};
  for (const p of ps) percentiles[p] = percentileOfSorted(sorted, p, method);
  const likelihoodWithin = (periods: number): number => {
    requireNumber(periods, ['periods']);
    return upperBound(sorted, periods) / trials;
  };
  const result: ForecastWhenResult = {
    items,
    trials,
    seed,
    percentiles,
    mean: sumUnchecked(sorted) / trials,
    min: sorted[0] as number,
    max: sorted[trials - 1] as number,
    histogram: runs(sorted).map((r) => ({
      periods: r.value,
      trials: r.count,
      within: (r.below + r.count) / trials,
    })),
    likelihoodWithin,
  };
  return { sorted, result };
}

/**
 * Monte Carlo "when will `items` be done?": each trial draws periods of
 * throughput from the history, uniformly with replacement (zero periods
 * count), until the items are done, and records how many periods that took.
 * `percentiles[85]` is the number of periods within which 85% of trials
 * finished (nearest-rank by default).
 *
 * @param input - history, items and simulation settings
 * @returns the percentiles, the histogram and a likelihood function
 * @throws PopmError `EMPTY_INPUT` for an empty history; `INVALID_ARGUMENT` for an all-zero
 *   history; `LIMIT_EXCEEDED` when a trial (or the typical trial) needs more than `maxPeriods`,
 *   or the run would make more than 10⁹ draws;
 *   `OUT_OF_RANGE`, `INVALID_NUMBER` for bad numbers; `INVALID_ARGUMENT` for input that is not an
 *   object, a bad seed or method, or a repeated percentile; `EMPTY_INPUT` for an empty percentile list
 * @example
 * const r = forecastWhen({ throughput: [1, 1, 1], items: 35 });
 * r.percentiles[85]; //=> 35
 * r.likelihoodWithin(34); //=> 0
 */
export function forecastWhen(input: ForecastWhenInput): ForecastWhenResult {
  return deepFreeze(runWhen(input, 'ForecastWhenInput').result);
}
