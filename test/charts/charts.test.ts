import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as charts from '../../src/charts/index.js';
import { PopmError } from '../../src/core/errors.js';
import { compareTco } from '../../src/finance/compareTco.js';
import { sensitivity } from '../../src/finance/sensitivity.js';
import { criticalPath } from '../../src/plan/criticalPath.js';
import { earnedValueSeries } from '../../src/plan/earnedValueSeries.js';
import { milestoneTrend } from '../../src/plan/milestoneTrend.js';
import { resourceLoad } from '../../src/plan/resourceLoad.js';
import { scheduleDates } from '../../src/plan/scheduleDates.js';
import { burndown } from '../../src/progress/burndown.js';
import { burnup } from '../../src/progress/burnup.js';
import { controlChart } from '../../src/progress/controlChart.js';
import { cumulativeFlow } from '../../src/progress/cumulativeFlow.js';
import { flowMetrics } from '../../src/progress/flowMetrics.js';
import { releaseBurnup } from '../../src/progress/releaseBurnup.js';
import { workItemAge } from '../../src/progress/workItemAge.js';
import { progressReport } from '../../src/project/progressReport.js';
import { sampleProject } from '../../src/project/sample.js';
import { simulateProject } from '../../src/project/simulateProject.js';
import { heatMap } from '../../src/risk/heatMap.js';
import { createRiskRegister } from '../../src/risk/register.js';
import { stakeholderMap } from '../../src/stakeholders/stakeholderMap.js';
import { xmlProblems } from './xml.js';

const HOSTILE = `<script>alert("x")</script> & 'quotes' \u0001 ]]>`;

const sprint = { id: 'S1', start: '2026-03-02', end: '2026-03-13', committed: 30, completed: 0 };
const events = [
  { on: '2026-03-03', kind: 'completed', amount: 5 },
  { on: '2026-03-04', kind: 'added', amount: 3 },
  { on: '2026-03-05', kind: 'completed', amount: 8 },
] as const;
const items = [
  { id: 'A', createdOn: '2026-03-01', startedOn: '2026-03-02', finishedOn: '2026-03-04' },
  { id: 'B', createdOn: '2026-03-01', startedOn: '2026-03-03', finishedOn: '2026-03-10' },
  { id: 'C', createdOn: '2026-03-02', startedOn: '2026-03-05' },
  { id: 'D', createdOn: '2026-03-04' },
];
const tasks = [
  { id: 'A', name: 'Design', duration: 5 },
  { id: 'B', name: 'Build', duration: 8, dependsOn: ['A'] },
  { id: 'C', name: 'Docs', duration: 3, dependsOn: ['A'] },
  { id: 'M', name: 'Go-live', duration: 0, dependsOn: ['B', 'C'] },
];
const invoicingCase = {
  reasons: ['Manual invoicing is slow'],
  currency: 'EUR',
  discountRate: 0.1,
  horizon: 2,
  options: [
    { id: 'none', name: 'Do nothing', kind: 'do-nothing', costs: [], benefits: [] },
    { id: 'tool', name: 'Buy a tool', kind: 'do-something', costs: [100], benefits: [0, 60, 72] },
  ],
} as const;

/** Twelve finished items, one slow: the control chart's fixture. */
const finished = Array.from({ length: 12 }, (_, i) => {
  const start = 2 + i;
  const cycle = i === 9 ? 14 : 2 + (i % 3);
  const d = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;
  return {
    id: `W${i + 1}`,
    createdOn: d(1),
    startedOn: d(start),
    finishedOn: d(start + cycle - 1),
  };
});
const control = () => controlChart(finished, { from: '2026-03-01', to: '2026-03-31', window: 5 });
const release = () =>
  releaseBurnup(
    [
      { date: '2026-03-02', kind: 'added', amount: 40 },
      { date: '2026-03-03', kind: 'done', amount: 3 },
      { date: '2026-03-05', kind: 'done', amount: 2 },
      { date: '2026-03-09', kind: 'added', amount: 5 },
      { date: '2026-03-10', kind: 'done', amount: 4 },
      { date: '2026-03-11', kind: 'removed', amount: 2 },
      { date: '2026-03-12', kind: 'done', amount: 3 },
    ],
    { asOf: '2026-03-13', trials: 500, seed: 7 },
  );
const loadPlan = {
  resources: [
    { id: 'ana', name: 'Ana', unitsPerDay: 1 },
    { id: 'ben', name: 'Ben', unitsPerDay: 0.5 },
  ],
  tasks: [
    { id: 'A', duration: 3, assignments: [{ resource: 'ana', units: 1 }] },
    {
      id: 'B',
      duration: 2,
      assignments: [
        { resource: 'ana', units: 1 },
        { resource: 'ben', units: 0.5 },
      ],
    },
    { id: 'C', duration: 4, dependsOn: ['A'], assignments: [{ resource: 'ben', units: 1 }] },
  ],
};
const load = () => resourceLoad(loadPlan, { start: '2026-03-02' });

/** Four weekly reports of two milestones: one slips, then recovers; one is reached. */
const trend = () => {
  const snap = (statusDate: string, design: string, golive: string) => ({
    statusDate,
    finish: golive,
    tasks: [
      { id: 'design', name: 'Design signed off', start: design, finish: design, milestone: true },
      { id: 'go-live', name: 'Go-live', start: golive, finish: golive, milestone: true },
    ],
  });
  return milestoneTrend([
    snap('2026-03-02', '2026-03-13', '2026-04-10'),
    snap('2026-03-09', '2026-03-17', '2026-04-15'),
    snap('2026-03-16', '2026-03-17', '2026-04-20'),
    snap('2026-03-23', '2026-03-17', '2026-04-17'),
  ]);
};

/** A 12-task chain pair with three linked risks: the date-and-cost fixture. */
const projectRisk = () =>
  simulateProject(
    {
      tasks: Array.from({ length: 12 }, (_, i) => ({
        id: `T${i}`,
        duration: 5 + (i % 4),
        cost: 1000 * (1 + (i % 3)),
        dependsOn: i > 1 ? [`T${i - 2}`] : [],
        estimate: { optimistic: 3 + (i % 4), mostLikely: 5 + (i % 4), pessimistic: 10 + (i % 4) },
      })),
      risks: [
        {
          id: 'R-01',
          title: 'Supplier late',
          kind: 'threat',
          probability: 0.4,
          tasks: ['T3'],
          scheduleImpactDays: { min: 2, mostLikely: 4, max: 9 },
          costImpact: 5000,
        },
        {
          id: 'R-02',
          title: 'Key person leaves',
          kind: 'threat',
          probability: 0.2,
          tasks: ['T8'],
          scheduleImpactDays: 6,
          costImpact: 12000,
        },
        {
          id: 'R-03',
          title: 'Scope creep',
          kind: 'threat',
          probability: 0.5,
          tasks: ['T10'],
          scheduleImpactDays: 3,
          costImpact: 3000,
        },
      ],
    } as never,
    { trials: 2000, seed: 3, start: '2027-01-04' },
  );

/** One fixed input per chart: [name, draw]. */
const FIXTURES: [string, () => string][] = [
  ['projectRiskChart', () => charts.projectRiskChart(projectRisk(), { currency: 'EUR' })],
  ['milestoneTrendChart', () => charts.milestoneTrendChart(trend())],
  ['cycleTimeControlChart', () => charts.cycleTimeControlChart(control())],
  ['releaseBurnupChart', () => charts.releaseBurnupChart(release())],
  ['resourceLoadChart', () => charts.resourceLoadChart(load())],
  [
    'burndownChart',
    () => charts.burndownChart(burndown(sprint, events as never, { asOf: '2026-03-06' } as never)),
  ],
  [
    'burnupChart',
    () => charts.burnupChart(burnup(sprint, events as never, { asOf: '2026-03-06' } as never)),
  ],
  [
    'velocityChart',
    () =>
      charts.velocityChart({
        sprints: [
          { id: 'S1', start: '2026-01-05', end: '2026-01-16', committed: 30, completed: 24 },
          { id: 'S2', start: '2026-01-19', end: '2026-01-30', committed: 28, completed: 28 },
          { id: 'S3', start: '2026-02-02', end: '2026-02-13', committed: 32, completed: 27 },
        ],
      }),
  ],
  [
    'cumulativeFlowChart',
    () =>
      charts.cumulativeFlowChart(
        cumulativeFlow(items, {
          from: '2026-03-02',
          to: '2026-03-12',
          states: ['todo', 'doing', 'done'],
        } as never),
      ),
  ],
  [
    'cycleTimeScatter',
    () =>
      charts.cycleTimeScatter({
        items,
        metrics: flowMetrics(items, { from: '2026-03-01', to: '2026-03-12' }),
      }),
  ],
  ['agingWipChart', () => charts.agingWipChart({ ages: workItemAge(items, '2026-03-12'), items })],
  [
    'throughputChart',
    () =>
      charts.throughputChart({
        throughput: [2, 0, 3, 1, 0, 2],
        from: '2026-03-02',
        to: '2026-03-07',
      }),
  ],
  [
    'forecastHistogram',
    () =>
      charts.forecastHistogram(
        {
          histogram: [
            { value: 8, count: 1 },
            { value: 9, count: 4 },
            { value: 10, count: 3 },
            { value: 12, count: 2 },
          ],
          percentiles: { 50: 9, 85: 10, 95: 12 },
        },
        { unit: 'days' },
      ),
  ],
  [
    'riskHeatMapChart',
    () =>
      charts.riskHeatMapChart(
        heatMap(
          createRiskRegister([
            { id: 'R1', title: 'Supplier late', kind: 'threat', probability: 0.9, impact: 5 },
            { id: 'R2', title: 'Key person leaves', kind: 'threat', probability: 0.1, impact: 2 },
          ] as never),
        ),
      ),
  ],
  [
    'stakeholderGrid',
    () =>
      charts.stakeholderGrid(
        stakeholderMap([
          { id: 'cfo', name: 'CFO', power: 5, interest: 2 },
          { id: 'ops', name: 'Operations', power: 4, interest: 5 },
          { id: 'dev', name: 'Developers', power: 2, interest: 5 },
        ]),
      ),
  ],
  [
    'ganttChart',
    () => {
      const schedule = scheduleDates(tasks as never, { start: '2026-11-30' });
      return charts.ganttChart({
        schedule,
        criticalPath: criticalPath(tasks as never),
        today: '2026-12-08',
      });
    },
  ],
  [
    'earnedValueChart',
    () =>
      charts.earnedValueChart(
        {
          snapshots: [
            { asOf: '2026-03-31', bac: 1000, pv: 200, ev: 180, ac: 220 },
            { asOf: '2026-04-30', bac: 1000, pv: 400, ev: 350, ac: 420 },
          ],
        },
        { currency: 'EUR' },
      ),
  ],
  [
    'tornadoChart',
    () =>
      charts.tornadoChart(sensitivity(invoicingCase as never, 'tool', { swing: 0.1 }), {
        currency: 'EUR',
      }),
  ],
  [
    'tcoChart',
    () =>
      charts.tcoChart(
        compareTco({
          build: {
            horizon: 4,
            costs: [
              {
                id: 'dev',
                label: 'Build',
                category: 'implementation',
                amount: 300,
                recurrence: 'once',
              },
              {
                id: 'run',
                label: 'Run',
                category: 'operations',
                amount: 20,
                recurrence: 'per-period',
              },
            ],
          },
          saas: {
            horizon: 4,
            costs: [
              {
                id: 'sub',
                label: 'Subscription',
                category: 'licensing',
                amount: 100,
                recurrence: 'per-period',
              },
            ],
          },
        } as never),
      ),
  ],
];

/** The contract every SVG meets (issue 15). */
function expectGoodSvg(svg: string): void {
  expect(xmlProblems(svg)).toEqual([]);
  expect(svg).toMatch(
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 [\d.]+ [\d.]+"[^>]* role="img"/,
  );
  expect(svg).toMatch(/<title[^>]*>[^<]+<\/title>/);
  expect(svg).toMatch(/<desc[^>]*>[^<]+<\/desc>/);
  expect(svg).not.toMatch(/<script|\son[a-z]+=|href=|url\(|@import|<foreignObject|javascript:/i);
  expect(svg).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
  const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) as RegExpExecArray;
  for (const m of svg.matchAll(/<text x="(-?[\d.]+)" y="(-?[\d.]+)"/g)) {
    expect(Number(m[1])).toBeGreaterThanOrEqual(0);
    expect(Number(m[1])).toBeLessThanOrEqual(Number(w));
    expect(Number(m[2])).toBeGreaterThanOrEqual(0);
    expect(Number(m[2])).toBeLessThanOrEqual(Number(h));
  }
}

function caught(fn: () => unknown): PopmError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PopmError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

/** The fixture drawing of the chart named `name`. */
function draw(name: string): string {
  const entry = FIXTURES.find(([n]) => n === name);
  if (entry === undefined) throw new Error(`no fixture for ${name}`);
  return entry[1]();
}

describe('every chart on a fixed input', () => {
  it('covers every chart exported by popm/charts', () => {
    const exported = Object.keys(charts).filter(
      (k) =>
        typeof (charts as Record<string, unknown>)[k] === 'function' && k !== 'renderReportHtml',
    );
    expect(FIXTURES.map(([n]) => n).sort()).toEqual(exported.sort());
  });
  for (const [name, draw] of FIXTURES) {
    it(`${name}: well-formed, accessible, self-contained, deterministic, matches its snapshot`, () => {
      const svg = draw();
      expectGoodSvg(svg);
      expect(draw()).toBe(svg);
      expect(svg).toMatchSnapshot();
    });
  }
});

describe('findings in words (<desc>)', () => {
  const desc = (svg: string) => /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1];
  it('burndown states points left, the day and the ideal', () => {
    expect(desc(draw('burndownChart'))).toBe(
      '20 of 33 points left on day 5 of 10; ideal 15. Scope grew by 3 since the start.',
    );
  });
  it('earned value quotes CPI, SPI and EAC (PMI: EAC = BAC / CPI = 1000 / (350/420) = 1200)', () => {
    expect(
      desc(
        charts.earnedValueChart({
          snapshots: [{ asOf: '2026-04-30', bac: 1000, pv: 400, ev: 350, ac: 420 }],
        }),
      ),
    ).toBe('As of 2026-04-30: CPI 0.83, SPI 0.88; EAC 1,200 against a BAC of 1,000.');
  });
  it('an empty series draws an empty chart that says so', () => {
    expect(desc(charts.velocityChart({ sprints: [] }))).toBe('No sprints yet.');
    expect(
      desc(charts.throughputChart({ throughput: [], from: '2026-03-02', to: '2026-03-02' })),
    ).toBe('No periods in range.');
    expect(desc(charts.forecastHistogram({ histogram: [] }))).toBe('No trials.');
    expect(desc(charts.earnedValueChart({ snapshots: [] }))).toBe('No earned-value snapshots.');
    for (const svg of [
      charts.velocityChart({ sprints: [] }),
      charts.forecastHistogram({ histogram: [] }),
    ])
      expectGoodSvg(svg);
  });
});

describe('control chart, release burnup and resource load (issues 17, 19)', () => {
  it('control chart: the 14-day item is the one outlier, ringed, and named in <desc>', () => {
    const result = control();
    expect(result.outliers).toEqual(['W10']);
    const svg = charts.cycleTimeControlChart(result);
    expect(svg).toContain('12 items finished between 2026-03-01 and 2026-03-31');
    expect(svg).toContain('1 outlier beyond 2σ: W10.');
    expect(svg.match(/r="7" fill="none"/g)?.length).toBe(1);
    expect(svg).toContain('W10: 14 days, finished 2026-03-24 (outlier)');
  });

  it('release burnup: scope and done read from the days, the cone from the forecast dates', () => {
    const result = release();
    const svg = charts.releaseBurnupChart(result);
    expect(svg).toContain(`12 of 43 items done on 2026-03-13.`);
    const dates = result.forecast?.dates as Record<number, string>;
    expect(svg).toContain(`Median finish ${dates[50]}, 85% by ${dates[85]}.`);
    for (const p of [15, 50, 85]) expect(svg).toContain(`>P${p}</text>`);
  });

  it('release burnup without a forecast says so and draws no cone', () => {
    const result = releaseBurnup([{ date: '2026-03-02', kind: 'added', amount: 5 }], {
      asOf: '2026-03-03',
      trials: 100,
      seed: 1,
    });
    expect(result.forecast).toBeNull();
    const svg = charts.releaseBurnupChart(result);
    expect(svg).toContain('0 of 5 items done on 2026-03-03. No forecast.');
    expect(svg).not.toContain('>P50</text>');
  });

  it('resource load: over-allocated days are drawn in the warning colour and counted in <desc>', () => {
    const result = load();
    const overAna = result.resources[0]?.overAllocated.length ?? 0;
    const overBen = result.resources[1]?.overAllocated.length ?? 0;
    expect(overAna).toBeGreaterThan(0);
    const svg = charts.resourceLoadChart(result);
    const red = svg.match(/fill="var\(--popm-bad, #D55E00\)"><title>/g)?.length ?? 0;
    expect(red).toBe(overAna + overBen);
    expect(svg).toContain(`Ana over-allocated on ${overAna} day`);
    expect(svg).toMatch(/height="(\d+)"/);
    // One 64 px strip per resource under the legend and axis.
    expect(svg).toContain('viewBox="0 0 640 210"');
  });

  it('earned value from a cost-loaded plan: the rows of earnedValueSeries, and its S-curve dashed to the finish', () => {
    const plan = {
      resources: [],
      tasks: [
        { id: 'a', duration: 5, cost: 1000 },
        { id: 'b', duration: 5, dependsOn: ['a'], cost: 1000 },
      ],
    };
    const series = earnedValueSeries(
      plan,
      [{ asOf: '2026-03-06', tasks: [{ id: 'a', percentComplete: 80 }], actualCost: 900 }],
      { start: '2026-03-02' },
    );
    const svg = charts.earnedValueChart({ snapshots: series.rows, curve: series.curve });
    expectGoodSvg(svg);
    // PMI: CPI = EV / AC = 800 / 900, SPI = EV / PV = 800 / 1000.
    expect(svg).toContain('CPI 0.89, SPI 0.80');
    expect(svg).toContain('stroke-dasharray="5 4"/>');
    expect(svg).toContain('>Planned</text>');
    // Without the curve the same snapshots draw no planned line.
    expect(charts.earnedValueChart({ snapshots: series.rows })).not.toContain('>Planned</text>');
  });

  it('date and cost risk: P80 date and cost from the joint figure, bars past P80 marked, drivers in order', () => {
    const r = projectRisk();
    const svg = charts.projectRiskChart(r, { currency: 'EUR' });
    const share = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(
      r.joint.share * 100,
    );
    expect(svg).toContain(`P80 finish ${r.joint.finishDate} (`);
    expect(svg).toContain(`both hold together in ${share}% of trials.`);
    expect(svg).toContain(`Largest driver: ${r.tornado[0]?.id} (`);
    // Finish bars after the P80 date are in the second colour; none before it.
    const late = r.finish.histogram.filter((b) => b.value > r.joint.finish && b.count >= 0).length;
    const lateCost = r.cost.histogram.filter((b) => b.value > r.joint.cost).length;
    expect(svg.match(/fill="var\(--popm-c2, #E69F00\)"><title>/g)?.length).toBe(late + lateCost);
    // The driver rows, largest finish contribution first, as the result lists them.
    const ids = [...svg.matchAll(/<text x="12" y="[\d.]+" class="s">(R-\d+)<\/text>/g)].map(
      (m) => m[1],
    );
    expect(ids).toEqual(r.tornado.map((d) => d.id));
  });

  it('gantt: a summary row (summary: true) is a bracket bar with a bold name, as MS Project draws it', () => {
    const plan = [
      { id: 'S', name: 'Build', duration: 0 },
      { id: 'A', name: 'Code', duration: 3, parent: 'S' },
      { id: 'B', name: 'Test', duration: 2, parent: 'S', dependsOn: ['A'] },
    ];
    const schedule = scheduleDates(plan, { start: '2026-03-02' });
    expect(schedule.tasks.find((t) => t.id === 'S')?.summary).toBe(true);
    const svg = charts.ganttChart({ schedule });
    expect(svg.match(/data-summary="S"/g)?.length).toBe(1);
    expect(svg).toContain('class="b">Build</text>');
    expect(svg).not.toContain('class="b">Code</text>');
  });

  it('milestone trend: each line is its milestone, the diagonal is drawn, slips are named in <desc>', () => {
    const t = trend();
    const svg = charts.milestoneTrendChart(t);
    // Go-live: 10 Apr to 17 Apr is 5 working days later; design: 13 to 17 Mar is 2, reached 23 Mar.
    expect(svg).toContain(
      'Design signed off: forecast 2026-03-17, 2 working days later than first forecast, reached 2026-03-23; Go-live: forecast 2026-04-17, 5 working days later than first forecast.',
    );
    expect(svg.match(/<path d="M[^"]*" fill="none" stroke="var\(--popm-c/g)?.length).toBe(2);
    expect(svg).toContain('>reached</text>');
    expect(svg.match(/<rect x="[^"]*" y="[^"]*" width="8" height="8"/g)?.length).toBe(1);
  });

  it('a hand-built result with a wrong-length series or a bad outlier id is a PopmError with its path', () => {
    const r = load();
    const bad = { ...r, resources: [{ ...r.resources[0], load: [1] }] };
    expect(caught(() => charts.resourceLoadChart(bad as never)).path).toEqual([
      'result',
      'resources',
      0,
      'load',
    ]);
    const c = control();
    expect(
      caught(() => charts.cycleTimeControlChart({ ...c, outliers: [3] } as never)).path,
    ).toEqual(['result', 'outliers', 0]);
    expect(
      caught(() => charts.releaseBurnupChart({ ...release(), dyas: [], days: undefined } as never))
        .path,
    ).toEqual(['result', 'dyas']);
  });
});

describe('hostile text is escaped', () => {
  it('in titles, ids and names', () => {
    const svgs = [
      charts.velocityChart(
        {
          sprints: [
            { id: HOSTILE, start: '2026-01-05', end: '2026-01-16', committed: 3, completed: 2 },
          ],
        },
        { title: HOSTILE },
      ),
      charts.riskHeatMapChart(
        heatMap(
          createRiskRegister([
            { id: HOSTILE, title: HOSTILE, kind: 'threat', probability: 0.5, impact: 3 },
          ] as never),
        ),
      ),
      charts.stakeholderGrid(stakeholderMap([{ id: 'x', name: HOSTILE, power: 5, interest: 5 }])),
      charts.ganttChart({
        schedule: scheduleDates([{ id: 'T', name: HOSTILE, duration: 2 }] as never, {
          start: '2026-11-30',
        }),
      }),
    ];
    for (const svg of svgs) {
      expectGoodSvg(svg);
      expect(svg).toContain('&lt;script&gt;');
    }
  });
  it('long names are cut with an ellipsis and kept whole in a <title>', () => {
    const long =
      'A very long task name that cannot possibly fit in the label column of a Gantt chart';
    const svg = charts.ganttChart({
      schedule: scheduleDates([{ id: 'T', name: long, duration: 2 }] as never, {
        start: '2026-11-30',
      }),
    });
    expect(svg).toContain('…');
    expect(svg).toContain(`<title>${long}</title>`);
  });
});

describe('bad input is a PopmError with a path, never a broken SVG', () => {
  it('a hand-built result with a missing field or NaN', () => {
    const good = burndown(sprint, events as never, { asOf: '2026-03-06' } as never);
    const e1 = caught(() =>
      charts.burndownChart({
        ...good,
        days: [{ ...good.days[0], remaining: Number.NaN }],
      } as never),
    );
    expect(e1.code).toBe('INVALID_NUMBER');
    expect(e1.path).toEqual(['result', 'days', 0, 'remaining']);
    const e2 = caught(() =>
      charts.velocityChart({ sprints: [{ id: 'S', start: '2026-01-05', committed: 3 }] } as never),
    );
    expect(e2.path).toEqual(['input', 'sprints', 0, 'completed']);
    const e3 = caught(() => charts.forecastHistogram({ nothing: true } as never));
    expect(e3.code).toBe('INVALID_ARGUMENT');
    const e4 = caught(() => charts.riskHeatMapChart(null as never));
    expect(e4.path).toEqual(['map']);
    const holey: number[] = [];
    holey[0] = 1;
    holey[2] = 2;
    const e5 = caught(() =>
      charts.throughputChart({
        throughput: holey,
        from: '2026-03-02',
        to: '2026-03-04',
      }),
    );
    expect(e5.path).toEqual(['input', 'throughput', 1]);
  });
  it('options are strict and checked', () => {
    const draw = (o: unknown) => charts.velocityChart({ sprints: [] }, o as never);
    expect(caught(() => draw({ widht: 300 })).message).toBe(
      "options.widht: unknown key; did you mean 'width'?",
    );
    expect(caught(() => draw({ width: 10 })).code).toBe('OUT_OF_RANGE');
    expect(caught(() => draw({ width: Number.NaN })).code).toBe('INVALID_NUMBER');
    expect(caught(() => draw({ locale: 'not a locale!' })).path).toEqual(['options', 'locale']);
    expect(caught(() => draw({ currency: 'euro' })).path).toEqual(['options', 'currency']);
  });
});

describe('properties (fast-check)', () => {
  const text = fc.string({ minLength: 1, maxLength: 30 });
  it('velocity: any sprints give a well-formed, deterministic SVG with finite numbers', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            id: text,
            committed: fc.integer({ min: 0, max: 500 }),
            completed: fc.integer({ min: 0, max: 500 }),
            day: fc.integer({ min: 0, max: 2000 }),
          }),
          {
            selector: (s) => s.id,
            maxLength: 30,
          },
        ),
        fc.integer({ min: 200, max: 1600 }),
        (rows, width) => {
          const sprints = rows.map((s) => ({
            id: s.id,
            start: new Date(Date.UTC(2026, 0, 1 + s.day)).toISOString().slice(0, 10),
            end: '2030-01-01',
            committed: s.committed,
            completed: s.completed,
          }));
          const input = Object.freeze({
            sprints: Object.freeze(sprints.map((s) => Object.freeze(s))),
          });
          const svg = charts.velocityChart(input, { width });
          expectGoodSvg(svg);
          expect(charts.velocityChart(input, { width })).toBe(svg);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('forecast histogram: any histogram gives a well-formed SVG', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            value: fc.integer({ min: -1000, max: 100000 }),
            count: fc.integer({ min: 0, max: 10000 }),
          }),
          { selector: (r) => r.value, maxLength: 80 },
        ),
        (rows) => {
          const histogram = [...rows].sort((a, b) => a.value - b.value);
          const svg = charts.forecastHistogram({
            histogram,
            percentiles:
              histogram.length > 0 ? { 85: (histogram[0] as { value: number }).value } : {},
          });
          expectGoodSvg(svg);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('stakeholder grid: any names and scores give a well-formed SVG, labels inside the box', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            id: text,
            name: text,
            power: fc.integer({ min: 1, max: 5 }),
            interest: fc.integer({ min: 1, max: 5 }),
          }),
          { selector: (s) => s.id, maxLength: 25 },
        ),
        (people) => {
          expectGoodSvg(charts.stakeholderGrid(stakeholderMap(people)));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('renderReportHtml', () => {
  const asOf = '2026-11-13';
  const report = progressReport(sampleProject, asOf);
  it('writes one self-contained document with the report sections and seven charts', () => {
    const html = charts.renderReportHtml(report);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|\son[a-z]+=|(?<!xmlns=")https?:|@import|url\(/i);
    expect((html.match(/<svg /g) ?? []).length).toBe(7);
    for (const h of [
      'Summary',
      'Forecast',
      'Budget and value',
      'Risks and issues',
      'Decisions needed',
      'Next',
    ])
      expect(html).toContain(`<h2>${h}</h2>`);
    expect(html).toContain('@page{size:A4');
    for (const svg of html.match(/<svg [\s\S]*?<\/svg>/g) ?? []) expectGoodSvg(svg);
  });
  it('shows the forecast warnings, the plan on its status date, the date-and-cost run and flow (issues 17-19)', () => {
    const html = charts.renderReportHtml(report);
    const f = report.forecast;
    for (const w of f.warnings) expect(html).toContain(`<li>${w}</li>`);
    expect(html).toContain(`The plan as it stands on its status date, ${f.statusDate}`);
    // The sample's T22 misses its deadline by 3 working days; Build is 87.5% complete by duration.
    expect(html).toContain('<tr><td>T22</td><td>deadline</td><td>3</td></tr>');
    expect(html).toContain(
      '<tr><td>Build</td><td>2026-07-20</td><td>2026-12-04</td><td>87.5%</td></tr>',
    );
    const dc = f.dateAndCost;
    expect(dc).not.toBeNull();
    expect(html).toContain(`P80 finish ${dc?.finish}, P80 cost`);
    expect(html).toContain(
      `both hold together in ${Math.round((dc?.jointShare ?? 0) * 1000) / 10}% of them`,
    );
    expect(html).toContain(`<td>${dc?.drivers[0]?.id}</td>`);
    expect(html).toContain('85% of items finish within 7 days (service level, 40 items).');
    expect(html).toContain('Flow efficiency 41.4%');
    expect(html).toContain('<tr><td>In Review</td><td>wait</td><td>2.8</td><td>24.3%</td></tr>');
    expect(html).toContain('W-41 in In Review (past P95)');
  });

  it('a report written before these parts existed draws without them', () => {
    const {
      warnings: _w,
      statusDate: _s,
      conflicts: _c,
      summaries: _m,
      dateAndCost: _d,
      flow: _f,
      ...older
    } = report.forecast;
    const html = charts.renderReportHtml({ ...report, forecast: older } as never);
    expect(html).not.toContain('Date and cost risk');
    expect(html).not.toContain('<h3>Flow</h3>');
    expect(html).toContain('<h2>Forecast</h2>');
  });

  it('draws the same document from the report read back from JSON', () => {
    expect(charts.renderReportHtml(JSON.parse(JSON.stringify(report)))).toBe(
      charts.renderReportHtml(report),
    );
  });
  it('names the place of a bad figure in the report', () => {
    const json = JSON.parse(JSON.stringify(report));
    json.figures.burndown.days[0].remaining = 'lots';
    const e = caught(() => charts.renderReportHtml(json));
    expect(e.code).toBe('INVALID_NUMBER');
    expect(e.path).toEqual(['report', 'figures', 'burndown', 'days', 0, 'remaining']);
    const f = caught(() =>
      charts.renderReportHtml({
        ...report,
        summary: { ...report.summary, rag: 'purple' },
      } as never),
    );
    expect(f.path).toEqual(['report', 'summary', 'rag']);
    expect(caught(() => charts.renderReportHtml(report, { locael: 'de' } as never)).message).toBe(
      "options.locael: unknown key; did you mean 'locale'?",
    );
  });
  it('escapes the project name', () => {
    const html = charts.renderReportHtml({ ...report, projectName: HOSTILE });
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
  });
});
