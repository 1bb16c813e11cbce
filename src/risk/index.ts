/**
 * popm/risk: the risk register (threats and opportunities), configurable
 * probability–impact matrices and ratings, EMV and exposure, PMI and PRINCE2
 * response strategies, reviews, trend and a Monte Carlo contingency reserve.
 *
 * @packageDocumentation
 * @module popm/risk
 */
export type { ExpectedMonetaryValueOptions } from './expectedMonetaryValue.js';
export { expectedMonetaryValue } from './expectedMonetaryValue.js';
export type { HeatMap, HeatMapCell, HeatMapOptions, RatingCount } from './heatMap.js';
export { heatMap } from './heatMap.js';
export type {
  CostBand,
  ProbabilityBand,
  RatingBand,
  RiskMatrix,
  RiskMatrixOptions,
} from './matrix.js';
export {
  costLevel,
  createRiskMatrix,
  defaultMatrix,
  NPSA_RATING_BANDS,
  probabilityLevel,
  ratingOfScore,
} from './matrix.js';
export type { RankedRisk, RiskReviewDue, TopRisksOptions } from './monitoring.js';
export { risksDueForReview, risksWithoutResponse, topRisks, unownedRisks } from './monitoring.js';
export type {
  CloseRiskInput,
  EscalateRiskInput,
  RecordOccurrenceInput,
  RiskPatch,
  RiskRegister,
  RiskRegisterOptions,
} from './register.js';
export {
  addRisk,
  closeRisk,
  createRiskRegister,
  escalateRisk,
  recordOccurrence,
  updateRisk,
} from './register.js';
export type { ExposureGroup, ExposureTotals, RiskExposure } from './riskExposure.js';
export { riskExposure } from './riskExposure.js';
export type { RiskRating, RiskScoreOptions } from './riskScore.js';
export { riskRating, riskScore } from './riskScore.js';
export type { RiskSnapshot, RiskTrendOptions, RiskTrendPoint } from './riskTrend.js';
export { riskTrend } from './riskTrend.js';
export type { RiskSimulationResult, SimulateRiskCostOptions } from './simulateRiskCost.js';
export { simulateRiskCost } from './simulateRiskCost.js';
export { ACTIVE_RISK_STATUSES, isActiveRisk } from './status.js';
export type { FrameworkStrategies } from './strategies.js';
export { isValidStrategy, RESPONSE_STRATEGIES, strategiesFor } from './strategies.js';
export type {
  CostImpact,
  ResidualAssessment,
  Risk,
  RiskFramework,
  RiskKind,
  RiskResponse,
  RiskStatus,
  RiskStrategy,
  RiskThreePoint,
  ScheduleImpact,
} from './types.js';
