import { popmError } from '../core/errors.js';
import type { Decimal, Numeric } from '../core/numbers.js';
import { decimalFromFloat, frozenDecimal, readFlows, readRate } from './internal/appraisalInput.js';
import { hornerNpv, presentValueOf } from './npv.js';

/**
 * Profitability index (benefit–cost ratio): the present value of flows 1..n
 * at `rate` divided by the investment, `−flow 0`. Above 1 the project earns
 * more than the rate; it ranks projects when capital is rationed.
 *
 * @param rate - the discount rate per period, `> -1`
 * @param cashFlows - the investment at t = 0 (negative), then one flow per period
 * @returns the index (`1.2` returns 1.20 in present value per 1 invested)
 * @throws PopmError `DIVISION_BY_ZERO` at `['cashFlows', 0]` when flow 0 is
 *   zero; `EMPTY_INPUT` for no flows; `OUT_OF_RANGE` at `['rate']` for a
 *   rate ≤ -1; `INVALID_NUMBER`; `INVALID_ARGUMENT` for a non-array
 * @example
 * // -10,000 then 3,000, 4,200, 6,800 at 10%: present value 11,307.29
 * profitabilityIndex(0.1, [-10000, 3000, 4200, 6800]).toFixed(4); //=> '1.1307'
 */
export function profitabilityIndex(rate: Numeric, cashFlows: readonly Numeric[]): Decimal {
  const r = readRate(rate, ['rate']);
  const c = readFlows(cashFlows, ['cashFlows']);
  if (c.length === 0) throw popmError('EMPTY_INPUT', ['cashFlows'], 'at least one flow', cashFlows);
  const invest = c[0] as number;
  if (invest === 0)
    throw popmError('DIVISION_BY_ZERO', ['cashFlows', 0], 'a non-zero investment at t = 0', invest);
  const x = hornerNpv(c, 1, c.length, 1 / (1 + r)) / (1 + r) / -invest;
  if (Number.isFinite(x)) return decimalFromFloat(x);
  // Σ_{i>=1} c_i v^i overflowed float64: the Decimal fallback of npv.
  return frozenDecimal(presentValueOf(c, 1, c.length, r, 1).div(-invest).toSignificantDigits(17));
}
