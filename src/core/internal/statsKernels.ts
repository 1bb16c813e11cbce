/**
 * @internal The numeric kernels behind the public statistics, for data that
 * is already validated (and sorted, for percentiles).
 */
import type { PercentileMethod } from '../stats.js';

/** @internal Neumaier-compensated sum of already validated numbers. */
export function sumUnchecked(values: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/** @internal Percentile of sorted, validated data. */
export function percentileOfSorted(
  sorted: ArrayLike<number>,
  p: number,
  method: PercentileMethod,
): number {
  const n = sorted.length;
  if (method === 'nearest-rank') {
    const x = (p * n) / 100;
    const r = Math.round(x);
    // Guard against 0.7 * 10 = 7.000000000000001 style float noise.
    const k = Math.abs(x - r) <= 1e-9 * Math.max(1, x) ? r : Math.ceil(x);
    return sorted[Math.min(n, Math.max(1, k)) - 1] as number;
  }
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  const t = h - lo;
  if (t === 0) return a;
  const x = a + t * (b - a);
  // b − a overflows for values of opposite sign near ±1.8e308; the weighted form cannot.
  return Number.isFinite(x) ? x : a * (1 - t) + b * t;
}
