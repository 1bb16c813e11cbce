import {
  distributionOf,
  type FinishInput,
  outcomesOf,
  readContext,
} from '../../core/internal/simulationParts.js';
import { requireNumber } from '../../core/internal/validate.js';
import type { ForecastHowManyResult } from '../forecastHowMany.js';

/** @internal Builds the result from all the trials' totals (also used by mergeSimulations). */
export function finishHowMany(input: FinishInput): ForecastHowManyResult<number> {
  const path = ['parts', 0];
  const { rec, settings } = readContext(input, path);
  const periods = requireNumber(rec.periods, [...path, 'context', 'periods'], {
    min: 0,
    integer: true,
  });
  const totals = outcomesOf(input, 'totals', path)[0] as Float64Array;
  return {
    periods,
    trials: input.trials,
    seed: input.seed,
    method: settings.method,
    ...distributionOf(totals, settings, { descending: true }),
  };
}
