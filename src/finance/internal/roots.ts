/**
 * @internal The IRR problem behind `irr`, `irrAll`, `xirr` and `rate`:
 * growth factors to rates, the periodic problem, and the root rule.
 */
import { Decimal } from '../../core/numbers.js';
import { decimalFromFloat, frozenDecimal, readRate } from './appraisalInput.js';
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
} from './solver.js';

/** @internal The keys of `IrrOptions` and `XirrOptions`. */
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
export function periodicProblem(flows: Float64Array): RootProblem | null {
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
