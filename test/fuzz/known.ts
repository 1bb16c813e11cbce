import type { FailureCategory } from './harness.js';

/**
 * Known contract failures, by function, each with the reason (and the owner
 * who is fixing it). The sweep and the CI fuzz slice skip these functions;
 * a test checks that each one still fails, so a fixed function must leave
 * this list. Details and reproductions: test/fuzz/KNOWN.md.
 */

/** Issue-12 sweep (misspelled keys, an unrelated `color` key). */
export const SWEEP_KNOWN: Readonly<Record<string, string>> = {
  addWorkingDays:
    'core: a calendar key typo (`weeked`) is reported as a missing `weekend`, no suggestion',
  isWorkingDay: 'core: calendar key typos reported as missing keys, no suggestion',
  nextWorkingDay: 'core: calendar key typos; options `{ inclusive }` not strict',
  workingDaysBetween: 'core: calendar key typos reported as missing keys, no suggestion',
  percentile: 'core: options `{ method }` not strict',
  mergeSimulations: 'project: part typos at the wrong path (`parts.context.items`, no index)',
  isActiveRisk: 'risk: typos in `response`/`residual` silently accepted',
  salience:
    'stakeholders: path starts `stakeholder`, the parameter is `s`; typos reported as missing fields',
  powerInterestQuadrant: 'stakeholders: path `stakeholder` vs parameter `s`; options not strict',
  stakeholderMap:
    'stakeholders: stakeholder typos reported as missing fields; `legitimay` silently accepted',
  engagementGaps:
    'stakeholders: stakeholder typos reported as missing fields; `legitimay` silently accepted',
  communicationsDue:
    'stakeholders: stakeholder typos reported as missing fields; `legitimay` silently accepted',
  sprintReviewInvitees: 'stakeholders: stakeholder typos as missing fields; options not strict',
  reviewCoverage: 'stakeholders: review and stakeholder typos reported as missing fields',
  reportFigures:
    'project: project typos silently accepted (`curreny`) or reported at `options.start` instead of `project.stat`',
};

/** A known fuzz failure: why, and in which categories (`'*'`: any). */
export interface KnownFuzz {
  readonly reason: string;
  readonly categories: readonly FailureCategory[] | '*';
}

/** Issue-21 fuzz (hostile leaves and objects), from `npx tsx scripts/fuzz.ts`. */
export const FUZZ_KNOWN: Readonly<Record<string, KnownFuzz>> = {
  addItem: {
    reason: 'Proxy with throwing traps at [0,"items",1,"rice","effort"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  addRisk: {
    reason:
      'Proxy with throwing traps at [0,"risks",1,"costImpact","min"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  addWorkingDays: {
    reason: 'Proxy with throwing traps at [2]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  agingWip: {
    reason: 'huge numeric string at [0,1,"id"]: threw ReferenceError: asOfDay is not defined',
    categories: ['foreign error'],
  },
  agingWipChart: {
    reason: 'Proxy with throwing traps at [0,"ages","percentiles","50"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  annualisedRoi: {
    reason: 'Proxy with throwing traps at [1]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  appraiseOptions: {
    reason: 'Proxy with throwing traps at [0,"reasons"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  assessProject: {
    reason:
      'Proxy with throwing traps at [0,"businessCase","options",2,"disBenefits",0,"amounts",5]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  assessRole: {
    reason:
      'Proxy with throwing traps at [0,"businessCase","options",1,"costs",0,"amounts"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  backlogHealth: {
    reason:
      'Proxy with throwing traps at [0,"items",0,"wsjf","businessValue"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  baselineVariance: {
    reason:
      'sparse array at [1,"tasks"]: threw TypeError: Cannot read properties of undefined (reading \'id\')',
    categories: ['foreign error', 'foreign error from a Proxy or getter'],
  },
  breakEvenChange: {
    reason: 'Proxy with throwing traps at [0,"options",1,"benefits",2]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  budgetStatus: {
    reason: 'Proxy with throwing traps at [0,"actuals"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  burndown: {
    reason: '1e308 at [0,"committed"]: .days.0.ideal is Infinity',
    categories: ['NaN or Infinity'],
  },
  burndownChart: {
    reason: 'Proxy with throwing traps at [0,"days",4,"remaining"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  burnupChart: {
    reason: 'Proxy with throwing traps at [0,"days",2,"scope"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  cd3: {
    reason: 'Proxy with throwing traps at [0,"costOfDelay"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  communicationsDue: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  compareTco: {
    reason: 'Proxy with throwing traps at [0,"buy","discountRate"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  createBacklog: {
    reason: 'Proxy with throwing traps at [0,0,"wsjf","businessValue"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  createRandom: {
    reason: 'junk numeric string at [0]: result is not frozen',
    categories: ['not frozen'],
  },
  createRiskRegister: {
    reason: 'Proxy with throwing traps at [0,1,"costImpact","min"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  criticalPath: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  cumipmt: {
    reason: 'Proxy with throwing traps at [3]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  cumprinc: {
    reason: 'Proxy with throwing traps at [3]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  cumulativeFlowChart: {
    reason: 'Proxy with throwing traps at [0,"days",0,"counts","doing"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  discountedPaybackPeriod: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  earnedSchedule: {
    reason: 'Proxy with throwing traps at [0,"cumulativePv"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  earnedValue: {
    reason: 'Proxy with throwing traps at [0,"pv"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  earnedValueChart: {
    reason: 'Proxy with throwing traps at [0,"snapshots",1,"ac"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  escalateRisk: {
    reason:
      'Proxy with throwing traps at [0,"risks",1,"costImpact","mostLikely"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  expectedMonetaryValue: {
    reason: 'Proxy with throwing traps at [0,"costImpact"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  forecastFeatures: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  forecastHistogram: {
    reason: 'Proxy with throwing traps at [0,"histogram",3,"value"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  forecastHowMany: {
    reason: '1e308 at [0,"throughput",1]: .mean is NaN',
    categories: ['NaN or Infinity', 'foreign error from a Proxy or getter'],
  },
  forecastHowManyByDate: {
    reason: 'Proxy with throwing traps at [0,"throughput"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter', 'NaN or Infinity'],
  },
  forecastWhen: {
    reason: 'Proxy with throwing traps at [0,"throughput"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  forecastWhenDate: {
    reason: 'Proxy with throwing traps at [0,"throughput"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  fv: {
    reason: 'Proxy with throwing traps at [2]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  getItem: {
    reason:
      'Proxy with throwing traps at [0,"items",1,"cd3","costOfDelay"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  heatMap: {
    reason: 'Proxy with throwing traps at [0,"risks",0,"response","cost"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  ice: {
    reason: 'Proxy with throwing traps at [0,"impact"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  ipmt: {
    reason: 'Proxy with throwing traps at [3]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  irr: {
    reason: 'Proxy with throwing traps at [0,2]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  irrAll: {
    reason: 'Proxy with throwing traps at [0,2]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  isDecimal: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  isPopmError: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  isWorkingDay: {
    reason: 'Proxy with throwing traps at [1]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  levelResources: {
    reason: 'Proxy with throwing traps at [0,"tasks",0,"assignments"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  likelihoodAtLeast: {
    reason:
      'hole at [0,"histogram",3]: threw TypeError: Cannot read properties of undefined (reading \'value\')',
    categories: ['foreign error'],
  },
  likelihoodBy: {
    reason: 'Proxy with throwing traps at [0,"histogram"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  likelihoodWithin: {
    reason:
      'hole at [0,"histogram",0]: threw TypeError: Cannot read properties of undefined (reading \'value\')',
    categories: ['foreign error'],
  },
  mean: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  median: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  mergeSimulations: {
    reason:
      'Proxy with throwing traps at [0,2,"outcomes","periods",0,"values"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter', 'foreign error', 'NaN or Infinity'],
  },
  mirr: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  moscowCheck: {
    reason:
      'Proxy with throwing traps at [0,"items",0,"wsjf","riskReduction"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  moveItem: {
    reason: 'Proxy with throwing traps at [0,"items",0,"rice","impact"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  nextWorkingDay: {
    reason: 'Proxy with throwing traps at [1]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter', 'foreign error'],
  },
  normalQuantile: {
    reason: '5e-324 at [0]:  is NaN',
    categories: ['NaN or Infinity'],
  },
  nper: {
    reason: 'Proxy with throwing traps at [2]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  npv: {
    reason: 'Proxy with throwing traps at [1,1]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  paybackPeriod: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  percentile: {
    reason: 'throwing getter at [2]: threw Error: getter',
    categories: ['foreign error from a Proxy or getter'],
  },
  percentiles: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  pertAnalysis: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  pmt: {
    reason: 'Proxy with throwing traps at [1]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  powerInterestQuadrant: {
    reason: 'Proxy with throwing traps at [1]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  ppmt: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  prioritise: {
    reason: 'Proxy with throwing traps at [0,"items",1,"ice","ease"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  profitabilityIndex: {
    reason: 'Proxy with throwing traps at [1,2]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  pv: {
    reason: 'Proxy with throwing traps at [1]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  rate: {
    reason: 'Proxy with throwing traps at [1]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  recordOccurrence: {
    reason: 'Proxy with throwing traps at [0,"risks",1,"costImpact"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  removeItem: {
    reason:
      'Proxy with throwing traps at [0,"items",0,"wsjf","timeCriticality"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  renderReportHtml: {
    reason:
      '-0 at [0,"figures","cumulativeFlow","days",25,"counts","To do"]: threw ReferenceError: strings is not defined',
    categories: ['foreign error'],
  },
  renderReportMarkdown: {
    reason:
      'true at [0,"budgetAndValue","recommended","roi"]: threw TypeError: rec.roi.toNumber is not a function',
    categories: ['foreign error'],
  },
  renderReportText: {
    reason: 'BigInt at [0,"summary","highlights"]: threw TypeError: b.items is not iterable',
    categories: ['foreign error', 'foreign error from a Proxy or getter'],
  },
  reportFigures: {
    reason: '-Infinity at [0,"sprints",1,"completed"]: .velocity.sprints.1.completed is -Infinity',
    categories: ['NaN or Infinity'],
  },
  resourceLoad: {
    reason: 'Proxy with throwing traps at [0,"tasks",1,"assignments"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter', 'foreign error'],
  },
  reviewCoverage: {
    reason: 'Proxy with throwing traps at [0,1]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  rice: {
    reason: 'Proxy with throwing traps at [0,"reach"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  riskHeatMapChart: {
    reason: 'Proxy with throwing traps at [0,"grid",2,2,"count"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter', 'foreign error'],
  },
  riskRating: {
    reason: 'Proxy with throwing traps at [0,"costImpact"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  riskTrend: {
    reason:
      'Proxy with throwing traps at [0,0,"register","risks",1,"costImpact","mostLikely"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  risksDueForReview: {
    reason:
      'Proxy with throwing traps at [0,"risks",1,"costImpact","max"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  risksWithoutResponse: {
    reason:
      'Proxy with throwing traps at [0,"risks",1,"costImpact","mostLikely"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  roi: {
    reason: 'Proxy with throwing traps at [1]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  roundMoney: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  salience: {
    reason: 'throwing getter at [0]: threw Error: getter',
    categories: ['foreign error from a Proxy or getter'],
  },
  sampleBetaPert: {
    reason: 'Date at [0,"next"]: threw TypeError: random.next is not a function',
    categories: ['foreign error', 'NaN or Infinity', 'foreign error from a Proxy or getter'],
  },
  sampleStdDev: {
    reason: '-1e308 at [0,0]:  is NaN',
    categories: ['NaN or Infinity', 'foreign error from a Proxy or getter'],
  },
  sampleTriangular: {
    reason: 'symbol at [2]: threw TypeError: Cannot convert a Symbol value to a number',
    categories: ['foreign error', 'NaN or Infinity', 'foreign error from a Proxy or getter'],
  },
  scenarios: {
    reason: 'Proxy with throwing traps at [0,"discountRate"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  scheduleDates: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  selectForSprint: {
    reason:
      'Proxy with throwing traps at [0,"items",1,"wsjf","timeCriticality"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  sensitivity: {
    reason: 'Proxy with throwing traps at [0,"options",0,"costs"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  sensitivityVariables: {
    reason: 'Proxy with throwing traps at [0,"reasons"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  simulateRiskCost: {
    reason: '1e308 at [0,"risks",0,"costImpact"]: .cost.mean is NaN',
    categories: ['NaN or Infinity'],
  },
  simulateSchedule: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  stakeholderGrid: {
    reason:
      'Proxy with throwing traps at [0,"quadrants",1,"stakeholders"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  stakeholderMap: {
    reason: 'Proxy with throwing traps at [0,0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  sum: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  tcoChart: {
    reason:
      'Proxy with throwing traps at [0,"results","build","byPeriod",0,"cumulativeDiscounted"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  throughputChart: {
    reason: 'Proxy with throwing traps at [0,"throughput",2]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  toBaseline: {
    reason: 'throwing getter at [0]: threw Error: getter',
    categories: ['foreign error from a Proxy or getter'],
  },
  toDecimal: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  toNumber: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  topRisks: {
    reason:
      'Proxy with throwing traps at [0,"risks",1,"costImpact","min"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  tornadoChart: {
    reason: 'Proxy with throwing traps at [0,"rows",2,"low"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  totalCostOfOwnership: {
    reason: 'Proxy with throwing traps at [0,"costs"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  unownedRisks: {
    reason: 'Proxy with throwing traps at [0,"risks",0,"costImpact"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  updateItem: {
    reason: 'Proxy with throwing traps at [0,"items",1,"ice","ease"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  updateRisk: {
    reason: 'Proxy with throwing traps at [0,"risks",0,"response","cost"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  valueEffort: {
    reason: 'Proxy with throwing traps at [0,"effort"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  workingDaysBetween: {
    reason: 'Proxy with throwing traps at [2]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  wsjf: {
    reason: 'Proxy with throwing traps at [0,"timeCriticality"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  wsjfScaleCheck: {
    reason:
      'Proxy with throwing traps at [0,"items",1,"valueEffort","effort"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  xirr: {
    reason: 'Proxy with throwing traps at [0]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
  xnpv: {
    reason: 'Proxy with throwing traps at [1,2,"amount"]: threw Error: proxy trap',
    categories: ['foreign error from a Proxy or getter'],
  },
};
