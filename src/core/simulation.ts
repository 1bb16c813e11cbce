/**
 * The one simulation contract (docs/architecture.md, "The 1.0 contracts"):
 * every Monte Carlo function reads `trials`, `seed`, `percentiles`, `method`
 * and `shard` the same way, and reports each distribution as `{ mean,
 * stdDev, min, max, percentiles, histogram }`.
 *
 * Every distribution is computed from the sorted multiset of trial outcomes,
 * and every trial draws from its own stream derived from `(seed, trial)`, so
 * a run split into shards and merged gives the same answer, to the bit, as
 * the run in one piece.
 */
import { type PopmPath, popmError } from './errors.js';
import { readEntity } from './internal/readObject.js';
import { requireArray, requireNumber } from './internal/validate.js';
import type { PercentileMethod } from './stats.js';

/** The percentiles every simulation reports unless asked otherwise. */
export type DefaultPercentile = 50 | 70 | 85 | 95;

/** One share of a simulation's trials: shard `index` of `count` (0-based). */
export interface Shard {
  /** Which share, an integer 0..count − 1. */
  readonly index: number;
  /** How many shares the trials are split into, an integer >= 1. */
  readonly count: number;
}

/** The options every Monte Carlo function reads, with the same defaults and checks. */
export interface SimulationOptions<P extends number = DefaultPercentile> {
  /** Simulated futures, an integer 1..10,000,000 (default 10,000). */
  readonly trials?: number | undefined;
  /** Seed of the generator, a finite number or a string (default 1): same seed, same result. */
  readonly seed?: number | string | undefined;
  /** Percentiles to report, each in (0, 100], no repeats (default `[50, 70, 85, 95]`). */
  readonly percentiles?: readonly P[] | undefined;
  /** `'nearest-rank'` (default) or `'linear'`. */
  readonly method?: PercentileMethod | undefined;
  /**
   * Run only this share of the trials and return a {@link SimulationPart};
   * {@link mergeSimulations} of all the shares equals the run without `shard`.
   */
  readonly shard?: Shard | undefined;
}

/** A value per requested percentile: `r.percentiles[85]`. */
export type PercentileRecord<P extends number, V = number> = { readonly [K in P]: V };

/** One histogram row. */
export interface HistogramRow {
  /**
   * The outcome (one row per distinct outcome for counts and periods), or
   * the upper edge of an equal-width bin (for continuous outcomes).
   */
  readonly value: number;
  /** Trials with this outcome (or in this bin). */
  readonly count: number;
  /** Share of trials (0..1) with an outcome at or below `value`. */
  readonly cumulative: number;
}

/** A simulated distribution, the same shape in every result. */
export interface Distribution<P extends number = DefaultPercentile> {
  /** Mean outcome. */
  readonly mean: number;
  /** Sample standard deviation (n − 1; 0 for one trial or all equal). */
  readonly stdDev: number;
  /** Lowest outcome. */
  readonly min: number;
  /** Highest outcome. */
  readonly max: number;
  /** The requested percentiles. */
  readonly percentiles: PercentileRecord<P>;
  /** Rows in ascending `value`. */
  readonly histogram: readonly HistogramRow[];
}

/** Trials (values) of one outcome in a {@link SimulationPart}: ascending values with their counts. */
export interface OutcomeTable {
  /** Distinct outcomes, ascending. */
  readonly values: readonly number[];
  /** Trials per outcome. */
  readonly counts: readonly number[];
}

declare const resultType: unique symbol;

/**
 * A share of a simulation's trials (returned when `shard` is given), plain
 * JSON data: post it between workers, store it, and give all the shares of
 * one call to {@link mergeSimulations}.
 */
export interface SimulationPart<R = unknown> {
  /** Always `'popm.simulation-part'`. */
  readonly kind: 'popm.simulation-part';
  /** The simulation function that made it (`'forecastWhen'`…). */
  readonly function: string;
  /** A hash of the call's inputs and options (all but `shard`): parts merge only with their own call's. */
  readonly fingerprint: string;
  /** Trials of the whole run. */
  readonly trials: number;
  /** The seed of the whole run. */
  readonly seed: number | string;
  /** Which share this is. */
  readonly shard: Shard;
  /** The trials this share ran: `[start, end)`. */
  readonly range: readonly [number, number];
  /** What the merge needs besides the outcomes (JSON). */
  readonly context: unknown;
  /** Outcomes per trial, as value → count tables, by name. */
  readonly outcomes: Readonly<Record<string, readonly OutcomeTable[]>>;
  /** Exact sums (as non-overlapping float expansions), by name. */
  readonly sums: Readonly<Record<string, readonly (readonly number[])[]>>;
  /** Integer counts, by name. */
  readonly counts: Readonly<Record<string, readonly number[]>>;
  /** Type-level only: the full result a merge of such parts gives. */
  readonly [resultType]?: R | undefined;
}

/** The return type of a simulation: a part when `shard` is given. */
export type Sharded<S, R> = [S] extends [undefined]
  ? R
  : [S] extends [Shard]
    ? SimulationPart<R>
    : R | SimulationPart<R>;

// ---------------------------------------------------------------------------
// Look-ups over results.

const ROW_KEYS = ['value', 'count', 'cumulative', 'date'] as const;

/** Runs a look-up, turning a throwing getter or Proxy trap in a result into `INVALID_ARGUMENT`. */
function readable<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Error && e.name === 'PopmError') throw e;
    throw popmError('INVALID_ARGUMENT', ['distribution'], 'a readable result', undefined);
  }
}

const DISTRIBUTION_KEYS = ['mean', 'stdDev', 'min', 'max', 'percentiles', 'histogram'] as const;

function readHistogram(distribution: unknown, path: PopmPath): HistogramRow[] {
  const rec = readEntity(distribution, path, DISTRIBUTION_KEYS, 'a simulation result');
  const rows = requireArray<unknown>(rec.histogram, [...path, 'histogram'], 'histogram rows');
  return rows.map((r, i) => {
    const row = readEntity(r, [...path, 'histogram', i], ROW_KEYS, 'a histogram row');
    return {
      value: requireNumber(row.value, [...path, 'histogram', i, 'value']),
      count: requireNumber(row.count, [...path, 'histogram', i, 'count'], { min: 0 }),
      cumulative: requireNumber(row.cumulative, [...path, 'histogram', i, 'cumulative'], {
        min: 0,
        max: 1,
      }),
    };
  });
}

/**
 * Share of trials whose outcome was at or below `value`: for a "when"
 * forecast, the likelihood of finishing within `value` periods. Exact for
 * distributions with one histogram row per outcome (the forecasts); for a
 * binned histogram, the share at the highest bin edge at or below `value`.
 *
 * @param distribution - a simulation result or one of its distributions (anything with `histogram`)
 * @param value - a finite number
 * @returns a probability in [0, 1]
 * @throws PopmError `INVALID_NUMBER` for a non-finite value; `INVALID_ARGUMENT` for a
 *   distribution without a valid histogram
 * @example
 * const r = forecastWhen({ throughput: [1, 1, 1], items: 35 });
 * likelihoodWithin(r, 35); //=> 1
 * likelihoodWithin(r, 34); //=> 0
 */
export function likelihoodWithin(
  distribution: { readonly histogram: readonly HistogramRow[] },
  value: number,
): number {
  return readable(() => {
    const rows = readHistogram(distribution, ['distribution']);
    const x = requireNumber(value, ['value']);
    let share = 0;
    for (const row of rows) {
      if (row.value > x) break;
      share = row.cumulative;
    }
    return share;
  });
}

/**
 * Share of trials whose outcome was `value` or more: for a "how many"
 * forecast, the likelihood of finishing at least `value` items. Exact for
 * distributions with one histogram row per outcome (the forecasts).
 *
 * @param distribution - a simulation result or one of its distributions (anything with `histogram`)
 * @param value - a finite number
 * @returns a probability in [0, 1]
 * @throws PopmError `INVALID_NUMBER` for a non-finite value; `INVALID_ARGUMENT` for a
 *   distribution without a valid histogram
 * @example
 * const r = forecastHowMany({ throughput: [1, 1, 1], periods: 30 });
 * likelihoodAtLeast(r, 30); //=> 1
 * likelihoodAtLeast(r, 31); //=> 0
 */
export function likelihoodAtLeast(
  distribution: { readonly histogram: readonly HistogramRow[] },
  value: number,
): number {
  return readable(() => {
    const rows = readHistogram(distribution, ['distribution']);
    const x = requireNumber(value, ['value']);
    let below = 0;
    for (const row of rows) {
      if (row.value >= x) break;
      below = row.cumulative;
    }
    // 1 − share below, computed from counts so 1 − 0.7 noise does not show.
    let total = 0;
    let at = 0;
    for (const row of rows) {
      total += row.count;
      if (row.value >= x) at += row.count;
    }
    return total === 0 ? 1 - below : at / total;
  });
}
