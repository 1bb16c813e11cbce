import { popmError } from '../core/errors.js';
import { toNumber } from '../core/numbers.js';
import { requireObject } from '../core/validate.js';
import type { ScoreBreakdown } from './types.js';

/** Inputs of {@link cd3}. */
export interface Cd3Input {
  /** Cost of delay per unit of time (money or value points per week), `>= 0`. */
  readonly costOfDelay: number;
  /** Duration in the same unit of time; must be > 0. */
  readonly duration: number;
}

/** Result of {@link cd3}: the score and the figures that produced it. */
export interface Cd3Result extends ScoreBreakdown {
  /** Cost of delay divided by duration. */
  readonly score: number;
  /** The cost of delay used. */
  readonly costOfDelay: number;
  /** The duration used. */
  readonly duration: number;
}

/**
 * CD3: cost of delay divided by duration — the job that loses the most
 * value per unit of time spent comes first (Reinertsen; Black Swan Farming).
 *
 * @param input - cost of delay and duration
 * @returns the score and the figures that produced it
 * @throws PopmError `INVALID_NUMBER` for a non-finite figure, `OUT_OF_RANGE` when
 *   `costOfDelay < 0` or `duration <= 0`
 * @example
 * cd3({ costOfDelay: 30, duration: 4 });
 * //=> { score: 7.5, costOfDelay: 30, duration: 4 }
 */
export function cd3(input: Cd3Input): Cd3Result {
  requireObject(input, []);
  const costOfDelay = toNumber(input.costOfDelay, ['costOfDelay']);
  const duration = toNumber(input.duration, ['duration']);
  if (costOfDelay < 0) throw popmError('OUT_OF_RANGE', ['costOfDelay'], '>= 0', costOfDelay);
  if (duration <= 0) throw popmError('OUT_OF_RANGE', ['duration'], '> 0', duration);
  return Object.freeze({ score: costOfDelay / duration, costOfDelay, duration });
}
