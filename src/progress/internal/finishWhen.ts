import {
  distributionOf,
  type FinishInput,
  outcomesOf,
  readContext,
} from '../../core/internal/simulationParts.js';
import { requireNumber } from '../../core/internal/validate.js';
import type { ForecastWhenResult } from '../forecastWhen.js';

/** @internal Builds the result from all the trials' periods (also used by mergeSimulations). */
export function finishWhen(input: FinishInput): ForecastWhenResult<number> {
  const path = ['parts', 0];
  const { rec, settings } = readContext(input, path);
  const items = requireNumber(rec.items, [...path, 'context', 'items'], { min: 0 });
  const periods = outcomesOf(input, 'periods', path)[0] as Float64Array;
  return {
    items,
    trials: input.trials,
    seed: input.seed,
    method: settings.method,
    ...distributionOf(periods, settings),
  };
}
