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
  likelihoodWithin: 'core/progress: histogram row typos reported as missing fields, no suggestion',
  likelihoodAtLeast: 'core/progress: histogram row typos reported as missing fields, no suggestion',
  likelihoodBy: 'progress: histogram row typos reported as missing fields, no suggestion',
  toBaseline: 'plan: schedule typos reported as missing fields or silently accepted',
  baselineVariance: 'plan: baseline typos reported as missing fields or silently accepted',
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
  dashboard:
    'project: raci typo at `project.raci.matrix.…` (path gains `matrix`); sprint typos at the sprint, not the key',
  assessProject: 'project: same paths as dashboard',
  assessRole: 'project: same paths as dashboard',
  progressReport: 'project: same paths as dashboard',
  renderReportMarkdown:
    'project: a hand-built report is not validated (typos silently accepted, TypeError on a missing section)',
  renderReportText:
    'project: a hand-built report is not validated (typos silently accepted, TypeError on a missing section)',
};

/** A known fuzz failure: why, and which mutations (`'*'`: the whole function). */
export interface KnownFuzz {
  readonly reason: string;
  readonly mutations: readonly string[] | '*';
}

/** Issue-21 fuzz (hostile leaves and objects), from `npx tsx scripts/fuzz.ts`. */
export const FUZZ_KNOWN: Readonly<Record<string, KnownFuzz>> = {
  addItem: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"items",1,"rice","effort"])',
    mutations: ['Proxy with throwing traps'],
  },
  addWorkingDays: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [2])',
    mutations: ['Proxy with throwing traps'],
  },
  agingWip: {
    reason: 'a TypeError/RangeError escapes (e.g. huge numeric string at [0,1,"id"])',
    mutations: ['huge numeric string', 'hole', 'junk numeric string'],
  },
  annualisedRoi: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [1])',
    mutations: ['Proxy with throwing traps'],
  },
  appraiseOptions: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"reasons"])',
    mutations: ['Proxy with throwing traps'],
  },
  backlogHealth: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"items",0,"wsjf","businessValue"])',
    mutations: ['Proxy with throwing traps'],
  },
  baselineVariance: {
    reason: 'a TypeError/RangeError escapes (e.g. sparse array at [1,"tasks"])',
    mutations: ['sparse array'],
  },
  breakEvenChange: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"options",1,"benefits",2])',
    mutations: ['Proxy with throwing traps'],
  },
  budgetStatus: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"actuals"])',
    mutations: ['Proxy with throwing traps'],
  },
  burndown: {
    reason: 'returns NaN or Infinity (e.g. 1e308 at [0,"committed"])',
    mutations: ['1e308'],
  },
  cd3: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"costOfDelay"])',
    mutations: ['Proxy with throwing traps'],
  },
  communicationsDue: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  compareTco: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"buy","discountRate"])',
    mutations: ['Proxy with throwing traps'],
  },
  createBacklog: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,0,"wsjf","businessValue"])',
    mutations: ['Proxy with throwing traps'],
  },
  createRandom: {
    reason: 'returns an unfrozen value (e.g. junk numeric string at [0])',
    mutations: '*',
  },
  createRiskRegister: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,1,"costImpact","min"])',
    mutations: ['Proxy with throwing traps'],
  },
  criticalPath: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  discountedPaybackPeriod: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  earnedSchedule: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"cumulativePv"])',
    mutations: ['Proxy with throwing traps'],
  },
  earnedValue: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"pv"])',
    mutations: ['Proxy with throwing traps'],
  },
  escalateRisk: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"risks",1,"costImpact","mostLikely"])',
    mutations: ['Proxy with throwing traps'],
  },
  expectedMonetaryValue: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"costImpact"])',
    mutations: ['Proxy with throwing traps'],
  },
  forecastHowMany: {
    reason:
      'returns NaN or Infinity; a Proxy trap or throwing getter escapes as a plain Error (e.g. 1e308 at [0,"throughput",1])',
    mutations: ['1e308', 'Proxy with throwing traps'],
  },
  forecastHowManyByDate: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error; returns NaN or Infinity (e.g. Proxy with throwing traps at [0,"throughput"])',
    mutations: ['Proxy with throwing traps', '1e308'],
  },
  forecastWhen: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"throughput"])',
    mutations: ['Proxy with throwing traps'],
  },
  forecastWhenDate: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"throughput"])',
    mutations: ['Proxy with throwing traps'],
  },
  fv: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [2])',
    mutations: ['Proxy with throwing traps'],
  },
  getItem: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"items",1,"cd3","costOfDelay"])',
    mutations: ['Proxy with throwing traps'],
  },
  ice: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"impact"])',
    mutations: ['Proxy with throwing traps'],
  },
  irr: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,2])',
    mutations: ['Proxy with throwing traps'],
  },
  irrAll: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,2])',
    mutations: ['Proxy with throwing traps'],
  },
  isDecimal: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  isPopmError: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  isWorkingDay: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [1])',
    mutations: ['Proxy with throwing traps', 'throwing getter'],
  },
  likelihoodAtLeast: {
    reason: 'a TypeError/RangeError escapes (e.g. hole at [0,"histogram",3])',
    mutations: ['hole'],
  },
  likelihoodBy: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"histogram"])',
    mutations: ['Proxy with throwing traps'],
  },
  mean: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  median: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  mirr: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  moscowCheck: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"items",0,"wsjf","riskReduction"])',
    mutations: ['Proxy with throwing traps'],
  },
  moveItem: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"items",0,"rice","impact"])',
    mutations: ['Proxy with throwing traps'],
  },
  nextWorkingDay: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [1])',
    mutations: ['Proxy with throwing traps', 'throwing getter'],
  },
  normalQuantile: {
    reason: 'returns NaN or Infinity (e.g. 5e-324 at [0])',
    mutations: ['5e-324'],
  },
  nper: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [2])',
    mutations: ['Proxy with throwing traps'],
  },
  npv: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [1,1])',
    mutations: ['Proxy with throwing traps'],
  },
  paybackPeriod: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  percentile: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. throwing getter at [2])',
    mutations: ['throwing getter', 'Proxy with throwing traps'],
  },
  percentiles: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  pmt: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [1])',
    mutations: ['Proxy with throwing traps'],
  },
  powerInterestQuadrant: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [1])',
    mutations: ['Proxy with throwing traps', 'throwing getter'],
  },
  prioritise: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"items",1,"ice","ease"])',
    mutations: ['Proxy with throwing traps'],
  },
  profitabilityIndex: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [1,2])',
    mutations: ['Proxy with throwing traps'],
  },
  pv: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [1])',
    mutations: ['Proxy with throwing traps'],
  },
  recordOccurrence: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"risks",1,"costImpact"])',
    mutations: ['Proxy with throwing traps'],
  },
  removeItem: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"items",0,"wsjf","timeCriticality"])',
    mutations: ['Proxy with throwing traps'],
  },
  renderReportMarkdown: {
    reason:
      'a TypeError/RangeError escapes (e.g. true at [0,"budgetAndValue","recommended","roi"])',
    mutations: ['true', 'empty object', 'empty array', '-1e308', 'Infinity'],
  },
  renderReportText: {
    reason:
      'a TypeError/RangeError escapes; a Proxy trap or throwing getter escapes as a plain Error (e.g. BigInt at [0,"summary","highlights"])',
    mutations: [
      'BigInt',
      'Proxy with throwing traps',
      'function returning NaN',
      '-0',
      'junk numeric string',
      '1.5',
      '-1e308',
      'padded string',
      'Date',
      'deep nesting',
    ],
  },
  reviewCoverage: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,1])',
    mutations: ['Proxy with throwing traps', 'throwing getter'],
  },
  rice: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"reach"])',
    mutations: ['Proxy with throwing traps'],
  },
  riskTrend: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,0,"register","risks",1,"costImpact","mostLikely"])',
    mutations: ['Proxy with throwing traps'],
  },
  roi: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [1])',
    mutations: ['Proxy with throwing traps'],
  },
  roundMoney: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  salience: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. throwing getter at [0])',
    mutations: ['throwing getter', 'Proxy with throwing traps'],
  },
  sampleBetaPert: {
    reason: 'a TypeError/RangeError escapes; returns NaN or Infinity (e.g. Date at [0,"next"])',
    mutations: '*',
  },
  sampleStdDev: {
    reason:
      'returns NaN or Infinity; a Proxy trap or throwing getter escapes as a plain Error (e.g. -1e308 at [0,0])',
    mutations: ['-1e308', 'Proxy with throwing traps', '1e308'],
  },
  sampleTriangular: {
    reason:
      'a TypeError/RangeError escapes; returns NaN or Infinity; a Proxy trap or throwing getter escapes as a plain Error (e.g. symbol at [2])',
    mutations: '*',
  },
  scenarios: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"discountRate"])',
    mutations: ['Proxy with throwing traps'],
  },
  selectForSprint: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"items",1,"wsjf","timeCriticality"])',
    mutations: ['Proxy with throwing traps'],
  },
  sensitivity: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"options",0,"costs"])',
    mutations: ['Proxy with throwing traps'],
  },
  sensitivityVariables: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"reasons"])',
    mutations: ['Proxy with throwing traps'],
  },
  simulateRiskCost: {
    reason: 'returns NaN or Infinity (e.g. 1e308 at [0,"risks",0,"costImpact"])',
    mutations: ['1e308'],
  },
  simulateSchedule: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  stakeholderMap: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,0])',
    mutations: ['Proxy with throwing traps'],
  },
  sum: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  toBaseline: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. throwing getter at [0])',
    mutations: ['throwing getter'],
  },
  toDecimal: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  toNumber: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  topRisks: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"risks",1,"costImpact","min"])',
    mutations: ['Proxy with throwing traps'],
  },
  totalCostOfOwnership: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"costs"])',
    mutations: ['Proxy with throwing traps'],
  },
  unownedRisks: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"risks",0,"costImpact"])',
    mutations: ['Proxy with throwing traps'],
  },
  updateItem: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"items",1,"ice","ease"])',
    mutations: ['Proxy with throwing traps'],
  },
  valueEffort: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"effort"])',
    mutations: ['Proxy with throwing traps'],
  },
  withPathPrefix: {
    reason:
      'returns an unfrozen value; a TypeError/RangeError escapes; returns NaN or Infinity; a Proxy trap or throwing getter escapes as a plain Error (e.g. empty object at [1,0])',
    mutations: '*',
  },
  workingDaysBetween: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [2])',
    mutations: ['Proxy with throwing traps'],
  },
  wsjf: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"timeCriticality"])',
    mutations: ['Proxy with throwing traps'],
  },
  wsjfScaleCheck: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0,"items",1,"valueEffort","effort"])',
    mutations: ['Proxy with throwing traps'],
  },
  xirr: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [0])',
    mutations: ['Proxy with throwing traps'],
  },
  xnpv: {
    reason:
      'a Proxy trap or throwing getter escapes as a plain Error (e.g. Proxy with throwing traps at [1,2,"amount"])',
    mutations: ['Proxy with throwing traps'],
  },
};
