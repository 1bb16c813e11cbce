/**
 * @internal The one reader for untrusted objects: entities, options bags and
 * `meta`. It implements the 1.0 unknown-key rule (docs/architecture.md):
 *
 * - options are strict: any unknown key is `INVALID_ARGUMENT`;
 * - entities reject a key close to a known one (equal ignoring case, `-`
 *   and `_`; or within edit distance 2 when both keys have 4+ characters),
 *   unless it extends a known key by a word (`ownerId`, `titleText`), and
 *   ignore every other unknown key;
 * - the copy holds own enumerable data only, never takes a prototype from
 *   the input (a JSON `__proto__` key stays an ignored key), and turns a
 *   throwing getter or Proxy trap into `INVALID_ARGUMENT` at the object.
 */
import { type PopmPath, popmError } from '../errors.js';
import { UNKNOWN_KEY_RULE } from './errorText.js';

function normalise(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}

/** Optimal-string-alignment distance, stopping early once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

const WORD_START = /^[A-Z0-9_-]/;

/** True when `key` is `known` plus a word (`ownerId`, `titleText`, `owner_name`): an app's own field. */
function extendsByWord(key: string, known: string): boolean {
  return (
    key.length > known.length && key.startsWith(known) && WORD_START.test(key.slice(known.length))
  );
}

/**
 * @internal The known key that `key` looks like a misspelling of, or
 * `undefined`. With `strictWords`, a key that extends a known key by a word
 * is an app's own field and gets no suggestion.
 */
export function closestKey(
  key: string,
  known: readonly string[],
  strictWords = true,
): string | undefined {
  // The same app field (`estimate` on 6,000 work items) is looked up once per key list.
  const cache = answersFor(known, strictWords);
  if (cache.has(key)) return cache.get(key);
  const answer = closestKeyUncached(key, known, strictWords);
  if (cache.size < MAX_CACHED_KEYS) cache.set(key, answer);
  return answer;
}

/** Most keys remembered per key list (hostile input cannot grow it without bound). */
const MAX_CACHED_KEYS = 512;

const ANSWERS = [
  new WeakMap<readonly string[], Map<string, string | undefined>>(),
  new WeakMap<readonly string[], Map<string, string | undefined>>(),
];

/** The remembered answers for one key list (by identity: the lists are module constants). */
function answersFor(
  known: readonly string[],
  strictWords: boolean,
): Map<string, string | undefined> {
  const byList = ANSWERS[strictWords ? 1 : 0] as WeakMap<
    readonly string[],
    Map<string, string | undefined>
  >;
  let m = byList.get(known);
  if (m === undefined) {
    m = new Map();
    byList.set(known, m);
  }
  return m;
}

function closestKeyUncached(
  key: string,
  known: readonly string[],
  strictWords: boolean,
): string | undefined {
  const norm = normalise(key);
  for (const k of known) if (normalise(k) === norm) return k;
  if (strictWords && known.some((k) => extendsByWord(key, k))) return undefined;
  if (key.length < 4) return undefined;
  return nearestByDistance(key, known);
}

/**
 * The known key of 4+ characters within edit distance 2 of `key`, the
 * nearest; on a tie, the one sharing the longer start (`vale` is 'value',
 * not 'date'), then the first listed.
 */
function nearestByDistance(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  let bestPrefix = -1;
  for (const k of known) {
    if (k.length < 4) continue;
    const d = editDistance(key, k, 2);
    const p = commonPrefix(key, k);
    if (d < bestDistance || (d === bestDistance && d <= 2 && p > bestPrefix)) {
      best = k;
      bestDistance = d;
      bestPrefix = p;
    }
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function unknownKey(
  path: PopmPath,
  key: string,
  known: readonly string[],
  suggestion: string | undefined,
) {
  return popmError('INVALID_ARGUMENT', [...path, key], UNKNOWN_KEY_RULE, key, {
    key,
    suggestion,
    known: [...known],
  });
}

/** @internal Own enumerable string keys, or `INVALID_ARGUMENT` when the object cannot be read. */
export function ownKeys(value: object, path: PopmPath): string[] {
  try {
    return Object.keys(value);
  } catch {
    throw popmError('INVALID_ARGUMENT', path, 'a readable plain object', value);
  }
}

/** @internal Reads one property, turning a throwing getter into `INVALID_ARGUMENT`. */
export function readProperty(value: object, key: string, path: PopmPath): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    throw popmError('INVALID_ARGUMENT', [...path, key], 'a readable value', undefined);
  }
}

function isObjectLike(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * @internal Reads an entity (a backlog item, a task, a risk…): a non-array
 * object, whose keys close to a known one are rejected with a suggestion and
 * whose other unknown keys are ignored. Returns a fresh object holding only
 * the known keys the input has (own, enumerable), so nothing of the input's
 * prototype or extra fields leaks into a result.
 */
export function readEntity<K extends string>(
  value: unknown,
  path: PopmPath,
  known: readonly K[],
  what = 'an object',
): { readonly [P in K]?: unknown } {
  if (!isObjectLike(value)) throw popmError('INVALID_ARGUMENT', path, what, value);
  const out: Record<string, unknown> = {};
  const knownSet = new Set<string>(known);
  for (const key of ownKeys(value, path)) {
    if (knownSet.has(key)) {
      out[key] = readProperty(value, key, path);
      continue;
    }
    const suggestion = closestKey(key, known);
    if (suggestion !== undefined) throw unknownKey(path, key, known, suggestion);
  }
  return out as { readonly [P in K]?: unknown };
}

const EMPTY: Readonly<Record<string, never>> = Object.freeze({});

/**
 * @internal Reads an options bag: `undefined` is `{}`; anything but a plain
 * object is `INVALID_ARGUMENT`; every unknown key is `INVALID_ARGUMENT` at
 * that key, naming the closest known key or listing them all.
 */
export function readOptions<K extends string>(
  value: unknown,
  path: PopmPath,
  known: readonly K[],
): { readonly [P in K]?: unknown } {
  if (value === undefined) return EMPTY as unknown as { readonly [P in K]?: unknown };
  if (!isObjectLike(value)) throw popmError('INVALID_ARGUMENT', path, 'an options object', value);
  const out: Record<string, unknown> = {};
  const knownSet = new Set<string>(known);
  for (const key of ownKeys(value, path)) {
    if (!knownSet.has(key)) throw unknownKey(path, key, known, closestKey(key, known, false));
    out[key] = readProperty(value, key, path);
  }
  return out as { readonly [P in K]?: unknown };
}

/**
 * @internal A deep, frozen copy of untrusted JSON-like data: own enumerable
 * data only, plain objects and arrays, strings, finite numbers, booleans and
 * `null`. A `__proto__` key is copied as an ordinary own property, never as
 * a prototype. A cycle is `INVALID_ARGUMENT` at the path where it closes;
 * a function, symbol, bigint, non-finite number or class instance is
 * `INVALID_ARGUMENT` at its path. Nesting deeper than 64 levels is
 * `LIMIT_EXCEEDED`.
 */
export function safeCopy(value: unknown, path: PopmPath): unknown {
  return copyAt(value, path, new Set<object>(), 0);
}

function copyAt(value: unknown, path: PopmPath, onPath: Set<object>, depth: number): unknown {
  if (value === null || typeof value !== 'object') return copyScalar(value, path);
  if (onPath.has(value)) throw popmError('INVALID_ARGUMENT', path, 'data without a cycle', value);
  if (depth >= 64)
    throw popmError('LIMIT_EXCEEDED', path, 'data nested at most 64 levels deep', value);
  onPath.add(value);
  try {
    return Array.isArray(value)
      ? copyArray(value, path, onPath, depth)
      : copyObject(value, path, onPath, depth);
  } catch (e) {
    if (e instanceof Error && e.name === 'PopmError') throw e;
    throw popmError('INVALID_ARGUMENT', path, 'a readable plain object', value);
  } finally {
    onPath.delete(value);
  }
}

/** A JSON scalar as is; a non-finite number or a non-JSON value refused. */
function copyScalar(value: unknown, path: PopmPath): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw popmError('INVALID_NUMBER', path, 'a finite number', value);
    return value;
  }
  throw popmError(
    'INVALID_ARGUMENT',
    path,
    'JSON data (string, number, boolean, null, array or object)',
    value,
  );
}

function copyArray(
  value: readonly unknown[],
  path: PopmPath,
  onPath: Set<object>,
  depth: number,
): readonly unknown[] {
  const len = readProperty(value, 'length', path) as number;
  const out: unknown[] = [];
  for (let i = 0; i < len; i++)
    out.push(copyAt(readProperty(value, String(i), path), [...path, i], onPath, depth + 1));
  return Object.freeze(out);
}

function copyObject(
  value: object,
  path: PopmPath,
  onPath: Set<object>,
  depth: number,
): Readonly<Record<string, unknown>> {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw popmError('INVALID_ARGUMENT', path, 'a plain object', value);
  const out: Record<string, unknown> = {};
  for (const key of ownKeys(value, path)) {
    const v = copyAt(readProperty(value, key, path), [...path, key], onPath, depth + 1);
    Object.defineProperty(out, key, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return Object.freeze(out);
}

/**
 * @internal Reads an entity's optional `meta`: `undefined`, or a JSON object
 * copied deep and frozen (see {@link safeCopy}).
 */
export function readMeta(
  value: unknown,
  path: PopmPath,
): Readonly<Record<string, unknown>> | undefined {
  if (value === undefined) return undefined;
  if (!isObjectLike(value)) throw popmError('INVALID_ARGUMENT', path, 'a JSON object', value);
  return safeCopy(value, path) as Readonly<Record<string, unknown>>;
}
