import { type PopmPath, popmError } from '../core/errors.js';
import { readEntity, readOptions } from '../core/internal/readObject.js';
import { requireOneOf } from '../core/internal/validate.js';
import { readNumber } from './internal/readNumber.js';
import type { IceInput, IceMode, IceOptions, IceResult } from './scoreTypes.js';

export type { IceInput, IceMode, IceOptions, IceResult } from './scoreTypes.js';

const ICE_KEYS = ['impact', 'confidence', 'ease'] as const;
const ICE_MODES: readonly IceMode[] = ['product', 'average'];

/**
 * ICE (Sean Ellis): impact, confidence and ease, each scored 1..10, combined by
 * product (the common form, which spreads scores apart) or by average (Ellis's
 * original growth-experiment form).
 *
 * @param input - impact, confidence and ease, each 0..10
 * @param options - `mode`: `'product'` (default) or `'average'`
 * @returns the score and the figures that produced it
 * @throws PopmError `INVALID_NUMBER` for a non-finite figure, `OUT_OF_RANGE` for a figure
 *   outside 0..10, `INVALID_ARGUMENT` for an unknown mode, options that are not an object,
 *   an unknown option or a misspelled input key; paths start at `['input']` / `['options']`
 * @example
 * ice({ impact: 8, confidence: 5, ease: 6 }).score; //=> 240
 * ice({ impact: 8, confidence: 5, ease: 6 }, { mode: 'average' }).score; //=> 6.333333333333333
 */
export function ice(input: IceInput, options?: IceOptions): IceResult {
  const rec = readEntity(input, ['input'], ICE_KEYS, 'ICE inputs ({ impact, confidence, ease })');
  const o = readOptions(options, ['options'], ['mode']);
  const mode: IceMode =
    o.mode === undefined ? 'product' : requireOneOf(o.mode, ICE_MODES, ['options', 'mode']);
  const impact = tenPoint(rec.impact, ['input', 'impact']);
  const confidence = tenPoint(rec.confidence, ['input', 'confidence']);
  const ease = tenPoint(rec.ease, ['input', 'ease']);
  const score = mode === 'product' ? impact * confidence * ease : (impact + confidence + ease) / 3;
  return Object.freeze({ score, impact, confidence, ease, mode });
}

function tenPoint(value: unknown, path: PopmPath): number {
  const n = readNumber(value, path);
  if (n < 0 || n > 10) throw popmError('OUT_OF_RANGE', path, 'a score from 0 to 10', n);
  return n;
}
