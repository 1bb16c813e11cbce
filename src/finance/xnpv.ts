import { type IsoDate, toEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { Decimal, type Numeric, toNumber } from '../core/numbers.js';
import { decimalFromFloat, frozenDecimal, readRate } from './appraisal-input.js';

/** One dated cash flow for {@link xnpv} and {@link xirr}. */
export interface DatedCashFlow {
  /** When the flow happens; none may be earlier than the first listed flow's date. */
  readonly date: IsoDate;
  /** The amount, money paid out negative. */
  readonly amount: Numeric;
}

/** @internal Dated flows read and checked: epoch days and amounts, in input order. */
export interface DatedFlows {
  /** Epoch day of each flow. */
  readonly days: Float64Array;
  /** Amount of each flow. */
  readonly amounts: Float64Array;
}

/**
 * @internal The epoch day of a plain `YYYY-MM-DD` string read by char codes,
 * or `NaN` for anything else (the caller then asks core's `toEpochDay`, which
 * validates and names the path). Core's parser costs about 0.5 µs a date,
 * which is most of an XIRR over 10 flows; this is a few nanoseconds. A test
 * checks it against `toEpochDay` over the whole 0001–9999 range.
 */
export function epochDayFast(date: unknown): number {
  if (typeof date !== 'string' || date.length !== 10) return Number.NaN;
  if (date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Number.NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = date.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    y = y * 10 + c;
  }
  const m1 = date.charCodeAt(5) - 48;
  const m2 = date.charCodeAt(6) - 48;
  const d1 = date.charCodeAt(8) - 48;
  const d2 = date.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9)
    return Number.NaN;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (y < 1 || m < 1 || m > 12 || d < 1) return Number.NaN;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  if (d > dim) return Number.NaN;
  // Howard Hinnant's days_from_civil, as core's toEpochDay.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/**
 * @internal Reads dated flows; a date before the first listed one is
 * `INVALID_DATE` (Excel's rule), as is a malformed date.
 */
export function readDatedFlows(value: unknown, path: readonly (string | number)[]): DatedFlows {
  if (!Array.isArray(value))
    throw popmError('INVALID_ARGUMENT', path, 'an array of { date, amount }', value);
  const n = value.length;
  const days = new Float64Array(n);
  const amounts = new Float64Array(n);
  let first = 0;
  for (let i = 0; i < n; i++) {
    const f: unknown = value[i];
    if (f === null || typeof f !== 'object')
      throw popmError('INVALID_ARGUMENT', [...path, i], 'a { date, amount } object', f);
    const { date, amount } = f as { date?: unknown; amount?: unknown };
    let day = epochDayFast(date);
    // Anything unusual (or invalid) goes through core, which names the path.
    if (Number.isNaN(day)) day = toEpochDay(date, [...path, i, 'date']);
    if (i === 0) first = day;
    else if (day < first)
      throw popmError(
        'INVALID_DATE',
        [...path, i, 'date'],
        `a date on or after the first flow's date (${String((value[0] as { date: unknown }).date)})`,
        date,
      );
    days[i] = day;
    amounts[i] =
      typeof amount === 'number' && Number.isFinite(amount)
        ? amount
        : toNumber(amount, [...path, i, 'amount']);
  }
  return { days, amounts };
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
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const term = (amounts[i] as number) * Math.exp((-((days[i] as number) - d0) / 365) * lx);
    const t = s + term;
    c += Math.abs(s) >= Math.abs(term) ? s - t + term : term - t + s;
    s = t;
  }
  const x = s + c;
  if (Number.isFinite(x)) return decimalFromFloat(x);
  // Overflow (a rate near -100% over a long span): sum the future value at
  // the last date, which cannot overflow, and discount it in Decimal.
  let last = d0;
  for (let i = 0; i < n; i++) last = Math.max(last, days[i] as number);
  let q = 0;
  for (let i = 0; i < n; i++)
    q += (amounts[i] as number) * Math.exp(((last - (days[i] as number)) / 365) * lx);
  if (!Number.isFinite(q))
    throw popmError('OUT_OF_RANGE', ['flows'], 'amounts whose sum fits a float64', 'an overflow');
  return frozenDecimal(
    new Decimal(q)
      .times(new Decimal(1 + r).pow(new Decimal(d0 - last).div(365)))
      .toSignificantDigits(17),
  );
}
