import type { PopmError } from '../core/errors.js';

/**
 * The outcome of a `safeParse…` function: the value, or every issue in one
 * `SCHEMA` error. A `safeParse…` function never throws.
 *
 * @example
 * const r = safeParseSprint({ id: 's1', start: '2026-03-02', end: '2026-03-13', committed: 5, completed: 5 });
 * r.success ? r.data.id : r.error.code; //=> 's1'
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: PopmError };
