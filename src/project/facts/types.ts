/** @internal The facts every assessment, the dashboard and the report read. */
import type { BacklogHealth, BacklogItem, SprintSelection } from '../../backlog/index.js';
import type { IsoDate } from '../../core/dates.js';
import type { CompiledCalendar } from '../../core/internal/calendarEpoch.js';
import type { Decimal } from '../../core/numbers.js';
import type { BudgetStatus, EarnedValueResult, OptionsAppraisal } from '../../finance/index.js';
import type { BaselineVarianceResult, ScheduleDatesResult } from '../../plan/index.js';
import type {
  AgingWipResult,
  BurndownResult,
  FlowEfficiencyResult,
  FlowMetricsResult,
  ForecastDiagnostics,
  ServiceLevelResult,
  Sprint,
  TimeInStateResult,
  VelocityResult,
  WorkItemAgeResult,
} from '../../progress/index.js';
import type {
  HeatMap,
  RankedRisk,
  Risk,
  RiskExposure,
  RiskRegister,
  RiskReviewDue,
  RiskSimulationResult,
} from '../../risk/index.js';
import type { RaciValidation, RoleAssignmentCheck } from '../../roles/index.js';
import type {
  CommunicationDue,
  EngagementGap,
  ReviewCoverage,
  StakeholderMap,
} from '../../stakeholders/index.js';
import type { Sections } from '../internal/readSections.js';
import type { ResolvedOptions } from '../internal/resolveOptions.js';
import type { SimulateProjectResult } from '../simulateProject.js';
import type { Person, Project, SprintReview, Target } from '../types.js';

/** @internal One person's load in the running sprint. */
export interface PersonLoad {
  readonly id: string;
  readonly name: string;
  /** capacity × availability, points per sprint. */
  readonly capacity: number;
  /** Estimates of their unfinished items in the running sprint. */
  readonly assigned: number;
  /** assigned / capacity; `null` for zero capacity. */
  readonly load: number | null;
  /** Items started and not finished. */
  readonly wip: number;
  /** Their in-progress items older than the P85 cycle time. */
  readonly aged: readonly string[];
  /** Person-days they work in the running sprint (`teamCapacity`); `null` between sprints. */
  readonly availableDays: number | null;
  /** Team working days of the running sprint they are off; `null` between sprints. */
  readonly daysOff: number | null;
  /** Days of the running sprint their plan assignments exceed their units (`resourceLoad`). */
  readonly overAllocated: readonly string[];
}

/** @internal A forecast resolved to whole sprints: the sprint by which the work is done. */
export interface SprintForecast {
  /** The sprint's number (1 = the project's first sprint). */
  readonly sprint: number;
  /** The sprint's last day on the project's sprint calendar. */
  readonly end: IsoDate;
}

/** @internal When some work is done: P50, P85 and whether every trial is done by the P85 sprint. */
export interface WorkForecast {
  readonly p50: SprintForecast | null;
  readonly p85: SprintForecast | null;
  /** True when every simulated future is done by the P85 sprint. */
  readonly p85AllTrials: boolean;
}

/** @internal A target with its forecast. */
export interface TargetForecast extends WorkForecast {
  readonly target: Target;
  /** Open items of the target. */
  readonly openItems: number;
  /** Estimate still to do. */
  readonly remaining: number;
  /** Whether the P85 sprint ends on or before the due date (true when nothing is left). */
  readonly onTrack: boolean;
}

/** @internal What every section builder reads. */
export interface FactsContext {
  readonly project: Project;
  readonly asOf: IsoDate;
  readonly asOfDay: number;
  readonly options: ResolvedOptions;
  readonly seed: number | string;
  readonly calendar: CompiledCalendar;
  readonly people: ReadonlyMap<string, Person>;
  readonly started: boolean;
  /** The document's sections, each read by its own domain function. */
  readonly sections: Sections;
}

/** @internal The sprints and their velocity. */
export interface SprintFacts {
  readonly finishedSprints: readonly Sprint[];
  readonly currentSprint: Sprint | null;
  readonly velocity: VelocityResult | null;
  readonly sayDo: number | null;
  readonly sayDoTrend: readonly { readonly sprint: string; readonly ratio: number }[];
  readonly burndown: BurndownResult | null;
  readonly sprintWorkingDays: number;
}

/** @internal The backlog, its forecast and the next sprint. */
export interface ScopeFacts {
  readonly backlogItems: readonly BacklogItem[];
  readonly openItems: readonly BacklogItem[];
  readonly health: BacklogHealth | null;
  /** The first sprint the forecast simulates (the running one, else the next). */
  readonly forecastStart: SprintForecast | null;
  readonly unestimatedAssumed: number | null;
  readonly targets: readonly TargetForecast[];
  /** When the whole open backlog is done. */
  readonly backlogForecast: WorkForecast & {
    readonly openItems: number;
    readonly remaining: number;
  };
  readonly nextSprint: SprintSelection | null;
  readonly nextSprintCapacity: number | null;
  /** The diagnostics of the velocities the backlog forecast resamples; `null` without a forecast. */
  readonly forecastDiagnostics: ForecastDiagnostics | null;
}

/** @internal Flow over the last eight weeks, by the workflow when there is one. */
export interface FlowFacts {
  readonly flow: FlowMetricsResult | null;
  readonly ages: WorkItemAgeResult | null;
  /** 85% of the items finished in the window took at most this long; `null` before work starts. */
  readonly serviceLevel: ServiceLevelResult | null;
  /** Days per state of the items with a status history finished in the window; `null` without a workflow or such items. */
  readonly timeInState: TimeInStateResult | null;
  /** Active time / cycle time of the items with a status history finished in the window; `null` without a workflow. */
  readonly efficiency: FlowEfficiencyResult | null;
  /** Each item in progress against the ages finished items left its state at; `null` without a workflow. */
  readonly stageAging: AgingWipResult | null;
}

/** @internal The team. */
export interface TeamFacts {
  readonly team: readonly PersonLoad[];
  readonly unassignedOpen: readonly string[];
  readonly roleCheck: RoleAssignmentCheck;
  readonly raci: RaciValidation | null;
}

/** @internal The schedule index the schedule area rates: SPI(t) where the snapshots allow, else SPI. */
export interface ScheduleIndex {
  readonly kind: 'spi(t)' | 'spi';
  readonly value: number;
}

/** @internal The plan. */
export interface ScheduleFacts {
  readonly schedule: ScheduleDatesResult | null;
  readonly variance: BaselineVarianceResult | null;
  /** Every critical path, each a real chain of driving links. */
  readonly criticalPaths: readonly (readonly string[])[];
  /** Every critical task, in start order (not a path). */
  readonly criticalTasks: readonly string[];
  readonly scheduleIndex: ScheduleIndex | null;
  /** The plan's status date; `null` without one (or without a plan). */
  readonly statusDate: IsoDate | null;
  /** Constraints broken and deadlines missed, as `criticalPath` lists them. */
  readonly conflicts: ScheduleDatesResult['conflicts'];
  /** The summary tasks, dated by their roll-up, with percent complete by duration. */
  readonly summaries: readonly {
    readonly id: string;
    readonly name: string | null;
    readonly start: IsoDate;
    readonly finish: IsoDate;
    readonly totalFloat: number;
    readonly percentComplete: number | null;
  }[];
}

/** @internal The contingency reserve: the budget line and what is left of it. */
export interface ContingencyReserve {
  readonly line: Decimal;
  /** line − spent − committed on the line. */
  readonly remaining: Decimal;
}

/** @internal Money. */
export interface CostFacts {
  readonly budget: BudgetStatus | null;
  readonly evm: { readonly asOf: IsoDate; readonly result: EarnedValueResult } | null;
  readonly appraisal: OptionsAppraisal | null;
  readonly contingency: ContingencyReserve | null;
}

/** @internal Risks. */
export interface RiskFacts {
  readonly register: RiskRegister | null;
  readonly activeRisks: readonly Risk[];
  readonly topRisks: readonly RankedRisk[];
  /** Every active risk, ranked by score. */
  readonly rankedRisks: readonly RankedRisk[];
  /** The matrix's rating band names, highest first. */
  readonly ratingNames: readonly string[];
  readonly exposure: RiskExposure | null;
  readonly simulation: RiskSimulationResult<50 | 80 | 90 | 95> | null;
  readonly heatMap: HeatMap | null;
  readonly reviewsDue: readonly RiskReviewDue[];
  readonly unowned: readonly Risk[];
  readonly withoutResponse: readonly Risk[];
  readonly escalated: readonly Risk[];
}

/** @internal The one run for the finish date and the cost. */
export interface SimulationFacts {
  readonly projectSimulation: SimulateProjectResult<50 | 80> | null;
}

/** @internal Stakeholders. */
export interface StakeholderFacts {
  readonly stakeholderMap: StakeholderMap | null;
  readonly gaps: readonly EngagementGap[];
  readonly communicationsDue: readonly CommunicationDue[];
  readonly lastReview: SprintReview | null;
  readonly coverage: ReviewCoverage | null;
}

/** @internal Everything, computed once per (project, asOf, options). */
export type Facts = FactsContext &
  SprintFacts &
  ScopeFacts &
  FlowFacts &
  TeamFacts &
  ScheduleFacts &
  CostFacts &
  RiskFacts &
  SimulationFacts &
  StakeholderFacts;
