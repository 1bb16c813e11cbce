/**
 * @internal Float64 kernels of the time-value-of-money identity
 * `pv·(1+r)^n + pmt·(1 + r·when)·((1+r)^n − 1)/r + fv = 0`, shared by
 * `pmt`, `fv`, `ipmt`, `ppmt`, `cumipmt`, `cumprinc` and `rate`. They take
 * checked numbers and return a float (possibly non-finite: the public
 * functions check it).
 */
import type { ScaledNpv } from './solver.js';

/** @internal ln of a growth factor past which `(1 + r)^n` nears float64's limit (e^709). */
export const GROWTH_LIMIT = 700;

/** @internal The level payment (Excel `PMT`); `r > -1`, `n !== 0`. */
export function pmtOf(r: number, n: number, p: number, f: number, w: 0 | 1): number {
  if (r === 0) return -(f + p) / n;
  const l = n * Math.log1p(r);
  // Where (1+r)^n would overflow, divide through by it: the payment tends to
  // -pv·r/(1 + r·when).
  if (l > GROWTH_LIMIT) return (-(f * Math.exp(-l) + p) * r) / ((1 + r * w) * -Math.expm1(-l));
  return (-(f + p * Math.exp(l)) * r) / ((1 + r * w) * Math.expm1(l));
}

/** @internal The future value (Excel `FV`); `r > -1`. */
export function fvOf(r: number, n: number, m: number, p: number, w: 0 | 1): number {
  if (r === 0) return -(p + m * n);
  const l = n * Math.log1p(r);
  return -(p * Math.exp(l) + (m * (1 + r * w) * Math.expm1(l)) / r);
}

/**
 * @internal The interest part of payment `per` (1-based), numpy-financial's
 * `ipmt`: the balance after `per − 1` periods times the rate; with payments
 * at the start of each period the first payment carries no interest and the
 * others are discounted by one period.
 */
export function ipmtOf(r: number, per: number, p: number, w: 0 | 1, payment: number): number {
  if (w === 1 && per === 1) return 0;
  const interest = fvOf(r, per - 1, payment, p, w) * r;
  return w === 1 ? interest / (1 + r) : interest;
}

/**
 * @internal The annuity identity as a scaled function of the growth factor
 * `x = 1 + r`, for the shared root finder: `f(r)·x^-n` for `x >= 1` and
 * `f(r)` for `x < 1`, both bounded, equal at `x = 1`, and free of the
 * spurious root at `r = 0` that multiplying through by `r` would add
 * (`((1+r)^n − 1)/r` is `expm1(n·ln x)/expm1(ln x)`, which is `n` at `x = 1`).
 * The slope is a central difference in `ln x` (the root finder only uses it
 * to guide safeguarded Newton steps and to spot turning points).
 */
export class AnnuityScaledNpv implements ScaledNpv {
  slope = 0;
  constructor(
    private readonly n: number,
    private readonly m: number,
    private readonly p: number,
    private readonly f: number,
    private readonly w: 0 | 1,
  ) {}

  private at(x: number, abs: boolean): number {
    const { n, w } = this;
    const m = abs ? Math.abs(this.m) : this.m;
    const p = abs ? Math.abs(this.p) : this.p;
    const f = abs ? Math.abs(this.f) : this.f;
    const l = Math.log(x);
    const due = 1 + (x - 1) * w;
    if (x >= 1) {
      const a = l === 0 ? n : -Math.expm1(-n * l) / Math.expm1(l);
      return p + m * due * a + f * Math.exp(-n * l);
    }
    const b = -Math.expm1(n * l) / -Math.expm1(l);
    return p * Math.exp(n * l) + m * due * b + f;
  }

  value(x: number): number {
    const h = 1e-7;
    const up = x * Math.exp(h);
    const down = x * Math.exp(-h);
    this.slope = (this.at(up, false) - this.at(down, false)) / (up - down);
    return this.at(x, false);
  }

  magnitude(x: number): number {
    return this.at(x, true);
  }
}
