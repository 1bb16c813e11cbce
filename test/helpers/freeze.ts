/** Test helpers: deep-freeze inputs and check outputs are frozen all the way down. */
export function deepFreezeInput<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreezeInput((value as Record<string, unknown>)[key]);
  return value;
}

/** True when `value` and everything reachable from it (but typed arrays) is frozen. */
export function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (seen.has(value)) return true;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.keys(value).every((k) => isDeepFrozen((value as Record<string, unknown>)[k], seen));
}

/** Runs `fn` and returns the PopmError it throws (fails the test otherwise). */
export function catchError(fn: () => unknown): {
  code: string;
  path: readonly (string | number)[];
  message: string;
  details?: unknown;
} {
  try {
    fn();
  } catch (e) {
    if (e instanceof Error && e.name === 'PopmError') return e as never;
    throw new Error(`expected a PopmError, got ${String(e)}`);
  }
  throw new Error('expected a PopmError, but nothing was thrown');
}
