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

/**
 * @internal The same percentile as {@link percentileOfSorted}, of data in any
 * order: the one or two order statistics it needs are found by selection
 * (Hoare's quickselect on a copy, O(n) on average) instead of a full sort,
 * for callers that need one percentile of many arrays (a simulation's
 * tornado). Exact: it returns the very value the sorted form returns.
 */
export function percentileOfAny(
  values: ArrayLike<number>,
  p: number,
  method: PercentileMethod,
): number {
  const n = values.length;
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    a[i] = v === 0 ? 0 : v; // -0 sorts as 0, as sortedCopy normalises it
  }
  if (method === 'nearest-rank') {
    const x = (p * n) / 100;
    const r = Math.round(x);
    const k = Math.abs(x - r) <= 1e-9 * Math.max(1, x) ? r : Math.ceil(x);
    return selectKth(a, Math.min(n, Math.max(1, k)) - 1);
  }
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  const av = selectKth(a, lo);
  const t = h - lo;
  if (t === 0 || lo + 1 >= n) return av;
  // After selection every element past `lo` is >= a[lo]: the next order statistic is their least.
  let bv = a[lo + 1] as number;
  for (let i = lo + 2; i < n; i++) if ((a[i] as number) < bv) bv = a[i] as number;
  const x = av + t * (bv - av);
  return Number.isFinite(x) ? x : av * (1 - t) + bv * t;
}

/** Rearranges `a` so that `a[k]` is its k-th smallest, smaller ones before it, larger after. */
function selectKth(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const [i, j] = partition(a, left, right);
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k] as number;
}

/**
 * Hoare's partition of `a[left..right]` around the median of three: on
 * return everything before `i` is <= the pivot and everything after `j` is
 * >= it (and `a[j + 1 .. i - 1]` equals it).
 */
function partition(a: Float64Array, left: number, right: number): [number, number] {
  const mid = (left + right) >>> 1;
  const pivot = median3(a[left] as number, a[mid] as number, a[right] as number);
  let i = left;
  let j = right;
  while (i <= j) {
    while ((a[i] as number) < pivot) i++;
    while ((a[j] as number) > pivot) j--;
    if (i <= j) {
      const tmp = a[i] as number;
      a[i] = a[j] as number;
      a[j] = tmp;
      i++;
      j--;
    }
  }
  return [i, j];
}

/** The middle one of three numbers. */
function median3(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : Math.max(x, z);
  return x < z ? x : Math.max(y, z);
}
