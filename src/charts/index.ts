/**
 * Charts: pure functions that turn popm results into standalone, accessible
 * SVG strings (no dependency, no DOM, no script), and a self-contained HTML
 * progress report. Each chart takes a popm result (or the results it needs,
 * named, in one object) and `{ width?, height?, title?, locale?, currency? }`.
 *
 * @example
 * import { burndownChart } from 'popm/charts';
 * const r = burndown({ id: 'S1', start: '2026-03-02', end: '2026-03-06', committed: 10, completed: 10 }, []);
 * burndownChart(r).startsWith('<svg'); //=> true
 *
 * @packageDocumentation
 * @module popm/charts
 */
export { type AgingWipChartInput, agingWipChart } from './agingWipChart.js';
export { burndownChart } from './burndownChart.js';
export { burnupChart } from './burnupChart.js';
export { cumulativeFlowChart } from './cumulativeFlowChart.js';
export { cycleTimeControlChart } from './cycleTimeControlChart.js';
export { type CycleTimeScatterInput, cycleTimeScatter } from './cycleTimeScatter.js';
export { type EarnedValueChartInput, earnedValueChart } from './earnedValueChart.js';
export {
  type ForecastHistogramOptions,
  forecastHistogram,
  type HistogramSource,
} from './forecastHistogram.js';
export { type GanttChartInput, ganttChart } from './ganttChart.js';
export { milestoneTrendChart } from './milestoneTrendChart.js';
export { projectRiskChart } from './projectRiskChart.js';
export { releaseBurnupChart } from './releaseBurnupChart.js';
export {
  type ReportHtmlOptions,
  renderReportHtml,
} from './renderReportHtml.js';
export { resourceLoadChart } from './resourceLoadChart.js';
export { riskHeatMapChart } from './riskHeatMapChart.js';
export { stakeholderGrid } from './stakeholderGrid.js';
export { tcoChart } from './tcoChart.js';
export { type ThroughputChartInput, throughputChart } from './throughputChart.js';
export { tornadoChart } from './tornadoChart.js';
export type { ChartOptions } from './types.js';
export { type VelocityChartInput, velocityChart } from './velocityChart.js';
