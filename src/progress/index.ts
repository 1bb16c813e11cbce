/**
 * popm/progress: sprints (velocity, say/do, burndown and burnup, capacity
 * forecast), flow metrics (cycle and lead time, throughput, WIP, work item
 * age, cumulative flow) and seeded Monte Carlo forecasts.
 *
 * @packageDocumentation
 * @module popm/progress
 */
export type { BurnDay, BurndownResult } from './burndown.js';
export { burndown } from './burndown.js';
export type { BurnupProjection, BurnupResult } from './burnup.js';
export { burnup } from './burnup.js';
export type {
  CumulativeFlowDay,
  CumulativeFlowOptions,
  CumulativeFlowResult,
} from './cumulativeFlow.js';
export { cumulativeFlow } from './cumulativeFlow.js';
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
export type { ForecastHowManyInput, ForecastHowManyResult, HowManyBin } from './forecastHowMany.js';
export { forecastHowMany } from './forecastHowMany.js';
export type { ForecastWhenInput, ForecastWhenResult, WhenBin } from './forecastWhen.js';
export { forecastWhen } from './forecastWhen.js';
export type {
  ForecastWhenDateInput,
  ForecastWhenDateResult,
  WhenDateBin,
} from './forecastWhenDate.js';
export { forecastWhenDate } from './forecastWhenDate.js';
export { sayDoRatio } from './sayDoRatio.js';
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
export type { ThroughputHistoryOptions } from './throughputHistory.js';
export { throughputHistory } from './throughputHistory.js';
export type { VelocityOptions, VelocityResult } from './velocity.js';
export { velocity } from './velocity.js';
export type { StateTransition, WorkItem } from './workItem.js';
export { cycleTime, leadTime } from './workItem.js';
export type { AgedItem, WorkItemAgeOptions, WorkItemAgeResult } from './workItemAge.js';
export { workItemAge } from './workItemAge.js';
