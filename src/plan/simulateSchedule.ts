import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { readOptions } from '../core/internal/readObject.js';
import {
  exactAdd,
  finishOrPart,
  readSimulation,
  SIMULATION_KEYS,
  type SimulationSettings,
  SUM_BLOCK,
} from '../core/internal/simulationParts.js';
import { betaPertDraw, Stream, triangularAt } from '../core/internal/stream.js';
import type {
  DefaultPercentile,
  Distribution,
  HistogramRow,
  PercentileRecord,
  Shard,
  Sharded,
  SimulationOptions,
} from '../core/simulation.js';
import type { PercentileMethod } from '../core/stats.js';
import { WorkDays } from './internal/dating.js';
import { readDrawOptions } from './internal/drawOptions.js';
import { finishSchedule } from './internal/finishSchedule.js';
import {
  compileNetwork,
  createPass,
  defaultTolerance,
  type Network,
  type Pass,
  runPasses,
} from './internal/network.js';
import { hasProgress, readPlanDating } from './internal/pertDates.js';
import { type PreparedPlan, preparePlan } from './internal/preparePlan.js';
import type { Tree } from './internal/summaries.js';
import type { Task } from './types.js';

/** Options of {@link simulateSchedule}. */
export interface SimulateScheduleOptions<
  P extends number = DefaultPercentile,
  S extends Shard | undefined = Shard | undefined,
> extends SimulationOptions<P> {
  /** How a three-point estimate is sampled; default `'beta-pert'`. */
  readonly distribution?: 'triangular' | 'beta-pert' | undefined;
  /** Histogram bins of the project duration, an integer 1..1000 (default 20). */
  readonly bins?: number | undefined;
  /** Run only this share of the trials (see {@link SimulationOptions.shard}). */
  readonly shard?: S | undefined;
  /**
   * The project start: with it the result also gives each percentile as a
   * finish date (`dates`) and each histogram row its `date`. Work begins on
   * the first working day on or after it.
   */
  readonly start?: IsoDate | undefined;
  /** The working calendar for the dates; default Saturday and Sunday off, no holidays. */
  readonly calendar?: WorkCalendar | undefined;
  /**
   * The status date (needs `start`): work not done by the end of that day is
   * scheduled after it, as {@link criticalPath} does, so every trial runs
   * from where the plan now stands.
   */
  readonly statusDate?: IsoDate | undefined;
}

/** One histogram row of {@link SimulateScheduleResult}. */
export interface ScheduleHistogramRow extends HistogramRow {
  /** Given the `start` option, the finish date of a project lasting `value` working days. */
  readonly date?: IsoDate | undefined;
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

/**
 * The result of {@link simulateSchedule}: the distribution of the project
 * duration (working days), and per task its criticality index.
 */
export interface SimulateScheduleResult<P extends number = DefaultPercentile>
  extends Distribution<P> {
  /** Trials run. */
  readonly trials: number;
  /** The seed used. */
  readonly seed: number | string;
  /** The percentile method used. */
  readonly method: PercentileMethod;
  /** The sampling distribution used. */
  readonly distribution: 'triangular' | 'beta-pert';
  /** Each task's criticality index and mean duration, in input order. */
  readonly tasks: readonly SimulatedTask[];
  /** Rows in ascending `value` (bin upper edges), dated given the `start` option. */
  readonly histogram: readonly ScheduleHistogramRow[];
  /** Given the `start` option, the first working day of the project. */
  readonly start?: IsoDate | undefined;
  /**
   * Given the `start` option, each percentile as a finish date: `dates[85]`
   * is the day by whose end 85% of trials finished (a project of `d` working
   * days finishes at the end of working day ⌈d⌉ − 1, as {@link criticalPath}
   * dates a finish).
   */
  readonly dates?: PercentileRecord<P, IsoDate> | undefined;
}

const KEYS = [
  'distribution',
  'bins',
  'start',
  'calendar',
  'statusDate',
  ...SIMULATION_KEYS,
] as const;

/** Most trials × (tasks + links) one call may run. */
const MAX_WORK = 1_000_000_000;

/**
 * Monte Carlo schedule risk analysis: each trial draws every estimated task's
 * duration from its three-point estimate (beta-PERT, or triangular), runs the
 * critical path method, and records the project duration and which tasks were
 * critical. Unlike PERT's single-path σ, it captures merge bias: when several
 * paths are near-critical, the finish is later than PERT says. Tasks without
 * an `estimate` keep their fixed `duration`. Seeded (sfc32, one stream per
 * trial), so repeatable, and shards merge to the same answer.
 *
 * @param tasks - the plan; not changed
 * The plan is scheduled as {@link criticalPath} schedules it (links to a
 * summary reach its children; dated constraints, deadlines, actuals and a
 * `statusDate` apply); a task that reports progress is not drawn, and a
 * summary counts as critical in a trial when one of its children is.
 *
 * With a `start` (and a `calendar`) the percentiles also come as finish
 * dates (`dates`) and every histogram row gets its `date`; the working-day
 * figures and the merge of shards are unchanged.
 *
 * @param options - `distribution`, `bins`, `start`, `calendar` and the simulation options
 *   (`trials`, `seed`, `percentiles`, `method`, `shard`)
 * @returns the distribution of the project duration and each task's criticality index; a
 *   {@link SimulationPart} when `shard` is given
 * @throws PopmError as {@link validatePlan}; `OUT_OF_RANGE` for trials outside
 *   1..10,000,000 or a percentile outside (0, 100]; `INVALID_ARGUMENT` for a bad
 *   seed, distribution, method or shard, an unknown option, a bad calendar or a calendar
 *   without a start; `INVALID_DATE` for a bad start or holiday; `OUT_OF_RANGE` for a date
 *   past 9999-12-31; `LIMIT_EXCEEDED` for more than 10⁹ trials × (tasks + links)
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
 * r.percentiles[85] <= r.max; //=> true
 * const fixed = simulateSchedule([{ id: 'A', duration: 5 }], { trials: 10, start: '2026-11-30' });
 * fixed.dates; //=> { 50: '2026-12-04', 70: '2026-12-04', 85: '2026-12-04', 95: '2026-12-04' }
 */
export function simulateSchedule<
  const P extends number = DefaultPercentile,
  S extends Shard | undefined = undefined,
>(
  tasks: readonly Task[],
  options?: SimulateScheduleOptions<P, S>,
): Sharded<S, SimulateScheduleResult<P>> {
  const net = compileNetwork(tasks);
  const opts = readOptions(options, ['options'], KEYS);
  const sim = readSimulation(opts, ['options']);
  const { distribution, bins } = readDrawOptions(opts);
  // Dates are checked before the simulation is paid for.
  const dating = readPlanDating(opts.start, opts.calendar, ['options']);
  // Summaries expanded, dated constraints, deadlines and progress applied, as criticalPath does.
  const plan = preparePlan(
    net,
    dating === undefined ? undefined : new WorkDays(dating.cal, dating.first),
    opts.statusDate,
  );
  const { ids } = net;
  const size = plan.net.n + plan.net.m + 1;
  if (sim.trials * size > MAX_WORK)
    throw popmError(
      'LIMIT_EXCEEDED',
      ['options', 'trials'],
      `trials × (tasks + links) <= ${MAX_WORK}`,
      sim.trials * size,
    );
  const est = readEstimates(net);
  const { estimated, lo, mode, hi } = est;
  const { finishes, sums, criticalCount } = runTrials(
    plan,
    net,
    est,
    distribution === 'triangular',
    sim,
  );
  const context = {
    ids,
    durations: Array.from(net.durations),
    estimated,
    distribution,
    bins,
    percentiles: sim.percentiles,
    method: sim.method,
    // Only a dated call carries its dating, so undated parts stay as they were.
    ...(dating === undefined ? {} : { dating: dating.json }),
  };
  const call = {
    ...context,
    lo,
    mode,
    hi,
    lower: Array.from(plan.net.lower),
    links: [
      Array.from(plan.net.linkPred),
      Array.from(plan.net.linkSucc),
      Array.from(plan.net.linkType),
      Array.from(plan.net.lag),
    ],
    // A plan with summaries, dated constraints or progress: what they made of it.
    ...(plan.net === net ? {} : { prepared: [Array.from(plan.d), plan.net.bounds ?? null] }),
    trials: sim.trials,
    seed: sim.seed,
  };
  return finishOrPart(
    'simulateSchedule',
    call,
    sim,
    context,
    {
      outcomes: { duration: [finishes] },
      sums: { duration: sums },
      counts: { critical: Array.from(criticalCount) },
    },
    finishSchedule,
  ) as Sharded<S, SimulateScheduleResult<P>>;
}

/** The estimated tasks (indexes) and their three points, input order. */
interface Estimates {
  readonly estimated: number[];
  readonly lo: number[];
  readonly mode: number[];
  readonly hi: number[];
}

/** Collects every task with an `estimate` and no progress (work done is not drawn again). */
function readEstimates(net: Network): Estimates {
  const est: Estimates = { estimated: [], lo: [], mode: [], hi: [] };
  for (let i = 0; i < net.n; i++) {
    const e = (net.tasks[i] as Task).estimate;
    if (e === undefined || hasProgress(net, i)) continue;
    est.estimated.push(i);
    est.lo.push(e.optimistic);
    est.mode.push(e.mostLikely);
    est.hi.push(e.pessimistic);
  }
  return est;
}

/** Runs this share of the trials: every finish, the duration sums and the critical counts. */
function runTrials(
  plan: PreparedPlan,
  tasks: Network,
  est: Estimates,
  triangular: boolean,
  sim: SimulationSettings,
): { finishes: Float64Array; sums: number[][]; criticalCount: Float64Array } {
  const { net } = plan;
  const n = tasks.n;
  const e = est.estimated.length;
  const d = Float64Array.from(plan.d);
  // The bounded pass sets the span of a split task in `d`: start each trial afresh.
  const reset = net.bounds === undefined ? null : plan.d;
  const critical = tasks.tree === undefined ? null : new Uint8Array(n);
  const sums: number[][] = est.estimated.map(() => []);
  // Per block of SUM_BLOCK trials, a plain sum in trial order; blocks are added exactly,
  // so the mean durations do not depend on how the trials were split into shards.
  const blockSums = new Float64Array(e);
  const criticalCount = new Float64Array(n);
  const finishes = new Float64Array(sim.end - sim.start);
  const pass = createPass(net.n);
  const stream = new Stream();
  for (let t = sim.start; t < sim.end; t++) {
    stream.reset(sim.key, t);
    if (reset !== null) d.set(reset);
    drawDurations(stream, est, triangular, d, blockSums);
    if ((t + 1) % SUM_BLOCK === 0 || t + 1 === sim.end) flushBlock(sums, blockSums);
    runPasses(net, d, pass);
    finishes[t - sim.start] = pass.duration;
    if (critical === null) countCritical(pass, criticalCount);
    else countCriticalTree(pass, tasks.tree as Tree, critical, criticalCount);
  }
  return { finishes, sums, criticalCount };
}

/** Draws every estimated task's duration into `d`, adding each to its block sum. */
function drawDurations(
  stream: Stream,
  est: Estimates,
  triangular: boolean,
  d: Float64Array,
  blockSums: Float64Array,
): void {
  const { estimated, lo, mode, hi } = est;
  for (let k = 0; k < estimated.length; k++) {
    const x = triangular
      ? triangularAt(stream.next(), lo[k] as number, mode[k] as number, hi[k] as number)
      : betaPertDraw(stream, lo[k] as number, mode[k] as number, hi[k] as number);
    d[estimated[k] as number] = x;
    blockSums[k] = (blockSums[k] as number) + x;
  }
}

/** Adds each block sum exactly to its running sum, and clears it. */
function flushBlock(sums: number[][], blockSums: Float64Array): void {
  for (let k = 0; k < blockSums.length; k++) {
    exactAdd(sums[k] as number[], blockSums[k] as number);
    blockSums[k] = 0;
  }
}

/** Counts one trial for every task critical in `pass`. */
function countCritical(pass: Pass, criticalCount: Float64Array): void {
  const { es, ls } = pass;
  const tol = defaultTolerance(pass.duration);
  for (let i = 0; i < criticalCount.length; i++)
    if ((ls[i] as number) - (es[i] as number) <= tol)
      criticalCount[i] = (criticalCount[i] as number) + 1;
}

/** {@link countCritical} with summaries: a summary is critical when one of its children is. */
function countCriticalTree(
  pass: Pass,
  tree: Tree,
  critical: Uint8Array,
  criticalCount: Float64Array,
): void {
  const { es, ls } = pass;
  const tol = defaultTolerance(pass.duration);
  for (let i = 0; i < critical.length; i++)
    critical[i] = tree.summary[i] === 0 && (ls[i] as number) - (es[i] as number) <= tol ? 1 : 0;
  for (const i of tree.bottomUp) {
    const p = tree.parent[i] as number;
    if (critical[i] === 1 && p >= 0) critical[p] = 1;
  }
  for (let i = 0; i < critical.length; i++)
    if (critical[i] === 1) criticalCount[i] = (criticalCount[i] as number) + 1;
}
