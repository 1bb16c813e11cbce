import { popmError } from '../core/errors.js';
import type { Decimal, Numeric } from '../core/numbers.js';
import { toNumber } from '../core/numbers.js';
import { decimalFromFloat, readRate, readWhen } from './internal/appraisalInput.js';
import { GROWTH_LIMIT, pmtOf } from './internal/tvm.js';

/**
 * When payments fall in each period: `'end'` (ordinary annuity, the default)
 * or `'begin'` (annuity due), as Excel's `type` 0 and 1.
 */
export type PaymentTiming = 'end' | 'begin';

/** @internal `(1 + r)^n` and `(1 + r)^n - 1`, the latter without cancellation for small `r·n`. */
function growth(r: number, n: number): [number, number] {
  const l = n * Math.log1p(r);
  return [Math.exp(l), Math.expm1(l)];
}

function result(x: number, what: string): Decimal {
  if (!Number.isFinite(x))
    throw popmError('OUT_OF_RANGE', [what], 'inputs whose result fits a float64', 'an overflow');
  return decimalFromFloat(x);
}

/**
 * The level payment per period that turns present value `pv` into future
 * value `fv` over `nper` periods, as Excel's `PMT` and numpy-financial's
 * `pmt` (money paid out is negative):
 * `pmt = -(fv + pv·(1+r)^n)·r / ((1 + r·when)·((1+r)^n − 1))`, and
 * `-(fv + pv) / n` at a zero rate.
 *
 * @param rate - the rate per period, `> -1`
 * @param nper - the number of periods, non-zero (fractions allowed)
 * @param pv - the present value (a loan received is positive)
 * @param fv - the future value wanted after the last payment (default 0)
 * @param when - `'end'` (default) or `'begin'`
 * @returns the payment per period
 * @throws PopmError `OUT_OF_RANGE` for a rate ≤ -1 or a result beyond
 *   float64; `DIVISION_BY_ZERO` at `['nper']` for `nper = 0`;
 *   `INVALID_NUMBER` for a bad number; `INVALID_ARGUMENT` for a bad `when`
 * @example
 * // Excel help, PMT: 10,000 at 8% a year over 10 months
 * pmt(0.08 / 12, 10, 10000).toFixed(2); //=> '-1037.03'
 * pmt(0, 10, 1000).toString(); //=> '-100'
 */
export function pmt(
  rate: Numeric,
  nper: Numeric,
  pv: Numeric,
  fv: Numeric = 0,
  when: PaymentTiming = 'end',
): Decimal {
  const r = readRate(rate, ['rate']);
  const n = toNumber(nper, ['nper']);
  const p = toNumber(pv, ['pv']);
  const f = toNumber(fv, ['fv']);
  const w = readWhen(when, ['when']);
  if (n === 0) throw popmError('DIVISION_BY_ZERO', ['nper'], 'a non-zero number of periods', n);
  // Where (1+r)^n would overflow, pmtOf divides through by it (Infinity /
  // Infinity otherwise); the payment tends to -pv·r/(1 + r·when).
  return result(pmtOf(r, n, p, f, w), 'nper');
}

/**
 * The present value of a level payment stream and a final amount, as Excel's
 * `PV` and numpy-financial's `pv`:
 * `pv = -(fv + pmt·(1 + r·when)·((1+r)^n − 1)/r) / (1+r)^n`, and
 * `-(fv + pmt·n)` at a zero rate.
 *
 * @param rate - the rate per period, `> -1`
 * @param nper - the number of periods (fractions allowed)
 * @param payment - the payment per period (paid out is negative)
 * @param fv - the amount after the last payment (default 0)
 * @param when - `'end'` (default) or `'begin'`
 * @returns the present value
 * @throws PopmError `OUT_OF_RANGE` for a rate ≤ -1 or a result beyond
 *   float64; `INVALID_NUMBER` for a bad number; `INVALID_ARGUMENT` for a bad `when`
 * @example
 * // Excel help, PV: an annuity paying 500 a month for 20 years at 8%
 * pv(0.08 / 12, 12 * 20, 500).toFixed(2); //=> '-59777.15'
 */
export function pv(
  rate: Numeric,
  nper: Numeric,
  payment: Numeric,
  fv: Numeric = 0,
  when: PaymentTiming = 'end',
): Decimal {
  const r = readRate(rate, ['rate']);
  const n = toNumber(nper, ['nper']);
  const m = toNumber(payment, ['pmt']);
  const f = toNumber(fv, ['fv']);
  const w = readWhen(when, ['when']);
  if (r === 0) return result(-(f + m * n), 'nper');
  const l = n * Math.log1p(r);
  // Where (1+r)^n would overflow, multiply through by (1+r)^-n (Infinity /
  // Infinity otherwise); a perpetuity tends to -pmt·(1 + r·when)/r.
  if (l > GROWTH_LIMIT)
    return result(-(f * Math.exp(-l) + (m * (1 + r * w) * -Math.expm1(-l)) / r), 'nper');
  const [g, gm1] = growth(r, n);
  return result(-(f + (m * (1 + r * w) * gm1) / r) / g, 'nper');
}

/**
 * The future value of a present amount and a level payment stream, as
 * Excel's `FV` and numpy-financial's `fv`:
 * `fv = -(pv·(1+r)^n + pmt·(1 + r·when)·((1+r)^n − 1)/r)`, and
 * `-(pv + pmt·n)` at a zero rate.
 *
 * @param rate - the rate per period, `> -1`
 * @param nper - the number of periods (fractions allowed)
 * @param payment - the payment per period (paid out is negative)
 * @param pv - the amount at the start (default 0)
 * @param when - `'end'` (default) or `'begin'`
 * @returns the future value
 * @throws PopmError `OUT_OF_RANGE` for a rate ≤ -1 or a result beyond
 *   float64; `INVALID_NUMBER` for a bad number; `INVALID_ARGUMENT` for a bad `when`
 * @example
 * // Excel help, FV: 6% a year, 10 monthly payments of -200, -500 today, due at the start
 * fv(0.06 / 12, 10, -200, -500, 'begin').toFixed(2); //=> '2581.40'
 * // numpy-financial docs: save 100 a month at 5% for 10 years
 * fv(0.05 / 12, 10 * 12, -100, -100).toFixed(2); //=> '15692.93'
 */
export function fv(
  rate: Numeric,
  nper: Numeric,
  payment: Numeric,
  pv: Numeric = 0,
  when: PaymentTiming = 'end',
): Decimal {
  const r = readRate(rate, ['rate']);
  const n = toNumber(nper, ['nper']);
  const m = toNumber(payment, ['pmt']);
  const p = toNumber(pv, ['pv']);
  const w = readWhen(when, ['when']);
  if (r === 0) return result(-(p + m * n), 'nper');
  const [g, gm1] = growth(r, n);
  return result(-(p * g + (m * (1 + r * w) * gm1) / r), 'nper');
}

/**
 * The number of periods a level payment takes to turn `pv` into `fv`, as
 * Excel's `NPER` and numpy-financial's `nper`:
 * `n = ln((pmt·(1 + r·when) − fv·r) / (pmt·(1 + r·when) + pv·r)) / ln(1 + r)`
 * (both logs taken as `log1p`, so small rates keep their digits),
 * and `-(fv + pv) / pmt` at a zero rate. Fractional; may be negative when
 * the target lies in the past (as Excel).
 *
 * @param rate - the rate per period, `> -1`
 * @param payment - the payment per period (paid out is negative)
 * @param pv - the present value
 * @param fv - the future value wanted (default 0)
 * @param when - `'end'` (default) or `'begin'`
 * @returns the number of periods; `null` when no number of periods reaches
 *   `fv` (e.g. a payment that does not even cover the interest: the null rule)
 * @throws PopmError `OUT_OF_RANGE` for a rate ≤ -1 or a result beyond
 *   float64; `INVALID_NUMBER`; `INVALID_ARGUMENT` for a bad `when`
 * @example
 * // Excel help, NPER: 12% a year, -100 a month, pv -1,000, fv 10,000, due at the start
 * nper(0.12 / 12, -100, -1000, 10000, 'begin')?.toFixed(2); //=> '59.67'
 * // numpy-financial docs: pay 150 a month on 8,000 at 7%
 * nper(0.07 / 12, -150, 8000)?.toFixed(2); //=> '64.07'
 * // 50 a month never repays 10,000 at 1% a month (the interest alone is 100)
 * nper(0.01, -50, 10000); //=> null
 */
export function nper(
  rate: Numeric,
  payment: Numeric,
  pv: Numeric,
  fv: Numeric = 0,
  when: PaymentTiming = 'end',
): Decimal | null {
  const r = readRate(rate, ['rate']);
  const m = toNumber(payment, ['pmt']);
  const p = toNumber(pv, ['pv']);
  const f = toNumber(fv, ['fv']);
  const w = readWhen(when, ['when']);
  if (r === 0) {
    if (m === 0) {
      return f + p === 0 ? decimalFromFloat(0) : null;
    }
    return result(-(f + p) / m, 'pmt');
  }
  const z = m * (1 + r * w);
  const num = z - f * r;
  const den = z + p * r;
  const ratio = num / den;
  if (!(ratio > 0) || !Number.isFinite(ratio)) return null;
  // ln(ratio) as log1p(ratio − 1), with ratio − 1 = −r·(fv + pv)/den formed
  // directly: at a small rate the ratio is within r of 1 and ln would lose
  // its digits (r = 1e-15 gave 9.992 periods for 10).
  return result(Math.log1p((-r * (f + p)) / den) / Math.log1p(r), 'pmt');
}
