import { type PopmPath, popmError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { readEntity, readOptions } from '../core/internal/readObject.js';
import { Decimal, isDecimal, type Numeric, toDecimal } from '../core/numbers.js';
import { requireNumber, requireString } from '../core/validate.js';
import { readList } from './internal/readList.js';

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

// Matrices built (and so validated) here, to skip re-validation later.
const BUILT = new WeakSet<object>();

const FIVE_LABELS = ['Very low', 'Low', 'Moderate', 'High', 'Very high'] as const;

/**
 * The default rating bands on the 1..25 score of a 5×5 matrix, from the UK
 * National Patient Safety Agency's *A risk matrix for risk managers* (January
 * 2008), "Risk scoring and grading": 1–3 Low, 4–6 Moderate, 8–12 High,
 * 15–25 Extreme.
 *
 * @example
 * NPSA_RATING_BANDS.map((b) => b.minScore); //=> [1, 4, 8, 15]
 */
export const NPSA_RATING_BANDS: readonly RatingBand[] = Object.freeze([
  Object.freeze({ name: 'Low', minScore: 1 }),
  Object.freeze({ name: 'Moderate', minScore: 4 }),
  Object.freeze({ name: 'High', minScore: 8 }),
  Object.freeze({ name: 'Extreme', minScore: 15 }),
]);

function checkProbabilityBands(bands: unknown, size: number, base: PopmPath): ProbabilityBand[] {
  const path = [...base, 'probabilityBands'];
  const arr = readList(bands, path);
  if (arr.length !== size) throw popmError('INVALID_ARGUMENT', path, `${size} bands`, arr);
  let previous = 0;
  return arr.map((b, i) => {
    const rec = readEntity(b, [...path, i], ['level', 'upTo', 'label'], 'a probability band');
    requireNumber(rec.level, [...path, i, 'level'], { min: i + 1, max: i + 1 });
    const upTo = requireNumber(rec.upTo, [...path, i, 'upTo'], {
      minExclusive: previous,
      max: 1,
    });
    if (i === size - 1 && upTo !== 1)
      throw popmError('OUT_OF_RANGE', [...path, i, 'upTo'], '1 for the last band', upTo);
    previous = upTo;
    const label = requireString(rec.label, [...path, i, 'label']);
    return Object.freeze({ level: i + 1, upTo, label });
  });
}

function checkCostBands(bands: unknown, size: number, base: PopmPath): CostBand[] {
  const path = [...base, 'costBands'];
  const arr = readList(bands, path);
  if (arr.length !== size) throw popmError('INVALID_ARGUMENT', path, `${size} bands`, arr);
  let previous: Decimal | null = null;
  return arr.map((b, i) => {
    const rec = readEntity(b, [...path, i], ['level', 'from'], 'a cost band');
    requireNumber(rec.level, [...path, i, 'level'], { min: i + 1, max: i + 1 });
    const from = toDecimal(rec.from, [...path, i, 'from']);
    if (previous === null ? !from.isZero() : from.lte(previous))
      throw popmError(
        'OUT_OF_RANGE',
        [...path, i, 'from'],
        previous === null ? '0 for the first band' : `more than ${previous.toString()}`,
        rec.from,
      );
    previous = from;
    // A copy of a Decimal, so freezing the matrix never freezes the caller's object.
    const given = isDecimal(rec.from) ? new Decimal(rec.from) : (rec.from as Numeric);
    return { level: i + 1, from: given };
  });
}

function checkRatingBands(bands: unknown, size: number, base: PopmPath): RatingBand[] {
  const path = [...base, 'ratingBands'];
  const arr = readList(bands, path);
  if (arr.length === 0) throw popmError('EMPTY_INPUT', path, 'at least one band', arr);
  let previous = 0;
  const names = new Set<string>();
  return arr.map((b, i) => {
    const rec = readEntity(b, [...path, i], ['name', 'minScore'], 'a rating band');
    const name = requireString(rec.name, [...path, i, 'name']);
    if (names.has(name))
      throw popmError('INVALID_ARGUMENT', [...path, i, 'name'], 'a unique name', name);
    names.add(name);
    const minScore = requireNumber(rec.minScore, [...path, i, 'minScore'], {
      integer: true,
      ...(i === 0 ? { min: 1, max: 1 } : { minExclusive: previous, max: size * size }),
    });
    previous = minScore;
    return Object.freeze({ name, minScore });
  });
}

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

const MATRIX_KEYS = [
  'size',
  'probabilityBands',
  'impactLabels',
  'costBands',
  'ratingBands',
] as const;

function buildMatrix(
  opts: { readonly [K in (typeof MATRIX_KEYS)[number]]?: unknown },
  base: PopmPath,
): RiskMatrix {
  const size =
    opts.size === undefined
      ? 5
      : requireNumber(opts.size, [...base, 'size'], { integer: true, min: 3 });
  if (size > 10) throw popmError('OUT_OF_RANGE', [...base, 'size'], 'a number <= 10', size);
  const labels: readonly string[] =
    size === 5 ? FIVE_LABELS : Array.from({ length: size }, (_, i) => `Level ${i + 1}`);
  const probabilityBands = checkProbabilityBands(
    opts.probabilityBands !== undefined
      ? opts.probabilityBands
      : labels.map((label, i) => ({
          level: i + 1,
          upTo: i === size - 1 ? 1 : (i + 1) / size,
          label,
        })),
    size,
    base,
  );
  const impactLabels = readList(opts.impactLabels === undefined ? labels : opts.impactLabels, [
    ...base,
    'impactLabels',
  ]);
  if (impactLabels.length !== size)
    throw popmError('INVALID_ARGUMENT', [...base, 'impactLabels'], `${size} labels`, impactLabels);
  impactLabels.forEach((l, i) => {
    requireString(l, [...base, 'impactLabels', i]);
  });
  if (opts.ratingBands === undefined && size !== 5)
    throw popmError(
      'INVALID_ARGUMENT',
      [...base, 'ratingBands'],
      'rating bands for a matrix other than 5×5',
      undefined,
    );
  const ratingBands = checkRatingBands(
    opts.ratingBands === undefined ? NPSA_RATING_BANDS : opts.ratingBands,
    size,
    base,
  );
  const matrix: {
    size: number;
    probabilityBands: readonly ProbabilityBand[];
    impactLabels: readonly string[];
    costBands?: readonly CostBand[];
    ratingBands: readonly RatingBand[];
  } = {
    size,
    probabilityBands: Object.freeze(probabilityBands),
    impactLabels: Object.freeze([...(impactLabels as readonly string[])]),
    ratingBands: Object.freeze(ratingBands),
  };
  if (opts.costBands !== undefined) matrix.costBands = checkCostBands(opts.costBands, size, base);
  deepFreeze(matrix);
  BUILT.add(matrix);
  return matrix;
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
 * @internal Validates an already built matrix (from JSON or by hand) and
 * returns it frozen; popm's own matrices are returned as they are.
 */
export function checkMatrix(matrix: unknown, path: PopmPath = ['matrix']): RiskMatrix {
  if (typeof matrix === 'object' && matrix !== null && BUILT.has(matrix))
    return matrix as RiskMatrix;
  const rec = readEntity(matrix, path, MATRIX_KEYS, 'a risk matrix');
  const size = requireNumber(rec.size, [...path, 'size'], { integer: true, min: 3, max: 10 });
  // A built matrix has every part: a missing (or null) one is an error, not a default.
  for (const key of ['probabilityBands', 'impactLabels', 'ratingBands'] as const)
    if (rec[key] === undefined || rec[key] === null)
      throw popmError('INVALID_ARGUMENT', [...path, key], `the matrix's ${key}`, rec[key]);
  if (rec.costBands === null)
    throw popmError('INVALID_ARGUMENT', [...path, 'costBands'], 'cost bands or none', null);
  return buildMatrix({ ...rec, size }, path);
}

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
