import type { IsoDate } from '../core/dates.js';
import { normalCdf } from '../core/stats.js';
import { byAsDuration } from './internal/pertDates.js';
import { readPertFigures } from './internal/readPert.js';
import type { PertAnalysisResult } from './pertAnalysis.js';

/**
 * The probability that the project takes at most `by` working days, under
 * PERT's normal approximation: Φ((by − mean) / stdDev). With `stdDev = 0`
 * it is `1` when `by >= mean` (within a relative 1e-9), else `0`.
 *
 * `by` may be an ISO date when the analysis is dated (`pertAnalysis(tasks,
 * { start })`): the probability of finishing by the end of that day, i.e.
 * within the working days from the first working day through it (a
 * non-working day counts as the working day before it). So for a 5-day
 * plan from a Monday, Friday's date and `5` give the same answer.
 *
 * @param analysis - a {@link pertAnalysis} result (`mean` and `stdDev` are read, and
 *   `start` and `calendar` for a date)
 * @param by - a project duration in working days, or an ISO date
 * @returns a probability in [0, 1]
 * @throws PopmError `INVALID_NUMBER` for a non-finite `by` or figure;
 *   `INVALID_DATE` for a `YYYY-MM-DD` string that is not a date (another string is
 *   `INVALID_NUMBER`); `OUT_OF_RANGE` for
 *   a negative `mean` or `stdDev`; `INVALID_ARGUMENT` for an `analysis` that
 *   is not an object, or a date over an analysis without a `start`
 * @example
 * const r = pertAnalysis([
 *   { id: 'A', duration: 3, estimate: { optimistic: 0, mostLikely: 3, pessimistic: 6 } },
 *   { id: 'B', duration: 8, dependsOn: ['A'], estimate: { optimistic: 2, mostLikely: 8, pessimistic: 14 } },
 *   { id: 'C', duration: 6, dependsOn: ['B'], estimate: { optimistic: 0, mostLikely: 6, pessimistic: 12 } },
 * ]);
 * probabilityOfCompletion(r, 17); //=> 0.5
 * probabilityOfCompletion(r, 20); //=> 0.8413447460685427
 * const dated = pertAnalysis(
 *   [{ id: 'A', duration: 5, estimate: { optimistic: 2, mostLikely: 5, pessimistic: 8 } }],
 *   { start: '2026-11-30' }, // a Monday
 * );
 * probabilityOfCompletion(dated, '2026-12-04'); //=> 0.5 (Friday: 5 working days, the mean)
 * probabilityOfCompletion(dated, '2026-12-06'); //=> 0.5 (Sunday counts as Friday)
 */
export function probabilityOfCompletion(
  analysis: PertAnalysisResult,
  by: number | IsoDate,
): number {
  const { mean, stdDev } = readPertFigures(analysis, ['analysis']);
  const x = byAsDuration(analysis, by, ['by'], ['analysis']);
  const z = (x - mean) / stdDev;
  // stdDev 0 (or so small the ratio overflows) is a certain duration.
  if (stdDev === 0 || !Number.isFinite(z)) return x >= mean - 1e-9 * Math.max(1, mean) ? 1 : 0;
  return normalCdf(z);
}
