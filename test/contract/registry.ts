/**
 * Every public function of popm, with valid seed arguments: the registry the
 * contract sweep (issue 12) and the fuzz harness (issue 21) run over. The
 * list of names comes from the entry points (`src/index.ts`,
 * `src/schemas/index.ts`); a new export without an entry here fails
 * `test/contract/registry.test.ts`.
 */
import * as popm from '../../src/index.js';
import { sampleProject } from '../../src/project/sample.js';
import * as schemas from '../../src/schemas/index.js';

/** One public function: how to call it validly, or why it is left out. */
export interface Entry {
  /** Fresh valid arguments (called once per process; the harness never writes into them). */
  readonly args?: (() => readonly unknown[]) | undefined;
  /** Why the function is not called at all (a class, a helper whose input is the point). */
  readonly skip?: string | undefined;
  /**
   * Argument paths (`[argIndex, ...keys]`) holding options bags, which are
   * strict: any unknown key is `INVALID_ARGUMENT`. Defaults to the argument
   * whose parameter is named `options` (or ends in `Options`).
   */
  readonly strict?: readonly (readonly (string | number)[])[] | undefined;
  /** Slow (a whole Project): the fuzz gives it fewer calls. */
  readonly heavy?: boolean | undefined;
  /**
   * Arguments that are popm results passed back (a `Backlog`, a forecast):
   * a misspelled key there that the function never reads is harmless, so
   * the sweep only requires that it does not change the answer silently.
   */
  readonly results?: readonly number[] | undefined;
  /** Its arguments hold state a call changes by design (a random generator): rebuilt for every call. */
  readonly stateful?: boolean | undefined;
}

const api = { ...(popm as Record<string, unknown>), ...(schemas as Record<string, unknown>) };

/** Every exported function of the entry points, by name. */
export const PUBLIC_FUNCTIONS: Readonly<Record<string, (...args: unknown[]) => unknown>> =
  Object.freeze(
    Object.fromEntries(
      Object.entries(api).filter(([, v]) => typeof v === 'function') as [
        string,
        (...args: unknown[]) => unknown,
      ][],
    ),
  );

// ---------------------------------------------------------------------------
// Seed data, small so that one call costs little.

const items = () => [
  {
    id: 'a',
    title: 'Login',
    kind: 'feature',
    status: 'done',
    estimate: 5,
    wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 5 },
    rice: { reach: 100, impact: 'high', confidence: 0.8, effort: 2 },
    ice: { impact: 8, confidence: 7, ease: 6 },
    cd3: { costOfDelay: 30, duration: 4 },
    moscow: 'must',
    valueEffort: { value: 8, effort: 2 },
    tags: ['auth'],
    createdOn: '2026-03-01',
  },
  {
    id: 'b',
    title: 'Profile',
    status: 'todo',
    estimate: 3,
    dependsOn: ['a'],
    wsjf: { businessValue: 5, timeCriticality: 3, riskReduction: 1, jobSize: 3 },
    rice: { reach: 50, impact: 2, confidence: 'medium', effort: 1 },
    ice: { impact: 5, confidence: 5, ease: 5 },
    cd3: { costOfDelay: 10, duration: 2 },
    moscow: 'should',
    valueEffort: { value: 3, effort: 5 },
  },
  { id: 'c', title: 'Search', status: 'ready', estimate: 8, moscow: 'could' },
];
const backlog = () => popm.createBacklog(items() as never);

const tasks = () => [
  { id: 'A', duration: 3, estimate: { optimistic: 2, mostLikely: 3, pessimistic: 6 } },
  { id: 'B', duration: 2, dependsOn: ['A'] },
  { id: 'C', duration: 4, dependsOn: [{ id: 'A', type: 'SS', lag: 1 }] },
  { id: 'D', duration: 0, dependsOn: ['B', 'C'] },
];

const risks = () => [
  {
    id: 'R1',
    title: 'Supplier late',
    kind: 'threat',
    probability: 0.3,
    impact: 4,
    costImpact: 80000,
    owner: 'PM',
    category: 'supply',
    reviewBy: '2026-03-01',
    raisedOn: '2026-01-05',
    response: { strategy: 'mitigate', cost: '1500' },
    residual: { probability: 0.1, impact: 2 },
  },
  {
    id: 'R2',
    title: 'Grant',
    kind: 'opportunity',
    probability: 0.5,
    impact: 3,
    costImpact: { min: 1000, mostLikely: 2000, max: 5000 },
    scheduleImpactDays: 3,
  },
];
const register = () => popm.createRiskRegister(risks() as never);

const sprint = () => ({
  id: 's1',
  start: '2026-03-02',
  end: '2026-03-13',
  committed: 10,
  completed: 8,
});
const sprints = () => [
  sprint(),
  { id: 's2', start: '2026-03-16', end: '2026-03-27', committed: 12, completed: 12, added: 2 },
];
const events = () => [
  { on: '2026-03-03', kind: 'completed', amount: 4 },
  { on: '2026-03-04', kind: 'added', amount: 2 },
];
const workItems = () => [
  { id: 'a', createdOn: '2026-03-01', startedOn: '2026-03-02', finishedOn: '2026-03-04' },
  { id: 'b', createdOn: '2026-03-01', startedOn: '2026-03-03', finishedOn: '2026-03-03' },
  { id: 'c', createdOn: '2026-03-02', startedOn: '2026-03-04' },
];

const workflow = () => ({
  states: [
    { name: 'To Do', category: 'todo' },
    { name: 'Doing', category: 'in-progress' },
    { name: 'Waiting', category: 'in-progress', active: false },
    { name: 'Done', category: 'done' },
  ],
});
const t = (state: string, on: string) => ({ state, on });
const flowItems = () => [
  {
    id: 'a',
    createdOn: '2026-03-02',
    transitions: [
      t('Doing', '2026-03-02'),
      t('Waiting', '2026-03-03'),
      t('Doing', '2026-03-05'),
      t('Done', '2026-03-05'),
    ],
  },
  { id: 'c', createdOn: '2026-03-05', transitions: [t('Doing', '2026-03-06')] },
];

const stakeholders = () => [
  {
    id: 'ops',
    name: 'Operations',
    power: 4,
    interest: 5,
    legitimacy: true,
    urgency: false,
    engagement: { current: 'neutral', desired: 'supportive' },
    communication: { channel: 'meeting', everyDays: 14 },
    lastContactedOn: '2026-03-01',
  },
  {
    id: 'cfo',
    name: 'CFO',
    power: 5,
    interest: 2,
    legitimacy: true,
    urgency: true,
    engagement: { current: 'resistant', desired: 'supportive' },
    communication: { channel: 'email', everyDays: 30 },
  },
];

const businessCase = () => ({
  reasons: ['Manual invoicing is slow'],
  currency: 'EUR',
  discountRate: 0.1,
  horizon: 2,
  options: [
    { id: 'none', name: 'Do nothing', kind: 'do-nothing', costs: [], benefits: [] },
    { id: 'tool', name: 'Buy a tool', kind: 'do-something', costs: [100], benefits: [0, 60, 72] },
  ],
});
const budget = () => ({
  currency: 'EUR',
  total: '1000',
  start: '2026-01-01',
  end: '2026-12-31',
  lines: [{ category: 'staff', amount: '600' }],
  actuals: [{ date: '2026-02-01', amount: '100', category: 'staff' }],
});
const tco = () => ({
  horizon: 3,
  discountRate: 0.05,
  costs: [
    { id: 'lic', label: 'Licences', category: 'licensing', amount: 100, recurrence: 'per-period' },
    { id: 'set', label: 'Set-up', category: 'implementation', amount: 500, recurrence: 'once' },
  ],
});
const raci = () => ({
  activities: ['budget', 'plan'],
  people: ['ana', 'ben'],
  assignments: { budget: { ana: 'A', ben: 'R' }, plan: { ana: ['R', 'A'] } },
});
const matrix = () => ({
  size: 3,
  probabilityBands: [
    { level: 1, upTo: 0.3, label: 'Low' },
    { level: 2, upTo: 0.6, label: 'Medium' },
    { level: 3, upTo: 1, label: 'High' },
  ],
  impactLabels: ['Minor', 'Moderate', 'Major'],
  ratingBands: [
    { name: 'Green', minScore: 1 },
    { name: 'Red', minScore: 6 },
  ],
});
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v));
// A smaller copy of the sample (the same shape and cross references), so a
// whole-project call costs a few milliseconds, not a few hundred.
// biome-ignore lint/suspicious/noExplicitAny: reshaping JSON
type J = any;
let small: unknown;
const project = () => {
  if (small !== undefined) return small;
  const p: J = json(sampleProject);
  const keep = <T>(list: T[], n: number) => list.slice(0, n);
  const ids = (list: J[]) => new Set(list.map((x: J) => x.id));
  p.backlog = keep(p.backlog, 8);
  const items = ids(p.backlog);
  for (const b of p.backlog) b.dependsOn = (b.dependsOn ?? []).filter((d: string) => items.has(d));
  p.targets = keep(p.targets, 2).map((t: J) => ({
    ...t,
    items: t.items.filter((i: string) => items.has(i)),
  }));
  p.workItems = keep(p.workItems, 8).map((w: J) => {
    if (w.backlogItem !== undefined && !items.has(w.backlogItem)) delete w.backlogItem;
    return w;
  });
  if (p.statusHistory) p.statusHistory = keep(p.statusHistory, 3);
  p.plan = keep(p.plan, 6);
  const tasks = ids(p.plan);
  for (const t of p.plan)
    t.dependsOn = (t.dependsOn ?? []).filter((d: J) => tasks.has(typeof d === 'string' ? d : d.id));
  if (p.baseline) p.baseline.tasks = p.baseline.tasks.filter((t: J) => tasks.has(t.id));
  p.risks = keep(p.risks, 4);
  for (const r of p.risks) if (r.tasks) r.tasks = r.tasks.filter((t: string) => tasks.has(t));
  const risks = ids(p.risks);
  if (p.businessCase?.risks)
    p.businessCase.risks = p.businessCase.risks.filter((r: string) => risks.has(r));
  p.stakeholders = keep(p.stakeholders, 4);
  const people = ids(p.stakeholders);
  p.reviews = p.reviews.map((r: J) => ({
    ...r,
    invited: r.invited.filter((i: string) => people.has(i)),
    attended: r.attended.filter((i: string) => people.has(i)),
  }));
  p.decisions = (p.decisions ?? []).map((d: J) => {
    if (d.decider !== undefined && !people.has(d.decider)) delete d.decider;
    return d;
  });
  small = schemas.parseProject(p);
  return small;
};
const ASOF = '2026-11-20';
const FAST = { trials: 200 };

/** The registry: one entry per public function. */
export const REGISTRY: Readonly<Record<string, Entry>> = {
  // classes and helpers whose input is the point
  Decimal: { skip: 'the decimal.js class re-exported; not a popm function' },
  PopmError: { skip: 'the error class; constructing one is not a calculation' },
  deepFreeze: { skip: 'freezes its argument in place by design' },
  isPopmError: { args: () => [new popm.PopmError('CYCLE', ['x'], 'no loop')] },
  isDecimal: { args: () => [new popm.Decimal(1)] },
  isIsoDate: { args: () => ['2026-03-02'] },

  // core: dates, numbers, stats, random
  addDays: { args: () => ['2026-03-02', 5] },
  addWorkingDays: { args: () => ['2026-03-02', 5, { weekend: [0, 6], holidays: ['2026-03-04'] }] },
  assertIsoDate: { args: () => ['2026-03-02', ['date']] },
  compareDates: { args: () => ['2026-03-02', '2026-03-05'] },
  dayOfWeek: { args: () => ['2026-03-02'] },
  daysBetween: { args: () => ['2026-03-02', '2026-03-09'] },
  fromEpochDay: { args: () => [20000] },
  isWorkingDay: { args: () => ['2026-03-07', { weekend: [0, 6], holidays: [] }] },
  nextWorkingDay: {
    args: () => ['2026-03-07', { weekend: [0, 6], holidays: [] }, { inclusive: true }],
  },
  toEpochDay: { args: () => ['2026-03-02', ['date']] },
  workingDaysBetween: {
    args: () => ['2026-03-02', '2026-03-16', { weekend: [0, 6], holidays: [] }],
  },
  toDecimal: { args: () => ['12.50', ['amount']] },
  toNumber: { args: () => ['12.5', ['amount']] },
  roundMoney: { args: () => ['12.345', 2] },
  mean: { args: () => [[1, 2, 3, 4]] },
  median: { args: () => [[1, 2, 3, 4]] },
  sum: { args: () => [[1, 2, 3, 4]] },
  sampleStdDev: { args: () => [[1, 2, 3, 4]] },
  percentile: { args: () => [[1, 2, 3, 4, 5], 85, { method: 'nearest-rank' }] },
  percentiles: {
    args: () => [
      [1, 2, 3, 4, 5],
      [50, 85],
    ],
  },
  normalCdf: { args: () => [1.2] },
  normalQuantile: { args: () => [0.85] },
  createRandom: { args: () => [42] },
  sampleTriangular: { results: [0], stateful: true, args: () => [popm.createRandom(1), 1, 2, 5] },
  sampleBetaPert: { results: [0], stateful: true, args: () => [popm.createRandom(1), 1, 2, 5] },
  likelihoodWithin: {
    results: [0],
    args: () => [popm.forecastWhen({ throughput: [1, 2, 3], items: 10, trials: 200 }), 5],
  },
  likelihoodAtLeast: {
    results: [0],
    args: () => [popm.forecastHowMany({ throughput: [1, 2, 3], periods: 5, trials: 200 }), 8],
  },

  // backlog
  createBacklog: { args: () => [items()] },
  addItem: {
    results: [0],
    args: () => [backlog(), { id: 'd', title: 'Export', estimate: 2 }, { at: 1 }],
  },
  getItem: { results: [0], args: () => [backlog(), 'b'] },
  moveItem: { args: () => [backlog(), 'c', { before: 'b' }], strict: [[2]], results: [0] },
  removeItem: { results: [0], args: () => [backlog(), 'c'] },
  updateItem: { results: [0], args: () => [backlog(), 'c', { estimate: 5, title: 'Search v2' }] },
  backlogHealth: { results: [0], args: () => [backlog(), { top: 2 }] },
  prioritise: { results: [0], args: () => [backlog(), 'wsjf'] },
  selectForSprint: { results: [0], args: () => [backlog(), { capacity: 10, allowSkip: true }] },
  moscowCheck: { results: [0], args: () => [backlog(), { maxMustShare: 0.6 }] },
  wsjfScaleCheck: { results: [0], args: () => [backlog()] },
  wsjf: { args: () => [{ businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 5 }] },
  rice: { args: () => [{ reach: 100, impact: 'high', confidence: 0.8, effort: 2 }] },
  ice: { args: () => [{ impact: 8, confidence: 7, ease: 6 }, { mode: 'average' }] },
  cd3: { args: () => [{ costOfDelay: 30, duration: 4 }] },
  valueEffort: {
    args: () => [
      { value: 8, effort: 2 },
      { value: 5, effort: 5 },
    ],
    strict: [[1]],
  },
  weightedScore: {
    args: () => [
      { revenue: 8, strategicFit: 6 },
      { revenue: 3, strategicFit: 1 },
    ],
  },
  kano: { args: () => ['like', 'neutral'] },
  kanoSummary: {
    args: () => [
      [
        { functional: 'like', dysfunctional: 'neutral' },
        { functional: 'expect', dysfunctional: 'dislike' },
      ],
    ],
  },
  moscowScore: { args: () => ['must'] },

  // finance
  npv: { args: () => [0.1, [-100, 60, 60], { firstFlowAt: 1 }] },
  irr: { args: () => [[-100, 60, 60], { guess: 0.1 }] },
  irrAll: { args: () => [[-100, 230, -132]] },
  mirr: { args: () => [[-100, 60, 60], 0.1, 0.12] },
  xnpv: {
    args: () => [
      0.1,
      [
        { date: '2026-01-01', amount: -100 },
        { date: '2027-01-01', amount: 60 },
        { date: '2028-01-01', amount: 60 },
      ],
    ],
  },
  xirr: {
    args: () => [
      [
        { date: '2026-01-01', amount: -100 },
        { date: '2027-01-01', amount: 60 },
        { date: '2028-01-01', amount: 60 },
      ],
    ],
  },
  paybackPeriod: { args: () => [[-100, 60, 60]] },
  discountedPaybackPeriod: { args: () => [0.1, [-100, 60, 60]] },
  profitabilityIndex: { args: () => [0.1, [-100, 60, 60]] },
  roi: { args: () => [150, 100] },
  annualisedRoi: { args: () => [150, 100, 2] },
  pmt: { args: () => [0.01, 12, 1000] },
  pv: { args: () => [0.01, 12, -100] },
  fv: { args: () => [0.01, 12, -100] },
  nper: { args: () => [0.01, -100, 1000] },
  appraiseOptions: { args: () => [businessCase()] },
  scenarios: {
    args: () => [
      businessCase(),
      {
        best: { benefits: 1.2, probability: 0.25 },
        likely: { probability: 0.5 },
        worst: { benefits: 0.8, costs: 1.1, probability: 0.25 },
      },
    ],
    strict: [[1], [1, 'best'], [1, 'likely'], [1, 'worst']],
  },
  sensitivity: { args: () => [businessCase(), 'tool', { swing: 0.1 }] },
  sensitivityVariables: { args: () => [businessCase(), 'tool'] },
  breakEvenChange: { args: () => [businessCase(), 'tool'] },
  budgetStatus: { args: () => [budget(), '2026-03-01'] },
  earnedValue: { args: () => [{ bac: 4000, pv: 3000, ev: 2500, ac: 2800 }] },
  earnedSchedule: {
    args: () => [{ cumulativePv: [100, 200, 300, 400], ev: 250, actualTime: 3 }],
  },
  totalCostOfOwnership: { args: () => [tco()] },
  compareTco: { args: () => [{ buy: tco(), build: { ...tco(), horizon: 3 } }] },

  // plan
  criticalPath: { args: () => [tasks(), { maxPaths: 10 }] },
  pertAnalysis: {
    args: () => [tasks(), { start: '2026-11-30', calendar: { weekend: [0, 6], holidays: [] } }],
  },
  pertEstimate: { args: () => [{ optimistic: 2, mostLikely: 3, pessimistic: 6 }] },
  durationForProbability: { results: [0], args: () => [popm.pertAnalysis(tasks() as never), 0.9] },
  probabilityOfCompletion: { results: [0], args: () => [popm.pertAnalysis(tasks() as never), 8] },
  dateForProbability: {
    results: [0],
    args: () => [popm.pertAnalysis(tasks() as never, { start: '2026-11-30' }), 0.9],
  },
  milestoneTrend: {
    results: [0],
    args: () => {
      const at = (start: string, statusDate: string) => ({
        ...popm.toBaseline(popm.scheduleDates(tasks() as never, { start })),
        statusDate,
      });
      return [
        [at('2026-11-30', '2026-11-27'), at('2026-12-02', '2026-12-04')],
        { ids: ['D', 'B'] },
      ];
    },
  },
  rollUp: {
    args: () => [
      [
        { id: 'p', duration: 0 },
        { id: 'a', duration: 3, parent: 'p', percentComplete: 50, weight: 2 },
        { id: 'b', duration: 2, parent: 'p', actualStart: '2026-11-30', remainingDuration: 1 },
        { id: 'm', duration: 0, weight: 1 },
      ],
      { method: 'duration', includeMilestones: true },
    ],
  },
  scheduleDates: { args: () => [tasks(), { start: '2026-11-30' }] },
  toBaseline: {
    results: [0],
    args: () => [popm.scheduleDates(tasks() as never, { start: '2026-11-30' })],
  },
  baselineVariance: {
    results: [0, 1],
    args: () => {
      const base = popm.toBaseline(popm.scheduleDates(tasks() as never, { start: '2026-11-30' }));
      const now = popm.toBaseline(popm.scheduleDates(tasks() as never, { start: '2026-12-02' }));
      return [base, now];
    },
  },
  levelResources: {
    args: () => [
      {
        resources: [{ id: 'ann', unitsPerDay: 1 }],
        tasks: [
          { id: 'a', duration: 3, assignments: [{ resource: 'ann', units: 1 }] },
          { id: 'b', duration: 2, dependsOn: ['a'], assignments: [{ resource: 'ann', units: 1 }] },
        ],
      },
    ],
  },
  plannedValueCurve: {
    args: () => [
      {
        resources: [{ id: 'ann', unitsPerDay: 1, costPerDay: 400 }],
        tasks: [
          { id: 'a', duration: 5, assignments: [{ resource: 'ann', units: 1 }] },
          { id: 'b', duration: 3, dependsOn: ['a'], cost: '1000.50' },
        ],
      },
      { start: '2026-03-02', period: 'week' },
    ],
  },
  earnedValueSeries: {
    args: () => [
      {
        resources: [{ id: 'ann', unitsPerDay: 1, costPerDay: 400 }],
        tasks: [
          { id: 'a', duration: 5, assignments: [{ resource: 'ann', units: 1 }] },
          { id: 'b', duration: 3, dependsOn: ['a'], cost: 1000 },
        ],
      },
      [
        { asOf: '2026-03-06', tasks: [{ id: 'a', percentComplete: 80 }], actualCost: 1900 },
        {
          asOf: '2026-03-11',
          tasks: [
            { id: 'a', percentComplete: 100 },
            { id: 'b', percentComplete: 50 },
          ],
          actualCost: 2600,
        },
      ],
      { start: '2026-03-02', period: 'day' },
    ],
  },
  teamCapacity: {
    args: () => [
      [
        { id: 'ann', calendar: { weekend: [0, 6], holidays: ['2026-03-04'] } },
        { id: 'bob', unitsPerDay: 0.5 },
      ],
      { start: '2026-03-02', end: '2026-03-13' },
      { focusFactor: 0.8, estimatePerDay: 2 },
    ],
  },
  resourceLoad: {
    args: () => [
      {
        resources: [{ id: 'ann', unitsPerDay: 1 }],
        tasks: [
          { id: 'a', duration: 2, assignments: [{ resource: 'ann', units: 1 }] },
          { id: 'b', duration: 1, assignments: [{ resource: 'ann', units: 0.5 }] },
        ],
      },
      { start: '2026-03-02' },
    ],
  },
  simulateSchedule: { args: () => [tasks(), { trials: 200, seed: 3, start: '2026-11-30' }] },
  simulateProject: {
    args: () => [
      {
        tasks: [
          ...tasks().slice(0, 3),
          {
            id: 'D',
            duration: 1,
            dependsOn: ['B', 'C'],
            cost: '250.50',
            assignments: [{ resource: 'dev', units: 1 }],
          },
        ],
        resources: [{ id: 'dev', unitsPerDay: 2, costPerDay: 400 }],
        risks: [
          { ...risks()[0], tasks: ['B'], scheduleImpactDays: { min: 1, mostLikely: 2, max: 5 } },
          { ...risks()[1], tasks: ['C', 'D'] },
        ],
      },
      { trials: 128, seed: 3, start: '2026-11-30' },
    ],
  },
  validatePlan: { args: () => [tasks()] },
  assertPlan: { args: () => [tasks()] },

  // progress
  velocity: { args: () => [sprints(), { window: 2 }] },
  sayDoRatio: { args: () => [sprints()] },
  burndown: { args: () => [sprint(), events()] },
  burnup: { args: () => [sprint(), events()] },
  sprintCapacityForecast: { args: () => [20, [8, 5, 8, 8, 3]] },
  cycleTime: { args: () => [workItems()[0], { calendar: { weekend: [0, 6], holidays: [] } }] },
  leadTime: { args: () => [workItems()[0]] },
  flowMetrics: { args: () => [workItems(), { from: '2026-03-02', to: '2026-03-05' }] },
  throughputHistory: { args: () => [workItems(), { from: '2026-03-02', to: '2026-03-08' }] },
  cumulativeFlow: {
    args: () => [
      workItems(),
      { from: '2026-03-02', to: '2026-03-04', states: ['todo', 'doing', 'done'] },
    ],
  },
  workItemAge: { args: () => [workItems(), '2026-03-08', { percentiles: [50, 85] }] },
  agingWip: { args: () => [flowItems(), workflow(), '2026-03-09', { percentiles: [50, 85] }] },
  controlChart: { args: () => [workItems(), { from: '2026-03-01', to: '2026-03-31', window: 2 }] },
  flowEfficiency: { args: () => [flowItems(), workflow()] },
  serviceLevel: { args: () => [workItems(), { from: '2026-03-01', to: '2026-03-31', recent: 2 }] },
  timeInState: { args: () => [flowItems(), workflow(), { asOf: '2026-03-10' }] },
  workItemsFromHistory: {
    args: () => [
      [
        {
          id: 'a',
          transitions: [
            t('To Do', '2026-03-02'),
            t('Doing', '2026-03-03'),
            t('Done', '2026-03-06'),
          ],
        },
      ],
      workflow(),
    ],
  },
  forecastHowMany: {
    args: () => [{ throughput: [1, 2, 3], periods: 5, trials: 200, seed: 2 }],
    strict: [[0]],
  },
  forecastWhen: { args: () => [{ throughput: [1, 2, 3], items: 10, trials: 200 }], strict: [[0]] },
  forecastWhenDate: {
    args: () => [{ throughput: [1, 2, 3], items: 10, start: '2026-03-02', trials: 200 }],
    strict: [[0]],
  },
  likelihoodBy: {
    results: [0],
    args: () => [
      popm.forecastWhenDate({ throughput: [1, 2, 3], items: 10, start: '2026-03-02', trials: 200 }),
      '2026-03-10',
    ],
  },
  forecastFeatures: {
    args: () => [
      [
        { id: 'a', items: 5 },
        { id: 'b', items: 3 },
      ],
      { throughput: [1, 2], trials: 100, wipLimit: 1 },
    ],
    strict: [[1]],
  },
  forecastHowManyByDate: {
    args: () => [{ throughput: [2, 3], start: '2026-03-02', end: '2026-03-13', trials: 200 }],
    strict: [[0]],
  },
  mergeSimulations: {
    results: [0],
    // Simulation parts are popm's own exchange format, read strictly.
    strict: [
      [0, '*'],
      [0, '*', 'shard'],
      [0, '*', 'range'],
      [0, '*', 'context'],
    ],
    args: () => {
      const input = { throughput: [0, 1, 2, 3], items: 20, trials: 90, seed: 7 };
      return [
        [0, 1, 2].map((index) =>
          popm.forecastWhen({ ...input, shard: { index, count: 3 } } as never),
        ),
      ];
    },
  },
  releaseBurnup: {
    args: () => [
      [
        { date: '2026-03-02', kind: 'added', amount: 10 },
        { date: '2026-03-02', kind: 'done', amount: 2 },
        { date: '2026-03-03', kind: 'done', amount: 2 },
        { date: '2026-03-04', kind: 'done', amount: 2 },
      ],
      { asOf: '2026-03-04', trials: 200 },
    ],
  },
  forecastDiagnostics: { args: () => [{ throughput: [2, 0, 3, 1, 0, 2] }], strict: [[0]] },
  forecastBacklog: { results: [0], args: () => [backlog(), { velocities: [5, 8], trials: 200 }] },

  // risk
  createRiskRegister: { args: () => [risks(), { framework: 'PMI' }] },
  createRiskMatrix: { args: () => [matrix()] },
  addRisk: {
    results: [0],
    args: () => [register(), { id: 'R3', title: 'Strike', kind: 'threat', probability: 0.1 }],
  },
  updateRisk: { results: [0], args: () => [register(), 'R1', { probability: 0.2, owner: 'Lead' }] },
  closeRisk: {
    results: [0],
    args: () => [register(), 'R1', { date: '2026-03-01', reason: 'contract signed' }],
  },
  escalateRisk: {
    results: [0],
    args: () => [register(), 'R1', { date: '2026-03-01', to: 'board' }],
  },
  recordOccurrence: {
    results: [0],
    args: () => [register(), 'R1', { date: '2026-02-10', actualCost: 65000 }],
  },
  riskScore: { args: () => [risks()[0], popm.defaultMatrix, { residual: true }] },
  riskRating: { args: () => [risks()[0]] },
  expectedMonetaryValue: { args: () => [risks()[0], { residual: false }] },
  riskExposure: { results: [0], args: () => [register()] },
  heatMap: { results: [0], args: () => [register()] },
  topRisks: { results: [0], args: () => [register(), 1, { by: 'emv' }] },
  risksDueForReview: { results: [0], args: () => [register(), '2026-03-02'] },
  risksWithoutResponse: { results: [0], args: () => [register()] },
  unownedRisks: { results: [0], args: () => [register()] },
  isActiveRisk: { args: () => [risks()[0]] },
  riskTrend: {
    results: [0],
    args: () => {
      const jan = register();
      const feb = popm.closeRisk(jan, 'R1', { date: '2026-02-01', reason: 'done' });
      return [
        [
          { asOf: '2026-01-31', register: jan },
          { asOf: '2026-02-28', register: feb },
        ],
      ];
    },
  },
  simulateRiskCost: { results: [0], args: () => [register(), { trials: 200, seed: 7 }] },
  probabilityLevel: { args: () => [0.3] },
  costLevel: { args: () => [50000, popm.defaultMatrix] },
  ratingOfScore: { args: () => [12] },
  strategiesFor: { args: () => ['threat', 'PMI'] },
  isValidStrategy: { args: () => ['mitigate', 'threat', 'PMI'] },

  // roles
  createRaci: { args: () => [raci()] },
  validateRaci: { args: () => [raci(), { accountableImpliesResponsible: true }] },
  defaultRaci: { args: () => [{ productOwner: 'ana', projectManager: 'ben', team: 'devs' }] },
  checkRoleAssignment: { args: () => [{ productOwner: 'ana', projectManager: 'ben' }] },
  compareRoles: { args: () => [] },
  responsibilitiesOf: { args: () => ['product-owner'] },
  whoIsResponsible: { args: () => ['approve the budget'] },

  // stakeholders
  salience: { args: () => [{ power: 5, legitimacy: true, urgency: true }] },
  powerInterestQuadrant: { args: () => [{ power: 4, interest: 5 }, { threshold: 3 }] },
  stakeholderMap: { args: () => [stakeholders()] },
  engagementGaps: { args: () => [stakeholders()] },
  communicationsDue: { args: () => [stakeholders(), '2026-04-01'] },
  sprintReviewInvitees: { args: () => [stakeholders(), { definitive: true }] },
  reviewCoverage: { args: () => [stakeholders(), { invited: ['ops'], attended: ['ops'] }] },

  // project (a whole Project document: slow)
  dashboard: { args: () => [project(), ASOF, FAST], heavy: true },
  assessProject: { args: () => [project(), ASOF, FAST], heavy: true },
  assessRole: { args: () => [project(), 'product-owner', ASOF, FAST], heavy: true },
  progressReport: { args: () => [project(), ASOF, FAST], heavy: true },
  renderReportMarkdown: {
    results: [0],
    args: () => [popm.progressReport(project() as never, ASOF, FAST)],
    heavy: true,
  },
  renderReportText: {
    results: [0],
    args: () => [popm.progressReport(project() as never, ASOF, FAST)],
    heavy: true,
  },

  // project: figures and the HTML report
  reportFigures: { args: () => [project(), ASOF], heavy: true },
  renderReportHtml: {
    results: [0],
    heavy: true,
    args: () => [
      {
        ...popm.progressReport(project() as never, ASOF, FAST),
        figures: popm.reportFigures(project() as never, ASOF),
      },
    ],
  },

  // charts (SVG over popm results)
  agingWipChart: {
    results: [0],
    args: () => [
      { ages: popm.workItemAge(workItems() as never, '2026-03-12'), items: workItems() },
    ],
  },
  burndownChart: {
    results: [0],
    args: () => [
      popm.burndown(sprint() as never, events() as never, { asOf: '2026-03-06' } as never),
    ],
  },
  burnupChart: {
    results: [0],
    args: () => [
      popm.burnup(sprint() as never, events() as never, { asOf: '2026-03-06' } as never),
    ],
  },
  cumulativeFlowChart: {
    results: [0],
    args: () => [
      popm.cumulativeFlow(
        workItems() as never,
        {
          from: '2026-03-02',
          to: '2026-03-06',
          states: ['todo', 'doing', 'done'],
        } as never,
      ),
    ],
  },
  cycleTimeControlChart: {
    results: [0],
    args: () => [
      popm.controlChart(workItems() as never, { from: '2026-03-01', to: '2026-03-31', window: 3 }),
    ],
  },
  milestoneTrendChart: {
    results: [0],
    args: () => [
      popm.milestoneTrend([
        {
          statusDate: '2026-11-02',
          finish: '2026-12-04',
          tasks: [{ id: 'go', start: '2026-12-04', finish: '2026-12-04', milestone: true }],
        },
        {
          statusDate: '2026-11-09',
          finish: '2026-12-08',
          tasks: [{ id: 'go', start: '2026-12-08', finish: '2026-12-08', milestone: true }],
        },
      ]),
    ],
  },
  projectRiskChart: {
    results: [0],
    args: () => [
      popm.simulateProject(
        {
          tasks: [
            {
              id: 'a',
              duration: 3,
              cost: 100,
              estimate: { optimistic: 2, mostLikely: 3, pessimistic: 6 },
            },
            { id: 'b', duration: 2, dependsOn: ['a'], cost: 50 },
          ],
          risks: [
            {
              id: 'r',
              title: 'Late',
              kind: 'threat',
              probability: 0.5,
              tasks: ['b'],
              scheduleImpactDays: 2,
              costImpact: 40,
            },
          ],
        } as never,
        { trials: 50, seed: 1, start: '2026-03-02' },
      ),
    ],
  },
  releaseBurnupChart: {
    results: [0],
    args: () => [
      popm.releaseBurnup(
        [
          { date: '2026-03-02', kind: 'added', amount: 12 },
          { date: '2026-03-03', kind: 'done', amount: 2 },
          { date: '2026-03-05', kind: 'done', amount: 3 },
        ],
        { asOf: '2026-03-06', trials: 50, seed: 1 },
      ),
    ],
  },
  resourceLoadChart: {
    results: [0],
    args: () => [
      popm.resourceLoad(
        {
          resources: [{ id: 'ana', name: 'Ana', unitsPerDay: 1 }],
          tasks: [
            { id: 'A', duration: 2, assignments: [{ resource: 'ana', units: 1 }] },
            { id: 'B', duration: 1, assignments: [{ resource: 'ana', units: 1 }] },
          ],
        },
        { start: '2026-03-02' },
      ),
    ],
  },
  cycleTimeScatter: {
    results: [0],
    args: () => [
      {
        items: workItems(),
        metrics: popm.flowMetrics(
          workItems() as never,
          { from: '2026-03-02', to: '2026-03-13' } as never,
        ),
      },
    ],
  },
  earnedValueChart: {
    args: () => [
      {
        snapshots: [
          { asOf: '2026-03-31', bac: 1000, pv: 200, ev: 180, ac: 220 },
          { asOf: '2026-04-30', bac: 1000, pv: 400, ev: 350, ac: 420 },
        ],
      },
      { currency: 'EUR' },
    ],
  },
  forecastHistogram: {
    results: [0],
    args: () => [
      popm.forecastWhen({ throughput: [1, 2, 3], items: 10, trials: 200 }),
      { unit: 'days' },
    ],
  },
  ganttChart: {
    results: [0],
    args: () => [
      {
        schedule: popm.scheduleDates(tasks() as never, { start: '2026-11-30' }),
        today: '2026-12-03',
      },
    ],
  },
  riskHeatMapChart: { results: [0], args: () => [popm.heatMap(register())] },
  stakeholderGrid: { results: [0], args: () => [popm.stakeholderMap(stakeholders() as never)] },
  tcoChart: {
    results: [0],
    args: () => [popm.compareTco({ buy: tco(), build: { ...tco(), horizon: 3 } } as never)],
  },
  throughputChart: {
    args: () => [{ throughput: [2, 0, 3, 1], from: '2026-03-02', to: '2026-03-05' }],
  },
  tornadoChart: {
    results: [0],
    args: () => [
      popm.sensitivity(businessCase() as never, 'tool', { swing: 0.1 }),
      { currency: 'EUR' },
    ],
  },
  velocityChart: { args: () => [{ sprints: sprints() }] },

  // finance: loan schedules
  ipmt: { args: () => [0.1 / 12, 1, 36, 8000] },
  ppmt: { args: () => [0.1 / 12, 1, 24, 2000] },
  cumipmt: { args: () => [0.09 / 12, 360, 125000, 13, 24] },
  cumprinc: { args: () => [0.09 / 12, 360, 125000, 13, 24] },
  rate: { args: () => [48, -200, 8000] },

  // roles
  assertRaci: {
    args: () => [
      { activities: ['deploy'], people: ['ana'], assignments: { deploy: { ana: ['A', 'R'] } } },
    ],
  },

  // schemas
  parseBacklog: { args: () => [items()] },
  parseBudget: { args: () => [budget()] },
  parseBusinessCase: { args: () => [businessCase()] },
  parseEarnedValueSnapshot: {
    args: () => [{ asOf: '2026-03-31', bac: 100, pv: 50, ev: 40, ac: 45 }],
  },
  parseEarnedValueSnapshots: {
    args: () => [
      [
        { asOf: '2026-01-31', bac: 100, pv: 10, ev: 8, ac: 9 },
        { asOf: '2026-02-28', bac: 100, pv: 20, ev: 18, ac: 21 },
      ],
    ],
  },
  parseTcoInput: { args: () => [tco()] },
  parsePlan: { args: () => [tasks()] },
  parsePlanBaseline: {
    args: () => [
      json(popm.toBaseline(popm.scheduleDates(tasks() as never, { start: '2026-11-30' }))),
    ],
  },
  parseSprint: { args: () => [sprint()] },
  parseSprints: { args: () => [sprints()] },
  parseSprintEvents: { args: () => [events()] },
  parseWorkItem: { args: () => [workItems()[0]] },
  parseWorkItems: { args: () => [workItems()] },
  parseProject: { args: () => [json(project())], heavy: true },
  parseRiskMatrix: { args: () => [matrix()] },
  parseRiskRegister: { args: () => [risks()] },
  parseRaci: { args: () => [raci()] },
  parseStakeholders: { args: () => [stakeholders()] },
  projectJsonSchema: { args: () => [], heavy: true },
};

// Every safeParseX takes the seed of its parseX.
for (const name of Object.keys(REGISTRY))
  if (name.startsWith('parse') && `safe${name[0]?.toUpperCase()}${name.slice(1)}` in api)
    (REGISTRY as Record<string, Entry>)[`safe${name[0]?.toUpperCase()}${name.slice(1)}`] = REGISTRY[
      name
    ] as Entry;

/** The parameter names of a function, read from its source (`function npv(rate, cashFlows, options)`). */
export function paramNames(fn: (...args: unknown[]) => unknown): string[] {
  const src = Function.prototype.toString.call(fn);
  const open = src.indexOf('(');
  let depth = 0;
  let end = open;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) {
        end = i;
        break;
      }
    }
  }
  const inner = src.slice(open + 1, end);
  const names: string[] = [];
  let d = 0;
  let current = '';
  for (const ch of inner) {
    if (ch === '(' || ch === '[' || ch === '{') d++;
    if (ch === ')' || ch === ']' || ch === '}') d--;
    if (ch === ',' && d === 0) {
      names.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') names.push(current);
  return names.map((n) => (n.trim().split(/[\s=]/)[0] ?? '').replace(/^\.\.\./, ''));
}

/** The strict (options) argument paths of an entry. */
export function strictPaths(name: string): readonly (readonly (string | number)[])[] {
  const entry = REGISTRY[name];
  if (entry?.strict !== undefined) return entry.strict;
  const fn = PUBLIC_FUNCTIONS[name];
  if (fn === undefined) return [];
  return paramNames(fn)
    .map((p, i) => [p, i] as const)
    .filter(([p]) => /^options$|Options$/.test(p))
    .map(([, i]) => [i]);
}
