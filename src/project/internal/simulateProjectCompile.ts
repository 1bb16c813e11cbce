/**
 * @internal Reading {@link simulateProject}'s options and plan, and
 * compiling what its trials need ({@link ProjectKernel}).
 */
import { popmError } from '../../core/errors.js';
import { readEntity, readOptions } from '../../core/internal/readObject.js';
import {
  readSimulation,
  SIMULATION_KEYS,
  type SimulationSettings,
} from '../../core/internal/simulationParts.js';
import { requireNumber } from '../../core/internal/validate.js';
import { Decimal } from '../../core/numbers.js';
import { readDrawOptions } from '../../plan/internal/drawOptions.js';
import { compileNetwork, type Network } from '../../plan/internal/network.js';
import { type PlanDating, readPlanDating } from '../../plan/internal/pertDates.js';
import type { Task } from '../../plan/types.js';
import { readPlanCosts } from './simulateProjectCost.js';
import type { ProjectKernel } from './simulateProjectKernel.js';
import { type RiskModel, readProjectRisks } from './simulateProjectRisks.js';

const KEYS = [
  'distribution',
  'bins',
  'residual',
  'confidencePercent',
  'start',
  'calendar',
  ...SIMULATION_KEYS,
] as const;

/** Most trials × (tasks + links + risk links) one call may run (as `simulateSchedule`). */
const MAX_WORK = 1_000_000_000;
/** Most trials × (risks + 1) one call may keep (two outcomes each). */
const MAX_OUTCOMES = 10_000_000;
/**
 * Most trials one call may run: each trial's finish and cost travel as a
 * pair in every part (for the joint figures), so a part holds one entry per
 * trial of the whole run.
 */
const MAX_PROJECT_TRIALS = 1_000_000;

/** @internal The options, read and checked. */
export interface ProjectSettings {
  readonly sim: SimulationSettings;
  readonly distribution: 'triangular' | 'beta-pert';
  readonly bins: number;
  readonly residual: boolean;
  readonly confidencePercent: number;
  readonly dating: PlanDating | undefined;
}

/** @internal Reads the options (strict), dates checked before any work. */
export function readProjectOptions(options: unknown): ProjectSettings {
  const opts = readOptions(options, ['options'], KEYS);
  const sim = readSimulation(opts, ['options']);
  const { distribution, bins } = readDrawOptions(opts);
  if (opts.residual !== undefined && typeof opts.residual !== 'boolean')
    throw popmError('INVALID_ARGUMENT', ['options', 'residual'], 'a boolean', opts.residual);
  const confidencePercent =
    opts.confidencePercent === undefined
      ? 80
      : requireNumber(opts.confidencePercent, ['options', 'confidencePercent'], {
          minExclusive: 0,
          max: 100,
        });
  // Dates are checked before the simulation is paid for.
  const dating = readPlanDating(opts.start, opts.calendar, ['options']);
  return {
    sim,
    distribution,
    bins,
    residual: opts.residual === true,
    confidencePercent,
    dating,
  };
}

/** The estimated tasks (input order) and their three points. */
function estimatesOf(net: Network): Pick<ProjectKernel, 'estimated' | 'lo' | 'mode' | 'hi'> {
  const est = {
    estimated: [] as number[],
    lo: [] as number[],
    mode: [] as number[],
    hi: [] as number[],
  };
  for (let i = 0; i < net.n; i++) {
    const e = (net.tasks[i] as Task).estimate;
    if (e === undefined) continue;
    est.estimated.push(i);
    est.lo.push(e.optimistic);
    est.mode.push(e.mostLikely);
    est.hi.push(e.pessimistic);
  }
  return est;
}

/** @internal Reads the plan (paths under `plan`) and compiles what the trials need. */
export function compileProject(
  plan: unknown,
  s: ProjectSettings,
): { kernel: ProjectKernel; baseCost: Decimal } {
  const rec = readEntity(
    plan,
    ['plan'],
    ['tasks', 'resources', 'risks'],
    'a plan { tasks, resources?, risks? }',
  );
  const net = compileNetwork(rec.tasks, ['plan', 'tasks']);
  const costs = readPlanCosts(rec.tasks, rec.resources, net, ['plan']);
  const index = new Map(net.ids.map((id, i) => [id, i]));
  const risks = readProjectRisks(rec.risks, ['plan', 'risks'], index, s.residual);
  const est = estimatesOf(net);
  const varies = new Uint8Array(net.n);
  for (const i of est.estimated) varies[i] = 1;
  risks.tasks.forEach((tasks, r) => {
    if ((risks.daysMax[r] as number) > 0) for (const j of tasks) varies[j] = 1;
  });
  const variable: number[] = [];
  let constant = new Decimal(0);
  for (let i = 0; i < net.n; i++) {
    constant = constant.plus(costs.fixed[i] as Decimal);
    if (varies[i] === 1) variable.push(i);
    else constant = constant.plus((costs.rate[i] as Decimal).times(net.durations[i] as number));
  }
  checkLimits(s.sim, net, risks);
  const kernel: ProjectKernel = {
    net,
    triangular: s.distribution === 'triangular',
    ...est,
    variable,
    constantCost: constant.toNumber() + 0,
    rate: Float64Array.from(costs.rate, (r) => r.toNumber()),
    risks,
  };
  checkCostRange(kernel);
  return { kernel, baseCost: costs.baseCost };
}

/** Refuses a run too large to compute or to keep (see the limits above). */
function checkLimits(sim: SimulationSettings, net: Network, risks: RiskModel): void {
  const links = risks.tasks.reduce((a, t) => a + t.length, 0);
  const work = sim.trials * (net.n + net.m + links + 1);
  if (work > MAX_WORK)
    throw popmError(
      'LIMIT_EXCEEDED',
      ['options', 'trials'],
      `trials × (tasks + links + risk links) <= ${MAX_WORK}`,
      work,
    );
  if (sim.trials > MAX_PROJECT_TRIALS)
    throw popmError(
      'LIMIT_EXCEEDED',
      ['options', 'trials'],
      `at most ${MAX_PROJECT_TRIALS} trials`,
      sim.trials,
    );
  const kept = sim.trials * (risks.ids.length + 1);
  if (kept > MAX_OUTCOMES)
    throw popmError(
      'LIMIT_EXCEEDED',
      ['options', 'trials'],
      `trials × (risks + 1) <= ${MAX_OUTCOMES}`,
      kept,
    );
}

/** Largest cost any trial may reach: the per-trial sums run in float64 and must stay finite. */
const MAX_COST = 1e300;

/**
 * Refuses a plan whose cost could overflow float64 in some trial: the
 * constant part, every varying task's cost per day × its longest duration
 * (pessimistic estimate plus every delay on it), and every risk's highest cost.
 */
function checkCostRange(k: ProjectKernel): void {
  const longest = Float64Array.from(k.net.durations);
  k.estimated.forEach((i, e) => {
    longest[i] = k.hi[e] as number;
  });
  let bound = Math.abs(k.constantCost);
  k.risks.tasks.forEach((tasks, r) => {
    bound += k.risks.costMax[r] as number;
    for (const j of tasks) longest[j] = (longest[j] as number) + (k.risks.daysMax[r] as number);
  });
  for (const j of k.variable) bound += (k.rate[j] as number) * (longest[j] as number);
  if (!(bound <= MAX_COST))
    throw popmError(
      'OUT_OF_RANGE',
      ['plan'],
      `a plan whose cost stays below ${MAX_COST} in every trial`,
      bound,
    );
}
