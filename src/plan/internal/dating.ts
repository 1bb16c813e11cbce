/**
 * @internal Working-day offsets to dates, as MS Project dates a schedule: a
 * task starts at the start of working day ⌊es⌋ and finishes at the end of
 * working day ⌈ef⌉ − 1; a milestone takes the time of the event that drives
 * it (see milestoneTime.ts).
 */

import { fromEpochDay, type IsoDate } from '../../core/dates.js';
import { popmError } from '../../core/errors.js';
import { type CompiledCalendar, isWorkingEpochDay } from '../../core/internal/calendarEpoch.js';

/** The last epoch day popm dates (9999-12-31). */
const LAST_DAY = 2_932_896;

/** @internal Snaps float noise (3.9999999999) to the integer it means. */
export function snap(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) <= 1e-9 * Math.max(1, Math.abs(x)) ? r : x;
}

/** @internal The working day a task with early start `es` starts on. */
export function startOffset(es: number): number {
  return Math.max(0, Math.floor(snap(es)));
}

/** @internal The working day a task with early finish `ef` finishes on (its last day of work). */
export function finishOffset(ef: number): number {
  return Math.max(0, Math.ceil(snap(ef)) - 1);
}

/**
 * @internal The working day a milestone at offset `at` is shown on: at the
 * start of day `at` when a start event drives it, else at the end of the
 * day before; a fractional offset falls inside day ⌊at⌋.
 */
export function milestoneDay(at: number, atDayStart: boolean): number {
  const x = snap(at);
  if (x <= 0) return 0;
  if (!Number.isInteger(x)) return Math.floor(x);
  return atDayStart ? x : x - 1;
}

/**
 * @internal The dates of working-day offsets from a first working day,
 * filled once in order as far as asked, so a 100,000-task plan formats each
 * date once instead of once per task.
 */
export class WorkDays {
  private readonly dates: IsoDate[];
  private last: number;

  constructor(
    readonly cal: CompiledCalendar,
    readonly first: number,
  ) {
    this.dates = [fromEpochDay(first)];
    this.last = first;
  }

  /**
   * The date of working day `offset` (an integer `>= 0`).
   * @throws PopmError `OUT_OF_RANGE` at `['tasks']` past 9999-12-31
   */
  at(offset: number): IsoDate {
    // More working days than calendar days up to 9999 can never be dated.
    if (offset > LAST_DAY - this.first)
      throw popmError('OUT_OF_RANGE', ['tasks'], 'a schedule ending by 9999-12-31', offset);
    while (this.dates.length <= offset) {
      let day = this.last + 1;
      while (!isWorkingEpochDay(this.cal, day)) day++;
      if (day > LAST_DAY)
        throw popmError('OUT_OF_RANGE', ['tasks'], 'a schedule ending by 9999-12-31', offset);
      this.dates.push(fromEpochDay(day));
      this.last = day;
    }
    return this.dates[offset] as IsoDate;
  }
}
