import { popmError } from '../core/errors.js';
import { Decimal, type Numeric, toDecimal } from '../core/numbers.js';
import { requireArray } from '../core/validate.js';
import { readFlows, readRate } from './appraisal-input.js';

function requireFlows(cashFlows: unknown): readonly unknown[] {
  const flows = requireArray(cashFlows, ['cashFlows'], 'an array of amounts');
  if (flows.length === 0)
    throw popmError('EMPTY_INPUT', ['cashFlows'], 'at least one flow', cashFlows);
  return flows;
}

/**
 * Payback period: how many periods until the cumulative cash flow first
 * reaches zero or more, interpolating linearly inside that period (the flow
 * of a period is taken as earned evenly across it). Flow `i` is at the end
 * of period `i`, the first at t = 0. Summed exactly in Decimal; the result
 * is a number of periods, so a plain `number`.
 *
 * @param cashFlows - one flow per period, usually an investment then returns
 * @returns the fractional number of periods; `0` when the first flow is
 *   already `>= 0`; `null` when the cumulative sum never reaches zero
 * @throws PopmError `EMPTY_INPUT` for no flows; `INVALID_NUMBER` at
 *   `['cashFlows', i]`; `INVALID_ARGUMENT` for a non-array
 * @example
 * // -1,000 then 300 a year: 900 back after 3 years, the last 100 in a third of year 4
 * paybackPeriod([-1000, 300, 300, 300, 300]); //=> 3.3333333333333335
 * paybackPeriod([-1000, 100, 100]); //=> null
 */
export function paybackPeriod(cashFlows: readonly Numeric[]): number | null {
  const flows = requireFlows(cashFlows);
  let cum = toDecimal(flows[0], ['cashFlows', 0]);
  let found: Decimal | null = cum.isNegative() ? null : new Decimal(0);
  for (let k = 1; k < flows.length; k++) {
    const c = toDecimal(flows[k], ['cashFlows', k]);
    if (found !== null) continue; // keep validating the rest
    const next = cum.plus(c);
    if (!next.isNegative())
      found = cum
        .neg()
        .div(c)
        .plus(k - 1);
    cum = next;
  }
  return found === null ? null : found.toNumber();
}

/**
 * Discounted payback period: as {@link paybackPeriod} but on the flows'
 * present values at `rate` (flow `i` divided by `(1 + rate)^i`), so money
 * later counts less. Float64 with compensated summation.
 *
 * @param rate - the discount rate per period, `> -1`
 * @param cashFlows - one flow per period, the first at t = 0
 * @returns the fractional number of periods; `0` when the first flow is
 *   already `>= 0`; `null` when the discounted cumulative sum never reaches zero
 * @throws PopmError `OUT_OF_RANGE` at `['rate']` for a rate ≤ -1;
 *   `EMPTY_INPUT` for no flows; `INVALID_NUMBER`; `INVALID_ARGUMENT` for a non-array
 * @example
 * // At 10%: -1,000 then 500, 500, 500 (present values 454.55, 413.22, 375.66)
 * discountedPaybackPeriod(0.1, [-1000, 500, 500, 500]); //=> 2.3520000000000003
 * discountedPaybackPeriod(0.1, [-1000, 300, 300, 300]); //=> null
 */
export function discountedPaybackPeriod(
  rate: Numeric,
  cashFlows: readonly Numeric[],
): number | null {
  const r = readRate(rate, ['rate']);
  const c = readFlows(requireFlows(cashFlows), ['cashFlows']);
  const v = 1 / (1 + r);
  let cum = c[0] as number;
  if (cum >= 0) return 0;
  let comp = 0; // Neumaier compensation of the running sum
  let df = 1;
  for (let k = 1; k < c.length; k++) {
    df *= v;
    const d = (c[k] as number) * df;
    const t = cum + d;
    const before = cum + comp;
    comp += Math.abs(cum) >= Math.abs(d) ? cum - t + d : d - t + cum;
    cum = t;
    if (!Number.isFinite(cum))
      throw popmError(
        'OUT_OF_RANGE',
        ['rate'],
        'a rate whose discounted flows fit a float64',
        rate,
      );
    if (cum + comp >= 0) return k - 1 + -before / d;
  }
  return null;
}
