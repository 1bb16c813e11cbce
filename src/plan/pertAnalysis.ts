import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import type { CriticalPathResult, PertAnalysisOptions } from './criticalPath.js';
import { type Analysis, analyse } from './internal/analyse.js';
import { readCriticalPathOptions } from './internal/criticalPathOptions.js';
import { WorkDays } from './internal/dating.js';
import { compileNetwork, type Network } from './internal/network.js';
import { hasProgress, readPlanDating } from './internal/pertDates.js';
import { pertOf } from './internal/pertOf.js';
import { preparePlan } from './internal/preparePlan.js';
import type { PertEstimateResult } from './pertEstimate.js';
import type { Task } from './types.js';

/** One task's PERT figures in {@link PertAnalysisResult}. */
export interface PertTask {
  /** The task's id. */
  readonly id: string;
  /** The PERT mean (or the fixed `duration` when the task has no estimate). */
  readonly mean: number;
  /** The standard deviation (`0` without an estimate). */
  readonly stdDev: number;
  /** The variance (`0` without an estimate). */
  readonly variance: number;
}

/** Options of {@link pertAnalysis} that date the plan. */
export interface PertDatingOptions extends PertAnalysisOptions {
  /**
   * The project start: the critical path gets dates, and the look-ups
   * ({@link probabilityOfCompletion}, {@link dateForProbability}) take and
   * give ISO dates. Work begins on the first working day on or after it.
   */
  readonly start?: IsoDate | undefined;
  /** The working calendar for the dates; default Saturday and Sunday off, no holidays. */
  readonly calendar?: WorkCalendar | undefined;
  /**
   * The status date (needs `start`): work not done by the end of that day is
   * scheduled after it, as {@link criticalPath} does, so the figures are a
   * forecast from where the plan now stands.
   */
  readonly statusDate?: IsoDate | undefined;
}

/** The result of {@link pertAnalysis}. */
export interface PertAnalysisResult {
  /** The expected project duration: the critical path length on the PERT means. */
  readonly mean: number;
  /** The sum of the variances along {@link PertAnalysisResult.path}. */
  readonly variance: number;
  /** The project standard deviation, `√variance`. */
  readonly stdDev: number;
  /** The critical path whose variance is used: the one with the largest variance where several tie. */
  readonly path: readonly string[];
  /** The full critical path analysis on the PERT means. */
  readonly criticalPath: CriticalPathResult;
  /** Each task's mean, stdDev and variance, in input order. */
  readonly tasks: readonly PertTask[];
  /** Given the `start` option, the first working day of the project (day offset 0). */
  readonly start?: IsoDate | undefined;
  /**
   * Given the `start` option, the calendar the dates are counted on, in plain
   * form (weekend days ascending, holidays on working weekdays ascending).
   */
  readonly calendar?: WorkCalendar | undefined;
}

/**
 * PERT analysis: each task with a three-point `estimate` takes its PERT mean
 * `(o + 4m + p) / 6` and variance `((p − o) / 6)²` (a task without one keeps
 * its `duration`, variance 0); CPM on the means gives the expected duration;
 * the variances along the critical path give σ — where several critical paths
 * tie, the one with the largest variance (found over all of them, not only the
 * listed ones), as the textbooks advise. Probabilities use the normal
 * approximation (central limit theorem along the path); PERT ignores merge
 * bias, so near-critical paths make it optimistic — see {@link simulateSchedule}.
 *
 * The plan is scheduled as {@link criticalPath} schedules it (links to a
 * summary reach its children; dated constraints, deadlines, actuals and a
 * `statusDate` apply); a task that reports progress keeps its scheduled
 * duration, variance 0, and a summary's mean is its rolled-up span.
 *
 * Look up probabilities with {@link probabilityOfCompletion},
 * {@link durationForProbability} and {@link dateForProbability} over the
 * result (plain JSON data). With a `start` the result carries the first
 * working day and the calendar, so the look-ups work in dates too.
 *
 * @param tasks - the plan; not changed
 * @param options - as {@link criticalPath}: `maxPaths`, `tolerance`, and for dates `start`,
 *   `calendar` and `statusDate`
 *
 * @returns mean, variance, stdDev, the path used, the CPM result and per-task figures; frozen
 * @throws PopmError as {@link assertPlan}; `OUT_OF_RANGE` when the path's variance overflows
 *   or a date passes 9999-12-31; `INVALID_DATE` for a bad `start` or holiday;
 *   `INVALID_ARGUMENT` for an unknown option key, a bad calendar, or a calendar without a start
 * @example
 * const r = pertAnalysis([
 *   { id: 'A', duration: 3, estimate: { optimistic: 0, mostLikely: 3, pessimistic: 6 } },
 *   { id: 'B', duration: 8, dependsOn: ['A'], estimate: { optimistic: 2, mostLikely: 8, pessimistic: 14 } },
 *   { id: 'C', duration: 6, dependsOn: ['B'], estimate: { optimistic: 0, mostLikely: 6, pessimistic: 12 } },
 * ]);
 * r.mean; //=> 17
 * r.stdDev; //=> 3
 * probabilityOfCompletion(r, 20); //=> 0.8413447460685427
 * const dated = pertAnalysis([{ id: 'A', duration: 5 }], { start: '2026-11-28' }); // a Saturday
 * dated.start; //=> '2026-11-30'
 * dated.calendar; //=> { weekend: [0, 6], holidays: [] }
 * dated.criticalPath.finishDate; //=> '2026-12-04'
 */
export function pertAnalysis(
  tasks: readonly Task[],
  options?: PertDatingOptions,
): PertAnalysisResult {
  const net = compileNetwork(tasks);
  const { maxPaths, tolerance, rec } = readCriticalPathOptions(options, [
    'start',
    'calendar',
    'statusDate',
  ]);
  const dating = readPlanDating(rec.start, rec.calendar, ['options']);
  const days = dating === undefined ? undefined : new WorkDays(dating.cal, dating.first);
  // Summaries expanded, dated constraints, deadlines and progress applied, as criticalPath does.
  const plan = preparePlan(net, days, rec.statusDate);
  const { n, ids } = net;
  const means = Float64Array.from(plan.d);
  const variances = new Float64Array(plan.net.n);
  const figures: (PertEstimateResult | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const est = (net.tasks[i] as Task).estimate;
    // A task with progress keeps the schedule's duration (work done is not estimated again).
    if (est === undefined || hasProgress(net, i)) continue;
    const f = pertOf(est.optimistic, est.mostLikely, est.pessimistic);
    means[i] = f.mean;
    variances[i] = f.variance;
    figures[i] = f;
  }
  const a = analyse(plan.net, means, maxPaths, tolerance, days, plan.nodes);
  // Without an estimate: the duration used (a summary's rolled up).
  const perTask = a.result.tasks.map((t, i): PertTask => {
    const f = figures[i];
    return Object.freeze(
      f === undefined
        ? { id: ids[i] as string, mean: t.duration, stdDev: 0, variance: 0 }
        : { id: ids[i] as string, ...f },
    );
  });
  const mean = a.result.duration;

  const { variance, path } = widestPath(plan.net, a, variances, n);
  if (!Number.isFinite(variance))
    throw popmError('OUT_OF_RANGE', ['tasks'], 'a critical path variance below 1.8e308', variance);
  return Object.freeze({
    mean,
    variance,
    stdDev: Math.sqrt(variance),
    path: Object.freeze(path),
    criticalPath: a.result,
    tasks: Object.freeze(perTask),
    ...(dating === undefined ? {} : deepFreeze(dating.json)),
  });
}

/**
 * The critical path with the largest variance, by dynamic programming over
 * the driving critical links in reverse topological order (ties: the first
 * successor, then the first start, in input order).
 */
function widestPath(
  net: Network,
  a: Analysis,
  variances: Float64Array,
  rows: number,
): { variance: number; path: string[] } {
  const best = new Float64Array(net.n);
  const next = new Int32Array(net.n).fill(-1);
  for (let k = net.n - 1; k >= 0; k--) {
    const i = net.order[k] as number;
    if (a.critical[i] === 0) continue;
    let b = 0;
    let arg = -1;
    for (let j = a.tightStart[i] as number; j < (a.tightStart[i + 1] as number); j++) {
      const s = a.tightSucc[j] as number;
      if (arg === -1 || (best[s] as number) > b) {
        b = best[s] as number;
        arg = s;
      }
    }
    best[i] = (variances[i] as number) + b;
    next[i] = arg;
  }
  let variance = 0;
  let first = -1;
  for (const s of a.starts) {
    if (first === -1 || (best[s] as number) > variance) {
      variance = best[s] as number;
      first = s;
    }
  }
  return { variance, path: pathFrom(net, next, first, rows) };
}

/** The ids along `next` from `first`: the plan's tasks only (a summary's link nodes, `>= rows`, left out). */
function pathFrom(net: Network, next: Int32Array, first: number, rows: number): string[] {
  const path: string[] = [];
  for (let i = first; i !== -1; i = next[i] as number)
    if (i < rows) path.push(net.ids[i] as string);
  return path;
}
