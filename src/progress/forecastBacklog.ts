import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { readEntity, readOptions } from '../core/internal/readObject.js';
import { finishOrPart, readSimulation, SIMULATION_KEYS } from '../core/internal/simulationParts.js';
import { requireNumber, requireString } from '../core/internal/validate.js';
import type {
  DefaultPercentile,
  Distribution,
  PercentileRecord,
  Shard,
  Sharded,
  SimulationOptions,
} from '../core/simulation.js';
import type { PercentileMethod } from '../core/stats.js';
import type { Throughput, ThroughputUnit } from './forecastClock.js';
import { finishBacklog } from './internal/finishBacklog.js';
import { clockOptions, type ForecastClock, forecastClock } from './internal/forecastClock.js';
import {
  checkHistory,
  checkMaxPeriods,
  guardExpected,
  readArray,
  simulateMilestones,
} from './internal/monteCarlo.js';

/**
 * The least a backlog needs for {@link forecastBacklog}: ordered items with an
 * id, a status and, for a velocity forecast, an estimate. The backlog
 * domain's `Backlog` fits it.
 */
export interface ForecastableBacklog {
  /** Items in backlog order, highest priority first. */
  readonly items: readonly ForecastableItem[];
}

/** One item of a {@link ForecastableBacklog}. */
export interface ForecastableItem {
  /** Unique id. */
  readonly id: string;
  /** `'done'` and `'wont-do'` items are skipped; any other status is open work. */
  readonly status: string;
  /** Size in story points, >= 0; required when forecasting from `velocities`. */
  readonly estimate?: number | undefined;
}

/** Options of {@link forecastBacklog}: exactly one of `throughput` or `velocities`. */
export interface ForecastBacklogOptions<
  P extends number = DefaultPercentile,
  S extends Shard | undefined = Shard | undefined,
> extends SimulationOptions<P> {
  /** Items finished per period: each open item counts as one. */
  readonly throughput?: Throughput | undefined;
  /** Points finished per period (sprint): each open item counts its `estimate`. */
  readonly velocities?: Throughput | undefined;
  /** Safety cap on periods per trial (default 100,000). */
  readonly maxPeriods?: number | undefined;
  /** First day of work; when given, each item also gets dates. */
  readonly start?: IsoDate | undefined;
  /** Working days (default Saturday and Sunday off); used with `start`. */
  readonly calendar?: WorkCalendar | undefined;
  /** Days (or working days) per period, e.g. 10 for two-week sprints (default 1); used with `start`. */
  readonly periodDays?: number | undefined;
  /** The days the history counts (default `'working-days'`); used with `start`. */
  readonly unit?: ThroughputUnit | undefined;
  /** Run only this share of the trials (see {@link SimulationOptions.shard}). */
  readonly shard?: S | undefined;
}

/** The forecast for one open backlog item. */
export interface BacklogItemForecast<P extends number = DefaultPercentile> {
  /** The item's id. */
  readonly id: string;
  /** Its index in `backlog.items`. */
  readonly index: number;
  /** Work up to and including it: items (throughput) or points (velocities). */
  readonly cumulative: number;
  /** Periods by which it (and everything above it) is done. */
  readonly periods: Distribution<P>;
  /** The requested percentiles as dates (with `start`). */
  readonly dates?: PercentileRecord<P, IsoDate> | undefined;
}

/** The result of {@link forecastBacklog}. */
export interface ForecastBacklogResult<P extends number = DefaultPercentile> {
  /** `'items'` for a throughput forecast, `'estimate'` for a velocity forecast. */
  readonly unit: 'items' | 'estimate';
  /** Trials run. */
  readonly trials: number;
  /** The seed used. */
  readonly seed: number | string;
  /** The percentile method used. */
  readonly method: PercentileMethod;
  /** One entry per open item, in backlog order. */
  readonly items: readonly BacklogItemForecast<P>[];
}

/** Most item × trial results held at once (4 bytes each). */
const MAX_CELLS = 50_000_000;

const KEYS = [
  'throughput',
  'velocities',
  'maxPeriods',
  'start',
  'calendar',
  'periodDays',
  'unit',
  ...SIMULATION_KEYS,
] as const;

/**
 * Monte Carlo forecast of a whole backlog: for each open item in backlog
 * order, the distribution of the period (and the dates) by which it — and
 * everything above it — is done. One simulated future serves every item, so
 * the forecasts are consistent (an item is never forecast before one above
 * it). With `throughput` every open item counts as one; with `velocities`
 * each counts its `estimate`.
 *
 * @param backlog - `{ items }` in order (the backlog domain's `Backlog` fits)
 * @param options - exactly one of `throughput` or `velocities`, date settings and the simulation
 *   options (`trials`, `seed`, `percentiles`, `method`, `shard`)
 * @returns per open item its cumulative work, its distribution of periods (and dates); a
 *   {@link SimulationPart} when `shard` is given
 * @throws PopmError `INVALID_ARGUMENT` for both or neither history, an unknown option, or an item
 *   without an estimate in a velocity forecast; `DUPLICATE_ID`; `LIMIT_EXCEEDED` past `maxPeriods`
 *   or for more than 50 million item × trial results; the history errors of {@link forecastWhen}
 * @example
 * const backlog = { items: [
 *   { id: 'a', status: 'done', estimate: 5 },
 *   { id: 'b', status: 'todo', estimate: 3 },
 *   { id: 'c', status: 'ready', estimate: 2 },
 * ] };
 * forecastBacklog(backlog, { velocities: [5, 5] }).items.map((i) => [i.id, i.periods.percentiles[85]]);
 * //=> [['b', 1], ['c', 1]]
 */
export function forecastBacklog<
  const P extends number = DefaultPercentile,
  S extends Shard | undefined = undefined,
>(
  backlog: ForecastableBacklog,
  options: ForecastBacklogOptions<P, S>,
): Sharded<S, ForecastBacklogResult<P>> {
  const bl = readEntity(backlog, ['backlog'], ['items'] as const, 'a backlog with items');
  const list = readArray(bl.items, ['backlog', 'items'], 'an array of backlog items');
  const opts = readOptions(options === undefined ? null : options, ['options'], KEYS);
  const hasT = opts.throughput !== undefined;
  const hasV = opts.velocities !== undefined;
  if (hasT === hasV)
    throw popmError(
      'INVALID_ARGUMENT',
      ['options'],
      'exactly one of throughput or velocities',
      hasT ? 'both' : 'neither',
    );
  const unit = hasT ? 'items' : 'estimate';
  const history = hasT
    ? checkHistory(opts.throughput, ['options', 'throughput'])
    : checkHistory(opts.velocities, ['options', 'velocities']);
  const sim = readSimulation(opts, ['options']);
  const maxPeriods = checkMaxPeriods(opts.maxPeriods, ['options', 'maxPeriods']);
  const clock: ForecastClock | null =
    opts.start === undefined
      ? null
      : (() => {
          const co = clockOptions(
            hasT ? opts.throughput : opts.velocities,
            opts,
            ['options'],
            hasT ? 'throughput' : 'velocities',
          );
          return forecastClock(opts.start, co.calendar, co.periodDays, co.unit, ['options']);
        })();

  const open: { id: string; index: number; cumulative: number }[] = [];
  const seen = new Set<string>();
  let cumulative = 0;
  list.forEach((it, i) => {
    const rec = readEntity(
      it,
      ['backlog', 'items', i],
      ['id', 'status', 'estimate'] as const,
      'a backlog item',
    );
    const id = requireString(rec.id, ['backlog', 'items', i, 'id'], 'a non-empty string id');
    if (seen.has(id))
      throw popmError('DUPLICATE_ID', ['backlog', 'items', i, 'id'], 'a unique id', id);
    seen.add(id);
    const status = requireString(rec.status, ['backlog', 'items', i, 'status']);
    if (status === 'done' || status === 'wont-do') return;
    if (unit === 'items') cumulative += 1;
    else {
      if (rec.estimate === undefined)
        throw popmError(
          'INVALID_ARGUMENT',
          ['backlog', 'items', i, 'estimate'],
          'an estimate for a velocity forecast',
          undefined,
        );
      cumulative += requireNumber(rec.estimate, ['backlog', 'items', i, 'estimate'], { min: 0 });
    }
    open.push({ id, index: i, cumulative });
  });
  if (open.length * sim.trials > MAX_CELLS)
    throw popmError(
      'LIMIT_EXCEEDED',
      ['options', 'trials'],
      `open items × trials <= ${MAX_CELLS}`,
      open.length * sim.trials,
    );
  if (open.length > 0)
    guardExpected(cumulative, history, maxPeriods, ['backlog', 'items'], sim.trials);
  const goals = Float64Array.from(open, (o) => o.cumulative);
  const periods =
    open.length === 0
      ? []
      : simulateMilestones(history, goals, sim, maxPeriods, ['backlog', 'items']);
  const context = {
    unit,
    open,
    percentiles: sim.percentiles,
    method: sim.method,
    clock: clock === null ? null : clock.json,
  };
  const call = { ...context, history: Array.from(history), trials: sim.trials, seed: sim.seed };
  return finishOrPart(
    'forecastBacklog',
    call,
    sim,
    context,
    { outcomes: { periods } },
    finishBacklog,
  ) as Sharded<S, ForecastBacklogResult<P>>;
}
