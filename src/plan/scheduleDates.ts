import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import type { CriticalPathOptions, ScheduleConflict, ScheduledTask } from './criticalPath.js';
import { analyse } from './internal/analyse.js';
import { readCriticalPathOptions } from './internal/criticalPathOptions.js';
import { finishOffset, milestoneDay, startOffset, type WorkDays } from './internal/dating.js';
import { milestoneAtDayStart } from './internal/milestoneTime.js';
import { compileNetwork } from './internal/network.js';
import { preparePlan } from './internal/preparePlan.js';
import { readDating } from './internal/readDating.js';
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
  /** `true` for a summary task: its dates span its children's, its float is their least. */
  readonly summary?: true | undefined;
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
  /** The project finish: the latest task finish date (a start-driven milestone may end it). */
  readonly finish: IsoDate;
  /** The project duration in working days. */
  readonly duration: number;
  /** Every task's dates, in input order. */
  readonly tasks: readonly DatedTask[];
  /** The milestones (duration `0`), in input order. */
  readonly milestones: readonly DatedMilestone[];
  /** Broken constraints and missed deadlines, as {@link criticalPath} lists them. */
  readonly conflicts: readonly ScheduleConflict[];
}

/**
 * Puts the critical path schedule on a working calendar. Day offsets count
 * working days from the first working day on or after `start`; a task with
 * early start `es` and early finish `ef` begins on working day `⌊es⌋` and
 * finishes at the end of working day `⌈ef⌉ − 1` (a 5-day task from Monday
 * finishes on Friday). A milestone is dated as MS Project dates it: driven
 * by a predecessor's finish (FS, FF) it falls at the end of the working day
 * before its offset (after a 5-day task from Monday: that Friday); driven by
 * a start (the project start, a start-no-earlier-than constraint, an SS or
 * SF link, with or without lag) it falls at the start of the working day at
 * its offset (SS + 2 from a task starting Monday: Wednesday). The project
 * finish is the latest task's finish date.
 *
 * @param tasks - the plan; not changed
 * @param options - `start`, `calendar`, and the {@link criticalPath} options
 * @returns project start, finish and duration, every task's early and late dates, the milestones; frozen
 * @throws PopmError as {@link assertPlan}; `INVALID_DATE` for a bad start or
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
  const { maxPaths, tolerance, rec } = readCriticalPathOptions(options, [
    'start',
    'calendar',
    'statusDate',
  ]);
  if (rec.start === undefined)
    throw popmError('INVALID_DATE', ['options', 'start'], 'a YYYY-MM-DD calendar date', rec.start);
  const days = readDating(rec.start, rec.calendar) as WorkDays;
  const plan = preparePlan(net, days, rec.statusDate);
  const a = analyse(plan.net, plan.d, maxPaths, tolerance, days, plan.nodes);
  const cp = a.result;
  const atDayStart = milestoneAtDayStart(plan.net, plan.d, a.es, a.tol);
  const day = (offset: number): IsoDate => days.at(offset);
  const out: DatedTask[] = [];
  // The project finishes with its latest task: a milestone at 8:00 on day x
  // is later than a task finishing at 17:00 on day x − 1.
  let last = finishOffset(cp.duration);
  const milestones: DatedMilestone[] = [];
  cp.tasks.forEach((t, i) => {
    const name = (net.tasks[i] as Task).name;
    const named = name === undefined ? {} : { name };
    if (t.duration === 0 && t.summary !== true) {
      const early = milestoneDay(t.es, atDayStart[i] === 1);
      if (early > last) last = early;
      const date = day(early);
      const lateDate = day(Math.max(early, milestoneDay(t.ls, false)));
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
    } else out.push(datedTask(t, named, day));
  });
  return Object.freeze({
    start: day(0),
    finish: day(last),
    duration: cp.duration,
    tasks: Object.freeze(out),
    milestones: Object.freeze(milestones),
    conflicts: cp.conflicts,
  });
}

/** A task (or summary) with work on the calendar. */
function datedTask(
  t: ScheduledTask,
  named: { name?: string | undefined },
  day: (offset: number) => IsoDate,
): DatedTask {
  const base = {
    id: t.id,
    ...named,
    milestone: false,
    start: t.startDate ?? day(startOffset(t.es)),
    finish: t.finishDate ?? day(finishOffset(t.ef)),
    lateStart: day(startOffset(t.ls)),
    lateFinish: day(finishOffset(t.lf)),
    totalFloat: t.totalFloat,
    critical: t.critical,
  };
  return Object.freeze(t.summary === true ? { ...base, summary: true as const } : base);
}
