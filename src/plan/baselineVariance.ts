import type { WorkCalendar } from '../core/calendar.js';
import { type IsoDate, toEpochDay } from '../core/dates.js';
import { compileCalendar, workingDaysBetweenEpoch } from '../core/internal/calendarEpoch.js';
import { readEntity, readOptions } from '../core/internal/readObject.js';
import { requireArray } from '../core/internal/validate.js';
import { type BaselineTaskRow, readBaselineTask } from './internal/baselineTask.js';
import type { ScheduleDatesResult } from './scheduleDates.js';

/** One task as it was planned (or is now scheduled). */
export interface BaselineTask {
  /** The task's id. */
  readonly id: string;
  /** Its name, when it has one. */
  readonly name?: string | undefined;
  /** The planned start (working day). */
  readonly start: IsoDate;
  /** The planned finish (last working day; a milestone's date). */
  readonly finish: IsoDate;
  /** True for a milestone. */
  readonly milestone?: boolean | undefined;
}

/**
 * A baseline: the **scheduled dates as planned**, frozen at approval time —
 * plain JSON (strings and booleans), so a Project document can store it. Make
 * one with {@link toBaseline} from a {@link scheduleDates} result. A
 * {@link ScheduleDatesResult} is itself a valid `PlanBaseline`, so the current
 * schedule can be compared directly.
 */
export interface PlanBaseline {
  /** The planned project start. */
  readonly start?: IsoDate | undefined;
  /** The planned project finish. */
  readonly finish: IsoDate;
  /** The planned tasks, unique ids. */
  readonly tasks: readonly BaselineTask[];
}

/** Options of {@link baselineVariance}. */
export interface BaselineVarianceOptions {
  /** The calendar slips are counted in; default Saturday and Sunday off. */
  readonly calendar?: WorkCalendar | undefined;
}

/** One task's slip against the baseline. */
export interface TaskVariance {
  /** The task's id. */
  readonly id: string;
  /** The baseline start. */
  readonly baselineStart: IsoDate;
  /** The baseline finish. */
  readonly baselineFinish: IsoDate;
  /** The current start. */
  readonly start: IsoDate;
  /** The current finish. */
  readonly finish: IsoDate;
  /** Working days the start moved: positive later, negative earlier. */
  readonly startSlip: number;
  /** Working days the finish moved: positive later, negative earlier. */
  readonly finishSlip: number;
  /** True for a milestone (in the current schedule, else in the baseline). */
  readonly milestone: boolean;
}

/** One milestone's slip against the baseline. */
export interface MilestoneVariance {
  /** The milestone's id. */
  readonly id: string;
  /** The baseline date. */
  readonly baselineDate: IsoDate;
  /** The current date. */
  readonly date: IsoDate;
  /** Working days it moved: positive later, negative earlier. */
  readonly slip: number;
}

/** The result of {@link baselineVariance}. */
export interface BaselineVarianceResult {
  /** The baseline project finish. */
  readonly baselineFinish: IsoDate;
  /** The current project finish. */
  readonly finish: IsoDate;
  /** Working days the project finish moved: positive later (slip), negative earlier. */
  readonly finishSlip: number;
  /** Tasks in both, in current order. */
  readonly tasks: readonly TaskVariance[];
  /** Milestones in both, in current order. */
  readonly milestones: readonly MilestoneVariance[];
  /** Ids in the current schedule but not in the baseline, in current order. */
  readonly added: readonly string[];
  /** Ids in the baseline but no longer current, in baseline order. */
  readonly removed: readonly string[];
  /** Ids of common tasks whose finish slipped (`finishSlip > 0`), in current order. */
  readonly late: readonly string[];
}

interface Checked {
  readonly finish: number;
  readonly finishText: IsoDate;
  readonly ids: Map<string, number>;
  readonly tasks: readonly BaselineTaskRow[];
}

const BASELINE_KEYS = ['start', 'finish', 'tasks'] as const;

function check(value: unknown, what: string): Checked {
  const plan = readEntity(value, [what], BASELINE_KEYS, 'a baseline { finish, tasks }');
  if (plan.start !== undefined) toEpochDay(plan.start, [what, 'start']);
  const finish = toEpochDay(plan.finish, [what, 'finish']);
  const list = requireArray(plan.tasks, [what, 'tasks'], 'an array of tasks');
  const ids = new Map<string, number>();
  const tasks = list.map((item, i) => readBaselineTask(item, [what, 'tasks', i], ids, i));
  return { finish, finishText: plan.finish as IsoDate, ids, tasks };
}

/**
 * Compares the current schedule with a baseline: each task's start and finish
 * slip in working days (positive = later than planned), the milestones'
 * slips, the project finish slip, and the tasks added or removed since the
 * baseline. Slips are counted on the calendar, so a task moved from Friday to
 * Monday slipped 1 working day, not 3 calendar days.
 *
 * @param baseline - the plan as approved (see {@link PlanBaseline}, {@link toBaseline})
 * @param current - the current schedule (a {@link scheduleDates} result or another baseline)
 * @param options - `calendar` (default Saturday and Sunday off)
 * @returns the slips, milestones, added and removed ids; frozen
 * @throws PopmError `DUPLICATE_ID` for a repeated id in either; `INVALID_DATE` for a
 *   bad date (a task's, the finish, or the optional `start`); `OUT_OF_RANGE` for a
 *   task finishing before it starts; `INVALID_ARGUMENT` for a wrong shape or calendar
 * @example
 * const v = baselineVariance(
 *   { finish: '2026-12-04', tasks: [{ id: 'A', start: '2026-11-30', finish: '2026-12-04' }] },
 *   { finish: '2026-12-07', tasks: [{ id: 'A', start: '2026-12-01', finish: '2026-12-07' }] },
 * );
 * v.finishSlip; //=> 1 (working day later than planned)
 * v.tasks[0].startSlip; //=> 1
 * v.added; //=> []
 */
export function baselineVariance(
  baseline: PlanBaseline,
  current: PlanBaseline,
  options?: BaselineVarianceOptions,
): BaselineVarianceResult {
  const b = check(baseline, 'baseline');
  const c = check(current, 'current');
  const opts = readOptions(options, ['options'], ['calendar']);
  const cal = compileCalendar(opts.calendar as WorkCalendar | undefined, ['options', 'calendar']);
  const slip = (from: number, to: number): number => workingDaysBetweenEpoch(cal, from, to);
  const tasks: TaskVariance[] = [];
  const milestones: MilestoneVariance[] = [];
  const added: string[] = [];
  const late: string[] = [];
  for (const t of c.tasks) {
    const at = b.ids.get(t.id);
    if (at === undefined) {
      added.push(t.id);
      continue;
    }
    const base = b.tasks[at] as Checked['tasks'][number];
    const milestone = (t.milestone ?? base.milestone) === true;
    const finishSlip = slip(base.finish, t.finish);
    tasks.push(
      Object.freeze({
        id: t.id,
        baselineStart: base.startText,
        baselineFinish: base.finishText,
        start: t.startText,
        finish: t.finishText,
        startSlip: slip(base.start, t.start),
        finishSlip,
        milestone,
      }),
    );
    if (finishSlip > 0) late.push(t.id);
    if (milestone)
      milestones.push(
        Object.freeze({
          id: t.id,
          baselineDate: base.finishText,
          date: t.finishText,
          slip: finishSlip,
        }),
      );
  }
  const removed = b.tasks.filter((t) => !c.ids.has(t.id)).map((t) => t.id);
  return Object.freeze({
    baselineFinish: b.finishText,
    finish: c.finishText,
    finishSlip: slip(b.finish, c.finish),
    tasks: Object.freeze(tasks),
    milestones: Object.freeze(milestones),
    added: Object.freeze(added),
    removed: Object.freeze(removed),
    late: Object.freeze(late),
  });
}

/**
 * Turns a {@link scheduleDates} result into a {@link PlanBaseline}: only the
 * JSON data a baseline needs (start, finish, and each task's id, name, start,
 * finish and milestone flag), ready to store in a Project document.
 *
 * @param schedule - the approved schedule
 * @returns the baseline; frozen
 * @throws PopmError as {@link baselineVariance} checks a baseline (paths under `schedule`)
 * @example
 * const base = toBaseline(scheduleDates([{ id: 'A', duration: 5 }], { start: '2026-11-30' }));
 * //=> { start: '2026-11-30', finish: '2026-12-04',
 * //     tasks: [{ id: 'A', start: '2026-11-30', finish: '2026-12-04', milestone: false }] }
 */
export function toBaseline(schedule: ScheduleDatesResult): PlanBaseline {
  // The same checks as a baseline gets (ids, dates, start <= finish), on a fresh read.
  const s = check(schedule, 'schedule');
  const start = readEntity(schedule, ['schedule'], BASELINE_KEYS).start;
  return Object.freeze({
    ...(start === undefined ? {} : { start: start as IsoDate }),
    finish: s.finishText,
    tasks: Object.freeze(
      s.tasks.map((t) =>
        Object.freeze({
          id: t.id,
          ...(t.name === undefined ? {} : { name: t.name }),
          start: t.startText,
          finish: t.finishText,
          milestone: t.milestone === true,
        }),
      ),
    ),
  });
}
