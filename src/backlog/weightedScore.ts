import { type PopmPath, popmError } from '../core/errors.js';
import { ownKeys, readProperty } from '../core/internal/readObject.js';
import type { WeightedContribution, WeightedScoreResult } from './scoreTypes.js';

export type { WeightedContribution, WeightedScoreResult } from './scoreTypes.js';

function readRecord(value: unknown, path: PopmPath, what: string): Map<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw popmError('INVALID_ARGUMENT', path, what, value);
  const out = new Map<string, unknown>();
  for (const key of ownKeys(value, path)) out.set(key, readProperty(value, key, path));
  return out;
}

function finite(value: unknown, path: PopmPath): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw popmError('INVALID_NUMBER', path, 'a finite number', value);
  return value;
}

/**
 * A weighted scorecard: Σ value × weight over the criteria named in `weights`,
 * and the weighted mean Σ value × weight / Σ weight. Criteria of the item that
 * carry no weight are ignored; a weighted criterion the item lacks is an
 * error, never a silent 0. Weights are `>= 0`, so the weighted mean always
 * lies between the smallest and the largest weighted value; for a cost-like
 * criterion, score it so that higher is better (e.g. 10 − cost).
 *
 * @param criteria - the item's value for each criterion
 * @param weights - the weight of each criterion, `>= 0` (at least one)
 * @returns the score, the weighted mean and each criterion's contribution
 * @throws PopmError `EMPTY_INPUT` for no weights, `INVALID_NUMBER` for a non-finite
 *   weight or value, `OUT_OF_RANGE` for a negative weight or a score or total weight that
 *   overflows, `NOT_FOUND` for a weighted criterion missing from `criteria`,
 *   `INVALID_ARGUMENT` when either is not an object
 * @example
 * const r = weightedScore({ revenue: 8, strategicFit: 6 }, { revenue: 3, strategicFit: 1 });
 * r.score;        //=> 30
 * r.weightedMean; //=> 7.5
 * r.contributions[0]; //=> { criterion: 'revenue', value: 8, weight: 3, contribution: 24 }
 * weightedScore({ cost: 4 }, { cost: -1 }); // throws PopmError OUT_OF_RANGE at ['weights', 'cost']
 */
export function weightedScore(
  criteria: Readonly<Record<string, number>>,
  weights: Readonly<Record<string, number>>,
): WeightedScoreResult {
  const c = readRecord(criteria, ['criteria'], 'an object of values by criterion');
  const w = readRecord(weights, ['weights'], 'an object of weights by criterion');
  if (w.size === 0) throw popmError('EMPTY_INPUT', ['weights'], 'at least one weight', weights);
  let score = 0;
  let totalWeight = 0;
  const contributions: WeightedContribution[] = [];
  for (const [criterion, raw] of w) {
    const weight = finite(raw, ['weights', criterion]);
    if (weight < 0)
      throw popmError('OUT_OF_RANGE', ['weights', criterion], 'a weight >= 0', weight);
    if (!c.has(criterion))
      throw popmError(
        'NOT_FOUND',
        ['criteria', criterion],
        `a value for '${criterion}'`,
        undefined,
      );
    const value = finite(c.get(criterion), ['criteria', criterion]);
    const contribution = value * weight;
    score += contribution;
    totalWeight += weight;
    // Finite figures can still overflow (a weight of 1e308): never return Infinity.
    if (!Number.isFinite(score) || !Number.isFinite(totalWeight))
      throw popmError(
        'OUT_OF_RANGE',
        ['weights', criterion],
        'weights and values whose weighted sum is finite',
        weight,
      );
    contributions.push(Object.freeze({ criterion, value, weight, contribution }));
  }
  return Object.freeze({
    score,
    totalWeight,
    weightedMean: totalWeight === 0 ? null : score / totalWeight,
    contributions: Object.freeze(contributions),
  });
}
