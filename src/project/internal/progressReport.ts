/**
 * @internal The progress report from the computed facts: its sections
 * (delivered work, decisions needed, highlights, the forecast with flow) read
 * the dashboard and the assessment built from the same facts.
 */
import type { IsoDate } from '../../core/dates.js';
import { toDecimal } from '../../core/numbers.js';
import type { Dashboard } from '../dashboard.js';
import type { DecisionNeeded, DeliveredWork, ProgressReport } from '../progressReport.js';
import { projectFromFacts } from './assessProject.js';
import { dashboardFromFacts } from './dashboard.js';
import type { Facts } from './facts.js';
import {
  forecastPhraseOf,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRatio,
  plural,
} from './format.js';

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

/** The P80 date and cost of the one simulation, as a sentence. */
function dateAndCostHighlight(d: Dashboard): string[] {
  const dc = d.dateAndCost;
  if (dc === null || dc.finish === null) return [];
  const cost = formatMoney(toDecimal(dc.cost).toDecimalPlaces(0), d.currency);
  return [
    `With its risks, the plan finishes by ${dc.finish} and costs at most ${cost} in ${dc.percent}% of ${formatNumber(dc.trials)} simulated futures.`,
  ];
}

function scheduleAndBudgetHighlights(d: Dashboard, out: string[]): void {
  const s = d.schedule;
  if (s !== null)
    out.push(
      s.slip === null
        ? `The plan finishes on ${s.finish}.`
        : `The plan finishes on ${s.finish}, ${s.slip === 0 ? 'on the baseline' : `${plural(Math.abs(s.slip), 'working day')} ${s.slip > 0 ? 'behind' : 'ahead of'} the baseline`}.`,
    );
  out.push(...dateAndCostHighlight(d));
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

/** The forecast section: velocity, sprint, targets, the plan as it stands, P80 date and cost, flow. */
function forecastOf(f: Facts, d: Dashboard): ProgressReport['forecast'] {
  return {
    velocity: d.velocity?.mean ?? null,
    sayDo: d.velocity?.sayDo ?? null,
    sprint: sprintToday(f),
    targets: d.forecast.targets,
    backlog: d.forecast.backlog,
    assumedEstimate: d.forecast.assumedEstimate,
    finish: d.schedule?.finish ?? null,
    baselineFinish: d.schedule?.baselineFinish ?? null,
    slip: d.schedule?.slip ?? null,
    statusDate: d.schedule?.statusDate ?? null,
    conflicts: d.schedule?.conflicts ?? [],
    summaries: d.schedule?.summaries ?? [],
    dateAndCost: d.dateAndCost,
    warnings: d.forecast.warnings,
    flow: flowOf(d),
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
    forecast: forecastOf(f, d),
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
