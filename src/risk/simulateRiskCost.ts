import { popmError } from '../core/errors.js';
import { readOptions } from '../core/internal/readObject.js';
import { finishOrPart, readSimulation, SIMULATION_KEYS } from '../core/internal/simulationParts.js';
import { trialState, triangularAt } from '../core/internal/stream.js';
import { requireNumber } from '../core/internal/validate.js';
import { Decimal, toDecimal } from '../core/numbers.js';
import type {
  DefaultPercentile,
  Distribution,
  Shard,
  Sharded,
  SimulationOptions,
} from '../core/simulation.js';
import type { PercentileMethod } from '../core/stats.js';
import { assessed, checkCost, checkSchedule, isActive, readFlag } from './internal/check.js';
import { finishRiskCost } from './internal/finishRiskCost.js';
import { checkRegister } from './internal/readRegister.js';
import type { RiskRegister } from './register.js';

/** Options of {@link simulateRiskCost}. */
export interface SimulateRiskCostOptions<
  P extends number = DefaultPercentile,
  S extends Shard | undefined = Shard | undefined,
> extends SimulationOptions<P> {
  /** Simulate the residual assessment (after the responses). Default `false`. */
  readonly residual?: boolean | undefined;
  /** Histogram bins, an integer 1..1000 (default 20). */
  readonly bins?: number | undefined;
  /** Run only this share of the trials (see {@link SimulationOptions.shard}). */
  readonly shard?: S | undefined;
}

/** The result of {@link simulateRiskCost}. */
export interface RiskSimulationResult<P extends number = DefaultPercentile> {
  /** The number of trials run. */
  readonly trials: number;
  /** The seed used. */
  readonly seed: number | string;
  /** The percentile method used. */
  readonly method: PercentileMethod;
  /**
   * Total cost of the risks that occurred per trial, money expected to be
   * spent: threats add, opportunities subtract (docs/architecture.md, "Money
   * at risk"). P80 of this is the contingency reserve at 80% confidence.
   */
  readonly cost: Distribution<P>;
  /** Total schedule days per trial: threats add, opportunities subtract. */
  readonly scheduleDays: Distribution<P>;
  /** The exact expected cost of the simulated risks, −(their net EMV), to compare with `cost.mean`. */
  readonly expectedCost: Decimal;
  /** Ids of the risks simulated (active, with a probability and a cost or schedule impact). */
  readonly simulated: readonly string[];
  /** Ids of active risks left out (no probability, or neither cost nor schedule impact). */
  readonly skipped: readonly string[];
}

const KEYS = ['residual', 'bins', ...SIMULATION_KEYS] as const;

/** Largest cost (or days) one risk may carry into the float64 simulation. */
const MAX_AMOUNT = 1e15;

/**
 * Monte Carlo simulation of the register's active risks, the usual way to
 * size a contingency reserve (PMBOK Guide 6th ed. §11.4.2.5, simulation;
 * §7.2.2.6, reserve analysis). In each trial every risk occurs with its
 * probability; if it does, its cost and schedule impact are drawn from the
 * triangular distribution of its three-point estimate, or taken as given when
 * fixed. Threats add, opportunities subtract. Risks certain to occur with a
 * fixed cost are summed once, exactly, so a register of such risks gives
 * exactly its sum in every trial. The same seed gives the same result, and
 * each trial draws from its own stream, so shards merge to the same answer.
 *
 * @param register - the register
 * @param options - `residual`, `bins` and the simulation options (`trials`, `seed`,
 *   `percentiles`, `method`, `shard`)
 * @returns cost and schedule distributions (plain numbers), the exact expected cost, and which
 *   risks took part; a {@link SimulationPart} when `shard` is given
 * @throws PopmError `INVALID_ARGUMENT` for a bad seed (at `['options', 'seed']`: a finite
 *   number or a string), options that are not an object, an unknown option, or a bad
 *   `residual`, `method` or `shard`;
 *   `OUT_OF_RANGE` for trials outside 1..10,000,000, a percentile outside
 *   (0, 100] or bins outside 1..1000; `INVALID_NUMBER` for a non-finite number; an invalid
 *   register as {@link createRiskRegister}
 * @example
 * const register = createRiskRegister([
 *   { id: 'A', title: 'Certain fee', kind: 'threat', probability: 1, costImpact: '100.10' },
 *   { id: 'B', title: 'Certain permit', kind: 'threat', probability: 1, costImpact: '200.20' },
 * ]);
 * const sim = simulateRiskCost(register, { seed: 7, trials: 1000 });
 * sim.cost.percentiles; //=> { 50: 300.3, 70: 300.3, 85: 300.3, 95: 300.3 }
 * sim.expectedCost.toString(); //=> '300.3'
 */
export function simulateRiskCost<
  const P extends number = DefaultPercentile,
  S extends Shard | undefined = undefined,
>(
  register: RiskRegister,
  options?: SimulateRiskCostOptions<P, S>,
): Sharded<S, RiskSimulationResult<P>> {
  const reg = checkRegister(register);
  const opts = readOptions(options, ['options'], KEYS);
  const sim = readSimulation(opts, ['options']);
  const bins =
    opts.bins === undefined
      ? 20
      : requireNumber(opts.bins, ['options', 'bins'], { integer: true, min: 1, max: 1000 });
  const residual = readFlag(opts.residual, ['options', 'residual'], false);
  const model = compileRisks(reg, residual);
  const base = model.baseCost.toNumber() + 0; // + 0 turns a −0 into 0
  const { costs, schedule } = runTrials(model, base, sim);
  const context = {
    percentiles: sim.percentiles,
    method: sim.method,
    bins,
    expectedCost: model.expected.toString(),
    simulated: model.simulated,
    skipped: model.skipped,
  };
  const call = {
    ...context,
    residual,
    trials: sim.trials,
    seed: sim.seed,
    model: [
      base,
      model.baseDays,
      model.prob,
      model.costMin,
      model.costMode,
      model.costMax,
      model.daysMin,
      model.daysMode,
      model.daysMax,
    ],
  };
  return finishOrPart(
    'simulateRiskCost',
    call,
    sim,
    context,
    { outcomes: { cost: [costs], scheduleDays: [schedule] } },
    finishRiskCost,
  ) as Sharded<S, RiskSimulationResult<P>>;
}

/** The risks compiled into flat arrays for the hot loop, plus the exact parts. */
interface RiskModel {
  readonly prob: number[];
  readonly costMin: number[];
  readonly costMode: number[];
  readonly costMax: number[];
  readonly daysMin: number[];
  readonly daysMode: number[];
  readonly daysMax: number[];
  readonly simulated: string[];
  readonly skipped: string[];
  baseCost: Decimal;
  baseDays: number;
  expected: Decimal;
}

type CostRange = ReturnType<typeof checkCost>;
type DaysRange = ReturnType<typeof checkSchedule>;

/** One simulated risk's assessment: its probability, sign and checked ranges. */
interface RiskDraw {
  readonly probability: number;
  readonly sign: number;
  readonly cost: CostRange | null;
  readonly days: DaysRange | null;
}

/** Compiles the register's active risks into a {@link RiskModel}. */
function compileRisks(reg: RiskRegister, residual: boolean): RiskModel {
  const model: RiskModel = {
    prob: [],
    costMin: [],
    costMode: [],
    costMax: [],
    daysMin: [],
    daysMode: [],
    daysMax: [],
    simulated: [],
    skipped: [],
    baseCost: new Decimal(0),
    baseDays: 0,
    expected: new Decimal(0),
  };
  for (const [index, risk] of reg.risks.entries()) {
    if (!isActive(risk)) continue;
    const draw = readDraw(risk, index, residual);
    if (draw === null) {
      model.skipped.push(risk.id);
      continue;
    }
    model.simulated.push(risk.id);
    addRisk(model, draw);
  }
  return model;
}

/** A risk's checked assessment, or `null` when it has no probability or no impact. */
function readDraw(
  risk: RiskRegister['risks'][number],
  index: number,
  residual: boolean,
): RiskDraw | null {
  const a = assessed(risk, residual);
  if (a.probability === undefined) return null;
  if (a.costImpact === undefined && a.scheduleImpactDays === undefined) return null;
  const sign = risk.kind === 'threat' ? 1 : -1;
  const cost = a.costImpact === undefined ? null : checkCost(a.costImpact, ['costImpact']);
  const days =
    a.scheduleImpactDays === undefined ? null : checkSchedule(a.scheduleImpactDays, ['days']);
  // Per-trial sums run in float64: keep every draw far from overflow.
  if (cost?.max.abs().gt(MAX_AMOUNT))
    throw popmError(
      'OUT_OF_RANGE',
      ['register', 'risks', index, 'costImpact'],
      `a cost impact up to ${MAX_AMOUNT} for the simulation`,
      cost.max.toString(),
    );
  if (days !== null && days.max > MAX_AMOUNT)
    throw popmError(
      'OUT_OF_RANGE',
      ['register', 'risks', index, 'scheduleImpactDays'],
      `a schedule impact up to ${MAX_AMOUNT} days for the simulation`,
      days.max,
    );
  return { probability: a.probability, sign, cost, days };
}

/** Adds one simulated risk: its expected cost, then either the exact base or the drawn arrays. */
function addRisk(model: RiskModel, draw: RiskDraw): void {
  const { probability, sign, cost, days } = draw;
  if (cost !== null)
    model.expected = model.expected.plus(toDecimal(probability).times(cost.mean).times(sign));
  const fixedCost = cost === null || cost.min.eq(cost.max);
  const fixedDays = days === null || days.min === days.max;
  if (probability === 1 && fixedCost && fixedDays) {
    // Certain and fixed: exact, once.
    if (cost !== null) model.baseCost = model.baseCost.plus(cost.min.times(sign));
    if (days !== null) model.baseDays += sign * days.min;
    return;
  }
  model.prob.push(probability);
  model.costMin.push(cost === null ? 0 : sign * cost.min.toNumber());
  model.costMode.push(cost === null ? 0 : sign * cost.mode.toNumber());
  model.costMax.push(cost === null ? 0 : sign * cost.max.toNumber());
  model.daysMin.push(days === null ? 0 : sign * days.min);
  model.daysMode.push(days === null ? 0 : sign * days.mode);
  model.daysMax.push(days === null ? 0 : sign * days.max);
}

/** The model as typed arrays, read by every trial. */
interface TrialModel {
  readonly m: number;
  readonly base: number;
  readonly baseDays: number;
  readonly threshold: Float64Array;
  readonly cMin: Float64Array;
  readonly cMode: Float64Array;
  readonly cMax: Float64Array;
  readonly dMin: Float64Array;
  readonly dMode: Float64Array;
  readonly dMax: Float64Array;
}

/** Runs this share of the trials: every trial's total cost and schedule days. */
function runTrials(
  model: RiskModel,
  base: number,
  sim: { readonly key: number; readonly start: number; readonly end: number },
): { costs: Float64Array; schedule: Float64Array } {
  const n = sim.end - sim.start;
  const costs = new Float64Array(n);
  const schedule = new Float64Array(n);
  const tm: TrialModel = {
    m: model.prob.length,
    base,
    baseDays: model.baseDays,
    // random.next() < p  ⇔  uint32 < p·2³² (exact: a power-of-two scaling), one call fewer per draw.
    threshold: Float64Array.from(model.prob, (p) => p * 4294967296),
    cMin: Float64Array.from(model.costMin),
    cMode: Float64Array.from(model.costMode),
    cMax: Float64Array.from(model.costMax),
    dMin: Float64Array.from(model.daysMin),
    dMode: Float64Array.from(model.daysMode),
    dMax: Float64Array.from(model.daysMax),
  };
  const st = new Int32Array(4);
  for (let t = sim.start; t < sim.end; t++) {
    trialState(sim.key, t, st);
    runTrial(tm, st, costs, schedule, t - sim.start);
  }
  return { costs, schedule };
}

const U = 1 / 4294967296;

/** A triangular draw over `lo..hi`, or over the mirrored range when the signed range runs down. */
function signedTriangular(u: number, lo: number, mode: number, hi: number): number {
  return lo < hi ? triangularAt(u, lo, mode, hi) : -triangularAt(u, -lo, -mode, -hi);
}

/** One trial from its stream state `st`: writes its cost and days at `at`. */
function runTrial(
  tm: TrialModel,
  st: Int32Array,
  costs: Float64Array,
  schedule: Float64Array,
  at: number,
): void {
  const { m, threshold, cMin, cMode, cMax, dMin, dMode, dMax } = tm;
  // The generator inline, its state in locals: the same draws as core's Stream, faster.
  let sa = st[0] as number;
  let sb = st[1] as number;
  let sc = st[2] as number;
  let sd = st[3] as number;
  // Neumaier-compensated running sums.
  let s = tm.base;
  let c = 0;
  let d = tm.baseDays;
  for (let i = 0; i < m; i++) {
    let r = (((sa + sb) | 0) + sd) | 0;
    sd = (sd + 1) | 0;
    sa = sb ^ (sb >>> 9);
    sb = (sc + (sc << 3)) | 0;
    sc = (((sc << 21) | (sc >>> 11)) + r) | 0;
    if (r >>> 0 >= (threshold[i] as number)) continue;
    const lo = cMin[i] as number;
    const hi = cMax[i] as number;
    let v = lo;
    if (lo !== hi) {
      r = (((sa + sb) | 0) + sd) | 0;
      sd = (sd + 1) | 0;
      sa = sb ^ (sb >>> 9);
      sb = (sc + (sc << 3)) | 0;
      sc = (((sc << 21) | (sc >>> 11)) + r) | 0;
      v = signedTriangular((r >>> 0) * U, lo, cMode[i] as number, hi);
    }
    const tt = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - tt + v : v - tt + s;
    s = tt;
    const dlo = dMin[i] as number;
    const dhi = dMax[i] as number;
    if (dlo === dhi) d += dlo;
    else {
      r = (((sa + sb) | 0) + sd) | 0;
      sd = (sd + 1) | 0;
      sa = sb ^ (sb >>> 9);
      sb = (sc + (sc << 3)) | 0;
      sc = (((sc << 21) | (sc >>> 11)) + r) | 0;
      d += signedTriangular((r >>> 0) * U, dlo, dMode[i] as number, dhi);
    }
  }
  costs[at] = s + c;
  schedule[at] = d;
}
