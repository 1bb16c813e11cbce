import { popmError } from '../core/errors.js';
import { readEntity } from '../core/internal/readObject.js';
import { readNumber } from './internal/readNumber.js';
import type { Cd3Input, Cd3Result } from './scoreTypes.js';

export type { Cd3Input, Cd3Result } from './scoreTypes.js';

const CD3_KEYS = ['costOfDelay', 'duration'] as const;

/**
 * CD3: cost of delay divided by duration — the job that loses the most
 * value per unit of time spent comes first (Reinertsen; Black Swan Farming).
 *
 * @param input - cost of delay and duration
 * @returns the score and the figures that produced it
 * @throws PopmError `INVALID_NUMBER` for a non-finite figure, `OUT_OF_RANGE` when
 *   `costOfDelay < 0`, `duration <= 0` or a quotient that overflows; `INVALID_ARGUMENT`
 *   for a misspelled key (`durration`: did you mean 'duration'?); paths start at `['input']`
 * @example
 * cd3({ costOfDelay: 30, duration: 4 });
 * //=> { score: 7.5, costOfDelay: 30, duration: 4 }
 */
export function cd3(input: Cd3Input): Cd3Result {
  const rec = readEntity(input, ['input'], CD3_KEYS, 'CD3 inputs ({ costOfDelay, duration })');
  const costOfDelay = readNumber(rec.costOfDelay, ['input', 'costOfDelay']);
  const duration = readNumber(rec.duration, ['input', 'duration']);
  if (costOfDelay < 0)
    throw popmError('OUT_OF_RANGE', ['input', 'costOfDelay'], '>= 0', costOfDelay);
  if (duration <= 0) throw popmError('OUT_OF_RANGE', ['input', 'duration'], '> 0', duration);
  const score = costOfDelay / duration;
  // A tiny duration can overflow the quotient: never return Infinity.
  if (!Number.isFinite(score))
    throw popmError('OUT_OF_RANGE', ['input'], 'figures whose score is finite', score);
  return Object.freeze({ score, costOfDelay, duration });
}
