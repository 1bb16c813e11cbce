import { popmError } from '../core/errors.js';
import type { Decimal, Numeric } from '../core/numbers.js';
import { decimalFromFloat, readFlows, readRate } from './internal/appraisalInput.js';

/**
 * Modified internal rate of return, Excel's definition: positive flows are
 * compounded to the last period at `reinvestRate`, negative flows discounted
 * to t = 0 at `financeRate`, each kept at its own period (flows may come in
 * any order, a negative flow need not be first), and
 * `MIRR = (FV(positives) / -PV(negatives))^(1 / (n - 1)) - 1` for `n` flows,
 * computed in logs so a long series at a high rate cannot overflow.
 *
 * @param cashFlows - one flow per period, at least one positive and one negative
 * @param financeRate - the rate paid on money borrowed for the outflows, `> -1`
 * @param reinvestRate - the rate earned on reinvested inflows, `> -1`
 * Null rule: flows without both a positive and a negative flow have no MIRR
 * (nothing to reinvest, or nothing financed), so the answer is `null`.
 *
 * @returns the MIRR per period as a fraction; `null` without both a
 *   positive and a negative flow
 * @throws PopmError `OUT_OF_RANGE` at `['financeRate']` or
 *   `['reinvestRate']` for a rate ≤ -1, at `['cashFlows']` when the MIRR
 *   itself is beyond float64; `INVALID_NUMBER` at
 *   `['cashFlows', i]`; `INVALID_ARGUMENT` for a non-array
 * @example
 * // Excel help, MIRR: -120,000 then 39,000, 30,000, 21,000, 37,000, 46,000
 * mirr([-120000, 39000, 30000, 21000, 37000, 46000], 0.1, 0.12)?.toFixed(4); //=> '0.1261'
 * mirr([100, 200], 0.1, 0.1); //=> null
 */
export function mirr(
  cashFlows: readonly Numeric[],
  financeRate: Numeric,
  reinvestRate: Numeric,
): Decimal | null {
  const c = readFlows(cashFlows, ['cashFlows']);
  const fr = readRate(financeRate, ['financeRate']);
  const rr = readRate(reinvestRate, ['reinvestRate']);
  const n = c.length;
  // In logs (log-sum-exp), so neither the future value of the inflows nor the
  // present value of the outflows can overflow or underflow over a long series
  // at a high rate: ln FV = ln Σ c_i·(1 + rr)^(n-1-i) over c_i > 0 and
  // ln PV = ln Σ -c_i·(1 + fr)^(-i) over c_i < 0.
  const lg = Math.log1p(rr);
  const lv = -Math.log1p(fr);
  let maxPos = Number.NEGATIVE_INFINITY;
  let maxNeg = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const x = c[i] as number;
    if (x > 0) maxPos = Math.max(maxPos, Math.log(x) + (n - 1 - i) * lg);
    else if (x < 0) maxNeg = Math.max(maxNeg, Math.log(-x) + i * lv);
  }
  if (maxPos === Number.NEGATIVE_INFINITY || maxNeg === Number.NEGATIVE_INFINITY) return null;
  let sumPos = 0;
  let sumNeg = 0;
  for (let i = 0; i < n; i++) {
    const x = c[i] as number;
    if (x > 0) sumPos += Math.exp(Math.log(x) + (n - 1 - i) * lg - maxPos);
    else if (x < 0) sumNeg += Math.exp(Math.log(-x) + i * lv - maxNeg);
  }
  const lnFv = maxPos + Math.log(sumPos);
  const lnPv = maxNeg + Math.log(sumNeg);
  const m = Math.expm1((lnFv - lnPv) / (n - 1));
  if (!Number.isFinite(m))
    throw popmError(
      'OUT_OF_RANGE',
      ['cashFlows'],
      'flows and rates whose MIRR fits a float64',
      'an overflow',
    );
  return decimalFromFloat(m);
}
