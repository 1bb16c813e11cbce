import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { fromEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import { percentileOfSorted } from '../core/internal/statsKernels.js';
import { requireNumber } from '../core/internal/validate.js';
import type { PercentileMethod } from '../core/stats.js';
import { checkWorkflow } from './internal/checkWorkflow.js';
import { checkWorkItems } from './internal/checkWorkItem.js';
import { finishedIn } from './internal/finished.js';
import { checkMethod, type DayUnit, readCalendar, readWindow } from './internal/shared.js';
import { flowItems } from './internal/timeline.js';
import type { Workflow } from './workflow.js';
import type { WorkItem } from './workItem.js';

/** Options of {@link serviceLevel}. */
export interface ServiceLevelOptions {
  /** First finish day of the history (inclusive). */
  readonly from: IsoDate;
  /** Last finish day of the history (inclusive). */
  readonly to: IsoDate;
  /** The confidence, in (0, 100] (default 85). */
  readonly percentile?: number | undefined;
  /** How many of the latest finished items to check against it (default 10). */
  readonly recent?: number | undefined;
  /** `'nearest-rank'` (default: the level is a cycle time that happened) or `'linear'`. */
  readonly method?: PercentileMethod | undefined;
  /** Count working days of this calendar (default calendar days). */
  readonly calendar?: WorkCalendar | undefined;
  /** Read items' transitions by this workflow. */
  readonly workflow?: Workflow | undefined;
}

/** The result of {@link serviceLevel}. */
export interface ServiceLevelResult {
  /** First day of the history. */
  readonly from: IsoDate;
  /** Last day of the history. */
  readonly to: IsoDate;
  /** The confidence asked for. */
  readonly percentile: number;
  /** "`percentile`% of items finish within `days` days"; `null` without finished items. */
  readonly days: number | null;
  /** What `days` counts. */
  readonly unit: DayUnit;
  /** How many finished items it rests on. */
  readonly count: number;
  /** The latest finished items, checked against `days`. */
  readonly recent: {
    /** How many were checked (at most the `recent` option). */
    readonly count: number;
    /** How many finished within `days`. */
    readonly met: number;
    /** `met / count`, in [0, 1]; `null` without items. */
    readonly metShare: number | null;
  };
}

/**
 * A service level expectation (Kanban Guide, ActionableAgile): "85% of items
 * finish within N days", read from the cycle times of the items finished
 * between `from` and `to`, with how many items it rests on and the share of
 * the latest `recent` items that met it (a share well under the percentile
 * says the process has slowed since).
 *
 * @param items - work items, unique ids
 * @param options - `from`, `to`, `percentile` (default 85), `recent` (default 10), `method`,
 *   `calendar`, `workflow`
 * @returns the level, its support and how recent items fared
 * @throws PopmError `INVALID_DATE` for a bad date or `to` before `from`; `LIMIT_EXCEEDED` for a
 *   window over 36,525 days; `OUT_OF_RANGE` for a percentile outside (0, 100] or a `recent` that
 *   is not an integer >= 1; `DUPLICATE_ID`; `INVALID_ARGUMENT` for a bad item, calendar, workflow
 *   or option
 * @example
 * const done = (id: string, f: string) => ({ id, createdOn: '2026-03-01', startedOn: '2026-03-01', finishedOn: f });
 * const items = ['02', '03', '03', '04', '05', '06', '08', '10', '12', '20'].map((d, i) => done(`i${i}`, `2026-03-${d}`));
 * const r = serviceLevel(items, { from: '2026-03-01', to: '2026-03-31', recent: 4 });
 * [r.days, r.count]; //=> [12, 10] (85% of 10 items finished within 12 days)
 * r.recent; //=> { count: 4, met: 3, metShare: 0.75 }
 */
export function serviceLevel(
  items: readonly WorkItem[],
  options: ServiceLevelOptions,
): ServiceLevelResult {
  if (options === undefined)
    throw popmError('INVALID_ARGUMENT', ['options'], 'an options object with from and to', options);
  const opts = readOptions(
    options,
    ['options'],
    ['from', 'to', 'percentile', 'recent', 'method', 'calendar', 'workflow'],
  );
  const { from, to } = readWindow(opts);
  const percentile =
    opts.percentile === undefined
      ? 85
      : requireNumber(opts.percentile, ['options', 'percentile'], { minExclusive: 0, max: 100 });
  const recentN =
    opts.recent === undefined
      ? 10
      : requireNumber(opts.recent, ['options', 'recent'], { min: 1, max: 1e6, integer: true });
  const method = checkMethod(opts.method, ['options', 'method']);
  const cal = readCalendar(opts.calendar, ['options', 'calendar']);
  const wf =
    opts.workflow === undefined ? null : checkWorkflow(opts.workflow, ['options', 'workflow']);
  const done = finishedIn(
    flowItems(checkWorkItems(items, ['items']), wf, ['items']),
    from,
    to,
    cal,
  );
  const sorted = Float64Array.from(done, (d) => d.cycleTime).sort();
  const days = sorted.length === 0 ? null : percentileOfSorted(sorted, percentile, method);
  const latest = done.slice(-recentN);
  const met = days === null ? 0 : latest.filter((d) => d.cycleTime <= days).length;
  return deepFreeze({
    from: fromEpochDay(from),
    to: fromEpochDay(to),
    percentile,
    days,
    unit: cal === null ? 'calendar-days' : 'working-days',
    count: done.length,
    recent: {
      count: latest.length,
      met,
      metShare: latest.length === 0 ? null : met / latest.length,
    },
  });
}
