import { readOptions } from '../core/internal/readObject.js';
import { requireNumber } from '../core/validate.js';
import {
  compileNetwork,
  createPass,
  defaultTolerance,
  linkSlack,
  type Network,
  runPasses,
} from './network.js';
import type { Task } from './types.js';

/** Options of {@link criticalPath}. */
export interface CriticalPathOptions {
  /** Most critical paths to list (an integer `>= 1`); default `100`. */
  readonly maxPaths?: number | undefined;
  /**
   * Floats within this many working days of zero count as zero; default
   * `1e-9 × max(1, project duration)`, so fractional (PERT-mean) durations
   * never lose criticality to rounding.
   */
  readonly tolerance?: number | undefined;
}

/** One task's place in the schedule, in working days from the project start. */
export interface ScheduledTask {
  /** The task's id. */
  readonly id: string;
  /** The duration used. */
  readonly duration: number;
  /** Early start. */
  readonly es: number;
  /** Early finish, `es + duration`. */
  readonly ef: number;
  /** Late start, `lf − duration`. */
  readonly ls: number;
  /** Late finish. */
  readonly lf: number;
  /** Total float `ls − es`: delay possible without delaying the project; `>= 0`. */
  readonly totalFloat: number;
  /**
   * Free float: delay possible without delaying any successor's early dates
   * (through its link and lag) or the project finish; `0 <= freeFloat <= totalFloat`.
   */
  readonly freeFloat: number;
  /** True when the total float is zero (within the tolerance). */
  readonly critical: boolean;
  /** The task's `meta`, when it has one, carried through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** The result of {@link criticalPath}. */
export interface CriticalPathResult {
  /** The project duration: the latest early finish (the longest path), `0` for no tasks. */
  readonly duration: number;
  /** Every task's dates and floats, in input order. */
  readonly tasks: readonly ScheduledTask[];
  /** Ids of the critical tasks, in input order. */
  readonly criticalTasks: readonly string[];
  /**
   * Every critical path (up to `maxPaths`) as ordered ids: each starts at a
   * task driven only by the project start (or its start-no-earlier-than
   * constraint), follows driving links between critical tasks, and ends at a
   * task that finishes on the project finish. Ordered by input order of the
   * first, then next, differing task.
   */
  readonly criticalPaths: readonly (readonly string[])[];
  /** How many critical paths exist (may exceed `criticalPaths.length`; a float above 2^53). */
  readonly criticalPathCount: number;
  /** True when more than `maxPaths` critical paths exist and the list was cut. */
  readonly truncated: boolean;
}

/** @internal The keys of {@link CriticalPathOptions}. */
export const CRITICAL_PATH_OPTION_KEYS = ['maxPaths', 'tolerance'] as const;

/**
 * @internal Reads {@link CriticalPathOptions} strictly (any other key is
 * `INVALID_ARGUMENT`), allowing the caller's `extra` keys, returned in `rec`.
 */
export function readCriticalPathOptions<K extends string = never>(
  options: unknown,
  extra: readonly K[] = [],
): {
  maxPaths: number;
  tolerance: number | undefined;
  rec: { readonly [P in K | 'maxPaths' | 'tolerance']?: unknown };
} {
  const rec = readOptions(options, ['options'], [...CRITICAL_PATH_OPTION_KEYS, ...extra]);
  const maxPaths =
    rec.maxPaths === undefined
      ? 100
      : requireNumber(rec.maxPaths, ['options', 'maxPaths'], { min: 1, integer: true });
  const tolerance =
    rec.tolerance === undefined
      ? undefined
      : requireNumber(rec.tolerance, ['options', 'tolerance'], { min: 0 });
  return { maxPaths, tolerance, rec };
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

/** @internal Internal analysis with the critical paths' typed structure kept for reuse. */
export interface Analysis {
  readonly result: CriticalPathResult;
  readonly critical: Uint8Array;
  /** Driving links between critical tasks, grouped by predecessor. */
  readonly tightStart: Int32Array;
  readonly tightSucc: Int32Array;
  /** Critical tasks with no driving critical predecessor, in input order. */
  readonly starts: readonly number[];
}

/**
 * @internal CPM on a compiled network with the given durations.
 */
export function analyse(
  net: Network,
  d: Float64Array,
  maxPaths: number,
  tolerance: number | undefined,
): Analysis {
  const { n, ids } = net;
  const pass = createPass(n);
  runPasses(net, d, pass);
  const T = pass.duration;
  const tol = tolerance ?? defaultTolerance(T);
  const { es, ls } = pass;
  const critical = new Uint8Array(n);
  const tasks: ScheduledTask[] = new Array<ScheduledTask>(n);
  const criticalTasks: string[] = [];
  // Driving critical links, per predecessor (CSR over the successor lists).
  const tightStart = new Int32Array(n + 1);
  const tightSucc = new Int32Array(net.m);
  const hasTightPred = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let tf = (ls[i] as number) - (es[i] as number);
    if (tf <= tol) tf = 0;
    if (tf === 0) critical[i] = 1;
  }
  let t = 0;
  for (let i = 0; i < n; i++) {
    tightStart[i] = t;
    const di = d[i] as number;
    const esI = es[i] as number;
    let ff = T - (esI + di);
    for (let j = net.succStart[i] as number, end = net.succStart[i + 1] as number; j < end; j++) {
      const e = net.succLinks[j] as number;
      const slack = linkSlack(net, d, es, e);
      if (slack < ff) ff = slack;
      const s = net.linkSucc[e] as number;
      if (critical[i] === 1 && critical[s] === 1 && slack <= tol) {
        tightSucc[t++] = s;
        hasTightPred[s] = 1;
      }
    }
    let tf = (ls[i] as number) - esI;
    if (tf <= tol) tf = 0;
    if (ff <= tol) ff = 0;
    if (ff > tf) ff = tf;
    const isCritical = critical[i] === 1;
    if (isCritical) criticalTasks.push(ids[i] as string);
    const row = {
      id: ids[i] as string,
      duration: small(di),
      es: small(esI),
      ef: small(esI + di),
      ls: small(ls[i] as number),
      lf: small((ls[i] as number) + di),
      totalFloat: small(tf),
      freeFloat: small(ff),
      critical: isCritical,
    };
    const meta = (net.tasks[i] as Task).meta;
    tasks[i] = Object.freeze(meta === undefined ? row : { ...row, meta });
  }
  tightStart[n] = t;

  const starts: number[] = [];
  for (let i = 0; i < n; i++) if (critical[i] === 1 && hasTightPred[i] === 0) starts.push(i);

  // Paths from each critical task to an end, counted in reverse topological order.
  const count = new Float64Array(n);
  for (let k = n - 1; k >= 0; k--) {
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
  for (const s of starts) total += count[s] as number;

  const paths: (readonly string[])[] = [];
  const limit = Math.min(maxPaths, total);
  // Iterative depth-first search; each branch ends in a path, so the work is
  // bounded by (paths listed) × (path length).
  const stack: number[] = [];
  const cursor: number[] = [];
  for (const s of starts) {
    if (paths.length >= limit) break;
    stack.push(s);
    cursor.push(tightStart[s] as number);
    while (stack.length > 0 && paths.length < limit) {
      const top = stack.length - 1;
      const node = stack[top] as number;
      const at = cursor[top] as number;
      const end = tightStart[node + 1] as number;
      if ((tightStart[node] as number) === end) {
        const pathIds: string[] = new Array<string>(stack.length);
        for (let q = 0; q < stack.length; q++) pathIds[q] = ids[stack[q] as number] as string;
        paths.push(Object.freeze(pathIds));
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

  const result: CriticalPathResult = Object.freeze({
    duration: T,
    tasks: Object.freeze(tasks),
    criticalTasks: Object.freeze(criticalTasks),
    criticalPaths: Object.freeze(paths),
    criticalPathCount: total,
    truncated: total > paths.length,
  });
  return { result, critical, tightStart, tightSucc, starts };
}

/**
 * The critical path method (CPM) on an activity-on-node network with
 * finish-to-start, start-to-start, finish-to-finish and start-to-finish links,
 * lags and leads, and start-no-earlier-than constraints. Day offsets run from
 * `0`; `ef = es + duration`. The forward pass gives the earliest dates, the
 * backward pass from the project finish the latest; a task whose total float
 * is zero (within a tolerance) is critical. The duration is computed on the
 * network — never the sum of the durations — and **every** critical path is
 * listed (up to `maxPaths`), not just one. Linear time: one topological order
 * (Kahn's algorithm) and two passes over typed arrays.
 *
 * A lead can pull a start before the project start; the project start wins
 * (`es >= 0`). A start-no-earlier-than constraint raises the early start only.
 *
 * @param tasks - the plan (see {@link Task}); not changed
 * @param options - `maxPaths` (default 100) and `tolerance`
 * @returns the duration, every task's dates and floats, and the critical paths; frozen
 * @throws PopmError as {@link validatePlan}; `INVALID_NUMBER` / `OUT_OF_RANGE` for bad options;
 *   `OUT_OF_RANGE` when the project duration overflows to Infinity
 * @example
 * const cp = criticalPath([
 *   { id: 'A', duration: 3 },
 *   { id: 'B', duration: 2, dependsOn: ['A'] },
 *   { id: 'C', duration: 4, dependsOn: ['A'] },
 *   { id: 'D', duration: 1, dependsOn: ['B', 'C'] },
 * ]);
 * cp.duration; //=> 8
 * cp.criticalPaths; //=> [['A', 'C', 'D']]
 * cp.tasks[1];
 * //=> { id: 'B', duration: 2, es: 3, ef: 5, ls: 5, lf: 7, totalFloat: 2, freeFloat: 2, critical: false }
 */
export function criticalPath(
  tasks: readonly Task[],
  options?: CriticalPathOptions,
): CriticalPathResult {
  const net = compileNetwork(tasks);
  const { maxPaths, tolerance } = readCriticalPathOptions(options);
  return analyse(net, net.durations, maxPaths, tolerance).result;
}
