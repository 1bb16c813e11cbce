/**
 * popm/progress: sprints (velocity, say/do, burndown and burnup, capacity
 * forecast), flow metrics (cycle and lead time, throughput, WIP, work item
 * age, cumulative flow) and seeded Monte Carlo forecasts.
 *
 * @packageDocumentation
 * @module popm/progress
 */
export type {
  AgingItem,
  AgingWipOptions,
  AgingWipResult,
  StagePace,
} from './agingWip.js';
export { agingWip } from './agingWip.js';
export type { BurnDay, BurndownResult } from './burndown.js';
export { burndown } from './burndown.js';
export type { BurnupProjection, BurnupResult } from './burnup.js';
export { burnup } from './burnup.js';
export type {
  ControlChartOptions,
  ControlChartPoint,
  ControlChartResult,
} from './controlChart.js';
export { controlChart } from './controlChart.js';
export type {
  CumulativeFlowDay,
  CumulativeFlowOptions,
  CumulativeFlowResult,
} from './cumulativeFlow.js';
export { cumulativeFlow } from './cumulativeFlow.js';
export type { DayUnit } from './dayUnit.js';
export type {
  FlowEfficiencyOptions,
  FlowEfficiencyResult,
  ItemFlowEfficiency,
} from './flowEfficiency.js';
export { flowEfficiency } from './flowEfficiency.js';
export type {
  DurationSummary,
  FlowDay,
  FlowMetricsOptions,
  FlowMetricsResult,
  PercentileTable,
} from './flowMetrics.js';
export { flowMetrics } from './flowMetrics.js';
export type {
  BacklogItemForecast,
  ForecastableBacklog,
  ForecastableItem,
  ForecastBacklogOptions,
  ForecastBacklogResult,
} from './forecastBacklog.js';
export { forecastBacklog } from './forecastBacklog.js';
export type { Throughput, ThroughputUnit } from './forecastClock.js';
export type {
  ForecastDiagnostics,
  ForecastDiagnosticsInput,
  ThroughputOutlier,
} from './forecastDiagnostics.js';
export { forecastDiagnostics } from './forecastDiagnostics.js';
export type {
  Feature,
  FeatureForecast,
  ForecastFeaturesOptions,
  ForecastFeaturesResult,
} from './forecastFeatures.js';
export { forecastFeatures } from './forecastFeatures.js';
export type { ForecastHowManyInput, ForecastHowManyResult } from './forecastHowMany.js';
export { forecastHowMany } from './forecastHowMany.js';
export type {
  ForecastHowManyByDateInput,
  ForecastHowManyByDateResult,
} from './forecastHowManyByDate.js';
export { forecastHowManyByDate } from './forecastHowManyByDate.js';
export type {
  ForecastWhenInput,
  ForecastWhenResult,
  ScopeGrowth,
  SplitRate,
} from './forecastWhen.js';
export { forecastWhen } from './forecastWhen.js';
export type {
  ForecastWhenDateInput,
  ForecastWhenDateResult,
  WhenDateRow,
} from './forecastWhenDate.js';
export { forecastWhenDate, likelihoodBy } from './forecastWhenDate.js';
export type {
  ConePercentile,
  ReleaseBurnupDay,
  ReleaseBurnupOptions,
  ReleaseBurnupResult,
  ReleaseBurnupWeek,
  ReleaseEvent,
  ReleaseEventKind,
  ReleasePeriod,
  ReleaseScopeGrowth,
} from './releaseBurnup.js';
export { releaseBurnup } from './releaseBurnup.js';
export { sayDoRatio } from './sayDoRatio.js';
export type { ServiceLevelOptions, ServiceLevelResult } from './serviceLevel.js';
export { serviceLevel } from './serviceLevel.js';
export type { Sprint } from './sprint.js';
export type {
  CapacityLoad,
  ForecastSprint,
  SprintCapacityForecastResult,
} from './sprintCapacityForecast.js';
export { sprintCapacityForecast } from './sprintCapacityForecast.js';
export type {
  BurnChartOptions,
  ScopeChange,
  SprintEvent,
  SprintEventKind,
} from './sprintSeries.js';
export type { ThroughputHistory, ThroughputHistoryOptions } from './throughputHistory.js';
export { throughputHistory } from './throughputHistory.js';
export type { ItemTimeInState, TimeInStateOptions, TimeInStateResult } from './timeInState.js';
export { timeInState } from './timeInState.js';
export type { VelocityOptions, VelocityResult } from './velocity.js';
export { velocity } from './velocity.js';
export type { ReopenPolicy, StateCategory, Workflow, WorkflowState } from './workflow.js';
export type { DurationOptions, StateTransition, WorkItem } from './workItem.js';
export { cycleTime, leadTime } from './workItem.js';
export type { AgedItem, WorkItemAgeOptions, WorkItemAgeResult } from './workItemAge.js';
export { workItemAge } from './workItemAge.js';
export type { StatusHistory } from './workItemsFromHistory.js';
export { workItemsFromHistory } from './workItemsFromHistory.js';
