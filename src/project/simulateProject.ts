import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import { finishOrPart, type SimulationSettings } from '../core/internal/simulationParts.js';
import type { Serialized } from '../core/json.js';
import type { Decimal } from '../core/numbers.js';
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
import type { Resource } from '../plan/resources.js';
import type { SimulatedTask } from '../plan/simulateSchedule.js';
import type { Task } from '../plan/types.js';
import type { Risk } from '../risk/types.js';
import { compileProject, readProjectOptions } from './internal/simulateProjectCompile.js';
import { finishProject } from './internal/simulateProjectFinish.js';
import { runProjectTrials } from './internal/simulateProjectKernel.js';

/** The plan {@link simulateProject} runs: tasks, the resources they use, and the risks linked to them. */
export interface SimulateProjectInput {
  /** The tasks, as {@link criticalPath} takes them, with optional `estimate`, `cost` and `assignments`. */
  readonly tasks: readonly Task[];
  /** The resources the assignments name (their `costPerDay` prices the tasks). */
  readonly resources?: readonly Resource[] | undefined;
  /**
   * The risks (a register's `risks`, or a Project's): each active one with a
   * probability and an impact is drawn in every trial; its schedule impact
   * delays its `tasks` (or, linked to none, the project finish).
   */
  readonly risks?: readonly Risk[] | undefined;
}

/** Options of {@link simulateProject}. */
export interface SimulateProjectOptions<
  P extends number = DefaultPercentile,
  S extends Shard | undefined = Shard | undefined,
> extends SimulationOptions<P> {
  /** How a task's three-point estimate is sampled; default `'beta-pert'` (as {@link simulateSchedule}). */
  readonly distribution?: 'triangular' | 'beta-pert' | undefined;
  /** Histogram bins of the finish and the cost, an integer 1..1000 (default 20). */
  readonly bins?: number | undefined;
  /** Draw the residual assessment of the risks (after their responses). Default `false`. */
  readonly residual?: boolean | undefined;
  /**
   * The confidence of the joint figures and the tornado, a percentile in
   * (0, 100]; default `80` (P80).
   */
  readonly confidencePercent?: number | undefined;
  /** The project start: with it the finish also comes as dates. */
  readonly start?: IsoDate | undefined;
  /** The working calendar for the dates; default Saturday and Sunday off, no holidays. */
  readonly calendar?: WorkCalendar | undefined;
  /** Run only this share of the trials (see {@link SimulationOptions.shard}). */
  readonly shard?: S | undefined;
}

/** One histogram row of the finish, dated given a `start`. */
export interface ProjectFinishRow extends HistogramRow {
  /** Given the `start` option, the finish date of a project lasting `value` working days. */
  readonly date?: IsoDate | undefined;
}

/** The finish of {@link SimulateProjectResult}: working days from the start, and dates given one. */
export interface ProjectFinish<P extends number = DefaultPercentile> extends Distribution<P> {
  /** Rows in ascending `value` (bin upper edges), dated given the `start` option. */
  readonly histogram: readonly ProjectFinishRow[];
  /**
   * Given the `start` option, each percentile as a finish date: `dates[85]`
   * is the day by whose end 85% of trials finished (a project of `d` working
   * days finishes at the end of working day ⌈d⌉ − 1, as {@link criticalPath}
   * dates a finish).
   */
  readonly dates?: PercentileRecord<P, IsoDate> | undefined;
}

/** Finish and cost at one confidence, and how often both hold together. */
export interface JointConfidence {
  /** The confidence, a percentile (80 for P80). */
  readonly percent: number;
  /** The finish at that percentile, working days. */
  readonly finish: number;
  /** Given the `start` option, that finish as a date. */
  readonly finishDate?: IsoDate | undefined;
  /** The cost at that percentile. */
  readonly cost: number;
  /**
   * Share of trials (0..1) finishing by `finish` *and* within `cost` (the
   * joint cost and schedule confidence level, JCL, of NASA's Cost Estimating
   * Handbook): below `percent / 100` unless finish and cost move together
   * (a P80 date and a P80 budget are not a P80 plan).
   */
  readonly share: number;
}

/**
 * One risk of the tornado: what it adds to the finish and the cost at the
 * confidence (P80 by default), measured as P80 with the risk minus P80 of
 * the very same trials without it (all other draws unchanged).
 */
export interface RiskDriver {
  /** The risk's id. */
  readonly id: string;
  /** The tasks it delays (empty: it delays the project finish itself). */
  readonly tasks: readonly string[];
  /** Share of trials (0..1) in which it occurred. */
  readonly occurredShare: number;
  /** P80 finish with the risk − P80 finish without it, working days (negative for an opportunity). */
  readonly finishDays: number;
  /** P80 cost with the risk − P80 cost without it (its own cost and the cost of its delay). */
  readonly cost: number;
}

/**
 * The result of {@link simulateProject}: one run for the date and the cost.
 */
export interface SimulateProjectResult<P extends number = DefaultPercentile> {
  /** Trials run. */
  readonly trials: number;
  /** The seed used. */
  readonly seed: number | string;
  /** The percentile method used. */
  readonly method: PercentileMethod;
  /** The sampling distribution of the task estimates. */
  readonly distribution: 'triangular' | 'beta-pert';
  /** True when the risks' residual assessment was drawn. */
  readonly residual: boolean;
  /** Given the `start` option, the first working day of the project. */
  readonly start?: IsoDate | undefined;
  /** The project finish, working days from the start (and dates, given one). */
  readonly finish: ProjectFinish<P>;
  /** The project cost per trial: the plan's cost at the trial's durations plus the risks' costs. */
  readonly cost: Distribution<P>;
  /** The plan's cost at its planned durations (the BAC), exact, without risks. */
  readonly baseCost: Decimal;
  /** Finish and cost at the confidence, and the share of trials meeting both. */
  readonly joint: JointConfidence;
  /** Each task's criticality index and mean duration (risk delays included), input order. */
  readonly tasks: readonly SimulatedTask[];
  /**
   * Every simulated risk's contribution, largest finish contribution first
   * (then cost, then register order): the data of a tornado chart.
   */
  readonly tornado: readonly RiskDriver[];
  /** Ids of active risks left out (no probability, or neither cost nor schedule impact). */
  readonly skipped: readonly string[];
}

/**
 * A {@link SimulateProjectResult} as JSON (`baseCost` as a string), e.g. in
 * a dashboard payload.
 *
 * @example
 * import type { SimulateProjectJson } from 'popm';
 * const json: SimulateProjectJson = JSON.parse(
 *   JSON.stringify(simulateProject({ tasks: [{ id: 'A', duration: 2, cost: '10.5' }] }, { trials: 10 })),
 * );
 * json.baseCost; //=> '10.5'
 */
export type SimulateProjectJson<P extends number = DefaultPercentile> = Serialized<
  SimulateProjectResult<P>
>;

// Shared by every trial outside the range (nothing reads into or writes to it).
const NOTHING = Object.freeze([]) as unknown as number[];

/** Per-trial values as exact sums, one per trial of the whole run, empty outside this run's range. */
function perTrial(values: Float64Array, sim: SimulationSettings): number[][] {
  const out: number[][] = new Array(sim.trials).fill(NOTHING);
  for (let t = sim.start; t < sim.end; t++) out[t] = [values[t - sim.start] as number];
  return out;
}

/**
 * One Monte Carlo simulation for the date and the cost of a cost-loaded,
 * risk-linked plan (integrated cost-schedule risk analysis, Hulett 2011;
 * PMBOK Guide 6th ed. §11.4.2.5). Each trial draws every estimated task's
 * duration (beta-PERT or triangular, exactly as {@link simulateSchedule}:
 * with no risks the finish is the same, trial by trial), then every active
 * risk — whether it occurs (its probability), its delay and its cost
 * (triangular over three points, or fixed) — adds each delay to the risk's
 * `tasks` (an opportunity shortens them, never below zero; a risk linked to
 * no task moves the project finish itself), runs the critical path method,
 * and prices the trial: every task's fixed `cost`, plus its assignments'
 * `costPerDay × units × days` at the trial's duration (so delays cost
 * money), plus the risks' costs.
 *
 * Returns the finish distribution (working days, and dates given a
 * `start`), the cost distribution, the joint figures at the confidence
 * (default P80: the P80 finish, the P80 cost, and the share of trials that
 * meet *both* — usually well under 80%), each task's criticality index, and
 * the risk tornado: for each risk, P80 with it minus P80 of the same trials
 * without it (every other draw unchanged: each risk draws from its own
 * stream of the seed, its id and the trial). The contributions do not add
 * up to the total: risks overlap and merge on paths.
 *
 * Follows the simulation contract: `trials`, `seed`, `percentiles`,
 * `method`, and `shard` with {@link mergeSimulations} giving the same JSON
 * as the run in one piece.
 *
 * @param plan - tasks (with `estimate`, `cost`, `assignments`), `resources` and `risks`; not changed
 * @param options - `distribution`, `bins`, `residual`, `confidencePercent`, `start`, `calendar`
 *   and the simulation options (`trials`, `seed`, `percentiles`, `method`, `shard`)
 * @returns the finish and cost distributions, the joint figures, criticality and the tornado;
 *   a {@link SimulationPart} when `shard` is given
 * @throws PopmError as {@link validatePlan} and {@link createRiskRegister} (paths under
 *   `plan.tasks` and `plan.risks`); `NOT_FOUND` for a risk linked to a task not in the plan or an
 *   assignment to an unknown resource; `DUPLICATE_ID` for a task linked twice by one risk;
 *   `OUT_OF_RANGE` for a negative cost, units <= 0, a bad option, a cost or cost per day
 *   above 10^15, or a plan whose cost could pass 10^300 in a trial; `INVALID_ARGUMENT` for an
 *   unknown option, a bad seed, shard or calendar; `INVALID_DATE` for a bad start;
 *   `LIMIT_EXCEEDED` for more than 10⁹ trials × (tasks + links) or 10⁷ trials × (risks + 1)
 * @example
 * const r = simulateProject(
 *   {
 *     tasks: [
 *       { id: 'A', duration: 10, cost: 1000 },
 *       { id: 'B', duration: 5, dependsOn: ['A'], assignments: [{ resource: 'dev', units: 1 }] },
 *     ],
 *     resources: [{ id: 'dev', unitsPerDay: 1, costPerDay: 500 }],
 *     risks: [
 *       { id: 'R1', title: 'Late parts', kind: 'threat', probability: 1,
 *         scheduleImpactDays: 5, costImpact: 2000, tasks: ['B'] },
 *     ],
 *   },
 *   { trials: 100, start: '2026-11-30' }, // a Monday
 * );
 * r.baseCost.toString(); //=> '3500'
 * r.joint; //=> { percent: 80, finish: 20, finishDate: '2026-12-25', cost: 8000, share: 1 }
 * r.tornado[0]; //=> { id: 'R1', tasks: ['B'], occurredShare: 1, finishDays: 5, cost: 4500 }
 */
export function simulateProject<
  const P extends number = DefaultPercentile,
  S extends Shard | undefined = undefined,
>(
  plan: SimulateProjectInput,
  options?: SimulateProjectOptions<P, S>,
): Sharded<S, SimulateProjectResult<P>> {
  const s = readProjectOptions(options);
  const { kernel, baseCost } = compileProject(plan, s);
  const { sim } = s;
  const tr = runProjectTrials(kernel, sim);
  const { net, risks } = kernel;
  const context = {
    ids: net.ids,
    durations: Array.from(net.durations),
    variable: kernel.variable,
    distribution: s.distribution,
    bins: s.bins,
    percentiles: sim.percentiles,
    method: sim.method,
    residual: s.residual,
    confidencePercent: s.confidencePercent,
    baseCost: baseCost.toString(),
    risks: risks.ids,
    riskTasks: risks.taskIds,
    skipped: risks.skipped,
    ...(s.dating === undefined ? {} : { dating: s.dating.json }),
  };
  const call = {
    ...context,
    estimates: [kernel.estimated, kernel.lo, kernel.mode, kernel.hi],
    lower: Array.from(net.lower),
    links: [
      Array.from(net.linkPred),
      Array.from(net.linkSucc),
      Array.from(net.linkType),
      Array.from(net.lag),
    ],
    costs: [kernel.constantCost, Array.from(kernel.rate)],
    model: [
      risks.tasks,
      risks.probability,
      risks.sign,
      risks.costMin,
      risks.costMode,
      risks.costMax,
      risks.daysMin,
      risks.daysMode,
      risks.daysMax,
    ],
    trials: sim.trials,
    seed: sim.seed,
  };
  return finishOrPart(
    'simulateProject',
    call,
    sim,
    context,
    {
      outcomes: { finishWithout: tr.finishWithout, costWithout: tr.costWithout },
      // The tornado reads one percentile of each: selection, not a sort of every array.
      selectOnly: ['finishWithout', 'costWithout'],
      // The finish and cost of each trial, kept in pairs for the joint figures: a
      // trial's "sum" over the parts is its own value (the other parts add nothing).
      sums: {
        duration: tr.durationSums,
        finish: perTrial(tr.finish, sim),
        cost: perTrial(tr.cost, sim),
      },
      counts: { critical: tr.critical, occurred: tr.occurred },
    },
    finishProject,
  ) as Sharded<S, SimulateProjectResult<P>>;
}
