import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { fromEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import { sumUnchecked } from '../core/internal/statsKernels.js';
import type { PercentileMethod } from '../core/stats.js';
import { checkWorkflow } from './internal/checkWorkflow.js';
import { checkWorkItems } from './internal/checkWorkItem.js';
import {
  checkMethod,
  checkPercentileList,
  type DayUnit,
  readCalendar,
  readWindow,
  spanDays,
} from './internal/shared.js';
import { summarise } from './internal/summarise.js';
import { addWip, flowItems } from './internal/timeline.js';
import type { Workflow } from './workflow.js';
import type { WorkItem } from './workItem.js';

/** Percentile → value, e.g. `{ 50: 4, 85: 9 }`. */
export type PercentileTable = Readonly<Record<number, number>>;

/** Options of {@link flowMetrics}. */
export interface FlowMetricsOptions {
  /** First day of the window (inclusive). */
  readonly from: IsoDate;
  /** Last day of the window (inclusive), on or after `from`. */
  readonly to: IsoDate;
  /** Percentiles to report, each in (0, 100] (default `[50, 70, 85, 95]`). */
  readonly percentiles?: readonly number[] | undefined;
  /** `'nearest-rank'` (default) or `'linear'`. */
  readonly method?: PercentileMethod | undefined;
  /** Read items' transitions by this workflow (started, finished, WIP); default: their dates. */
  readonly workflow?: Workflow | undefined;
  /** Count cycle and lead times in working days of this calendar (default calendar days). */
  readonly calendar?: WorkCalendar | undefined;
}

/** A distribution of durations in days. */
export interface DurationSummary {
  /** How many items were measured. */
  readonly count: number;
  /** Their mean. */
  readonly mean: number;
  /** Their sample standard deviation (n − 1); `null` for one value. */
  readonly stdDev: number | null;
  /** The shortest. */
  readonly min: number;
  /** The longest. */
  readonly max: number;
  /** The requested percentiles. */
  readonly percentiles: PercentileTable;
}

/** One calendar day of {@link flowMetrics}. */
export interface FlowDay {
  /** The day. */
  readonly date: IsoDate;
  /** Items finished that day. */
  readonly throughput: number;
  /** Items in progress at the end of that day: started on or before it, not finished on or before it. */
  readonly wip: number;
}

/** The result of {@link flowMetrics}. */
export interface FlowMetricsResult {
  /** First day of the window. */
  readonly from: IsoDate;
  /** Last day of the window. */
  readonly to: IsoDate;
  /** Calendar days in the window. */
  readonly days: number;
  /** What `cycleTime` and `leadTime` count: calendar days, or working days with a calendar. */
  readonly unit: DayUnit;
  /** Per day throughput and WIP. */
  readonly daily: readonly FlowDay[];
  /** Items finished in the window and per day on average. */
  readonly throughput: { readonly total: number; readonly mean: number };
  /** Average and peak daily WIP. */
  readonly wip: { readonly mean: number; readonly max: number };
  /** Cycle times of items finished in the window (with a start); `null` when none. */
  readonly cycleTime: DurationSummary | null;
  /** Lead times of items finished in the window; `null` when none. */
  readonly leadTime: DurationSummary | null;
  /**
   * Little's Law: average WIP ÷ average throughput, plus the finish day,
   * beside the measured mean cycle time in calendar days. The two agree only
   * when the process is stable (arrivals ≈ departures, no items aging
   * forever); a gap is a signal, not an error.
   */
  readonly littlesLaw: {
    /** Average daily WIP. */
    readonly averageWip: number;
    /** Average daily throughput. */
    readonly averageThroughput: number;
    /**
     * `averageWip / averageThroughput + 1`: end-of-day WIP gives the mean of
     * finish − start, and cycle time counts the finish day too. `null` when
     * nothing finished.
     */
    readonly estimatedCycleTime: number | null;
    /** Mean measured cycle time in calendar days; `null` when none. */
    readonly measuredCycleTime: number | null;
  };
}

/** @internal The keys of {@link FlowMetricsOptions}. */
const KEYS = ['from', 'to', 'percentiles', 'method', 'workflow', 'calendar'] as const;

/**
 * Flow metrics over a window of calendar days, as ActionableAgile and the
 * Kanban Guide define them: throughput (items finished per day), WIP (items
 * in progress at the end of the day: counted on their start day, not on
 * their finish day), cycle and lead time of the items finished in the window
 * (inclusive day counts, see {@link cycleTime}) with their percentiles, and
 * Little's Law's estimate beside the measured cycle time. With a `workflow`,
 * items' transitions decide when they started and finished.
 *
 * @param items - work items, unique ids
 * @param options - `from`, `to`, `percentiles` (default 50, 70, 85, 95), `method`, `workflow`,
 *   `calendar`
 * @returns the daily series and the summaries
 * @throws PopmError `INVALID_DATE` for a bad date or `to` before `from`; `LIMIT_EXCEEDED` for a
 *   window over 36,525 days; `DUPLICATE_ID`; `OUT_OF_RANGE` for a percentile outside (0, 100];
 *   `EMPTY_INPUT` for an empty percentile list; `INVALID_ARGUMENT` for options that are not an
 *   object, an unknown option, a repeated percentile, an unknown method, a bad workflow or
 *   calendar, a transition to a state the workflow lacks, or a bad item
 * @example
 * const r = flowMetrics(
 *   [
 *     { id: 'a', createdOn: '2026-03-01', startedOn: '2026-03-02', finishedOn: '2026-03-04' },
 *     { id: 'b', createdOn: '2026-03-01', startedOn: '2026-03-03', finishedOn: '2026-03-03' },
 *     { id: 'c', createdOn: '2026-03-02', startedOn: '2026-03-04' },
 *   ],
 *   { from: '2026-03-02', to: '2026-03-05' },
 * );
 * r.daily.map((d) => d.wip); //=> [1, 1, 1, 1]
 * r.throughput.total; //=> 2
 * r.cycleTime?.percentiles[50]; //=> 1
 */
export function flowMetrics(
  items: readonly WorkItem[],
  options: FlowMetricsOptions,
): FlowMetricsResult {
  if (options === undefined)
    throw popmError('INVALID_ARGUMENT', ['options'], 'an options object with from and to', options);
  const opts = readOptions(options, ['options'], KEYS);
  const { from, to, days } = readWindow(opts);
  const ps = checkPercentileList(opts.percentiles, ['options', 'percentiles']);
  const method = checkMethod(opts.method, ['options', 'method']);
  const wf =
    opts.workflow === undefined ? null : checkWorkflow(opts.workflow, ['options', 'workflow']);
  const cal = readCalendar(opts.calendar, ['options', 'calendar']);
  const flow = flowItems(checkWorkItems(items, ['items']), wf, ['items']);

  const throughput = new Int32Array(days);
  const wipDelta = new Int32Array(days + 1);
  const cycle: number[] = [];
  const cycleCalendar: number[] = [];
  const lead: number[] = [];
  for (const f of flow) {
    if (f.finished !== null && f.finished >= from && f.finished <= to) {
      throughput[f.finished - from] = (throughput[f.finished - from] as number) + 1;
      lead.push(spanDays(cal, f.c.created, f.finished));
      if (f.started !== null) {
        cycle.push(spanDays(cal, f.started, f.finished));
        cycleCalendar.push(f.finished - f.started + 1);
      }
    }
    addWip(f, from, to, wipDelta);
  }
  const daily: FlowDay[] = [];
  let wip = 0;
  let wipSum = 0;
  let wipMax = 0;
  let total = 0;
  for (let i = 0; i < days; i++) {
    wip += wipDelta[i] as number;
    wipSum += wip;
    if (wip > wipMax) wipMax = wip;
    total += throughput[i] as number;
    daily.push({ date: fromEpochDay(from + i), throughput: throughput[i] as number, wip });
  }
  const averageWip = wipSum / days;
  const averageThroughput = total / days;
  return deepFreeze({
    from: fromEpochDay(from),
    to: fromEpochDay(to),
    days,
    unit: cal === null ? 'calendar-days' : 'working-days',
    daily,
    throughput: { total, mean: averageThroughput },
    wip: { mean: averageWip, max: wipMax },
    cycleTime: summarise(cycle, ps, method),
    leadTime: summarise(lead, ps, method),
    littlesLaw: {
      averageWip,
      averageThroughput,
      estimatedCycleTime: total === 0 ? null : averageWip / averageThroughput + 1,
      measuredCycleTime:
        cycleCalendar.length === 0 ? null : sumUnchecked(cycleCalendar) / cycleCalendar.length,
    },
  });
}
