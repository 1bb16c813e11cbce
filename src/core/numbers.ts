import type { Decimal as DecimalJs } from 'decimal.js';
import * as decimalModule from 'decimal.js';
import { type PopmPath, popmError } from './errors.js';
import { NUMERIC_STRING } from './internal/numericString.js';

export { toNumber } from './finite.js';

type DecimalConstructor = typeof DecimalJs;

// decimal.js ships an ESM build whose only export is the default (the class)
// and a CommonJS .d.ts, so TypeScript's view of the default import differs
// from the runtime's. The class is `default` in Node ESM and bundlers, and
// `default` (again carrying `.default`) through our CommonJS build.
function decimalBase(): DecimalConstructor {
  const ns = decimalModule as unknown as {
    default: DecimalConstructor & { default?: DecimalConstructor | undefined };
  };
  return ns.default.default ?? ns.default;
}

const DecimalBase = /* @__PURE__ */ decimalBase();

/**
 * popm's own Decimal constructor: a private clone of decimal.js with 34
 * significant digits (IEEE 754 decimal128) and banker's rounding
 * (`ROUND_HALF_EVEN`). The host app's global `Decimal` settings are never read
 * or changed, so `Decimal.set(...)` elsewhere cannot change a popm result.
 *
 * @example
 * new Decimal('0.1').plus('0.2').toString(); //=> '0.3'
 */
export const Decimal: typeof DecimalJs = /* @__PURE__ */ DecimalBase.clone({
  precision: 34,
  rounding: 6, // ROUND_HALF_EVEN
  toExpNeg: -7,
  toExpPos: 21,
  modulo: 1, // ROUND_DOWN: the remainder has the dividend's sign, as JavaScript's %
});

/** A decimal number as popm returns it (serialises to a string in JSON). */
export type Decimal = DecimalJs;

/**
 * Every money-like input: a finite `number`, a numeric string (`'1234.50'`,
 * `'-1e3'`), or a `Decimal` (popm's or any other decimal.js instance).
 */
export type Numeric = string | number | DecimalJs;

function isDecimalLike(value: unknown): value is DecimalJs {
  // decimal.js reads the prototype: a Proxy's trap may throw, which means "not a Decimal".
  try {
    return DecimalBase.isDecimal(value);
  } catch {
    return false;
  }
}

/** A Decimal frozen as deepFreeze would freeze it: its digit array, then itself. */
function freezeDecimal(d: DecimalJs): DecimalJs {
  if (d.d !== null && d.d !== undefined) Object.freeze(d.d);
  return Object.freeze(d);
}

function copyDecimal(value: DecimalJs, path: PopmPath): DecimalJs {
  let d: DecimalJs;
  try {
    d = new Decimal(value);
  } catch {
    throw popmError('INVALID_NUMBER', path, 'a finite number', value);
  }
  if (!d.isFinite()) throw popmError('INVALID_NUMBER', path, 'a finite number', value);
  return d;
}

/**
 * Converts a {@link Numeric} to popm's {@link Decimal}, exactly. The result is
 * frozen, as every popm result is.
 *
 * @param value - a finite number, a numeric string or a Decimal
 * @param path - where the value sits in the caller's input, for the error
 * @returns a new Decimal
 * @throws PopmError `INVALID_NUMBER` for `NaN`, `±Infinity`, non-numeric strings and other types
 * @example
 * toDecimal('19.99').plus(toDecimal(0.01)).toString(); //=> '20'
 * toDecimal('abc', ['price']); // throws PopmError INVALID_NUMBER at ['price']
 */
export function toDecimal(value: unknown, path: PopmPath = []): DecimalJs {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw popmError('INVALID_NUMBER', path, 'a finite number', value);
    return freezeDecimal(new Decimal(value));
  }
  if (typeof value === 'string') {
    if (!NUMERIC_STRING.test(value))
      throw popmError('INVALID_NUMBER', path, 'a finite number', value);
    const d = new Decimal(value.trim());
    if (!d.isFinite()) throw popmError('INVALID_NUMBER', path, 'a finite number', value);
    return freezeDecimal(d);
  }
  if (isDecimalLike(value)) return freezeDecimal(copyDecimal(value, path));
  throw popmError('INVALID_NUMBER', path, 'a finite number', value);
}

/**
 * Rounds money to `decimals` places with banker's rounding (half to even), the
 * rule accounting systems use to avoid a systematic upward drift.
 *
 * @param value - the amount
 * @param decimals - decimal places, an integer 0..20 (default 2, for cents)
 * @returns the rounded Decimal
 * @throws PopmError `INVALID_NUMBER` for a bad amount, `OUT_OF_RANGE` for bad `decimals`
 * @example
 * roundMoney('2.345').toString(); //=> '2.34'
 * roundMoney('2.355').toString(); //=> '2.36'
 * roundMoney(1234.5, 0).toString(); //=> '1234'
 */
export function roundMoney(value: Numeric, decimals = 2): DecimalJs {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20)
    throw popmError('OUT_OF_RANGE', ['decimals'], 'an integer from 0 to 20', decimals);
  return freezeDecimal(toDecimal(value, ['value']).toDecimalPlaces(decimals, 6));
}

/**
 * True when `value` is a decimal.js instance (popm's clone or any other).
 *
 * @param value - anything
 * @returns whether it is a Decimal
 * @example
 * isDecimal(new Decimal(1)); //=> true
 * isDecimal(1); //=> false
 */
export function isDecimal(value: unknown): value is DecimalJs {
  return isDecimalLike(value);
}
