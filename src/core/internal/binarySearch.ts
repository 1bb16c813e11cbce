/**
 * @internal Binary searches over ascending number arrays (plain or typed),
 * shared by every domain that looks a value up in sorted data: holidays in a
 * calendar, sorted simulation trials, working-day tables.
 */

/** @internal Index of the first element of ascending `sorted` greater than `x` (`sorted.length` when none). */
export function upperBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** @internal Index of the first element of ascending `sorted` not less than `x` (`sorted.length` when none). */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
