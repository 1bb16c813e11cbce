/** @internal Ratings of risks already read and validated. */
import { costLevel, probabilityLevel, type RiskMatrix, ratingOfScore } from '../matrix.js';
import type { RiskRating } from '../riskScore.js';
import type { Risk } from '../types.js';
import { assessed, checkCost } from './check.js';

/** @internal Rating of an already validated risk on a validated matrix. */
export function ratingOf(risk: Risk, matrix: RiskMatrix, residual: boolean): RiskRating | null {
  const a = assessed(risk, residual);
  if (a.probability === undefined) return null;
  let impactLevel = a.impact;
  if (impactLevel === undefined && a.costImpact !== undefined && matrix.costBands !== undefined)
    impactLevel = costLevel(checkCost(a.costImpact, ['costImpact']).mean, matrix) as number;
  if (impactLevel === undefined) return null;
  const pLevel = probabilityLevel(a.probability, matrix);
  const score = pLevel * impactLevel;
  return Object.freeze({
    probabilityLevel: pLevel,
    impactLevel,
    score,
    rating: ratingOfScore(score, matrix),
  });
}
