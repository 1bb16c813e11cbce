import { popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readOptions } from '../core/internal/readObject.js';
import { Decimal } from '../core/numbers.js';
import type { OptionsAppraisal } from './appraiseOptions.js';
import type { BusinessCase } from './businessCase.js';
import { appraiseRead } from './internal/appraiseRead.js';
import { readBusinessCase } from './internal/readBusinessCase.js';

/** How one scenario changes the case: multipliers (default 1) and an optional probability. */
export interface ScenarioMultipliers {
  /** Multiplies every benefit, 0..1e6. */
  readonly benefits?: number | undefined;
  /** Multiplies every cost, 0..1e6. */
  readonly costs?: number | undefined;
  /** Multiplies every dis-benefit, 0..1e6. */
  readonly disBenefits?: number | undefined;
  /** Multiplies the discount rate, 0..1e6 (the result must stay > -1). */
  readonly discountRate?: number | undefined;
  /** The scenario's probability, 0..1; give it for all three scenarios or none. */
  readonly probability?: number | undefined;
}

/** The three scenarios of {@link scenarios}. */
export interface ScenarioSet {
  /** The best case. */
  readonly best: ScenarioMultipliers;
  /** The most likely case. */
  readonly likely: ScenarioMultipliers;
  /** The worst case. */
  readonly worst: ScenarioMultipliers;
}

/** The name of one of the three scenarios. */
export type ScenarioName = keyof ScenarioSet;

/** One option's NPV in each scenario. */
export interface ScenarioOptionRow {
  /** The option's id. */
  readonly optionId: string;
  /** The option's name. */
  readonly name: string;
  /** NPV in the best case. */
  readonly best: Decimal;
  /** NPV in the likely case. */
  readonly likely: Decimal;
  /** NPV in the worst case. */
  readonly worst: Decimal;
  /** Probability-weighted NPV; `null` when no probabilities were given. */
  readonly expected: Decimal | null;
  /** Highest minus lowest of the three NPVs. */
  readonly range: Decimal;
}

/** The result of {@link scenarios}. */
export interface ScenariosResult {
  /** The full appraisal (ranking and recommendation) in each scenario. */
  readonly byScenario: Readonly<Record<ScenarioName, OptionsAppraisal>>;
  /** Each option's NPV across the scenarios, in the case's option order. */
  readonly byOption: readonly ScenarioOptionRow[];
  /** The option with the highest expected NPV; `null` without probabilities. */
  readonly bestExpected: string | null;
}

const NAMES: readonly ScenarioName[] = ['best', 'likely', 'worst'];
const MAX_MULTIPLIER = 1e6;
const FACTORS = ['benefits', 'costs', 'disBenefits', 'discountRate'] as const;
const SCENARIO_KEYS = [...FACTORS, 'probability'] as const;

type Factor = (typeof FACTORS)[number];
type ScenarioRecord = Readonly<Partial<Record<(typeof SCENARIO_KEYS)[number], unknown>>>;

/** Reads one multiplier: a finite number in 0..MAX_MULTIPLIER, 1 when absent. */
function readMultiplier(v: unknown, name: ScenarioName, f: Factor): Decimal {
  if (v === undefined) return new Decimal(1);
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw popmError('INVALID_NUMBER', ['set', name, f], 'a finite multiplier', v);
  if (v < 0) throw popmError('OUT_OF_RANGE', ['set', name, f], 'a multiplier >= 0', v);
  // Amounts are at most 1e290 and discounting runs in float64.
  if (v > MAX_MULTIPLIER)
    throw popmError('OUT_OF_RANGE', ['set', name, f], `a multiplier up to ${MAX_MULTIPLIER}`, v);
  return new Decimal(v);
}

/** Reads a scenario's probability (0..1), or undefined when absent. */
function readProbability(p: unknown, name: ScenarioName): number | undefined {
  if (p === undefined) return undefined;
  if (typeof p !== 'number' || !Number.isFinite(p))
    throw popmError('INVALID_NUMBER', ['set', name, 'probability'], 'a finite number', p);
  if (p < 0 || p > 1)
    throw popmError('OUT_OF_RANGE', ['set', name, 'probability'], 'a probability from 0 to 1', p);
  return p;
}

/** Appraises one scenario, collecting its probability. */
function appraiseScenario(
  bc: ReturnType<typeof readBusinessCase>,
  rec: Readonly<Partial<Record<ScenarioName, unknown>>>,
  name: ScenarioName,
  probabilities: number[],
): OptionsAppraisal {
  if (rec[name] === undefined)
    throw popmError('INVALID_ARGUMENT', ['set', name], 'a scenario object', undefined);
  const s: ScenarioRecord = readOptions(rec[name], ['set', name], SCENARIO_KEYS);
  const m = {} as Record<Factor, Decimal>;
  for (const f of FACTORS) m[f] = readMultiplier(s[f], name, f);
  const p = readProbability(s.probability, name);
  if (p !== undefined) probabilities.push(p);
  const rate = bc.rate.times(m.discountRate);
  if (rate.lte(-1) || !Number.isFinite(rate.toNumber()))
    throw popmError(
      'OUT_OF_RANGE',
      ['set', name, 'discountRate'],
      'a multiplier keeping the rate > -1 and within float64',
      s.discountRate,
    );
  return appraiseRead(
    bc,
    { benefits: m.benefits, costs: m.costs, disBenefits: m.disBenefits },
    rate,
  );
}

/** Probabilities must be given for every scenario or none, and sum to 1. */
function checkProbabilities(probabilities: readonly number[]): void {
  if (probabilities.length !== 0 && probabilities.length !== NAMES.length)
    throw popmError(
      'INVALID_ARGUMENT',
      ['set'],
      'a probability for every scenario or for none',
      `${probabilities.length} of 3`,
    );
  if (probabilities.length === NAMES.length) {
    const total = probabilities.reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > 1e-9)
      throw popmError('INVALID_ARGUMENT', ['set'], 'probabilities summing to 1', total);
  }
}

/** The option with the highest expected NPV (first on ties); call only with probabilities. */
function bestExpectedOf(byOption: readonly ScenarioOptionRow[]): string {
  let top: ScenarioOptionRow | undefined;
  for (const row of byOption)
    if (top === undefined || (row.expected as Decimal).gt(top.expected as Decimal)) top = row;
  return (top as ScenarioOptionRow).optionId;
}

/**
 * Appraises the business case under best, likely and worst scenarios, each a
 * set of multipliers on benefits, costs, dis-benefits and the discount rate;
 * with probabilities, also each option's expected NPV.
 *
 * @param businessCase - the case
 * @param set - `{ best, likely, worst }` multipliers (each default 1) and optional probabilities
 * @returns the appraisal per scenario and each option's NPV across them, deep-frozen
 * @throws PopmError `INVALID_ARGUMENT` for a missing scenario, an unknown key, probabilities
 *   given for some scenarios only or not summing to 1; `INVALID_NUMBER` for a non-finite
 *   multiplier; `OUT_OF_RANGE` for a multiplier outside 0..1e6, a probability outside 0..1, or a
 *   discount-rate multiplier that takes the rate to -100 % or beyond float64;
 *   and any error of {@link appraiseOptions}
 * @example
 * // The case of the appraiseOptions example: flows −100, 60, 72 at 10 %
 * const invoicingCase = {
 *   reasons: ['Manual invoicing is slow'], currency: 'EUR', discountRate: 0.1, horizon: 2,
 *   options: [
 *     { id: 'none', name: 'Do nothing', kind: 'do-nothing', costs: [], benefits: [] },
 *     { id: 'tool', name: 'Buy a tool', kind: 'do-something', costs: [100], benefits: [0, 60, 72] },
 *   ],
 * } as const;
 * const r = scenarios(invoicingCase, {
 *   best: { benefits: 1.2, probability: 0.25 },
 *   likely: { probability: 0.5 },
 *   worst: { benefits: 0.8, costs: 1.1, probability: 0.25 },
 * });
 * r.byOption[1]?.worst.toFixed(2); //=> '-18.76'
 * r.byScenario.worst.recommended.optionId; //=> 'none'
 */
export function scenarios(businessCase: BusinessCase, set: ScenarioSet): ScenariosResult {
  if (set === undefined) throw popmError('INVALID_ARGUMENT', ['set'], 'a scenario set', set);
  const rec = readOptions(set, ['set'], NAMES);
  const bc = readBusinessCase(businessCase);
  const probabilities: number[] = [];
  const appraisals = NAMES.map((name) => appraiseScenario(bc, rec, name, probabilities));
  checkProbabilities(probabilities);
  const [best, likely, worst] = appraisals as [
    OptionsAppraisal,
    OptionsAppraisal,
    OptionsAppraisal,
  ];
  const npvOf = (a: OptionsAppraisal, id: string): Decimal =>
    (a.options.find((o) => o.optionId === id) as { npv: Decimal }).npv;
  const byOption: ScenarioOptionRow[] = bc.options.map((o) => {
    const values = [npvOf(best, o.id), npvOf(likely, o.id), npvOf(worst, o.id)] as [
      Decimal,
      Decimal,
      Decimal,
    ];
    const expected =
      probabilities.length === 0
        ? null
        : values.reduce((s, v, i) => s.plus(v.times(probabilities[i] as number)), new Decimal(0));
    return {
      optionId: o.id,
      name: o.name,
      best: values[0],
      likely: values[1],
      worst: values[2],
      expected,
      range: Decimal.max(...values).minus(Decimal.min(...values)),
    };
  });
  const bestExpected = probabilities.length > 0 ? bestExpectedOf(byOption) : null;
  return deepFreeze({ byScenario: { best, likely, worst }, byOption, bestExpected });
}
