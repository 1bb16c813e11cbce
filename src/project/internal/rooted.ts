/**
 * @internal Runs a domain function on a part of the Project document and
 * re-roots its error under the project path with core's `withPathPrefix`,
 * so a bad risk reports `project.risks[3].probability`, not
 * `risks[3].probability` of the register.
 */
import { isPopmError, type PopmPath } from '../../core/errors.js';
import { withPathPrefix } from '../../core/internal/errorPaths.js';

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

/**
 * @internal `fn()` for a domain function that takes `{ tasks, resources,
 * risks }` as `plan`: its errors at `plan.tasks[i]…` re-rooted to
 * `project.plan[i]…`, and `plan.resources`/`plan.risks` to
 * `project.resources`/`project.risks`.
 */
export function underProject<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (!isPopmError(e) || e.code === 'SCHEMA' || e.path[0] !== 'plan') throw e;
    const key = e.path[1];
    throw withPathPrefix(e, key === 'tasks' ? ['project', 'plan'] : ['project', String(key)], 2);
  }
}
