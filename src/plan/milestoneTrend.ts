import type { WorkCalendar } from '../core/calendar.js';
import { fromEpochDay, type IsoDate } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { compileCalendar, workingDaysBetweenEpoch } from '../core/internal/calendarEpoch.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireArray, requireString } from '../core/internal/validate.js';
import type { PlanBaseline } from './baselineVariance.js';
import { readSnapshots, type TrendSnapshot } from './internal/trendRead.js';
import type { ScheduleDatesResult } from './scheduleDates.js';

/**
 * The plan as it stood on a status date: a {@link PlanBaseline} (e.g.
 * `toBaseline(scheduleDates(…))` of that day's schedule, or the
 * {@link ScheduleDatesResult} itself) with the date it was reported on.
 * Each task's `finish` is its forecast date; store one per report.
 */
export interface StatusSnapshot extends PlanBaseline {
  /** The day the forecast was made (the reporting date). */
  readonly statusDate: IsoDate;
}

/** Options of {@link milestoneTrend}. */
export interface MilestoneTrendOptions {
  /**
   * The tasks to follow, in this order (any task: its `finish` is followed);
   * default every task marked `milestone` in some snapshot, in order of first
   * appearance.
   */
  readonly ids?: readonly string[] | undefined;
  /** The calendar slips are counted in; default Saturday and Sunday off. */
  readonly calendar?: WorkCalendar | undefined;
}

/** One milestone's forecast at one status date: a point of the trend chart. */
export interface MilestoneTrendPoint {
  /** The status date (the chart's x). */
  readonly statusDate: IsoDate;
  /** The forecast date then (the chart's y). */
  readonly date: IsoDate;
  /**
   * Working days the forecast moved since the milestone's previous report:
   * positive later (a slip), negative earlier; `null` at its first report.
   */
  readonly slip: number | null;
  /** True when the forecast is on or before the status date: reached (on the chart's diagonal). */
  readonly reached: boolean;
}

/** One milestone's line on a milestone trend chart. */
export interface MilestoneTrendSeries {
  /** The task's id. */
  readonly id: string;
  /** Its latest name, when it has one. */
  readonly name?: string | undefined;
  /** The forecast at its first report. */
  readonly baselineDate: IsoDate;
  /** The forecast at its latest report. */
  readonly date: IsoDate;
  /** Working days from the first forecast to the latest: positive later. */
  readonly totalSlip: number;
  /** The first status date on which it was reached, or `null`. */
  readonly reachedOn: IsoDate | null;
  /** One point per snapshot that holds it, in status-date order. */
  readonly points: readonly MilestoneTrendPoint[];
}

/** The result of {@link milestoneTrend}: the data of a milestone trend chart. */
export interface MilestoneTrendResult {
  /** The status dates, ascending (the chart's x axis). */
  readonly statusDates: readonly IsoDate[];
  /** The earliest status or forecast date (both axes start here), `null` without snapshots. */
  readonly start: IsoDate | null;
  /** The latest status or forecast date, `null` without snapshots. */
  readonly end: IsoDate | null;
  /** One line per milestone followed. */
  readonly milestones: readonly MilestoneTrendSeries[];
}

/**
 * Milestone trend analysis: each milestone's forecast date at each status
 * date, and how far it moved in each reporting period — the data of a
 * milestone trend chart (status dates across, forecast dates up; a flat
 * line is a stable forecast, a rising one a slipping milestone, a falling
 * one a recovery, and a line that meets the diagonal forecast = status
 * date has been reached). Slips are counted in working days on the
 * calendar, as {@link baselineVariance} counts them.
 *
 * @param baselines - the snapshots, status dates strictly ascending: each a
 *   {@link PlanBaseline} of the plan as it stood, with its `statusDate` (see {@link StatusSnapshot})
 * @param options - `ids` to follow (default the milestones), `calendar`
 * @returns the status dates, the date range, and per milestone its points and slips; frozen
 * @throws PopmError `INVALID_DATE` for a bad date; `OUT_OF_RANGE` for a status date not
 *   after the previous one or a task finishing before it starts; `DUPLICATE_ID` for an id
 *   repeated in a snapshot or in `ids`; `NOT_FOUND` for an id in `ids` no snapshot holds;
 *   `INVALID_ARGUMENT` for a wrong shape, a bad calendar or an unknown option
 * @example
 * const t = milestoneTrend([
 *   { statusDate: '2026-11-02', finish: '2026-12-04',
 *     tasks: [{ id: 'go-live', start: '2026-12-04', finish: '2026-12-04', milestone: true }] },
 *   { statusDate: '2026-11-09', finish: '2026-12-08',
 *     tasks: [{ id: 'go-live', start: '2026-12-08', finish: '2026-12-08', milestone: true }] },
 *   { statusDate: '2026-11-16', finish: '2026-12-07',
 *     tasks: [{ id: 'go-live', start: '2026-12-07', finish: '2026-12-07', milestone: true }] },
 * ]);
 * t.milestones[0].points.map((p) => p.slip); //=> [null, 2, -1]
 * t.milestones[0].totalSlip; //=> 1 (Friday to the next Monday)
 * t.start; //=> '2026-11-02'
 */
export function milestoneTrend(
  baselines: readonly StatusSnapshot[],
  options?: MilestoneTrendOptions,
): MilestoneTrendResult {
  const snapshots = readSnapshots(baselines, ['baselines']);
  const opts = readOptions(options, ['options'], ['ids', 'calendar'] as const);
  const cal = compileCalendar(opts.calendar as WorkCalendar | undefined, ['options', 'calendar']);
  const ids = followedIds(snapshots, opts.ids);
  // `+ 0`: a move between two days off is 0 working days, never −0.
  const slip = (from: number, to: number): number => workingDaysBetweenEpoch(cal, from, to) + 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of snapshots) {
    lo = Math.min(lo, s.statusDay);
    hi = Math.max(hi, s.statusDay);
    for (const t of s.tasks)
      if (ids.has(t.id)) {
        lo = Math.min(lo, t.day);
        hi = Math.max(hi, t.day);
      }
  }
  return deepFreeze({
    statusDates: snapshots.map((s) => s.statusDate),
    start: snapshots.length === 0 ? null : fromEpochDay(lo),
    end: snapshots.length === 0 ? null : fromEpochDay(hi),
    milestones: [...ids.keys()].map((id) => seriesOf(id, snapshots, slip)),
  });
}

/** The ids followed, in order: `ids` as given, or the milestones by first appearance. */
function followedIds(snapshots: readonly TrendSnapshot[], value: unknown): Map<string, number> {
  const out = new Map<string, number>();
  if (value === undefined) {
    for (const s of snapshots)
      for (const t of s.tasks) if (t.milestone && !out.has(t.id)) out.set(t.id, out.size);
    return out;
  }
  const list = requireArray<unknown>(value, ['options', 'ids'], 'an array of task ids');
  const known = new Set<string>();
  for (const s of snapshots) for (const t of s.tasks) known.add(t.id);
  list.forEach((raw, k) => {
    const id = requireString(raw, ['options', 'ids', k], 'a task id');
    if (out.has(id))
      throw popmError('DUPLICATE_ID', ['options', 'ids', k], 'a unique id', id, {
        id,
        firstIndex: out.get(id),
      });
    if (!known.has(id))
      throw popmError('NOT_FOUND', ['options', 'ids', k], 'the id of a task in a snapshot', id);
    out.set(id, k);
  });
  return out;
}

/** One milestone's points across the snapshots that hold it. */
function seriesOf(
  id: string,
  snapshots: readonly TrendSnapshot[],
  slip: (from: number, to: number) => number,
): MilestoneTrendSeries {
  const points: MilestoneTrendPoint[] = [];
  let name: string | undefined;
  let first = 0;
  let prev: number | undefined;
  let reachedOn: IsoDate | null = null;
  for (const s of snapshots) {
    const t = s.byId.get(id);
    if (t === undefined) continue;
    if (t.name !== undefined) name = t.name;
    if (prev === undefined) first = t.day;
    const reached = t.day <= s.statusDay;
    if (reached && reachedOn === null) reachedOn = s.statusDate;
    points.push({
      statusDate: s.statusDate,
      date: t.date,
      slip: prev === undefined ? null : slip(prev, t.day),
      reached,
    });
    prev = t.day;
  }
  const last = points[points.length - 1] as MilestoneTrendPoint;
  return {
    id,
    ...(name === undefined ? {} : { name }),
    baselineDate: (points[0] as MilestoneTrendPoint).date,
    date: last.date,
    totalSlip: slip(first, prev as number),
    reachedOn,
    points,
  };
}
