import { type PopmPath, popmError } from '../../core/errors.js';
import { readEntity } from '../../core/internal/readObject.js';
import { requireNumber } from '../../core/internal/validate.js';

/** @internal The figures the PERT look-ups need, read from a (possibly hand-built) result. */
export function readPertFigures(
  value: unknown,
  path: PopmPath,
): { readonly mean: number; readonly stdDev: number } {
  const rec = readEntity(value, path, ['mean', 'stdDev'], 'a pertAnalysis result');
  const mean = requireNumber(rec.mean, [...path, 'mean'], { min: 0 });
  const stdDev = requireNumber(rec.stdDev, [...path, 'stdDev'], { min: 0 });
  return { mean, stdDev };
}

/** @internal A probability strictly between 0 and 1. */
export function requireProbability(value: unknown, path: PopmPath): number {
  const p = requireNumber(value, path);
  if (p <= 0 || p >= 1) throw popmError('OUT_OF_RANGE', path, 'a probability in (0, 1)', p);
  return p;
}
