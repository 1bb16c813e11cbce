import { popmError } from '../core/errors.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireNumber } from '../core/internal/validate.js';
import { type Numeric, toDecimal } from '../core/numbers.js';
import { buildMatrix, checkMatrix, MATRIX_KEYS } from './internal/matrix.js';

/** One probability band: probabilities up to `upTo` (inclusive) map to `level`. */
export interface ProbabilityBand {
  /** The level on the probability axis, 1..size. */
  readonly level: number;
  /** The highest probability in the band (inclusive); the last band's is 1. */
  readonly upTo: number;
  /** A name such as `'Very low'`. */
  readonly label: string;
}

/** One cost band: a cost magnitude at or above `from` maps (at least) to `level`. */
export interface CostBand {
  /** The level on the impact axis, 1..size. */
  readonly level: number;
  /** The lowest cost magnitude in the band (inclusive); the first band's is 0. */
  readonly from: Numeric;
}

/** One rating band: scores at or above `minScore` (up to the next band) get `name`. */
export interface RatingBand {
  /** The rating, such as `'High'`. */
  readonly name: string;
  /** The lowest score of the band (inclusive); the first band's is 1. */
  readonly minScore: number;
}

/**
 * A square probability–impact matrix. The score of a risk is probability
 * level × impact level (1..size²), and the rating bands name score ranges.
 */
export interface RiskMatrix {
  /** Levels per axis, 3..10. */
  readonly size: number;
  /** One band per probability level, ascending, covering 0..1. */
  readonly probabilityBands: readonly ProbabilityBand[];
  /** One name per impact level, level 1 first. */
  readonly impactLabels: readonly string[];
  /** Optional: one band per impact level turning a cost impact into a level, ascending. */
  readonly costBands?: readonly CostBand[] | undefined;
  /** Rating bands, ascending by `minScore`, the first starting at 1. */
  readonly ratingBands: readonly RatingBand[];
}

/** Options of {@link createRiskMatrix}; every part but `size` has a default. */
export interface RiskMatrixOptions {
  /** Levels per axis, 3..10 (default 5). */
  readonly size?: number | undefined;
  /** Probability bands (default: equal widths, `k/size`). */
  readonly probabilityBands?: readonly ProbabilityBand[] | undefined;
  /** Impact names (default: `'Level 1'`…; PMBOK names for size 5). */
  readonly impactLabels?: readonly string[] | undefined;
  /** Cost bands (default: none, impact levels must be given). */
  readonly costBands?: readonly CostBand[] | undefined;
  /** Rating bands (default for size 5: NPSA 2008; required for other sizes). */
  readonly ratingBands?: readonly RatingBand[] | undefined;
}

export { NPSA_RATING_BANDS } from './internal/matrix.js';

/**
 * Builds and validates a probability–impact matrix. Left-out parts get
 * defaults: equal-width probability bands (`k/size`), PMBOK's level names for
 * a 5×5 matrix (`'Level k'` otherwise), no cost bands, and for a 5×5 matrix
 * the NPSA 2008 rating bands ({@link NPSA_RATING_BANDS}).
 *
 * @param options - the parts to set
 * @returns the frozen matrix
 * @throws PopmError `OUT_OF_RANGE` for a size outside 3..10, a band out of
 *   order or a last probability band not ending at 1; `INVALID_ARGUMENT` for a
 *   wrong band count, a missing label or a repeated rating name, and for a size
 *   other than 5 without rating bands, an unknown option or a misspelled band
 *   key (`minscore`: did you mean 'minScore'?); `EMPTY_INPUT` for no rating
 *   bands. Paths start at `options` (`options.ratingBands[1].minScore`).
 * @example
 * const m = createRiskMatrix({
 *   size: 3,
 *   ratingBands: [{ name: 'Green', minScore: 1 }, { name: 'Amber', minScore: 3 }, { name: 'Red', minScore: 6 }],
 * });
 * m.probabilityBands.map((b) => b.upTo); //=> [1/3, 2/3, 1]
 */
export function createRiskMatrix(options?: RiskMatrixOptions): RiskMatrix {
  return buildMatrix(readOptions(options, ['options'], MATRIX_KEYS), ['options']);
}

/**
 * The default 5×5 matrix. Probability levels are 20%-wide bands (≤ 0.2,
 * ≤ 0.4, ≤ 0.6, ≤ 0.8, ≤ 1), whose midpoints are the 0.1/0.3/0.5/0.7/0.9
 * scale of the PMBOK Guide's example probability and impact matrix (4th ed.,
 * Figure 11-10); level names are PMBOK's (Very low … Very high). Ratings on
 * the score 1..25 follow the NPSA's *A risk matrix for risk managers* (2008):
 * 1–3 Low, 4–6 Moderate, 8–12 High, 15–25 Extreme. There are no cost bands:
 * give risks an `impact` level, or build a matrix with `costBands`.
 *
 * @example
 * defaultMatrix.size; //=> 5
 * defaultMatrix.ratingBands.map((b) => `${b.name} ≥ ${b.minScore}`);
 * //=> ['Low ≥ 1', 'Moderate ≥ 4', 'High ≥ 8', 'Extreme ≥ 15']
 */
export const defaultMatrix: RiskMatrix = createRiskMatrix();

/**
 * The probability level of `probability` on `matrix`: the first band whose
 * `upTo` is at or above it.
 *
 * @param probability - 0..1
 * @param matrix - the matrix (default {@link defaultMatrix})
 * @returns the level, 1..size
 * @throws PopmError `OUT_OF_RANGE` for a probability outside 0..1, `INVALID_NUMBER` for a non-number;
 *   `INVALID_ARGUMENT` (or the band rules of {@link createRiskMatrix}) at `['matrix', …]` for a bad matrix
 * @example
 * probabilityLevel(0.2); //=> 1
 * probabilityLevel(0.21); //=> 2
 * probabilityLevel(1); //=> 5
 */
export function probabilityLevel(probability: number, matrix: RiskMatrix = defaultMatrix): number {
  const p = requireNumber(probability, ['probability'], { min: 0, max: 1 });
  const m = checkMatrix(matrix);
  for (const band of m.probabilityBands) if (p <= band.upTo) return band.level;
  return m.size;
}

/**
 * The impact level of a cost magnitude on a matrix with cost bands: the
 * highest band whose `from` is at or below it; `null` when the matrix has no
 * cost bands.
 *
 * @param cost - a cost magnitude `>= 0`
 * @param matrix - the matrix
 * @returns the level, 1..size, or `null` without cost bands
 * @throws PopmError `INVALID_NUMBER` for a non-number, `OUT_OF_RANGE` for a negative cost;
 *   `INVALID_ARGUMENT` (or the band rules of {@link createRiskMatrix}) at `['matrix', …]` for a bad matrix
 * @example
 * const m = createRiskMatrix({ costBands: [0, 10000, 50000, 100000, 500000].map((from, i) => ({ level: i + 1, from })) });
 * costLevel(75000, m); //=> 3
 * costLevel(75000, defaultMatrix); //=> null
 */
export function costLevel(cost: Numeric, matrix: RiskMatrix): number | null {
  const c = toDecimal(cost, ['cost']);
  if (c.isNegative() && !c.isZero())
    throw popmError('OUT_OF_RANGE', ['cost'], 'a cost magnitude >= 0', cost);
  const m = checkMatrix(matrix);
  if (m.costBands === undefined) return null;
  let level = 1;
  for (const band of m.costBands) if (c.gte(toDecimal(band.from))) level = band.level;
  return level;
}

/**
 * The rating band name of a score on `matrix`: the last band whose
 * `minScore` is at or below it.
 *
 * @param score - a score, 1..size²
 * @param matrix - the matrix (default {@link defaultMatrix})
 * @returns the band's name
 * @throws PopmError `OUT_OF_RANGE` for a score outside 1..size², `INVALID_NUMBER` for a non-number;
 *   `INVALID_ARGUMENT` (or the band rules of {@link createRiskMatrix}) at `['matrix', …]` for a bad matrix
 * @example
 * ratingOfScore(3); //=> 'Low'
 * ratingOfScore(4); //=> 'Moderate'
 * ratingOfScore(15); //=> 'Extreme'
 */
export function ratingOfScore(score: number, matrix: RiskMatrix = defaultMatrix): string {
  const m = checkMatrix(matrix);
  requireNumber(score, ['score'], { min: 1, max: m.size * m.size });
  let name = (m.ratingBands[0] as RatingBand).name;
  for (const band of m.ratingBands) if (score >= band.minScore) name = band.name;
  return name;
}
