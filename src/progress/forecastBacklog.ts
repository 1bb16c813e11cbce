import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { createRandom } from '../core/random.js';
import { type PercentileMethod, percentileOfSorted } from '../core/stats.js';
import { requireArray, requireNumber, requireObject, requireString } from '../core/validate.js';
import type { PercentileTable } from './flowMetrics.js';
import { checkMethod, checkPercentileList, checkSeed } from './internal.js';
import {
  checkHistory,
  checkMaxPeriods,
  checkTrials,
  countingSort,
  DEFAULT_SEED,
  guardExpected,
  simulateMilestones,
} from './monteCarlo.js';
import { type PeriodClock, periodClock } from './periodDates.js';

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
  readonly estimate?: number;
}

/** Options of {@link forecastBacklog}: exactly one of `throughput` or `velocities`. */
export interface ForecastBacklogOptions {
  /** Items finished per period: each open item counts as one. */
  readonly throughput?: readonly number[];
  /** Points finished per period (sprint): each open item counts its `estimate`. */
  readonly velocities?: readonly number[];
  /** Simulated futures (default 10,000). */
  readonly trials?: number;
  /** Seed of the generator (default 1). */
  readonly seed?: number | string;
  /** Percentiles to report per item (default `[50, 85]`); P50 and P85 are always given. */
  readonly percentiles?: readonly number[];
  /** `'nearest-rank'` (default) or `'linear'`. */
  readonly method?: PercentileMethod;
  /** Safety cap on periods per trial (default 100,000). */
  readonly maxPeriods?: number;
  /** First day of work; when given, each item also gets dates. */
  readonly start?: IsoDate;
  /** Working days (default Saturday and Sunday off); used with `start`. */
  readonly calendar?: WorkCalendar;
  /** Working days per period, e.g. 10 for two-week sprints (default 1); used with `start`. */
  readonly periodDays?: number;
}

/** The forecast for one open backlog item. */
export interface BacklogItemForecast {
  /** The item's id. */
  readonly id: string;
  /** Its index in `backlog.items`. */
  readonly index: number;
  /** Work up to and including it: items (throughput) or points (velocities). */
  readonly cumulative: number;
  /** Period by which it is done in half of the trials. */
  readonly p50: number;
  /** Period by which it is done in 85% of the trials. */
  readonly p85: number;
  /** The requested percentiles, in periods. */
  readonly percentiles: PercentileTable;
  /** Working day of `p50` (with `start`). */
  readonly p50Date?: IsoDate;
  /** Working day of `p85` (with `start`). */
  readonly p85Date?: IsoDate;
  /** The requested percentiles as dates (with `start`). */
  readonly dates?: Readonly<Record<number, IsoDate>>;
}

/** The result of {@link forecastBacklog}. */
export interface ForecastBacklogResult {
  /** `'items'` for a throughput forecast, `'estimate'` for a velocity forecast. */
  readonly unit: 'items' | 'estimate';
  /** Trials run. */
  readonly trials: number;
  /** The seed used. */
  readonly seed: number | string;
  /** One entry per open item, in backlog order. */
  readonly items: readonly BacklogItemForecast[];
}

/** Most item × trial results held at once (4 bytes each). */
const MAX_CELLS = 50_000_000;

/**
 * Monte Carlo forecast of a whole backlog: for each open item in backlog
 * order, the period (and date) by which it — and everything above it — is
 * done, at P50 and P85. One simulated future serves every item, so the
 * forecasts are consistent (an item is never forecast before one above it).
 * With `throughput` every open item counts as one; with `velocities` each
 * counts its `estimate`.
 *
 * @param backlog - `{ items }` in order (the backlog domain's `Backlog` fits)
 * @param options - exactly one of `throughput` or `velocities`, plus simulation and date settings
 * @returns per open item its cumulative work and percentile periods (and dates)
 * @throws PopmError `INVALID_ARGUMENT` for both or neither history, or an item without an
 *   estimate in a velocity forecast; `DUPLICATE_ID`; `LIMIT_EXCEEDED` past `maxPeriods` or for
 *   more than 50 million item × trial results; the history errors of {@link forecastWhen}
 * @example
 * const backlog = { items: [
 *   { id: 'a', status: 'done', estimate: 5 },
 *   { id: 'b', status: 'todo', estimate: 3 },
 *   { id: 'c', status: 'ready', estimate: 2 },
 * ] };
 * forecastBacklog(backlog, { velocities: [5, 5] }).items.map((i) => [i.id, i.p85]);
 * //=> [['b', 1], ['c', 1]]
 */
export function forecastBacklog(
  backlog: ForecastableBacklog,
  options: ForecastBacklogOptions,
): ForecastBacklogResult {
  const bl = requireObject(backlog, ['backlog'], 'a backlog with items');
  const list = requireArray<unknown>(bl.items, ['backlog', 'items'], 'an array of backlog items');
  const opts = requireObject(
    options,
    ['options'],
    'an options object with throughput or velocities',
  );
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
  const trials = checkTrials(opts.trials, ['options', 'trials']);
  const seed = checkSeed(opts.seed, ['options', 'seed'], DEFAULT_SEED);
  const ps = checkPercentileList(opts.percentiles === undefined ? [50, 85] : opts.percentiles, [
    'options',
    'percentiles',
  ]);
  const method = checkMethod(opts.method, ['options', 'method']);
  const maxPeriods = checkMaxPeriods(opts.maxPeriods, ['options', 'maxPeriods']);
  const clock: PeriodClock | null =
    opts.start === undefined
      ? null
      : periodClock(opts.start, opts.calendar as WorkCalendar | undefined, opts.periodDays, [
          'options',
        ]);

  const open: { id: string; index: number; cumulative: number }[] = [];
  const seen = new Set<string>();
  let cumulative = 0;
  list.forEach((it, i) => {
    const rec = requireObject(it, ['backlog', 'items', i], 'a backlog item');
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
  if (open.length * trials > MAX_CELLS)
    throw popmError(
      'LIMIT_EXCEEDED',
      ['options', 'trials'],
      `open items × trials <= ${MAX_CELLS}`,
      open.length * trials,
    );
  if (open.length === 0) return deepFreeze({ unit, trials, seed, items: [] });
  guardExpected(cumulative, history, maxPeriods, ['backlog', 'items'], trials);

  const goals = Float64Array.from(open, (o) => o.cumulative);
  const results = simulateMilestones(history, goals, trials, createRandom(seed), maxPeriods, [
    'backlog',
    'items',
  ]);
  const items = open.map((o, k) => {
    const sorted = countingSort(results[k] as Int32Array);
    const at = (p: number): number => percentileOfSorted(sorted, p, method);
    const percentiles: Record<number, number> = {};
    for (const p of ps) percentiles[p] = at(p);
    const p50 = at(50);
    const p85 = at(85);
    const out: { -readonly [K in keyof BacklogItemForecast]: BacklogItemForecast[K] } = {
      id: o.id,
      index: o.index,
      cumulative: o.cumulative,
      p50,
      p85,
      percentiles,
    };
    if (clock !== null) {
      out.p50Date = clock.dateOf(p50);
      out.p85Date = clock.dateOf(p85);
      const dates: Record<number, IsoDate> = {};
      for (const p of ps) dates[p] = clock.dateOf(percentiles[p] as number);
      out.dates = dates;
    }
    return out;
  });
  return deepFreeze({ unit, trials, seed, items });
}
