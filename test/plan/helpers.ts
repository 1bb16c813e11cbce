import { expect } from 'vitest';
import { isPopmError } from '../../src/core/errors.js';
import { deepFreeze } from '../../src/core/freeze.js';
import type { Task } from '../../src/plan/types.js';

/** True when value and everything reachable from it is frozen (functions excepted). */
export function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((v) => isDeepFrozen(v));
}

/** Asserts that `fn` throws a PopmError with `code` and `path`. */
export function expectPopm(fn: () => unknown, code: string, path?: readonly (string | number)[]) {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(isPopmError(caught), `expected a PopmError, got ${String(caught)}`).toBe(true);
  const err = caught as {
    code: string;
    path: readonly (string | number)[];
    details?: Record<string, unknown>;
  };
  expect(err.code).toBe(code);
  if (path !== undefined) expect(err.path).toEqual(path);
  return err;
}

/** Deep-frozen copy of a plan (tests pass frozen inputs). */
export function frozen(tasks: Task[]): readonly Task[] {
  return deepFreeze(structuredClone(tasks));
}

/** A row of the form [id, es, ef, ls, lf, totalFloat, freeFloat?]. */
export type Row = [string, number, number, number, number, number, number?];

/** Indexes a result's tasks by id. */
export function byId<T extends { id: string }>(tasks: readonly T[]): Record<string, T> {
  return Object.fromEntries(tasks.map((t) => [t.id, t]));
}
