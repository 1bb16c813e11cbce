import { popmError } from '../core/errors.js';
import { createRandom, sampleBetaPert, sampleTriangular } from '../core/random.js';
import { type PercentileMethod, percentileOfSorted, sumUnchecked } from '../core/stats.js';
import { isRecord, requireArray, requireNumber, requireOneOf } from '../core/validate.js';
import { compileNetwork, createPass, defaultTolerance, runPasses } from './network.js';
import type { Task } from './types.js';

/** Options of {@link simulateSchedule}. */
export interface SimulateScheduleOptions {
  /** Number of trials, an integer from 1 to 1,000,000. */
  readonly trials: number;
  /** The seed; the same seed gives the same result. */
  readonly seed: number | string;
  /** How a three-point estimate is sampled; default `'beta-pert'`. */
  readonly distribution?: 'triangular' | 'beta-pert';
  /** Percentiles of the finish to report, each 0..100; default `[50, 80, 85, 90, 95]`. */
  readonly percentiles?: readonly number[];
  /** Percentile method; default `'nearest-rank'`. */
  readonly method?: PercentileMethod;
}

/** One percentile of the simulated project duration. */
export interface SchedulePercentile {
  /** The percentile, 0..100. */
  readonly p: number;
  /** The project duration (working days) met in at least `p` % of trials. */
  readonly duration: number;
}

/** One task's figures in {@link SimulateScheduleResult}. */
export interface SimulatedTask {
  /** The task's id. */
  readonly id: string;
  /** Criticality index: the share of trials (0..1) in which the task was critical. */
  readonly criticalityIndex: number;
  /** The task's mean sampled duration. */
  readonly meanDuration: number;
}

/** The result of {@link simulateSchedule}. */
export interface SimulateScheduleResult {
  /** Trials run. */
  readonly trials: number;
  /** The seed used. */
  readonly seed: number | string;
  /** The sampling distribution used. */
  readonly distribution: 'triangular' | 'beta-pert';
  /** Mean simulated project duration. */
  readonly mean: number;
  /** Shortest simulated project duration. */
  readonly min: number;
  /** Longest simulated project duration. */
  readonly max: number;
  /** The requested percentiles of the project duration, in request order. */
  readonly percentiles: readonly SchedulePercentile[];
  /** Each task's criticality index and mean duration, in input order. */
  readonly tasks: readonly SimulatedTask[];
}

/**
 * Monte Carlo schedule risk analysis: each trial draws every estimated task's
 * duration from its three-point estimate (beta-PERT, or triangular), runs the
 * critical path method, and records the project duration and which tasks were
 * critical. Unlike PERT's single-path σ, it captures merge bias: when several
 * paths are near-critical, the finish is later than PERT says. Tasks without
 * an `estimate` keep their fixed `duration`. Seeded (sfc32), so repeatable.
 *
 * @param tasks - the plan; not changed
 * @param options - `trials`, `seed`, `distribution`, `percentiles`, `method`
 * @returns duration mean, min, max and percentiles, and each task's criticality index; frozen
 * @throws PopmError as {@link validatePlan}; `OUT_OF_RANGE` for trials outside
 *   1..1,000,000 or a percentile outside 0..100; `INVALID_ARGUMENT` for a bad
 *   seed, distribution or method
 * @example
 * const r = simulateSchedule(
 *   [
 *     { id: 'A', duration: 5, estimate: { optimistic: 3, mostLikely: 5, pessimistic: 10 } },
 *     { id: 'B', duration: 2, dependsOn: ['A'] },
 *   ],
 *   { trials: 1000, seed: 42 },
 * );
 * r.tasks[1].criticalityIndex; //=> 1 (B is on every trial's critical path)
 * r.min >= 5 && r.max <= 12; //=> true
 */
export function simulateSchedule(
  tasks: readonly Task[],
  options: SimulateScheduleOptions,
): SimulateScheduleResult {
  const net = compileNetwork(tasks);
  if (!isRecord(options))
    throw popmError('INVALID_ARGUMENT', ['options'], 'an options object', options);
  const trials = requireNumber(options.trials, ['options', 'trials'], {
    min: 1,
    max: 1_000_000,
    integer: true,
  });
  const seed = options.seed;
  if (typeof seed !== 'string' && (typeof seed !== 'number' || !Number.isFinite(seed)))
    throw popmError('INVALID_ARGUMENT', ['options', 'seed'], 'a finite number or a string', seed);
  const random = createRandom(seed);
  const distribution =
    options.distribution === undefined
      ? 'beta-pert'
      : requireOneOf(
          options.distribution,
          ['triangular', 'beta-pert'],
          ['options', 'distribution'],
        );
  const method =
    options.method === undefined
      ? 'nearest-rank'
      : requireOneOf(options.method, ['nearest-rank', 'linear'], ['options', 'method']);
  const ps =
    options.percentiles === undefined
      ? [50, 80, 85, 90, 95]
      : requireArray<number>(options.percentiles, ['options', 'percentiles']);
  ps.forEach((p, i) => {
    requireNumber(p, ['options', 'percentiles', i], { min: 0, max: 100 });
  });

  const { n, ids } = net;
  const estimated: number[] = [];
  const lo: number[] = [];
  const mode: number[] = [];
  const hi: number[] = [];
  for (let i = 0; i < n; i++) {
    const est = (net.tasks[i] as Task).estimate;
    if (est !== undefined) {
      estimated.push(i);
      lo.push(est.optimistic);
      mode.push(est.mostLikely);
      hi.push(est.pessimistic);
    }
  }
  const sample = distribution === 'triangular' ? sampleTriangular : sampleBetaPert;
  const d = Float64Array.from(net.durations);
  const durationSum = new Float64Array(n);
  const criticalCount = new Float64Array(n);
  const finishes = new Float64Array(trials);
  const pass = createPass(n);
  for (let t = 0; t < trials; t++) {
    for (let k = 0; k < estimated.length; k++) {
      d[estimated[k] as number] = sample(
        random,
        lo[k] as number,
        mode[k] as number,
        hi[k] as number,
      );
    }
    runPasses(net, d, pass);
    const tol = defaultTolerance(pass.duration);
    finishes[t] = pass.duration;
    for (let i = 0; i < n; i++) {
      durationSum[i] = (durationSum[i] as number) + (d[i] as number);
      if ((pass.ls[i] as number) - (pass.es[i] as number) <= tol)
        criticalCount[i] = (criticalCount[i] as number) + 1;
    }
  }
  const mean = sumUnchecked(finishes) / trials;
  finishes.sort();
  const out: SimulatedTask[] = new Array<SimulatedTask>(n);
  for (let i = 0; i < n; i++)
    out[i] = Object.freeze({
      id: ids[i] as string,
      criticalityIndex: (criticalCount[i] as number) / trials,
      meanDuration: (durationSum[i] as number) / trials,
    });
  return Object.freeze({
    trials,
    seed: options.seed,
    distribution,
    mean,
    min: finishes[0] as number,
    max: finishes[trials - 1] as number,
    percentiles: Object.freeze(
      ps.map((p) => Object.freeze({ p, duration: percentileOfSorted(finishes, p, method) })),
    ),
    tasks: Object.freeze(out),
  });
}
