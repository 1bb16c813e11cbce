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
export type { Cd3Input, Cd3Result } from './cd3.js';
export { cd3 } from './cd3.js';
export { createBacklog } from './createBacklog.js';
export { getItem } from './getItem.js';
export type { IceInput, IceMode, IceOptions, IceResult } from './ice.js';
export { ice } from './ice.js';
export type { KanoAnswer, KanoCategory, KanoResponse, KanoSummary } from './kano.js';
export { KANO_ANSWERS, KANO_CATEGORIES, kano, kanoSummary } from './kano.js';
export type {
  MoscowCategoryTotals,
  MoscowCheckOptions,
  MoscowCheckResult,
  MoscowScoreResult,
} from './moscow.js';
export { MOSCOW_SCORES, moscowCheck, moscowScore } from './moscow.js';
export type { MoveTarget } from './moveItem.js';
export { moveItem } from './moveItem.js';
export type {
  PrioritisationMethod,
  PrioritiseOptions,
  PrioritiseResult,
  RankedItem,
  RankState,
  ScoreFunction,
} from './prioritise.js';
export { PRIORITISATION_METHODS, prioritise } from './prioritise.js';
export type { DependantsPolicy, RemoveItemOptions } from './removeItem.js';
export { removeItem } from './removeItem.js';
export type { RiceConfidence, RiceImpact, RiceInput, RiceResult } from './rice.js';
export { RICE_CONFIDENCE, RICE_IMPACT, rice } from './rice.js';
export type {
  SelectForSprintOptions,
  SkippedItem,
  SkipReason,
  SprintSelection,
} from './selectForSprint.js';
export { selectForSprint } from './selectForSprint.js';
export type {
  Backlog,
  BacklogItem,
  BacklogItemInput,
  ItemKind,
  ItemStatus,
  MoscowCategory,
  ScoreBreakdown,
} from './types.js';
export { ITEM_KINDS, ITEM_STATUSES, MOSCOW_CATEGORIES } from './types.js';
export type { ItemPatch, ItemRecipe } from './updateItem.js';
export { updateItem } from './updateItem.js';
export type {
  ValueEffortInput,
  ValueEffortQuadrant,
  ValueEffortResult,
  ValueEffortThresholds,
} from './valueEffort.js';
export { VALUE_EFFORT_RANK, valueEffort } from './valueEffort.js';
export type { WeightedContribution, WeightedScoreResult } from './weightedScore.js';
export { weightedScore } from './weightedScore.js';
export type {
  WsjfColumn,
  WsjfInput,
  WsjfOffScale,
  WsjfResult,
  WsjfScaleCheckResult,
} from './wsjf.js';
export { WSJF_COLUMNS, WSJF_SCALE, wsjf, wsjfScaleCheck } from './wsjf.js';
