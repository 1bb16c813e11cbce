/** @internal A number read from untrusted input, never letting a Proxy's or getter's own error out. */
import { isPopmError, type PopmPath, popmError } from '../../core/errors.js';
import { toNumber } from '../../core/finite.js';

/**
 * @internal {@link toNumber}, except that an object whose properties cannot
 * be read (a Proxy that throws, a throwing getter) is `INVALID_NUMBER` at
 * `path` rather than the object's own error.
 */
export function readNumber(value: unknown, path: PopmPath): number {
  try {
    return toNumber(value, path);
  } catch (e) {
    if (isPopmError(e)) throw e;
    throw popmError('INVALID_NUMBER', path, 'a finite number', value);
  }
}
