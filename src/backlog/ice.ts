import { popmError } from '../core/errors.js';
import { toNumber } from '../core/numbers.js';
import { requireObject, requireOneOf } from '../core/validate.js';
import type { ScoreBreakdown } from './types.js';

/** How {@link ice} combines its three scores. */
export type IceMode = 'product' | 'average';

/** Inputs of {@link ice}: three scores on a 0..10 scale (usually 1..10). */
export interface IceInput {
  /** How much the idea moves the goal metric, 0..10. */
  readonly impact: number;
  /** How sure we are of the impact, 0..10. */
  readonly confidence: number;
  /** How easy it is to do (the inverse of effort), 0..10. */
  readonly ease: number;
}

/** Options of {@link ice}. */
export interface IceOptions {
  /** `'product'` (I × C × E, default) or `'average'` ((I + C + E) / 3). */
  readonly mode?: IceMode;
}

/** Result of {@link ice}: the score and the figures that produced it. */
export interface IceResult extends ScoreBreakdown {
  /** I × C × E, or (I + C + E) / 3. */
  readonly score: number;
  /** The impact used. */
  readonly impact: number;
  /** The confidence used. */
  readonly confidence: number;
  /** The ease used. */
  readonly ease: number;
  /** How the three were combined. */
  readonly mode: IceMode;
}

/**
 * ICE (Sean Ellis): impact, confidence and ease, each scored 1..10, combined by
 * product (the common form, which spreads scores apart) or by average (Ellis's
 * original growth-experiment form).
 *
 * @param input - impact, confidence and ease, each 0..10
 * @param options - `mode`: `'product'` (default) or `'average'`
 * @returns the score and the figures that produced it
 * @throws PopmError `INVALID_NUMBER` for a non-finite figure, `OUT_OF_RANGE` for a figure
 *   outside 0..10, `INVALID_ARGUMENT` for an unknown mode or options that are not an object
 * @example
 * ice({ impact: 8, confidence: 5, ease: 6 }).score; //=> 240
 * ice({ impact: 8, confidence: 5, ease: 6 }, { mode: 'average' }).score; //=> 6.333333333333333
 */
export function ice(input: IceInput, options: IceOptions = {}): IceResult {
  requireObject(input, []);
  const o = options === undefined ? {} : requireObject(options, ['options'], 'an options object');
  const mode: IceMode =
    o.mode !== undefined
      ? requireOneOf(o.mode, ['product', 'average'], ['options', 'mode'])
      : 'product';
  const impact = tenPoint(input.impact, 'impact');
  const confidence = tenPoint(input.confidence, 'confidence');
  const ease = tenPoint(input.ease, 'ease');
  const score = mode === 'product' ? impact * confidence * ease : (impact + confidence + ease) / 3;
  return Object.freeze({ score, impact, confidence, ease, mode });
}

function tenPoint(value: unknown, key: string): number {
  const n = toNumber(value, [key]);
  if (n < 0 || n > 10) throw popmError('OUT_OF_RANGE', [key], 'a score from 0 to 10', n);
  return n;
}
