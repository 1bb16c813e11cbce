import { readRisk, residualOption } from './internal/check.js';
import { checkMatrix } from './internal/matrix.js';
import { ratingOf } from './internal/rating.js';
import { defaultMatrix, type RiskMatrix } from './matrix.js';
import type { Risk } from './types.js';

/** Options of {@link riskScore} and {@link riskRating}. */
export interface RiskScoreOptions {
  /** Score the residual assessment (after the response) instead of the inherent one. */
  readonly residual?: boolean | undefined;
}

/** Where a risk sits on the matrix and what that is called. */
export interface RiskRating {
  /** The probability level, 1..size. */
  readonly probabilityLevel: number;
  /** The impact level, 1..size. */
  readonly impactLevel: number;
  /** probabilityLevel × impactLevel, 1..size². */
  readonly score: number;
  /** The rating band's name, e.g. `'High'`. */
  readonly rating: string;
}

/**
 * Where a risk sits on a probability–impact matrix: its probability level,
 * impact level (the `impact` given, else its cost impact — the three-point
 * mean — through the matrix's cost bands), score = level × level, and the
 * rating band's name. `null` when the risk has no probability or no impact
 * the matrix can place: an unassessed risk has no rating, which is not an error.
 *
 * @param risk - the risk
 * @param matrix - the matrix (default {@link defaultMatrix})
 * @param options - `residual: true` rates the residual assessment
 * @returns the rating, or `null` for an unassessed risk
 * @throws PopmError `OUT_OF_RANGE` for a probability outside 0..1 or an impact
 *   outside 1..size; the other risk rules of {@link createRiskRegister} at `['risk', …]`
 * @example
 * riskRating({ id: 'R1', title: 'Supplier late', kind: 'threat', probability: 0.5, impact: 4 });
 * //=> { probabilityLevel: 3, impactLevel: 4, score: 12, rating: 'High' }
 */
export function riskRating(
  risk: Risk,
  matrix: RiskMatrix = defaultMatrix,
  options?: RiskScoreOptions,
): RiskRating | null {
  const m = checkMatrix(matrix);
  const residual = residualOption(options);
  return ratingOf(readRisk(risk, ['risk'], m, undefined), m, residual);
}

/**
 * The score of a risk: probability level × impact level on the matrix (see
 * {@link riskRating}); `null` for an unassessed risk.
 *
 * @param risk - the risk
 * @param matrix - the matrix (default {@link defaultMatrix})
 * @param options - `residual: true` scores the residual assessment
 * @returns the score, 1..size², or `null`
 * @throws PopmError as {@link riskRating}
 * @example
 * const risk = { id: 'R1', title: 'Supplier late', kind: 'threat', probability: 0.5, impact: 4, residual: { probability: 0.1 } } as const;
 * riskScore(risk); //=> 12
 * riskScore(risk, defaultMatrix, { residual: true }); //=> 4
 */
export function riskScore(
  risk: Risk,
  matrix: RiskMatrix = defaultMatrix,
  options?: RiskScoreOptions,
): number | null {
  return riskRating(risk, matrix, options)?.score ?? null;
}
