import { popmError } from '../core/errors.js';
import { readOptions } from '../core/internal/readObject.js';
import { requireArray } from '../core/internal/validate.js';
import type { Decimal, Numeric } from '../core/numbers.js';
import { decimalFromFloat, readFlows, readRate } from './internal/appraisalInput.js';
import { hornerNpv, presentValueOf } from './internal/horner.js';

/** Options of {@link npv}. */
export interface NpvOptions {
  /**
   * When the first flow happens: `0` (default) at t = 0, undiscounted, as
   * numpy-financial and textbooks; `1` at the end of the first period, as
   * Excel's `NPV` (which is `npv(rate, flows) / (1 + rate)`).
   */
  readonly firstFlowAt?: 0 | 1 | undefined;
}

const NPV_OPTIONS = ['firstFlowAt'] as const;

/**
 * Net present value of periodic cash flows: `Σ flow_i / (1 + rate)^i`, with
 * the first flow at t = 0 (undiscounted) by default, or at t = 1 as Excel's
 * `NPV` with `{ firstFlowAt: 1 }`. Computed in float64 by Horner's rule;
 * when the flows cancel (an NPV near zero, as near the IRR) it is redone by
 * compensated Horner, as accurate as working in twice the precision, so a
 * small NPV keeps its digits. Returned once as a Decimal.
 *
 * @param rate - the discount rate per period, a fraction `> -1`
 * @param cashFlows - one flow per period, money paid out negative
 * @param options - `firstFlowAt`: `0` (default) or `1` (Excel)
 * @returns the NPV; `0` for no flows
 * @throws PopmError `OUT_OF_RANGE` at `['rate']` for a rate ≤ -1;
 *   `INVALID_NUMBER` at `['rate']` or `['cashFlows', i]`; `INVALID_ARGUMENT`
 *   for a non-array, a `firstFlowAt` other than 0 or 1, or an unknown option
 *   key (`{ firstFlowat: 1 }`: did you mean 'firstFlowAt'?)
 * @example
 * // Excel help, NPV example 1: 10% on -10,000 (end of year 1), 3,000, 4,200, 6,800
 * npv(0.1, [-10000, 3000, 4200, 6800], { firstFlowAt: 1 }).toFixed(2); //=> '1188.44'
 * // The same flows with the investment today (t = 0)
 * npv(0.1, [-10000, 3000, 4200, 6800]).toFixed(2); //=> '1307.29'
 * npv(0.1, []).toString(); //=> '0'
 */
export function npv(rate: Numeric, cashFlows: readonly Numeric[], options?: NpvOptions): Decimal {
  const r = readRate(rate, ['rate']);
  const at = readOptions(options, ['options'], NPV_OPTIONS).firstFlowAt;
  if (at !== undefined && at !== 0 && at !== 1)
    throw popmError('INVALID_ARGUMENT', ['options', 'firstFlowAt'], '0 or 1', at);
  const shift: 0 | 1 = at === 1 ? 1 : 0;
  if (!Array.isArray(cashFlows))
    throw popmError('INVALID_ARGUMENT', ['cashFlows'], 'an array of amounts', cashFlows);
  const v = 1 / (1 + r);
  // Fast path, on the caller's array itself (a copy would cost more than the
  // sum): plain finite numbers, each read once. Anything else (strings,
  // Decimals, NaN, an overflow, a hole, a Proxy or getter that throws) shows
  // as a non-finite result and takes the checked path over a safe snapshot.
  let x = fastNpv(cashFlows, v);
  if (!Number.isFinite(x)) {
    const flows = requireArray<Numeric>(cashFlows, ['cashFlows'], 'an array of amounts');
    return presentValueOf(readFlows(flows, ['cashFlows']), 0, flows.length, r, shift);
  }
  if (shift === 1) x /= 1 + r;
  return decimalFromFloat(x);
}

/** Horner over the caller's array, `NaN` when anything about it is not plain numbers. */
function fastNpv(cashFlows: readonly unknown[], v: number): number {
  try {
    return hornerNpv(cashFlows, 0, cashFlows.length, v);
  } catch {
    return Number.NaN;
  }
}
