/** @internal EMV of risks already read and validated. */
import { type Decimal, toDecimal } from '../../core/numbers.js';
import type { Risk } from '../types.js';
import { assessed, checkCost } from './check.js';

/**
 * @internal PMI's expected monetary value of a validated risk: probability ×
 * cost impact (three-point at its triangular mean), negative for a threat and
 * positive for an opportunity; `null` when unpriced.
 */
export function emvOf(risk: Risk, residual: boolean): Decimal | null {
  const amount = expectedAmountOf(risk, residual);
  if (amount === null) return null;
  return risk.kind === 'threat' ? amount.negated() : amount;
}

/**
 * @internal The unsigned expected amount of a validated risk, probability ×
 * cost impact (`>= 0`): a threat's expected cost or an opportunity's expected
 * saving; `null` when unpriced.
 */
export function expectedAmountOf(risk: Risk, residual: boolean): Decimal | null {
  const a = assessed(risk, residual);
  if (a.probability === undefined || a.costImpact === undefined) return null;
  return toDecimal(a.probability).times(checkCost(a.costImpact, ['costImpact']).mean);
}
