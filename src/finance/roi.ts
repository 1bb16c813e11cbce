import { popmError } from '../core/errors.js';
import { type Decimal, type Numeric, toDecimal, toNumber } from '../core/numbers.js';
import { frozenDecimal } from './internal/appraisalInput.js';

/** The cost, `>= 0`; `null` for a zero cost (no ROI exists: the null rule). */
function readCost(cost: Numeric): Decimal | null {
  const c = toDecimal(cost, ['cost']);
  if (c.isNegative() && !c.isZero()) throw popmError('OUT_OF_RANGE', ['cost'], 'a cost >= 0', cost);
  return c.isZero() ? null : c;
}

/**
 * Return on investment as a fraction: `(gain − cost) / cost`, where `gain` is
 * everything the investment brought back and `cost` what it took. Exact
 * decimal arithmetic (34 significant digits).
 *
 * @param gain - what the investment returned in total
 * Null rule: at a zero cost there is no return on investment (nothing was
 * invested), so the answer is `null`, as `appraiseOptions` shows it.
 *
 * @param cost - what it cost, `>= 0`
 * @returns the ROI as a fraction (`0.25` is 25%); `null` for a zero cost
 * @throws PopmError `OUT_OF_RANGE` at `['cost']` for a negative cost, at `['gain']` when the
 *   ratio is beyond Decimal's range (about 1e9e15); `INVALID_NUMBER`
 * @example
 * roi(125000, 100000)?.toString(); //=> '0.25'
 * roi('0.3', '0.1')?.toString(); //=> '2'
 * roi(100, 0); //=> null
 */
export function roi(gain: Numeric, cost: Numeric): Decimal | null {
  const g = toDecimal(gain, ['gain']);
  const c = readCost(cost);
  if (c === null) return null;
  const out = g.minus(c).div(c);
  if (!out.isFinite())
    throw popmError('OUT_OF_RANGE', ['gain'], 'a gain / cost ratio within Decimal range', gain);
  return frozenDecimal(out);
}

/** `e^x − 1` to 34 digits, by its series where `e^x` would round the digits of a small `x` away. */
function expm1(x: Decimal): Decimal {
  if (x.abs().gte(0.5)) return x.exp().minus(1);
  let term = x;
  let sum = x;
  for (let k = 2; term.abs().gt(sum.abs().times('1e-36')); k++) {
    term = term.times(x).div(k);
    sum = sum.plus(term);
  }
  return sum;
}

/**
 * Annualised (compound annual) ROI: the yearly rate that grows `cost` into
 * `gain` over `years`, `(gain / cost)^(1 / years) − 1`. With `years = 1` it
 * equals {@link roi}. A gain of 0 (everything lost) gives -1.
 *
 * @param gain - what the investment returned in total, `>= 0`
 * @param cost - what it cost, `>= 0`
 * @param years - how long it ran, `> 0` (fractions allowed)
 * @returns the annual rate as a fraction; `null` for a zero cost (the null rule)
 * @throws PopmError `OUT_OF_RANGE` at `['cost']` for a negative cost, at `['gain']` for a
 *   negative gain (no real annual rate), at `['years']` for `years <= 0` or
 *   an annual rate beyond Decimal's range;
 *   `INVALID_NUMBER`
 * @example
 * // 100,000 grown into 121,000 over two years is 10% a year
 * annualisedRoi(121000, 100000, 2)?.toString(); //=> '0.1'
 * annualisedRoi(121000, 0, 2); //=> null
 */
export function annualisedRoi(gain: Numeric, cost: Numeric, years: Numeric): Decimal | null {
  const g = toDecimal(gain, ['gain']);
  const c = readCost(cost);
  const y = toNumber(years, ['years']);
  if (!(y > 0)) throw popmError('OUT_OF_RANGE', ['years'], 'a number of years > 0', years);
  if (g.isNegative())
    throw popmError(
      'OUT_OF_RANGE',
      ['gain'],
      'a gain >= 0 (a negative total has no annual rate)',
      gain,
    );
  if (c === null) return null;
  if (g.isZero()) return frozenDecimal(toDecimal(-1));
  // e^(ln(gain/cost)/years) − 1 with expm1, so a small annual rate over many
  // years keeps its digits (pow then − 1 would cancel them).
  const annual = expm1(g.div(c).ln().div(y));
  if (!annual.isFinite())
    throw popmError('OUT_OF_RANGE', ['years'], 'an annual rate within Decimal range', years);
  // ln and exp round the last of 34 digits; report 32, enough to round-trip exact results.
  return frozenDecimal(annual.toSignificantDigits(32));
}
