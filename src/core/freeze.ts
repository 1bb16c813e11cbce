/**
 * Freezes `value` and everything reachable from it (arrays, plain objects,
 * Decimals), in place, and returns it. Already-frozen subtrees are skipped,
 * so structure shared with earlier results costs nothing.
 *
 * @param value - a freshly built result
 * @returns the same value, frozen all the way down
 * @example
 * const out = deepFreeze({ a: { b: [1, 2] } });
 * Object.isFrozen(out.a.b); //=> true
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  // Typed arrays with elements cannot be frozen; popm never returns them.
  if (ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) {
    deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
