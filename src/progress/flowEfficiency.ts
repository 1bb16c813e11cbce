import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { fromEpochDay, toEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import type { PercentileMethod } from '../core/stats.js';
import type { DurationSummary } from './flowMetrics.js';
import { checkWorkflow } from './internal/checkWorkflow.js';
import { checkWorkItems } from './internal/checkWorkItem.js';
import {
  checkMethod,
  checkPercentileList,
  type DayUnit,
  readCalendar,
  spanDays,
} from './internal/shared.js';
import { stateDays } from './internal/stateDays.js';
import { summarise } from './internal/summarise.js';
import { flowItems } from './internal/timeline.js';
import type { Workflow } from './workflow.js';
import type { WorkItem } from './workItem.js';

/** Options of {@link flowEfficiency}. */
export interface FlowEfficiencyOptions {
  /** Only items finished on or after this day (default: no lower bound). */
  readonly from?: IsoDate | undefined;
  /** Only items finished on or before this day (default: no upper bound). */
  readonly to?: IsoDate | undefined;
  /** Count working days of this calendar (default calendar days). */
  readonly calendar?: WorkCalendar | undefined;
  /** Percentiles of the shares to report (default `[50, 70, 85, 95]`). */
  readonly percentiles?: readonly number[] | undefined;
  /** `'nearest-rank'` (default) or `'linear'`. */
  readonly method?: PercentileMethod | undefined;
}

/** One finished item's flow efficiency. */
export interface ItemFlowEfficiency {
  /** The item's id. */
  readonly id: string;
  /** When it finished. */
  readonly finishedOn: IsoDate;
  /** Its cycle time. */
  readonly cycleTime: number;
  /** Days of the cycle spent in active states. */
  readonly activeDays: number;
  /** The other days of the cycle (queues, and done days before a reopen under `'continue'`). */
  readonly waitingDays: number;
  /** `activeDays / cycleTime`, in [0, 1]. */
  readonly activeShare: number;
  /** The item's `meta`, when it has one. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** The result of {@link flowEfficiency}. */
export interface FlowEfficiencyResult {
  /** What the days count. */
  readonly unit: DayUnit;
  /** Finished items with a start, by finish date then id. */
  readonly items: readonly ItemFlowEfficiency[];
  /** Σ active days ÷ Σ cycle times: the set's efficiency; `null` without items. */
  readonly pooledShare: number | null;
  /** The distribution of the items' `activeShare`; `null` without items. */
  readonly shares: DurationSummary | null;
}

const KEYS = ['from', 'to', 'calendar', 'percentiles', 'method'] as const;

/**
 * Flow efficiency: the share of an item's cycle time spent in active states
 * (work happening) rather than waiting in queues, per finished item and for
 * the set: pooled (Σ active ÷ Σ cycle time) and as a distribution. Days are
 * counted as {@link timeInState} counts them, over the cycle from the start to
 * the finish, so the active days never exceed the cycle time.
 *
 * @param items - work items, unique ids; their transitions are read by the workflow
 * @param workflow - the team's workflow (its `active` flags mark the work states)
 * @param options - `from`, `to` (finish dates), `calendar`, `percentiles`, `method`
 * @returns per item and set efficiency
 * @throws PopmError `INVALID_DATE` for a bad date or `to` before `from`; `DUPLICATE_ID`;
 *   `INVALID_ARGUMENT` for a bad workflow, a transition to a state it lacks, a bad item, calendar
 *   or option; the percentile errors of {@link flowMetrics}
 * @example
 * const workflow = {
 *   states: [
 *     { name: 'To Do', category: 'todo' },
 *     { name: 'Doing', category: 'in-progress' },
 *     { name: 'Waiting', category: 'in-progress', active: false },
 *     { name: 'Done', category: 'done' },
 *   ],
 * } as const;
 * const item = {
 *   id: 'a',
 *   createdOn: '2026-03-02',
 *   transitions: [
 *     { state: 'Doing', on: '2026-03-02' },
 *     { state: 'Waiting', on: '2026-03-03' },
 *     { state: 'Doing', on: '2026-03-05' },
 *     { state: 'Done', on: '2026-03-05' },
 *   ],
 * };
 * const r = flowEfficiency([item], workflow);
 * r.items[0]; //=> { id: 'a', finishedOn: '2026-03-05', cycleTime: 4, activeDays: 2, waitingDays: 2, activeShare: 0.5 }
 */
export function flowEfficiency(
  items: readonly WorkItem[],
  workflow: Workflow,
  options?: FlowEfficiencyOptions,
): FlowEfficiencyResult {
  const wf = checkWorkflow(workflow, ['workflow']);
  const opts = readOptions(options, ['options'], KEYS);
  const from =
    opts.from === undefined ? Number.NEGATIVE_INFINITY : toEpochDay(opts.from, ['options', 'from']);
  const to =
    opts.to === undefined ? Number.POSITIVE_INFINITY : toEpochDay(opts.to, ['options', 'to']);
  if (to < from)
    throw popmError(
      'INVALID_DATE',
      ['options', 'to'],
      `a date on or after from ${String(opts.from)}`,
      opts.to,
    );
  const cal = readCalendar(opts.calendar, ['options', 'calendar']);
  const ps = checkPercentileList(opts.percentiles, ['options', 'percentiles']);
  const method = checkMethod(opts.method, ['options', 'method']);
  const flow = flowItems(checkWorkItems(items, ['items']), wf, ['items']);
  const rows: ItemFlowEfficiency[] = [];
  let activeSum = 0;
  let cycleSum = 0;
  for (const f of flow) {
    if (f.finished === null || f.started === null || f.finished < from || f.finished > to) continue;
    const days = stateDays(f, wf.states.length, f.started, f.finished, true, cal);
    const cycleTime = spanDays(cal, f.started, f.finished);
    let activeDays = 0;
    days.forEach((d, i) => {
      if (wf.active[i] === true) activeDays += d;
    });
    const row: { -readonly [K in keyof ItemFlowEfficiency]: ItemFlowEfficiency[K] } = {
      id: f.c.item.id,
      finishedOn: fromEpochDay(f.finished),
      cycleTime,
      activeDays,
      waitingDays: cycleTime - activeDays,
      activeShare: activeDays / cycleTime,
    };
    if (f.c.item.meta !== undefined) row.meta = f.c.item.meta;
    rows.push(row);
    activeSum += activeDays;
    cycleSum += cycleTime;
  }
  rows.sort((a, b) =>
    a.finishedOn < b.finishedOn ? -1 : a.finishedOn > b.finishedOn ? 1 : a.id < b.id ? -1 : 1,
  );
  return deepFreeze({
    unit: cal === null ? 'calendar-days' : 'working-days',
    items: rows,
    pooledShare: cycleSum === 0 ? null : activeSum / cycleSum,
    shares: summarise(
      rows.map((r) => r.activeShare),
      ps,
      method,
    ),
  });
}
