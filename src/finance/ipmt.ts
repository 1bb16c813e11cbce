import { type PopmPath, popmError } from '../core/errors.js';
import { type Decimal, type Numeric, toNumber } from '../core/numbers.js';
import type { PaymentTiming } from './annuity.js';
import { decimalFromFloat, readRate, readWhen } from './internal/appraisalInput.js';
import { ipmtOf, pmtOf } from './internal/tvm.js';

interface Loan {
  r: number;
  n: number;
  p: number;
  f: number;
  w: 0 | 1;
  payment: number;
}

function readLoan(
  rate: Numeric,
  nper: Numeric,
  pv: Numeric,
  fv: Numeric,
  when: PaymentTiming,
): Loan {
  const r = readRate(rate, ['rate']);
  const n = toNumber(nper, ['nper']);
  if (!(n > 0)) throw popmError('OUT_OF_RANGE', ['nper'], 'a number of periods > 0', nper);
  const p = toNumber(pv, ['pv']);
  const f = toNumber(fv, ['fv']);
  const w = readWhen(when, ['when']);
  const payment = pmtOf(r, n, p, f, w);
  return { r, n, p, f, w, payment };
}

/** A whole period `1..nper` (Excel's #NUM! cases are `OUT_OF_RANGE`). */
function readPeriod(value: unknown, path: PopmPath, from: number, nper: number): number {
  const k = toNumber(value, path);
  if (!Number.isInteger(k) || k < from || k > nper)
    throw popmError(
      'OUT_OF_RANGE',
      path,
      `a whole period from ${from} to the number of periods (${nper})`,
      value,
    );
  return k;
}

function finite(x: number, path: PopmPath): Decimal {
  if (!Number.isFinite(x))
    throw popmError('OUT_OF_RANGE', path, 'inputs whose result fits a float64', 'an overflow');
  return decimalFromFloat(x);
}

/**
 * The interest part of the payment in period `per`, as Excel's `IPMT` and
 * numpy-financial's `ipmt`: the balance outstanding after `per − 1`
 * payments times the rate (signs as {@link pmt}: a loan received is
 * positive, so interest paid is negative). With `'begin'` timing the first
 * payment falls before any interest accrues (its interest is 0) and the
 * others are discounted one period. `ipmt + ppmt = pmt` in every period.
 *
 * @param rate - the rate per period, `> -1`
 * @param per - the period, a whole number from 1 to `nper`
 * @param nper - the number of periods, `> 0`
 * @param pv - the present value (a loan received is positive)
 * @param fv - the balance wanted after the last payment (default 0)
 * @param when - `'end'` (default) or `'begin'`
 * @returns the interest paid in period `per`
 * @throws PopmError `OUT_OF_RANGE` at `['per']` for a period outside
 *   `1..nper` or not whole, at `['nper']` for `nper <= 0`, at `['rate']` for
 *   a rate ≤ -1, or for a result beyond float64; `INVALID_NUMBER`;
 *   `INVALID_ARGUMENT` for a bad `when`
 * @example
 * // Excel help, IPMT: 8,000 over 3 years at 10%: first month, and the last year
 * ipmt(0.1 / 12, 1, 3 * 12, 8000).toFixed(2); //=> '-66.67'
 * ipmt(0.1, 3, 3, 8000).toFixed(2); //=> '-292.45'
 */
export function ipmt(
  rate: Numeric,
  per: Numeric,
  nper: Numeric,
  pv: Numeric,
  fv: Numeric = 0,
  when: PaymentTiming = 'end',
): Decimal {
  const l = readLoan(rate, nper, pv, fv, when);
  const k = readPeriod(per, ['per'], 1, l.n);
  return finite(ipmtOf(l.r, k, l.p, l.w, l.payment), ['per']);
}

/**
 * The principal part of the payment in period `per`, as Excel's `PPMT` and
 * numpy-financial's `ppmt`: `pmt − ipmt`.
 *
 * @param rate - the rate per period, `> -1`
 * @param per - the period, a whole number from 1 to `nper`
 * @param nper - the number of periods, `> 0`
 * @param pv - the present value (a loan received is positive)
 * @param fv - the balance wanted after the last payment (default 0)
 * @param when - `'end'` (default) or `'begin'`
 * @returns the principal repaid in period `per`
 * @throws PopmError as {@link ipmt}
 * @example
 * // Excel help, PPMT: 2,000 over 2 years at 10%, first month
 * ppmt(0.1 / 12, 1, 2 * 12, 2000).toFixed(2); //=> '-75.62'
 * // Excel help, PPMT: 200,000 over 10 years at 8%, last year
 * ppmt(0.08, 10, 10, 200000).toFixed(2); //=> '-27598.05'
 */
export function ppmt(
  rate: Numeric,
  per: Numeric,
  nper: Numeric,
  pv: Numeric,
  fv: Numeric = 0,
  when: PaymentTiming = 'end',
): Decimal {
  const l = readLoan(rate, nper, pv, fv, when);
  const k = readPeriod(per, ['per'], 1, l.n);
  return finite(l.payment - ipmtOf(l.r, k, l.p, l.w, l.payment), ['per']);
}

/** Σ over periods `start..end` of the interest (`principal` false) or principal parts. */
function cumulative(l: Loan, start: number, end: number, principal: boolean): number {
  let sum = 0;
  let comp = 0; // Neumaier compensation
  for (let k = start; k <= end; k++) {
    const i = ipmtOf(l.r, k, l.p, l.w, l.payment);
    const x = principal ? l.payment - i : i;
    const t = sum + x;
    comp += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + comp;
}

function readRange(
  rate: Numeric,
  nper: Numeric,
  pv: Numeric,
  startPeriod: Numeric,
  endPeriod: Numeric,
  when: PaymentTiming,
): [Loan, number, number] {
  const l = readLoan(rate, nper, pv, 0, when);
  const start = readPeriod(startPeriod, ['startPeriod'], 1, l.n);
  const end = readPeriod(endPeriod, ['endPeriod'], start, l.n);
  return [l, start, end];
}

/**
 * The interest paid from period `startPeriod` to `endPeriod` (both
 * included), as Excel's `CUMIPMT`: the sum of {@link ipmt} over those
 * periods, for a loan repaid in full (`fv` 0). Excel's sign: a loan
 * received (`pv > 0`) gives a negative total. Unlike Excel, a rate ≤ 0 or a
 * negative `pv` is answered rather than `#NUM!`.
 *
 * @param rate - the rate per period, `> -1`
 * @param nper - the number of periods, `> 0`
 * @param pv - the present value (a loan received is positive)
 * @param startPeriod - the first period, a whole number from 1
 * @param endPeriod - the last period, a whole number from `startPeriod` to `nper`
 * @param when - `'end'` (default) or `'begin'`
 * @returns the interest paid over those periods
 * @throws PopmError `OUT_OF_RANGE` at `['startPeriod']` or `['endPeriod']`
 *   for a period outside `1..nper`, not whole, or an end before the start;
 *   and the errors of {@link ipmt}
 * @example
 * // Excel help, CUMIPMT: 125,000 over 30 years at 9%: the second year, and the first month
 * cumipmt(0.09 / 12, 30 * 12, 125000, 13, 24).toFixed(5); //=> '-11135.23213'
 * cumipmt(0.09 / 12, 30 * 12, 125000, 1, 1).toFixed(2); //=> '-937.50'
 */
export function cumipmt(
  rate: Numeric,
  nper: Numeric,
  pv: Numeric,
  startPeriod: Numeric,
  endPeriod: Numeric,
  when: PaymentTiming = 'end',
): Decimal {
  const [l, start, end] = readRange(rate, nper, pv, startPeriod, endPeriod, when);
  return finite(cumulative(l, start, end, false), ['endPeriod']);
}

/**
 * The principal repaid from period `startPeriod` to `endPeriod` (both
 * included), as Excel's `CUMPRINC`: the sum of {@link ppmt} over those
 * periods, for a loan repaid in full (`fv` 0). Over all periods it is `-pv`.
 *
 * @param rate - the rate per period, `> -1`
 * @param nper - the number of periods, `> 0`
 * @param pv - the present value (a loan received is positive)
 * @param startPeriod - the first period, a whole number from 1
 * @param endPeriod - the last period, a whole number from `startPeriod` to `nper`
 * @param when - `'end'` (default) or `'begin'`
 * @returns the principal repaid over those periods
 * @throws PopmError as {@link cumipmt}
 * @example
 * // Excel help, CUMPRINC: 125,000 over 30 years at 9%: the second year, and the first month
 * cumprinc(0.09 / 12, 30 * 12, 125000, 13, 24).toFixed(5); //=> '-934.10712'
 * cumprinc(0.09 / 12, 30 * 12, 125000, 1, 1).toFixed(5); //=> '-68.27827'
 */
export function cumprinc(
  rate: Numeric,
  nper: Numeric,
  pv: Numeric,
  startPeriod: Numeric,
  endPeriod: Numeric,
  when: PaymentTiming = 'end',
): Decimal {
  const [l, start, end] = readRange(rate, nper, pv, startPeriod, endPeriod, when);
  return finite(cumulative(l, start, end, true), ['endPeriod']);
}
