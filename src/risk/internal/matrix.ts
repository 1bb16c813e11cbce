/**
 * @internal Building and validating risk matrices: the band checks, the
 * builder behind createRiskMatrix, and checkMatrix for a matrix that popm
 * did not build (from JSON or by hand).
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { readEntity } from '../../core/internal/readObject.js';
import { requireNumber, requireString } from '../../core/internal/validate.js';
import { Decimal, isDecimal, type Numeric, toDecimal } from '../../core/numbers.js';
import type { CostBand, ProbabilityBand, RatingBand, RiskMatrix } from '../matrix.js';
import { readList } from './readList.js';

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

/** @internal The parts of a matrix (and the options of createRiskMatrix). */
export const MATRIX_KEYS = [
  'size',
  'probabilityBands',
  'impactLabels',
  'costBands',
  'ratingBands',
] as const;

/** @internal Validates the parts of a matrix and builds it, frozen and remembered as built. */
export function buildMatrix(
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
    costBands?: readonly CostBand[] | undefined;
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
