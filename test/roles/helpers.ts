import { expect } from 'vitest';
import { isPopmError } from '../../src/core/errors.js';
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
