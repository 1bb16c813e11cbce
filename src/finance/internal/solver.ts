/**
 * @internal Root finding for IRR and XIRR.
 *
 * Every function here works in the growth factor `x = 1 + r` (so a rate near
 * -100% keeps its relative precision) on a *scaled* NPV that has the same sign
 * and the same roots as the NPV but never overflows:
 *
 * - for `x >= 1`: `Σ c_i x^(-t_i)` (the NPV itself);
 * - for `x < 1`: `Σ c_i x^(T - t_i)` (the net future value at the last flow,
 *   `T`), i.e. the NPV times `x^T > 0`.
 *
 * Both are bounded by `Σ |c_i|` and meet at `x = 1`, so the scaled function is
 * continuous on `(0, ∞)`. Roots are isolated by Descartes' rule of signs
 * (Laguerre's extension holds for real exponents, so it covers XIRR too): the
 * number of sign changes `S` of the date-ordered flows bounds the number of
 * roots in `(-1, ∞)`. With `S = 1` (a conventional project) there is exactly
 * one root, bracketed by stepping out from the guess. Otherwise a grid in
 * `ln x` (fine near 0%, coarser far out) between proven root bounds finds
 * every sign change, and a sign change of the slope without one of the value
 * reveals close pairs and tangent (double) roots. Each bracket is polished by
 * a safeguarded Newton iteration that falls back to bisection (in `ln x`).
 */

/** @internal A scaled NPV in `x = 1 + r`; `value` also sets `slope`. */
export interface ScaledNpv {
  /** d(value)/dx at the last `value` call. */
  slope: number;
  /** The scaled NPV at `x > 0`. */
  value(x: number): number;
  /** The same scaling applied to `Σ |c_i|`, for relative tolerances. */
  magnitude(x: number): number;
}

/** @internal Scaled NPV of periodic flows `c[0..n]` (flow i at t = i). */
export class PeriodicScaledNpv implements ScaledNpv {
  slope = 0;
  private readonly c: Float64Array;
  constructor(c: Float64Array) {
    this.c = c;
  }
  value(x: number): number {
    const c = this.c;
    const n = c.length - 1;
    if (x >= 1) {
      const v = 1 / x;
      let p = c[n] as number;
      let dp = 0;
      for (let i = n - 1; i >= 0; i--) {
        dp = dp * v + p;
        p = p * v + (c[i] as number);
      }
      this.slope = -dp * v * v;
      return p;
    }
    let q = c[0] as number;
    let dq = 0;
    for (let i = 1; i <= n; i++) {
      dq = dq * x + q;
      q = q * x + (c[i] as number);
    }
    this.slope = dq;
    return q;
  }
  magnitude(x: number): number {
    const c = this.c;
    const n = c.length - 1;
    let p = 0;
    if (x >= 1) {
      const v = 1 / x;
      for (let i = n; i >= 0; i--) p = p * v + Math.abs(c[i] as number);
    } else {
      for (let i = 0; i <= n; i++) p = p * x + Math.abs(c[i] as number);
    }
    return p;
  }
}

/** @internal Scaled NPV of dated flows: amounts `a[i]` at times `t[i]` (years, ascending, `t[0] = 0`). */
export class DatedScaledNpv implements ScaledNpv {
  slope = 0;
  private readonly a: Float64Array;
  private readonly t: Float64Array;
  private readonly total: number;
  constructor(a: Float64Array, t: Float64Array) {
    this.a = a;
    this.t = t;
    this.total = t[t.length - 1] as number;
  }
  value(x: number): number {
    const a = this.a;
    const t = this.t;
    const lx = Math.log(x);
    let s = 0;
    let ds = 0;
    if (x >= 1) {
      for (let i = 0; i < a.length; i++) {
        const e = -(t[i] as number);
        const term = (a[i] as number) * Math.exp(e * lx);
        s += term;
        ds += e * term;
      }
    } else {
      const total = this.total;
      for (let i = 0; i < a.length; i++) {
        const e = total - (t[i] as number);
        const term = (a[i] as number) * Math.exp(e * lx);
        s += term;
        ds += e * term;
      }
    }
    this.slope = ds / x;
    return s;
  }
  magnitude(x: number): number {
    const a = this.a;
    const t = this.t;
    const lx = Math.log(x);
    const shift = x >= 1 ? 0 : this.total;
    let s = 0;
    for (let i = 0; i < a.length; i++)
      s += Math.abs(a[i] as number) * Math.exp((shift - (t[i] as number)) * lx);
    return s;
  }
}

/**
 * @internal Scales amounts in place by a power of two (exact, so the roots
 * and every digit stay the same) when the largest is beyond 2^±500, where
 * sums of the flows or of their magnitudes could overflow to Infinity or
 * lose digits as subnormals. Returns `a`.
 */
export function normaliseAmounts(a: Float64Array): Float64Array {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] as number));
  if (max === 0 || (max < 2 ** 500 && max > 2 ** -500)) return a;
  // Two factors, each a representable power of two, bring the largest to [1, 2).
  const k = Math.floor(Math.log2(max));
  const f1 = 2 ** -Math.trunc(k / 2);
  const f2 = 2 ** -(k - Math.trunc(k / 2));
  for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) * f1 * f2;
  return a;
}

/** @internal Sign changes of `a` ignoring zeros (Descartes' bound on the number of roots). */
export function countSignChanges(a: Float64Array): number {
  let changes = 0;
  let last = 0;
  for (let i = 0; i < a.length; i++) {
    const s = Math.sign(a[i] as number);
    if (s !== 0) {
      if (last !== 0 && s !== last) changes++;
      last = s;
    }
  }
  return changes;
}

const U_LIMIT = 700;
const MARGIN = 0.05;

/**
 * @internal Proven bounds `[uLo, uHi]` on `u = ln(1 + r)` of every root, for
 * amounts `a` (first and last non-zero) at ascending times whose first and
 * last gaps are `firstGap` and `lastGap`. Beyond `uHi`
 * the first flow outweighs all others together; below `uLo` the last does.
 */
export function rootBounds(a: Float64Array, firstGap: number, lastGap: number): [number, number] {
  const n = a.length - 1;
  let restHi = 0;
  for (let i = 1; i <= n; i++) restHi += Math.abs(a[i] as number);
  let restLo = 0;
  for (let i = 0; i < n; i++) restLo += Math.abs(a[i] as number);
  const uHi = Math.max(0, (Math.log(restHi) - Math.log(Math.abs(a[0] as number))) / firstGap);
  const uLo = Math.min(0, (Math.log(Math.abs(a[n] as number)) - Math.log(restLo)) / lastGap);
  return [Math.max(-U_LIMIT, uLo - MARGIN), Math.min(U_LIMIT, uHi + MARGIN)];
}

const EPS = Number.EPSILON;

/** True when a Newton step from `x` would leave `(lo, hi)` or shrink too slowly (rtsafe). */
function newtonUnsafe(
  x: number,
  f: number,
  df: number,
  lo: number,
  hi: number,
  dxOld: number,
): boolean {
  return ((x - hi) * df - f) * ((x - lo) * df - f) >= 0 || Math.abs(2 * f) > Math.abs(dxOld * df);
}

/** Where {@link solveBracket} starts: `start` when inside, else a geometric or secant point. */
function firstPoint(a: number, fa: number, b: number, fb: number, start?: number): number {
  const left = Math.min(a, b);
  const right = Math.max(a, b);
  if (start !== undefined && start > left && start < right) return start;
  const x = right > 4 * left ? Math.sqrt(left) * Math.sqrt(right) : a - (fa * (b - a)) / (fb - fa);
  return x > left && x < right ? x : 0.5 * (left + right);
}

/**
 * @internal Polishes a root in the bracket `(a, b)` where `fa`, `fb` have
 * opposite signs: Newton steps while they stay inside the bracket and shrink
 * fast enough, else bisection in `ln x` (Numerical Recipes' rtsafe).
 * `simple` promises the root is simple (the only one, from one sign change),
 * so a tiny Newton step ends the search.
 */
export function solveBracket(
  fn: ScaledNpv,
  a: number,
  fa: number,
  b: number,
  fb: number,
  start?: number,
  simple = false,
): number {
  let lo = fa < 0 ? a : b; // fn(lo) < 0
  let hi = fa < 0 ? b : a; // fn(hi) > 0
  const left = Math.min(a, b);
  const right = Math.max(a, b);
  let x = firstPoint(a, fa, b, fb, start);
  let dxOld = right - left;
  let dx = dxOld;
  let f = fn.value(x);
  let df = fn.slope;
  for (let iter = 0; iter < 300; iter++) {
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    let next: number;
    if (newtonUnsafe(x, f, df, lo, hi, dxOld)) {
      next = Math.sqrt(lo) * Math.sqrt(hi);
      dxOld = dx;
      dx = next - x;
    } else {
      dxOld = dx;
      dx = f / df;
      next = x - dx;
      // At a simple root Newton doubles the correct digits: a step this
      // small leaves an error far below one ulp, so stop without re-checking.
      if (simple && Math.abs(dx) <= 1e-9 * next) return next;
    }
    const tol = 2 * EPS * next;
    if (Math.abs(dx) <= tol || Math.abs(hi - lo) <= 2 * tol) return next;
    x = next;
    f = fn.value(x);
    df = fn.slope;
  }
  return x;
}

/** Newton's point when it lies on the root's side of `x` (below when `down`), else undefined. */
function newtonEstimate(x: number, newton: number, down: boolean): number | undefined {
  if (!(newton > 0)) return undefined;
  return (down ? newton < x : newton > x) ? newton : undefined;
}

/** True when `v` lies strictly between `p` and `q`. */
function between(v: number, p: number, q: number): boolean {
  return v > Math.min(p, q) && v < Math.max(p, q);
}

/** The next trial in `ln x`: half as far again as Newton's estimate, else a step. */
function nextU(u: number, estimate: number | undefined, down: boolean, step: number): number {
  if (estimate !== undefined) return u + 1.5 * (Math.log(estimate) - u);
  return down ? u - step : u + step;
}

/**
 * @internal The single root when the flows change sign exactly once: step
 * out in `ln x` from `x0` until the sign flips (each trial half as far
 * again as Newton's estimate, else a doubling step), then polish from the estimate.
 */
export function uniqueRoot(
  fn: ScaledNpv,
  uLo: number,
  uHi: number,
  signAtInfinity: number,
  x0: number,
): number {
  const xLo = Math.exp(uLo);
  const xHi = Math.exp(uHi);
  let x = Math.min(Math.max(x0, xLo), xHi);
  let g = fn.value(x);
  if (g === 0) return x;
  const down = Math.sign(g) === signAtInfinity; // the root lies below x
  let u = Math.log(x);
  let step = 0.1;
  for (;;) {
    const estimate = newtonEstimate(x, x - g / fn.slope, down);
    const u1 = Math.min(Math.max(nextU(u, estimate, down, step), uLo), uHi);
    const x1 = Math.exp(u1);
    const g1 = fn.value(x1);
    if (g1 === 0) return x1;
    if (Math.sign(g1) !== Math.sign(g)) {
      // Newton from the newest point usually lands closest.
      const fromX1 = x1 - g1 / fn.slope;
      return solveBracket(fn, x, g, x1, g1, between(fromX1, x, x1) ? fromX1 : estimate, true);
    }
    if (u1 === uLo || u1 === uHi) return Number.NaN; // cannot happen with one sign change
    x = x1;
    g = g1;
    u = u1;
    step *= 2;
  }
}

const GRID_A = 0.5;
const GRID_DS = 0.02;
const TANGENT_TOL = 1e-10;
const ROOT_TOL = 1e-9;

const REFINEMENTS = 3;

/** @internal The point in `(a, b)` where the slope changes sign (bisection on the slope). */
function criticalPoint(fn: ScaledNpv, a: number, slopeA: number, b: number): number {
  let lo = a;
  let hi = b;
  for (let i = 0; i < 100 && hi - lo > 4 * EPS * hi; i++) {
    const mid = 0.5 * (lo + hi);
    fn.value(mid);
    if (Math.sign(fn.slope) === Math.sign(slopeA)) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * @internal Every distinct root in `x`, ascending. Scans a grid; while it
 * finds fewer roots (by multiplicity) than Descartes' bound `maxRoots` allows,
 * the missing ones may hide as a cluster inside one grid step, so it scans
 * again with half the step, up to three times.
 */
export function allRoots(fn: ScaledNpv, uLo: number, uHi: number, maxRoots: number): number[] {
  let ds = GRID_DS;
  let best = scan(fn, uLo, uHi, maxRoots, ds);
  for (let i = 0; i < REFINEMENTS && best.found < maxRoots; i++) {
    ds /= 2;
    const next = scan(fn, uLo, uHi, maxRoots, ds);
    if (next.found >= best.found) best = next;
  }
  return best.roots.filter((x) => isRoot(fn, x));
}

/** @internal True when the scaled NPV at `x` is ~0 relative to the flows' own scale there. */
export function isRoot(fn: ScaledNpv, x: number): boolean {
  return Math.abs(fn.value(x)) <= ROOT_TOL * fn.magnitude(x);
}

/**
 * Same sign at both ends of `(px, x)` but a turning point between: a close
 * pair or a tangent root. Pushes them to `roots`; returns how many it counts (0 or 2).
 */
function turningPointRoots(
  fn: ScaledNpv,
  px: number,
  pg: number,
  pSlope: number,
  x: number,
  g: number,
  roots: number[],
): number {
  const c = criticalPoint(fn, px, pSlope, x);
  const gc = fn.value(c);
  if (gc === 0 || Math.abs(gc) <= TANGENT_TOL * fn.magnitude(c)) {
    roots.push(c);
    return 2;
  }
  if (Math.sign(gc) !== Math.sign(g)) {
    roots.push(solveBracket(fn, px, pg, c, gc));
    roots.push(solveBracket(fn, c, gc, x, g));
    return 2;
  }
  return 0;
}

/** @internal One grid scan with step `ds` in `s`, where `u = A·sinh(s)` (fine near 0%, wider far out). */
function scan(
  fn: ScaledNpv,
  uLo: number,
  uHi: number,
  maxRoots: number,
  ds: number,
): { roots: number[]; found: number } {
  const roots: number[] = [];
  let found = 0;
  const kLo = Math.floor(Math.asinh(uLo / GRID_A) / ds);
  const kHi = Math.ceil(Math.asinh(uHi / GRID_A) / ds);
  let px = 0;
  let pg = 0;
  let pSlope = 0;
  for (let k = kLo; k <= kHi; k++) {
    const x = Math.exp(GRID_A * Math.sinh(k * ds));
    let g = fn.value(x);
    let slope = fn.slope;
    if (g === 0) {
      roots.push(x);
      found++;
      // Carry the sign just right of the root into the next interval.
      g = fn.value(x * (1 + 1e-10));
      slope = fn.slope;
    } else if (k > kLo && pg !== 0 && found < maxRoots) {
      if (Math.sign(g) !== Math.sign(pg)) {
        roots.push(solveBracket(fn, px, pg, x, g));
        found++;
      } else if (Math.sign(slope) !== Math.sign(pSlope) && slope !== 0 && pSlope !== 0) {
        found += turningPointRoots(fn, px, pg, pSlope, x, g, roots);
      }
    }
    px = x;
    pg = g;
    pSlope = slope;
  }
  return { roots, found };
}

/**
 * @internal The root `irr`/`xirr` return: with a guess, the one nearest the
 * guess (the lower on a tie); without, the lowest positive rate, else the
 * rate nearest zero.
 */
export function pickRoot(roots: readonly number[], guessX?: number): number | undefined {
  let best: number | undefined;
  if (guessX !== undefined) {
    for (const x of roots)
      if (best === undefined || Math.abs(x - guessX) < Math.abs(best - guessX)) best = x;
    return best;
  }
  for (const x of roots) if (x > 1) return x;
  for (const x of roots) if (best === undefined || Math.abs(x - 1) < Math.abs(best - 1)) best = x;
  return best;
}
