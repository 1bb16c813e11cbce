/**
 * @internal Everything the assessments, the dashboard and the report need,
 * computed once per (project, asOf) with the domain functions. Nothing here
 * is public: each public function reads the figures it needs from here.
 */
import {
  type BacklogHealth,
  type BacklogItem,
  backlogHealth,
  createBacklog,
  type SprintSelection,
  selectForSprint,
} from '../backlog/index.js';
import { compileCalendar, workingDaysBetweenEpoch } from '../core/calendar.js';
import { addDays, fromEpochDay, type IsoDate, toEpochDay } from '../core/dates.js';
import { isPopmError, type PopmPath, popmError, withPathPrefix } from '../core/errors.js';
import { median } from '../core/stats.js';
import { requireArray, requireObject, requireString } from '../core/validate.js';
import {
  appraiseOptions,
  type BudgetStatus,
  budgetStatus,
  type EarnedValueResult,
  earnedValue,
  type OptionsAppraisal,
} from '../finance/index.js';
import {
  type BaselineVarianceResult,
  baselineVariance,
  type ScheduleDatesResult,
  scheduleDates,
} from '../plan/index.js';
import {
  type BurndownResult,
  burndown,
  type FlowMetricsResult,
  flowMetrics,
  forecastBacklog,
  type Sprint,
  type SprintEvent,
  sayDoRatio,
  type VelocityResult,
  velocity,
  type WorkItemAgeResult,
  workItemAge,
} from '../progress/index.js';
import {
  createRiskRegister,
  type HeatMap,
  heatMap,
  type RankedRisk,
  type Risk,
  type RiskExposure,
  type RiskRegister,
  type RiskReviewDue,
  type RiskSimulationResult,
  riskExposure,
  risksDueForReview,
  risksWithoutResponse,
  simulateRiskCost,
  topRisks,
  unownedRisks,
} from '../risk/index.js';
import {
  checkRoleAssignment,
  type RaciValidation,
  type RoleAssignmentCheck,
  validateRaci,
} from '../roles/index.js';
import {
  type CommunicationDue,
  communicationsDue,
  type EngagementGap,
  engagementGaps,
  type ReviewCoverage,
  reviewCoverage,
  type Stakeholder,
  type StakeholderMap,
  stakeholderMap,
} from '../stakeholders/index.js';
import { type ResolvedOptions, resolveOptions } from './options.js';
import type { Person, Project, ProjectWorkItem, SprintReview, Target } from './types.js';

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
}

/** @internal A target with its forecast. */
export interface TargetForecast {
  readonly target: Target;
  /** Open items of the target. */
  readonly openItems: number;
  /** Estimate still to do. */
  readonly remaining: number;
  readonly p50: IsoDate | null;
  readonly p85: IsoDate | null;
  /** Whether P85 is on or before the due date (true when nothing is left). */
  readonly onTrack: boolean;
}

/** @internal */
export interface Facts {
  readonly project: Project;
  readonly asOf: IsoDate;
  readonly asOfDay: number;
  readonly options: ResolvedOptions;
  readonly seed: number | string;
  readonly people: ReadonlyMap<string, Person>;
  readonly started: boolean;
  // backlog
  readonly backlogItems: readonly BacklogItem[];
  readonly openItems: readonly BacklogItem[];
  readonly health: BacklogHealth | null;
  // sprints and flow
  readonly finishedSprints: readonly Sprint[];
  readonly currentSprint: Sprint | null;
  readonly velocity: VelocityResult | null;
  readonly sayDo: number | null;
  readonly sayDoTrend: readonly { readonly sprint: string; readonly ratio: number }[];
  readonly burndown: BurndownResult | null;
  readonly sprintWorkingDays: number;
  readonly forecastStart: IsoDate;
  readonly unestimatedAssumed: number | null;
  readonly targets: readonly TargetForecast[];
  /** When the whole open backlog is done. */
  readonly backlogForecast: {
    readonly openItems: number;
    readonly remaining: number;
    readonly p50: IsoDate | null;
    readonly p85: IsoDate | null;
  };
  readonly nextSprint: SprintSelection | null;
  readonly nextSprintCapacity: number | null;
  readonly flow: FlowMetricsResult | null;
  readonly ages: WorkItemAgeResult | null;
  readonly team: readonly PersonLoad[];
  readonly unassignedOpen: readonly string[];
  // money
  readonly budget: BudgetStatus | null;
  readonly evm: { readonly asOf: IsoDate; readonly result: EarnedValueResult } | null;
  readonly appraisal: OptionsAppraisal | null;
  // plan
  readonly schedule: ScheduleDatesResult | null;
  readonly variance: BaselineVarianceResult | null;
  // risk
  readonly register: RiskRegister | null;
  readonly activeRisks: readonly Risk[];
  readonly topRisks: readonly RankedRisk[];
  /** Every active risk, ranked by score. */
  readonly rankedRisks: readonly RankedRisk[];
  /** The matrix's rating band names, highest first. */
  readonly ratingNames: readonly string[];
  readonly exposure: RiskExposure | null;
  readonly simulation: RiskSimulationResult | null;
  readonly heatMap: HeatMap | null;
  readonly reviewsDue: readonly RiskReviewDue[];
  readonly unowned: readonly Risk[];
  readonly withoutResponse: readonly Risk[];
  readonly escalated: readonly Risk[];
  // stakeholders
  readonly stakeholderMap: StakeholderMap | null;
  readonly gaps: readonly EngagementGap[];
  readonly communicationsDue: readonly CommunicationDue[];
  readonly lastReview: SprintReview | null;
  readonly coverage: ReviewCoverage | null;
  // roles
  readonly roleCheck: RoleAssignmentCheck;
  readonly raci: RaciValidation | null;
}

/**
 * @internal Runs `fn` and re-roots a domain error under the project path, so
 * a bad risk reports `risks[3].probability`, not `register.risks[3]…`.
 */
export function under<T>(
  prefix: PopmPath,
  strip: number,
  fn: () => T,
  indexOf?: (i: number) => number,
): T {
  try {
    return fn();
  } catch (e) {
    if (!isPopmError(e) || e.code === 'SCHEMA') throw e;
    const rest = e.path.slice(strip);
    const first = rest[0];
    if (indexOf !== undefined && typeof first === 'number') rest[0] = indexOf(first);
    throw withPathPrefix(e, [...prefix, ...rest], e.path.length);
  }
}

const CLOSED = new Set(['done', 'wont-do']);

function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? b : a;
}

function byEnd(a: Sprint, b: Sprint): number {
  return a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** @internal The review last held on or before `asOf` (latest date, then last listed). */
export function lastReviewOf(reviews: readonly SprintReview[], asOf: IsoDate): SprintReview | null {
  let best: SprintReview | null = null;
  for (const r of reviews) if (r.on <= asOf && (best === null || r.on >= best.on)) best = r;
  return best;
}

function checkShape(project: unknown): Project {
  const p = requireObject(project, ['project'], 'a Project document');
  requireString(p.id, ['project', 'id']);
  const arrays = [
    'people',
    'backlog',
    'sprints',
    'workItems',
    'plan',
    'earnedValue',
    'risks',
    'stakeholders',
    'reviews',
    'targets',
  ];
  for (const key of arrays) requireArray(p[key], ['project', key], `an array of ${key}`);
  const roles = requireObject(p.roles, ['project', 'roles'], 'the role holders');
  requireString(roles.productOwner, ['project', 'roles', 'productOwner'], 'a person id');
  requireString(roles.projectManager, ['project', 'roles', 'projectManager'], 'a person id');
  return project as Project;
}

/** @internal The work items as known on `asOf`: created by then, with later dates dropped. */
export function visibleWork(items: readonly ProjectWorkItem[], asOf: IsoDate): ProjectWorkItem[] {
  const out: ProjectWorkItem[] = [];
  for (const w of items) {
    if (w.createdOn > asOf) continue;
    const lateStart = w.startedOn !== undefined && w.startedOn > asOf;
    const lateFinish = w.finishedOn !== undefined && w.finishedOn > asOf;
    if (!lateStart && !lateFinish && w.transitions === undefined) {
      out.push(w);
      continue;
    }
    const { startedOn, finishedOn, transitions, ...rest } = w;
    out.push({
      ...rest,
      ...(startedOn === undefined || lateStart ? {} : { startedOn }),
      ...(finishedOn === undefined || lateFinish ? {} : { finishedOn }),
      ...(transitions === undefined
        ? {}
        : { transitions: transitions.filter((t) => t.on <= asOf) }),
    });
  }
  return out;
}

/** @internal Builds the burndown events of a sprint from its work items. */
export function sprintEvents(
  sprint: Sprint,
  items: readonly ProjectWorkItem[],
  asOf: IsoDate,
): SprintEvent[] {
  const events: SprintEvent[] = [];
  for (const w of items) {
    if (w.sprint !== sprint.id || w.estimate === undefined) continue;
    if (w.createdOn > sprint.start && w.createdOn <= sprint.end && w.createdOn <= asOf)
      events.push({ on: w.createdOn, kind: 'added', amount: w.estimate, itemId: w.id });
    const f = w.finishedOn;
    if (f !== undefined && f >= sprint.start && f <= sprint.end && f <= asOf)
      events.push({ on: f, kind: 'completed', amount: w.estimate, itemId: w.id });
  }
  return events;
}

/** @internal Computes the facts; validates the document's shape and `asOf`. */
export function computeFacts(projectIn: Project, asOf: IsoDate, optionsIn?: unknown): Facts {
  const project = checkShape(projectIn);
  const asOfDay = toEpochDay(asOf, ['asOf']);
  const options = resolveOptions(optionsIn);
  const seed = options.seed ?? project.id;
  const calendar = project.calendar;
  const cal = under(['project', 'calendar'], 1, () => compileCalendar(calendar));
  const started = toEpochDay(project.start, ['project', 'start']) <= asOfDay;
  const people = new Map(project.people.map((p) => [p.id, p]));

  // Backlog
  const backlog = under(['project', 'backlog'], 1, () => createBacklog(project.backlog));
  const backlogItems = backlog.items;
  const openItems = backlogItems.filter((i) => !CLOSED.has(i.status));
  const health =
    backlogItems.length === 0
      ? null
      : backlogHealth(backlog, {
          top: options.backlogTop,
          asOf,
          staleAfterDays: options.staleAfterDays,
          oversizedAbove: options.maxItemEstimate,
          method: 'wsjf',
        });

  // Sprints
  const sprints = [...project.sprints].sort(byEnd);
  const finishedSprints = sprints.filter((s) => s.end < asOf);
  const currentSprint = sprints.find((s) => s.start <= asOf && asOf <= s.end) ?? null;
  const vel =
    finishedSprints.length === 0
      ? null
      : under(
          ['project', 'sprints'],
          1,
          () => velocity(finishedSprints, { window: 6 }),
          (i) => project.sprints.indexOf(finishedSprints[i] as Sprint),
        );
  const lastThree = finishedSprints.slice(-3);
  const sayDo =
    lastThree.length === 0 || lastThree.every((s) => s.committed === 0)
      ? null
      : sayDoRatio(lastThree);
  const sayDoTrend = finishedSprints
    .filter((s) => s.committed > 0)
    .map((s) => ({ sprint: s.id, ratio: sayDoRatio(s) }));
  const bd =
    currentSprint === null
      ? null
      : under(
          ['project', 'sprints', project.sprints.indexOf(currentSprint)],
          Number.POSITIVE_INFINITY,
          () =>
            burndown(currentSprint, sprintEvents(currentSprint, project.workItems, asOf), {
              ...(calendar === undefined ? {} : { calendar }),
              asOf,
            }),
        );
  const lastSprint = finishedSprints[finishedSprints.length - 1] ?? currentSprint;
  const sprintWorkingDays =
    lastSprint === null
      ? 10
      : Math.max(
          1,
          workingDaysBetweenEpoch(
            cal,
            toEpochDay(lastSprint.start) - 1,
            toEpochDay(lastSprint.end),
          ),
        );

  // Forecast: velocities per sprint from the day after asOf; unestimated open
  // items count at the median estimate of the estimated open ones.
  const estimated = openItems
    .filter((i) => i.estimate !== undefined)
    .map((i) => i.estimate as number);
  const unestimatedAssumed =
    estimated.length > 0 && estimated.length < openItems.length ? median(estimated) : null;
  const forecastStart = addDays(asOf, 1);
  const velocities = finishedSprints.slice(-6).map((s) => s.completed);
  let forecastItems: ReadonlyMap<string, { p50?: IsoDate; p85?: IsoDate }> = new Map();
  if (velocities.some((v) => v > 0) && openItems.length > 0 && estimated.length > 0) {
    const fb = forecastBacklog(
      {
        items: backlogItems.map((i) => ({
          id: i.id,
          status: i.status,
          estimate: i.estimate ?? (unestimatedAssumed as number),
        })),
      },
      {
        velocities,
        trials: options.trials,
        seed,
        start: forecastStart,
        periodDays: sprintWorkingDays,
        ...(calendar === undefined ? {} : { calendar }),
      },
    );
    forecastItems = new Map(
      fb.items.map((f) => [
        f.id,
        {
          ...(f.p50Date === undefined ? {} : { p50: f.p50Date }),
          ...(f.p85Date === undefined ? {} : { p85: f.p85Date }),
        },
      ]),
    );
  }
  const itemIndex = new Map(backlogItems.map((item, i) => [item.id, i]));
  const lastOpen = openItems[openItems.length - 1];
  const targets = [...project.targets]
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1))
    .map((target): TargetForecast => {
      const open = target.items
        .map((id) => backlogItems[itemIndex.get(id) ?? -1])
        .filter((i): i is BacklogItem => i !== undefined && !CLOSED.has(i.status));
      const remaining = open.reduce((s, i) => s + (i.estimate ?? unestimatedAssumed ?? 0), 0);
      let last: BacklogItem | undefined;
      for (const i of open)
        if (
          last === undefined ||
          (itemIndex.get(i.id) as number) > (itemIndex.get(last.id) as number)
        )
          last = i;
      const f = last === undefined ? undefined : forecastItems.get(last.id);
      const p50 = f?.p50 ?? null;
      const p85 = f?.p85 ?? null;
      return {
        target,
        openItems: open.length,
        remaining,
        p50,
        p85,
        onTrack: open.length === 0 || (p85 !== null && p85 <= target.due),
      };
    });
  const meanVelocity = vel?.mean ?? null;
  const nextSprintCapacity = meanVelocity === null ? null : Math.floor(meanVelocity);
  const nextSprint =
    nextSprintCapacity === null || backlogItems.length === 0
      ? null
      : selectForSprint(
          { items: backlogItems.filter((i) => i.status !== 'in-progress') },
          { capacity: nextSprintCapacity, allowSkip: true },
        );

  // Flow: the work as it stood on asOf (later items, starts and finishes are not known yet)
  const work = visibleWork(project.workItems, asOf);
  const workIndex = (i: number): number => project.workItems.findIndex((w) => w.id === work[i]?.id);
  const flowFrom = addDays(asOf, -55);
  const flow =
    work.length === 0 || !started
      ? null
      : under(
          ['project', 'workItems'],
          1,
          () => flowMetrics(work, { from: laterOf(flowFrom, project.start), to: asOf }),
          workIndex,
        );
  const ages =
    work.length === 0
      ? null
      : under(
          ['project', 'workItems'],
          1,
          () => workItemAge(work, asOf, { percentiles: [50, 70, 85, 95] }),
          workIndex,
        );
  const agedIds = new Set(
    (ages?.items ?? []).filter((a) => a.passed !== null && a.passed >= 85).map((a) => a.id),
  );
  const team: PersonLoad[] = project.people
    .filter((p) => p.capacity > 0)
    .map((p) => {
      const capacity = p.capacity * p.availability;
      let assigned = 0;
      let wip = 0;
      const aged: string[] = [];
      for (const w of work) {
        if (w.assignee !== p.id) continue;
        const open = w.finishedOn === undefined || w.finishedOn > asOf;
        const inProgress = open && w.startedOn !== undefined && w.startedOn <= asOf;
        if (inProgress) wip++;
        if (inProgress && agedIds.has(w.id)) aged.push(w.id);
        if (open && currentSprint !== null && w.sprint === currentSprint.id)
          assigned += w.estimate ?? 0;
      }
      return {
        id: p.id,
        name: p.name,
        capacity,
        assigned,
        load: capacity > 0 ? assigned / capacity : null,
        wip,
        aged,
      };
    });
  const unassignedOpen = work
    .filter(
      (w) =>
        w.assignee === undefined &&
        w.createdOn <= asOf &&
        (w.finishedOn === undefined || w.finishedOn > asOf) &&
        currentSprint !== null &&
        w.sprint === currentSprint.id,
    )
    .map((w) => w.id);

  // Money
  const budget =
    project.budget === undefined
      ? null
      : under(['project', 'budget'], 0, () => budgetStatus(project.budget as never, asOf));
  const snapshots = project.earnedValue.filter((s) => s.asOf <= asOf);
  let latest = snapshots[0];
  for (const s of snapshots) if (latest === undefined || s.asOf >= latest.asOf) latest = s;
  const evm =
    latest === undefined
      ? null
      : {
          asOf: latest.asOf,
          result: under(['project', 'earnedValue', project.earnedValue.indexOf(latest)], 0, () =>
            earnedValue({
              bac: latest.bac,
              pv: latest.pv,
              ev: latest.ev,
              ac: latest.ac,
              ...(latest.etc === undefined ? {} : { etc: latest.etc }),
            }),
          ),
        };
  const appraisal =
    project.businessCase === undefined
      ? null
      : under(['project', 'businessCase'], 0, () => appraiseOptions(project.businessCase as never));

  // Plan
  const schedule =
    project.plan.length === 0
      ? null
      : under(['project', 'plan'], 1, () =>
          scheduleDates(project.plan, {
            start: project.start,
            ...(calendar === undefined ? {} : { calendar }),
          }),
        );
  const variance =
    schedule === null || project.baseline === undefined
      ? null
      : under(['project', 'baseline'], 1, () =>
          baselineVariance(
            project.baseline as never,
            schedule,
            calendar === undefined ? {} : { calendar },
          ),
        );

  // Risk
  const register =
    project.risks.length === 0
      ? null
      : under(['project', 'risks'], 1, () =>
          createRiskRegister(
            project.risks,
            project.riskMatrix === undefined ? {} : { matrix: project.riskMatrix },
          ),
        );
  const activeRisks = project.risks.filter(
    (r) => r.status === undefined || r.status === 'open' || r.status === 'monitoring',
  );
  const rankedRisks =
    register === null ? [] : topRisks(register, activeRisks.length, { by: 'score' });
  const hasPriced = activeRisks.some(
    (r) => r.probability !== undefined && r.costImpact !== undefined,
  );

  // Stakeholders
  const hasStakeholders = project.stakeholders.length > 0;
  const lastReview = lastReviewOf(project.reviews, asOf);
  // A contact after asOf is news from the future on this date: leave it out.
  const contacted = project.stakeholders.filter(
    (s) => s.lastContactedOn === undefined || s.lastContactedOn <= asOf,
  );

  // Roles
  const roleCheck = checkRoleAssignment({
    productOwner: project.roles.productOwner,
    projectManager: project.roles.projectManager,
    people: project.people,
  });

  return {
    project,
    asOf,
    asOfDay,
    options,
    seed,
    people,
    started,
    backlogItems,
    openItems,
    health,
    finishedSprints,
    currentSprint,
    velocity: vel,
    sayDo,
    sayDoTrend,
    burndown: bd,
    sprintWorkingDays,
    forecastStart,
    unestimatedAssumed,
    targets,
    backlogForecast: {
      openItems: openItems.length,
      remaining: openItems.reduce((sum, i) => sum + (i.estimate ?? unestimatedAssumed ?? 0), 0),
      p50: lastOpen === undefined ? null : (forecastItems.get(lastOpen.id)?.p50 ?? null),
      p85: lastOpen === undefined ? null : (forecastItems.get(lastOpen.id)?.p85 ?? null),
    },
    nextSprint,
    nextSprintCapacity,
    flow,
    ages,
    team,
    unassignedOpen,
    budget,
    evm,
    appraisal,
    schedule,
    variance,
    register,
    activeRisks,
    topRisks: rankedRisks.slice(0, 5),
    rankedRisks,
    ratingNames: register === null ? [] : register.matrix.ratingBands.map((b) => b.name).reverse(),
    exposure: register === null ? null : riskExposure(register),
    simulation:
      register === null || !hasPriced
        ? null
        : simulateRiskCost(register, {
            trials: options.trials,
            seed,
            percentiles: [50, 80, 90, 95],
            residual: true,
          }),
    heatMap: register === null ? null : heatMap(register),
    reviewsDue: register === null ? [] : risksDueForReview(register, asOf),
    unowned: register === null ? [] : unownedRisks(register),
    withoutResponse: register === null ? [] : risksWithoutResponse(register),
    escalated: project.risks.filter((r) => r.status === 'escalated'),
    stakeholderMap: hasStakeholders
      ? under(['project', 'stakeholders'], 1, () => stakeholderMap(project.stakeholders))
      : null,
    gaps: hasStakeholders
      ? under(['project', 'stakeholders'], 1, () => engagementGaps(project.stakeholders))
      : [],
    communicationsDue: hasStakeholders
      ? under(
          ['project', 'stakeholders'],
          1,
          () => communicationsDue(contacted, asOf),
          (i) => project.stakeholders.indexOf(contacted[i] as Stakeholder),
        )
      : [],
    lastReview,
    coverage:
      hasStakeholders && lastReview !== null
        ? reviewCoverage(project.stakeholders, lastReview)
        : null,
    roleCheck,
    raci:
      project.raci === undefined
        ? null
        : under(['project', 'raci'], 0, () => validateRaci(project.raci as never)),
  };
}

/** @internal Days from `from` to the facts' asOf. */
export function daysSince(facts: Facts, from: IsoDate): number {
  return facts.asOfDay - toEpochDay(from);
}

/** @internal */
export function epochToIso(day: number): IsoDate {
  return fromEpochDay(day);
}

/** @internal Throws when a project lacks an expected field. */
export function missingField(path: PopmPath, what: string): never {
  throw popmError('INVALID_ARGUMENT', path, what, undefined);
}
