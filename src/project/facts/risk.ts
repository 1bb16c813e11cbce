/** @internal The risk register: ranking, exposure, the residual cost simulation, reviews. */
import {
  heatMap,
  type Risk,
  type RiskRegister,
  riskExposure,
  risksDueForReview,
  risksWithoutResponse,
  simulateRiskCost,
  topRisks,
  unownedRisks,
} from '../../risk/index.js';
import type { FactsContext, RiskFacts } from './types.js';

/** How many risks the dashboard and the report show. */
const TOP = 5;

function isActive(r: Risk): boolean {
  return r.status === undefined || r.status === 'open' || r.status === 'monitoring';
}

function simulate(
  c: FactsContext,
  register: RiskRegister,
  active: readonly Risk[],
): RiskFacts['simulation'] {
  const priced = active.some((r) => r.probability !== undefined && r.costImpact !== undefined);
  if (!priced) return null;
  return simulateRiskCost(register, {
    trials: c.options.trials,
    seed: c.seed,
    percentiles: [50, 80, 90, 95],
    residual: true,
  });
}

/** @internal Builds the risk facts. */
export function riskFacts(c: FactsContext): RiskFacts {
  const { project, asOf } = c;
  const register = c.sections.register;
  const active = project.risks.filter(isActive);
  const escalated = project.risks.filter((r) => r.status === 'escalated');
  if (register === null)
    return {
      register,
      activeRisks: active,
      topRisks: [],
      rankedRisks: [],
      ratingNames: [],
      exposure: null,
      simulation: null,
      heatMap: null,
      reviewsDue: [],
      unowned: [],
      withoutResponse: [],
      escalated,
    };
  const ranked = topRisks(register, active.length, { by: 'score' });
  return {
    register,
    activeRisks: active,
    topRisks: ranked.slice(0, TOP),
    rankedRisks: ranked,
    ratingNames: register.matrix.ratingBands.map((b) => b.name).reverse(),
    exposure: riskExposure(register),
    simulation: simulate(c, register, active),
    heatMap: heatMap(register),
    reviewsDue: risksDueForReview(register, asOf),
    unowned: unownedRisks(register),
    withoutResponse: risksWithoutResponse(register),
    escalated,
  };
}
