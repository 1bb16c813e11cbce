import { readOptions } from '../core/internal/readObject.js';
import type { Decimal, Numeric } from '../core/numbers.js';
import { readDatedFlows } from './internal/datedFlows.js';
import { GUESS_OPTIONS, type RootProblem, solveProblem } from './internal/roots.js';
import {
  countSignChanges,
  DatedScaledNpv,
  normaliseAmounts,
  rootBounds,
} from './internal/solver.js';
import type { DatedCashFlow } from './xnpv.js';

/** Options of {@link xirr}. */
export interface XirrOptions {
  /**
   * An annual rate near the answer you expect (a fraction, `> -1`); with
   * several roots, `xirr` returns the one nearest the guess.
   */
  readonly guess?: Numeric | undefined;
}

/** The indices in date order (stable), or `null` when already sorted. */
function sortOrder(days: Float64Array): number[] | null {
  const n = days.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = (days[i] as number) >= (days[i - 1] as number);
  if (sorted) return null;
  const order = Array.from({ length: n }, (_, i) => i);
  // Stable: equal days keep input order (their amounts are merged anyway).
  order.sort((x, y) => (days[x] as number) - (days[y] as number) || x - y);
  return order;
}

/** The flows in `order`, same-day amounts summed; the first `m` entries are used. */
function mergeSameDay(
  days: Float64Array,
  amounts: Float64Array,
  order: readonly number[] | null,
): { mergedDays: Float64Array; mergedAmounts: Float64Array; m: number } {
  const n = days.length;
  const mergedDays = new Float64Array(n);
  const mergedAmounts = new Float64Array(n);
  let m = 0;
  for (let k = 0; k < n; k++) {
    const i = order === null ? k : (order[k] as number);
    const d = days[i] as number;
    if (m > 0 && mergedDays[m - 1] === d)
      mergedAmounts[m - 1] = (mergedAmounts[m - 1] as number) + (amounts[i] as number);
    else {
      mergedDays[m] = d;
      mergedAmounts[m] = amounts[i] as number;
      m++;
    }
  }
  return { mergedDays, mergedAmounts, m };
}

/** @internal Sorts by date, merges same-day flows and trims zeros; `null` without a sign change. */
function datedProblem(days: Float64Array, amounts: Float64Array): RootProblem | null {
  const order = sortOrder(days);
  const { mergedDays, mergedAmounts, m } = mergeSameDay(days, amounts, order);
  let first = 0;
  while (first < m && mergedAmounts[first] === 0) first++;
  let last = m - 1;
  while (last > first && mergedAmounts[last] === 0) last--;
  if (last <= first) return null;
  const a = normaliseAmounts(mergedAmounts.subarray(first, last + 1));
  const signChanges = countSignChanges(a);
  if (signChanges === 0) return null;
  const d0 = mergedDays[first] as number;
  const t = new Float64Array(a.length);
  for (let j = 0; j < t.length; j++) t[j] = ((mergedDays[first + j] as number) - d0) / 365;
  const [uLo, uHi] = rootBounds(
    a,
    (t[1] as number) - (t[0] as number),
    (t[t.length - 1] as number) - (t[t.length - 2] as number),
  );
  return {
    fn: new DatedScaledNpv(a, t),
    uLo,
    uHi,
    signChanges,
    signAtInfinity: Math.sign(a[0] as number),
  };
}

/**
 * Internal rate of return of dated cash flows, as Excel's `XIRR`: the annual
 * rate at which {@link xnpv} is zero (Actual/365 from the first listed
 * flow's date; the others in any order, none earlier). Same robust solver and
 * root rule as {@link irr}: every root in (-100%, ∞) is bracketed and
 * checked, so it never returns a non-root or a rate ≤ -100%, and it works
 * for rates near -100% where Newton's method from 10% fails.
 *
 * @param flows - `{ date, amount }` per flow, money paid out negative
 * As {@link irr}, flows without an IRR (fewer than two flows on different
 * dates, flows without both signs, or no root) give `null`.
 *
 * @param options - an optional `guess`
 * @returns the annual IRR as a fraction; `null` when the flows have none
 * @throws PopmError `INVALID_DATE` at
 *   `['flows', i, 'date']` for a bad date or one before the first;
 *   `INVALID_NUMBER` at `['flows', i, 'amount']`; `INVALID_ARGUMENT` for a
 *   non-array or non-object flow, a misspelled flow key or an
 *   unknown option key; `OUT_OF_RANGE` for a guess ≤ -1
 * @example
 * // Excel help, XIRR: -10,000 (2008-01-01), 2,750, 4,250, 3,250, 2,750
 * xirr([
 *   { date: '2008-01-01', amount: -10000 },
 *   { date: '2008-03-01', amount: 2750 },
 *   { date: '2008-10-30', amount: 4250 },
 *   { date: '2009-02-15', amount: 3250 },
 *   { date: '2009-04-01', amount: 2750 },
 * ])?.toFixed(6); //=> '0.373363'
 */
export function xirr(flows: readonly DatedCashFlow[], options?: XirrOptions): Decimal | null {
  const { days, amounts } = readDatedFlows(flows, ['flows']);
  const opts = readOptions(options, ['options'], GUESS_OPTIONS);
  return solveProblem(datedProblem(days, amounts), opts.guess);
}
