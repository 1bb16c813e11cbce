import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { type CompiledCalendar, compileCalendar } from '../core/internal/calendarEpoch.js';
import { heapPop, heapPush } from '../core/internal/heap.js';
import { readEntity, readOptions } from '../core/internal/readObject.js';
import { requireArray } from '../core/internal/validate.js';
import { longestRun, ResourceDays } from './internal/capacityDays.js';
import type { WorkDays } from './internal/dating.js';
import { type EarlySchedule, earlySchedule } from './internal/loadSchedule.js';
import { compileNetwork, type Network, type Pass } from './internal/network.js';
import { readDating } from './internal/readDating.js';
import { RESOURCE_KEYS, type ReadResources, readResources } from './internal/readResources.js';
import { FF, FS, SS, TASK_KEYS } from './internal/readTasks.js';
import type { ResourcePlan } from './resources.js';
import type { Task } from './types.js';

/** Options of {@link levelResources}. */
export interface LevelResourcesOptions {
  /**
   * Task ids to schedule first, most important first; tasks not listed
   * follow. Ties (and unlisted tasks) go by least total float, then id.
   */
  readonly priority?: readonly string[] | undefined;
  /**
   * Delay tasks only within their total float, so the project finish never
   * moves; conflicts that cannot be resolved so are left and listed in
   * `unresolved`. Default `false`.
   */
  readonly withinFloatOnly?: boolean | undefined;
  /**
   * The project start: needed only when a resource has its own `calendar`,
   * to know which working days are its days off.
   */
  readonly start?: IsoDate | undefined;
  /** The project's working calendar (with `start`); default Saturday and Sunday off. */
  readonly calendar?: WorkCalendar | undefined;
}

/** One task of a levelled plan. */
export interface LevelledTask {
  /** The task's id. */
  readonly id: string;
  /** The unlevelled early start (working days from the project start). */
  readonly originalStart: number;
  /** The levelled start. */
  readonly start: number;
  /** The levelled finish, `start + duration` (a summary: its children's last finish). */
  readonly finish: number;
  /** `start − originalStart`, `>= 0`. */
  readonly delay: number;
}

/** The result of {@link levelResources}. */
export interface LevelResourcesResult {
  /**
   * The levelled plan: the input tasks, each with a `constraint` holding its
   * levelled start, so {@link criticalPath} and {@link resourceLoad} on it
   * reproduce the levelled schedule.
   */
  readonly plan: ResourcePlan;
  /** Every task's levelled start and delay, in input order. */
  readonly tasks: readonly LevelledTask[];
  /** The unlevelled project duration. */
  readonly originalFinish: number;
  /** The levelled project duration, `>= originalFinish`. */
  readonly finish: number;
  /**
   * Ids of tasks left over-allocated, input order: with `withinFloatOnly`,
   * those that did not fit within their float; and tasks longer than any
   * unbroken run of working days of a resource they need (its own calendar
   * never gives it that many days in a row), placed as if it worked every day.
   */
  readonly unresolved: readonly string[];
}

const OPTION_KEYS = ['priority', 'withinFloatOnly', 'start', 'calendar'] as const;
const EPS = 1e-9;

/**
 * Levels a resource-loaded plan with the serial schedule-generation
 * heuristic: tasks are taken one at a time, a task only once all its
 * predecessors are placed, the eligible task of highest priority first
 * (`options.priority`, then least total float, then id); each starts at the
 * earliest time its links, its constraint and every resource's
 * `unitsPerDay` allow. Every link and constraint holds, no resource is over
 * its capacity at any moment (except tasks listed in `unresolved`), no task
 * starts earlier than in the unlevelled plan, and the result is
 * deterministic. Time is continuous in working days (fractional durations
 * are levelled exactly). A resource with its own `calendar` has no
 * capacity on its days off (give `options.start`): a task that needs it is
 * not split or stretched but starts after the break, once the resource
 * works every day of the task. The plan is dated as {@link criticalPath}
 * dates it: a link to a summary waits for all its children, and dated
 * constraints (which need `options.start`) hold; an inflexible one that
 * levelling pushes a task past is not kept (the levelled plan holds each
 * task's levelled start as its constraint, a summary its own fields).
 *
 * @param plan - `{ tasks, resources }`: the tasks {@link criticalPath} takes,
 *   with optional `assignments` `{ resource, units }[]`, and the resources.
 * @param options - `priority` and `withinFloatOnly`.
 * @returns The levelled plan, each task's start and delay, and both finishes; deep-frozen.
 * @throws PopmError as {@link assertPlan} for the tasks (paths under
 *   `['plan', 'tasks']`); `NOT_FOUND` for an assignment to an unknown
 *   resource or a priority id not in the plan; `OUT_OF_RANGE` for units
 *   `<= 0`, or a capacity of 0 with work assigned; `INVALID_ARGUMENT` for bad options
 *   or for no `start` when a resource has a calendar.
 * @example
 * const r = levelResources({
 *   resources: [{ id: 'ann', unitsPerDay: 1 }],
 *   tasks: [
 *     { id: 'a', duration: 3, assignments: [{ resource: 'ann', units: 1 }] },
 *     { id: 'b', duration: 2, assignments: [{ resource: 'ann', units: 1 }] },
 *   ],
 * });
 * r.tasks.map((t) => [t.id, t.start, t.delay]); //=> [['a', 0, 0], ['b', 3, 3]]
 * r.finish; //=> 5
 */
export function levelResources(
  plan: ResourcePlan,
  options?: LevelResourcesOptions,
): LevelResourcesResult {
  const rec = readEntity(plan, ['plan'], ['tasks', 'resources'], 'a plan { tasks, resources }');
  const net = compileNetwork(rec.tasks, ['plan', 'tasks']);
  const res = readResources(plan, net.durations);
  const opt = readOptions(options, ['options'], OPTION_KEYS);
  const withinFloat = opt.withinFloatOnly ?? false;
  if (typeof withinFloat !== 'boolean')
    throw popmError('INVALID_ARGUMENT', ['options', 'withinFloatOnly'], 'a boolean', withinFloat);
  const days = readDating(opt.start, opt.calendar);
  const early = earlySchedule(net, days);
  const { pass } = early;
  const ids = nodeIds(net.ids, early.net.n);
  const prio = readPriority(opt.priority, net.ids, early.net.n);
  const rank = rankTasks(prio, pass, ids);
  checkUnits(res, net.durations);
  const own = readOwnDays(days, opt.start, opt.calendar, res);
  const { start, unresolved } = placeTasks(early, res, rank, withinFloat ? pass.ls : null, own);
  return levelledResult(rec, early, net.ids, start, unresolved);
}

/** Every node's id: the tasks', then a name sorting after them for each summary link node. */
function nodeIds(ids: readonly string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) => (i < ids.length ? (ids[i] as string) : `\uffff${i}`));
}

/** Resource calendars on the project's days, or `null` when no resource has one. */
function readOwnDays(
  days: WorkDays | undefined,
  start: unknown,
  calendar: unknown,
  res: ReadResources,
): OwnDays | null {
  if (!res.resources.some((r) => r.calendar !== undefined)) return null;
  if (days === undefined)
    throw popmError(
      'INVALID_ARGUMENT',
      ['options', 'start'],
      'a start date when a resource has its own calendar',
      start,
    );
  const project = compileCalendar(calendar as WorkCalendar | undefined, ['options', 'calendar']);
  return {
    days: new ResourceDays(days, res.resources),
    project,
    calendars: res.resources.map((r) => r.calendar),
  };
}

/** Which project working days each resource is off; the calendars for {@link longestRun}. */
interface OwnDays {
  readonly days: ResourceDays;
  readonly project: CompiledCalendar;
  readonly calendars: readonly (CompiledCalendar | undefined)[];
}

/** Each task's place in `options.priority` (its first), `+∞` when not listed. */
function readPriority(priority: unknown, ids: readonly string[], nodes: number): Float64Array {
  const idIndex = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) idIndex.set(ids[i] as string, i);
  const prio = new Float64Array(nodes).fill(Number.POSITIVE_INFINITY);
  if (priority === undefined) return prio;
  requireArray(priority, ['options', 'priority']).forEach((id, k) => {
    const i = typeof id === 'string' ? idIndex.get(id) : undefined;
    if (i === undefined)
      throw popmError('NOT_FOUND', ['options', 'priority', k], 'a task id of the plan', id);
    if (prio[i] === Number.POSITIVE_INFINITY) prio[i] = k;
  });
  return prio;
}

/** `-1`, `0` or `1` as `a` sorts before, with or after `b`. */
function compareIds(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** One rank per task: priority, then least total float, then id. */
function rankTasks(prio: Float64Array, pass: Pass, ids: readonly string[]): Float64Array {
  const { es, ls } = pass;
  const n = ids.length;
  const byRank = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      (prio[a] as number) - (prio[b] as number) ||
      (ls[a] as number) - (es[a] as number) - ((ls[b] as number) - (es[b] as number)) ||
      compareIds(ids[a] as string, ids[b] as string),
  );
  const rank = new Float64Array(n);
  byRank.forEach((i, r) => {
    rank[i] = r;
  });
  return rank;
}

/** Rejects an assignment of more units than its resource's capacity to a task with work. */
function checkUnits(res: ReadResources, d: Float64Array): void {
  res.taskUnits.forEach((us, t) => {
    us.forEach((u, k) => {
      const r = (res.taskResources[t] as readonly number[])[k] as number;
      const cap = (res.resources[r] as { unitsPerDay: number }).unitsPerDay;
      if (u > cap + EPS && (d[t] as number) > 0)
        throw popmError(
          'OUT_OF_RANGE',
          ['plan', 'tasks', t, 'assignments'],
          `units <= the resource's unitsPerDay (${cap})`,
          u,
        );
    });
  });
}

/**
 * The serial schedule generation: every task's levelled start, and which
 * tasks stay over-allocated (only when `latest`, the latest starts within
 * float, is given).
 */
function placeTasks(
  early: EarlySchedule,
  res: ReadResources,
  rank: Float64Array,
  latest: Float64Array | null,
  own: OwnDays | null,
): { start: Float64Array; unresolved: Uint8Array } {
  const { net, d } = early;
  const n = net.n;
  // Placed work per resource: flat [start, end, units] triples.
  const booked: number[][] = res.resources.map(() => []);
  const start = new Float64Array(n);
  const waiting = new Int32Array(n);
  for (let s = 0; s < n; s++)
    waiting[s] = (net.predStart[s + 1] as number) - (net.predStart[s] as number);
  const heap: number[] = [];
  for (let s = 0; s < n; s++) if (waiting[s] === 0) heapPush(heap, s, rank);
  const unresolved = new Uint8Array(n);
  while (heap.length > 0) {
    const s = heapPop(heap, rank);
    const t = linkStart(net, d, early.pass.es, start, s);
    const ds = d[s] as number;
    start[s] = ds > 0 ? placeOne(booked, res, s, t, ds, latest, own, unresolved) : t;
    releaseSuccessors(net, s, waiting, heap, rank);
  }
  return { start, unresolved };
}

/**
 * Task `s`'s levelled start from its link start `t`, booking its work; marks
 * it in `unresolved` when it cannot fit within its float (`latest`) or its
 * resources' calendars.
 */
function placeOne(
  booked: number[][],
  res: ReadResources,
  s: number,
  t: number,
  ds: number,
  latest: Float64Array | null,
  own: OwnDays | null,
  unresolved: Uint8Array,
): number {
  const rs = res.taskResources[s];
  const us = res.taskUnits[s] as readonly number[];
  if (rs === undefined || rs.length === 0) return t;
  const fits =
    own === null ||
    Math.ceil(ds - EPS) <=
      longestRun(
        own.project,
        rs.map((r) => own.calendars[r]),
      );
  let at = earliestFit(booked, res.resources, rs, us, t, ds, fits ? own : null);
  if (!fits) unresolved[s] = 1;
  if (latest !== null && at > (latest[s] as number) + EPS) {
    unresolved[s] = 1;
    at = t;
  }
  for (let k = 0; k < rs.length; k++)
    (booked[rs[k] as number] as number[]).push(at, at + ds, us[k] as number);
  return at;
}

/**
 * The earliest start of node `s` its links to placed predecessors allow, and
 * never before its early start `es` (which holds its constraints).
 */
function linkStart(
  net: Network,
  d: Float64Array,
  es: Float64Array,
  start: Float64Array,
  s: number,
): number {
  const ds = d[s] as number;
  let t = Math.max(net.lower[s] as number, es[s] as number);
  for (let e = net.predStart[s] as number, end = net.predStart[s + 1] as number; e < end; e++) {
    const c = linkBound(
      net.linkType[e] as number,
      start[net.linkPred[e] as number] as number,
      d[net.linkPred[e] as number] as number,
      net.lag[e] as number,
      ds,
    );
    if (c > t) t = c;
  }
  return t;
}

/** The earliest successor start one link allows, from its predecessor's start `sp` and duration `dp`. */
function linkBound(type: number, sp: number, dp: number, lag: number, ds: number): number {
  if (type === FS) return sp + dp + lag;
  if (type === SS) return sp + lag;
  if (type === FF) return sp + dp + lag - ds;
  return sp + lag - ds;
}

/** Counts task `s` placed for each successor, queueing those whose predecessors are all placed. */
function releaseSuccessors(
  net: Network,
  s: number,
  waiting: Int32Array,
  heap: number[],
  rank: Float64Array,
): void {
  for (let j = net.succStart[s] as number, end = net.succStart[s + 1] as number; j < end; j++) {
    const succ = net.linkSucc[net.succLinks[j] as number] as number;
    const left = (waiting[succ] as number) - 1;
    waiting[succ] = left;
    if (left === 0) heapPush(heap, succ, rank);
  }
}

/** The deep-frozen result from the levelled starts. */
function levelledResult(
  rec: { readonly tasks?: unknown; readonly resources?: unknown },
  early: EarlySchedule,
  ids: readonly string[],
  start: Float64Array,
  unresolved: Uint8Array,
): LevelResourcesResult {
  const n = early.rows;
  const { es, st, fi } = rollUp(early, start);
  let finish = 0;
  const tasks: LevelledTask[] = [];
  const outTasks: Task[] = [];
  const inTasks = rec.tasks as readonly Task[];
  for (let i = 0; i < n; i++) {
    const s0 = st[i] as number;
    const f = fi[i] as number;
    if (f > finish) finish = f;
    tasks.push({
      id: ids[i] as string,
      originalStart: es[i] as number,
      start: s0,
      finish: f,
      delay: s0 - (es[i] as number),
    });
    const src = readEntity(inTasks[i], ['plan', 'tasks', i], TASK_KEYS) as Task;
    // A summary's dates roll up from its children: it keeps its own fields.
    outTasks.push(
      early.summary[i] === 1 ? src : { ...src, constraint: { startNoEarlierThan: s0 } },
    );
  }
  const resources = requireArray(rec.resources ?? [], ['plan', 'resources']).map((r) =>
    readEntity(r, ['plan', 'resources'], RESOURCE_KEYS),
  );
  return deepFreeze({
    plan: JSON.parse(JSON.stringify({ tasks: outTasks, resources })) as ResourcePlan,
    tasks,
    originalFinish: early.pass.duration,
    finish,
    unresolved: ids.filter((_, i) => unresolved[i] === 1 && i < n),
  });
}

/**
 * Per task: early start, levelled start and finish; a summary's span from
 * its children's (first start to last finish).
 */
function rollUp(
  early: EarlySchedule,
  start: Float64Array,
): { es: Float64Array; st: Float64Array; fi: Float64Array } {
  const n = early.rows;
  const es = early.pass.es.slice(0, n);
  const st = start.slice(0, n);
  const fi = new Float64Array(n);
  for (let i = 0; i < n; i++) fi[i] = (st[i] as number) + (early.d[i] as number);
  const tree = early.tree;
  if (tree === undefined) return { es, st, fi };
  for (let i = 0; i < n; i++)
    if (tree.summary[i] === 1) {
      es[i] = Number.POSITIVE_INFINITY;
      st[i] = Number.POSITIVE_INFINITY;
      fi[i] = Number.NEGATIVE_INFINITY;
    }
  for (const c of tree.bottomUp) {
    const p = tree.parent[c] as number;
    if (p < 0) continue;
    es[p] = Math.min(es[p] as number, es[c] as number);
    st[p] = Math.min(st[p] as number, st[c] as number);
    fi[p] = Math.max(fi[p] as number, fi[c] as number);
  }
  return { es, st, fi };
}

/** The earliest time `>= from` at which the task fits every resource's capacity for `ds` days. */
function earliestFit(
  booked: readonly number[][],
  resources: readonly { readonly unitsPerDay: number }[],
  rs: readonly number[],
  us: readonly number[],
  from: number,
  ds: number,
  own: OwnDays | null,
): number {
  let t = from;
  for (;;) {
    const next = offDayEnd(own, rs, t, ds) ?? conflictEnd(booked, resources, rs, us, t, ds);
    if (next === undefined) return t;
    t = next;
  }
}

/** The end of the first day off of a resource in `rs` that `[t, t + ds)` touches, or `undefined`. */
function offDayEnd(
  own: OwnDays | null,
  rs: readonly number[],
  t: number,
  ds: number,
): number | undefined {
  if (own === null) return undefined;
  for (let k = Math.max(0, Math.floor(t + EPS)); k < t + ds - EPS; k++)
    for (const r of rs) if (own.days.off(r, k)) return k + 1;
  return undefined;
}

/**
 * `undefined` when the task fits at `t`; else the earliest end of the
 * bookings running at a moment of conflict (no start before it can fit).
 */
function conflictEnd(
  booked: readonly number[][],
  resources: readonly { readonly unitsPerDay: number }[],
  rs: readonly number[],
  us: readonly number[],
  t: number,
  ds: number,
): number | undefined {
  for (let k = 0; k < rs.length; k++) {
    const r = rs[k] as number;
    const cap = (resources[r] as { unitsPerDay: number }).unitsPerDay + EPS;
    const end = resourceConflictEnd(booked[r] as number[], cap, us[k] as number, t, ds);
    if (end !== undefined) return end;
  }
  return undefined;
}

/** {@link conflictEnd} for one resource's bookings `b`, capacity `cap` and the task's units `u`. */
function resourceConflictEnd(
  b: readonly number[],
  cap: number,
  u: number,
  t: number,
  ds: number,
): number | undefined {
  // The load over [t, t + ds) peaks at t or at a booking's start inside it.
  for (let x = -3; x < b.length; x += 3) {
    const at = x < 0 ? t : (b[x] as number);
    if (x >= 0 && !(at > t && at < t + ds - EPS)) continue;
    const end = overloadEnd(b, cap, u, at);
    if (end !== undefined) return end;
  }
  return undefined;
}

/** When the load at moment `at` (bookings plus `u`) exceeds `cap`: the earliest end among those bookings. */
function overloadEnd(b: readonly number[], cap: number, u: number, at: number): number | undefined {
  let load = u;
  let end = Number.POSITIVE_INFINITY;
  for (let y = 0; y < b.length; y += 3) {
    const s0 = b[y] as number;
    const e0 = b[y + 1] as number;
    if (s0 <= at + EPS && e0 > at + EPS) {
      load += b[y + 2] as number;
      if (e0 < end) end = e0;
    }
  }
  return load > cap ? end : undefined;
}
