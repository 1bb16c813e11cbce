import { popmError } from '../core/errors.js';
import { requireArray } from '../core/internal/validate.js';
import { Decimal, type Numeric, toDecimal } from '../core/numbers.js';
import { readFlows, readRate } from './internal/appraisalInput.js';

function requireFlows(cashFlows: unknown): readonly unknown[] {
  const flows = requireArray(cashFlows, ['cashFlows'], 'an array of amounts');
  if (flows.length === 0)
    throw popmError('EMPTY_INPUT', ['cashFlows'], 'at least one flow', cashFlows);
  return flows;
}

/**
 * Payback period: how many periods until the cumulative cash flow reaches
 * zero or more **and stays there**, interpolating linearly inside that period
 * (the flow of a period is taken as earned evenly across it). Flow `i` is at
 * the end of period `i`, the first at t = 0. Summed exactly in Decimal; the
 * result is a number of periods, so a plain `number`.
 *
 * For a conventional project (an investment, then returns) this is the
 * textbook "first period where the cumulative sum reaches ≥ 0". For flows
 * that turn negative again later (a second investment, a decommissioning
 * cost) popm reports the recovery that lasts, never a payback the project
 * later loses: `[-100, 150, -200, 200]` pays back at 2.75, not 0.67. This
 * keeps payback monotone: raising any flow never lengthens it.
 *
 * @param cashFlows - one flow per period, usually an investment then returns
 * @returns the fractional number of periods; `0` when the cumulative sum is
 *   never negative; `null` when it ends below zero
 * @throws PopmError `EMPTY_INPUT` for no flows; `INVALID_NUMBER` at
 *   `['cashFlows', i]`; `INVALID_ARGUMENT` for a non-array
 * @example
 * // -1,000 then 300 a year: 900 back after 3 years, the last 100 in a third of year 4
 * paybackPeriod([-1000, 300, 300, 300, 300]); //=> 3.3333333333333335
 * paybackPeriod([-1000, 100, 100]); //=> null
 * paybackPeriod([-100, 150, -200, 200]); //=> 2.75
 */
export function paybackPeriod(cashFlows: readonly Numeric[]): number | null {
  const flows = requireFlows(cashFlows);
  let cum = new Decimal(0);
  // The last period whose cumulative sum is negative, the sum there, and the
  // flow that follows it: the payback lies inside the period after it.
  let lastNegative = -1;
  let deficit = new Decimal(0);
  let recovery: Decimal | null = null;
  for (let k = 0; k < flows.length; k++) {
    const c = toDecimal(flows[k], ['cashFlows', k]);
    if (k === lastNegative + 1 && lastNegative >= 0) recovery = c;
    cum = cum.plus(c);
    if (cum.isNegative()) {
      lastNegative = k;
      deficit = cum;
      recovery = null;
    }
  }
  if (lastNegative === -1) return 0;
  if (recovery === null) return null;
  return deficit.neg().div(recovery).plus(lastNegative).toNumber();
}

/**
 * Discounted payback period: as {@link paybackPeriod} (the recovery that
 * lasts) but on the flows' present values at `rate` (flow `i` divided by `(1 + rate)^i`), so money
 * later counts less. Float64 with compensated summation.
 *
 * @param rate - the discount rate per period, `> -1`
 * @param cashFlows - one flow per period, the first at t = 0
 * @returns the fractional number of periods; `0` when the discounted
 *   cumulative sum is never negative; `null` when it ends below zero
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
  let cum = 0;
  let comp = 0; // Neumaier compensation of the running sum
  let df = 1;
  let lastNegative = -1;
  let deficit = 0;
  let recovery = Number.NaN;
  for (let k = 0; k < c.length; k++) {
    if (k > 0) df *= v;
    const d = (c[k] as number) * df;
    if (k === lastNegative + 1 && lastNegative >= 0) recovery = d;
    const t = cum + d;
    comp += Math.abs(cum) >= Math.abs(d) ? cum - t + d : d - t + cum;
    cum = t;
    if (!Number.isFinite(cum))
      throw popmError(
        'OUT_OF_RANGE',
        ['rate'],
        'a rate whose discounted flows fit a float64',
        rate,
      );
    if (cum + comp < 0) {
      lastNegative = k;
      deficit = cum + comp;
      recovery = Number.NaN;
    }
  }
  if (lastNegative === -1) return 0;
  if (Number.isNaN(recovery)) return null;
  return lastNegative + -deficit / recovery;
}
