import type { IsoDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import type { Serialized } from '../core/json.js';
import type { Decimal } from '../core/numbers.js';
import type { AreaRating, ProjectArea, Rag } from './assessProject.js';
import type { Dashboard, DashboardFlow, DashboardSchedule, DashboardTarget } from './dashboard.js';
import { computeFacts } from './internal/facts.js';
import { reportFromFacts } from './internal/progressReport.js';
import type { AssessOptions } from './options.js';
import { type ReportFigures, reportFigures } from './reportFigures.js';
import type { Project } from './types.js';

/** Work delivered for one backlog item since the last review. */
export interface DeliveredWork {
  /** The backlog item id; `null` for work items outside the backlog. */
  readonly backlogItem: string | null;
  /** The backlog item's title (or the work items' ids when outside the backlog). */
  readonly title: string;
  /** Whether the backlog item is now done. */
  readonly itemDone: boolean;
  /** The work items finished, by id. */
  readonly workItems: readonly string[];
  /** Their estimates summed. */
  readonly points: number;
}

/** A decision the stakeholders are asked for. */
export interface DecisionNeeded {
  /** The decision id (`project.decisions`), or a generated id such as `risk:R-4`. */
  readonly id: string;
  /** What must be decided. */
  readonly title: string;
  /** The latest useful date; `null` when not set. */
  readonly needBy: IsoDate | null;
  /** Who decides (a name); `null` when not set. */
  readonly decider: string | null;
  /** Where the need comes from. */
  readonly source: 'decision' | 'risk' | 'budget' | 'schedule' | 'target';
}

/** A backlog item proposed for the next sprint. */
export interface ProposedItem {
  /** The item id. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** Its estimate. */
  readonly estimate: number;
}

/**
 * A progress report for stakeholders: what the Product Owner explains at a
 * sprint review and the Project Manager sends to the board. Render it with
 * {@link renderReportMarkdown} or {@link renderReportText}.
 */
export interface ProgressReport {
  /** The project id. */
  readonly projectId: string;
  /** The project name. */
  readonly projectName: string;
  /** The currency of every amount. */
  readonly currency: string;
  /** The report date. */
  readonly asOf: IsoDate;
  /** The project's `meta`, carried through. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
  /** Summary: the overall rating, each area with reasons, and the headline sentences. */
  readonly summary: {
    /** The overall rating (the worst area). */
    readonly rag: Rag;
    /** Each area's rating with reasons. */
    readonly areas: Readonly<Record<ProjectArea, AreaRating>>;
    /** Headline sentences: velocity, the next target, the finish, the budget, the risks. */
    readonly highlights: readonly string[];
  };
  /** Work finished since the last sprint review (or since the start when none). */
  readonly doneSinceLastReview: {
    /** The last review's date (the project start when none). */
    readonly since: IsoDate;
    /** The last review's id; `null` when none. */
    readonly reviewId: string | null;
    /** Work finished after `since`, by backlog item in backlog order. */
    readonly delivered: readonly DeliveredWork[];
    /** Work items finished. */
    readonly workItems: number;
    /** Their estimates summed. */
    readonly points: number;
  };
  /** Velocity, the running sprint, the targets' forecasts and the plan finish. */
  readonly forecast: {
    /** Mean velocity of the last six finished sprints; `null` before the first. */
    readonly velocity: number | null;
    /** Say/do ratio of the last three finished sprints. */
    readonly sayDo: number | null;
    /** The running sprint; `null` between sprints. */
    readonly sprint: {
      /** The id. */
      readonly id: string;
      /** Its last day. */
      readonly end: IsoDate;
      /** Work remaining at the end of the report date. */
      readonly remaining: number;
      /** The ideal line on that day. */
      readonly ideal: number;
      /** Working day of the sprint (1 = first). */
      readonly day: number;
      /** Working days in the sprint. */
      readonly workingDays: number;
    } | null;
    /** Targets with their P50/P85 forecasts. */
    readonly targets: readonly DashboardTarget[];
    /** When the whole open backlog is done. */
    readonly backlog: Dashboard['forecast']['backlog'];
    /** Estimate assumed for unestimated open items; `null` when none is missing. */
    readonly assumedEstimate: number | null;
    /** Planned finish; `null` without a plan. */
    readonly finish: IsoDate | null;
    /** Baseline finish; `null` without a baseline. */
    readonly baselineFinish: IsoDate | null;
    /** Working days of slip; `null` without a baseline. */
    readonly slip: number | null;
    /**
     * How far to trust the targets' and backlog's forecasts: the warnings of
     * `forecastDiagnostics` on the sprint velocities they resample.
     */
    readonly warnings: readonly string[];
    /** The plan's status date (the finish and slip are the plan as it now stands); `null` without one. */
    readonly statusDate: IsoDate | null;
    /** Constraints broken and deadlines missed. */
    readonly conflicts: DashboardSchedule['conflicts'];
    /** The summary tasks with their dates and percent complete. */
    readonly summaries: DashboardSchedule['summaries'];
    /** P80 finish date and P80 cost from the dashboard's one simulation; `null` without a plan. */
    readonly dateAndCost: Dashboard['dateAndCost'];
    /** Flow over the dashboard's window, by the project's workflow; `null` before work starts. */
    readonly flow: {
      /** The service level expectation (as the dashboard's). */
      readonly serviceLevel: DashboardFlow['serviceLevel'];
      /** Flow efficiency; `null` without a workflow. */
      readonly flowEfficiency: DashboardFlow['flowEfficiency'];
      /** Time per workflow state; `null` without a workflow. */
      readonly timeInState: DashboardFlow['timeInState'];
      /** Items in progress older than 85% of finished items were when they left the same state. */
      readonly agedByStage: readonly {
        /** The work item id. */
        readonly id: string;
        /** Its state. */
        readonly state: string;
        /** The highest percentile of its state's history it has passed (85 or more). */
        readonly statePassed: number;
      }[];
    } | null;
  };
  /** Budget burn, EVM indices and the business case's return. */
  readonly budgetAndValue: {
    /** Budget burn; `null` without a budget. */
    readonly budget: Dashboard['budget'];
    /** EVM indices; `null` without a snapshot. */
    readonly earnedValue: Dashboard['earnedValue'];
    /** The recommended business-case option; `null` without a business case. */
    readonly recommended: {
      /** The option's name. */
      readonly name: string;
      /** Its net present value. */
      readonly npv: Decimal;
      /** Its return on investment. */
      readonly roi: Decimal | null;
      /** Its payback in periods; `null` when never. */
      readonly payback: number | null;
    } | null;
  };
  /** The top risks (with the owner's name as `owner`) and the findings of both role assessments. */
  readonly risksAndIssues: {
    /** The five highest-scored open risks, with `owner` as a name. */
    readonly risks: Dashboard['risks']['top'];
    /** Exposure totals; `null` without risks. */
    readonly exposure: Dashboard['risks']['exposure'];
    /** Residual risk cost at P80; `null` when nothing is priced. */
    readonly contingencyP80: number | null;
    /** Every finding of both role assessments. */
    readonly issues: readonly string[];
  };
  /** Decisions needed from the stakeholders, by date. */
  readonly decisionsNeeded: readonly DecisionNeeded[];
  /** The next targets and the top items that fit the next sprint's capacity. */
  readonly nextTargets: {
    /** The next sprint's capacity: the mean velocity rounded down; `null` without one. */
    readonly capacity: number | null;
    /** The top backlog items that fit (in-progress items excluded). */
    readonly items: readonly ProposedItem[];
    /** Their estimates summed. */
    readonly committed: number;
    /** Targets with their P50/P85 forecasts. */
    readonly targets: readonly DashboardTarget[];
  } /**
   * The data behind the report's pictures ({@link reportFigures}): the
   * current sprint's burndown and burnup, velocity, cumulative flow, the risk
   * heat map, the dated plan with its critical path and baseline, and the
   * earned-value snapshots. `renderReportHtml` (`popm/charts`) draws them.
   */;
  readonly figures: ReportFigures;
}

/**
 * The JSON form of a {@link ProgressReport}: every `Decimal` is the string
 * `JSON.stringify` writes for it.
 *
 * @example
 * import type { ProgressReportJson } from 'popm';
 * const json: ProgressReportJson = JSON.parse(JSON.stringify(progressReport(sampleProject, '2026-11-20')));
 * json.budgetAndValue.budget?.spent; //=> '364000'
 */
export type ProgressReportJson = Serialized<ProgressReport>;

/**
 * A progress report for stakeholders on a date, in seven sections: the
 * summary with its RAG ratings, the work done since the last sprint review,
 * the forecast (velocity, running sprint, targets' P50/P85 dates, plan
 * finish), budget and value (burn, EVM, the business case's return), risks
 * and issues (top risks and every finding of both role assessments),
 * decisions needed (open decisions, escalated risks, funding and date
 * decisions the figures call for) and the next targets with the top backlog
 * items that fit the next sprint's capacity (the mean velocity, rounded
 * down). Deterministic for the same project, date and options.
 *
 * @param project - the Project document
 * @param asOf - the report date
 * @param options - thresholds, trials and seed (see {@link AssessOptions})
 * @returns the report, frozen; render it with {@link renderReportMarkdown} or {@link renderReportText}
 * @throws PopmError as {@link assessRole}
 * @example
 * const r = progressReport(sampleProject, '2026-11-20');
 * r.summary.rag; //=> 'amber'
 * r.doneSinceLastReview.points; //=> 12
 * r.nextTargets.capacity; //=> 29
 */
export function progressReport(
  project: Project,
  asOf: IsoDate,
  options?: AssessOptions,
): ProgressReport {
  const report = reportFromFacts(computeFacts(project, asOf, options));
  return deepFreeze({ ...report, figures: reportFigures(project, asOf) });
}
