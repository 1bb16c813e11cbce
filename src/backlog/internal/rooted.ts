/** @internal Runs a helper whose errors are rooted elsewhere and re-roots them. */
import type { PopmPath } from '../../core/errors.js';
import { withPathPrefix } from '../../core/internal/errorPaths.js';

/**
 * @internal Runs `fn`; a PopmError it throws gets `prefix` in place of its
 * first `drop` path elements (e.g. `wsjf`'s `['input', 'jobSize']` becomes
 * `['backlog', 'items', 3, 'wsjf', 'jobSize']`).
 */
export function rooted<T>(prefix: PopmPath, drop: number, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw withPathPrefix(e, prefix, drop);
  }
}
