/**
 * @internal Working-day durations to dates and back, for the look-ups over a
 * dated plan ({@link pertAnalysis} with a `start`, {@link simulateSchedule}
 * with a `start`). A project lasting `d` working days from its first working
 * day finishes at the end of working day ⌈d⌉ − 1 (as `criticalPath` dates a
 * finish), so "done by the end of date D" means "lasting at most the count
 * of working days from the first working day through D".
 */
import type { WorkCalendar } from '../../core/calendar.js';
import { fromEpochDay, type IsoDate, toEpochDay } from '../../core/dates.js';
import { type PopmPath, popmError } from '../../core/errors.js';
import {
  addWorkingEpochDays,
  type CompiledCalendar,
  compileCalendar,
  workingDaysBetweenEpoch,
} from '../../core/internal/calendarEpoch.js';
import { readEntity } from '../../core/internal/readObject.js';
import { requireNumber } from '../../core/internal/validate.js';
import { finishOffset } from './dating.js';

/** The last epoch day popm dates (9999-12-31). */
const LAST_DAY = 2_932_896;

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** @internal The JSON form a dated result carries: its first working day and its calendar. */
export interface PlanDatingJson {
  readonly start: IsoDate;
  readonly calendar: WorkCalendar;
}

/** @internal A plan's dating, ready for arithmetic. */
export interface PlanDating {
  readonly json: PlanDatingJson;
  readonly cal: CompiledCalendar;
  /** The epoch day of the first working day. */
  readonly first: number;
}

/**
 * @internal Reads a `start` and `calendar` (options or a result's fields at
 * `path`); `undefined` without a start. A calendar without a start is
 * `INVALID_ARGUMENT`, as in `criticalPath`.
 */
export function readPlanDating(
  start: unknown,
  calendar: unknown,
  path: PopmPath,
): PlanDating | undefined {
  if (start === undefined) {
    if (calendar !== undefined)
      throw popmError(
        'INVALID_ARGUMENT',
        [...path, 'start'],
        'a start date with a calendar',
        start,
      );
    return undefined;
  }
  const day = toEpochDay(start, [...path, 'start']);
  const cal = compileCalendar(calendar as WorkCalendar | undefined, [...path, 'calendar']);
  const first = addWorkingEpochDays(cal, day, 0);
  if (first > LAST_DAY)
    throw popmError('OUT_OF_RANGE', [...path, 'start'], 'a working day by 9999-12-31', start);
  return { json: datingJson(cal, first), cal, first };
}

/** The calendar in its plain form: weekend days ascending, holidays on working weekdays ascending. */
function datingJson(cal: CompiledCalendar, first: number): PlanDatingJson {
  const weekend: number[] = [];
  cal.off.forEach((off, w) => {
    if (off) weekend.push(w);
  });
  return {
    start: fromEpochDay(first),
    calendar: { weekend, holidays: Array.from(cal.holidays, (d) => fromEpochDay(d)) },
  };
}

/**
 * @internal The project duration (working days) that finishes by the end of
 * `date`: the working days from the first working day through `date`
 * (`0` for the day before the first working day, negative earlier).
 */
export function durationByDate(dating: PlanDating, date: unknown, path: PopmPath): number {
  const day = toEpochDay(date, path);
  return workingDaysBetweenEpoch(dating.cal, dating.first, day) + 1;
}

/**
 * @internal The date a project lasting `duration` working days (finite,
 * `>= 0`) finishes on: the end of working day ⌈duration⌉ − 1 (the first
 * working day for `0`).
 * @throws PopmError `OUT_OF_RANGE` at `path` past 9999-12-31
 */
export function dateOfDuration(dating: PlanDating, duration: number, path: PopmPath): IsoDate {
  const offset = finishOffset(duration);
  // More working days than calendar days left can never be dated.
  if (offset > LAST_DAY - dating.first)
    throw popmError('OUT_OF_RANGE', path, 'a finish by 9999-12-31', duration);
  const day = addWorkingEpochDays(dating.cal, dating.first, offset);
  if (day > LAST_DAY) throw popmError('OUT_OF_RANGE', path, 'a finish by 9999-12-31', duration);
  return fromEpochDay(day);
}

/** The keys of a `pertAnalysis` result, for the near-miss rule. */
const PERT_KEYS = [
  'mean',
  'variance',
  'stdDev',
  'path',
  'criticalPath',
  'tasks',
  'start',
  'calendar',
] as const;

/**
 * @internal The dating a (possibly hand-built or JSON-parsed) `pertAnalysis`
 * result carries; `undefined` when it has no `start`.
 */
export function readAnalysisDating(value: unknown, path: PopmPath): PlanDating | undefined {
  const rec = readEntity(value, path, PERT_KEYS, 'a pertAnalysis result');
  return readPlanDating(rec.start, rec.calendar, path);
}

/**
 * @internal A look-up's `by` argument as working days: a number as is, an
 * ISO date through the analysis' dating (which it must have).
 */
export function byAsDuration(
  analysis: unknown,
  by: unknown,
  path: PopmPath,
  analysisPath: PopmPath,
): number {
  // A string shaped as a date is read as one (a bad one is INVALID_DATE); any
  // other value must be a number of working days.
  if (typeof by !== 'string' || !DATE_SHAPE.test(by)) {
    if (typeof by === 'string')
      throw popmError('INVALID_NUMBER', path, 'a finite number or a YYYY-MM-DD date', by);
    return requireNumber(by, path);
  }
  toEpochDay(by, path);
  const dating = readAnalysisDating(analysis, analysisPath);
  if (dating === undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      [...analysisPath, 'start'],
      'a dated analysis for a date (pertAnalysis(tasks, { start }))',
      undefined,
    );
  return durationByDate(dating, by, path);
}

/** @internal The network fields {@link hasProgress} reads. */
interface WithExtras {
  readonly extras?:
    | {
        readonly hasProgress: boolean;
        readonly actualStart: Float64Array;
        readonly actualFinish: Float64Array;
        readonly remaining: Float64Array;
        readonly percent: Float64Array;
      }
    | undefined;
}

/**
 * @internal True when task `i` reports progress (an actual date, a remaining
 * duration or a percent complete): its duration is then the schedule's, not
 * a draw from its estimate.
 */
export function hasProgress(net: WithExtras, i: number): boolean {
  const x = net.extras;
  if (x === undefined || !x.hasProgress) return false;
  return !(
    Number.isNaN(x.actualStart[i] as number) &&
    Number.isNaN(x.actualFinish[i] as number) &&
    Number.isNaN(x.remaining[i] as number) &&
    Number.isNaN(x.percent[i] as number)
  );
}
