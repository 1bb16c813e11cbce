import type { WorkCalendar } from '../core/calendar.js';
import { fromEpochDay, type IsoDate, toEpochDay } from '../core/dates.js';
import { type PopmPath, popmError } from '../core/errors.js';
import { readEntity, readMeta, readOptions } from '../core/internal/readObject.js';
import { finishOrPart, readSimulation, SIMULATION_KEYS } from '../core/internal/simulationParts.js';
import { trialState } from '../core/internal/stream.js';
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
import { finishFeatures } from './internal/finishFeatures.js';
import { clockOptions, type ForecastClock, forecastClock } from './internal/forecastClock.js';
import {
  checkHistory,
  checkMaxPeriods,
  guardExpected,
  readArray,
  target,
} from './internal/monteCarlo.js';

/** One feature of {@link forecastFeatures}, in priority order. */
export interface Feature {
  /** Unique id. */
  readonly id: string;
  /** Items left to finish, >= 0. */
  readonly items: number;
  /** The day work on it may start at the earliest (needs the options' `start`). */
  readonly start?: IsoDate | undefined;
  /** Your own data, carried through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** Options of {@link forecastFeatures}. */
export interface ForecastFeaturesOptions<
  P extends number = DefaultPercentile,
  S extends Shard | undefined = Shard | undefined,
> extends SimulationOptions<P> {
  /** The team's items finished per period, oldest first; >= 0, at least one > 0. */
  readonly throughput: Throughput;
  /**
   * Most features in progress at once, an integer >= 1 (default: all of
   * them). Each period's throughput is shared equally by the features in
   * progress; what one feature does not need goes to the others.
   */
  readonly wipLimit?: number | undefined;
  /** Safety cap on periods per trial (default 100,000). */
  readonly maxPeriods?: number | undefined;
  /** First day of work; when given, each feature also gets dates. */
  readonly start?: IsoDate | undefined;
  /** Working days (default Saturday and Sunday off); used with `start`. */
  readonly calendar?: WorkCalendar | undefined;
  /** Days (or working days) per period (default 1); used with `start`. */
  readonly periodDays?: number | undefined;
  /** The days the history counts (default `'working-days'`); used with `start`. */
  readonly unit?: ThroughputUnit | undefined;
  /** Run only this share of the trials (see {@link SimulationOptions.shard}). */
  readonly shard?: S | undefined;
}

/** One feature's forecast. */
export interface FeatureForecast<P extends number = DefaultPercentile> {
  /** The feature's id. */
  readonly id: string;
  /** Its items. */
  readonly items: number;
  /** Periods until it is done. */
  readonly periods: Distribution<P>;
  /** The requested percentiles as dates (with `start`). */
  readonly dates?: PercentileRecord<P, IsoDate> | undefined;
  /** The feature's `meta`, untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** The result of {@link forecastFeatures}. */
export interface ForecastFeaturesResult<P extends number = DefaultPercentile> {
  /** The WIP limit used. */
  readonly wipLimit: number;
  /** Trials run. */
  readonly trials: number;
  /** The seed used. */
  readonly seed: number | string;
  /** The percentile method used. */
  readonly method: PercentileMethod;
  /** One forecast per feature, in the order given. */
  readonly features: readonly FeatureForecast<P>[];
}

const KEYS = [
  'throughput',
  'wipLimit',
  'maxPeriods',
  'start',
  'calendar',
  'periodDays',
  'unit',
  ...SIMULATION_KEYS,
] as const;

const TWO_POW_32 = 4294967296;

/** Most features in one call. */
const MAX_FEATURES = 10_000;

/**
 * Monte Carlo forecast of several features sharing one team: each trial
 * draws the team's throughput per period from the history (as
 * {@link forecastWhen}) and shares it among the features in progress — at
 * most `wipLimit` of them, taken in the order given once their `start` has
 * come — equally, with what a feature does not need passed on to the others
 * in progress (and, when a feature finishes, to the next one it lets in).
 * With a WIP limit of 1 the features run one after another, and each
 * feature's forecast equals {@link forecastWhen} for the items up to and
 * including it; the higher the limit, the later each feature finishes, since
 * it shares the team for longer.
 *
 * @param features - the features in priority order: `{ id, items, start?, meta? }`
 * @param options - `throughput`, `wipLimit`, date settings and the simulation options
 * @returns per feature the distribution of periods (and dates) until it is done; a
 *   {@link SimulationPart} when `shard` is given
 * @throws PopmError `EMPTY_INPUT` for no features or an empty history; `DUPLICATE_ID`;
 *   `INVALID_ARGUMENT` for an all-zero history, an unknown option, a feature `start` without
 *   the options' `start`; `OUT_OF_RANGE` for a bad `wipLimit` or item count;
 *   `LIMIT_EXCEEDED` past `maxPeriods`; the errors of {@link forecastWhenDate}
 * @example
 * const team = { throughput: [1], trials: 100 };
 * const alone = forecastFeatures([{ id: 'a', items: 5 }], team);
 * alone.features[0].periods.percentiles[50]; //=> 5
 * const shared = forecastFeatures([{ id: 'a', items: 5 }, { id: 'b', items: 5 }], team);
 * shared.features.map((f) => f.periods.percentiles[50]); //=> [10, 10]
 * const inTurn = forecastFeatures([{ id: 'a', items: 5 }, { id: 'b', items: 5 }], { ...team, wipLimit: 1 });
 * inTurn.features.map((f) => f.periods.percentiles[50]); //=> [5, 10]
 */
export function forecastFeatures<
  const P extends number = DefaultPercentile,
  S extends Shard | undefined = undefined,
>(
  features: readonly Feature[],
  options: ForecastFeaturesOptions<P, S>,
): Sharded<S, ForecastFeaturesResult<P>> {
  const list = readArray(features, ['features'], 'an array of features', MAX_FEATURES + 1);
  if (list.length === 0) throw popmError('EMPTY_INPUT', ['features'], 'at least one feature', list);
  if (list.length > MAX_FEATURES)
    throw popmError(
      'LIMIT_EXCEEDED',
      ['features'],
      `at most ${MAX_FEATURES} features`,
      list.length,
    );
  const opts = readOptions(options === undefined ? null : options, ['options'], KEYS);
  const history = checkHistory(opts.throughput, ['options', 'throughput']);
  const sim = readSimulation(opts, ['options']);
  const maxPeriods = checkMaxPeriods(opts.maxPeriods, ['options', 'maxPeriods']);
  const wipLimit =
    opts.wipLimit === undefined
      ? list.length
      : Math.min(
          list.length,
          requireNumber(opts.wipLimit, ['options', 'wipLimit'], { min: 1, integer: true }),
        );
  const clock: ForecastClock | null =
    opts.start === undefined
      ? null
      : (() => {
          const co = clockOptions(opts.throughput, opts, ['options']);
          return forecastClock(opts.start, co.calendar, co.periodDays, co.unit, ['options']);
        })();
  const seen = new Set<string>();
  const read = list.map((f, i) => {
    const path: PopmPath = ['features', i];
    const rec = readEntity(f, path, ['id', 'items', 'start', 'meta'] as const, 'a feature');
    const id = requireString(rec.id, [...path, 'id'], 'a non-empty string id');
    if (seen.has(id)) throw popmError('DUPLICATE_ID', [...path, 'id'], 'a unique id', id);
    seen.add(id);
    const items = requireNumber(rec.items, [...path, 'items'], { min: 0 });
    let from = 0;
    if (rec.start !== undefined) {
      if (clock === null)
        throw popmError(
          'INVALID_ARGUMENT',
          [...path, 'start'],
          "a feature start only with the options' start",
          rec.start,
        );
      // The first period that may work on it: the periods finished by the day before.
      const day = toEpochDay(rec.start, [...path, 'start']);
      from = Math.max(0, clock.periodsBy(fromEpochDay(day - 1), [...path, 'start']));
    }
    const meta = readMeta(rec.meta, [...path, 'meta']);
    return { id, items, from, ...(meta === undefined ? {} : { meta }) };
  });
  const total = read.reduce((a, f) => a + f.items, 0);
  const latest = read.reduce((a, f) => Math.max(a, f.from), 0);
  guardExpected(total, history, maxPeriods - latest, ['features'], sim.trials * read.length);
  const periods = simulateFeatures(
    history,
    read.map((f) => f.items),
    read.map((f) => f.from),
    wipLimit,
    sim,
    maxPeriods,
  );
  const context = {
    features: read.map((f) => ({ id: f.id, items: f.items, ...(f.meta ? { meta: f.meta } : {}) })),
    wipLimit,
    percentiles: sim.percentiles,
    method: sim.method,
    clock: clock === null ? null : clock.json,
  };
  const call = {
    ...context,
    from: read.map((f) => f.from),
    history: Array.from(history),
    trials: sim.trials,
    seed: sim.seed,
  };
  return finishOrPart(
    'forecastFeatures',
    call,
    sim,
    context,
    { outcomes: { periods } },
    finishFeatures,
  ) as Sharded<S, ForecastFeaturesResult<P>>;
}

/** One trial's mutable state in the feature kernel. */
interface FeatureTrial {
  readonly f: number;
  readonly goal: Float64Array;
  readonly from: readonly number[];
  readonly wipLimit: number;
  readonly out: Int32Array[];
  readonly doneBy: Float64Array;
  readonly active: Int32Array;
  readonly finished: Uint8Array;
  /** The trial's column in `out`. */
  i: number;
  left: number;
  /** Lowest index not yet let in. */
  next: number;
  nActive: number;
  p: number;
  elapsed: number;
  /** Throughput of the current period not yet shared out. */
  x: number;
}

function isActive(s: FeatureTrial, k: number): boolean {
  for (let j = 0; j < s.nActive; j++) if (s.active[j] === k) return true;
  return false;
}

function mayJoin(s: FeatureTrial, k: number): boolean {
  return s.finished[k] !== 1 && !isActive(s, k) && (s.from[k] as number) <= s.elapsed;
}

function finishFeature(s: FeatureTrial, k: number): void {
  s.finished[k] = 1;
  (s.out[k] as Int32Array)[s.i] = s.p;
  s.left--;
}

/** Lets in eligible features while WIP allows; a feature with nothing to do finishes at once. */
function admit(s: FeatureTrial): void {
  for (let k = s.next; k < s.f && s.nActive < s.wipLimit; k++) {
    if (!mayJoin(s, k)) continue;
    if ((s.goal[k] as number) <= 0) finishFeature(s, k);
    else s.active[s.nActive++] = k;
  }
  while (s.next < s.f && (s.finished[s.next] === 1 || isActive(s, s.next))) s.next++;
}

/** Finishes the active features that need no more than `share`; true when one finished. */
function finishWithin(s: FeatureTrial, share: number): boolean {
  let k = 0;
  let finishedOne = false;
  while (k < s.nActive) {
    const id = s.active[k] as number;
    const need = (s.goal[id] as number) - (s.doneBy[id] as number);
    if (need <= share) {
      s.x -= need;
      s.doneBy[id] = s.goal[id] as number;
      finishFeature(s, id);
      s.active[k] = s.active[s.nActive - 1] as number;
      s.nActive--;
      finishedOne = true;
    } else k++;
  }
  return finishedOne;
}

/** Water-filling: share x equally; a feature that needs less passes the rest on. */
function shareOut(s: FeatureTrial): void {
  while (s.x > 0 && s.nActive > 0) {
    const share = s.x / s.nActive;
    if (finishWithin(s, share)) {
      // Keep the in-progress set in priority order, then let the next ones in.
      sortActive(s.active, s.nActive);
      admit(s);
    } else {
      for (let j = 0; j < s.nActive; j++)
        s.doneBy[s.active[j] as number] = (s.doneBy[s.active[j] as number] as number) + share;
      s.x = 0;
    }
  }
}

/** Runs trial `t` (column `s.i`) to the end. */
function runFeatureTrial(
  s: FeatureTrial,
  history: Float64Array,
  key: number,
  t: number,
  maxPeriods: number,
  st: Int32Array,
): void {
  const scale = history.length / TWO_POW_32;
  trialState(key, t, st);
  let a = st[0] as number;
  let b = st[1] as number;
  let c = st[2] as number;
  let d = st[3] as number;
  s.doneBy.fill(0);
  s.finished.fill(0);
  s.left = s.f;
  s.next = 0;
  s.nActive = 0;
  s.p = 0;
  s.elapsed = 0;
  admit(s);
  while (s.left > 0) {
    if (s.p === maxPeriods)
      throw popmError(
        'LIMIT_EXCEEDED',
        ['features'],
        `a forecast that can finish within maxPeriods (${maxPeriods})`,
        s.left,
        { maxPeriods, trial: t },
      );
    const r = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + r) | 0;
    s.x = history[Math.floor((r >>> 0) * scale)] as number;
    s.elapsed = s.p;
    s.p++;
    // Features whose start comes with this period join before it is shared.
    admit(s);
    shareOut(s);
  }
}

/** The kernel: periods until each feature is done, per trial. */
function simulateFeatures(
  history: Float64Array,
  items: readonly number[],
  from: readonly number[],
  wipLimit: number,
  range: { readonly key: number; readonly start: number; readonly end: number },
  maxPeriods: number,
): Int32Array[] {
  const f = items.length;
  const n = range.end - range.start;
  const out = items.map(() => new Int32Array(n));
  const s: FeatureTrial = {
    f,
    goal: Float64Array.from(items, (x) => target(x)),
    from,
    wipLimit,
    out,
    doneBy: new Float64Array(f),
    active: new Int32Array(f),
    finished: new Uint8Array(f),
    i: 0,
    left: f,
    next: 0,
    nActive: 0,
    p: 0,
    elapsed: 0,
    x: 0,
  };
  const st = new Int32Array(4);
  for (let t = range.start; t < range.end; t++) {
    s.i = t - range.start;
    runFeatureTrial(s, history, range.key, t, maxPeriods, st);
  }
  return out;
}

function sortActive(active: Int32Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const v = active[i] as number;
    let j = i - 1;
    while (j >= 0 && (active[j] as number) > v) {
      active[j + 1] = active[j] as number;
      j--;
    }
    active[j + 1] = v;
  }
}
