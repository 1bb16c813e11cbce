import { type PopmPath, popmError } from './errors.js';
import { readOptions } from './internal/readObject.js';
import { percentileOfSorted, sumUnchecked } from './internal/statsKernels.js';
import { requireArray } from './internal/validate.js';

/** How a percentile is read from data. */
export type PercentileMethod = 'nearest-rank' | 'linear';

/** Options of {@link percentile} and {@link percentiles}. */
export interface PercentileOptions {
  /**
   * `'nearest-rank'` (default): the smallest value with at least p% of the data
   * at or below it, k = ⌈p/100 · n⌉, as flow-metrics tools use; always a value
   * from the data. `'linear'`: interpolation between closest ranks at
   * h = (n − 1)·p/100, as numpy's default and Excel's `PERCENTILE.INC`.
   */
  readonly method?: PercentileMethod | undefined;
}

/**
 * Reads `values` once, each element exactly once, into a fresh Float64Array
 * (the copy the sorts need anyway): a hole is `INVALID_NUMBER` at its index,
 * a Proxy whose traps throw or a throwing getter is `INVALID_ARGUMENT` at
 * the array, never a foreign error (issue 21).
 */
function readValues(values: unknown, path: PopmPath, min = 1): Float64Array {
  if (!Array.isArray(values))
    throw popmError('INVALID_ARGUMENT', path, 'an array of numbers', values);
  let out: Float64Array;
  let bad = -1;
  let badValue: unknown;
  try {
    const n: number = values.length;
    out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v: unknown = values[i];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        bad = i;
        badValue = v;
        break;
      }
      out[i] = v;
    }
  } catch {
    throw popmError('INVALID_ARGUMENT', path, 'an array of numbers that can be read', values);
  }
  if (out.length < min)
    throw popmError(
      'EMPTY_INPUT',
      path,
      min === 1 ? 'at least one value' : `at least ${min} values`,
      values,
    );
  if (bad >= 0) throw popmError('INVALID_NUMBER', [...path, bad], 'a finite number', badValue);
  return out;
}

/**
 * Sum with Neumaier compensation, so adding many small values to a large one
 * loses nothing (`sum([1e16, 1, -1e16])` is `1`, not `0`).
 *
 * @param values - finite numbers; empty gives 0
 * @returns the sum
 * @throws PopmError `INVALID_NUMBER` at `[i]` for a non-finite value; `OUT_OF_RANGE` when
 *   the sum overflows a float64 (`sum([1e308, 1e308])`)
 * @example
 * sum([0.1, 0.2, 0.3]); //=> 0.6
 * sum([1e16, 1, -1e16]); //=> 1
 */
export function sum(values: readonly number[]): number {
  const total = sumUnchecked(readValues(values, ['values'], 0));
  if (!Number.isFinite(total))
    throw popmError('OUT_OF_RANGE', ['values'], 'values whose sum fits a float64', values);
  return total;
}

/** The mean of validated numbers, finite even when their sum overflows. */
function meanUnchecked(values: ArrayLike<number>): number {
  const n = values.length;
  const m = sumUnchecked(values) / n;
  if (Number.isFinite(m)) return m;
  // |v / n| <= max|v| / n, so this sum stays within the float64 range.
  return sumUnchecked(Array.from(values, (v) => v / n));
}

/**
 * Arithmetic mean.
 *
 * @param values - finite numbers, at least one
 * @returns the mean
 * @throws PopmError `EMPTY_INPUT` for no values, `INVALID_NUMBER` for a non-finite one
 * @example
 * mean([8, 13, 21]); //=> 14
 */
export function mean(values: readonly number[]): number {
  return meanUnchecked(readValues(values, ['values']));
}

/**
 * Median: the middle value, or the mean of the two middle values.
 *
 * @param values - finite numbers, at least one, any order
 * @returns the median
 * @throws PopmError `EMPTY_INPUT` for no values, `INVALID_NUMBER` for a non-finite one
 * @example
 * median([5, 1, 3]); //=> 3
 * median([1, 2, 3, 4]); //=> 2.5
 */
export function median(values: readonly number[]): number {
  const s = readValues(values, ['values']).sort();
  const n = s.length;
  const mid = n >> 1;
  if (n % 2 === 1) return s[mid] as number;
  const a = s[mid - 1] as number;
  const b = s[mid] as number;
  const m = (a + b) / 2;
  // Two values near ±1.8e308 overflow their sum, never their mean.
  return Number.isFinite(m) ? m : a / 2 + b / 2;
}

/**
 * Sample standard deviation (Bessel's n − 1), by a two-pass algorithm.
 *
 * @param values - finite numbers, at least two
 * @returns the sample standard deviation
 * @throws PopmError `EMPTY_INPUT` for fewer than two values, `INVALID_NUMBER` for a non-finite
 *   one, `OUT_OF_RANGE` when the deviation itself exceeds the float64 range
 * @example
 * sampleStdDev([2, 4, 4, 4, 5, 5, 7, 9]); //=> 2.138089935299395
 */
export function sampleStdDev(values: readonly number[]): number {
  const sd = sampleStdDevUnchecked(readValues(values, ['values'], 2));
  if (!Number.isFinite(sd))
    throw popmError('OUT_OF_RANGE', ['values'], 'values whose deviation fits a float64', values);
  return sd;
}

function twoPassStdDev(values: ArrayLike<number>): number {
  const n = values.length;
  const m = sumUnchecked(values) / n;
  const sq = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - m;
    sq[i] = d * d;
  }
  return Math.sqrt(sumUnchecked(sq) / (n - 1));
}

/**
 * Sample standard deviation of validated numbers (at least two).
 * Values near ±1e308 overflow the squares: they are scaled by the largest
 * magnitude first, so the answer is finite whenever it fits a float64
 * (`Infinity` only when it does not).
 */
function sampleStdDevUnchecked(values: ArrayLike<number>): number {
  const direct = twoPassStdDev(values);
  if (Number.isFinite(direct)) return direct;
  let scale = 0;
  for (let i = 0; i < values.length; i++) scale = Math.max(scale, Math.abs(values[i] as number));
  return twoPassStdDev(Array.from(values, (v) => v / scale)) * scale;
}

function checkP(p: unknown, path: PopmPath): number {
  if (typeof p !== 'number' || !Number.isFinite(p))
    throw popmError('INVALID_NUMBER', path, 'a finite number', p);
  if (p < 0 || p > 100) throw popmError('OUT_OF_RANGE', path, 'a percentile from 0 to 100', p);
  return p;
}

const PERCENTILE_OPTIONS = ['method'] as const;

function methodOf(options: PercentileOptions | undefined): PercentileMethod {
  const method = readOptions(options, ['options'], PERCENTILE_OPTIONS).method ?? 'nearest-rank';
  if (method !== 'nearest-rank' && method !== 'linear')
    throw popmError(
      'INVALID_ARGUMENT',
      ['options', 'method'],
      "'nearest-rank' or 'linear'",
      method,
    );
  return method;
}

/**
 * The p-th percentile of `values`.
 *
 * @param values - finite numbers, at least one, any order
 * @param p - the percentile, 0..100
 * @param options - `method`: `'nearest-rank'` (default) or `'linear'`
 * @returns the percentile
 * @throws PopmError `EMPTY_INPUT` for no values, `OUT_OF_RANGE` for p outside [0, 100],
 *   `INVALID_NUMBER` for a non-finite value
 * @example
 * const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
 * percentile(xs, 85); //=> 9
 * percentile(xs, 85, { method: 'linear' }); //=> 8.65
 */
export function percentile(
  values: readonly number[],
  p: number,
  options?: PercentileOptions,
): number {
  const xs = readValues(values, ['values']);
  checkP(p, ['p']);
  const method = methodOf(options);
  return percentileOfSorted(xs.sort(), p, method);
}

/**
 * Several percentiles of the same data, sorting once.
 *
 * @param values - finite numbers, at least one, any order
 * @param ps - percentiles, each 0..100
 * @param options - `method`: `'nearest-rank'` (default) or `'linear'`
 * @returns one value per entry of `ps`, in the same order
 * @throws PopmError as {@link percentile}, with the path of the bad `ps` entry
 * @example
 * percentiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [50, 85, 95]); //=> [5, 9, 10]
 */
export function percentiles(
  values: readonly number[],
  ps: readonly number[],
  options?: PercentileOptions,
): readonly number[] {
  const xs = readValues(values, ['values']);
  const wanted = requireArray<unknown>(ps, ['ps'], 'an array of percentiles').map((p, i) =>
    checkP(p, ['ps', i]),
  );
  const method = methodOf(options);
  const sorted = xs.sort();
  return Object.freeze(wanted.map((p) => percentileOfSorted(sorted, p, method)));
}

/**
 * The standard normal cumulative distribution Φ(z), to a relative error of
 * about 1e-14 (erf by its Taylor series near 0, erfc by Laplace's continued
 * fraction in the tails).
 *
 * @param z - the z-score
 * @returns P(Z ≤ z)
 * @throws PopmError `INVALID_NUMBER` for a non-finite `z`
 * @example
 * normalCdf(1); //=> 0.8413447460685427
 */
export function normalCdf(z: number): number {
  if (typeof z !== 'number' || Number.isNaN(z))
    throw popmError('INVALID_NUMBER', ['z'], 'a number', z);
  if (z === Number.POSITIVE_INFINITY) return 1;
  if (z === Number.NEGATIVE_INFINITY) return 0;
  return 0.5 * erfc(-z / Math.SQRT2);
}

function erfc(x: number): number {
  // Short-table approximations (Abramowitz–Stegun 7.1.26, error 1.5e-7) are too
  // coarse for probabilities people quote to 4 places after subtraction; use
  // the Taylor series near 0 and the Laplace continued fraction in the tails.
  const ax = Math.abs(x);
  if (ax < 0.5) return 1 - erfSeries(x);
  const t = erfcContinuedFraction(ax);
  return x >= 0 ? t : 2 - t;
}

function erfSeries(x: number): number {
  // erf(x) = 2/sqrt(pi) * sum_{n} (-1)^n x^(2n+1) / (n! (2n+1))
  let term = x;
  let total = x;
  const x2 = x * x;
  for (let n = 1; n < 60; n++) {
    term *= -x2 / n;
    const add = term / (2 * n + 1);
    total += add;
    if (Math.abs(add) < 1e-17 * Math.abs(total)) break;
  }
  return (2 / Math.sqrt(Math.PI)) * total;
}

function erfcContinuedFraction(x: number): number {
  // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...))))
  // Modified Lentz's method.
  const tiny = 1e-300;
  let f = x;
  if (f === 0) f = tiny;
  let c = f;
  let d = 0;
  for (let i = 1; i < 500; i++) {
    const a = i / 2;
    d = x + a * d;
    if (d === 0) d = tiny;
    c = x + a / c;
    if (c === 0) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/**
 * The inverse of {@link normalCdf}: the z with Φ(z) = p (Acklam's algorithm
 * refined by one Halley step, accurate to about 1e-15).
 *
 * @param p - a probability in (0, 1)
 * @returns the z-score
 * @throws PopmError `OUT_OF_RANGE` for p outside (0, 1)
 * @example
 * normalQuantile(0.8413447460685429); // ≈ 1
 * normalQuantile(0.5); //=> 0
 */
export function normalQuantile(p: number): number {
  if (typeof p !== 'number' || !Number.isFinite(p))
    throw popmError('INVALID_NUMBER', ['p'], 'a finite number', p);
  if (p <= 0 || p >= 1) throw popmError('OUT_OF_RANGE', ['p'], 'a probability in (0, 1)', p);
  if (p === 0.5) return 0;
  // Acklam's coefficients, written out so each polynomial reads as Horner's rule.
  const pl = 0.02425;
  let x: number;
  if (p < pl || p > 1 - pl) {
    const q = Math.sqrt(-2 * Math.log(p < pl ? p : 1 - p));
    const num =
      ((((-0.007784894002430293 * q - 0.3223964580411365) * q - 2.400758277161838) * q -
        2.549732539343734) *
        q +
        4.374664141464968) *
        q +
      2.938163982698783;
    const den =
      (((0.007784695709041462 * q + 0.3224671290700398) * q + 2.445134137142996) * q +
        3.754408661907416) *
        q +
      1;
    x = p < pl ? num / den : -num / den;
  } else {
    const q = p - 0.5;
    const r = q * q;
    const num =
      (((((-39.69683028665376 * r + 220.9460984245205) * r - 275.9285104469687) * r +
        138.357751867269) *
        r -
        30.66479806614716) *
        r +
        2.506628277459239) *
      q;
    const den =
      ((((-54.47609879822406 * r + 161.5858368580409) * r - 155.6989798598866) * r +
        66.80131188771972) *
        r -
        13.28068155288572) *
        r +
      1;
    x = num / den;
  }
  // One Halley refinement step. In the far tail (p below about 1e-300) Φ
  // underflows and exp(x²/2) overflows: Acklam's value stands unrefined.
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  const refined = x - u / (1 + (x * u) / 2);
  return Number.isFinite(refined) ? refined : x;
}
