import { popmError } from '../core/errors.js';
import type { Decimal, Numeric } from '../core/numbers.js';
import { decimalFromFloat, readFlows, readRate } from './appraisal-input.js';

/**
 * Modified internal rate of return, Excel's definition: positive flows are
 * compounded to the last period at `reinvestRate`, negative flows discounted
 * to t = 0 at `financeRate`, each kept at its own period (flows may come in
 * any order, a negative flow need not be first), and
 * `MIRR = (FV(positives) / -PV(negatives))^(1 / (n - 1)) - 1` for `n` flows.
 *
 * @param cashFlows - one flow per period, at least one positive and one negative
 * @param financeRate - the rate paid on money borrowed for the outflows, `> -1`
 * @param reinvestRate - the rate earned on reinvested inflows, `> -1`
 * @returns the MIRR per period as a fraction
 * @throws PopmError `NO_SOLUTION` at `['cashFlows']` without both a positive
 *   and a negative flow; `OUT_OF_RANGE` at `['financeRate']` or
 *   `['reinvestRate']` for a rate ≤ -1; `INVALID_NUMBER` at
 *   `['cashFlows', i]`; `INVALID_ARGUMENT` for a non-array
 * @example
 * // Excel help, MIRR: -120,000 then 39,000, 30,000, 21,000, 37,000, 46,000
 * mirr([-120000, 39000, 30000, 21000, 37000, 46000], 0.1, 0.12).toFixed(4); //=> '0.1261'
 */
export function mirr(
  cashFlows: readonly Numeric[],
  financeRate: Numeric,
  reinvestRate: Numeric,
): Decimal {
  const c = readFlows(cashFlows, ['cashFlows']);
  const fr = readRate(financeRate, ['financeRate']);
  const rr = readRate(reinvestRate, ['reinvestRate']);
  const n = c.length;
  // Future value of the inflows at period n-1 (Horner forward in 1 + rr) and
  // present value of the outflows at t = 0 (Horner backward in 1/(1 + fr)).
  const grow = 1 + rr;
  const v = 1 / (1 + fr);
  let fvPos = 0;
  let hasPos = false;
  for (let i = 0; i < n; i++) {
    const x = c[i] as number;
    if (x > 0) hasPos = true;
    fvPos = fvPos * grow + Math.max(x, 0);
  }
  let pvNeg = 0;
  let hasNeg = false;
  for (let i = n - 1; i >= 0; i--) {
    const x = c[i] as number;
    if (x < 0) hasNeg = true;
    pvNeg = pvNeg * v + Math.min(x, 0);
  }
  if (!hasPos || !hasNeg)
    throw popmError(
      'NO_SOLUTION',
      ['cashFlows'],
      'at least one positive and one negative flow',
      hasPos ? 'no negative flow' : 'no positive flow',
    );
  // In logs, so a long series at a high rate cannot overflow the ratio.
  const m = Math.expm1((Math.log(fvPos) - Math.log(-pvNeg)) / (n - 1));
  if (!Number.isFinite(m))
    throw popmError(
      'OUT_OF_RANGE',
      ['cashFlows'],
      'flows whose future value fits a float64',
      'an overflow',
    );
  return decimalFromFloat(m);
}
