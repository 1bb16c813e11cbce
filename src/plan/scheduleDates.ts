import { addWorkingEpochDays, compileCalendar, type WorkCalendar } from '../core/calendar.js';
import { fromEpochDay, type IsoDate, toEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { analyse, type CriticalPathOptions, readCriticalPathOptions } from './criticalPath.js';
import { compileNetwork } from './network.js';
import type { Task } from './types.js';

/** Options of {@link scheduleDates}. */
export interface ScheduleDatesOptions extends CriticalPathOptions {
  /** The project start; when not a working day, work starts on the next one. */
  readonly start: IsoDate;
  /** The working calendar; default Saturday and Sunday off, no holidays. */
  readonly calendar?: WorkCalendar | undefined;
}

/** One task on the calendar. */
export interface DatedTask {
  /** The task's id. */
  readonly id: string;
  /** The task's name, when it has one. */
  readonly name?: string | undefined;
  /** True for a milestone (duration `0`). */
  readonly milestone: boolean;
  /** Early start: the working day work begins (a milestone: its date). */
  readonly start: IsoDate;
  /** Early finish: the last working day of work (a milestone: its date). */
  readonly finish: IsoDate;
  /** Late start. */
  readonly lateStart: IsoDate;
  /** Late finish. */
  readonly lateFinish: IsoDate;
  /** Total float in working days. */
  readonly totalFloat: number;
  /** True when on a critical path. */
  readonly critical: boolean;
}

/** A milestone on the calendar. */
export interface DatedMilestone {
  /** The milestone's id. */
  readonly id: string;
  /** Its name, when it has one. */
  readonly name?: string | undefined;
  /** The date it is reached (early dates). */
  readonly date: IsoDate;
  /** The latest date it may be reached without delaying the project. */
  readonly lateDate: IsoDate;
  /** True when on a critical path. */
  readonly critical: boolean;
}

/** The result of {@link scheduleDates}. */
export interface ScheduleDatesResult {
  /** The first working day of the project (the `start` option, or the next working day). */
  readonly start: IsoDate;
  /** The project finish: the last working day of the critical path. */
  readonly finish: IsoDate;
  /** The project duration in working days. */
  readonly duration: number;
  /** Every task's dates, in input order. */
  readonly tasks: readonly DatedTask[];
  /** The milestones (duration `0`), in input order. */
  readonly milestones: readonly DatedMilestone[];
}

/** @internal Snaps float noise (3.9999999999) to the integer it means. */
function snap(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) <= 1e-9 * Math.max(1, Math.abs(x)) ? r : x;
}

/**
 * Puts the critical path schedule on a working calendar. Day offsets count
 * working days from the first working day on or after `start`; a task with
 * early start `es` and early finish `ef` begins on working day `⌊es⌋` and
 * finishes at the end of working day `⌈ef⌉ − 1` (a 5-day task from Monday
 * finishes on Friday). A milestone is dated at the end of the working day
 * before its offset (a milestone after a 5-day task from Monday falls on that
 * Friday, as MS Project shows it), or on the first day at offset 0. The
 * project finish is the last working day of the critical path.
 *
 * @param tasks - the plan; not changed
 * @param options - `start`, `calendar`, and the {@link criticalPath} options
 * @returns project start, finish and duration, every task's early and late dates, the milestones; frozen
 * @throws PopmError as {@link validatePlan}; `INVALID_DATE` for a bad start or
 *   holiday; `INVALID_ARGUMENT` for a bad calendar
 * @example
 * const r = scheduleDates(
 *   [
 *     { id: 'A', duration: 5 },
 *     { id: 'B', duration: 3, dependsOn: ['A'] },
 *     { id: 'Done', duration: 0, dependsOn: ['B'] },
 *   ],
 *   { start: '2026-11-30' }, // a Monday
 * );
 * r.tasks[1]; //=> { id: 'B', start: '2026-12-07', finish: '2026-12-09', … }
 * r.milestones[0].date; //=> '2026-12-09'
 * r.finish; //=> '2026-12-09'
 */
export function scheduleDates(
  tasks: readonly Task[],
  options: ScheduleDatesOptions,
): ScheduleDatesResult {
  const net = compileNetwork(tasks);
  if (options === undefined)
    throw popmError('INVALID_ARGUMENT', ['options'], 'an options object with a start', options);
  const { maxPaths, tolerance, rec } = readCriticalPathOptions(options, ['start', 'calendar']);
  const startDay = toEpochDay(rec.start, ['options', 'start']);
  const cal = compileCalendar(rec.calendar as WorkCalendar | undefined, ['options', 'calendar']);
  const cp = analyse(net, net.durations, maxPaths, tolerance).result;
  const first = addWorkingEpochDays(cal, startDay, 0);
  const day = (offset: number): IsoDate => fromEpochDay(addWorkingEpochDays(cal, first, offset));
  const out: DatedTask[] = [];
  const milestones: DatedMilestone[] = [];
  cp.tasks.forEach((t, i) => {
    const name = (net.tasks[i] as Task).name;
    const named = name === undefined ? {} : { name };
    if (t.duration === 0) {
      const date = day(milestoneOffset(t.es));
      const lateDate = day(milestoneOffset(t.ls));
      out.push(
        Object.freeze({
          id: t.id,
          ...named,
          milestone: true,
          start: date,
          finish: date,
          lateStart: lateDate,
          lateFinish: lateDate,
          totalFloat: t.totalFloat,
          critical: t.critical,
        }),
      );
      milestones.push(Object.freeze({ id: t.id, ...named, date, lateDate, critical: t.critical }));
    } else {
      out.push(
        Object.freeze({
          id: t.id,
          ...named,
          milestone: false,
          start: day(Math.floor(snap(t.es))),
          finish: day(finishOffset(t.ef)),
          lateStart: day(Math.floor(snap(t.ls))),
          lateFinish: day(finishOffset(t.lf)),
          totalFloat: t.totalFloat,
          critical: t.critical,
        }),
      );
    }
  });
  return Object.freeze({
    start: fromEpochDay(first),
    finish: cp.duration === 0 ? fromEpochDay(first) : day(finishOffset(cp.duration)),
    duration: cp.duration,
    tasks: Object.freeze(out),
    milestones: Object.freeze(milestones),
  });
}

function finishOffset(ef: number): number {
  return Math.max(0, Math.ceil(snap(ef)) - 1);
}

function milestoneOffset(at: number): number {
  const x = snap(at);
  return x <= 0 ? 0 : Math.ceil(x) - 1;
}
