/**
 * @internal Days per state over part of an item's life, the one day count
 * behind time in state, flow efficiency and aging by stage.
 *
 * Each day belongs to one state: the state the item is in at the end of the
 * day (the WIP rule), except the finish day, which belongs to the state the
 * item left to finish. Cycle time counts the finish day as a day of work
 * (ActionableAgile), so the in-progress days of an item that never went
 * back add up to its cycle time, and all its days to its lead time. With a
 * calendar only working days count, and a span with none counts 1 day (as
 * {@link spanDays} does).
 */
import {
  type CompiledCalendar,
  isWorkingEpochDay,
  workingDaysBetweenEpoch,
} from '../../core/internal/calendarEpoch.js';
import type { FlowItem, Segment } from './timeline.js';

function count(cal: CompiledCalendar | null, a: number, b: number): number {
  if (b < a) return 0;
  return cal === null ? b - a + 1 : workingDaysBetweenEpoch(cal, a - 1, b);
}

/**
 * @internal Days per state index (length `states`) over [a, end]; `end` is the
 * item's finish day when `finishedInRange`, which moves that day to the state
 * the item left to finish.
 */
export function stateDays(
  f: FlowItem,
  states: number,
  a: number,
  end: number,
  finishedInRange: boolean,
  cal: CompiledCalendar | null,
): number[] {
  const days: number[] = new Array<number>(states).fill(0);
  const segs = f.segments;
  let lastState = -1;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as Segment;
    const segEnd =
      i + 1 < segs.length ? (segs[i + 1] as Segment).day - 1 : Number.POSITIVE_INFINITY;
    const lo = Math.max(s.day, a);
    const hi = Math.min(segEnd, end);
    if (lo > hi) continue;
    days[s.state] = (days[s.state] as number) + count(cal, lo, hi);
    lastState = s.state;
  }
  if (finishedInRange && f.finished !== null) {
    const doneState = lastState;
    if (doneState >= 0 && (cal === null || isWorkingEpochDay(cal, f.finished))) {
      days[doneState] = (days[doneState] as number) - 1;
      days[f.finishFrom] = (days[f.finishFrom] as number) + 1;
    }
    lastState = f.finishFrom;
  }
  let total = 0;
  for (const d of days) total += d;
  if (total === 0 && lastState >= 0) days[lastState] = 1;
  return days;
}
