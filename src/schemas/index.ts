/**
 * zod schemas and parse functions for popm's documents: every domain entity
 * and the whole Project document. This is the only entry point that imports
 * zod (as `zod/mini`), so `popm` itself stays small.
 *
 * Each `parseXxx(json)` returns frozen, typed data or throws one `SCHEMA`
 * {@link PopmError} whose `details.issues` lists every problem with its JSON
 * path; each `safeParseXxx(json)` returns `{ success, data | error }` instead.
 *
 * @example
 * import { parseProject, safeParseProject } from 'popm/schemas';
 * const json = JSON.parse('{ "name": "Portal", "people": [] }');
 * safeParseProject(json).success; //=> false
 * parseProject(json); // throws PopmError SCHEMA (details.issues lists every problem)
 *
 * @packageDocumentation
 * @module popm/schemas
 */
export type { PopmError, SchemaIssue } from '../core/errors.js';
export { BacklogItemSchema, BacklogSchema, parseBacklog, safeParseBacklog } from './backlog.js';
export {
  BudgetEntrySchema,
  BudgetLineSchema,
  BudgetSchema,
  BusinessCaseOptionSchema,
  BusinessCaseSchema,
  CashFlowLineSchema,
  CashFlowSeriesSchema,
  EarnedValueSnapshotSchema,
  parseBudget,
  parseBusinessCase,
  parseEarnedValueSnapshot,
  parseEarnedValueSnapshots,
  parseTcoInput,
  safeParseBudget,
  safeParseBusinessCase,
  safeParseEarnedValueSnapshot,
  safeParseEarnedValueSnapshots,
  safeParseTcoInput,
  TcoCostLineSchema,
  TcoInputSchema,
} from './finance.js';
export {
  BaselineTaskSchema,
  DependencySchema,
  PlanBaselineSchema,
  PlanSchema,
  parsePlan,
  parsePlanBaseline,
  safeParsePlan,
  safeParsePlanBaseline,
  TaskSchema,
  ThreePointEstimateSchema,
} from './plan.js';
export {
  parseSprint,
  parseSprintEvents,
  parseSprints,
  parseWorkItem,
  parseWorkItems,
  SprintEventSchema,
  SprintSchema,
  SprintsSchema,
  StateTransitionSchema,
  StatusHistorySchema,
  safeParseSprint,
  safeParseSprintEvents,
  safeParseSprints,
  safeParseWorkItem,
  safeParseWorkItems,
  WorkflowSchema,
  WorkItemSchema,
  WorkItemsSchema,
} from './progress.js';
export {
  DecisionSchema,
  PersonSchema,
  ProjectSchema,
  ProjectWorkItemSchema,
  parseProject,
  projectJsonSchema,
  SprintReviewSchema,
  safeParseProject,
  TargetSchema,
  WorkCalendarSchema,
} from './project.js';
export {
  parseRiskMatrix,
  parseRiskRegister,
  RiskMatrixSchema,
  RiskRegisterSchema,
  RiskSchema,
  safeParseRiskMatrix,
  safeParseRiskRegister,
} from './risk.js';
export { parseRaci, RaciInputSchema, safeParseRaci } from './roles.js';
export type { SafeParseResult } from './safeParseResult.js';
export {
  parseStakeholders,
  StakeholderRegisterSchema,
  StakeholderSchema,
  safeParseStakeholders,
} from './stakeholders.js';
