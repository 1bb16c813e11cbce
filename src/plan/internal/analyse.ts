/**
 * @internal CPM on a compiled network, in three steps: the passes and the
 * floats (one row per task), counting the critical paths, listing them.
 */
import type { CriticalPathResult, ScheduledTask } from '../criticalPath.js';
import { findConflicts } from './conflicts.js';
import { finishOffset, milestoneDay, startOffset, type WorkDays } from './dating.js';
import type { SummaryNodes } from './expandSummaries.js';
import { milestoneAtDayStart } from './milestoneTime.js';
import { createPass, defaultTolerance, linkSlack, type Network, runPasses } from './network.js';
import { mergeRow, rollUpSummaries, SummaryFigures } from './rollUpRows.js';

/** @internal Dates for the rows: the working days, and which milestones fall at a day's start. */
interface Dating {
  readonly days: WorkDays;
  readonly atDayStart: Uint8Array;
}

/** @internal Internal analysis with the critical paths' typed structure kept for reuse. */
export interface Analysis {
  readonly result: CriticalPathResult;
  readonly critical: Uint8Array;
  /** Driving links between critical tasks, grouped by predecessor. */
  readonly tightStart: Int32Array;
  readonly tightSucc: Int32Array;
  /** Critical tasks with no driving critical predecessor, in input order. */
  readonly starts: readonly number[];
  /** Early starts and late starts, by task index. */
  readonly es: Float64Array;
  readonly ls: Float64Array;
  /** The tolerance used for "zero" float. */
  readonly tol: number;
}

/**
 * Whole-day values (the usual case) as small integers: V8 then stores them
 * inline in the result objects instead of boxing each one, which at 100,000
 * tasks halves the garbage a call leaves behind.
 */
function small(x: number): number {
  const i = x | 0;
  return i === x ? i : x;
}

/** The driving critical links and the per-task rows, from the passes. */
interface Floats {
  readonly tasks: ScheduledTask[];
  readonly criticalTasks: string[];
  readonly critical: Uint8Array;
  readonly tightStart: Int32Array;
  readonly tightSucc: Int32Array;
  readonly starts: number[];
  /** The rows' figures, for the summaries' roll-up (a plan with summaries). */
  readonly figures: SummaryFigures | undefined;
  /** The latest finish offset of a dated task row (`0` undated). */
  readonly lastDay: number;
}

/** Builds the driving critical links (CSR by predecessor) while floats are computed. */
class TightLinks {
  count = 0;
  readonly start: Int32Array;
  readonly succ: Int32Array;
  readonly hasPred: Uint8Array;
  constructor(
    n: number,
    m: number,
    readonly critical: Uint8Array,
  ) {
    this.start = new Int32Array(n + 1);
    this.succ = new Int32Array(m);
    this.hasPred = new Uint8Array(n);
  }
}

/**
 * Walks task `i`'s successor links: returns its free float (the least link
 * slack, starting from its slack to the project finish `ff`) and records
 * its driving links to critical successors.
 */
function scanSuccessors(
  net: Network,
  d: Float64Array,
  es: Float64Array,
  i: number,
  ff: number,
  tol: number,
  tight: TightLinks,
): number {
  const isCritical = tight.critical[i] === 1;
  let free = ff;
  for (let j = net.succStart[i] as number, end = net.succStart[i + 1] as number; j < end; j++) {
    const e = net.succLinks[j] as number;
    const slack = linkSlack(net, d, es, e);
    if (slack < free) free = slack;
    const s = net.linkSucc[e] as number;
    if (isCritical && tight.critical[s] === 1 && slack <= tol) {
      tight.succ[tight.count++] = s;
      tight.hasPred[s] = 1;
    }
  }
  return free;
}

/**
 * One task's figures as its row shows them, reused from row to row (no
 * allocation): floats within the tolerance are exactly zero, and a dated
 * plan's start and finish as working-day offsets.
 */
class RowValues {
  d = 0;
  es = 0;
  ls = 0;
  tf = 0;
  free = 0;
  critical = false;
  sd = 0;
  fd = 0;

  set(
    i: number,
    di: number,
    esI: number,
    lsI: number,
    ff: number,
    tol: number,
    isCritical: boolean,
    dating: Dating | undefined,
  ): void {
    let tf = lsI - esI;
    if (tf <= tol && tf >= -tol) tf = 0;
    let free = ff <= tol ? 0 : ff;
    if (free > tf) free = Math.max(tf, 0);
    this.d = di;
    this.es = esI;
    this.ls = lsI;
    this.tf = tf;
    this.free = free;
    this.critical = isCritical;
    if (dating === undefined) return;
    // By MS Project's rules (see dating.ts and milestoneTime.ts).
    if (di === 0) this.sd = this.fd = milestoneDay(esI, dating.atDayStart[i] === 1);
    else {
      this.sd = startOffset(esI);
      this.fd = finishOffset(esI + di);
    }
  }

  /** Merges these figures into summary `p`'s roll-up. */
  mergeInto(f: SummaryFigures, p: number): void {
    mergeRow(f, p, this.es, this.ls, this.d, this.tf, this.free, this.sd, this.fd, this.critical);
  }
}

/** One frozen result row. */
function row(net: Network, i: number, v: RowValues, days: WorkDays | undefined): ScheduledTask {
  const { d, es, ls } = v;
  const id = net.ids[i] as string;
  const meta = net.tasks[i]?.meta;
  // One object literal per shape (no spreads): 100,000 rows stay cheap.
  if (days === undefined) {
    const base = {
      id,
      duration: small(d),
      es: small(es),
      ef: small(es + d),
      ls: small(ls),
      lf: small(ls + d),
      totalFloat: small(v.tf),
      freeFloat: small(v.free),
      critical: v.critical,
    };
    return Object.freeze(meta === undefined ? base : { ...base, meta });
  }
  const dated = {
    id,
    duration: small(d),
    es: small(es),
    ef: small(es + d),
    ls: small(ls),
    lf: small(ls + d),
    totalFloat: small(v.tf),
    freeFloat: small(v.free),
    critical: v.critical,
    startDate: days.at(v.sd),
    finishDate: days.at(v.fd),
  };
  return Object.freeze(meta === undefined ? dated : { ...dated, meta });
}

/** `1` for a task of zero or negative float; a summary's own node and a complete task are never critical. */
function criticalFlags(net: Network, es: Float64Array, ls: Float64Array, tol: number): Uint8Array {
  const { n } = net;
  const critical = new Uint8Array(n);
  for (let i = 0; i < n; i++) if ((ls[i] as number) - (es[i] as number) <= tol) critical[i] = 1;
  clear(critical, net.tree?.summary);
  clear(critical, net.bounds?.complete);
  return critical;
}

function clear(critical: Uint8Array, mask: Uint8Array | undefined): void {
  if (mask === undefined) return;
  for (let i = 0; i < mask.length && i < critical.length; i++) if (mask[i] === 1) critical[i] = 0;
}

/** Builds the task rows in `tasks`, merging each into its summary's roll-up. */
class RowBuilder {
  readonly tasks: ScheduledTask[];
  readonly figures: SummaryFigures | undefined;
  private readonly v = new RowValues();
  /** The latest finish offset of a dated row. */
  lastDay = 0;

  constructor(
    private readonly net: Network,
    rows: number,
    private readonly tol: number,
    private readonly dating: Dating | undefined,
  ) {
    this.tasks = new Array<ScheduledTask>(rows);
    this.figures = net.tree === undefined ? undefined : new SummaryFigures(net.tree);
  }

  /** The row of task `i` (a summary's is built once, from its children's: rollUpRows.ts). */
  add(i: number, di: number, esI: number, lsI: number, ff: number, isCritical: boolean): void {
    const tree = this.net.tree;
    if (tree !== undefined && tree.summary[i] === 1) return;
    const v = this.v;
    v.set(i, di, esI, lsI, ff, this.tol, isCritical, this.dating);
    if (v.fd > this.lastDay) this.lastDay = v.fd;
    const p = tree === undefined ? -1 : (tree.parent[i] as number);
    if (p >= 0) v.mergeInto(this.figures as SummaryFigures, p);
    this.tasks[i] = row(this.net, i, v, this.dating?.days);
  }
}

function floats(
  net: Network,
  d: Float64Array,
  es: Float64Array,
  ls: Float64Array,
  T: number,
  tol: number,
  dating: Dating | undefined,
): Floats {
  const { n, ids } = net;
  const rows = net.rows ?? n;
  const critical = criticalFlags(net, es, ls, tol);
  const criticalTasks: string[] = [];
  const built = new RowBuilder(net, rows, tol, dating);
  const tight = new TightLinks(n, net.m, critical);
  for (let i = 0; i < n; i++) {
    tight.start[i] = tight.count;
    const di = d[i] as number;
    const esI = es[i] as number;
    const ff = scanSuccessors(net, d, es, i, T - (esI + di), tol, tight);
    if (i >= rows) continue;
    const isCritical = critical[i] === 1;
    if (isCritical) criticalTasks.push(ids[i] as string);
    built.add(i, di, esI, ls[i] as number, ff, isCritical);
  }
  tight.start[n] = tight.count;
  const starts: number[] = [];
  for (let i = 0; i < n; i++) if (critical[i] === 1 && tight.hasPred[i] === 0) starts.push(i);
  return {
    tasks: built.tasks,
    criticalTasks,
    critical,
    tightStart: tight.start,
    tightSucc: tight.succ,
    starts,
    figures: built.figures,
    lastDay: built.lastDay,
  };
}

/** Paths from each critical task to an end, counted in reverse topological order; the total. */
function countPaths(net: Network, f: Floats): number {
  const { tightStart, tightSucc, critical } = f;
  const count = new Float64Array(net.n);
  for (let k = net.n - 1; k >= 0; k--) {
    const i = net.order[k] as number;
    if (critical[i] === 0) continue;
    const a = tightStart[i] as number;
    const b = tightStart[i + 1] as number;
    if (a === b) count[i] = 1;
    else {
      let c = 0;
      for (let j = a; j < b; j++) c += count[tightSucc[j] as number] as number;
      count[i] = c;
    }
  }
  let total = 0;
  for (const s of f.starts) total += count[s] as number;
  return total;
}

/**
 * Lists up to `limit` critical paths by an iterative depth-first search;
 * each branch ends in a path, so the work is bounded by (paths listed) ×
 * (path length).
 */
function listPaths(
  ids: readonly string[],
  rows: number,
  f: Floats,
  limit: number,
): (readonly string[])[] {
  const { tightStart, tightSucc } = f;
  const paths: (readonly string[])[] = [];
  const stack: number[] = [];
  const cursor: number[] = [];
  for (const s of f.starts) {
    if (paths.length >= limit) break;
    stack.push(s);
    cursor.push(tightStart[s] as number);
    while (stack.length > 0 && paths.length < limit) {
      const top = stack.length - 1;
      const node = stack[top] as number;
      const at = cursor[top] as number;
      const end = tightStart[node + 1] as number;
      if ((tightStart[node] as number) === end) {
        paths.push(Object.freeze(pathIds(ids, rows, stack)));
        stack.pop();
        cursor.pop();
      } else if (at < end) {
        cursor[top] = at + 1;
        const next = tightSucc[at] as number;
        stack.push(next);
        cursor.push(tightStart[next] as number);
      } else {
        stack.pop();
        cursor.pop();
      }
    }
    stack.length = 0;
    cursor.length = 0;
  }
  return paths;
}

/** The ids along a path, without the summaries' link nodes (numbered from `rows`). */
function pathIds(ids: readonly string[], rows: number, stack: readonly number[]): string[] {
  const out: string[] = [];
  for (const q of stack) if (q < rows) out.push(ids[q] as string);
  return out;
}

/** @internal CPM on a compiled network with the given durations. */
export function analyse(
  net: Network,
  d: Float64Array,
  maxPaths: number,
  tolerance: number | undefined,
  days?: WorkDays | undefined,
  nodes?: SummaryNodes | undefined,
): Analysis {
  const pass = createPass(net.n);
  runPasses(net, d, pass);
  const T = pass.duration;
  const tol = tolerance ?? defaultTolerance(T);
  const { es, ls } = pass;
  const dating =
    days === undefined ? undefined : { days, atDayStart: milestoneAtDayStart(net, d, es, tol) };
  const f = floats(net, d, es, ls, T, tol, dating);
  if (net.tree !== undefined && f.figures !== undefined)
    rollUpSummaries(net.tree, f.tasks, net.ids, net.tasks, f.figures, dating?.days);
  const total = countPaths(net, f);
  const paths = listPaths(net.ids, net.rows ?? net.n, f, Math.min(maxPaths, total));
  const conflicts =
    pass.pushed === undefined ? [] : findConflicts(net, d, es, pass.pushed, nodes, tol);
  const result: CriticalPathResult = Object.freeze({
    duration: T,
    tasks: Object.freeze(f.tasks),
    criticalTasks: Object.freeze(f.criticalTasks),
    criticalPaths: Object.freeze(paths),
    criticalPathCount: total,
    truncated: total > paths.length,
    conflicts: Object.freeze(conflicts),
    ...(dating === undefined ? {} : projectDates(dating.days, f.lastDay, T)),
  });
  const { critical, tightStart, tightSucc, starts } = f;
  return { result, critical, tightStart, tightSucc, starts, es, ls, tol };
}

/**
 * The first working day and the latest task finish date (`lastDay`, the
 * latest task row's; a summary finishes with its latest child).
 */
function projectDates(
  days: WorkDays,
  lastDay: number,
  T: number,
): { startDate: string; finishDate: string } {
  return { startDate: days.at(0), finishDate: days.at(Math.max(finishOffset(T), lastDay)) };
}
