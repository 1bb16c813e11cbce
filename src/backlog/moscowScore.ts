import { requireOneOf } from '../core/internal/validate.js';
import type { MoscowCategory, MoscowScoreResult } from './scoreTypes.js';
import { MOSCOW_CATEGORIES } from './types.js';

export type { MoscowScoreResult } from './scoreTypes.js';

/**
 * The score each MoSCoW category gets when a backlog is prioritised by MoSCoW:
 * must 3, should 2, could 1, won't 0.
 *
 * @example
 * MOSCOW_SCORES.must; //=> 3
 */
export const MOSCOW_SCORES: Readonly<Record<MoscowCategory, number>> = Object.freeze({
  must: 3,
  should: 2,
  could: 1,
  wont: 0,
});

/**
 * The ordering score of a MoSCoW category (must 3, should 2, could 1, won't 0).
 *
 * @param category - the category
 * @returns the score and the category
 * @throws PopmError `INVALID_ARGUMENT` for an unknown category
 * @example
 * moscowScore('should'); //=> { score: 2, category: 'should' }
 */
export function moscowScore(category: MoscowCategory): MoscowScoreResult {
  const c = requireOneOf(category, MOSCOW_CATEGORIES, ['category']);
  return Object.freeze({ score: MOSCOW_SCORES[c], category: c });
}
