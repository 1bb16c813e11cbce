import type { BacklogItemInput } from '../backlog/index.js';
import type { WorkCalendar } from '../core/calendar.js';
import type { IsoDate } from '../core/dates.js';
import type { Budget, BusinessCase, EarnedValueSnapshot } from '../finance/index.js';
import type { PlanBaseline, Resource, Task } from '../plan/index.js';
import type { Sprint, StatusHistory, Workflow, WorkItem } from '../progress/index.js';
import type { Risk, RiskMatrix } from '../risk/index.js';
import type { RaciInput, ResponsibilityId } from '../roles/index.js';
import type { Stakeholder } from '../stakeholders/index.js';

/** A member of the project: who they are and how much work they can take on. */
export interface Person {
  /** Unique among the project's people. */
  readonly id: string;
  /** The person's name. */
  readonly name: string;
  /** Job title or role in the team, for people reading a report. */
  readonly title?: string | undefined;
  /** Work the person can finish in a sprint at full availability, in the backlog's estimate unit (points); `>= 0`. */
  readonly capacity: number;
  /** Share of their time on this project, `0..1` (`0.8` = four days a week). */
  readonly availability: number;
  /**
   * The person's own working days (days off, holidays): the running sprint's
   * capacity counts only the days they work (`teamCapacity`).
   */
  readonly calendar?: WorkCalendar | undefined;
  /** The app's own data: a JSON object popm copies (deep, frozen) and carries through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** Who holds the two roles (and, optionally, who sponsors the project): person ids. */
export interface ProjectRoles {
  /** The Product Owner's person id. */
  readonly productOwner: string;
  /** The Project Manager's person id. */
  readonly projectManager: string;
  /** The sponsor's person id, when the sponsor is listed among the people. */
  readonly sponsor?: string | undefined;
  /** The app's own data: a JSON object popm copies (deep, frozen) and carries through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * A work item as the project tracks it: a flow item (see {@link WorkItem})
 * with the size, sprint and backlog item it belongs to.
 *
 * The running sprint's burndown starts from the sprint's `committed` and
 * replays its work items: one created after the sprint started is scope
 * added that day, one finished is work completed that day. Their estimates
 * must therefore fit the sprint (completed work never exceeds the scope),
 * or the dashboard reports the sprint as `OUT_OF_RANGE`.
 */
export interface ProjectWorkItem extends WorkItem {
  /** Size in the backlog's estimate unit; feeds the current sprint's burndown and each person's load. */
  readonly estimate?: number | undefined;
  /** The sprint id it was planned into. */
  readonly sprint?: string | undefined;
  /** The backlog item it delivers. */
  readonly backlogItem?: string | undefined;
}

/** A sprint review: who was invited, who came, what was decided. */
export interface SprintReview {
  /** Unique among the reviews. */
  readonly id: string;
  /** The sprint reviewed (a sprint id). */
  readonly sprint: string;
  /** The day of the review. */
  readonly on: IsoDate;
  /** Stakeholder ids invited. */
  readonly invited: readonly string[];
  /** Stakeholder ids who attended. */
  readonly attended: readonly string[];
  /** Decisions taken at the review. */
  readonly decisions?: readonly string[] | undefined;
  /** The app's own data: a JSON object popm copies (deep, frozen) and carries through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** A goal the Product Owner has set: a date and the backlog items it needs. */
export interface Target {
  /** Unique among the targets. */
  readonly id: string;
  /** What will be reached. */
  readonly title: string;
  /** The date it is promised for. */
  readonly due: IsoDate;
  /** Backlog item ids that make up the target. */
  readonly items: readonly string[];
  /** The app's own data: a JSON object popm copies (deep, frozen) and carries through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** A decision the project needs from someone outside the team. */
export interface Decision {
  /** Unique among the decisions. */
  readonly id: string;
  /** What must be decided. */
  readonly title: string;
  /** The latest date the decision is useful. */
  readonly needBy: IsoDate;
  /** Who decides: a stakeholder id. */
  readonly decider?: string | undefined;
  /** The date it was decided; absent while open. */
  readonly decidedOn?: IsoDate | undefined;
  /** The outcome, once decided. */
  readonly outcome?: string | undefined;
  /** The app's own data: a JSON object popm copies (deep, frozen) and carries through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The Project document: one JSON-ready aggregate that holds everything the
 * Product Owner and the Project Manager steer by. Validate one from JSON with
 * `parseProject` (in `popm/schemas`); {@link sampleProject} is a full example.
 */
export interface Project {
  /** A stable identifier. */
  readonly id: string;
  /** The project's name. */
  readonly name: string;
  /** ISO 4217 code of every amount in the document (e.g. `'EUR'`). */
  readonly currency: string;
  /** The day work started; day 0 of the plan. */
  readonly start: IsoDate;
  /** Working days; default Saturday and Sunday off, no holidays. */
  readonly calendar?: WorkCalendar | undefined;
  /** Everyone on the project, with capacity and availability. */
  readonly people: readonly Person[];
  /** Who holds the two roles. */
  readonly roles: ProjectRoles;
  /** Who is responsible, accountable, consulted and informed for each activity. */
  readonly raci?: RaciInput | undefined;
  /**
   * The product backlog, in the Product Owner's order (`status` defaults to
   * `'todo'`, `dependsOn` and `tags` to none, as `createBacklog` reads them).
   */
  readonly backlog: readonly BacklogItemInput[];
  /** Sprints, finished and running. */
  readonly sprints: readonly Sprint[];
  /** Work items with their dates and assignees. */
  readonly workItems: readonly ProjectWorkItem[];
  /**
   * The team's workflow: its board's states, which of them are work and
   * which are waiting, and the reopen rule. With it, every flow figure of the
   * dashboard and the report (WIP, cycle time, aging, time in state, flow
   * efficiency, the service level) uses its one definition of "started" and
   * "done"; a work item with `transitions` takes its `startedOn` and
   * `finishedOn` from them by the workflow's rules (as `workItemsFromHistory`).
   */
  readonly workflow?: Workflow | undefined;
  /**
   * Status histories as a tracker exports them (needs {@link Project.workflow}).
   * A history whose `id` is a work item's gives that item its transitions (and
   * so its dates, as of the dashboard date: a later move is not known yet); any
   * other history is one more work item, without estimate or sprint.
   */
  readonly statusHistory?: readonly StatusHistory[] | undefined;
  /**
   * The current plan: tasks in working days from {@link Project.start}, with
   * their progress (`actualStart`, `actualFinish`, `percentComplete`,
   * `remainingDuration`), summaries (`parent`), constraints, deadlines,
   * `cost` and `assignments`.
   */
  readonly plan: readonly Task[];
  /**
   * The day the plan's progress was recorded: work not done by then is
   * scheduled after it (MS Project's "reschedule uncompleted work"), so the
   * finish and the slip from the baseline are the plan as it now stands.
   */
  readonly statusDate?: IsoDate | undefined;
  /** The plan's resources: who (or what) the task assignments name, with a cost per day. */
  readonly resources?: readonly Resource[] | undefined;
  /** The approved plan, dated (see `toBaseline`). */
  readonly baseline?: PlanBaseline | undefined;
  /** The budget with its actuals and commitments. */
  readonly budget?: Budget | undefined;
  /** The business case with its options. */
  readonly businessCase?: BusinessCase | undefined;
  /** Earned-value snapshots, any order. */
  readonly earnedValue: readonly EarnedValueSnapshot[];
  /** The risk register's risks. */
  readonly risks: readonly Risk[];
  /** The probability-impact matrix; `defaultMatrix` when absent. */
  readonly riskMatrix?: RiskMatrix | undefined;
  /** The stakeholder register. */
  readonly stakeholders: readonly Stakeholder[];
  /** Sprint reviews held. */
  readonly reviews: readonly SprintReview[];
  /** The next goals the Product Owner has set. */
  readonly targets: readonly Target[];
  /** Decisions the project is waiting for. */
  readonly decisions?: readonly Decision[] | undefined;
  /**
   * Responsibilities that do not apply to this project, each with the reason
   * (e.g. `{ 'pm.business-case': 'Held by the programme office' }`); they are
   * assessed `not-applicable`.
   */
  readonly notApplicable?: Readonly<Partial<Record<ResponsibilityId, string>>> | undefined;
  /** The app's own data: a JSON object popm copies (deep, frozen) and carries through untouched. */
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}
