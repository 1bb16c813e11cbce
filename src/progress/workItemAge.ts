import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { fromEpochDay, toEpochDay } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import type { PercentileMethod } from '../core/stats.js';
import type { PercentileTable } from './flowMetrics.js';
import { type CheckedWorkItem, checkWorkItems } from './internal/checkWorkItem.js';
import {
  checkMethod,
  checkPercentileList,
  type DayUnit,
  readCalendar,
  spanDays,
} from './internal/shared.js';
import { summarise } from './internal/summarise.js';
import type { WorkItem } from './workItem.js';

/** Options of {@link workItemAge}. */
export interface WorkItemAgeOptions {
  /** Percentiles of historical cycle time to compare with (default `[50, 70, 85, 95]`). */
  readonly percentiles?: readonly number[] | undefined;
  /** `'nearest-rank'` (default) or `'linear'`. */
  readonly method?: PercentileMethod | undefined;
  /** Count ages and cycle times in working days of this calendar (default calendar days). */
  readonly calendar?: WorkCalendar | undefined;
}

/** The age of one item in progress. */
export interface AgedItem {
  /** The item's id. */
  readonly id: string;
  /** When it started. */
  readonly startedOn: IsoDate;
  /** asOf − started + 1 days (an item started today is 1 day old, as ActionableAgile counts). */
  readonly age: number;
  /**
   * The highest percentile of historical cycle time this age has gone past
   * (age > that cycle time), or `null` when it has passed none (or there is no history).
   */
  readonly passed: number | null;
  /** The next percentile it will pass, or `null` when it has passed them all (or no history). */
  readonly next: number | null;
  /** The item's `type`, when it has one. */
  readonly type?: string | undefined;
  /** The item's `assignee`, when it has one. */
  readonly assignee?: string | undefined;
  /** The item's `meta`, when it has one. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** The result of {@link workItemAge}. */
export interface WorkItemAgeResult {
  /** The day ages are measured at. */
  readonly asOf: IsoDate;
  /** What ages and percentiles count: calendar days, or working days with a calendar. */
  readonly unit: DayUnit;
  /** Historical cycle-time percentiles (items finished on or before `asOf`); `{}` without history. */
  readonly percentiles: PercentileTable;
  /** How many finished items the percentiles come from. */
  readonly historyCount: number;
  /** Items in progress on `asOf`, oldest first (ties by id). */
  readonly items: readonly AgedItem[];
}

/**
 * Work item age: for each item in progress at the end of `asOf` (started on
 * or before it, not finished on or before it: the one WIP rule), how long
 * it has been in progress, and which percentile of the team's historical
 * cycle times that age has already passed — the aging chart's early warning
 * (an item past the 85th percentile is older than 85% of finished work ever got).
 *
 * @param items - work items, unique ids; those finished on or before `asOf` form the history
 * @param asOf - the day of measurement
 * @param options - `percentiles`, `method`, `calendar`
 * @returns the aged items and the percentiles they were compared with
 * @throws PopmError `INVALID_DATE` for a bad date (`asOf` or an item's); `DUPLICATE_ID`;
 *   `OUT_OF_RANGE` for a percentile outside (0, 100]; `EMPTY_INPUT` for an empty percentile list;
 *   `INVALID_ARGUMENT` for options that are not an object, an unknown option, a repeated
 *   percentile, an unknown method, a bad calendar or a bad item
 * @example
 * const done = (id: string, s: string, f: string) => ({ id, createdOn: s, startedOn: s, finishedOn: f });
 * const r = workItemAge(
 *   [
 *     done('a', '2026-03-02', '2026-03-03'), // 2 days
 *     done('b', '2026-03-02', '2026-03-05'), // 4 days
 *     { id: 'c', createdOn: '2026-03-06', startedOn: '2026-03-06' },
 *   ],
 *   '2026-03-08',
 *   { percentiles: [50, 85] },
 * );
 * r.items[0]; //=> { id: 'c', startedOn: '2026-03-06', age: 3, passed: 50, next: 85 }
 */
export function workItemAge(
  items: readonly WorkItem[],
  asOf: IsoDate,
  options?: WorkItemAgeOptions,
): WorkItemAgeResult {
  const day = toEpochDay(asOf, ['asOf']);
  const opts = readOptions(options, ['options'], ['percentiles', 'method', 'calendar']);
  const cal = readCalendar(opts.calendar, ['options', 'calendar']);
  const ps = [...checkPercentileList(opts.percentiles, ['options', 'percentiles'])].sort(
    (a, b) => a - b,
  );
  const method = checkMethod(opts.method, ['options', 'method']);
  const checked = checkWorkItems(items, ['items']);
  const history: number[] = [];
  for (const c of checked)
    if (c.finished !== null && c.started !== null && c.finished <= day)
      history.push(spanDays(cal, c.started, c.finished));
  const summary = summarise(history, ps, method);
  const table = summary === null ? {} : summary.percentiles;
  const aged: AgedItem[] = [];
  for (const c of checked) {
    if (!inProgressOn(c, day)) continue;
    aged.push(
      agedItem(c, spanDays(cal, c.started as number, day), summary === null ? null : table, ps),
    );
  }
  aged.sort((a, b) => b.age - a.age || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return deepFreeze({
    asOf: fromEpochDay(day),
    unit: cal === null ? 'calendar-days' : 'working-days',
    percentiles: table,
    historyCount: history.length,
    items: aged,
  });
}

/** In progress at the end of `day`: started on or before it, not finished on or before it. */
function inProgressOn(c: CheckedWorkItem, day: number): boolean {
  return c.started !== null && c.started <= day && (c.finished === null || c.finished > day);
}

/** The highest percentile `age` has passed and the next one up (both null without history). */
function placeAge(
  age: number,
  table: PercentileTable | null,
  ps: readonly number[],
): { passed: number | null; next: number | null } {
  let passed: number | null = null;
  let next: number | null = null;
  if (table === null) return { passed, next };
  for (const p of ps) {
    if (age > (table[p] as number)) passed = p;
    else if (next === null) next = p;
  }
  return { passed, next };
}

function agedItem(
  c: CheckedWorkItem,
  age: number,
  table: PercentileTable | null,
  ps: readonly number[],
): AgedItem {
  const { passed, next } = placeAge(age, table, ps);
  const out: { -readonly [K in keyof AgedItem]: AgedItem[K] } = {
    id: c.item.id,
    startedOn: fromEpochDay(c.started as number),
    age,
    passed,
    next,
  };
  if (c.item.type !== undefined) out.type = c.item.type;
  if (c.item.assignee !== undefined) out.assignee = c.item.assignee;
  if (c.item.meta !== undefined) out.meta = c.item.meta;
  return out;
}
