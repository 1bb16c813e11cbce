import { popmError } from '../core/errors.js';
import { toNumber } from '../core/numbers.js';
import { requireObject } from '../core/validate.js';
import type { ScoreBreakdown } from './types.js';

/** Intercom's named impact levels. */
export type RiceImpact = 'massive' | 'high' | 'medium' | 'low' | 'minimal';

/** Intercom's named confidence levels. */
export type RiceConfidence = 'high' | 'medium' | 'low';

/**
 * Intercom's impact scale: massive 3, high 2, medium 1, low 0.5, minimal 0.25.
 *
 * @example
 * RICE_IMPACT.massive; //=> 3
 */
export const RICE_IMPACT: Readonly<Record<RiceImpact, number>> = Object.freeze({
  massive: 3,
  high: 2,
  medium: 1,
  low: 0.5,
  minimal: 0.25,
});

/**
 * Intercom's confidence scale: high 100%, medium 80%, low 50%.
 *
 * @example
 * RICE_CONFIDENCE.medium; //=> 0.8
 */
export const RICE_CONFIDENCE: Readonly<Record<RiceConfidence, number>> = Object.freeze({
  high: 1,
  medium: 0.8,
  low: 0.5,
});

/** Inputs of {@link rice}. */
export interface RiceInput {
  /** People or events per time period (e.g. customers per quarter), `>= 0`. */
  readonly reach: number;
  /** Impact per person: a number `>= 0` or a named level ({@link RICE_IMPACT}). */
  readonly impact: number | RiceImpact;
  /** Confidence as a fraction 0..1 (0.8, not 80) or a named level ({@link RICE_CONFIDENCE}). */
  readonly confidence: number | RiceConfidence;
  /** Person-months (or any consistent unit), `> 0`. */
  readonly effort: number;
}

/** Result of {@link rice}: the score and the figures that produced it. */
export interface RiceResult extends ScoreBreakdown {
  /** reach × impact × confidence / effort. */
  readonly score: number;
  /** The reach used. */
  readonly reach: number;
  /** The impact used, as a number. */
  readonly impact: number;
  /** The confidence used, as a fraction. */
  readonly confidence: number;
  /** The effort used. */
  readonly effort: number;
}

/**
 * RICE (Intercom, Sean McBride): reach × impact × confidence / effort — total
 * impact per time worked.
 *
 * @param input - reach, impact, confidence and effort
 * @returns the score and the numbers that produced it
 * @throws PopmError `INVALID_NUMBER` for a non-finite figure, `INVALID_ARGUMENT` for an
 *   unknown level name, `OUT_OF_RANGE` for negative reach or impact, confidence outside
 *   0..1, or `effort <= 0`
 * @example
 * rice({ reach: 450, impact: 'massive', confidence: 'high', effort: 2 });
 * //=> { score: 675, reach: 450, impact: 3, confidence: 1, effort: 2 }
 */
export function rice(input: RiceInput): RiceResult {
  requireObject(input, []);
  const reach = toNumber(input.reach, ['reach']);
  if (reach < 0) throw popmError('OUT_OF_RANGE', ['reach'], '>= 0', reach);
  const impact = level(input.impact, 'impact', RICE_IMPACT);
  if (impact < 0) throw popmError('OUT_OF_RANGE', ['impact'], '>= 0', impact);
  const confidence = level(input.confidence, 'confidence', RICE_CONFIDENCE);
  if (confidence < 0 || confidence > 1)
    throw popmError('OUT_OF_RANGE', ['confidence'], 'a fraction from 0 to 1', confidence);
  const effort = toNumber(input.effort, ['effort']);
  if (effort <= 0) throw popmError('OUT_OF_RANGE', ['effort'], '> 0', effort);
  return Object.freeze({
    score: (reach * impact * confidence) / effort,
    reach,
    impact,
    confidence,
    effort,
  });
}

function level(value: unknown, key: string, names: Readonly<Record<string, number>>): number {
  if (typeof value === 'string' && /^[a-z]+$/i.test(value.trim())) {
    const n = Object.hasOwn(names, value) ? names[value] : undefined;
    if (n === undefined)
      throw popmError(
        'INVALID_ARGUMENT',
        [key],
        `a number or one of ${Object.keys(names)
          .map((k) => `'${k}'`)
          .join(', ')}`,
        value,
      );
    return n;
  }
  return toNumber(value, [key]);
}
