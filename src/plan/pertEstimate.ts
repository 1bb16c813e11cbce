import { checkEstimate } from './network.js';
import type { ThreePointEstimate } from './types.js';

/** The result of {@link pertEstimate}. */
export interface PertEstimateResult {
  /** The PERT mean `(o + 4m + p) / 6`. */
  readonly mean: number;
  /** The standard deviation `(p − o) / 6`. */
  readonly sd: number;
  /** The variance `sd²`. */
  readonly variance: number;
}

/**
 * The PERT (beta) estimate of a duration from three points: mean
 * `(o + 4m + p) / 6`, standard deviation `(p − o) / 6`, variance `sd²`
 * (Malcolm, Roseboom, Clark and Fazar, 1959; PMBOK's "beta distribution"
 * three-point estimate).
 *
 * @param estimate - optimistic, most likely and pessimistic working days, `0 <= o <= m <= p`
 * @returns mean, sd and variance; frozen
 * @throws PopmError `INVALID_NUMBER` for a non-finite figure; `OUT_OF_RANGE` when
 *   `o < 0`, `m < o` or `p < m`; `INVALID_ARGUMENT` for a non-object
 * @example
 * pertEstimate({ optimistic: 2, mostLikely: 8, pessimistic: 14 });
 * //=> { mean: 8, sd: 2, variance: 4 }
 */
export function pertEstimate(estimate: ThreePointEstimate): PertEstimateResult {
  checkEstimate(estimate, ['estimate']);
  return Object.freeze(pertOf(estimate.optimistic, estimate.mostLikely, estimate.pessimistic));
}

/** @internal PERT figures of a validated estimate. */
export function pertOf(o: number, m: number, p: number): PertEstimateResult {
  const sd = (p - o) / 6;
  return { mean: (o + 4 * m + p) / 6, sd, variance: sd * sd };
}
