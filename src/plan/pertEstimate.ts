import { pertOf } from './internal/pertOf.js';
import { readEstimate } from './internal/readTasks.js';
import type { ThreePointEstimate } from './types.js';

/** The result of {@link pertEstimate}. */
export interface PertEstimateResult {
  /** The PERT mean `(o + 4m + p) / 6`. */
  readonly mean: number;
  /** The standard deviation `(p − o) / 6`. */
  readonly stdDev: number;
  /** The variance `stdDev²`. */
  readonly variance: number;
}

/**
 * The PERT (beta) estimate of a duration from three points: mean
 * `(o + 4m + p) / 6`, standard deviation `(p − o) / 6`, variance `stdDev²`
 * (Malcolm, Roseboom, Clark and Fazar, 1959; PMBOK's "beta distribution"
 * three-point estimate).
 *
 * @param estimate - optimistic, most likely and pessimistic working days, `0 <= o <= m <= p`
 * @returns mean, stdDev and variance; frozen
 * @throws PopmError `INVALID_NUMBER` for a non-finite figure; `OUT_OF_RANGE` when
 *   `o < 0`, `m < o` or `p < m`; `INVALID_ARGUMENT` for a non-object or a
 *   misspelled key (`mostlikely`: did you mean 'mostLikely'?)
 * @example
 * pertEstimate({ optimistic: 2, mostLikely: 8, pessimistic: 14 });
 * //=> { mean: 8, stdDev: 2, variance: 4 }
 */
export function pertEstimate(estimate: ThreePointEstimate): PertEstimateResult {
  const e = readEstimate(estimate, ['estimate']);
  return Object.freeze(pertOf(e.optimistic, e.mostLikely, e.pessimistic));
}
