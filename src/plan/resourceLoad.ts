import type { WorkCalendar } from '../core/calendar.js';
import { assertIsoDate, type IsoDate } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readEntity, readOptions } from '../core/internal/readObject.js';
import { LAST_EPOCH_DAY, ResourceDays } from './internal/capacityDays.js';
import type { WorkDays } from './internal/dating.js';
import { type EarlySchedule, earlySchedule } from './internal/loadSchedule.js';
import { compileNetwork } from './internal/network.js';
import { readDating } from './internal/readDating.js';
import { type ReadResources, readResources } from './internal/readResources.js';
import type { ResourcePlan } from './resources.js';

/** Options of {@link resourceLoad}. */
export interface ResourceLoadOptions {
  /** The project start (work begins on the first working day on or after it). */
  readonly start: IsoDate;
  /** The working calendar; default Saturday and Sunday off, no holidays. */
  readonly calendar?: WorkCalendar | undefined;
  /** First date to report (inclusive); default the first working day. */
  readonly from?: IsoDate | undefined;
  /** Last date to report (inclusive); default the last working day with work. */
  readonly to?: IsoDate | undefined;
}

/** One resource's load over the reported days. */
export interface ResourceLoadRow {
  /** The resource id. */
  readonly id: string;
  /** The resource name, when it has one. */
  readonly name?: string | undefined;
  /** Units available each working day (`unitsPerDay`). */
  readonly capacity: number;
  /**
   * Units available on each day of `days` (aligned with it): `capacity`, or
   * 0 on a day off in the resource's own `calendar`.
   */
  readonly available: readonly number[];
  /** Units assigned on each day of `days` (aligned with it): the histogram's bars. */
  readonly load: readonly number[];
  /** The highest load in the range, `0` for none. */
  readonly peak: number;
  /** The days of `days` whose load exceeds the units available that day. */
  readonly overAllocated: readonly IsoDate[];
}

/** The result of {@link resourceLoad}. */
export interface ResourceLoadResult {
  /** The working days reported, in order. */
  readonly days: readonly IsoDate[];
  /** One row per resource, in input order. */
  readonly resources: readonly ResourceLoadRow[];
  /** True when any resource is over-allocated on any reported day. */
  readonly overAllocated: boolean;
}

const OPTION_KEYS = ['start', 'calendar', 'from', 'to'] as const;
const EPS = 1e-9;

/**
 * The load histogram of a resource-loaded plan: for every resource and
 * working day, the units its assignments use that day against its
 * `unitsPerDay` (0 on a day off in the resource's own `calendar`: work
 * booked then is over-allocation), and the over-allocated days. Each task runs at its early
 * dates ({@link criticalPath}; a levelled plan from {@link levelResources}
 * carries its levelled starts as constraints); a task of fractional duration
 * loads a partial day in proportion (`units × hours of the day worked`).
 *
 * @param plan - `{ tasks, resources }`, as {@link levelResources} takes.
 * @param options - `start` (required), `calendar`, and the reported range `from`..`to`.
 * @returns Days, per-resource load and over-allocated days; deep-frozen.
 * @throws PopmError as {@link assertPlan} for the tasks (paths under
 *   `['plan', 'tasks']`); `NOT_FOUND` for an assignment to an unknown
 *   resource; `OUT_OF_RANGE` for units `<= 0` or a capacity of 0 with work
 *   assigned; `INVALID_DATE` for a bad `start`, `from` or `to`; `OUT_OF_RANGE` for
 *   a schedule past 9999-12-31; `LIMIT_EXCEEDED` for more than 2·10⁷ resource-days.
 * @example
 * const r = resourceLoad(
 *   {
 *     resources: [{ id: 'ann', unitsPerDay: 1 }],
 *     tasks: [
 *       { id: 'a', duration: 2, assignments: [{ resource: 'ann', units: 1 }] },
 *       { id: 'b', duration: 1, assignments: [{ resource: 'ann', units: 0.5 }] },
 *     ],
 *   },
 *   { start: '2026-03-02' },
 * );
 * r.days; //=> ['2026-03-02', '2026-03-03']
 * r.resources[0]?.load; //=> [1.5, 1]
 * r.resources[0]?.overAllocated; //=> ['2026-03-02']
 */
export function resourceLoad(plan: ResourcePlan, options: ResourceLoadOptions): ResourceLoadResult {
  const rec = readEntity(plan, ['plan'], ['tasks', 'resources'], 'a plan { tasks, resources }');
  const net = compileNetwork(rec.tasks, ['plan', 'tasks']);
  const res = readResources(plan, net.durations);
  const opt = readOptions(options, ['options'], OPTION_KEYS);
  if (opt.start === undefined)
    throw popmError('INVALID_ARGUMENT', ['options', 'start'], 'a start date', undefined);
  const days = readDating(opt.start, opt.calendar) as WorkDays;
  const from = opt.from === undefined ? undefined : assertIsoDate(opt.from, ['options', 'from']);
  const to = opt.to === undefined ? undefined : assertIsoDate(opt.to, ['options', 'to']);
  const early = earlySchedule(net, days);
  const span = Math.max(0, Math.ceil(early.pass.duration - EPS));
  checkSpan(span, days.first, res.resources.length);
  const load = dailyLoad(early, res, span);
  const { offsets, dates } = reportedDays(days, span, from, to);
  const own = new ResourceDays(days, res.resources);
  const resources = res.resources.map((r, i) =>
    loadRow(r, load[i] as Float64Array, span, offsets, dates, (k) => own.capacity(i, k)),
  );
  // The long number arrays are frozen here, so deepFreeze need not walk them.
  Object.freeze(dates);
  return deepFreeze({
    days: dates,
    resources,
    overAllocated: resources.some((r) => r.overAllocated.length > 0),
  });
}

/** One resource's row: its load and available units on the reported days, and the days over. */
function loadRow(
  r: ReadResources['resources'][number],
  row: Float64Array,
  span: number,
  offsets: readonly number[],
  dates: readonly IsoDate[],
  capacity: (k: number) => number,
): ResourceLoadRow {
  const m = offsets.length;
  const values = new Array<number>(m);
  const available = new Array<number>(m);
  const over: IsoDate[] = [];
  let peak = 0;
  for (let j = 0; j < m; j++) {
    const k = offsets[j] as number;
    const v = k < span ? round(row[k] as number) : 0;
    const a = r.calendar === undefined ? r.unitsPerDay : capacity(k);
    values[j] = v;
    available[j] = a;
    if (v > peak) peak = v;
    if (v > a + EPS) over.push(dates[j] as IsoDate);
  }
  return {
    id: r.id,
    ...(r.name === undefined ? {} : { name: r.name }),
    capacity: r.unitsPerDay,
    available: Object.freeze(available),
    load: Object.freeze(values),
    peak,
    overAllocated: Object.freeze(over),
  };
}

/** Cells of the resources × days matrix, at most (160 MB of float64). */
const MAX_CELLS = 20_000_000;

/** Refuses a schedule past 9999-12-31, or a load matrix too big to hold. */
function checkSpan(span: number, first: number, resources: number): void {
  if (span > LAST_EPOCH_DAY - first)
    throw popmError('OUT_OF_RANGE', ['plan', 'tasks'], 'a schedule ending by 9999-12-31', span);
  if (span * resources > MAX_CELLS)
    throw popmError(
      'LIMIT_EXCEEDED',
      ['plan', 'tasks'],
      `at most ${MAX_CELLS} resource-days (resources × working days)`,
      span * resources,
    );
}

/** Per resource, the units booked on each working day `0..span-1` of the early schedule. */
function dailyLoad(early: EarlySchedule, res: ReadResources, span: number): Float64Array[] {
  const { d, pass } = early;
  const load = res.resources.map(() => new Float64Array(span));
  for (let t = 0; t < early.rows; t++) {
    const rs = res.taskResources[t] as readonly number[];
    if (rs.length === 0) continue;
    const s = pass.es[t] as number;
    addTaskLoad(load, rs, res.taskUnits[t] as readonly number[], s, s + (d[t] as number), span);
  }
  return load;
}

/** Adds one task running over `[s, f)` with units `us` on resources `rs` to each day it touches. */
function addTaskLoad(
  load: readonly Float64Array[],
  rs: readonly number[],
  us: readonly number[],
  s: number,
  f: number,
  span: number,
): void {
  if (f <= s) return;
  for (let k = Math.floor(s + EPS); k < f - EPS && k < span; k++) {
    const part = Math.min(f, k + 1) - Math.max(s, k);
    if (part <= EPS) continue;
    for (let j = 0; j < rs.length; j++) {
      const row = load[rs[j] as number] as Float64Array;
      row[k] = (row[k] as number) + (us[j] as number) * part;
    }
  }
}

/** The reported offsets: working days of the schedule within from..to, and their dates. */
function reportedDays(
  days: WorkDays,
  span: number,
  from: IsoDate | undefined,
  to: IsoDate | undefined,
): { offsets: number[]; dates: IsoDate[] } {
  const offsets: number[] = [];
  const dates: IsoDate[] = [];
  const lastWanted = to === undefined ? span - 1 : Number.POSITIVE_INFINITY;
  for (let k = 0; k <= lastWanted; k++) {
    const date = days.at(k);
    if (to !== undefined && date > to) break;
    if (from === undefined || date >= from) {
      offsets.push(k);
      dates.push(date);
    }
    if (k > 2_932_896) break;
  }
  return { offsets, dates };
}

/** Rounds float noise (0.30000000000000004) away: 12 significant digits. */
function round(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(12));
}
