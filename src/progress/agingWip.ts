import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { fromEpochDay, toEpochDay } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import type { PercentileMethod } from '../core/stats.js';
import type { PercentileTable } from './flowMetrics.js';
import { checkWorkflow } from './internal/checkWorkflow.js';
import { checkWorkItems } from './internal/checkWorkItem.js';
import {
  checkMethod,
  checkPercentileList,
  type DayUnit,
  readCalendar,
  spanDays,
} from './internal/shared.js';
import { summarise } from './internal/summarise.js';
import {
  asOfDay,
  type FlowItem,
  flowItems,
  isWipOn,
  type Segment,
  segmentAt,
} from './internal/timeline.js';
import type { Workflow } from './workflow.js';
import type { WorkItem } from './workItem.js';

/** Options of {@link agingWip}. */
export interface AgingWipOptions {
  /** Percentiles of the history to compare with (default `[50, 70, 85, 95]`). */
  readonly percentiles?: readonly number[] | undefined;
  /** `'nearest-rank'` (default) or `'linear'`. */
  readonly method?: PercentileMethod | undefined;
  /** Count working days of this calendar (default calendar days). */
  readonly calendar?: WorkCalendar | undefined;
}

/** How old finished items were when they moved past one in-progress state. */
export interface StagePace {
  /** The state. */
  readonly state: string;
  /** How many finished items the percentiles rest on. */
  readonly historyCount: number;
  /** Percentile → age (days since start) at which finished items had moved past the state; `{}` without history. */
  readonly percentiles: PercentileTable;
}

/** One item in progress on the aging chart. */
export interface AgingItem {
  /** The item's id. */
  readonly id: string;
  /** Its state at the end of `asOf`. */
  readonly state: string;
  /** When it started. */
  readonly startedOn: IsoDate;
  /** Days since it started, both days counted (an item started today is 1 day old). */
  readonly age: number;
  /** The highest percentile of its state's history this age has gone past, or `null`. */
  readonly passed: number | null;
  /** The next percentile it will pass, or `null` (past them all, or no history). */
  readonly next: number | null;
  /** The item's `type`, when it has one. */
  readonly type?: string | undefined;
  /** The item's `assignee`, when it has one. */
  readonly assignee?: string | undefined;
  /** The item's `meta`, when it has one. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** The result of {@link agingWip}. */
export interface AgingWipResult {
  /** The day of measurement. */
  readonly asOf: IsoDate;
  /** What ages count. */
  readonly unit: DayUnit;
  /** One row per in-progress state, in workflow order. */
  readonly stages: readonly StagePace[];
  /** Items in progress at the end of `asOf`, oldest first (ties by id). */
  readonly items: readonly AgingItem[];
}

/** The age (days since start) at which a finished item moved past state `s`. */
function exitAge(f: FlowItem, s: number, cal: Parameters<typeof spanDays>[0]): number {
  const started = f.started as number;
  const first = segmentAt(f, started) as Segment;
  if (first.state > s) return spanDays(cal, started, started);
  for (const seg of f.segments) {
    if (seg.day <= started) continue;
    if (seg.state > s) return spanDays(cal, started, seg.day);
  }
  return spanDays(cal, started, f.finished as number);
}

/**
 * The aging chart by stage (ActionableAgile's Aging Work in Progress): each
 * item in progress at the end of `asOf` (the one WIP rule), its current
 * state and age, against the ages at which finished items (finished on or
 * before `asOf`) had moved past that state. An item in "Review" aged past
 * the P85 of "Review" is older than 85% of finished items were when they
 * left review: act on it first.
 *
 * @param items - work items, unique ids; their transitions are read by the workflow
 * @param workflow - the team's workflow
 * @param asOf - the day of measurement
 * @param options - `percentiles`, `method`, `calendar`
 * @returns the per-stage history and the aged items
 * @throws PopmError `INVALID_DATE` for a bad date; `DUPLICATE_ID`; `INVALID_ARGUMENT` for a bad
 *   workflow, a transition to a state it lacks, a bad item, calendar or option; the percentile
 *   errors of {@link flowMetrics}
 * @example
 * const workflow = {
 *   states: [
 *     { name: 'To Do', category: 'todo' },
 *     { name: 'Dev', category: 'in-progress' },
 *     { name: 'Review', category: 'in-progress' },
 *     { name: 'Done', category: 'done' },
 *   ],
 * } as const;
 * const t = (state: string, on: string) => ({ state, on });
 * const r = agingWip(
 *   [
 *     { id: 'a', createdOn: '2026-03-02', transitions: [t('Dev', '2026-03-02'), t('Review', '2026-03-03'), t('Done', '2026-03-04')] },
 *     { id: 'b', createdOn: '2026-03-02', transitions: [t('Dev', '2026-03-02'), t('Review', '2026-03-05'), t('Done', '2026-03-06')] },
 *     { id: 'c', createdOn: '2026-03-05', transitions: [t('Dev', '2026-03-06')] },
 *   ],
 *   workflow,
 *   '2026-03-09',
 *   { percentiles: [50, 85] },
 * );
 * r.stages[0]; //=> { state: 'Dev', historyCount: 2, percentiles: { 50: 2, 85: 4 } }
 * r.items[0]; //=> { id: 'c', state: 'Dev', startedOn: '2026-03-06', age: 4, passed: 50, next: 85 }
 */
export function agingWip(
  items: readonly WorkItem[],
  workflow: Workflow,
  asOf: IsoDate,
  options?: AgingWipOptions,
): AgingWipResult {
  const wf = checkWorkflow(workflow, ['workflow']);
  const day = toEpochDay(asOf, ['asOf']);
  const opts = readOptions(options, ['options'], ['percentiles', 'method', 'calendar']);
  const ps = [...checkPercentileList(opts.percentiles, ['options', 'percentiles'])].sort(
    (a, b) => a - b,
  );
  const method = checkMethod(opts.method, ['options', 'method']);
  const cal = readCalendar(opts.calendar, ['options', 'calendar']);
  // Each item as it stood on asOf: a later move back or reopen is not known yet.
  const flow = flowItems(checkWorkItems(items, ['items']), wf, ['items']).map((f) =>
    asOfDay(f, day),
  );
  const history = flow.filter(
    (f) => f.finished !== null && f.started !== null && f.finished <= day,
  );
  const tables = new Map<number, PercentileTable>();
  const stages: StagePace[] = [];
  wf.states.forEach((st, s) => {
    if (st.category !== 'in-progress') return;
    const summary = summarise(
      history.map((f) => exitAge(f, s, cal)),
      ps,
      method,
    );
    const table = summary === null ? {} : summary.percentiles;
    tables.set(s, table);
    stages.push({ state: st.name, historyCount: history.length, percentiles: table });
  });
  const aged: AgingItem[] = [];
  for (const f of flow) {
    if (!isWipOn(f, day) || f.started === null) continue;
    const s = (segmentAt(f, day) as Segment).state;
    const age = spanDays(cal, f.started, day);
    const table = tables.get(s) ?? {};
    const { passed, next } =
      history.length > 0 ? passedAndNext(age, table, ps) : { passed: null, next: null };
    const out: { -readonly [K in keyof AgingItem]: AgingItem[K] } = {
      id: f.c.item.id,
      state: (wf.states[s] as { name: string }).name,
      startedOn: fromEpochDay(f.started),
      age,
      passed,
      next,
    };
    copyItemFields(out, f.c.item);
    aged.push(out);
  }
  aged.sort((a, b) => b.age - a.age || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return deepFreeze({
    asOf: fromEpochDay(day),
    unit: cal === null ? 'calendar-days' : 'working-days',
    stages,
    items: aged,
  });
}

/** The highest percentile `age` has passed and the next one it would pass. */
function passedAndNext(
  age: number,
  table: PercentileTable,
  ps: readonly number[],
): { passed: number | null; next: number | null } {
  let passed: number | null = null;
  let next: number | null = null;
  for (const p of ps) {
    if (age > (table[p] as number)) passed = p;
    else if (next === null) next = p;
  }
  return { passed, next };
}

/** Copies the item's optional type, assignee and meta onto its aging row. */
function copyItemFields(
  out: { -readonly [K in keyof AgingItem]: AgingItem[K] },
  item: Pick<WorkItem, 'type' | 'assignee' | 'meta'>,
): void {
  if (item.type !== undefined) out.type = item.type;
  if (item.assignee !== undefined) out.assignee = item.assignee;
  if (item.meta !== undefined) out.meta = item.meta;
}
