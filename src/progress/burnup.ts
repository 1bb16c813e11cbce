import { fromEpochDay, type IsoDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import { addWorkingEpochDays } from '../core/internal/calendarEpoch.js';
import type { BurnDay } from './burndown.js';
import { replaySprint } from './internal/replaySprint.js';
import type { Sprint } from './sprint.js';
import type { BurnChartOptions, ScopeChange, SprintEvent } from './sprintSeries.js';

/**
 * When the remaining work would be done at the average daily rate so far,
 * and at that rate ±10% (as Jira's version report shows its optimistic and
 * pessimistic dates). Dates are `null` when nothing has been completed yet
 * (no rate to project).
 */
export interface BurnupProjection {
  /** Average completed work per working day so far. */
  readonly dailyRate: number;
  /** Remaining work at the last point. */
  readonly remaining: number;
  /**
   * Working day on which the remaining work is done at `dailyRate`; `null`
   * without a rate, or when that day falls after 9999-12-31.
   */
  readonly projected: IsoDate | null;
  /** The same at `dailyRate × 1.1`. */
  readonly optimistic: IsoDate | null;
  /** The same at `dailyRate × 0.9`. */
  readonly pessimistic: IsoDate | null;
  /** Whether `projected` falls on or before the sprint's end. */
  readonly onTrack: boolean;
}

/** The result of {@link burnup}. */
export interface BurnupResult {
  /** The sprint's id. */
  readonly sprintId: string;
  /** Work committed at the start. */
  readonly committed: number;
  /** Working days in the whole sprint. */
  readonly workingDays: number;
  /** One entry per working day up to `asOf`; `ideal` is the ideal completed line. */
  readonly days: readonly BurnDay[];
  /** Scope changes after the start, up to `asOf`. */
  readonly scopeChange: ScopeChange;
  /** The projected completion; `null` when there is no day yet (asOf before the start). */
  readonly projection: BurnupProjection | null;
}

/** Working days a projection may reach: far past year 9999 from any start. */
const MAX_PROJECTION_DAYS = 3_000_000;
/** 9999-12-31 as an epoch day. */
const MAX_EPOCH_DAY = 2_932_896;

// ceil that ignores float noise such as 3.0000000000000004.
function ceilDays(x: number): number {
  return Math.ceil(x - 1e-9);
}

/**
 * Sprint burnup: the same daily series as {@link burndown} (completed and
 * scope as two lines, so scope changes show as a moving target), the ideal
 * completed line from 0 to the committed work, and the projected completion
 * at the average daily rate so far, with optimistic (+10%) and pessimistic
 * (−10%) dates as Jira's version report draws them.
 *
 * @param sprint - the sprint
 * @param events - what happened, each dated within the sprint
 * @param options - `calendar`, `asOf`
 * @returns the daily series and the projection
 * @throws PopmError as {@link burndown}
 * @example
 * const sprint = { id: 's1', start: '2026-03-02', end: '2026-03-13', committed: 20, completed: 0 };
 * const r = burnup(sprint, [
 *   { on: '2026-03-02', kind: 'completed', amount: 2 },
 *   { on: '2026-03-03', kind: 'completed', amount: 2 },
 * ], { asOf: '2026-03-03' });
 * r.projection?.dailyRate; //=> 2
 * r.projection?.projected; //=> '2026-03-13' (16 more points at 2 a day: 8 working days)
 */
export function burnup(
  sprint: Sprint,
  events: readonly SprintEvent[],
  options?: BurnChartOptions,
): BurnupResult {
  const s = replaySprint(sprint, events, options);
  const n = s.workingDays;
  const c = s.sprint.committed;
  const days = s.days.map((d) => ({ ...d, ideal: c * (d.day / n) }));
  let projection: BurnupProjection | null = null;
  const last = s.days[s.days.length - 1];
  if (last !== undefined) {
    const lastDay = s.epochDays[s.epochDays.length - 1] as number;
    const endDay =
      s.epochDays.length === n
        ? lastDay
        : addWorkingEpochDays(s.cal, lastDay, n - s.epochDays.length);
    const dailyRate = last.completed / last.day;
    const remaining = last.remaining;
    const at = (rate: number): IsoDate | null => {
      if (remaining <= 0) {
        return fromEpochDay(s.epochDays[doneIndex(s.days)] as number);
      }
      if (rate <= 0) return null;
      const days = ceilDays(remaining / rate);
      // A rate so slow that the date falls past year 9999 has no date.
      if (!(days <= MAX_PROJECTION_DAYS)) return null;
      const at = addWorkingEpochDays(s.cal, lastDay, days);
      return at > MAX_EPOCH_DAY ? null : fromEpochDay(at);
    };
    const projected = at(dailyRate);
    projection = {
      dailyRate,
      remaining,
      projected,
      optimistic: at(dailyRate * 1.1),
      pessimistic: at(dailyRate * 0.9),
      onTrack: projected !== null && projected <= fromEpochDay(endDay),
    };
  }
  return deepFreeze({
    sprintId: s.sprint.id,
    committed: c,
    workingDays: n,
    days,
    scopeChange: { ...s.scopeChange },
    projection,
  });
}

/**
 * The day the work was done: the day after the last one with work left (scope
 * added or work reopened after an earlier "done" day does not count as done then).
 */
function doneIndex(days: readonly { readonly remaining: number }[]): number {
  let doneAt = days.length - 1;
  while (doneAt > 0 && (days[doneAt - 1] as { remaining: number }).remaining <= 0) doneAt--;
  return doneAt;
}
