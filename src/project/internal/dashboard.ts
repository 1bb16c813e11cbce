/**
 * @internal The dashboard from the computed facts: one builder per section
 * (velocity, burndown, forecast, flow, budget, earned value, business case,
 * schedule, risks, stakeholders, team), each reading only the facts.
 */
import type { IsoDate } from '../../core/dates.js';
import type { EarnedValueResult } from '../../finance/index.js';
import type {
  Dashboard,
  DashboardAgedItem,
  DashboardBudget,
  DashboardBurndown,
  DashboardBusinessCase,
  DashboardDateAndCost,
  DashboardEarnedValue,
  DashboardFlow,
  DashboardForecast,
  DashboardRisks,
  DashboardSchedule,
  DashboardStakeholders,
  DashboardVelocity,
} from '../dashboard.js';
import { projectFromFacts } from './assessProject.js';
import type { Facts, WorkForecast } from './facts.js';
import { p80Of, percentileOf } from './risk.js';

function velocityOf(f: Facts): DashboardVelocity | null {
  const v = f.velocity;
  if (v === null) return null;
  return {
    mean: v.mean,
    median: v.median,
    stdDev: v.stdDev,
    last: v.last,
    sayDo: f.sayDo,
    sprints: f.finishedSprints.map((s) => ({
      id: s.id,
      end: s.end,
      committed: s.committed,
      completed: s.completed,
      sayDo: f.sayDoTrend.find((t) => t.sprint === s.id)?.ratio ?? null,
    })),
  };
}

function burndownOf(f: Facts): DashboardBurndown | null {
  const s = f.currentSprint;
  const b = f.burndown;
  if (s === null || b === null) return null;
  const today = b.days[b.days.length - 1];
  return {
    sprintId: s.id,
    start: s.start,
    end: s.end,
    committed: b.committed,
    workingDays: b.workingDays,
    remaining: today?.remaining ?? b.committed,
    ideal: today?.ideal ?? b.committed,
    added: b.scopeChange.added,
    removed: b.scopeChange.removed,
    days: b.days,
  };
}

function agingOf(f: Facts): DashboardAgedItem[] {
  const stages = new Map((f.stageAging?.items ?? []).map((a) => [a.id, a]));
  return [...(f.ages?.items ?? [])]
    .sort((a, b) => b.age - a.age || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a) => {
      const st = stages.get(a.id);
      return {
        id: a.id,
        age: a.age,
        assignee: a.assignee ?? null,
        passed: a.passed,
        state: st?.state ?? null,
        statePassed: st?.passed ?? null,
      };
    });
}

function timeInStateOf(f: Facts): DashboardFlow['timeInState'] {
  const t = f.timeInState;
  const wf = f.project.workflow;
  if (f.flow === null || wf === undefined) return null;
  const n = t?.items.length ?? 0;
  const all = t === null ? 0 : t.items.reduce((sum, i) => sum + i.total, 0);
  return wf.states.map((st) => {
    const days = t?.totals[st.name] ?? 0;
    return {
      state: st.name,
      category: st.category,
      active: st.category === 'in-progress' && st.active !== false,
      meanDays: n === 0 ? 0 : days / n,
      share: all === 0 ? 0 : days / all,
    };
  });
}

function flowExtrasOf(f: Facts): Pick<DashboardFlow, 'serviceLevel' | 'flowEfficiency'> {
  const sl = f.serviceLevel;
  const e = f.efficiency;
  return {
    serviceLevel:
      sl === null
        ? null
        : {
            percentile: sl.percentile,
            days: sl.days,
            count: sl.count,
            recentMetShare: sl.recent.metShare,
          },
    flowEfficiency:
      e === null
        ? null
        : { pooled: e.pooledShare, mean: e.shares?.mean ?? null, count: e.items.length },
  };
}

function flowOf(f: Facts): DashboardFlow | null {
  const m = f.flow;
  if (m === null) return null;
  const ct = m.cycleTime;
  return {
    from: m.from,
    to: m.to,
    throughputPerDay: m.throughput.mean,
    averageWip: m.wip.mean,
    cycleTime:
      ct === null
        ? null
        : {
            p50: ct.percentiles[50] as number,
            p85: ct.percentiles[85] as number,
            mean: ct.mean,
            count: ct.count,
          },
    littlesLawCycleTime: m.littlesLaw.estimatedCycleTime,
    aging: agingOf(f),
    ...flowExtrasOf(f),
    timeInState: timeInStateOf(f),
  };
}

function budgetOf(f: Facts): DashboardBudget | null {
  const b = f.budget;
  if (b === null) return null;
  return {
    total: b.total,
    spent: b.spent,
    committed: b.committed,
    remaining: b.remaining,
    spentRatio: b.spentRatio,
    timeElapsedRatio: b.timeElapsedRatio,
    burnRatePerMonth: b.burnRatePerMonth,
    forecastAtCompletion: b.forecastAtCompletion,
    forecastVariance: b.forecastVariance,
    runOutDate: b.runOutDate,
  };
}

function earnedValueOf(f: Facts): DashboardEarnedValue | null {
  const e = f.evm;
  if (e === null) return null;
  const r = e.result;
  return {
    asOf: e.asOf,
    bac: r.bac,
    pv: r.pv,
    ev: r.ev,
    ac: r.ac,
    cv: r.cv,
    sv: r.sv,
    cpi: r.cpi,
    spi: r.spi,
    eac: r.eac.cpi,
    vac: r.vac,
    tcpi: bacReachable(r) ? r.tcpiBac : null,
    bacReachable: bacReachable(r),
    tcpiEac: r.tcpiEac,
  };
}

/** False once the actual cost has reached the BAC with work left. */
function bacReachable(r: EarnedValueResult): boolean {
  return r.ac.lt(r.bac) || r.ev.gte(r.bac);
}

function businessCaseOf(f: Facts): DashboardBusinessCase | null {
  const a = f.appraisal;
  if (a === null) return null;
  return {
    recommended: a.recommended.optionId,
    reason: a.recommended.reason,
    options: a.options.map((o) => ({
      optionId: o.optionId,
      name: o.name,
      kind: o.kind,
      npv: o.npv,
      irr: o.irr,
      roi: o.roi,
      payback: o.payback,
    })),
  };
}

function scheduleOf(f: Facts): DashboardSchedule | null {
  const s = f.schedule;
  if (s === null) return null;
  const v = f.variance;
  const slips = new Map((v?.milestones ?? []).map((m) => [m.id, m.slip]));
  return {
    start: s.start,
    finish: s.finish,
    baselineFinish: v?.baselineFinish ?? null,
    slip: v?.finishSlip ?? null,
    criticalPaths: f.criticalPaths,
    criticalTasks: f.criticalTasks,
    scheduleIndex: f.scheduleIndex,
    statusDate: f.statusDate,
    conflicts: f.conflicts.map((x) => ({ taskId: x.taskId, kind: x.kind, by: x.by })),
    summaries: f.summaries,
    milestones: s.milestones.map((m) => ({
      id: m.id,
      name: m.name ?? null,
      date: m.date,
      slip: slips.get(m.id) ?? null,
    })),
  };
}

/** The top three risk drivers: by P80 finish days, then cost. */
const DRIVERS = 3;

function dateAndCostOf(f: Facts): DashboardDateAndCost | null {
  const r = f.projectSimulation;
  if (r === null) return null;
  return {
    trials: r.trials,
    percent: r.joint.percent,
    finish: r.joint.finishDate ?? null,
    cost: r.joint.cost,
    baseCost: r.baseCost,
    jointShare: r.joint.share,
    p50Finish: r.finish.dates?.[50] ?? null,
    drivers: [...r.tornado]
      .filter((d) => d.finishDays > 0 || d.cost > 0)
      .slice(0, DRIVERS)
      .map((d) => ({ id: d.id, tasks: d.tasks, finishDays: d.finishDays, cost: d.cost })),
  };
}

function exposureOf(f: Facts): DashboardRisks['exposure'] {
  const e = f.exposure;
  if (e === null) return null;
  return {
    threatCost: e.threatCost,
    opportunitySaving: e.opportunitySaving,
    netCost: e.netCost,
    residualNetCost: e.residual.netCost,
    responseCost: e.responseCost,
  };
}

function contingencyOf(f: Facts): DashboardRisks['contingency'] {
  const sim = f.simulation;
  if (sim === null) return null;
  return {
    trials: sim.trials,
    mean: sim.cost.mean,
    p50: percentileOf(sim.cost, 50, sim.cost.mean),
    p80: p80Of(sim),
    p95: percentileOf(sim.cost, 95, sim.cost.max),
    scheduleDaysP80: percentileOf(sim.scheduleDays, 80, sim.scheduleDays.mean),
    reserve: f.contingency?.line ?? null,
    reserveRemaining: f.contingency?.remaining ?? null,
  };
}

function risksOf(f: Facts): DashboardRisks {
  return {
    open: f.activeRisks.length,
    top: f.topRisks.map((t) => ({
      id: t.risk.id,
      title: t.risk.title,
      kind: t.risk.kind,
      owner: t.risk.owner ?? null,
      score: t.score,
      rating: t.rating,
      emv: t.emv,
    })),
    exposure: exposureOf(f),
    contingency: contingencyOf(f),
    heatMap: f.heatMap,
    reviewsOverdue: f.reviewsDue
      .filter((d) => d.daysOverdue > 0)
      .map((d) => ({ id: d.risk.id, daysOverdue: d.daysOverdue })),
  };
}

function stakeholdersOf(f: Facts): DashboardStakeholders {
  const review = f.lastReview;
  return {
    grid: (f.stakeholderMap?.quadrants ?? []).map((q) => ({
      quadrant: q.quadrant,
      ids: q.stakeholders.map((s) => s.id),
    })),
    engagementGaps: f.gaps.map((g) => ({
      id: g.id,
      name: g.name,
      current: g.current,
      desired: g.desired,
      gap: g.gap,
    })),
    communicationsDue: f.communicationsDue.map((c) => ({
      id: c.id,
      dueOn: c.dueOn,
      daysOverdue: c.daysOverdue,
    })),
    lastReview:
      review === null
        ? null
        : {
            id: review.id,
            on: review.on,
            invited: review.invited.length,
            attended: review.attended.length,
            notInvited: (f.coverage?.notInvited ?? []).map((s) => s.id),
          },
  };
}

function metaOf(
  entity: { readonly meta?: Readonly<Record<string, unknown>> | undefined } | undefined,
): { readonly meta?: Readonly<Record<string, unknown>> | undefined } {
  return entity?.meta === undefined ? {} : { meta: entity.meta };
}

function workForecastOf(w: WorkForecast): {
  p50: IsoDate | null;
  p50Sprint: number | null;
  p85: IsoDate | null;
  p85Sprint: number | null;
  p85AllTrials: boolean;
} {
  return {
    p50: w.p50?.end ?? null,
    p50Sprint: w.p50?.sprint ?? null,
    p85: w.p85?.end ?? null,
    p85Sprint: w.p85?.sprint ?? null,
    p85AllTrials: w.p85AllTrials,
  };
}

function forecastOf(f: Facts): DashboardForecast {
  const b = f.backlogForecast;
  return {
    firstSprint: f.forecastStart,
    assumedEstimate: f.unestimatedAssumed,
    warnings: f.forecastDiagnostics?.warnings ?? [],
    backlog: { openItems: b.openItems, remaining: b.remaining, ...workForecastOf(b) },
    targets: f.targets.map((t) => ({
      id: t.target.id,
      title: t.target.title,
      due: t.target.due,
      openItems: t.openItems,
      remaining: t.remaining,
      ...workForecastOf(t),
      onTrack: t.onTrack,
      ...metaOf(t.target),
    })),
  };
}

/** @internal Builds the dashboard from facts. */
export function dashboardFromFacts(f: Facts): Dashboard {
  const assessment = projectFromFacts(f);
  return {
    id: f.project.id,
    name: f.project.name,
    currency: f.project.currency,
    asOf: f.asOf,
    ...(f.project.meta === undefined ? {} : { meta: f.project.meta }),
    overall: assessment.overall,
    areas: assessment.areas,
    velocity: velocityOf(f),
    burndown: burndownOf(f),
    forecast: forecastOf(f),
    flow: flowOf(f),
    budget: budgetOf(f),
    earnedValue: earnedValueOf(f),
    businessCase: businessCaseOf(f),
    schedule: scheduleOf(f),
    dateAndCost: dateAndCostOf(f),
    risks: risksOf(f),
    stakeholders: stakeholdersOf(f),
    team: f.team.map((p) => ({
      id: p.id,
      name: p.name,
      capacity: p.capacity,
      assigned: p.assigned,
      load: p.load,
      wip: p.wip,
      aged: p.aged,
      availableDays: p.availableDays,
      daysOff: p.daysOff,
      overAllocated: p.overAllocated,
      ...metaOf(f.people.get(p.id)),
    })),
    roles: { productOwner: assessment.productOwner, projectManager: assessment.projectManager },
  };
}
