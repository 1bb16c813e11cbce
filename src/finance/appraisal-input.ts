/**
 * @internal Input checks and output helpers shared by the cash-flow appraisal
 * functions (npv, irr, mirr, xnpv, xirr, annuities, payback…).
 */
import type { PopmPath } from '../core/errors.js';
import { popmError } from '../core/errors.js';
import { Decimal, toNumber } from '../core/numbers.js';

/** @internal Freezes a Decimal (and its digit array) and returns it. */
export function frozenDecimal(d: Decimal): Decimal {
  Object.freeze((d as unknown as { d: unknown }).d);
  return Object.freeze(d);
}

/**
 * @internal A frozen Decimal from a float64 result. decimal.js reads a
 * number through its shortest round-trip string, so `0.1` stays `0.1`.
 */
export function decimalFromFloat(x: number): Decimal {
  // -0 would print as "0" anyway; normalise so equality checks are simple.
  return frozenDecimal(new Decimal(x === 0 ? 0 : x));
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
  if (!Array.isArray(value))
    throw popmError('INVALID_ARGUMENT', path, 'an array of amounts', value);
  const n = value.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c: unknown = value[i];
    out[i] = typeof c === 'number' && Number.isFinite(c) ? c : toNumber(c, [...path, i]);
  }
  return out;
}

/** @internal Reads an optional options object (`undefined` is `{}`). */
export function readOptions(value: unknown, path: PopmPath): Record<string, unknown> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw popmError('INVALID_ARGUMENT', path, 'an options object', value);
  return value as Record<string, unknown>;
}

/** @internal Reads `when`: `'end'` (default) or `'begin'`, as 0 or 1. */
export function readWhen(value: unknown, path: PopmPath): 0 | 1 {
  if (value === undefined || value === 'end') return 0;
  if (value === 'begin') return 1;
  throw popmError('INVALID_ARGUMENT', path, "'end' or 'begin'", value);
}
