import { expect } from 'vitest';
import { isPopmError, type PopmErrorCode } from '../../src/core/errors.js';
import { deepFreeze } from '../../src/core/freeze.js';

/** Deep-freezes a structured clone of `x`, so a test input cannot be mutated. */
export function frozen<T>(x: T): T {
  return deepFreeze(structuredClone(x));
}

/** True when every object reachable from `x` is frozen (functions are skipped). */
export function isDeepFrozen(x: unknown): boolean {
  if (x === null || typeof x !== 'object') return true;
  if (!Object.isFrozen(x)) return false;
  return Object.values(x as Record<string, unknown>).every(isDeepFrozen);
}

/** Asserts that `fn` throws a PopmError with `code` (and `path` when given). */
export function expectPopm(
  fn: () => unknown,
  code: PopmErrorCode,
  path?: readonly (string | number)[],
): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(isPopmError(caught), `expected a PopmError, got ${String(caught)}`).toBe(true);
  const err = caught as { code: string; path: readonly (string | number)[] };
  expect(err.code).toBe(code);
  if (path !== undefined) expect(err.path).toEqual(path);
}

/** The daily throughput history of the published case. */
export const PUBLISHED_HISTORY: readonly number[] = Object.freeze([
  2, 0, 0, 5, 1, 3, 2, 4, 0, 0, 1, 1, 2, 4, 0, 0, 0, 1, 0, 1, 2, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0,
]);
