/**
 * Issue 15: rendering every chart of the sample project takes at most 20 ms
 * in total. The results are computed once; the bench times the drawing.
 */
import { bench, describe } from 'vitest';
import * as charts from '../src/charts/index.js';
import * as popm from '../src/index.js';

const asOf = '2026-11-13';
const f = popm.reportFigures(popm.sampleProject, asOf);
const items = popm.sampleProject.workItems.map((w) => ({
  id: w.id,
  createdOn: w.createdOn,
  ...(w.startedOn ? { startedOn: w.startedOn } : {}),
  ...(w.finishedOn ? { finishedOn: w.finishedOn } : {}),
}));
const metrics = popm.flowMetrics(items, { from: popm.addDays(asOf, -59), to: asOf });
const ages = popm.workItemAge(items, asOf);
const history = popm.throughputHistory(items, { from: popm.addDays(asOf, -27), to: asOf });
const forecast = popm.forecastWhen({ throughput: history.counts, items: 20 });
const map = popm.stakeholderMap(popm.sampleProject.stakeholders);
const bc = popm.sampleProject.businessCase as popm.BusinessCase;
const sens = popm.sensitivity(bc, (bc.options[1] as { id: string }).id);
const tco = popm.compareTco({
  build: {
    horizon: 5,
    costs: [
      { id: 'dev', label: 'Build', category: 'implementation', amount: 180000, recurrence: 'once' },
    ],
  },
  saas: {
    horizon: 5,
    costs: [
      {
        id: 'sub',
        label: 'Subscription',
        category: 'licensing',
        amount: 72000,
        recurrence: 'per-period',
      },
    ],
  },
});

function drawAll(): number {
  let n = 0;
  n += charts.burndownChart(f.burndown as popm.BurndownResult).length;
  n += charts.burnupChart(f.burnup as popm.BurnupResult).length;
  n += charts.velocityChart(f.velocity).length;
  n += charts.cumulativeFlowChart(f.cumulativeFlow as popm.CumulativeFlowResult).length;
  n += charts.cycleTimeScatter({ items, metrics }).length;
  n += charts.agingWipChart({ ages, items }).length;
  n += charts.throughputChart({
    throughput: history,
    from: popm.addDays(asOf, -27),
    to: asOf,
  }).length;
  n += charts.forecastHistogram(forecast).length;
  n += charts.riskHeatMapChart(f.heatMap as popm.HeatMap).length;
  n += charts.stakeholderGrid(map).length;
  n += charts.ganttChart({
    schedule: f.schedule as popm.ScheduleDatesResult,
    criticalPath: f.criticalPath as popm.CriticalPathResult,
    ...(f.baseline ? { baseline: f.baseline } : {}),
    today: asOf,
  }).length;
  n += charts.earnedValueChart({ snapshots: f.earnedValue }).length;
  n += charts.tornadoChart(sens).length;
  n += charts.tcoChart(tco).length;
  return n;
}

describe('every chart of the sample project (target: ≤ 20 ms in total)', () => {
  bench('draw all 14 charts', () => {
    drawAll();
  });
});
