import type { IsoDate } from '../core/dates.js';
import { deepFreeze } from '../core/freeze.js';
import type { Serialized } from '../core/json.js';
import type { Decimal } from '../core/numbers.js';
import { type AreaRating, type ProjectArea, projectFromFacts, type Rag } from './assessProject.js';
import {
  type Dashboard,
  type DashboardFlow,
  type DashboardTarget,
  dashboardFromFacts,
} from './dashboard.js';
import { computeFacts, type Facts } from './facts.js';
import {
  forecastPhraseOf,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRatio,
  plural,
} from './internal/format.js';
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

function delivered(f: Facts, since: IsoDate): ProgressReport['doneSinceLastReview'] {
  const byBacklog = new Map<string, { ids: string[]; points: number }>();
  let count = 0;
  let points = 0;
  for (const w of f.project.workItems) {
    if (w.finishedOn === undefined || w.finishedOn <= since || w.finishedOn > f.asOf) continue;
    count++;
    points += w.estimate ?? 0;
    const key = w.backlogItem ?? '';
    const entry = byBacklog.get(key) ?? { ids: [], points: 0 };
    entry.ids.push(w.id);
    entry.points += w.estimate ?? 0;
    byBacklog.set(key, entry);
  }
  const items = new Map(f.backlogItems.map((i, k) => [i.id, { item: i, k }]));
  const rows: (DeliveredWork & { k: number })[] = [...byBacklog].map(([key, e]) => {
    const found = key === '' ? undefined : items.get(key);
    return {
      backlogItem: key === '' ? null : key,
      title: found?.item.title ?? (key === '' ? 'Work outside the backlog' : key),
      itemDone: found?.item.status === 'done',
      workItems: e.ids,
      points: e.points,
      k: found?.k ?? Number.MAX_SAFE_INTEGER,
    };
  });
  rows.sort((a, b) => a.k - b.k || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  const review = f.lastReview;
  return {
    since,
    reviewId: review?.id ?? null,
    delivered: rows.map(({ k: _k, ...rest }) => rest),
    workItems: count,
    points,
  };
}

function decisions(f: Facts, d: Dashboard): DecisionNeeded[] {
  const stakeholderName = (id: string | undefined): string | null =>
    id === undefined
      ? null
      : (f.project.stakeholders.find((s) => s.id === id)?.name ?? f.people.get(id)?.name ?? id);
  const sponsor = f.project.roles.sponsor;
  const sponsorName = sponsor === undefined ? null : (f.people.get(sponsor)?.name ?? sponsor);
  const out: DecisionNeeded[] = [];
  for (const dec of f.project.decisions ?? [])
    if (dec.decidedOn === undefined || dec.decidedOn > f.asOf)
      out.push({
        id: dec.id,
        title: dec.title,
        needBy: dec.needBy,
        decider: stakeholderName(dec.decider),
        source: 'decision',
      });
  for (const r of f.escalated)
    out.push({
      id: `risk:${r.id}`,
      title: `Respond to escalated risk ${r.id}: ${r.title}`,
      needBy: r.reviewBy ?? null,
      decider: r.escalatedTo ?? sponsorName,
      source: 'risk',
    });
  budgetDecision(f, sponsorName, out);
  scheduleDecision(f, d, sponsorName, out);
  targetDecisions(f, out);
  return byNeed(out);
}

function budgetDecision(f: Facts, sponsorName: string | null, out: DecisionNeeded[]): void {
  const b = f.budget;
  const shortfall = b?.forecastVariance?.isNegative() ? b.forecastVariance.negated() : null;
  if (b !== null && shortfall !== null) {
    const over = shortfall.div(b.total).toNumber();
    if (over > f.options.budgetTolerance || b.runsOutBeforeEnd)
      out.push({
        id: 'budget:forecast',
        title: `Fund the forecast overrun of ${formatMoney(shortfall.toDecimalPlaces(0), f.project.currency)} or agree the scope to cut`,
        needBy: b.runOutDate,
        decider: sponsorName,
        source: 'budget',
      });
  }
}

function scheduleDecision(
  f: Facts,
  d: Dashboard,
  sponsorName: string | null,
  out: DecisionNeeded[],
): void {
  const slip = d.schedule?.slip ?? null;
  if (slip !== null && slip > f.options.slipAmberDays)
    out.push({
      id: 'schedule:slip',
      title: `Accept the finish of ${d.schedule?.finish} (${slip} working days late) or fund a recovery`,
      needBy: null,
      decider: sponsorName,
      source: 'schedule',
    });
}

function targetDecisions(f: Facts, out: DecisionNeeded[]): void {
  for (const t of f.targets)
    if (t.target.due >= f.asOf && !t.onTrack)
      out.push({
        id: `target:${t.target.id}`,
        title: `Move ${t.target.id} "${t.target.title}" to ${t.p85 === null ? 'a later date' : `the end of sprint ${t.p85.sprint} (${t.p85.end})`} or cut its scope`,
        needBy: t.target.due,
        decider: f.people.get(f.project.roles.productOwner)?.name ?? null,
        source: 'target',
      });
}

/** Soonest need first; those with no date last; ties keep their order. */
function byNeed(out: readonly DecisionNeeded[]): DecisionNeeded[] {
  return out
    .map((x, i) => ({ x, i }))
    .sort((a, b) => {
      const da = a.x.needBy ?? '9999-12-31';
      const db = b.x.needBy ?? '9999-12-31';
      return da < db ? -1 : da > db ? 1 : a.i - b.i;
    })
    .map(({ x }) => x);
}

function highlights(f: Facts, d: Dashboard): string[] {
  const out: string[] = [];
  const v = d.velocity;
  if (v !== null)
    out.push(
      `Velocity ${formatNumber(v.mean)} points a sprint${v.sayDo === null ? '' : `; the team delivered ${formatPercent(v.sayDo, 0)} of what it committed over the last three sprints`}.`,
    );
  const next = d.forecast.targets.find((t) => t.due >= f.asOf && t.openItems > 0);
  if (next !== undefined && next.p85 !== null)
    out.push(
      `${next.id} "${next.title}" is forecast ${forecastPhraseOf(next)}, against ${next.due}: ${next.onTrack ? 'on track' : 'at risk'}.`,
    );
  scheduleAndBudgetHighlights(d, out);
  out.push(
    `${plural(d.risks.open, 'open risk')}, ${d.risks.reviewsOverdue.length} overdue for review.`,
  );
  return out;
}

function scheduleAndBudgetHighlights(d: Dashboard, out: string[]): void {
  const s = d.schedule;
  if (s !== null)
    out.push(
      s.slip === null
        ? `The plan finishes on ${s.finish}.`
        : `The plan finishes on ${s.finish}, ${s.slip === 0 ? 'on the baseline' : `${plural(Math.abs(s.slip), 'working day')} ${s.slip > 0 ? 'behind' : 'ahead of'} the baseline`}.`,
    );
  const b = d.budget;
  if (b !== null && b.spentRatio !== null)
    out.push(
      `${formatPercent(b.spentRatio.toNumber())} of the budget spent at ${formatPercent(b.timeElapsedRatio)} of the time${d.earnedValue?.cpi ? `; CPI ${formatRatio(d.earnedValue.cpi.toNumber())}` : ''}.`,
    );
}

/** The flow figures the report shows, from the dashboard's. */
function flowOf(d: Dashboard): ProgressReport['forecast']['flow'] {
  const fl = d.flow;
  if (fl === null) return null;
  return {
    serviceLevel: fl.serviceLevel,
    flowEfficiency: fl.flowEfficiency,
    timeInState: fl.timeInState,
    agedByStage: fl.aging.flatMap((a) =>
      a.state !== null && a.statePassed !== null && a.statePassed >= 85
        ? [{ id: a.id, state: a.state, statePassed: a.statePassed }]
        : [],
    ),
  };
}

/** The running sprint's burndown on its last recorded day, or null. */
function sprintToday(f: Facts): ProgressReport['forecast']['sprint'] {
  const bd = f.burndown;
  const today = bd?.days[bd.days.length - 1];
  return f.currentSprint === null || bd === null || today === undefined
    ? null
    : {
        id: f.currentSprint.id,
        end: f.currentSprint.end,
        remaining: today.remaining,
        ideal: today.ideal,
        day: today.day,
        workingDays: bd.workingDays,
      };
}

/** @internal Builds the report from facts. */
export function reportFromFacts(f: Facts): Omit<ProgressReport, 'figures'> {
  const d = dashboardFromFacts(f);
  const a = projectFromFacts(f);
  const since = f.lastReview?.on ?? f.project.start;
  const rec =
    d.businessCase?.options.find((o) => o.optionId === d.businessCase?.recommended) ?? null;
  const issues: string[] = [];
  for (const role of [a.productOwner, a.projectManager])
    for (const r of role.responsibilities) issues.push(...r.evidence.slice(0, r.findings));
  const selection = f.nextSprint;
  return {
    projectId: f.project.id,
    projectName: f.project.name,
    currency: f.project.currency,
    asOf: f.asOf,
    ...(f.project.meta === undefined ? {} : { meta: f.project.meta }),
    summary: { rag: a.overall, areas: a.areas, highlights: highlights(f, d) },
    doneSinceLastReview: delivered(f, since),
    forecast: {
      velocity: d.velocity?.mean ?? null,
      sayDo: d.velocity?.sayDo ?? null,
      sprint: sprintToday(f),
      targets: d.forecast.targets,
      backlog: d.forecast.backlog,
      assumedEstimate: d.forecast.assumedEstimate,
      finish: d.schedule?.finish ?? null,
      baselineFinish: d.schedule?.baselineFinish ?? null,
      slip: d.schedule?.slip ?? null,
      warnings: d.forecast.warnings,
      flow: flowOf(d),
    },
    budgetAndValue: {
      budget: d.budget,
      earnedValue: d.earnedValue,
      recommended:
        rec === null ? null : { name: rec.name, npv: rec.npv, roi: rec.roi, payback: rec.payback },
    },
    risksAndIssues: {
      risks: d.risks.top.map((x) => ({
        ...x,
        owner: x.owner === null ? null : (f.people.get(x.owner)?.name ?? x.owner),
      })),
      exposure: d.risks.exposure,
      contingencyP80: d.risks.contingency?.p80 ?? null,
      issues,
    },
    decisionsNeeded: decisions(f, d),
    nextTargets: {
      capacity: f.nextSprintCapacity,
      items: (selection?.selected ?? []).map((i) => ({
        id: i.id,
        title: i.title,
        estimate: i.estimate ?? 0,
      })),
      committed: selection?.committed ?? 0,
      targets: d.forecast.targets.filter((t) => t.due >= f.asOf),
    },
  };
}

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
