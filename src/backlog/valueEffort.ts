import { popmError } from '../core/errors.js';
import { toNumber } from '../core/numbers.js';
import { requireObject } from '../core/validate.js';
import type { ScoreBreakdown } from './types.js';

/** A quadrant of the value/effort matrix. */
export type ValueEffortQuadrant = 'quick-win' | 'big-bet' | 'fill-in' | 'money-pit';

/**
 * The order of the quadrants when a backlog is prioritised by value/effort:
 * quick wins 4, big bets 3, fill-ins 2, money pits 1.
 *
 * @example
 * VALUE_EFFORT_RANK['quick-win']; //=> 4
 */
export const VALUE_EFFORT_RANK: Readonly<Record<ValueEffortQuadrant, number>> = Object.freeze({
  'quick-win': 4,
  'big-bet': 3,
  'fill-in': 2,
  'money-pit': 1,
});

/** Inputs of {@link valueEffort}. */
export interface ValueEffortInput {
  /** Value on your scale (e.g. 1..10), `>= 0`. */
  readonly value: number;
  /** Effort on your scale (e.g. 1..10), `>= 0`. */
  readonly effort: number;
}

/** Where the matrix splits; a figure strictly above its threshold is "high". */
export interface ValueEffortThresholds {
  /** Value above this is high value; default 5 (a 1..10 scale split 1–5 / 6–10). */
  readonly value?: number;
  /** Effort above this is high effort; default 5. */
  readonly effort?: number;
}

/** Result of {@link valueEffort}. */
export interface ValueEffortResult extends ScoreBreakdown {
  /** The quadrant's rank, {@link VALUE_EFFORT_RANK}: quick-win 4 … money-pit 1. */
  readonly score: number;
  /** The quadrant. */
  readonly quadrant: ValueEffortQuadrant;
  /** The value used. */
  readonly value: number;
  /** The effort used. */
  readonly effort: number;
  /** value / effort, or `null` when effort is 0. */
  readonly ratio: number | null;
  /** The value threshold used. */
  readonly valueThreshold: number;
  /** The effort threshold used. */
  readonly effortThreshold: number;
}

/**
 * Places an item on the value/effort (impact/effort) 2×2 matrix: high value
 * and low effort is a quick win, high value and high effort a big bet, low
 * value and low effort a fill-in, low value and high effort a money pit.
 *
 * @param input - value and effort
 * @param thresholds - where each axis splits (default 5 and 5; above is high)
 * @returns the quadrant, its rank as the score, and the figures used
 * @throws PopmError `INVALID_NUMBER` for a non-finite figure, `OUT_OF_RANGE` for a
 *   negative value or effort, `INVALID_ARGUMENT` at `['thresholds']` when thresholds are
 *   given but are not an object
 * @example
 * valueEffort({ value: 8, effort: 2 }).quadrant; //=> 'quick-win'
 * valueEffort({ value: 8, effort: 2 }, { value: 9 }).quadrant; //=> 'fill-in'
 */
export function valueEffort(
  input: ValueEffortInput,
  thresholds: ValueEffortThresholds = {},
): ValueEffortResult {
  requireObject(input, []);
  const value = nonNegative(input.value, ['value']);
  const effort = nonNegative(input.effort, ['effort']);
  const t =
    thresholds === undefined
      ? {}
      : requireObject(thresholds, ['thresholds'], 'a thresholds object');
  const valueThreshold = t.value === undefined ? 5 : toNumber(t.value, ['thresholds', 'value']);
  const effortThreshold = t.effort === undefined ? 5 : toNumber(t.effort, ['thresholds', 'effort']);
  const highValue = value > valueThreshold;
  const highEffort = effort > effortThreshold;
  const quadrant: ValueEffortQuadrant = highValue
    ? highEffort
      ? 'big-bet'
      : 'quick-win'
    : highEffort
      ? 'money-pit'
      : 'fill-in';
  return Object.freeze({
    score: VALUE_EFFORT_RANK[quadrant],
    quadrant,
    value,
    effort,
    ratio: effort === 0 ? null : value / effort,
    valueThreshold,
    effortThreshold,
  });
}

function nonNegative(value: unknown, path: (string | number)[]): number {
  const n = toNumber(value, path);
  if (n < 0) throw popmError('OUT_OF_RANGE', path, '>= 0', n);
  return n;
}
