import type { Decimal, Numeric } from '../core/numbers.js';
import { decimalFromFloat, frozenDecimal, readFlows, readRate } from './internal/appraisalInput.js';
import { hornerNpv, presentValueOf } from './internal/horner.js';

/**
 * Profitability index (benefit–cost ratio): the present value of the flows
 * after the investment divided by the investment. Above 1 the project earns
 * more than the rate; it ranks projects when capital is rationed.
 *
 * **The investment** is the first non-zero flow, when it is an outlay
 * (negative): usually flow 0; for `[0, -100, 60, 60]` the −100 of period 1,
 * and the later flows are discounted to that period (periods with nothing in
 * them before it change nothing). Later negative flows are part of what the
 * investment returns, as in the textbook formula. Null rule: flows without
 * an investment (none, all zero, or a first non-zero flow that is an inflow,
 * as `[1000, -500, -600]`) have no index, so the answer is `null`.
 *
 * @param rate - the discount rate per period, `> -1`
 * @param cashFlows - the investment (negative), then one flow per period
 * @returns the index (`1.2` returns 1.20 in present value per 1 invested);
 *   `null` without an investment
 * @throws PopmError `OUT_OF_RANGE` at `['rate']` for a rate ≤ -1;
 *   `INVALID_NUMBER` at `['cashFlows', i]`; `INVALID_ARGUMENT` for a non-array
 * @example
 * // -10,000 then 3,000, 4,200, 6,800 at 10%: present value 11,307.29
 * profitabilityIndex(0.1, [-10000, 3000, 4200, 6800])?.toFixed(4); //=> '1.1307'
 * // An inflow first: no investment, no index
 * profitabilityIndex(0.1, [1000, -500, -600]); //=> null
 */
export function profitabilityIndex(rate: Numeric, cashFlows: readonly Numeric[]): Decimal | null {
  const r = readRate(rate, ['rate']);
  const c = readFlows(cashFlows, ['cashFlows']);
  let lead = 0;
  while (lead < c.length && c[lead] === 0) lead++;
  if (lead === c.length || (c[lead] as number) > 0) return null;
  const invest = c[lead] as number;
  const x = hornerNpv(c, lead + 1, c.length, 1 / (1 + r)) / (1 + r) / -invest;
  if (Number.isFinite(x)) return decimalFromFloat(x);
  // Σ c_i v^i after the investment overflowed float64: the Decimal fallback of npv.
  return frozenDecimal(
    presentValueOf(c, lead + 1, c.length, r, 1)
      .div(-invest)
      .toSignificantDigits(17),
  );
}
