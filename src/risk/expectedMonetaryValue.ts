import { deepFreeze } from '../core/freeze.js';
import type { Decimal } from '../core/numbers.js';
import { readRisk, residualOption } from './internal/check.js';
import { emvOf } from './internal/emv.js';
import type { Risk } from './types.js';

/** Options of {@link expectedMonetaryValue}. */
export interface ExpectedMonetaryValueOptions {
  /** Price the residual assessment (after the response) instead of the inherent one. */
  readonly residual?: boolean | undefined;
}

/**
 * Expected monetary value: probability × cost impact, negative for a threat
 * and positive for an opportunity (PMBOK Guide 6th ed. §11.4.2.5). A
 * three-point cost impact counts at its triangular mean (min + mostLikely +
 * max) / 3, the mean of the distribution {@link simulateRiskCost} draws from.
 * Exact decimal arithmetic: 0.07 × 100 is 7, not 7.000000000000001. The one
 * rounding is a three-point mean that does not terminate (a sum not divisible
 * by 3), kept to 34 significant digits.
 * `null` when the risk has no probability or no cost impact (a risk assessed
 * only qualitatively has no EMV; that is not an error).
 *
 * The sign is PMI's, as the name says (docs/architecture.md, "Money at
 * risk"): money expected to be spent is the negation, reported as
 * {@link riskExposure}'s `threatCost` and `netCost` and
 * {@link simulateRiskCost}'s `expectedCost`.
 *
 * @param risk - the risk
 * @param options - `residual: true` prices the residual assessment
 * @returns the EMV as a Decimal, or `null`
 * @throws PopmError `OUT_OF_RANGE` for a probability outside 0..1 or a negative
 *   cost; the other risk rules of {@link createRiskRegister} at `['risk', …]`
 * @example
 * expectedMonetaryValue({ id: 'W', title: 'Bad weather', kind: 'threat', probability: 0.25, costImpact: 80000 })?.toString();
 * //=> '-20000'
 * expectedMonetaryValue({ id: 'M', title: 'Cheaper material', kind: 'opportunity', probability: 0.1, costImpact: '100000' })?.toString();
 * //=> '10000'
 */
export function expectedMonetaryValue(
  risk: Risk,
  options?: ExpectedMonetaryValueOptions,
): Decimal | null {
  const residual = residualOption(options);
  const r = readRisk(risk, ['risk'], null, undefined);
  const emv = emvOf(r, residual);
  return emv === null ? null : deepFreeze(emv);
}
