import { popmError } from '../core/errors.js';
import { readOptions } from '../core/internal/readObject.js';
import { trialState, triangularAt } from '../core/internal/stream.js';
import { Decimal, toDecimal } from '../core/numbers.js';
import {
  type DefaultPercentile,
  type Distribution,
  distributionOf,
  type FinishInput,
  finishOrPart,
  outcomesOf,
  readContext,
  readSimulation,
  type Shard,
  type Sharded,
  SIMULATION_KEYS,
  type SimulationOptions,
} from '../core/simulation.js';
import type { PercentileMethod } from '../core/stats.js';
import { requireArray, requireNumber, requireString } from '../core/validate.js';
import { assessed, checkCost, checkSchedule, isActive } from './internal/check.js';
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
  readonly shard?: S;
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
  let residual = false;
  if (opts.residual !== undefined) {
    if (typeof opts.residual !== 'boolean')
      throw popmError('INVALID_ARGUMENT', ['options', 'residual'], 'a boolean', opts.residual);
    residual = opts.residual;
  }

  // Compile the risks into flat arrays for the hot loop.
  const prob: number[] = [];
  const costMin: number[] = [];
  const costMode: number[] = [];
  const costMax: number[] = [];
  const daysMin: number[] = [];
  const daysMode: number[] = [];
  const daysMax: number[] = [];
  const simulated: string[] = [];
  const skipped: string[] = [];
  let baseCost = new Decimal(0);
  let baseDays = 0;
  let expected = new Decimal(0);
  for (const [index, risk] of reg.risks.entries()) {
    if (!isActive(risk)) continue;
    const a = assessed(risk, residual);
    if (
      a.probability === undefined ||
      (a.costImpact === undefined && a.scheduleImpactDays === undefined)
    ) {
      skipped.push(risk.id);
      continue;
    }
    simulated.push(risk.id);
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
    if (cost !== null)
      expected = expected.plus(toDecimal(a.probability).times(cost.mean).times(sign));
    const fixedCost = cost === null || cost.min.eq(cost.max);
    const fixedDays = days === null || days.min === days.max;
    if (a.probability === 1 && fixedCost && fixedDays) {
      // Certain and fixed: exact, once.
      if (cost !== null) baseCost = baseCost.plus(cost.min.times(sign));
      if (days !== null) baseDays += sign * days.min;
      continue;
    }
    prob.push(a.probability);
    if (cost === null) {
      costMin.push(0);
      costMode.push(0);
      costMax.push(0);
    } else {
      costMin.push(sign * cost.min.toNumber());
      costMode.push(sign * cost.mode.toNumber());
      costMax.push(sign * cost.max.toNumber());
    }
    daysMin.push(days === null ? 0 : sign * days.min);
    daysMode.push(days === null ? 0 : sign * days.mode);
    daysMax.push(days === null ? 0 : sign * days.max);
  }

  const base = baseCost.toNumber() + 0; // + 0 turns a −0 into 0
  const n = sim.end - sim.start;
  const costs = new Float64Array(n);
  const schedule = new Float64Array(n);
  const m = prob.length;
  // random.next() < p  ⇔  uint32 < p·2³² (exact: a power-of-two scaling), one call fewer per draw.
  const threshold = Float64Array.from(prob, (p) => p * 4294967296);
  const cMin = Float64Array.from(costMin);
  const cMode = Float64Array.from(costMode);
  const cMax = Float64Array.from(costMax);
  const dMin = Float64Array.from(daysMin);
  const dMode = Float64Array.from(daysMode);
  const dMax = Float64Array.from(daysMax);
  // The generator inline, its state in locals: the same draws as core's Stream, faster.
  const st = new Int32Array(4);
  const U = 1 / 4294967296;
  for (let t = sim.start; t < sim.end; t++) {
    trialState(sim.key, t, st);
    let sa = st[0] as number;
    let sb = st[1] as number;
    let sc = st[2] as number;
    let sd = st[3] as number;
    // Neumaier-compensated running sums.
    let s = base;
    let c = 0;
    let d = baseDays;
    for (let i = 0; i < m; i++) {
      let r = (((sa + sb) | 0) + sd) | 0;
      sd = (sd + 1) | 0;
      sa = sb ^ (sb >>> 9);
      sb = (sc + (sc << 3)) | 0;
      sc = (((sc << 21) | (sc >>> 11)) + r) | 0;
      if (r >>> 0 >= (threshold[i] as number)) continue;
      const lo = cMin[i] as number;
      const hi = cMax[i] as number;
      let v: number;
      if (lo === hi) v = lo;
      else {
        r = (((sa + sb) | 0) + sd) | 0;
        sd = (sd + 1) | 0;
        sa = sb ^ (sb >>> 9);
        sb = (sc + (sc << 3)) | 0;
        sc = (((sc << 21) | (sc >>> 11)) + r) | 0;
        const u = (r >>> 0) * U;
        v =
          lo < hi
            ? triangularAt(u, lo, cMode[i] as number, hi)
            : -triangularAt(u, -lo, -(cMode[i] as number), -hi);
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
        const u = (r >>> 0) * U;
        if (dlo < dhi) d += triangularAt(u, dlo, dMode[i] as number, dhi);
        else d -= triangularAt(u, -dlo, -(dMode[i] as number), -dhi);
      }
    }
    costs[t - sim.start] = s + c;
    schedule[t - sim.start] = d;
  }
  const context = {
    percentiles: sim.percentiles,
    method: sim.method,
    bins,
    expectedCost: expected.toString(),
    simulated,
    skipped,
  };
  const call = {
    ...context,
    residual,
    trials: sim.trials,
    seed: sim.seed,
    model: [base, baseDays, prob, costMin, costMode, costMax, daysMin, daysMode, daysMax],
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

/** @internal Builds the result from every trial's cost and days (also used by mergeSimulations). */
export function finishRiskCost(input: FinishInput): RiskSimulationResult<number> {
  const path = ['parts', 0, 'context'];
  const { rec, settings } = readContext(input, ['parts', 0]);
  const bins = requireNumber(rec.bins, [...path, 'bins'], { integer: true, min: 1, max: 1000 });
  const ids = (key: 'simulated' | 'skipped') =>
    requireArray<unknown>(rec[key], [...path, key], 'risk ids').map((id, i) =>
      requireString(id, [...path, key, i]),
    );
  return {
    trials: input.trials,
    seed: input.seed,
    method: settings.method,
    cost: distributionOf(outcomesOf(input, 'cost', ['parts', 0])[0] as Float64Array, settings, {
      bins,
    }),
    scheduleDays: distributionOf(
      outcomesOf(input, 'scheduleDays', ['parts', 0])[0] as Float64Array,
      settings,
      { bins },
    ),
    expectedCost: toDecimal(requireString(rec.expectedCost, [...path, 'expectedCost']), [
      ...path,
      'expectedCost',
    ]),
    simulated: ids('simulated'),
    skipped: ids('skipped'),
  };
}
