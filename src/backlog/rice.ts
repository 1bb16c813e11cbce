import { type PopmPath, popmError } from '../core/errors.js';
import { readEntity } from '../core/internal/readObject.js';
import { readNumber } from './internal/readNumber.js';
import type { RiceConfidence, RiceImpact, RiceInput, RiceResult } from './scoreTypes.js';

export type { RiceConfidence, RiceImpact, RiceInput, RiceResult } from './scoreTypes.js';

const RICE_KEYS = ['reach', 'impact', 'confidence', 'effort'] as const;

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

/**
 * RICE (Intercom, Sean McBride): reach × impact × confidence / effort — total
 * impact per time worked.
 *
 * @param input - reach, impact, confidence and effort
 * @returns the score and the numbers that produced it
 * @throws PopmError `INVALID_NUMBER` for a non-finite figure, `INVALID_ARGUMENT` for an
 *   unknown level name, `OUT_OF_RANGE` for negative reach or impact, confidence outside
 *   0..1, `effort <= 0` or a score that overflows; `INVALID_ARGUMENT` for a misspelled
 *   key (`efort`: did you mean 'effort'?); paths start at `['input']`
 * @example
 * rice({ reach: 450, impact: 'massive', confidence: 'high', effort: 2 });
 * //=> { score: 675, reach: 450, impact: 3, confidence: 1, effort: 2 }
 */
export function rice(input: RiceInput): RiceResult {
  const rec = readEntity(input, ['input'], RICE_KEYS, 'RICE inputs ({ reach, impact, … })');
  const reach = readNumber(rec.reach, ['input', 'reach']);
  if (reach < 0) throw popmError('OUT_OF_RANGE', ['input', 'reach'], '>= 0', reach);
  const impact = level(rec.impact, ['input', 'impact'], RICE_IMPACT);
  if (impact < 0) throw popmError('OUT_OF_RANGE', ['input', 'impact'], '>= 0', impact);
  const confidence = level(rec.confidence, ['input', 'confidence'], RICE_CONFIDENCE);
  if (confidence < 0 || confidence > 1)
    throw popmError('OUT_OF_RANGE', ['input', 'confidence'], 'a fraction from 0 to 1', confidence);
  const effort = readNumber(rec.effort, ['input', 'effort']);
  if (effort <= 0) throw popmError('OUT_OF_RANGE', ['input', 'effort'], '> 0', effort);
  const score = (reach * impact * confidence) / effort;
  // Finite inputs can still overflow (1e308 × 3): never return Infinity.
  if (!Number.isFinite(score))
    throw popmError('OUT_OF_RANGE', ['input'], 'figures whose score is finite', score);
  return Object.freeze({ score, reach, impact, confidence, effort });
}

function level(value: unknown, path: PopmPath, names: Readonly<Record<string, number>>): number {
  if (typeof value === 'string' && /^[a-z]+$/i.test(value.trim())) {
    const n = Object.hasOwn(names, value) ? names[value] : undefined;
    if (n === undefined)
      throw popmError(
        'INVALID_ARGUMENT',
        path,
        `a number or one of ${Object.keys(names)
          .map((k) => `'${k}'`)
          .join(', ')}`,
        value,
      );
    return n;
  }
  return readNumber(value, path);
}
