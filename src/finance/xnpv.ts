import type { IsoDate } from '../core/dates.js';
import { sumUnchecked } from '../core/internal/statsKernels.js';
import { Decimal, type Numeric } from '../core/numbers.js';
import { decimalFromFloat, frozenDecimal, readRate } from './internal/appraisalInput.js';
import { readDatedFlows } from './internal/datedFlows.js';

/** One dated cash flow for {@link xnpv} and {@link xirr}. */
export interface DatedCashFlow {
  /** When the flow happens; none may be earlier than the first listed flow's date. */
  readonly date: IsoDate;
  /** The amount, money paid out negative. */
  readonly amount: Numeric;
  /** Your own data, carried untouched (popm does not read it). */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Net present value of dated cash flows, as Excel's `XNPV`: each amount is
 * discounted by `(1 + rate)^(days / 365)`, counting actual days from the
 * first listed flow's date (Actual/365). The other flows may come in any
 * order but not before the first. Summed in float64 with Neumaier's
 * compensated summation and returned as a Decimal.
 *
 * @param rate - the annual discount rate, a fraction `> -1`
 * @param flows - `{ date, amount }` per flow, money paid out negative
 * @returns the NPV at the first listed date; `0` for no flows
 * @throws PopmError `OUT_OF_RANGE` at `['rate']` for a rate ≤ -1;
 *   `INVALID_DATE` at `['flows', i, 'date']` for a bad date or one before the
 *   first; `INVALID_NUMBER` at `['flows', i, 'amount']`; `INVALID_ARGUMENT`
 *   for a non-array or a flow that is not an object
 * @example
 * // Excel help, XNPV: 9% on -10,000 (2008-01-01), 2,750, 4,250, 3,250, 2,750
 * xnpv(0.09, [
 *   { date: '2008-01-01', amount: -10000 },
 *   { date: '2008-03-01', amount: 2750 },
 *   { date: '2008-10-30', amount: 4250 },
 *   { date: '2009-02-15', amount: 3250 },
 *   { date: '2009-04-01', amount: 2750 },
 * ]).toFixed(2); //=> '2086.65'
 */
export function xnpv(rate: Numeric, flows: readonly DatedCashFlow[]): Decimal {
  const r = readRate(rate, ['rate']);
  const { days, amounts } = readDatedFlows(flows, ['flows']);
  const n = days.length;
  if (n === 0) return decimalFromFloat(0);
  const lx = Math.log1p(r);
  const d0 = days[0] as number;
  const terms = new Float64Array(n);
  for (let i = 0; i < n; i++)
    terms[i] = (amounts[i] as number) * Math.exp((-((days[i] as number) - d0) / 365) * lx);
  const x = sumUnchecked(terms);
  if (Number.isFinite(x)) return decimalFromFloat(x);
  // Overflow (amounts near the float64 limit, or a rate near -100% over a
  // long span): scale the amounts by 2^-k (exact) so the largest is at most
  // 1 and put 2^k back in Decimal. Discounting, each scaled term is then at
  // most 1; at a rate below zero, sum the future value at the last date
  // instead (each term at most 1) and discount it in Decimal.
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, Math.abs(amounts[i] as number));
  const k = Math.ceil(Math.log2(max));
  const down = 2 ** -k;
  const up = new Decimal(2).pow(k);
  if (lx >= 0) {
    for (let i = 0; i < n; i++)
      terms[i] = (amounts[i] as number) * down * Math.exp((-((days[i] as number) - d0) / 365) * lx);
    return frozenDecimal(up.times(sumUnchecked(terms)).toSignificantDigits(17));
  }
  let last = d0;
  for (let i = 0; i < n; i++) last = Math.max(last, days[i] as number);
  for (let i = 0; i < n; i++)
    terms[i] = (amounts[i] as number) * down * Math.exp(((last - (days[i] as number)) / 365) * lx);
  return frozenDecimal(
    up
      .times(sumUnchecked(terms))
      .times(new Decimal(1 + r).pow(new Decimal(d0 - last).div(365)))
      .toSignificantDigits(17),
  );
}
