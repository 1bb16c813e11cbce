/**
 * Finance for both roles: investment appraisal (NPV, IRR, MIRR, XNPV, XIRR,
 * annuities, ROI, payback), total cost of ownership, budget tracking, earned
 * value and the business case.
 *
 * @packageDocumentation
 * @module popm/finance
 */
// appraisal:start
export type { PaymentTiming } from './annuity.js';
export { fv, nper, pmt, pv } from './annuity.js';
export { cumipmt, cumprinc, ipmt, ppmt } from './ipmt.js';
export type { IrrOptions } from './irr.js';
export { irr, irrAll } from './irr.js';
export { mirr } from './mirr.js';
export type { NpvOptions } from './npv.js';
export { npv } from './npv.js';
export { discountedPaybackPeriod, paybackPeriod } from './paybackPeriod.js';
export { profitabilityIndex } from './profitabilityIndex.js';
export { rate } from './rate.js';
export { annualisedRoi, roi } from './roi.js';
export type { XirrOptions } from './xirr.js';
export { xirr } from './xirr.js';
export type { DatedCashFlow } from './xnpv.js';
export { xnpv } from './xnpv.js';
// appraisal:end

// tco-budget-evm-business-case:start
export type {
  IncrementalAppraisal,
  OptionAppraisal,
  OptionsAppraisal,
  Recommendation,
} from './appraiseOptions.js';
export { appraiseOptions } from './appraiseOptions.js';
export type {
  Budget,
  BudgetCategoryStatus,
  BudgetEntry,
  BudgetLine,
  BudgetPhase,
  BudgetStatus,
} from './budgetStatus.js';
export { budgetStatus } from './budgetStatus.js';
export type {
  BusinessCase,
  BusinessCaseOption,
  BusinessCaseOptionKind,
  CashFlowLine,
  CashFlowSeries,
} from './businessCase.js';
export { BUSINESS_CASE_OPTION_KINDS, MAX_BUSINESS_CASE_HORIZON } from './businessCase.js';
export type {
  CompareTcoResult,
  TcoCrossover,
  TcoPairComparison,
  TcoRanking,
} from './compareTco.js';
export { compareTco } from './compareTco.js';
export type {
  CostStatus,
  EacEstimates,
  EacMethod,
  EarnedScheduleInput,
  EarnedScheduleResult,
  EarnedValueInput,
  EarnedValueOptions,
  EarnedValueResult,
  EarnedValueSnapshot,
  ScheduleStatus,
} from './earnedValue.js';
export { earnedSchedule, earnedValue } from './earnedValue.js';
export type {
  ScenarioMultipliers,
  ScenarioName,
  ScenarioOptionRow,
  ScenarioSet,
  ScenariosResult,
} from './scenarios.js';
export { scenarios } from './scenarios.js';
export type {
  BreakEvenOptions,
  BreakEvenResult,
  SensitivityBasis,
  SensitivityOptions,
  SensitivityResult,
  SensitivityRow,
} from './sensitivity.js';
export { breakEvenChange, sensitivity, sensitivityVariables } from './sensitivity.js';
export type {
  TcoCategory,
  TcoCategoryTotal,
  TcoCostLine,
  TcoInput,
  TcoLineTotal,
  TcoPeriod,
  TcoPriceBase,
  TcoRecurrence,
  TcoResult,
} from './totalCostOfOwnership.js';
export { MAX_TCO_HORIZON, TCO_CATEGORIES, totalCostOfOwnership } from './totalCostOfOwnership.js';
// tco-budget-evm-business-case:end
