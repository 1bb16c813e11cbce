import type { IsoDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import type { Serialized } from '../core/json.js';
import type { Decimal } from '../core/numbers.js';
import type { BurnDay } from '../progress/index.js';
import type { HeatMap } from '../risk/index.js';
import type { AreaRating, ProjectArea, Rag } from './assessProject.js';
import type { RoleAssessment } from './assessRole.js';
import { dashboardFromFacts } from './internal/dashboard.js';
import { computeFacts } from './internal/facts.js';
import type { AssessOptions } from './options.js';
import type { Project } from './types.js';

/** One finished sprint in the velocity chart. */
export interface DashboardSprint {
  /** The sprint id. */
  readonly id: string;
  /** Its last day. */
  readonly end: IsoDate;
  /** Work committed at the start. */
  readonly committed: number;
  /** Work completed. */
  readonly completed: number;
  /** completed / committed; `null` when nothing was committed. */
  readonly sayDo: number | null;
}

/** Velocity and say/do over the finished sprints. */
export interface DashboardVelocity {
  /** Mean completed work over the last six finished sprints. */
  readonly mean: number;
  /** Median of the same window. */
  readonly median: number;
  /** Sample standard deviation of the window; `null` for a single sprint. */
  readonly stdDev: number | null;
  /** The last finished sprint's completed work. */
  readonly last: number;
  /** Say/do ratio of the last three finished sprints (scope added excluded); `null` when none committed. */
  readonly sayDo: number | null;
  /** Every finished sprint, oldest first. */
  readonly sprints: readonly DashboardSprint[];
}

/** The running sprint's burndown up to the dashboard date. */
export interface DashboardBurndown {
  /** The sprint id. */
  readonly sprintId: string;
  /** First day. */
  readonly start: IsoDate;
  /** Last day. */
  readonly end: IsoDate;
  /** Work committed at the start. */
  readonly committed: number;
  /** Working days in the sprint. */
  readonly workingDays: number;
  /** Work remaining at the end of the dashboard date. */
  readonly remaining: number;
  /** The ideal line's value on that day. */
  readonly ideal: number;
  /** Work added after the start. */
  readonly added: number;
  /** Work removed after the start. */
  readonly removed: number;
  /** The daily series up to the dashboard date. */
  readonly days: readonly BurnDay[];
}

/** A target with its Monte Carlo forecast. */
export interface DashboardTarget {
  /** The target id. */
  readonly id: string;
  /** What will be reached. */
  readonly title: string;
  /** The promised date. */
  readonly due: IsoDate;
  /** Open backlog items of the target. */
  readonly openItems: number;
  /** Estimate still to do (unestimated items at the assumed estimate). */
  readonly remaining: number;
  /**
   * The last day of the sprint by which it is done in half of the simulated
   * futures (the forecast resolves whole sprints); `null` without a velocity history.
   */
  readonly p50: IsoDate | null;
  /** The number of that sprint (1 = the project's first sprint); `null` with `p50`. */
  readonly p50Sprint: number | null;
  /** The last day of the sprint by which it is done in 85% of them. */
  readonly p85: IsoDate | null;
  /** The number of that sprint; `null` with `p85`. */
  readonly p85Sprint: number | null;
  /** True when every simulated future is done by the P85 sprint (so "85%" would understate it). */
  readonly p85AllTrials: boolean;
  /** Whether the P85 sprint ends on or before the due date (true when nothing is left). */
  readonly onTrack: boolean;
  /** The target's `meta`, carried through. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** A sprint on the project's sprint calendar. */
export interface DashboardSprintRef {
  /** Its number (1 = the project's first sprint). */
  readonly sprint: number;
  /** Its last day. */
  readonly end: IsoDate;
}

/**
 * Release forecast: the targets by due date. The Monte Carlo simulation
 * draws whole sprints from the recent velocities, so every forecast is a
 * sprint of the project's sprint calendar (the running sprint first, then
 * the recorded sprints' cadence), given by its number and last day.
 */
export interface DashboardForecast {
  /** The first sprint simulated: the running one, else the next; `null` without sprints. */
  readonly firstSprint: DashboardSprintRef | null;
  /** Estimate assumed for unestimated open items (the median open estimate); `null` when none is missing. */
  readonly assumedEstimate: number | null;
  /** Each target with its forecast, by due date. */
  readonly targets: readonly DashboardTarget[];
  /**
   * How far to trust these forecasts: the warnings of `forecastDiagnostics`
   * on the sprint velocities the simulation resamples (too few sprints, idle
   * sprints, an outlying sprint); empty when nothing stands out or there is no
   * forecast.
   */
  readonly warnings: readonly string[];
  /** The whole open backlog: items, estimate left and when it is all done. */
  readonly backlog: {
    /** Open backlog items. */
    readonly openItems: number;
    /** Estimate still to do (unestimated items at the assumed estimate). */
    readonly remaining: number;
    /** Done in half of the simulated futures by the end of this sprint; `null` without a velocity history. */
    readonly p50: IsoDate | null;
    /** That sprint's number. */
    readonly p50Sprint: number | null;
    /** Done in 85% of them by the end of this sprint. */
    readonly p85: IsoDate | null;
    /** That sprint's number. */
    readonly p85Sprint: number | null;
    /** True when every simulated future is done by the P85 sprint. */
    readonly p85AllTrials: boolean;
  };
}

/** An item in progress with its age. */
export interface DashboardAgedItem {
  /** The work item id. */
  readonly id: string;
  /** Days since it started, counting both ends. */
  readonly age: number;
  /** Who works on it. */
  readonly assignee: string | null;
  /** The highest cycle-time percentile its age has passed; `null` for none. */
  readonly passed: number | null;
  /** Its state on the dashboard date, by the project's workflow; `null` without one. */
  readonly state: string | null;
  /**
   * Aging by stage: the highest percentile of the ages at which finished
   * items had left this state that its age has passed; `null` for none or
   * without a workflow.
   */
  readonly statePassed: number | null;
}

/** Days spent in one workflow state by the items with a status history finished in the flow window. */
export interface DashboardStateTime {
  /** The state's name. */
  readonly state: string;
  /** Its category. */
  readonly category: 'todo' | 'in-progress' | 'done';
  /** Whether work happens in it (`false`: a queue). */
  readonly active: boolean;
  /** Mean days per finished item (calendar days, both ends counted as `timeInState` counts them). */
  readonly meanDays: number;
  /** Share of all their days, 0..1. */
  readonly share: number;
}

/** Flow metrics over the last eight weeks. */
export interface DashboardFlow {
  /** First day of the window. */
  readonly from: IsoDate;
  /** Last day (the dashboard date). */
  readonly to: IsoDate;
  /** Items finished per day. */
  readonly throughputPerDay: number;
  /** Average items in progress per day. */
  readonly averageWip: number;
  /** Cycle time percentiles (days, nearest rank) and count; `null` when nothing finished. */
  readonly cycleTime: {
    /** Half of the items finished within this many days. */
    readonly p50: number;
    /** 85% of the items finished within this many days. */
    readonly p85: number;
    /** The mean. */
    readonly mean: number;
    /** How many. */
    readonly count: number;
  } | null;
  /** Little's Law estimate of cycle time (average WIP / average throughput); `null` when nothing finished. */
  readonly littlesLawCycleTime: number | null;
  /** Items in progress, oldest first. */
  readonly aging: readonly DashboardAgedItem[];
  /**
   * The service level expectation: `percentile`% of the items finished in
   * the window took at most `days` days (`null` when none finished), with the
   * share of the latest items that met it.
   */
  readonly serviceLevel: {
    /** The confidence (85). */
    readonly percentile: number;
    /** Days; `null` when nothing finished in the window. */
    readonly days: number | null;
    /** Finished items it rests on. */
    readonly count: number;
    /** Share of the latest finished items within `days`; `null` without items. */
    readonly recentMetShare: number | null;
  } | null;
  /**
   * Active time / cycle time of the items with a status history (their
   * moves tell work from waiting) finished in the window; `null` without a
   * workflow.
   */
  readonly flowEfficiency: {
    /** All their active days / all their cycle-time days; `null` when none finished. */
    readonly pooled: number | null;
    /** The mean of the items' shares; `null` when none finished. */
    readonly mean: number | null;
    /** Items it rests on. */
    readonly count: number;
  } | null;
  /** Where those items' time went, per workflow state in order; `null` without a workflow. */
  readonly timeInState: readonly DashboardStateTime[] | null;
}

/** Budget burn. */
export interface DashboardBudget {
  /** The whole budget. */
  readonly total: Decimal;
  /** Actuals to date. */
  readonly spent: Decimal;
  /** Commitments to date. */
  readonly committed: Decimal;
  /** total − spent − committed. */
  readonly remaining: Decimal;
  /** spent / total as a fraction (above 1 when overspent); `null` for a zero budget. */
  readonly spentRatio: Decimal | null;
  /** Share of the budget period elapsed, 0..1. */
  readonly timeElapsedRatio: number;
  /** Spending per average month. */
  readonly burnRatePerMonth: Decimal | null;
  /** Cost at the end at today's burn. */
  readonly forecastAtCompletion: Decimal | null;
  /** total − forecastAtCompletion (negative is an overrun). */
  readonly forecastVariance: Decimal | null;
  /** The day the money runs out at today's burn; `null` when never. */
  readonly runOutDate: IsoDate | null;
}

/** Earned-value indices from the latest snapshot on or before the dashboard date. */
export interface DashboardEarnedValue {
  /** The snapshot's status date. */
  readonly asOf: IsoDate;
  /** Budget at completion. */
  readonly bac: Decimal;
  /** Planned value. */
  readonly pv: Decimal;
  /** Earned value. */
  readonly ev: Decimal;
  /** Actual cost. */
  readonly ac: Decimal;
  /** Cost variance ev − ac. */
  readonly cv: Decimal;
  /** Schedule variance ev − pv. */
  readonly sv: Decimal;
  /** Cost performance index; `null` when ac = 0. */
  readonly cpi: Decimal | null;
  /** Schedule performance index; `null` when pv = 0. */
  readonly spi: Decimal | null;
  /** Estimate at completion bac / cpi; `null` when cpi is. */
  readonly eac: Decimal | null;
  /** Variance at completion. */
  readonly vac: Decimal | null;
  /**
   * To-complete performance index against the budget, `(bac − ev) / (bac − ac)`;
   * `null` when the budget can no longer be met (`bacReachable` false).
   */
  readonly tcpi: Decimal | null;
  /** False once the actual cost has reached the BAC with work left: finishing on budget is out of reach. */
  readonly bacReachable: boolean;
  /** To-complete performance index against the estimate at completion, `(bac − ev) / (eac − ac)`. */
  readonly tcpiEac: Decimal | null;
}

/** One business-case option's appraisal. */
export interface DashboardOption {
  /** The option id. */
  readonly optionId: string;
  /** Its name. */
  readonly name: string;
  /** do-nothing, do-minimum, do-something… */
  readonly kind: string;
  /** Net present value. */
  readonly npv: Decimal;
  /** Internal rate of return; `null` when none. */
  readonly irr: Decimal | null;
  /** Return on investment; `null` when costs are zero. */
  readonly roi: Decimal | null;
  /** Payback in periods; `null` when never. */
  readonly payback: number | null;
}

/** Business-case figures. */
export interface DashboardBusinessCase {
  /** The recommended option id. */
  readonly recommended: string;
  /** Why it is recommended. */
  readonly reason: string;
  /** Every option, ranked. */
  readonly options: readonly DashboardOption[];
}

/** Critical-path finish and slip. */
export interface DashboardSchedule {
  /** Planned start. */
  readonly start: IsoDate;
  /** Planned finish of the current plan. */
  readonly finish: IsoDate;
  /** Baseline finish; `null` without a baseline. */
  readonly baselineFinish: IsoDate | null;
  /** Working days the finish slipped (positive is late); `null` without a baseline. */
  readonly slip: number | null;
  /** Every critical path, each a chain of driving links from the start to the finish (as `criticalPath` reports them). */
  readonly criticalPaths: readonly (readonly string[])[];
  /** Every critical task in start order: a list, not a path (several paths may share or skip tasks). */
  readonly criticalTasks: readonly string[];
  /**
   * The schedule index the schedule area rates: SPI(t) (earned schedule, in
   * calendar days from the project start) where the earned-value snapshots
   * allow it, else the cost-based SPI; `null` without a snapshot.
   */
  readonly scheduleIndex: {
    /** `'spi(t)'` or `'spi'`. */
    readonly kind: 'spi(t)' | 'spi';
    /** The index. */
    readonly value: number;
  } | null;
  /**
   * The plan's status date: work not done by then is scheduled after it, so
   * `finish` and `slip` compare the plan as it now stands with the baseline;
   * `null` without one.
   */
  readonly statusDate: IsoDate | null;
  /** Constraints broken and deadlines missed (`{ taskId, kind, by }`, `by` in working days). */
  readonly conflicts: readonly {
    /** The task. */
    readonly taskId: string;
    /** The constraint type, or `'deadline'`. */
    readonly kind: string;
    /** Working days past the date. */
    readonly by: number;
  }[];
  /** The summary tasks, dated by their roll-up, with percent complete by duration (`rollUp`). */
  readonly summaries: readonly {
    /** The id. */
    readonly id: string;
    /** The name; `null` when none. */
    readonly name: string | null;
    /** The earliest start of its children. */
    readonly start: IsoDate;
    /** The latest finish of its children. */
    readonly finish: IsoDate;
    /** The least total float of its children (negative: a deadline or constraint is missed). */
    readonly totalFloat: number;
    /** Percent complete by duration; `null` when it cannot be weighed. */
    readonly percentComplete: number | null;
  }[];
  /** Milestones with dates and slips. */
  readonly milestones: readonly {
    /** The id. */
    readonly id: string;
    /** The name; `null` when none. */
    readonly name: string | null;
    /** The date in the current plan. */
    readonly date: IsoDate;
    /** Working days late against the baseline; `null` without a baseline. */
    readonly slip: number | null;
  }[];
}

/**
 * The finish date and the cost at one confidence from one `simulateProject`
 * run: the plan as it now stands (done work keeps its duration), its
 * resources' costs, and the risks delaying the tasks they are linked to.
 */
export interface DashboardDateAndCost {
  /** Simulated futures. */
  readonly trials: number;
  /** The confidence (80). */
  readonly percent: number;
  /** The finish date not passed in `percent`% of the futures. */
  readonly finish: IsoDate | null;
  /** The cost not exceeded in `percent`% of the futures (base cost, delays and risks). */
  readonly cost: number;
  /** The plan's cost before risk: fixed costs plus assignments at their planned durations. */
  readonly baseCost: Decimal;
  /** Share of the futures that meet both the P80 date and the P80 cost (usually well under 0.8). */
  readonly jointShare: number;
  /** The median finish date. */
  readonly p50Finish: IsoDate | null;
  /** The risks that move the P80 finish or cost most: working days and money each adds. */
  readonly drivers: readonly {
    /** The risk id. */
    readonly id: string;
    /** The tasks it delays. */
    readonly tasks: readonly string[];
    /** Working days it adds to the P80 finish. */
    readonly finishDays: number;
    /** What it adds to the P80 cost. */
    readonly cost: number;
  }[];
}

/** A top risk. */
export interface DashboardRisk {
  /** The risk id. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** Threat or opportunity. */
  readonly kind: string;
  /** Owner person id; `null` when unowned. */
  readonly owner: string | null;
  /** Probability × impact level score; `null` when unrated. */
  readonly score: number | null;
  /** Rating band name; `null` when unrated. */
  readonly rating: string | null;
  /** Expected monetary value (negative for threats); `null` when unpriced. */
  readonly emv: Decimal | null;
}

/** Risk figures. */
export interface DashboardRisks {
  /** Open and monitoring risks. */
  readonly open: number;
  /** The five highest-scored. */
  readonly top: readonly DashboardRisk[];
  /** Inherent exposure as money expected to be spent (positive for threats; opportunities lower it). */
  readonly exposure: {
    /** Expected cost of the open threats (positive). */
    readonly threatCost: Decimal;
    /** Expected saving of the open opportunities (positive). */
    readonly opportunitySaving: Decimal;
    /** threatCost − opportunitySaving: the expected net cost (`−` the net EMV). */
    readonly netCost: Decimal;
    /** The expected net cost after the planned responses. */
    readonly residualNetCost: Decimal;
    /** What the responses cost. */
    readonly responseCost: Decimal;
  } | null;
  /** Residual risk cost by Monte Carlo (seeded): mean and percentiles; `null` when nothing is priced. */
  readonly contingency: {
    /** Simulated futures. */
    readonly trials: number;
    /** The mean. */
    readonly mean: number;
    /** Not exceeded in half of the futures. */
    readonly p50: number;
    /** Not exceeded in 80% of the futures: the usual contingency reserve. */
    readonly p80: number;
    /** Not exceeded in 95% of the futures. */
    readonly p95: number;
    /** Days of delay not exceeded in 80% of the futures. */
    readonly scheduleDaysP80: number;
    /** The budget's `contingency` line; `null` when there is none. */
    readonly reserve: Decimal | null;
    /** What is left of that line after spending and commitments: what P80 is compared with; `null` without the line. */
    readonly reserveRemaining: Decimal | null;
  } | null;
  /** The probability–impact grid. */
  readonly heatMap: HeatMap | null;
  /** Risks past their review date. */
  readonly reviewsOverdue: readonly {
    /** The risk id. */
    readonly id: string;
    /** Days past its review date. */
    readonly daysOverdue: number;
  }[];
}

/** Stakeholder figures. */
export interface DashboardStakeholders {
  /** The power/interest grid: each quadrant with its stakeholder ids. */
  readonly grid: readonly {
    /** manage-closely, keep-satisfied, keep-informed or monitor. */
    readonly quadrant: string;
    /** The stakeholder ids in it. */
    readonly ids: readonly string[];
  }[];
  /** Engagement gaps, largest first. */
  readonly engagementGaps: readonly {
    /** The id. */
    readonly id: string;
    /** The name; `null` when none. */
    readonly name: string;
    /** Engagement now. */
    readonly current: string;
    /** Engagement wanted. */
    readonly desired: string;
    /** Levels between the two. */
    readonly gap: number;
  }[];
  /** Planned contacts overdue or due. */
  readonly communicationsDue: readonly {
    /** The id. */
    readonly id: string;
    /** When the contact was due; `null` when never contacted. */
    readonly dueOn: IsoDate | null;
    /** Days overdue; `null` when never contacted. */
    readonly daysOverdue: number | null;
  }[];
  /** The last review: who was expected but not invited, and attendance. */
  readonly lastReview: {
    /** The id. */
    readonly id: string;
    /** Its date. */
    readonly on: IsoDate;
    /** Stakeholders invited. */
    readonly invited: number;
    /** Stakeholders who came. */
    readonly attended: number;
    /** Manage-closely and highly interested stakeholders who were not invited. */
    readonly notInvited: readonly string[];
  } | null;
}

/** One team member's load in the running sprint. */
export interface DashboardPerson {
  /** Person id. */
  readonly id: string;
  /** Name. */
  readonly name: string;
  /** capacity × availability, points per sprint. */
  readonly capacity: number;
  /** Estimates of their unfinished items in the running sprint. */
  readonly assigned: number;
  /** assigned / capacity; `null` for zero capacity. */
  readonly load: number | null;
  /** Items in progress. */
  readonly wip: number;
  /** Their items in progress older than the P85 historical cycle time. */
  readonly aged: readonly string[];
  /** Person-days they work in the running sprint (`teamCapacity`: days off and part time); `null` between sprints. */
  readonly availableDays: number | null;
  /** Team working days of the running sprint they are off (their own calendar); `null` between sprints. */
  readonly daysOff: number | null;
  /** Days of the running sprint on which their plan assignments exceed their units (`resourceLoad`). */
  readonly overAllocated: readonly IsoDate[];
  /** The person's `meta`, carried through. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Every headline figure of a project on a date, in one frozen,
 * JSON-serialisable object (money as `Decimal`, which serialises to a string).
 */
export interface Dashboard {
  /** The project id. */
  readonly id: string;
  /** The project name. */
  readonly name: string;
  /** The currency of every amount. */
  readonly currency: string;
  /** The dashboard date. */
  readonly asOf: IsoDate;
  /** The project's `meta`, carried through. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
  /** The worst area rating. */
  readonly overall: Rag;
  /** Each area's rating with reasons. */
  readonly areas: Readonly<Record<ProjectArea, AreaRating>>;
  /** Velocity and say/do trend; `null` before the first sprint finishes. */
  readonly velocity: DashboardVelocity | null;
  /** The running sprint's burndown; `null` between sprints. */
  readonly burndown: DashboardBurndown | null;
  /** Release forecast per target. */
  readonly forecast: DashboardForecast;
  /** Flow metrics; `null` before work starts. */
  readonly flow: DashboardFlow | null;
  /** Budget burn; `null` without a budget. */
  readonly budget: DashboardBudget | null;
  /** EVM indices; `null` without a snapshot. */
  readonly earnedValue: DashboardEarnedValue | null;
  /** Business-case appraisal; `null` without a business case. */
  readonly businessCase: DashboardBusinessCase | null;
  /** Critical-path finish and slip; `null` without a plan. */
  readonly schedule: DashboardSchedule | null;
  /** P80 finish date and P80 cost from one simulation of plan, costs and linked risks; `null` without a plan. */
  readonly dateAndCost: DashboardDateAndCost | null;
  /** Risks, exposure, contingency and heat map. */
  readonly risks: DashboardRisks;
  /** Stakeholder grid, gaps and review coverage. */
  readonly stakeholders: DashboardStakeholders;
  /** Load per team member. */
  readonly team: readonly DashboardPerson[];
  /** Both role assessments. */
  readonly roles: {
    /** The Product Owner's responsibilities. */
    readonly productOwner: RoleAssessment;
    /** The Project Manager's responsibilities. */
    readonly projectManager: RoleAssessment;
  };
}

/**
 * The JSON form of a {@link Dashboard}, as a browser receives it from a
 * server: every `Decimal` is the string `JSON.stringify` writes for it.
 *
 * @example
 * import type { DashboardJson } from 'popm';
 * const json: DashboardJson = JSON.parse(JSON.stringify(dashboard(sampleProject, '2026-11-20')));
 * json.budget?.total; //=> '620000'
 */
export type DashboardJson = Serialized<Dashboard>;

/**
 * A dashboard snapshot of a project on a date: velocity and say/do trend,
 * the running sprint's burndown, the release forecast (the P50/P85 sprint
 * per target, with its number and last day, Monte Carlo on the sprint
 * velocities), flow metrics and aging work, budget burn and EVM indices, the
 * business case's NPV/IRR/ROI/payback, the finish, its slip from the
 * baseline and every critical path, the top risks with exposure, the
 * residual risk cost against the remaining contingency and heat map, the stakeholder grid with
 * engagement gaps and review coverage, each person's load, the area ratings
 * and both role assessments. The result is frozen and JSON-serialisable
 * (Decimals serialise as strings) and deterministic: the simulations are
 * seeded with the project id (or `options.seed`), so the same project and
 * date give the same dashboard.
 *
 * @param project - the Project document
 * @param asOf - the dashboard date
 * @param options - thresholds, trials and seed (see {@link AssessOptions})
 * @returns the dashboard, frozen
 * @throws PopmError as {@link assessRole}
 * @example
 * const d = dashboard(sampleProject, '2026-11-20');
 * d.velocity?.mean; //=> 29
 * d.schedule?.slip; //=> 10
 * d.earnedValue?.cpi?.toFixed(2); //=> '0.92'
 * d.forecast.targets[0]?.p85Sprint; //=> 11
 * d.schedule?.criticalPaths.length; //=> 2
 * JSON.parse(JSON.stringify(d)).budget.total; //=> '620000'
 */
export function dashboard(project: Project, asOf: IsoDate, options?: AssessOptions): Dashboard {
  return deepFreeze(dashboardFromFacts(computeFacts(project, asOf, options)));
}
