import { readOptions } from '../core/internal/readObject.js';
import { Decimal, type Numeric } from '../core/numbers.js';
import { decimalFromFloat, frozenDecimal, readFlows, readRate } from './internal/appraisalInput.js';
import {
  allRoots,
  countSignChanges,
  isRoot,
  normaliseAmounts,
  PeriodicScaledNpv,
  pickRoot,
  rootBounds,
  type ScaledNpv,
  uniqueRoot,
} from './internal/solver.js';

/** Options of {@link irr}. */
export interface IrrOptions {
  /**
   * A rate near the answer you expect (a fraction, `> -1`). When the flows
   * have several IRRs, `irr` returns the one nearest the guess. It never
   * changes which roots exist, only which one is picked.
   */
  readonly guess?: Numeric | undefined;
}

/** @internal The keys of {@link IrrOptions} (and of `XirrOptions`). */
export const GUESS_OPTIONS = ['guess'] as const;

/**
 * @internal A growth factor `x = 1 + r` as a rate. Near -100% the rate is
 * built in Decimal so `1 + r` keeps its digits.
 */
export function rateFromGrowth(x: number): Decimal | null {
  if (x >= 1e-3) return decimalFromFloat(x - 1);
  const r = new Decimal(x).minus(1);
  return r.lte(-1) ? null : frozenDecimal(r);
}

/** @internal Growth factors to rates, leaving out any too close to -100% to show. */
export function ratesFromGrowth(xs: readonly number[]): readonly Decimal[] {
  const out: Decimal[] = [];
  for (const x of xs) {
    const r = rateFromGrowth(x);
    if (r !== null) out.push(r);
  }
  return Object.freeze(out);
}

/** @internal A solver problem: the scaled NPV, root bounds and the sign pattern. */
export interface RootProblem {
  /** The scaled NPV. */
  readonly fn: ScaledNpv;
  /** Lower bound on `ln(1 + r)` of every root. */
  readonly uLo: number;
  /** Upper bound on `ln(1 + r)` of every root. */
  readonly uHi: number;
  /** Sign changes of the flows in time order (Descartes' bound). */
  readonly signChanges: number;
  /** The sign of the scaled NPV as the rate goes to infinity (the first flow's sign). */
  readonly signAtInfinity: number;
}

/** @internal Trims zero flows at both ends; `null` when fewer than two non-zero flows remain. */
function periodicProblem(flows: Float64Array): RootProblem | null {
  let first = 0;
  while (first < flows.length && flows[first] === 0) first++;
  let last = flows.length - 1;
  while (last > first && flows[last] === 0) last--;
  if (last <= first) return null;
  const c = normaliseAmounts(flows.subarray(first, last + 1));
  const signChanges = countSignChanges(c);
  if (signChanges === 0) return null;
  const [uLo, uHi] = rootBounds(c, 1, 1);
  return {
    fn: new PeriodicScaledNpv(c),
    uLo,
    uHi,
    signChanges,
    signAtInfinity: Math.sign(c[0] as number),
  };
}

/** @internal Every root of a problem as growth factors, ascending. */
export function problemRoots(p: RootProblem): number[] {
  if (p.signChanges === 1) {
    const x = uniqueRoot(p.fn, p.uLo, p.uHi, p.signAtInfinity, 1.1);
    return Number.isNaN(x) || !isRoot(p.fn, x) ? [] : [x];
  }
  return allRoots(p.fn, p.uLo, p.uHi, p.signChanges);
}

/**
 * @internal The root `irr`/`xirr` return, or `null` when there is none (no
 * sign change, no root, or a root so near -100% that `1 + rate` cannot be
 * written in 34 digits). The guess is read (and checked) first, so a bad
 * guess throws even for flows without a root.
 */
export function solveProblem(p: RootProblem | null, guess: unknown): Decimal | null {
  const guessX = guess === undefined ? undefined : 1 + readRate(guess, ['options', 'guess']);
  if (p === null) return null;
  let x: number | undefined;
  if (p.signChanges === 1) {
    const root = uniqueRoot(p.fn, p.uLo, p.uHi, p.signAtInfinity, guessX ?? 1.1);
    x = Number.isNaN(root) || !isRoot(p.fn, root) ? undefined : root;
  } else {
    x = pickRoot(allRoots(p.fn, p.uLo, p.uHi, p.signChanges), guessX);
  }
  return x === undefined ? null : rateFromGrowth(x);
}

/**
 * Internal rate of return: the periodic rate at which the NPV of the flows is
 * zero. Flow `i` is at the end of period `i` (the first at t = 0). popm finds
 * every root in (-100%, ∞) — Descartes' rule of signs bounds how many there
 * are, a grid between proven bounds brackets them, a safeguarded Newton
 * iteration polishes each — and checks the NPV at each is ~0, so it never
 * returns a rate ≤ -100% or a rate that is not a root.
 *
 * Which root: with `options.guess`, the one nearest the guess; without, the
 * lowest positive rate, else the rate nearest zero. {@link irrAll} lists
 * them all.
 *
 * Null rule: flows that have no IRR (fewer than two non-zero flows, flows
 * without both signs, or an NPV that never reaches zero) are valid input
 * without an answer, so `irr` returns `null` for them, as
 * `appraiseOptions` shows it.
 *
 * @param cashFlows - the flows per period, money paid out negative
 * @param options - an optional `guess`
 * @returns the IRR as a fraction per period; `null` when the flows have none
 * @throws PopmError `INVALID_NUMBER` at `['cashFlows', i]` for a bad flow;
 *   `INVALID_ARGUMENT` for a non-array or an unknown option key;
 *   `OUT_OF_RANGE` at `['options', 'guess']` for a guess ≤ -1
 * @example
 * // Excel help, IRR: -70,000 then 12,000, 15,000, 18,000, 21,000, 26,000
 * irr([-70000, 12000, 15000, 18000, 21000, 26000])?.toFixed(4); //=> '0.0866'
 * // Two IRRs (10% and 20%): the lowest positive one, or the one nearest the guess
 * irr([-100, 230, -132])?.toFixed(6); //=> '0.100000'
 * irr([-100, 230, -132], { guess: 0.3 })?.toFixed(6); //=> '0.200000'
 * // No sign change, no IRR
 * irr([100, 200]); //=> null
 */
export function irr(cashFlows: readonly Numeric[], options?: IrrOptions): Decimal | null {
  const flows = readFlows(cashFlows, ['cashFlows']);
  const opts = readOptions(options, ['options'], GUESS_OPTIONS);
  return solveProblem(periodicProblem(flows), opts.guess);
}

/**
 * Every internal rate of return of the flows in (-100%, ∞), ascending, each
 * distinct root once (a tangent, double root included). Flows with a single
 * sign change have exactly one; each extra sign change can add one
 * (Descartes' rule of signs).
 *
 * @param cashFlows - the flows per period, money paid out negative
 * @returns the rates as fractions, ascending; `[]` when there is none (fewer
 *   than two flows, no sign change, or an NPV that never reaches zero). A
 *   root so close to -100% that `1 + r` is below 1e-33 cannot be written as
 *   a 34-digit rate above -1 and is left out.
 * @throws PopmError `INVALID_NUMBER` at `['cashFlows', i]` for a bad flow;
 *   `INVALID_ARGUMENT` for a non-array
 * @example
 * // The "pump" problem: invest 1,600, receive 10,000, pay 10,000
 * irrAll([-1600, 10000, -10000]).map((r) => r.toFixed(4)); //=> ['0.2500', '4.0000']
 * irrAll([100, 100]); //=> []
 */
export function irrAll(cashFlows: readonly Numeric[]): readonly Decimal[] {
  const p = periodicProblem(readFlows(cashFlows, ['cashFlows']));
  if (p === null) return Object.freeze([]);
  return ratesFromGrowth(problemRoots(p));
}
