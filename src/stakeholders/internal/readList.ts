/**
 * @internal Reads an untrusted array once, into a fresh array: holes read as
 * `undefined`, a throwing getter or Proxy trap is `INVALID_ARGUMENT` at the
 * array, so no later step iterates the caller's object.
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import { readProperty } from '../../core/internal/readObject.js';

/** @internal A fresh copy of an array's elements; `INVALID_ARGUMENT` for anything else. */
export function readList(value: unknown, path: PopmPath, what = 'an array'): unknown[] {
  if (!Array.isArray(value)) throw popmError('INVALID_ARGUMENT', path, what, value);
  let length: number;
  try {
    length = value.length;
  } catch {
    throw popmError('INVALID_ARGUMENT', path, 'a readable array', undefined);
  }
  const out: unknown[] = new Array(length);
  for (let i = 0; i < length; i++) out[i] = readProperty(value, String(i), path);
  return out;
}
