/**
 * popm/backlog: an ordered product backlog with immutable operations,
 * explainable prioritisation scores (WSJF, RICE, ICE, CD3, MoSCoW, Kano,
 * value/effort, weighted scorecards), dependency-aware ordering, sprint
 * selection and backlog health.
 *
 * @packageDocumentation
 * @module popm/backlog
 */
export type { AddItemOptions } from './addItem.js';
export { addItem } from './addItem.js';
export type { BacklogHealth, BacklogHealthOptions, DependencyProblem } from './backlogHealth.js';
export { backlogHealth } from './backlogHealth.js';
export { cd3 } from './cd3.js';
export { createBacklog } from './createBacklog.js';
export { getItem } from './getItem.js';
export { ice } from './ice.js';
export type { KanoAnswer, KanoResponse, KanoSummary } from './kano.js';
export { KANO_ANSWERS, KANO_CATEGORIES, kano, kanoSummary } from './kano.js';
export type {
  MoscowCategoryTotals,
  MoscowCheckOptions,
  MoscowCheckResult,
} from './moscowCheck.js';
export { moscowCheck } from './moscowCheck.js';
export { MOSCOW_SCORES, moscowScore } from './moscowScore.js';
export type { MoveTarget } from './moveItem.js';
export { moveItem } from './moveItem.js';
export type {
  MethodName,
  PrioritiseOptions,
  PrioritiseResult,
  RankedItem,
  RankState,
  ScoreFunction,
} from './prioritise.js';
export { PRIORITISATION_METHODS, prioritise } from './prioritise.js';
export type { DependantsPolicy, RemoveItemOptions } from './removeItem.js';
export { removeItem } from './removeItem.js';
export { RICE_CONFIDENCE, RICE_IMPACT, rice } from './rice.js';
export type {
  BreakdownByMethod,
  BreakdownOf,
  Cd3Breakdown,
  Cd3Input,
  Cd3Result,
  CustomBreakdown,
  IceBreakdown,
  IceInput,
  IceMode,
  IceOptions,
  IceResult,
  KanoCategory,
  MoscowBreakdown,
  MoscowCategory,
  MoscowScoreResult,
  PrioritisationMethod,
  PriorityBreakdown,
  RiceBreakdown,
  RiceConfidence,
  RiceImpact,
  RiceInput,
  RiceResult,
  ScoreBreakdown,
  ValueEffortBreakdown,
  ValueEffortInput,
  ValueEffortQuadrant,
  ValueEffortResult,
  ValueEffortThresholds,
  WeightedBreakdown,
  WeightedContribution,
  WeightedScoreResult,
  WsjfBreakdown,
  WsjfInput,
  WsjfResult,
} from './scoreTypes.js';
export type {
  SelectForSprintOptions,
  SkippedItem,
  SkipReason,
  SprintCapacity,
  SprintSelection,
} from './selectForSprint.js';
export { selectForSprint } from './selectForSprint.js';
export type { Backlog, BacklogItem, BacklogItemInput, ItemKind, ItemStatus } from './types.js';
export { ITEM_KINDS, ITEM_STATUSES, MOSCOW_CATEGORIES } from './types.js';
export type { ItemPatch, ItemRecipe } from './updateItem.js';
export { updateItem } from './updateItem.js';
export { VALUE_EFFORT_RANK, valueEffort } from './valueEffort.js';
export { weightedScore } from './weightedScore.js';
export type { WsjfColumn } from './wsjf.js';
export { WSJF_COLUMNS, WSJF_SCALE, wsjf } from './wsjf.js';
export type { WsjfOffScale, WsjfScaleCheckResult } from './wsjfScaleCheck.js';
export { wsjfScaleCheck } from './wsjfScaleCheck.js';
