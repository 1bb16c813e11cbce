/**
 * @internal Builds `simulateRiskCost`'s result from a run's context and
 * merged outcomes (also used by mergeSimulations). A context may come from
 * a part posted between workers, so every field is checked (paths under
 * `parts[0].context`).
 */

import {
  distributionOf,
  type FinishInput,
  outcomesOf,
  readContext,
} from '../../core/internal/simulationParts.js';
import { requireArray, requireNumber, requireString } from '../../core/internal/validate.js';
import { toDecimal } from '../../core/numbers.js';
import type { RiskSimulationResult } from '../simulateRiskCost.js';

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
