import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { Decimal, toDecimal } from '../core/numbers.js';
import { createRandom, sampleTriangular } from '../core/random.js';
import { type PercentileMethod, percentileOfSorted, sumUnchecked } from '../core/stats.js';
import { requireArray, requireNumber, requireObject, requireOneOf } from '../core/validate.js';
import { assessed, checkCost, checkSchedule, isActive } from './check.js';
import { checkRegister, type RiskRegister } from './register.js';

/** Options of {@link simulateRiskCost}. */
export interface SimulateRiskCostOptions {
  /** How many trials, an integer 1..10,000,000 (default 10,000). */
  readonly trials?: number;
  /** The seed; the same seed gives the same result. Required. */
  readonly seed: number | string;
  /** Percentiles to report, each 0..100 (default `[50, 80, 90, 95]`). */
  readonly percentiles?: readonly number[];
  /** Simulate the residual assessment (after the responses). Default `false`. */
  readonly residual?: boolean;
  /** Histogram bins, an integer 1..1000 (default 20). */
  readonly bins?: number;
  /** Percentile method (default `'nearest-rank'`). */
  readonly method?: PercentileMethod;
}

/** One percentile of a simulated distribution. */
export interface SimulationPercentile {
  /** The percentile, 0..100. */
  readonly p: number;
  /** The value at or below which `p`% of the trials fell. */
  readonly value: number;
}

/** One histogram bar: trials whose total fell in `[from, to)` (the last bar includes `to`). */
export interface HistogramBin {
  /** Lower edge (inclusive). */
  readonly from: number;
  /** Upper edge (exclusive, inclusive for the last bin). */
  readonly to: number;
  /** How many trials fell in it. */
  readonly count: number;
}

/** A simulated distribution, summarised. */
export interface SimulationSummary {
  /** The mean over the trials. */
  readonly mean: number;
  /** The sample standard deviation (0 for one trial). */
  readonly stdDev: number;
  /** The lowest trial. */
  readonly min: number;
  /** The highest trial. */
  readonly max: number;
  /** The requested percentiles, in the order asked. */
  readonly percentiles: readonly SimulationPercentile[];
  /** Equal-width bins from `min` to `max` (one bin when they are equal). */
  readonly histogram: readonly HistogramBin[];
}

/** The result of {@link simulateRiskCost}. */
export interface RiskSimulationResult {
  /** The number of trials run. */
  readonly trials: number;
  /** The seed used. */
  readonly seed: number | string;
  /**
   * Total cost of the risks that occurred per trial: threats add, opportunities
   * subtract. P80 of this is the contingency reserve at 80% confidence.
   */
  readonly cost: SimulationSummary;
  /** Total schedule days per trial: threats add, opportunities subtract. */
  readonly scheduleDays: SimulationSummary;
  /** The exact expected cost of the simulated risks, −(their net EMV), to compare with `cost.mean`. */
  readonly expectedCost: Decimal;
  /** Ids of the risks simulated (active, with a probability and a cost or schedule impact). */
  readonly simulated: readonly string[];
  /** Ids of active risks left out (no probability, or neither cost nor schedule impact). */
  readonly skipped: readonly string[];
}

function summarise(
  values: Float64Array,
  ps: readonly number[],
  bins: number,
  method: PercentileMethod,
): SimulationSummary {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  // Every trial equal: report that value itself, not a float average of it.
  const mean = min === max ? min : sumUnchecked(values) / n;
  let ss = 0;
  if (min !== max) for (let i = 0; i < n; i++) ss += ((values[i] as number) - mean) ** 2;
  const stdDev = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  const histogram: HistogramBin[] = [];
  if (min === max) histogram.push({ from: min, to: max, count: n });
  else {
    const width = (max - min) / bins;
    const counts = new Array<number>(bins).fill(0);
    for (let i = 0; i < n; i++) {
      const k = Math.min(bins - 1, Math.floor(((values[i] as number) - min) / width));
      counts[k] = (counts[k] as number) + 1;
    }
    for (let k = 0; k < bins; k++)
      histogram.push({
        from: min + k * width,
        to: k === bins - 1 ? max : min + (k + 1) * width,
        count: counts[k] as number,
      });
  }
  return {
    mean,
    stdDev,
    min,
    max,
    percentiles: ps.map((p) => ({ p, value: percentileOfSorted(sorted, p, method) })),
    histogram,
  };
}

/**
 * Monte Carlo simulation of the register's active risks, the usual way to
 * size a contingency reserve (PMBOK Guide 6th ed. §11.4.2.5, simulation;
 * §7.2.2.6, reserve analysis). In each trial every risk occurs with its
 * probability; if it does, its cost and schedule impact are drawn from the
 * triangular distribution of its three-point estimate, or taken as given when
 * fixed. Threats add, opportunities subtract. Risks certain to occur with a
 * fixed cost are summed once, exactly, so a register of such risks gives
 * exactly its sum in every trial. The same seed gives the same result.
 *
 * @param register - the register
 * @param options - `seed` (required), `trials`, `percentiles`, `residual`, `bins`, `method`
 * @returns cost and schedule distributions (plain numbers), the exact expected cost, and which risks took part
 * @throws PopmError `INVALID_ARGUMENT` for a missing or bad seed (at `['options', 'seed']`: a finite
 *   number or a string), options that are not an object, or a bad `residual` or `method`;
 *   `OUT_OF_RANGE` for trials outside 1..10,000,000, a percentile outside
 *   0..100 or bins outside 1..1000; `INVALID_NUMBER` for a non-finite number; an invalid
 *   register as {@link createRiskRegister}
 * @example
 * const register = createRiskRegister([
 *   { id: 'A', title: 'Certain fee', kind: 'threat', probability: 1, costImpact: '100.10' },
 *   { id: 'B', title: 'Certain permit', kind: 'threat', probability: 1, costImpact: '200.20' },
 * ]);
 * const sim = simulateRiskCost(register, { seed: 7, trials: 1000 });
 * sim.cost.percentiles; //=> [{ p: 50, value: 300.3 }, { p: 80, value: 300.3 }, { p: 90, value: 300.3 }, { p: 95, value: 300.3 }]
 */
export function simulateRiskCost(
  register: RiskRegister,
  options: SimulateRiskCostOptions,
): RiskSimulationResult {
  const reg = checkRegister(register);
  const opts = requireObject(options, ['options']);
  const seed = opts.seed;
  if (!((typeof seed === 'number' && Number.isFinite(seed)) || typeof seed === 'string'))
    throw popmError(
      'INVALID_ARGUMENT',
      ['options', 'seed'],
      'a finite number or a string seed',
      seed,
    );
  const random = createRandom(seed);
  const trials =
    opts.trials === undefined
      ? 10000
      : requireNumber(opts.trials, ['options', 'trials'], { integer: true, min: 1, max: 1e7 });
  const ps =
    opts.percentiles === undefined
      ? [50, 80, 90, 95]
      : requireArray<unknown>(opts.percentiles, ['options', 'percentiles']).map((p, i) =>
          requireNumber(p, ['options', 'percentiles', i], { min: 0, max: 100 }),
        );
  const bins =
    opts.bins === undefined
      ? 20
      : requireNumber(opts.bins, ['options', 'bins'], { integer: true, min: 1, max: 1000 });
  const method =
    opts.method === undefined
      ? 'nearest-rank'
      : requireOneOf(opts.method, ['nearest-rank', 'linear'] as const, ['options', 'method']);
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
  for (const risk of reg.risks) {
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
  const costs = new Float64Array(trials);
  const schedule = new Float64Array(trials);
  const m = prob.length;
  // random.next() < p  ⇔  uint32 < p·2³² (exact: a power-of-two scaling), one call fewer per draw.
  const threshold = Float64Array.from(prob, (p) => p * 4294967296);
  const u32 = random.uint32;
  for (let t = 0; t < trials; t++) {
    // Neumaier-compensated running sums.
    let s = base;
    let c = 0;
    let d = baseDays;
    for (let i = 0; i < m; i++) {
      if (u32() >= (threshold[i] as number)) continue;
      const lo = costMin[i] as number;
      const hi = costMax[i] as number;
      let v: number;
      if (lo === hi) v = lo;
      else if (lo < hi) v = sampleTriangular(random, lo, costMode[i] as number, hi);
      else v = -sampleTriangular(random, -lo, -(costMode[i] as number), -hi);
      const tt = s + v;
      c += Math.abs(s) >= Math.abs(v) ? s - tt + v : v - tt + s;
      s = tt;
      const dlo = daysMin[i] as number;
      const dhi = daysMax[i] as number;
      if (dlo === dhi) d += dlo;
      else if (dlo < dhi) d += sampleTriangular(random, dlo, daysMode[i] as number, dhi);
      else d -= sampleTriangular(random, -dlo, -(daysMode[i] as number), -dhi);
    }
    costs[t] = s + c;
    schedule[t] = d;
  }

  return deepFreeze({
    trials,
    seed,
    cost: summarise(costs, ps, bins, method),
    scheduleDays: summarise(schedule, ps, bins, method),
    expectedCost: expected,
    simulated,
    skipped,
  });
}
