/**
 * @internal Resource calendars on the project's working-day axis: which
 * project working days (offsets from the first one) a resource is off.
 */

import { toEpochDay } from '../../core/dates.js';
import { type CompiledCalendar, isWorkingEpochDay } from '../../core/internal/calendarEpoch.js';
import type { WorkDays } from './dating.js';
import type { ReadResources } from './readResources.js';

/** @internal Per resource, whether it works on each project working day. */
export class ResourceDays {
  private readonly epochs: number[] = [];

  constructor(
    private readonly days: WorkDays,
    private readonly resources: ReadResources['resources'],
  ) {}

  /** The epoch day of project working day `k`. */
  epoch(k: number): number {
    while (this.epochs.length <= k) this.epochs.push(toEpochDay(this.days.at(this.epochs.length)));
    return this.epochs[k] as number;
  }

  /** True when resource `r` is off on project working day `k` (an integer `>= 0`). */
  off(r: number, k: number): boolean {
    const cal = (this.resources[r] as { calendar?: CompiledCalendar | undefined }).calendar;
    return cal !== undefined && !isWorkingEpochDay(cal, this.epoch(k));
  }

  /** Resource `r`'s capacity on project working day `k`: `unitsPerDay`, or 0 on a day off. */
  capacity(r: number, k: number): number {
    return this.off(r, k) ? 0 : (this.resources[r] as { unitsPerDay: number }).unitsPerDay;
  }
}

/**
 * @internal The longest run of consecutive project working days on which
 * every one of `own` calendars works, in the repeating week (holidays aside:
 * they are finitely many), `Infinity` when together they work every working
 * weekday of the project. A task that needs these resources and is longer
 * than this can never run without a break.
 */
export function longestRun(
  project: CompiledCalendar,
  own: readonly (CompiledCalendar | undefined)[],
): number {
  const seq: boolean[] = [];
  for (let w = 0; w < 7; w++)
    if (project.off[w] !== true) seq.push(own.every((c) => c === undefined || c.off[w] !== true));
  if (seq.every(Boolean)) return Number.POSITIVE_INFINITY;
  let best = 0;
  let run = 0;
  for (let i = 0; i < 2 * seq.length; i++) {
    run = seq[i % seq.length] === true ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** @internal The last epoch day popm dates (9999-12-31). */
export const LAST_EPOCH_DAY = 2_932_896;
