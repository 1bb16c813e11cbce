/**
 * Every popm chart, drawn from one Project document: the results each chart
 * needs are computed with popm's own functions, then drawn. Shared by the
 * dashboard example (which passes the built package) and by
 * scripts/write-chart-svgs.ts (which passes the sources).
 */
import type * as Charts from '../../src/charts/index.js';
import type * as Popm from '../../src/index.js';

/** The two namespaces the gallery needs: `popm` and `popm/charts`. */
export type Api = typeof Popm & typeof Charts;

/** One drawn chart. */
export interface Figure {
  readonly id: string;
  readonly caption: string;
  readonly svg: string;
}

/** Draws every chart for `project` as of `asOf`. */
export function gallery(api: Api, project: Popm.Project, asOf: Popm.IsoDate): Figure[] {
  const out: Figure[] = [];
  const add = (id: string, caption: string, draw: () => string) =>
    out.push({ id, caption, svg: draw() });
  const calendar = project.calendar;
  const sprints = [...project.sprints].sort((a, b) => a.start.localeCompare(b.start));
  const current =
    sprints.find((s) => s.start <= asOf && asOf <= s.end) ?? sprints[sprints.length - 1];
  const items = project.workItems.map((w) => ({
    id: w.id,
    createdOn: w.createdOn,
    ...(w.startedOn ? { startedOn: w.startedOn } : {}),
    ...(w.finishedOn ? { finishedOn: w.finishedOn } : {}),
  }));
  if (current !== undefined) {
    const events = project.workItems
      .filter((w) => w.sprint === current.id && w.finishedOn && w.finishedOn <= asOf)
      .map((w) => ({
        on: w.finishedOn as string,
        kind: 'completed' as const,
        amount: w.estimate ?? 0,
      }));
    const sprint = { ...current, completed: 0 };
    add('burndown', 'Sprint burndown', () =>
      api.burndownChart(api.burndown(sprint, events, { asOf, calendar })),
    );
    add('burnup', 'Sprint burnup with its projection', () =>
      api.burnupChart(api.burnup(sprint, events, { asOf, calendar })),
    );
  }
  add('velocity', 'Velocity', () =>
    api.velocityChart({ sprints: sprints.filter((s) => s.end < asOf) }),
  );
  const from = api.addDays(asOf, -59);
  add('cfd', 'Cumulative flow', () =>
    api.cumulativeFlowChart(
      api.cumulativeFlow(items, { from, to: asOf, states: ['To do', 'In progress', 'Done'] }),
    ),
  );
  const metrics = api.flowMetrics(items, { from, to: asOf });
  add('cycle-time', 'Cycle time', () => api.cycleTimeScatter({ items, metrics }));
  add('control-chart', 'Cycle time control chart', () =>
    api.cycleTimeControlChart(api.controlChart(items, { from, to: asOf, window: 10 })),
  );
  // The release's scope and work as events: an item adds scope when created, is done when finished.
  const releaseEvents = project.workItems.flatMap((w) => [
    { date: w.createdOn, kind: 'added' as const, amount: 1 },
    ...(w.finishedOn && w.finishedOn <= asOf
      ? [{ date: w.finishedOn, kind: 'done' as const, amount: 1 }]
      : []),
  ]);
  // The history's own scope growth would mean "never"; the release plans on 0–0.3 new items a day.
  add('release-burnup', 'Release burnup, forecast with 0–0.3 new items a day', () =>
    api.releaseBurnupChart(
      api.releaseBurnup(
        releaseEvents.filter((e) => e.date <= asOf),
        { asOf, seed: 'release', scopeGrowth: [0, 0.3], ...(calendar ? { calendar } : {}) },
      ),
    ),
  );
  add('aging', 'Aging work in progress', () =>
    api.agingWipChart({ ages: api.workItemAge(items, asOf), items }),
  );
  const history = api.throughputHistory(items, { from: api.addDays(asOf, -27), to: asOf });
  add('throughput', 'Throughput', () =>
    api.throughputChart({ throughput: history, from: api.addDays(asOf, -27), to: asOf }),
  );
  const open = project.workItems.filter((w) => !w.finishedOn).length;
  add('forecast', 'When will the open items be done?', () =>
    api.forecastHistogram(
      api.forecastWhen({ throughput: history.counts, items: Math.max(1, open) }),
      { unit: 'days' },
    ),
  );
  const register = api.createRiskRegister(project.risks);
  add('heat-map', 'Risk heat map', () => api.riskHeatMapChart(api.heatMap(register)));
  add('stakeholders', 'Stakeholders', () =>
    api.stakeholderGrid(api.stakeholderMap(project.stakeholders)),
  );
  const dating = { start: project.start, ...(calendar ? { calendar } : {}) };
  // The plan as it now stands: progress recorded, unfinished work after the status date.
  const asItStands = {
    ...dating,
    ...(project.statusDate ? { statusDate: project.statusDate } : {}),
  };
  const schedule = api.scheduleDates(project.plan, asItStands);
  const cp = api.criticalPath(project.plan, asItStands);
  add('gantt', 'The plan as it stands on the status date, against the baseline', () =>
    api.ganttChart(
      {
        schedule,
        criticalPath: cp,
        ...(project.baseline ? { baseline: project.baseline } : {}),
        today: asOf,
      },
      { width: 1200 },
    ),
  );
  const resources = project.resources ?? [];
  if (resources.length > 0) {
    add('resource-load', 'Resource load: who is over-allocated, and when', () =>
      api.resourceLoadChart(
        api.resourceLoad(
          { resources, tasks: project.plan },
          { ...dating, from: asOf, to: api.addDays(asOf, 41) },
        ),
      ),
    );
    add('project-risk', 'Date and cost risk from one simulation', () =>
      api.projectRiskChart(
        api.simulateProject(
          { tasks: project.plan, resources, risks: project.risks },
          { ...dating, percentiles: [50, 80], seed: 'sample' },
        ),
        { currency: project.currency },
      ),
    );
  }
  add('earned-value', 'Earned value', () =>
    api.earnedValueChart({ snapshots: project.earnedValue }, { currency: project.currency }),
  );
  const bc = project.businessCase;
  const option = bc?.options.find((o) => o.kind !== 'do-nothing');
  if (bc !== undefined && option !== undefined)
    add('tornado', `Sensitivity of ${option.name}`, () =>
      api.tornadoChart(api.sensitivity(bc, option.id), { currency: project.currency }),
    );
  add('tco', 'Build or buy: total cost of ownership', () =>
    api.tcoChart(
      api.compareTco({
        build: {
          horizon: 5,
          currency: project.currency,
          costs: [
            {
              id: 'dev',
              label: 'Build',
              category: 'implementation',
              amount: 180000,
              recurrence: 'once',
            },
            {
              id: 'run',
              label: 'Run and support',
              category: 'operations',
              amount: 30000,
              recurrence: 'per-period',
            },
          ],
        },
        saas: {
          horizon: 5,
          currency: project.currency,
          costs: [
            {
              id: 'setup',
              label: 'Onboarding',
              category: 'implementation',
              amount: 20000,
              recurrence: 'once',
            },
            {
              id: 'sub',
              label: 'Subscription',
              category: 'licensing',
              amount: 72000,
              recurrence: 'per-period',
            },
          ],
        },
      }),
      { currency: project.currency },
    ),
  );
  return out;
}
