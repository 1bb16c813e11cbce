import type { WorkCalendar } from '../core/calendar.js';
import { fromEpochDay, type IsoDate, toEpochDay } from '../core/dates.js';
import { type PopmPath, popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import {
  type CompiledCalendar,
  compileCalendar,
  isWorkingEpochDay,
  workingDaysBetweenEpoch,
} from '../core/internal/calendarEpoch.js';
import { withPathPrefix } from '../core/internal/errorPaths.js';
import { readEntity, readMeta, readOptions } from '../core/internal/readObject.js';
import { readSimulation, SIMULATION_KEYS } from '../core/internal/simulationParts.js';
import { requireArray, requireNumber, requireOneOf } from '../core/internal/validate.js';
import type { Shard, Sharded, SimulationOptions } from '../core/simulation.js';
import type { ScopeGrowth } from './forecastWhen.js';
import { type ForecastWhenDateResult, forecastWhenDate } from './forecastWhenDate.js';
import { readVariation } from './internal/whenForecast.js';

/** What a {@link ReleaseEvent} does: add scope, remove scope, or finish work. */
export type ReleaseEventKind = 'added' | 'removed' | 'done';

/** One change to a release: scope added or removed, or work done, on a day. */
export interface ReleaseEvent {
  /** The day it happened. */
  readonly date: IsoDate;
  /** `'added'` and `'removed'` move scope only; `'done'` moves done only. */
  readonly kind: ReleaseEventKind;
  /** Items (or points), a finite number >= 0. */
  readonly amount: number;
  /** Your own data, carried through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The period of a release burnup's throughput, scope growth and forecast:
 * working days (`'day'`, the default), or weeks of 7 days counted back from
 * `asOf` (`'week'`: resampling whole weeks keeps a week's rhythm, as the
 * weekly Monte Carlo spreadsheets do).
 */
export type ReleasePeriod = 'day' | 'week';

/** The percentiles of the forecast cone unless asked otherwise. */
export type ConePercentile = 15 | 50 | 85;

/** Options of {@link releaseBurnup}: the day, the forecast's scope growth and calendar, and the simulation options. */
export interface ReleaseBurnupOptions<
  P extends number = ConePercentile,
  S extends Shard | undefined = Shard | undefined,
> extends SimulationOptions<P> {
  /** The last day of the history (events after it are ignored); the forecast starts the next working day. */
  readonly asOf: IsoDate;
  /**
   * Items added to the remaining scope per period (working day, or week with
   * `period: 'week'`) in the forecast: a rate or a `[low, high]` range
   * sampled per trial. Default: the net rate seen in the history (see
   * {@link releaseBurnup}).
   */
  readonly scopeGrowth?: ScopeGrowth | undefined;
  /** The forecast's period: `'day'` (working days, the default) or `'week'` (7 days back from `asOf`). */
  readonly period?: ReleasePeriod | undefined;
  /** Working days (default Saturday and Sunday off). */
  readonly calendar?: WorkCalendar | undefined;
  /** Safety cap on forecast periods per trial (default 100,000). */
  readonly maxPeriods?: number | undefined;
  /** Run only this share of the forecast's trials (the `forecast` is then a part). */
  readonly shard?: S | undefined;
}

/** One calendar day of a release burnup. */
export interface ReleaseBurnupDay {
  /** The day. */
  readonly date: IsoDate;
  /** Scope added that day. */
  readonly added: number;
  /** Scope removed that day. */
  readonly removed: number;
  /** Work done that day. */
  readonly done: number;
  /** Scope at the end of the day: all added minus all removed. */
  readonly scope: number;
  /** Work done by the end of the day. */
  readonly doneTotal: number;
  /** `scope − doneTotal`. */
  readonly remaining: number;
}

/** One week of a weekly release burnup: 7 days ending on `end` (the oldest may be shorter). */
export interface ReleaseBurnupWeek {
  /** Its first day (the first event's day for the oldest week). */
  readonly start: IsoDate;
  /** Its last day; the newest week ends on `asOf`. */
  readonly end: IsoDate;
  /** Scope added in the week. */
  readonly added: number;
  /** Scope removed in the week. */
  readonly removed: number;
  /** Work done in the week. */
  readonly done: number;
  /** Scope at the end of `end`. */
  readonly scope: number;
  /** Work done by the end of `end`. */
  readonly doneTotal: number;
  /** `scope − doneTotal`. */
  readonly remaining: number;
}

/** The scope growth a forecast used. */
export interface ReleaseScopeGrowth {
  /** Net scope added per period (working day or week) after the first day (added − removed), never below 0. */
  readonly observed: number;
  /** The rate (or range) the forecast used; `null` for none. */
  readonly used: ScopeGrowth | null;
  /** `'history'`: the observed rate; `'options'`: `options.scopeGrowth`. */
  readonly source: 'history' | 'options';
}

/** The result of {@link releaseBurnup}. */
export interface ReleaseBurnupResult<
  P extends number = ConePercentile,
  F = ForecastWhenDateResult<P>,
> {
  /** The last day of the history. */
  readonly asOf: IsoDate;
  /** One row per calendar day from the first event to `asOf`. */
  readonly days: readonly ReleaseBurnupDay[];
  /** Scope on `asOf`. */
  readonly scope: number;
  /** Done by `asOf`. */
  readonly done: number;
  /** `scope − done` on `asOf`: what the forecast finishes. */
  readonly remaining: number;
  /**
   * Done per working day (work on a day off counts on the working day before
   * it), or per week with `period: 'week'`, oldest first.
   */
  readonly throughput: readonly number[];
  /** The period asked for. */
  readonly period: ReleasePeriod;
  /** The unit of `throughput`, scope growth and the forecast: `'working-days'`, or `'weeks'` for `period: 'week'`. */
  readonly unit: 'working-days' | 'weeks';
  /** One row per week, oldest first, with `period: 'week'`; `null` for `'day'`. */
  readonly weeks: readonly ReleaseBurnupWeek[] | null;
  /** The scope growth seen and used. */
  readonly scopeGrowth: ReleaseScopeGrowth;
  /**
   * The cone: a {@link forecastWhenDate} result whose `dates[15]`,
   * `dates[50]` and `dates[85]` are the P15/P50/P85 finish dates (a part
   * when `shard` is given); `null` when nothing is done yet or scope grows
   * as fast as work is done (see `warnings`).
   */
  readonly forecast: F | null;
  /** Plain-language reasons the forecast is missing or weak. */
  readonly warnings: readonly string[];
  /** The events up to `asOf`, by date (stable), with their `meta`. */
  readonly events: readonly ReleaseEvent[];
}

const EVENT_KEYS = ['date', 'kind', 'amount', 'meta'] as const;
const KINDS = ['added', 'removed', 'done'] as const;
const OPTION_KEYS = [
  'asOf',
  'scopeGrowth',
  'calendar',
  'maxPeriods',
  'period',
  ...SIMULATION_KEYS,
] as const;
const PERIODS: readonly ReleasePeriod[] = ['day', 'week'];
const CONE: readonly ConePercentile[] = Object.freeze([15, 50, 85]);
/** Most days from the first event to asOf (about 100 years). */
const MAX_DAYS = 36_600;

interface ReadEvent {
  readonly index: number;
  readonly day: number;
  readonly kind: ReleaseEventKind;
  readonly amount: number;
  readonly event: ReleaseEvent;
}

function readHistory(history: unknown): ReadEvent[] {
  const list = requireArray<unknown>(history, ['history'], 'an array of release events');
  let n: number;
  try {
    n = list.length;
  } catch {
    throw popmError(
      'INVALID_ARGUMENT',
      ['history'],
      'a readable array of release events',
      undefined,
    );
  }
  const out: ReadEvent[] = [];
  for (let i = 0; i < n; i++) {
    const path: PopmPath = ['history', i];
    let raw: unknown;
    try {
      raw = list[i];
    } catch {
      throw popmError('INVALID_ARGUMENT', path, 'a readable release event', undefined);
    }
    const rec = readEntity(raw, path, EVENT_KEYS, 'a release event { date, kind, amount }');
    const day = toEpochDay(rec.date, [...path, 'date']);
    const kind = requireOneOf(rec.kind, KINDS, [...path, 'kind']);
    const amount = requireNumber(rec.amount, [...path, 'amount'], { min: 0 });
    const meta = readMeta(rec.meta, [...path, 'meta']);
    const event: ReleaseEvent = {
      date: fromEpochDay(day),
      kind,
      amount,
      ...(meta === undefined ? {} : { meta }),
    };
    out.push({ index: i, day, kind, amount, event });
  }
  return out;
}

/**
 * A release burnup: per calendar day, the scope (added minus removed) and
 * the work done, kept apart so that adding or removing scope never counts
 * as done (the burnup chart as commonly described, and as Atlassian's
 * Jira release chart keeps scope changes apart from completed work: one
 * line for total scope, one for completed work, the gap what is left). Then the forecast cone: a {@link forecastWhenDate} of the remaining
 * scope from the working day after `asOf`, drawing working days of
 * throughput from the history, with the remaining scope growing at the net
 * rate seen in the history (scope added minus removed after the first day,
 * per working day, at least 0) unless `options.scopeGrowth` says otherwise.
 * Its `dates[15]`, `dates[50]` and `dates[85]` are the cone (the
 * percentiles are `[15, 50, 85]` unless `options.percentiles` says
 * otherwise). The simulation options are those of every popm simulation.
 *
 * Days run from the first event to `asOf`; work done on a day off counts in
 * the throughput of the working day before it (or the first one). Events
 * after `asOf` are ignored. Within one day, added, removed and done are
 * summed before done is compared with scope.
 *
 * With `period: 'week'`, the days are also summed into `weeks` of 7 days
 * counted back from `asOf` (the oldest may be shorter), and the throughput,
 * the scope growth and the forecast are per week: the cone's dates are the
 * last days of 7-day periods from the day after `asOf`.
 *
 * @param history - release events `{ date, kind: 'added' | 'removed' | 'done', amount, meta? }`, any order
 * @param options - `asOf`, `scopeGrowth`, `calendar`, `maxPeriods`, `period` and the simulation options
 *   (`trials`, `seed`, `percentiles`, `method`, `shard`)
 * @returns the daily series, totals on `asOf`, the working-day throughput, the scope growth
 *   and the forecast cone (a {@link SimulationPart} when `shard` is given), deep-frozen
 * @throws PopmError `INVALID_ARGUMENT` for a history that is not an array, an event that is
 *   not an object, a bad kind or period, a misspelled key, or a day whose done exceeds its scope (at the
 *   day's last event), or bad options; `INVALID_DATE` for a bad date or `asOf`; `OUT_OF_RANGE`,
 *   `INVALID_NUMBER` for a bad amount; `EMPTY_INPUT` for no event up to `asOf`;
 *   `LIMIT_EXCEEDED` for more than 36,600 days or `options.scopeGrowth` as fast as the
 *   throughput; the forecast's errors at `['options', …]`
 * @example
 * const history = [
 *   { date: '2026-03-02', kind: 'added', amount: 10 },
 *   { date: '2026-03-02', kind: 'done', amount: 2 },
 *   { date: '2026-03-03', kind: 'done', amount: 2 },
 *   { date: '2026-03-04', kind: 'done', amount: 2 },
 * ] as const;
 * const r = releaseBurnup(history, { asOf: '2026-03-04' });
 * r.days[2]; //=> { date: '2026-03-04', added: 0, removed: 0, done: 2, scope: 10, doneTotal: 6, remaining: 4 }
 * r.throughput; //=> [2, 2, 2]
 * r.forecast?.dates[85]; //=> '2026-03-06' (4 left at 2 a working day: Thursday and Friday)
 * releaseBurnup(history, { asOf: '2026-03-04', scopeGrowth: 1 }).forecast?.dates[50];
 * //=> '2026-03-10' (a net 1 a day: four working days)
 * releaseBurnup(history, { asOf: '2026-03-04', period: 'week' }).weeks;
 * //=> [{ start: '2026-03-02', end: '2026-03-04', added: 10, removed: 0, done: 6, scope: 10, doneTotal: 6, remaining: 4 }]
 * releaseBurnup(history, { asOf: 'soon' }); // throws PopmError INVALID_DATE at ['options', 'asOf']
 */
export function releaseBurnup<
  const P extends number = ConePercentile,
  S extends Shard | undefined = undefined,
>(
  history: readonly ReleaseEvent[],
  options: ReleaseBurnupOptions<P, S>,
): ReleaseBurnupResult<P, Sharded<S, ForecastWhenDateResult<P>>> {
  try {
    return burnupOf(history, options) as ReleaseBurnupResult<
      P,
      Sharded<S, ForecastWhenDateResult<P>>
    >;
  } catch (e) {
    if (e instanceof Error && e.name === 'PopmError') throw e;
    // A getter or Proxy trap in the options (a calendar, a range) that threw.
    throw popmError('INVALID_ARGUMENT', ['options'], 'readable plain options', undefined);
  }
}

function readBurnupOptions(options: unknown) {
  return readOptions(options === undefined ? null : options, ['options'], OPTION_KEYS);
}

type BurnupOptions = ReturnType<typeof readBurnupOptions>;

interface Replay {
  readonly days: ReleaseBurnupDay[];
  readonly throughput: number[];
  readonly periods: number;
  readonly scope: number;
  readonly doneTotal: number;
  readonly growth: number;
}

interface DayTotals {
  added: number;
  removed: number;
  done: number;
  /** Index of the day's last event that is not an addition, or -1. */
  last: number;
}

/** Sums the events of `day` from `events[k]` on; returns the totals and the next index. */
function totalsOfDay(
  events: readonly ReadEvent[],
  k: number,
  day: number,
): { totals: DayTotals; next: number } {
  const totals: DayTotals = { added: 0, removed: 0, done: 0, last: -1 };
  let j = k;
  while (j < events.length && (events[j] as ReadEvent).day === day) {
    const e = events[j] as ReadEvent;
    if (e.kind === 'added') totals.added += e.amount;
    else if (e.kind === 'removed') totals.removed += e.amount;
    else totals.done += e.amount;
    if (e.kind !== 'added') totals.last = e.index;
    j++;
  }
  return { totals, next: j };
}

function replayHistory(
  events: readonly ReadEvent[],
  cal: CompiledCalendar,
  first: number,
  asOf: number,
): Replay {
  // Working-day buckets: day d counts in bucket (working days in [first, d]) − 1, at least 0.
  const periods = Math.max(1, workingDaysBetweenEpoch(cal, first - 1, asOf));
  const throughput = new Array<number>(periods).fill(0);
  const days: ReleaseBurnupDay[] = [];
  let scope = 0;
  let doneTotal = 0;
  let growth = 0;
  let k = 0;
  let bucket = -1;
  for (let day = first; day <= asOf; day++) {
    if (isWorkingEpochDay(cal, day)) bucket++;
    const { totals, next } = totalsOfDay(events, k, day);
    k = next;
    const { added, removed, done } = totals;
    scope += added - removed;
    doneTotal += done;
    if (doneTotal > scope + 1e-9 * Math.max(1, scope))
      throw popmError(
        'INVALID_ARGUMENT',
        ['history', totals.last],
        `done within scope on ${fromEpochDay(day)} (scope ${scope})`,
        doneTotal,
      );
    if (day > first) growth += added - removed;
    const b = Math.max(0, bucket);
    throughput[b] = (throughput[b] as number) + done;
    days.push({
      date: fromEpochDay(day),
      added,
      removed,
      done,
      scope,
      doneTotal,
      remaining: scope - doneTotal,
    });
  }
  return { days, throughput, periods, scope, doneTotal, growth };
}

/** The days in weeks of 7 counted back from the last day (the oldest week may be shorter). */
function weeksOf(days: readonly ReleaseBurnupDay[]): ReleaseBurnupWeek[] {
  const n = days.length;
  const count = Math.ceil(n / 7);
  const out: ReleaseBurnupWeek[] = [];
  for (let b = 0; b < count; b++) {
    const end = n - 1 - 7 * (count - 1 - b);
    const start = Math.max(0, end - 6);
    let added = 0;
    let removed = 0;
    let done = 0;
    for (let i = start; i <= end; i++) {
      const d = days[i] as ReleaseBurnupDay;
      added += d.added;
      removed += d.removed;
      done += d.done;
    }
    const last = days[end] as ReleaseBurnupDay;
    out.push({
      start: (days[start] as ReleaseBurnupDay).date,
      end: last.date,
      added,
      removed,
      done,
      scope: last.scope,
      doneTotal: last.doneTotal,
      remaining: last.remaining,
    });
  }
  return out;
}

/** The history the forecast resamples: working days, or weeks. */
interface Series {
  readonly throughput: readonly number[];
  readonly periods: number;
  /** `'working day'` or `'week'`, for the warnings. */
  readonly word: string;
  /** The forecast clock's options for this period. */
  readonly clock: Readonly<Record<string, unknown>>;
}

function seriesOf(r: Replay, weeks: readonly ReleaseBurnupWeek[] | null): Series {
  if (weeks === null)
    return { throughput: r.throughput, periods: r.periods, word: 'working day', clock: {} };
  return {
    throughput: weeks.map((w) => w.done),
    periods: weeks.length,
    word: 'week',
    // Weeks of 7 calendar days from the day after asOf, as the history's weeks.
    clock: { unit: 'calendar-days', periodDays: 7 },
  };
}

/** Runs the forecast of the remaining work, or explains in `warnings` why there is none. */
function forecastOf(
  opts: BurnupOptions,
  r: Replay,
  series: Series,
  asOf: number,
  observed: number,
  used: ScopeGrowth | null,
  warnings: string[],
): unknown {
  const { doneTotal } = r;
  const { periods, throughput, word } = series;
  const mean = doneTotal / periods;
  if (doneTotal === 0) {
    warnings.push('Nothing is done yet: there is no throughput to forecast from.');
    return null;
  }
  if (opts.scopeGrowth === undefined && used !== null && observed >= mean) {
    warnings.push(
      `Scope grows (${observed} a ${word}) as fast as work is done (${mean} a ${word}): at this pace the release never finishes.`,
    );
    return null;
  }
  if (periods < 10)
    warnings.push(`The forecast rests on ${periods} ${word}s of history (fewer than 10).`);
  const input: Record<string, unknown> = {
    throughput,
    items: r.scope - doneTotal,
    start: fromEpochDay(asOf + 1),
    calendar: opts.calendar,
    percentiles: opts.percentiles === undefined ? CONE : opts.percentiles,
    ...series.clock,
  };
  for (const key of ['trials', 'seed', 'method', 'shard', 'maxPeriods'] as const)
    if (opts[key] !== undefined) input[key] = opts[key];
  if (used !== null) input.scopeGrowth = used;
  try {
    return forecastWhenDate(input as never);
  } catch (e) {
    throw withPathPrefix(e, ['options'], 1);
  }
}

function burnupOf(history: unknown, options: unknown): ReleaseBurnupResult<number, unknown> {
  const opts = readBurnupOptions(options);
  if (opts.asOf === undefined)
    throw popmError('INVALID_DATE', ['options', 'asOf'], 'an IsoDate (YYYY-MM-DD)', undefined);
  const asOf = toEpochDay(opts.asOf, ['options', 'asOf']);
  const cal = compileCalendar(opts.calendar as WorkCalendar | undefined, ['options', 'calendar']);
  // Checked up front, so bad options fail even when there is nothing to forecast.
  readSimulation(opts, ['options']);
  readVariation({ scopeGrowth: opts.scopeGrowth }, ['options']);
  const period =
    opts.period === undefined ? 'day' : requireOneOf(opts.period, PERIODS, ['options', 'period']);
  const events = readHistory(history)
    .filter((e) => e.day <= asOf)
    .sort((a, b) => a.day - b.day || a.index - b.index);
  if (events.length === 0)
    throw popmError('EMPTY_INPUT', ['history'], 'at least one event on or before asOf', []);
  const first = (events[0] as ReadEvent).day;
  const span = asOf - first + 1;
  if (span > MAX_DAYS)
    throw popmError('LIMIT_EXCEEDED', ['history'], `at most ${MAX_DAYS} days before asOf`, span);

  const r = replayHistory(events, cal, first, asOf);
  const weeks = period === 'week' ? weeksOf(r.days) : null;
  const series = seriesOf(r, weeks);
  const { scope, doneTotal } = r;
  const observed = Math.max(0, r.growth) / series.periods;
  const fromOptions = opts.scopeGrowth !== undefined;
  const used = fromOptions ? (opts.scopeGrowth as ScopeGrowth) : observed > 0 ? observed : null;
  const warnings: string[] = [];
  const forecast = forecastOf(opts, r, series, asOf, observed, used, warnings);
  return deepFreeze({
    asOf: fromEpochDay(asOf),
    days: r.days,
    scope,
    done: doneTotal,
    remaining: scope - doneTotal,
    throughput: series.throughput,
    period,
    unit: weeks === null ? ('working-days' as const) : ('weeks' as const),
    weeks,
    scopeGrowth: {
      observed,
      used: used === null ? null : Array.isArray(used) ? [...used] : used,
      source: fromOptions ? ('options' as const) : ('history' as const),
    } as ReleaseScopeGrowth,
    forecast,
    warnings,
    events: events.map((e) => e.event),
  });
}
