import { PopmError, type PopmPath } from '../errors.js';
import { Shown } from './errorText.js';

/**
 * @internal A copy of `error` whose path starts with `prefix` (and loses its first
 * `drop` elements first), so a helper that validated `['estimate']` can
 * report `['backlog', 'items', 3, 'estimate']`. The message is rebuilt from
 * the fields, never edited. Anything that is not a {@link PopmError} comes
 * back unchanged.
 *
 * @param error - anything caught
 * @param prefix - the path to put in front
 * @param drop - how many leading path elements to replace (default 0)
 * @returns the re-rooted error, or `error` itself
 * @example
 * const e = withPathPrefix(new PopmError('OUT_OF_RANGE', ['estimate'], 'a number >= 0', -2), ['backlog', 'items', 3]);
 * e.message; //=> 'backlog.items[3].estimate: expected a number >= 0, got -2'
 */
export function withPathPrefix<E>(error: E, prefix: PopmPath, drop = 0): E | PopmError {
  if (!(error instanceof PopmError)) return error;
  return new PopmError(
    error.code,
    [...prefix, ...error.path.slice(drop)],
    error.expected,
    new Shown(error.received),
    error.details,
  );
}
