/**
 * @internal The number conversions that need no decimal.js, kept apart from
 * `numbers.ts` so that a plain-number function (`wsjf`, `percentile`) does not
 * pull decimal.js into a bundle.
 */
import { type PopmPath, popmError } from './errors.js';
import { NUMERIC_STRING } from './internal/numericString.js';

interface DecimalLike {
  toNumber(): number;
}

// decimal.js's own isDecimal test (`instanceof` or the '[object Decimal]' tag
// on the prototype), done structurally so this file need not import decimal.js.
// A Proxy's traps or a getter may throw: that is "not a Decimal", never an escape.
function isDecimalShaped(value: unknown): value is DecimalLike {
  try {
    return (
      value !== null &&
      typeof value === 'object' &&
      (value as { toStringTag?: unknown }).toStringTag === '[object Decimal]' &&
      typeof (value as { toNumber?: unknown }).toNumber === 'function'
    );
  } catch {
    return false;
  }
}

function decimalToNumber(value: DecimalLike): number {
  try {
    const n = value.toNumber();
    return typeof n === 'number' ? n : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * Converts a {@link Numeric} to a finite float64 `number`.
 *
 * @param value - a finite number, a numeric string or a Decimal
 * @param path - where the value sits in the caller's input, for the error
 * @returns the number
 * @throws PopmError `INVALID_NUMBER` for `NaN`, `±Infinity`, non-numeric strings, other types,
 *   and strings or Decimals too large for a float64
 * @example
 * toNumber('2.5'); //=> 2.5
 * toNumber(Number.NaN, ['estimate']); // throws PopmError INVALID_NUMBER at ['estimate']
 */
export function toNumber(value: unknown, path: PopmPath = []): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw popmError('INVALID_NUMBER', path, 'a finite number', value);
    return value;
  }
  let n: number;
  if (typeof value === 'string') {
    if (!NUMERIC_STRING.test(value))
      throw popmError('INVALID_NUMBER', path, 'a finite number', value);
    n = Number(value.trim());
  } else if (isDecimalShaped(value)) {
    n = decimalToNumber(value);
  } else {
    throw popmError('INVALID_NUMBER', path, 'a finite number', value);
  }
  if (!Number.isFinite(n)) throw popmError('INVALID_NUMBER', path, 'a finite number', value);
  return n;
}
