/**
 * @internal Input checks and output helpers shared by the cash-flow appraisal
 * functions (npv, irr, mirr, xnpv, xirr, annuities, payback…).
 */
import type { PopmPath } from '../../core/errors.js';
import { popmError } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { requireArray, requireOneOf } from '../../core/internal/validate.js';
import { Decimal, toNumber } from '../../core/numbers.js';

/** @internal Freezes a Decimal (and its digit array) with core's `deepFreeze` and returns it. */
export function frozenDecimal(d: Decimal): Decimal {
  return deepFreeze(d);
}

/**
 * @internal A frozen Decimal from a float64 result, read through the
 * number's shortest round-trip string (as `new Decimal(x)` does), so `0.1`
 * stays `0.1`. `-0` becomes `0`. Built through decimal.js's public
 * constructor only: the float work stays in float64 and the Decimal is made
 * once, at the end.
 */
export function decimalFromFloat(x: number): Decimal {
  const d = new Decimal(x === 0 ? 0 : x);
  // What core's deepFreeze does to a Decimal (the instance and its digit
  // array), without its generic walk: this runs once per appraisal result
  // and the walk costs as much as the constructor.
  const digits: unknown = (d as unknown as { readonly d?: unknown }).d;
  if (Array.isArray(digits)) Object.freeze(digits);
  return Object.freeze(d);
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

const WHEN = ['end', 'begin'] as const;

/** @internal Reads `when`: `'end'` (default) or `'begin'`, as 0 or 1. */
export function readWhen(value: unknown, path: PopmPath): 0 | 1 {
  if (value === undefined) return 0;
  return requireOneOf(value, WHEN, path) === 'begin' ? 1 : 0;
}
