import { readOptions } from '../core/internal/readObject.js';
import type { Decimal, Numeric } from '../core/numbers.js';
import { readFlows } from './internal/appraisalInput.js';
import {
  GUESS_OPTIONS,
  periodicProblem,
  problemRoots,
  ratesFromGrowth,
  solveProblem,
} from './internal/roots.js';

/** Options of {@link irr}. */
export interface IrrOptions {
  /**
   * A rate near the answer you expect (a fraction, `> -1`). When the flows
   * have several IRRs, `irr` returns the one nearest the guess. It never
   * changes which roots exist, only which one is picked.
   */
  readonly guess?: Numeric | undefined;
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
