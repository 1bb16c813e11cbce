import { readOptions } from '../core/internal/readObject.js';
import { finishOrPart, readSimulation, SIMULATION_KEYS } from '../core/internal/simulationParts.js';
import { requireNumber } from '../core/internal/validate.js';
import type {
  DefaultPercentile,
  Distribution,
  Shard,
  Sharded,
  SimulationOptions,
} from '../core/simulation.js';
import type { PercentileMethod } from '../core/stats.js';
import type { Throughput } from './forecastClock.js';
import { finishHowMany } from './internal/finishHowMany.js';
import { checkHistory, guardDraws, simulateHowMany } from './internal/monteCarlo.js';

/** Inputs of {@link forecastHowMany}: the history, the horizon and the simulation options. */
export interface ForecastHowManyInput<
  P extends number = DefaultPercentile,
  S extends Shard | undefined = Shard | undefined,
> extends SimulationOptions<P> {
  /** Items finished per period (day, week, sprint…), oldest first; >= 0, at least one > 0. */
  readonly throughput: Throughput;
  /** How many future periods, an integer 1..1,000,000. */
  readonly periods: number;
  /** Run only this share of the trials (see {@link SimulationOptions.shard}). */
  readonly shard?: S | undefined;
}

/**
 * The result of {@link forecastHowMany}: the distribution of the total
 * finished over the horizon. `percentiles[85]` is the total reached **or
 * exceeded** in 85% of trials (read from the high end: the confident figure
 * is the smaller one), so higher percentiles give smaller totals.
 */
export interface ForecastHowManyResult<P extends number = DefaultPercentile>
  extends Distribution<P> {
  /** Periods simulated. */
  readonly periods: number;
  /** Trials run. */
  readonly trials: number;
  /** The seed used. */
  readonly seed: number | string;
  /** The percentile method used. */
  readonly method: PercentileMethod;
}

const KEYS = ['throughput', 'periods', ...SIMULATION_KEYS] as const;

/**
 * Monte Carlo "how many by then?": each trial draws `periods` periods of
 * throughput from the history, uniformly with replacement (zero periods
 * count), and totals them. With the nearest-rank method `percentiles[85]` is
 * the largest total that at least 85% of trials reached or exceeded. Each
 * trial draws from its own stream of `(seed, trial)`, so with `shard` the
 * trials can be split across workers and put back together with
 * {@link mergeSimulations}.
 *
 * @param input - history, horizon and the simulation options (`trials`, `seed`, `percentiles`,
 *   `method`, `shard`)
 * @returns the distribution of totals (percentiles read from the high end); a
 *   {@link SimulationPart} when `shard` is given
 * @throws PopmError `EMPTY_INPUT` for an empty history; `INVALID_ARGUMENT` for an all-zero history;
 *   `OUT_OF_RANGE` for periods or trials that are not positive integers, or a negative throughput;
 *   `INVALID_NUMBER` for a non-finite value; `LIMIT_EXCEEDED` for more than 10⁹ draws (trials × periods);
 *   `INVALID_ARGUMENT` for input that is not an object, an unknown key, a bad seed, method or
 *   shard, or a repeated percentile; `EMPTY_INPUT` for an empty percentile list
 * @example
 * const r = forecastHowMany({ throughput: [1, 1, 1], periods: 30 });
 * r.percentiles[85]; //=> 30
 * likelihoodAtLeast(r, 31); //=> 0
 */
export function forecastHowMany<
  const P extends number = DefaultPercentile,
  S extends Shard | undefined = undefined,
>(input: ForecastHowManyInput<P, S>): Sharded<S, ForecastHowManyResult<P>> {
  const rec = readOptions(requireInput(input), ['input'], KEYS);
  const history = checkHistory(rec.throughput, ['input', 'throughput']);
  const periods = requireNumber(rec.periods, ['input', 'periods'], {
    min: 1,
    max: 1_000_000,
    integer: true,
  });
  const sim = readSimulation(rec, ['input']);
  guardDraws(sim.trials, periods, ['input', 'periods']);
  const totals = simulateHowMany(history, periods, sim);
  // Fractional histories (points such as 0.1) leave float noise in the sums;
  // snap to 12 significant digits so 0.30000000000000004 and 0.3 share a row.
  if (!history.every(Number.isInteger))
    for (let t = 0; t < totals.length; t++)
      totals[t] = Number((totals[t] as number).toPrecision(12));
  const context = { periods, percentiles: sim.percentiles, method: sim.method };
  const call = { ...context, throughput: Array.from(history), trials: sim.trials, seed: sim.seed };
  return finishOrPart(
    'forecastHowMany',
    call,
    sim,
    context,
    { outcomes: { totals: [totals] } },
    finishHowMany,
  ) as Sharded<S, ForecastHowManyResult<P>>;
}

function requireInput(input: unknown): unknown {
  return input === undefined ? null : input;
}
