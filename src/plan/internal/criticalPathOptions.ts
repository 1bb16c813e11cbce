/**
 * @internal The options every critical-path function reads
 * (`CriticalPathOptions` in criticalPath.ts): `maxPaths` and `tolerance`.
 */
import { readOptions } from '../../core/internal/readObject.js';
import { requireNumber } from '../../core/internal/validate.js';

/** @internal The keys of `CriticalPathOptions`. */
export const CRITICAL_PATH_OPTION_KEYS = ['maxPaths', 'tolerance'] as const;

/**
 * @internal Reads `CriticalPathOptions` strictly (any other key is
 * `INVALID_ARGUMENT`), allowing the caller's `extra` keys, returned in `rec`.
 */
export function readCriticalPathOptions<K extends string = never>(
  options: unknown,
  extra: readonly K[] = [],
): {
  maxPaths: number;
  tolerance: number | undefined;
  rec: { readonly [P in K | 'maxPaths' | 'tolerance']?: unknown };
} {
  const rec = readOptions(options, ['options'], [...CRITICAL_PATH_OPTION_KEYS, ...extra]);
  const maxPaths =
    rec.maxPaths === undefined
      ? 100
      : requireNumber(rec.maxPaths, ['options', 'maxPaths'], { min: 1, integer: true });
  const tolerance =
    rec.tolerance === undefined
      ? undefined
      : requireNumber(rec.tolerance, ['options', 'tolerance'], { min: 0 });
  return { maxPaths, tolerance, rec };
}
