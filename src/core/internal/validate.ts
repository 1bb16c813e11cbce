/**
 * @internal Small argument checks shared by every domain, so each rule reads
 * the same and throws the same code everywhere.
 */
import { type PopmPath, popmError } from '../errors.js';

/** @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** @internal Throws `INVALID_ARGUMENT` unless `value` is a non-array object. */
export function requireObject(
  value: unknown,
  path: PopmPath,
  what = 'an object',
): Record<string, unknown> {
  if (!isRecord(value)) throw popmError('INVALID_ARGUMENT', path, what, value);
  return value;
}

/**
 * @internal The one reader for untrusted arrays: throws `INVALID_ARGUMENT`
 * unless `value` is an array, and returns a dense snapshot of its elements.
 * Read the snapshot, never the input: a hole is `undefined` at its index (so
 * `map` and `forEach` see it and reject it there), and a Proxy whose traps
 * throw or an index getter that throws is `INVALID_ARGUMENT` at the array,
 * here, instead of a foreign error later (issue 21).
 */
export function requireArray<T = unknown>(
  value: unknown,
  path: PopmPath,
  what = 'an array',
): readonly T[] {
  if (!Array.isArray(value)) throw popmError('INVALID_ARGUMENT', path, what, value);
  try {
    const n = value.length;
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = value[i] as T;
    return out;
  } catch {
    throw popmError('INVALID_ARGUMENT', path, `${what} that can be read`, value);
  }
}

/** @internal Throws `INVALID_ARGUMENT` unless `value` is a non-empty string. */
export function requireString(value: unknown, path: PopmPath, what = 'a non-empty string'): string {
  if (typeof value !== 'string' || value.length === 0)
    throw popmError('INVALID_ARGUMENT', path, what, value);
  return value;
}

/** @internal A finite plain number (not a string), with optional bounds. */
export function requireNumber(
  value: unknown,
  path: PopmPath,
  bounds: {
    readonly min?: number | undefined;
    readonly max?: number | undefined;
    readonly minExclusive?: number | undefined;
    readonly maxExclusive?: number | undefined;
    readonly integer?: boolean | undefined;
  } = {},
): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw popmError('INVALID_NUMBER', path, 'a finite number', value);
  if (bounds.integer === true && !Number.isInteger(value))
    throw popmError('OUT_OF_RANGE', path, 'an integer', value);
  if (bounds.min !== undefined && value < bounds.min)
    throw popmError('OUT_OF_RANGE', path, `a number >= ${bounds.min}`, value);
  if (bounds.max !== undefined && value > bounds.max)
    throw popmError('OUT_OF_RANGE', path, `a number <= ${bounds.max}`, value);
  if (bounds.minExclusive !== undefined && value <= bounds.minExclusive)
    throw popmError('OUT_OF_RANGE', path, `a number > ${bounds.minExclusive}`, value);
  if (bounds.maxExclusive !== undefined && value >= bounds.maxExclusive)
    throw popmError('OUT_OF_RANGE', path, `a number < ${bounds.maxExclusive}`, value);
  return value;
}

/** @internal Throws `INVALID_ARGUMENT` unless `value` is one of `allowed`. */
export function requireOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: PopmPath,
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw popmError(
      'INVALID_ARGUMENT',
      path,
      `one of ${allowed.map((a) => `'${a}'`).join(', ')}`,
      value,
    );
  return value as T;
}

/**
 * @internal Checks that every element has a non-empty string `id`, unique in
 * the array; returns a map from id to index.
 * @throws PopmError `INVALID_ARGUMENT` for a missing id, `DUPLICATE_ID` for a repeat
 */
export function indexById(items: readonly unknown[], path: PopmPath): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    const rec = requireObject(item, [...path, i]);
    const id = requireString(rec.id, [...path, i, 'id'], 'a non-empty string id');
    if (index.has(id))
      throw popmError('DUPLICATE_ID', [...path, i, 'id'], 'a unique id', id, {
        id,
        firstIndex: index.get(id),
      });
    index.set(id, i);
  });
  return index;
}

/**
 * @internal Finds a dependency loop in a graph given as `id -> ids it depends
 * on` (in stable input order). Returns the loop's ids (first id repeated at the
 * end is omitted) or `null`. Iterative DFS, safe for deep graphs.
 */
export function findCycle(
  ids: readonly string[],
  edgesOf: (id: string) => readonly string[],
): string[] | null {
  const state = new Map<string, 1 | 2>(); // 1 = on stack, 2 = done
  for (const root of ids) {
    if (state.has(root)) continue;
    const cycle = cycleFrom(root, edgesOf, state);
    if (cycle !== null) return cycle;
  }
  return null;
}

/** One iterative DFS from `root`; the loop it closes, or null. */
function cycleFrom(
  root: string,
  edgesOf: (id: string) => readonly string[],
  state: Map<string, 1 | 2>,
): string[] | null {
  const stack: { id: string; edges: readonly string[]; next: number }[] = [
    { id: root, edges: edgesOf(root), next: 0 },
  ];
  state.set(root, 1);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { id: string; edges: readonly string[]; next: number };
    if (top.next >= top.edges.length) {
      state.set(top.id, 2);
      stack.pop();
      continue;
    }
    const to = top.edges[top.next++] as string;
    const s = state.get(to);
    if (s === 1) return stack.slice(stack.findIndex((f) => f.id === to)).map((f) => f.id);
    if (s === undefined) {
      state.set(to, 1);
      stack.push({ id: to, edges: edgesOf(to), next: 0 });
    }
  }
  return null;
}
