/**
 * @internal Input checks and output helpers shared by the cash-flow appraisal
 * functions (npv, irr, mirr, xnpv, xirr, annuities, payback…).
 */
import type { PopmPath } from '../../core/errors.js';
import { popmError } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { Decimal, toNumber } from '../../core/numbers.js';
import { requireArray, requireObject, requireOneOf } from '../../core/validate.js';

/** @internal Freezes a Decimal (and its digit array) with core's `deepFreeze` and returns it. */
export function frozenDecimal(d: Decimal): Decimal {
  return deepFreeze(d);
}

interface DecimalFields {
  constructor: unknown;
  s: number;
  e: number;
  d: number[];
}

// A constructor that fills decimal.js's own fields directly (sign `s`,
// base-10 exponent `e`, base-1e7 words `d`), exactly as decimal.js's
// `parseDecimal` lays them out, and shares its prototype. `new Decimal(x)`
// costs about 1 µs; this about a tenth, which matters when the float work it
// wraps (an IRR, an NPV over 1,000 flows) takes a microsecond or two. A test
// checks it against `new Decimal(x)` field by field.
const RawDecimal = function (this: DecimalFields, s: number, e: number, d: number[]) {
  this.constructor = Decimal;
  this.s = s;
  this.e = e;
  this.d = d;
} as unknown as { new (s: number, e: number, d: number[]): Decimal; prototype: unknown };
RawDecimal.prototype = Decimal.prototype;

const LOG_BASE = 7;

/**
 * @internal A frozen Decimal for a finite non-zero `x`, its fields laid out
 * as decimal.js's `parseDecimal` does. Use {@link decimalFromFloat}, which
 * only takes this path once the layout is confirmed.
 */
export function rawFromFloat(x: number): Decimal {
  let sign = 1;
  let v = x;
  if (v < 0) {
    sign = -1;
    v = -v;
  }
  let str = String(v);
  let e = str.indexOf('.');
  if (e > -1) str = str.slice(0, e) + str.slice(e + 1);
  let i = str.indexOf('e');
  if (i > 0) {
    if (e < 0) e = i;
    e += Number(str.slice(i + 1));
    str = str.slice(0, i);
  } else if (e < 0) e = str.length;
  for (i = 0; str.charCodeAt(i) === 48; i++);
  let len = str.length;
  while (str.charCodeAt(len - 1) === 48) len--;
  str = str.slice(i, len);
  len -= i;
  e = e - i - 1;
  const words: number[] = [];
  i = (e + 1) % LOG_BASE;
  if (e < 0) i += LOG_BASE;
  if (i < len) {
    if (i > 0) words.push(Number(str.slice(0, i)));
    for (len -= LOG_BASE; i < len; ) {
      words.push(Number(str.slice(i, i + LOG_BASE)));
      i += LOG_BASE;
    }
    str = str.slice(i);
    i = LOG_BASE - str.length;
  } else {
    i -= len;
  }
  while (i-- > 0) str += '0';
  words.push(Number(str));
  Object.freeze(words);
  return Object.freeze(new RawDecimal(sign, e, words));
}

let rawChecked: boolean | undefined;

/**
 * @internal True when {@link decimalFromFloat}'s direct field layout equals
 * `new Decimal(x)` (same `s`, `e`, `d` words and string) on values that
 * exercise every branch: fractions, word boundaries, integers past 2^53,
 * the extreme exponents and subnormals. Checked once, on first use, so a
 * different decimal.js installed beside popm can never yield a corrupt
 * Decimal: decimalFromFloat then falls back to `new Decimal(x)`.
 */
export function rawLayoutMatches(): boolean {
  if (rawChecked !== undefined) return rawChecked;
  rawChecked = false;
  for (const x of [
    0.1,
    -123.456,
    1,
    9999999,
    10000000,
    12345678.9,
    1234567.5,
    0.000123456789,
    2 ** 60,
    1e21,
    1.5e300,
    1e-7,
    1.2345e-7,
    5e-324,
    Number.MAX_VALUE,
    -2.2250738585072014e-308,
  ]) {
    const a = rawFromFloat(x) as unknown as DecimalFields;
    const b = new Decimal(x) as unknown as DecimalFields;
    if (a.s !== b.s || a.e !== b.e || a.constructor !== b.constructor) return false;
    if (!Array.isArray(b.d) || a.d.length !== b.d.length) return false;
    for (let i = 0; i < a.d.length; i++) if (a.d[i] !== b.d[i]) return false;
    if (String(a) !== String(b) || !(a as unknown as Decimal).eq(b as unknown as Decimal))
      return false;
  }
  rawChecked = true;
  return true;
}

/**
 * @internal A frozen Decimal from a float64 result, read through the
 * number's shortest round-trip string (as `new Decimal(x)`), so `0.1` stays
 * `0.1`. `-0` becomes `0`. Fills decimal.js's fields directly (a tenth of
 * the cost of `new Decimal(x)`) once {@link rawLayoutMatches} has confirmed
 * the installed decimal.js lays them out the same way, else uses the
 * constructor.
 */
export function decimalFromFloat(x: number): Decimal {
  if (x === 0 || !Number.isFinite(x)) return frozenDecimal(new Decimal(x === 0 ? 0 : x));
  if (rawChecked !== true && !rawLayoutMatches()) return frozenDecimal(new Decimal(x));
  return rawFromFloat(x);
}

/** @internal A rate as a float64 `> -1`; `OUT_OF_RANGE` at `path` otherwise. */
export function readRate(value: unknown, path: PopmPath): number {
  const r = typeof value === 'number' && Number.isFinite(value) ? value : toNumber(value, path);
  if (!(r > -1)) throw popmError('OUT_OF_RANGE', path, 'a rate > -1 (above -100%)', value);
  return r;
}

/**
 * @internal Reads an array of {@link Numeric} cash flows into a Float64Array,
 * throwing `INVALID_ARGUMENT` for a non-array and `INVALID_NUMBER` at
 * `[...path, i]` for a bad element.
 */
export function readFlows(value: unknown, path: PopmPath): Float64Array {
  const flows = requireArray(value, path, 'an array of amounts');
  const n = flows.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c: unknown = flows[i];
    out[i] = typeof c === 'number' && Number.isFinite(c) ? c : toNumber(c, [...path, i]);
  }
  return out;
}

/** @internal Reads an optional options object (`undefined` is `{}`). */
export function readOptions(value: unknown, path: PopmPath): Record<string, unknown> {
  return value === undefined ? {} : requireObject(value, path, 'an options object');
}

const WHEN = ['end', 'begin'] as const;

/** @internal Reads `when`: `'end'` (default) or `'begin'`, as 0 or 1. */
export function readWhen(value: unknown, path: PopmPath): 0 | 1 {
  if (value === undefined) return 0;
  return requireOneOf(value, WHEN, path) === 'begin' ? 1 : 0;
}
