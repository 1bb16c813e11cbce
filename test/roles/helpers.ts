import { expect } from 'vitest';
import { ERROR_CODES, isPopmError } from '../../src/core/errors.js';
import { deepFreeze } from '../../src/core/freeze.js';

/** Deep-copies and deep-freezes a test input. */
export function frozen<T>(value: T): T {
  return deepFreeze(structuredClone(value));
}

/** True when every object reachable from `value` is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeepFrozen);
}

/** Asserts `fn` throws a PopmError with this code and path. */
export function expectPopmError(
  fn: () => unknown,
  code: string,
  path: readonly (string | number)[],
): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(isPopmError(caught), `expected a PopmError, got ${String(caught)}`).toBe(true);
  expect((caught as { code: string }).code).toBe(code);
  expect((caught as { path: unknown }).path).toEqual(path);
}

/**
 * Calls `fn`: a throw must be a PopmError with a known code, an array path and
 * the standard message; a result must be deep-frozen (and finite, if a number).
 */
export function loudOrFrozen(fn: () => unknown): void {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    expect(isPopmError(e), `expected a PopmError, got ${String(e)}`).toBe(true);
    const err = e as { code: string; path: unknown; message: string };
    expect(ERROR_CODES).toContain(err.code);
    expect(Array.isArray(err.path)).toBe(true);
    // The standard message, or the unknown-key form of the 1.0 contract.
    expect(err.message).toMatch(/expected .+, got |: unknown key; /);
    return;
  }
  expect(isDeepFrozen(result)).toBe(true);
  if (typeof result === 'number') expect(Number.isFinite(result)).toBe(true);
}
