import { type PopmPath, popmError } from '../core/errors.js';
import { readOptions } from '../core/internal/readObject.js';
import { isRecord, requireArray, requireNumber } from '../core/internal/validate.js';
import {
  type DefaultPercentile,
  type Distribution,
  distributionOf,
  type FinishInput,
  finishOrPart,
  outcomesOf,
  readContext,
  readSimulation,
  type Shard,
  type Sharded,
  SIMULATION_KEYS,
  type SimulationOptions,
  type SimulationSettings,
} from '../core/simulation.js';
import type { PercentileMethod } from '../core/stats.js';
import type { Throughput } from './forecastClock.js';
import {
  checkHistory,
  checkMaxPeriods,
  guardExpected,
  historyMean,
  simulateWhen,
  type WorkVariation,
} from './internal/monteCarlo.js';

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

/** @internal The option keys of forecastWhen. */
export const WHEN_KEYS = [
  'throughput',
  'items',
  'maxPeriods',
  'splitRate',
  'scopeGrowth',
  ...SIMULATION_KEYS,
] as const;

function readRange(value: unknown, path: PopmPath, min: number, max: number) {
  const list = requireArray<unknown>(value, path, 'a [low, high] range');
  if (list.length !== 2) throw popmError('INVALID_ARGUMENT', path, 'a [low, high] range', list);
  const low = requireNumber(list[0], [...path, 0], { min, max });
  const high = requireNumber(list[1], [...path, 1], { min: low, max });
  return { low, high };
}

/** @internal Reads `splitRate` and `scopeGrowth`. */
export function readVariation(
  rec: { readonly splitRate?: unknown; readonly scopeGrowth?: unknown },
  path: PopmPath,
): WorkVariation {
  let split: WorkVariation['split'] = null;
  if (rec.splitRate !== undefined) {
    const at: PopmPath = [...path, 'splitRate'];
    if (Array.isArray(rec.splitRate)) split = readRange(rec.splitRate, at, 0.001, 100);
    else if (isRecord(rec.splitRate)) {
      const h = readOptions(rec.splitRate, at, ['history'] as const);
      const list = requireArray<unknown>(h.history, [...at, 'history'], 'observed split rates');
      if (list.length === 0)
        throw popmError('EMPTY_INPUT', [...at, 'history'], 'at least one split rate', list);
      split = Float64Array.from(list, (v, i) =>
        requireNumber(v, [...at, 'history', i], { min: 0.001, max: 100 }),
      );
    } else
      throw popmError('INVALID_ARGUMENT', at, 'a [low, high] range or { history }', rec.splitRate);
  }
  let growth: WorkVariation['growth'] = null;
  if (rec.scopeGrowth !== undefined) {
    const at: PopmPath = [...path, 'scopeGrowth'];
    if (typeof rec.scopeGrowth === 'number') {
      const g = requireNumber(rec.scopeGrowth, at, { min: 0 });
      growth = { low: g, high: g };
    } else growth = readRange(rec.scopeGrowth, at, 0, Number.MAX_VALUE);
  }
  return { split, growth };
}

/** @internal Validates and runs a "when" forecast over the settings' trials. */
export function runWhen(
  rec: { readonly [k: string]: unknown },
  path: PopmPath,
): {
  history: Float64Array;
  items: number;
  variation: WorkVariation;
  sim: SimulationSettings;
  periods: Int32Array;
} {
  const history = checkHistory(rec.throughput, [...path, 'throughput']);
  const items = requireNumber(rec.items, [...path, 'items'], { min: 0 });
  const sim = readSimulation(rec, path);
  const maxPeriods = checkMaxPeriods(rec.maxPeriods, [...path, 'maxPeriods']);
  const variation = readVariation(rec, path);
  const splitHigh =
    variation.split === null
      ? 1
      : variation.split instanceof Float64Array
        ? Math.max(...variation.split)
        : variation.split.high;
  if (variation.growth !== null && variation.growth.high >= historyMean(history))
    throw popmError(
      'LIMIT_EXCEEDED',
      [...path, 'scopeGrowth'],
      `scope growth below the mean throughput (${historyMean(history)} per period)`,
      variation.growth.high,
    );
  const mean = historyMean(history) - (variation.growth?.high ?? 0);
  guardExpected(
    items * splitHigh,
    Float64Array.of(mean),
    maxPeriods,
    [...path, 'items'],
    sim.trials,
  );
  const periods = simulateWhen(history, items, sim, maxPeriods, [...path, 'items'], variation);
  return { history, items, variation, sim, periods };
}

/** @internal The JSON of a "when" call, for its parts' fingerprint. */
export function whenCall(run: ReturnType<typeof runWhen>, extra: object = {}): object {
  const v = run.variation;
  return {
    throughput: Array.from(run.history),
    items: run.items,
    split: v.split instanceof Float64Array ? Array.from(v.split) : v.split,
    growth: v.growth,
    trials: run.sim.trials,
    seed: run.sim.seed,
    percentiles: run.sim.percentiles,
    method: run.sim.method,
    ...extra,
  };
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

/** @internal Builds the result from all the trials' periods (also used by mergeSimulations). */
export function finishWhen(input: FinishInput): ForecastWhenResult<number> {
  const path = ['parts', 0];
  const { rec, settings } = readContext(input, path);
  const items = requireNumber(rec.items, [...path, 'context', 'items'], { min: 0 });
  const periods = outcomesOf(input, 'periods', path)[0] as Float64Array;
  return {
    items,
    trials: input.trials,
    seed: input.seed,
    method: settings.method,
    ...distributionOf(periods, settings),
  };
}
