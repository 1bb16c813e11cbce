import type { IsoDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import { replaySprint } from './internal/replaySprint.js';
import type { Sprint } from './sprint.js';
import type { BurnChartOptions, ScopeChange, SprintEvent } from './sprintSeries.js';

/** One working day of a burn chart, as at the end of that day. */
export interface BurnDay {
  /** The working day. */
  readonly date: IsoDate;
  /** 1 for the sprint's first working day, 2 for the next… */
  readonly day: number;
  /** Total work in the sprint that day: committed plus added, minus removed, plus re-estimates. */
  readonly scope: number;
  /** Work completed so far. Scope changes never move it. */
  readonly completed: number;
  /** `scope − completed`. */
  readonly remaining: number;
  /**
   * The linear ideal line at the end of that day from the committed work:
   * remaining (burndown: committed · (1 − day/n)) or completed (burnup:
   * committed · day/n), n the sprint's working days.
   */
  readonly ideal: number;
}

/** The result of {@link burndown}. */
export interface BurndownResult {
  /** The sprint's id. */
  readonly sprintId: string;
  /** Work committed at the start: the chart's starting point. */
  readonly committed: number;
  /** Working days in the whole sprint. */
  readonly workingDays: number;
  /** One entry per working day up to `asOf` (or the sprint's end). */
  readonly days: readonly BurnDay[];
  /** Scope changes after the start, up to `asOf`. */
  readonly scopeChange: ScopeChange;
}

/**
 * Sprint burndown: per working day from the sprint's first day, the work
 * remaining, completed and in scope, beside the linear ideal line from the
 * committed work to zero on the last working day. Every point is the state at
 * the end of its day; events on a day off count on the next working day.
 * Scope added, removed or re-estimated after the start moves `scope` (and so
 * `remaining`) from the day it happened, never `completed` — removing scope
 * is not burning it, and an addition does not rewrite the days before it.
 *
 * @param sprint - the sprint (its `committed` is the starting scope)
 * @param events - what happened, any order, each dated within the sprint
 * @param options - `calendar` (default Saturday and Sunday off), `asOf`
 * @returns the daily series and the scope-change totals
 * @throws PopmError `OUT_OF_RANGE` for an event outside the sprint, or one that makes completed
 *   work exceed scope (or go below zero); `INVALID_ARGUMENT` for an unknown event kind or a
 *   sprint with no working day; `INVALID_DATE`, `INVALID_NUMBER` for bad fields
 * @example
 * const sprint = { id: 's1', start: '2026-03-02', end: '2026-03-06', committed: 10, completed: 10 };
 * const r = burndown(sprint, [
 *   { on: '2026-03-03', kind: 'completed', amount: 4 },
 *   { on: '2026-03-04', kind: 'added', amount: 2 },
 * ]);
 * r.days.map((d) => d.remaining); //=> [10, 6, 8, 8, 8]
 * r.days.map((d) => d.ideal); //=> [8, 6, 4, 2, 0]
 */
export function burndown(
  sprint: Sprint,
  events: readonly SprintEvent[],
  options?: BurnChartOptions,
): BurndownResult {
  const s = replaySprint(sprint, events, options);
  const n = s.workingDays;
  const c = s.sprint.committed;
  return deepFreeze({
    sprintId: s.sprint.id,
    committed: c,
    workingDays: n,
    // c · (n − day) / n could overflow for huge c; the fraction first cannot.
    days: s.days.map((d) => ({ ...d, ideal: c * ((n - d.day) / n) })),
    scopeChange: { ...s.scopeChange },
  });
}
