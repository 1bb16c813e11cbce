import type { IsoDate } from '../core/dates.js';
import { fromEpochDay } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import { type PercentileMethod, percentileOfSorted, sumUnchecked } from '../core/stats.js';
import { requireObject } from '../core/validate.js';
import { checkMethod, checkPercentileList, readWindow } from './internal.js';
import { checkWorkItems, type WorkItem } from './workItem.js';

/** Percentile → value, e.g. `{ 50: 4, 85: 9 }`. */
export type PercentileTable = Readonly<Record<number, number>>;

/** Options of {@link flowMetrics}. */
export interface FlowMetricsOptions {
  /** First day of the window (inclusive). */
  readonly from: IsoDate;
  /** Last day of the window (inclusive), on or after `from`. */
  readonly to: IsoDate;
  /** Percentiles to report, each in (0, 100] (default `[50, 70, 85, 95]`). */
  readonly percentiles?: readonly number[];
  /** `'nearest-rank'` (default) or `'linear'`. */
  readonly method?: PercentileMethod;
}

/** A distribution of durations in days. */
export interface DurationSummary {
  /** How many items were measured. */
  readonly count: number;
  /** Their mean. */
  readonly mean: number;
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
  /** Items in progress that day: started on or before it, not finished before it. */
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
   * Little's Law: average WIP ÷ average throughput, beside the measured mean
   * cycle time. The two agree only when the process is stable (arrivals ≈
   * departures, no items aging forever); a gap is a signal, not an error.
   */
  readonly littlesLaw: {
    /** Average daily WIP. */
    readonly averageWip: number;
    /** Average daily throughput. */
    readonly averageThroughput: number;
    /** `averageWip / averageThroughput`; `null` when nothing finished. */
    readonly estimatedCycleTime: number | null;
    /** Mean measured cycle time; `null` when none. */
    readonly measuredCycleTime: number | null;
  };
}

/** Longest window accepted (about 100 years), so a typo cannot allocate millions of days. */

/** @internal Summary of durations (unsorted input). */
export function summarise(
  values: number[],
  ps: readonly number[],
  method: PercentileMethod,
): DurationSummary | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const percentiles: Record<number, number> = {};
  for (const p of ps) percentiles[p] = percentileOfSorted(sorted, p, method);
  return {
    count: sorted.length,
    mean: sumUnchecked(sorted) / sorted.length,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    percentiles,
  };
}

/**
 * Flow metrics over a window of calendar days, as ActionableAgile and the
 * Kanban Guide define them: throughput (items finished per day), WIP (items
 * started and not yet finished, an item counting on both its start and
 * finish days), cycle and lead time of the items finished in the window
 * (inclusive day counts, see {@link cycleTime}) with their percentiles, and
 * Little's Law's estimate beside the measured cycle time.
 *
 * @param items - work items, unique ids
 * @param options - `from`, `to`, `percentiles` (default 50, 70, 85, 95), `method`
 * @returns the daily series and the summaries
 * @throws PopmError `INVALID_DATE` for a bad date or `to` before `from`; `LIMIT_EXCEEDED` for a
 *   window over 36,525 days; `DUPLICATE_ID`; `OUT_OF_RANGE` for a percentile outside (0, 100];
 *   `EMPTY_INPUT` for an empty percentile list; `INVALID_ARGUMENT` for options that are not an
 *   object, a repeated percentile, an unknown method or a bad item
 * @example
 * const r = flowMetrics(
 *   [
 *     { id: 'a', createdOn: '2026-03-01', startedOn: '2026-03-02', finishedOn: '2026-03-04' },
 *     { id: 'b', createdOn: '2026-03-01', startedOn: '2026-03-03', finishedOn: '2026-03-03' },
 *     { id: 'c', createdOn: '2026-03-02', startedOn: '2026-03-04' },
 *   ],
 *   { from: '2026-03-02', to: '2026-03-05' },
 * );
 * r.daily.map((d) => d.wip); //=> [1, 2, 2, 1]
 * r.throughput.total; //=> 2
 * r.cycleTime?.percentiles[50]; //=> 1
 */
export function flowMetrics(
  items: readonly WorkItem[],
  options: FlowMetricsOptions,
): FlowMetricsResult {
  const opts = requireObject(options, ['options'], 'an options object with from and to');
  const { from, to, days } = readWindow(opts);
  const ps = checkPercentileList(opts.percentiles, ['options', 'percentiles']);
  const method = checkMethod(opts.method, ['options', 'method']);
  const checked = checkWorkItems(items, ['items']);

  const throughput = new Int32Array(days);
  const wipDelta = new Int32Array(days + 1);
  const cycle: number[] = [];
  const lead: number[] = [];
  for (const c of checked) {
    if (c.finished !== null && c.finished >= from && c.finished <= to) {
      throughput[c.finished - from] = (throughput[c.finished - from] as number) + 1;
      lead.push(c.finished - c.created + 1);
      if (c.started !== null) cycle.push(c.finished - c.started + 1);
    }
    if (c.started !== null) {
      const a = Math.max(c.started, from);
      const b = Math.min(c.finished ?? to, to);
      if (a <= b) {
        wipDelta[a - from] = (wipDelta[a - from] as number) + 1;
        wipDelta[b - from + 1] = (wipDelta[b - from + 1] as number) - 1;
      }
    }
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
  const cycleTime = summarise(cycle, ps, method);
  return deepFreeze({
    from: fromEpochDay(from),
    to: fromEpochDay(to),
    days,
    daily,
    throughput: { total, mean: averageThroughput },
    wip: { mean: averageWip, max: wipMax },
    cycleTime,
    leadTime: summarise(lead, ps, method),
    littlesLaw: {
      averageWip,
      averageThroughput,
      estimatedCycleTime: total === 0 ? null : averageWip / averageThroughput,
      measuredCycleTime: cycleTime === null ? null : cycleTime.mean,
    },
  });
}
