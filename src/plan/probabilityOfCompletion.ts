import { normalCdf } from '../core/stats.js';
import { requireNumber } from '../core/validate.js';
import { readPertFigures } from './internal/readPert.js';
import type { PertAnalysisResult } from './pertAnalysis.js';

/**
 * The probability that the project takes at most `by` working days, under
 * PERT's normal approximation: Φ((by − mean) / stdDev). With `stdDev = 0`
 * it is `1` when `by >= mean` (within a relative 1e-9), else `0`.
 *
 * @param analysis - a {@link pertAnalysis} result (only `mean` and `stdDev` are read)
 * @param by - a project duration in working days
 * @returns a probability in [0, 1]
 * @throws PopmError `INVALID_NUMBER` for a non-finite `by` or figure;
 *   `OUT_OF_RANGE` for a negative `mean` or `stdDev`; `INVALID_ARGUMENT`
 *   for an `analysis` that is not an object
 * @example
 * const r = pertAnalysis([
 *   { id: 'A', duration: 3, estimate: { optimistic: 0, mostLikely: 3, pessimistic: 6 } },
 *   { id: 'B', duration: 8, dependsOn: ['A'], estimate: { optimistic: 2, mostLikely: 8, pessimistic: 14 } },
 *   { id: 'C', duration: 6, dependsOn: ['B'], estimate: { optimistic: 0, mostLikely: 6, pessimistic: 12 } },
 * ]);
 * probabilityOfCompletion(r, 17); //=> 0.5
 * probabilityOfCompletion(r, 20); //=> 0.8413447460685427
 */
export function probabilityOfCompletion(analysis: PertAnalysisResult, by: number): number {
  const { mean, stdDev } = readPertFigures(analysis, ['analysis']);
  const x = requireNumber(by, ['by']);
  const z = (x - mean) / stdDev;
  // stdDev 0 (or so small the ratio overflows) is a certain duration.
  if (stdDev === 0 || !Number.isFinite(z)) return x >= mean - 1e-9 * Math.max(1, mean) ? 1 : 0;
  return normalCdf(z);
}
