import { popmError } from '../core/errors.js';
import { type Decimal, type Numeric, toNumber } from '../core/numbers.js';
import type { PaymentTiming } from './annuity.js';
import { readRate, readWhen } from './internal/appraisalInput.js';
import { rateFromGrowth } from './internal/roots.js';
import {
  allRoots,
  countSignChanges,
  normaliseAmounts,
  pickRoot,
  rootBounds,
} from './internal/solver.js';
import { AnnuityScaledNpv } from './internal/tvm.js';

/**
 * The identity times r is a generalised polynomial in x = 1 + r with four
 * terms; its coefficients (highest power first) give Descartes' bound and
 * the root bounds. Multiplying by r adds the root x = 1, so the rates of
 * the identity itself are at most one fewer. Returns `[power, coefficient]`
 * pairs, highest power first, equal powers merged, zero ends trimmed.
 */
function identityTerms(n: number, m: number, p: number, f: number, w: number): [number, number][] {
  const byPower: [number, number][] =
    w === 0
      ? [
          [n + 1, p],
          [n, m - p],
          [1, f],
          [0, -(m + f)],
        ]
      : [
          [n + 1, p + m],
          [n, -p],
          [1, f - m],
          [0, -f],
        ];
  byPower.sort((x, y) => y[0] - x[0]);
  const merged: [number, number][] = [];
  for (const [e, c] of byPower) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last[0] === e) last[1] += c;
    else merged.push([e, c]);
  }
  while (merged.length > 0 && (merged[0] as [number, number])[1] === 0) merged.shift();
  while (merged.length > 0 && (merged[merged.length - 1] as [number, number])[1] === 0)
    merged.pop();
  return merged;
}

/**
 * The interest rate per period of an annuity, as Excel's `RATE` and
 * numpy-financial's `rate`: the `r > -1` that solves
 * `pv·(1+r)^n + pmt·(1 + r·when)·((1+r)^n − 1)/r + fv = 0`, with Excel's
 * signs (money paid out negative) and the same `'end'`/`'begin'` timing as
 * {@link pmt}.
 *
 * Excel and numpy-financial run Newton's method from the guess (10%) and
 * fail, or wander off, when it does not converge. popm solves it as it
 * solves {@link irr}: Descartes' rule of signs bounds the number of rates
 * (at most two), proven bounds and a grid bracket every one of them, a
 * safeguarded Newton iteration polishes each, and each is checked to be a
 * root. So it returns every rate Excel finds, and never a number that is not
 * a root. With two rates it returns the one nearest `guess` (default 0.1, as
 * Excel). `nper` may be fractional.
 *
 * Null rule: where no rate exists (a payment with the sign of `pv`, so the
 * loan is never repaid) or no single rate does (nothing to pay at all, or
 * one payment due at the start that repays `pv` on the spot, true at every
 * rate) the answer is `null`.
 *
 * @param nper - the number of periods, `> 0` (fractions allowed)
 * @param payment - the payment per period (paid out is negative)
 * @param pv - the present value (a loan received is positive)
 * @param fv - the future value after the last payment (default 0)
 * @param when - `'end'` (default) or `'begin'`
 * @param guess - the rate expected, `> -1` (default 0.1): picks between two rates
 * @returns the rate per period as a fraction; `null` when no rate exists
 * @throws PopmError `OUT_OF_RANGE` at `['nper']` for `nper <= 0`, at
 *   `['guess']` for a guess ≤ -1; `INVALID_NUMBER` for a bad number;
 *   `INVALID_ARGUMENT` for a bad `when`
 * @example
 * // Excel help, RATE: a 4-year loan of 8,000 repaid 200 a month
 * rate(4 * 12, -200, 8000)?.toFixed(6); //=> '0.007701'
 * // numpy-financial tests: 3,500 grows to 10,000 in 10 periods
 * rate(10, 0, -3500, 10000)?.toFixed(10); //=> '0.1106908537'
 * // Paying in while you borrow never repays the loan
 * rate(12, 400, 10000, 5000); //=> null
 */
export function rate(
  nper: Numeric,
  payment: Numeric,
  pv: Numeric,
  fv: Numeric = 0,
  when: PaymentTiming = 'end',
  guess: Numeric = 0.1,
): Decimal | null {
  const n = toNumber(nper, ['nper']);
  if (!(n > 0)) throw popmError('OUT_OF_RANGE', ['nper'], 'a number of periods > 0', nper);
  const m = toNumber(payment, ['pmt']);
  const p = toNumber(pv, ['pv']);
  const f = toNumber(fv, ['fv']);
  const w = readWhen(when, ['when']);
  const guessX = 1 + readRate(guess, ['guess']);
  const merged = identityTerms(n, m, p, f, w);
  if (merged.length < 2) return null;
  const top = (merged[0] as [number, number])[0];
  const amounts = normaliseAmounts(Float64Array.from(merged, ([, c]) => c));
  const times = Float64Array.from(merged, ([e]) => top - e);
  const maxRoots = countSignChanges(amounts) - 1;
  if (maxRoots < 1) return null;
  const k = times.length - 1;
  const [uLo, uHi] = rootBounds(
    amounts,
    (times[1] as number) - (times[0] as number),
    (times[k] as number) - (times[k - 1] as number),
  );
  const fn = new AnnuityScaledNpv(n, m, p, f, w);
  const found = pickRoot(allRoots(fn, uLo, uHi, maxRoots), guessX);
  if (found === undefined) return null;
  let x = found;
  // A few Newton steps on the identity itself, kept only while they shrink
  // the residual: the bracket stops at the solver's tolerance, these take the
  // last digits (numpy-financial's 0.11069085371426893 for its test case).
  let fx = Math.abs(fn.value(x));
  for (let i = 0; i < 3 && fx > 0; i++) {
    const next: number = x - fn.value(x) / fn.slope;
    if (!(next > 0)) break;
    const fNext = Math.abs(fn.value(next));
    if (!(fNext < fx)) break;
    x = next;
    fx = fNext;
  }
  return rateFromGrowth(x);
}
