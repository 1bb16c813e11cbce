import { type PopmPath, popmError } from '../core/errors.js';
import { readEntity, readOptions } from '../core/internal/readObject.js';
import { readNumber } from './internal/readNumber.js';
import type {
  ValueEffortInput,
  ValueEffortQuadrant,
  ValueEffortResult,
  ValueEffortThresholds,
} from './scoreTypes.js';

export type {
  ValueEffortInput,
  ValueEffortQuadrant,
  ValueEffortResult,
  ValueEffortThresholds,
} from './scoreTypes.js';

const VALUE_EFFORT_KEYS = ['value', 'effort'] as const;

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
 *   given but are not an object or hold an unknown key, and for a misspelled input key;
 *   paths start at `['input']` / `['thresholds']`
 * @example
 * valueEffort({ value: 8, effort: 2 }).quadrant; //=> 'quick-win'
 * valueEffort({ value: 8, effort: 2 }, { value: 9 }).quadrant; //=> 'fill-in'
 */
export function valueEffort(
  input: ValueEffortInput,
  thresholds?: ValueEffortThresholds,
): ValueEffortResult {
  const rec = readEntity(
    input,
    ['input'],
    VALUE_EFFORT_KEYS,
    'value/effort inputs ({ value, effort })',
  );
  const value = nonNegative(rec.value, ['input', 'value']);
  const effort = nonNegative(rec.effort, ['input', 'effort']);
  const t = readOptions(thresholds, ['thresholds'], VALUE_EFFORT_KEYS);
  const valueThreshold = t.value === undefined ? 5 : readNumber(t.value, ['thresholds', 'value']);
  const effortThreshold =
    t.effort === undefined ? 5 : readNumber(t.effort, ['thresholds', 'effort']);
  const highValue = value > valueThreshold;
  const highEffort = effort > effortThreshold;
  const quadrant: ValueEffortQuadrant = highValue
    ? highEffort
      ? 'big-bet'
      : 'quick-win'
    : highEffort
      ? 'money-pit'
      : 'fill-in';
  const ratio = effort === 0 ? null : value / effort;
  return Object.freeze({
    score: VALUE_EFFORT_RANK[quadrant],
    quadrant,
    value,
    effort,
    // A tiny effort can overflow the ratio: report it as undefined, like effort 0.
    ratio: ratio !== null && Number.isFinite(ratio) ? ratio : null,
    valueThreshold,
    effortThreshold,
  });
}

function nonNegative(value: unknown, path: PopmPath): number {
  const n = readNumber(value, path);
  if (n < 0) throw popmError('OUT_OF_RANGE', path, '>= 0', n);
  return n;
}
