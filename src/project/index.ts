/**
 * popm/project: the Project document that holds everything, the assessment
 * of each role's responsibilities, the dashboard snapshot and the progress
 * report for stakeholders.
 *
 * @packageDocumentation
 * @module popm/project
 */
export type { AreaRating, ProjectArea, ProjectAssessment, Rag } from './assessProject.js';
export { assessProject } from './assessProject.js';
export type { RoleAssessment } from './assessRole.js';
export { assessRole } from './assessRole.js';
export type {
  Dashboard,
  DashboardAgedItem,
  DashboardBudget,
  DashboardBurndown,
  DashboardBusinessCase,
  DashboardDateAndCost,
  DashboardEarnedValue,
  DashboardFlow,
  DashboardForecast,
  DashboardJson,
  DashboardOption,
  DashboardPerson,
  DashboardRisk,
  DashboardRisks,
  DashboardSchedule,
  DashboardSprint,
  DashboardSprintRef,
  DashboardStakeholders,
  DashboardStateTime,
  DashboardTarget,
  DashboardVelocity,
} from './dashboard.js';
export { dashboard } from './dashboard.js';
export { mergeSimulations } from './mergeSimulations.js';
export type { AssessOptions } from './options.js';
export { DEFAULT_ASSESS_OPTIONS } from './options.js';
export type {
  DecisionNeeded,
  DeliveredWork,
  ProgressReport,
  ProgressReportJson,
  ProposedItem,
} from './progressReport.js';
export { progressReport } from './progressReport.js';
export { renderReportMarkdown, renderReportText } from './renderReport.js';
export { type ReportFigures, reportFigures } from './reportFigures.js';
export type { ResponsibilityAssessment, ResponsibilityStatus } from './responsibilities.js';
export { sampleProject } from './sample.js';
export type {
  JointConfidence,
  ProjectFinish,
  ProjectFinishRow,
  RiskDriver,
  SimulateProjectInput,
  SimulateProjectJson,
  SimulateProjectOptions,
  SimulateProjectResult,
} from './simulateProject.js';
export { simulateProject } from './simulateProject.js';
export type {
  Decision,
  Person,
  Project,
  ProjectRoles,
  ProjectWorkItem,
  SprintReview,
  Target,
} from './types.js';
