import { popmError } from '../core/errors.js';
import { requireObject } from '../core/validate.js';
import type { ScoreBreakdown } from './types.js';

/** One criterion's part of a {@link weightedScore}. */
export interface WeightedContribution {
  /** The criterion's name. */
  readonly criterion: string;
  /** The item's value for it. */
  readonly value: number;
  /** The criterion's weight. */
  readonly weight: number;
  /** value × weight. */
  readonly contribution: number;
}

/** Result of {@link weightedScore}. */
export interface WeightedScoreResult extends ScoreBreakdown {
  /** Σ value × weight over the weighted criteria. */
  readonly score: number;
  /** Σ weight. */
  readonly totalWeight: number;
  /** score / totalWeight (a weighted mean), or `null` when the weights sum to 0. */
  readonly normalisedScore: number | null;
  /** Each criterion's part, in the order of `weights`. */
  readonly contributions: readonly WeightedContribution[];
}

/**
 * A weighted scorecard: Σ value × weight over the criteria named in `weights`.
 * Criteria of the item that carry no weight are ignored; a weighted criterion
 * the item lacks is an error, never a silent 0. Negative weights are allowed
 * (for cost-like criteria).
 *
 * @param criteria - the item's value for each criterion
 * @param weights - the weight of each criterion (at least one)
 * @returns the score, the weighted mean and each criterion's contribution
 * @throws PopmError `EMPTY_INPUT` for no weights, `INVALID_NUMBER` for a non-finite
 *   weight or value, `NOT_FOUND` for a weighted criterion missing from `criteria`
 * @example
 * const r = weightedScore({ revenue: 8, strategicFit: 6 }, { revenue: 3, strategicFit: 1 });
 * r.score;           //=> 30
 * r.normalisedScore; //=> 7.5
 * r.contributions[0]; //=> { criterion: 'revenue', value: 8, weight: 3, contribution: 24 }
 */
export function weightedScore(
  criteria: Readonly<Record<string, number>>,
  weights: Readonly<Record<string, number>>,
): WeightedScoreResult {
  const c = requireObject(criteria, ['criteria']);
  const w = requireObject(weights, ['weights']);
  const names = Object.keys(w);
  if (names.length === 0) throw popmError('EMPTY_INPUT', ['weights'], 'at least one weight', w);
  let score = 0;
  let totalWeight = 0;
  const contributions: WeightedContribution[] = [];
  for (const criterion of names) {
    const weight = w[criterion];
    if (typeof weight !== 'number' || !Number.isFinite(weight))
      throw popmError('INVALID_NUMBER', ['weights', criterion], 'a finite number', weight);
    if (!Object.hasOwn(c, criterion))
      throw popmError(
        'NOT_FOUND',
        ['criteria', criterion],
        `a value for '${criterion}'`,
        undefined,
      );
    const value = c[criterion];
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw popmError('INVALID_NUMBER', ['criteria', criterion], 'a finite number', value);
    const contribution = value * weight;
    score += contribution;
    totalWeight += weight;
    contributions.push(Object.freeze({ criterion, value, weight, contribution }));
  }
  return Object.freeze({
    score,
    totalWeight,
    normalisedScore: totalWeight === 0 ? null : score / totalWeight,
    contributions: Object.freeze(contributions),
  });
}
