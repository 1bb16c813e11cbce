import { popmError } from '../core/errors.js';
import { normalQuantile } from '../core/stats.js';
import { readPertFigures, requireProbability } from './internal/readPert.js';
import type { PertAnalysisResult } from './pertAnalysis.js';

/**
 * The project duration met with probability `probability`, under PERT's
 * normal approximation: `mean + z · stdDev` with z the standard normal
 * quantile, never below `0` (a duration cannot be negative, though the
 * normal tail reaches there). With `stdDev = 0` it is the `mean` for any
 * probability. Far in the lower tail (below about 1e-300), where the
 * quantile's refinement step underflows, z comes from its asymptotic
 * expansion −√(L − ln L − ln 2π), L = −2 ln p.
 *
 * @param analysis - a {@link pertAnalysis} result (only `mean` and `stdDev` are read)
 * @param probability - in (0, 1)
 * @returns working days, finite and `>= 0`
 * @throws PopmError `OUT_OF_RANGE` for a probability outside (0, 1), a
 *   negative figure, or a duration that overflows (figures near 1e308); `INVALID_NUMBER` for a non-finite one; `INVALID_ARGUMENT`
 *   for an `analysis` that is not an object
 * @example
 * const r = pertAnalysis([
 *   { id: 'A', duration: 3, estimate: { optimistic: 0, mostLikely: 3, pessimistic: 6 } },
 *   { id: 'B', duration: 8, dependsOn: ['A'], estimate: { optimistic: 2, mostLikely: 8, pessimistic: 14 } },
 *   { id: 'C', duration: 6, dependsOn: ['B'], estimate: { optimistic: 0, mostLikely: 6, pessimistic: 12 } },
 * ]);
 * durationForProbability(r, 0.5); //=> 17
 * durationForProbability(r, 5e-324); //=> 0
 */
export function durationForProbability(analysis: PertAnalysisResult, probability: number): number {
  const { mean, stdDev } = readPertFigures(analysis, ['analysis']);
  const p = requireProbability(probability, ['probability']);
  if (stdDev === 0) return mean;
  const z = quantile(p);
  const d = mean + z * stdDev;
  if (d === Number.NEGATIVE_INFINITY) return 0;
  if (!Number.isFinite(d))
    throw popmError('OUT_OF_RANGE', ['probability'], 'a duration below 1.8e308 days', d);
  return Math.max(d, 0);
}

function quantile(p: number): number {
  const z = normalQuantile(p);
  if (Number.isFinite(z)) return z;
  const tail = p < 0.5 ? p : 1 - p;
  const L = -2 * Math.log(tail);
  const a = Math.sqrt(L - Math.log(L) - Math.log(2 * Math.PI));
  return p < 0.5 ? -a : a;
}
