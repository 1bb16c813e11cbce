/**
 * @internal Horner sums of cash flows in float64, plain and compensated, and
 * the overflow-safe present value behind `npv` and `profitabilityIndex`.
 */
import { Decimal } from '../../core/numbers.js';
import { decimalFromFloat, frozenDecimal } from './appraisalInput.js';

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter for float64

/**
 * @internal `Σ c[i]·v^i` for `i` in `[from, to)` (relative to `from`) by
 * compensated Horner (Graillat, Langlois & Louvet 2005): each step's product
 * and sum rounding errors are captured exactly (TwoProduct, TwoSum) and run
 * through their own Horner, so the result is as accurate as plain Horner in
 * twice the working precision. Returns `NaN` when an element is not a
 * number, so the caller can fall back to the checked path.
 */
export function compensatedHorner(
  c: ArrayLike<unknown>,
  from: number,
  to: number,
  v: number,
): number {
  if (to <= from) return 0;
  const vs = SPLIT * v;
  const vh = vs - (vs - v);
  const vl = v - vh;
  const last: unknown = c[to - 1];
  if (typeof last !== 'number') return Number.NaN;
  let s = last;
  let e = 0;
  for (let i = to - 2; i >= from; i--) {
    const ci: unknown = c[i];
    if (typeof ci !== 'number') return Number.NaN;
    const p = s * v;
    const ss = SPLIT * s;
    const sh = ss - (ss - s);
    const sl = s - sh;
    const pe = sl * vl - (p - sh * vh - sl * vh - sh * vl);
    const t = p + ci;
    const z = t - p;
    const te = p - (t - z) + (ci - z);
    e = e * v + (pe + te);
    s = t;
  }
  return s + e;
}

// Plain Horner loses about log2(Σ|c_i|v^i / |NPV|) bits to cancellation;
// beyond 12 bits the compensated form is worth its second pass.
const CANCELLATION = 4096;

/**
 * @internal `Σ c[i]·v^i` for `i` in `[from, to)` (relative to `from`):
 * Horner's rule with a running bound `Σ |c_i|·v^i` in the same pass (free:
 * the loop waits on its multiply-add chain anyway). When that bound shows
 * the sum cancelled more than 12 bits (an NPV near zero, as at an IRR), the
 * sum is redone by {@link compensatedHorner}. `NaN` for a non-number element.
 */
export function hornerNpv(c: ArrayLike<unknown>, from: number, to: number, v: number): number {
  let a = 0;
  let m = 0;
  for (let i = to - 1; i >= from; i--) {
    const x: unknown = c[i];
    if (typeof x !== 'number') return Number.NaN;
    a = a * v + x;
    m = m * v + Math.abs(x);
  }
  return m > CANCELLATION * Math.abs(a) ? compensatedHorner(c, from, to, v) : a;
}

/**
 * @internal `Σ c[i]·v^(i - from + shift)` over checked flows, never
 * overflowing: when the float sum overflows, the flows are scaled by a
 * power of two so the largest is at most 1, and for a rate below zero the
 * net future value is summed by Horner in `1 + r` (at most the number of
 * flows) and discounted in Decimal.
 */
export function presentValueOf(
  c: Float64Array,
  from: number,
  to: number,
  rate: number,
  shift: 0 | 1,
): Decimal {
  const x = hornerNpv(c, from, to, 1 / (1 + rate));
  if (Number.isFinite(x)) return decimalFromFloat(shift === 1 ? x / (1 + rate) : x);
  // Scale the flows by 2^-k (exact) so the largest is at most 1: then
  // neither Horner below can overflow, and 2^k is put back in Decimal.
  let max = 0;
  for (let i = from; i < to; i++) max = Math.max(max, Math.abs(c[i] as number));
  const k = Math.ceil(Math.log2(max));
  const down = 2 ** -k;
  const m = to - from;
  const scaled = new Float64Array(m);
  for (let i = 0; i < m; i++) scaled[i] = (c[from + i] as number) * down;
  const g = 1 + rate;
  const up = new Decimal(2).pow(k);
  if (g >= 1) {
    // Discounting: the scaled present value is at most the number of flows.
    const y = hornerNpv(scaled, 0, m, 1 / g);
    return frozenDecimal(up.times(y).div(new Decimal(g).pow(shift)).toSignificantDigits(17));
  }
  // A rate below zero over a long series: the scaled net future value,
  // summed by Horner in 1 + r < 1, is at most the number of flows;
  // discount it in Decimal.
  let q = 0;
  for (let i = 0; i < m; i++) q = q * g + (scaled[i] as number);
  return frozenDecimal(
    up
      .times(q)
      .times(new Decimal(g).pow(-(m - 1 + shift)))
      .toSignificantDigits(17),
  );
}
