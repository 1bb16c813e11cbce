/** @internal The PERT figures of a three-point estimate already read and checked. */
import type { PertEstimateResult } from '../pertEstimate.js';

/** @internal PERT figures of a validated estimate. */
export function pertOf(o: number, m: number, p: number): PertEstimateResult {
  const stdDev = (p - o) / 6;
  const sum = o + 4 * m + p;
  // Scaled first where the plain sum would overflow (figures near 1e308).
  const mean = Number.isFinite(sum) ? sum / 6 : o / 6 + (m / 3) * 2 + p / 6;
  return { mean, stdDev, variance: stdDev * stdDev };
}
