/**
 * @internal Runs a domain function on a part of the Project document and
 * re-roots its error under the project path with core's `withPathPrefix`,
 * so a bad risk reports `project.risks[3].probability`, not
 * `risks[3].probability` of the register.
 */
import { isPopmError, type PopmPath, withPathPrefix } from '../../core/errors.js';

/**
 * @internal `fn()`, or its `PopmError` re-rooted: the first `drop` elements
 * of the error's path are replaced by `prefix`; when `indexOf` is given and
 * the next element is an index, it is mapped through `indexOf` (the
 * function saw a filtered list; the user wrote the full one). Parser errors
 * (`SCHEMA`) pass unchanged.
 */
export function rooted<T>(
  prefix: PopmPath,
  drop: number,
  fn: () => T,
  indexOf?: (i: number) => number,
): T {
  try {
    return fn();
  } catch (e) {
    if (!isPopmError(e) || e.code === 'SCHEMA') throw e;
    const next = e.path[drop];
    if (indexOf !== undefined && typeof next === 'number')
      throw withPathPrefix(e, [...prefix, indexOf(next)], drop + 1);
    throw withPathPrefix(e, prefix, drop);
  }
}
