/**
 * popm/plan: schedule networks, the critical path method, PERT, Monte Carlo
 * schedule risk, working-calendar dates, milestones and baseline variance.
 *
 * @packageDocumentation
 * @module popm/plan
 */
export type {
  BaselineTask,
  BaselineVarianceOptions,
  BaselineVarianceResult,
  MilestoneVariance,
  PlanBaseline,
  TaskVariance,
} from './baselineVariance.js';
export { baselineVariance, toBaseline } from './baselineVariance.js';
export type {
  CriticalPathOptions,
  CriticalPathResult,
  PertAnalysisOptions,
  ScheduleConflict,
  ScheduledTask,
} from './criticalPath.js';
export { criticalPath } from './criticalPath.js';
export { dateForProbability } from './dateForProbability.js';
export { durationForProbability } from './durationForProbability.js';
export type {
  EarnedValueRow,
  EarnedValueSeriesJson,
  EarnedValueSeriesResult,
  ProgressSnapshot,
  TaskProgress,
} from './earnedValueSeries.js';
export { earnedValueSeries } from './earnedValueSeries.js';
export type {
  LevelledTask,
  LevelResourcesOptions,
  LevelResourcesResult,
} from './levelResources.js';
export { levelResources } from './levelResources.js';
export type {
  MilestoneTrendOptions,
  MilestoneTrendPoint,
  MilestoneTrendResult,
  MilestoneTrendSeries,
  StatusSnapshot,
} from './milestoneTrend.js';
export { milestoneTrend } from './milestoneTrend.js';
export type { PertAnalysisResult, PertDatingOptions, PertTask } from './pertAnalysis.js';
export { pertAnalysis } from './pertAnalysis.js';
export type { PertEstimateResult } from './pertEstimate.js';
export { pertEstimate } from './pertEstimate.js';
export type {
  PlannedValueCurveJson,
  PlannedValueCurveOptions,
  PlannedValueCurveResult,
  PlannedValueRow,
  TaskCost,
  ValuePeriod,
} from './plannedValueCurve.js';
export { plannedValueCurve } from './plannedValueCurve.js';
export { probabilityOfCompletion } from './probabilityOfCompletion.js';
export type { ResourceLoadOptions, ResourceLoadResult, ResourceLoadRow } from './resourceLoad.js';
export { resourceLoad } from './resourceLoad.js';
export type { Assignment, Resource, ResourcePlan } from './resources.js';
export type {
  RolledUpTask,
  RollUpContribution,
  RollUpMethod,
  RollUpOptions,
  RollUpResult,
  RollUpTask,
} from './rollUp.js';
export { rollUp } from './rollUp.js';
export type {
  DatedMilestone,
  DatedTask,
  ScheduleDatesOptions,
  ScheduleDatesResult,
} from './scheduleDates.js';
export { scheduleDates } from './scheduleDates.js';
export type {
  ScheduleHistogramRow,
  SimulatedTask,
  SimulateScheduleOptions,
  SimulateScheduleResult,
} from './simulateSchedule.js';
export { simulateSchedule } from './simulateSchedule.js';
export type {
  MemberCapacity,
  SprintDates,
  TeamCapacityOptions,
  TeamCapacityResult,
  TeamMember,
} from './teamCapacity.js';
export { teamCapacity } from './teamCapacity.js';
export type {
  ConstraintType,
  DatedConstraint,
  Dependency,
  DependencyLink,
  LinkType,
  OffsetConstraint,
  Task,
  TaskConstraint,
  ThreePointEstimate,
} from './types.js';
export type { PlanFinding, PlanSummary, PlanValidation } from './validatePlan.js';
export { assertPlan, validatePlan } from './validatePlan.js';
