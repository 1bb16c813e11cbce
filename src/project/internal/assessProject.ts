/**
 * @internal The project assessment from the computed facts: the five area
 * ratings (the rules `assessProject` documents), the overall rating and both
 * role assessments.
 */
import type { AreaRating, ProjectArea, ProjectAssessment, Rag } from '../assessProject.js';
import { roleFromFacts } from './assessRole.js';
import type { Facts } from './facts.js';
import {
  formatMoney,
  formatPercent,
  formatRatio,
  list,
  plural,
  sprintForecastPhrase,
} from './format.js';
import { p80Of } from './risk.js';

class Rating {
  rag: Rag = 'green';
  readonly reasons: string[] = [];
  red(reason: string): void {
    this.rag = 'red';
    this.reasons.push(reason);
  }
  amber(reason: string): void {
    if (this.rag === 'green') this.rag = 'amber';
    this.reasons.push(reason);
  }
  note(reason: string): void {
    this.reasons.push(reason);
  }
  done(): AreaRating {
    return { rag: this.rag, reasons: this.reasons };
  }
}

const ORDER: Readonly<Record<Rag, number>> = { green: 0, amber: 1, red: 2 };

function scope(f: Facts): AreaRating {
  const r = new Rating();
  if (f.openItems.length === 0) r.red('No open backlog items.');
  for (const t of f.targets) scopeTarget(f, t, r);
  const h = f.health;
  if (h !== null && h.estimatedShare !== null && h.estimatedShare < f.options.minEstimatedShare)
    r.amber(`Only ${formatPercent(h.estimatedShare, 0)} of the top backlog items are estimated.`);
  if (h !== null && h.oversized.length > 0) r.note(`Oversized items: ${list(h.oversized)}.`);
  return r.done();
}

function scopeTarget(f: Facts, t: Facts['targets'][number], r: Rating): void {
  if (t.target.due < f.asOf || t.openItems === 0) return;
  const when = sprintForecastPhrase(t.p50, t.p85, t.p85AllTrials);
  if (t.p50 !== null && t.p50.end > t.target.due)
    r.red(
      `${t.target.id} is more likely late than not: ${when}, after the due date ${t.target.due}.`,
    );
  else if (t.p85 === null) r.amber(`${t.target.id} has no forecast for ${t.target.due}.`);
  else if (!t.onTrack)
    r.amber(`${t.target.id} may be late: ${when}, after the due date ${t.target.due}.`);
  else r.note(`${t.target.id} on track: ${when}, for ${t.target.due}.`);
}

function schedule(f: Facts): AreaRating {
  const r = new Rating();
  const v = f.variance;
  if (f.schedule === null) r.amber('No plan.');
  else if (v === null) r.amber('No baseline to measure slippage against.');
  else if (v.finishSlip > f.options.slipRedDays)
    r.red(`Finish ${v.finishSlip} working days behind the baseline.`);
  else if (v.finishSlip > f.options.slipAmberDays)
    r.amber(`Finish ${v.finishSlip} working days behind the baseline.`);
  else r.note(`Finish ${v.finishSlip} working days from the baseline.`);
  // A missed deadline or a broken constraint is negative float: the plan as it stands cannot keep it.
  for (const c of f.conflicts) {
    const what = c.kind === 'deadline' ? 'its deadline' : `its ${c.kind} constraint`;
    r.amber(`${c.taskId} misses ${what} by ${plural(c.by, 'working day')}.`);
  }
  const index = f.scheduleIndex;
  if (index !== null) {
    const text = `${index.kind === 'spi(t)' ? 'SPI(t)' : 'SPI'} ${formatRatio(index.value)}.`;
    if (index.value < f.options.indexRed) r.red(text);
    else if (index.value < f.options.indexAmber) r.amber(text);
  }
  return r.done();
}

function cost(f: Facts): AreaRating {
  const r = new Rating();
  const b = f.budget;
  if (b === null) r.amber('No budget.');
  else costBudget(f, b, r);
  const cpi = f.evm?.result.cpi?.toNumber() ?? null;
  if (cpi !== null && cpi < f.options.indexRed) r.red(`CPI ${formatRatio(cpi)}.`);
  else if (cpi !== null && cpi < f.options.indexAmber) r.amber(`CPI ${formatRatio(cpi)}.`);
  return r.done();
}

function costBudget(f: Facts, b: NonNullable<Facts['budget']>, r: Rating): void {
  const currency = f.project.currency;
  const fac = b.forecastAtCompletion;
  const over = fac === null || b.total.isZero() ? null : fac.div(b.total).minus(1).toNumber();
  if (b.remaining.isNegative())
    r.red(
      `Spending and commitments exceed the budget by ${formatMoney(b.remaining.negated(), currency)}.`,
    );
  else if (over !== null && over > 2 * f.options.budgetTolerance)
    r.red(`Forecast ${formatPercent(over)} over budget.`);
  else if (over !== null && over > f.options.budgetTolerance)
    r.amber(`Forecast ${formatPercent(over)} over budget.`);
  else if (b.runsOutBeforeEnd) r.amber(`Money runs out on ${b.runOutDate} at the current burn.`);
  else if (over !== null)
    r.note(`Forecast within ${formatPercent(f.options.budgetTolerance, 0)} of budget.`);
}

function risk(f: Facts): AreaRating {
  const r = new Rating();
  if (f.project.risks.length === 0) {
    r.amber('The risk register is empty.');
    return r.done();
  }
  const top = f.ratingNames[0];
  const unanswered = f.rankedRisks.filter(
    (t) => t.rating === top && f.withoutResponse.some((w) => w.id === t.risk.id),
  );
  // An unanswered opportunity is a chance missed, not a danger: threats only turn the area red.
  const threats = unanswered.filter((t) => t.risk.kind !== 'opportunity');
  const missed = unanswered.filter((t) => t.risk.kind === 'opportunity');
  if (threats.length > 0)
    r.red(`${top} threats without a response: ${list(threats.map((t) => t.risk.id))}.`);
  if (missed.length > 0)
    r.note(
      `Missed opportunity: ${list(missed.map((t) => t.risk.id))} rated ${top} without a response.`,
    );
  const overdue = f.reviewsDue.filter((d) => d.daysOverdue > 0).length;
  if (overdue > 0) r.amber(`${plural(overdue, 'risk review')} overdue.`);
  const threatsWithout = f.withoutResponse.filter((w) => w.kind !== 'opportunity').length;
  if (threatsWithout > 0) r.amber(`${plural(threatsWithout, 'threat')} without a response.`);
  if (f.unowned.length > 0) r.amber(`${plural(f.unowned.length, 'risk')} without an owner.`);
  contingencyRating(f, r);
  return r.done();
}

/** Compares the P80 residual risk cost with what is left of the contingency line. */
function contingencyRating(f: Facts, r: Rating): void {
  const sim = f.simulation;
  const reserve = f.contingency;
  if (sim === null || reserve === null) return;
  const p80 = p80Of(sim);
  const left = formatMoney(reserve.remaining, f.project.currency);
  const of = `${left} left of the contingency of ${formatMoney(reserve.line, f.project.currency)}`;
  const cost = `P80 risk cost ${formatMoney(Math.round(p80), f.project.currency)}`;
  if (reserve.remaining.times(2).lt(p80)) r.red(`${cost} is more than twice the ${of}.`);
  else if (reserve.remaining.lt(p80)) r.amber(`${cost} exceeds the ${of}.`);
}

function stakeholders(f: Facts): AreaRating {
  const r = new Rating();
  if (f.project.stakeholders.length === 0) {
    r.amber('The stakeholder register is empty.');
    return r.done();
  }
  const quadrant = f.stakeholderMap?.byId ?? {};
  const hostile = f.project.stakeholders.filter(
    (s) => quadrant[s.id] === 'manage-closely' && s.engagement.current === 'resistant',
  );
  if (hostile.length > 0)
    r.red(`Manage-closely stakeholders resist the project: ${list(hostile.map((s) => s.name))}.`);
  const notInvited = f.coverage?.notInvited.filter((s) => s.quadrant === 'manage-closely') ?? [];
  if (notInvited.length > 0)
    r.amber(`Not invited to the last review: ${list(notInvited.map((s) => s.name))}.`);
  const wide = f.gaps.filter(
    (g) => g.direction === 'raise' && g.gap >= f.options.engagementGapLevels,
  );
  if (wide.length > 0)
    r.amber(`${plural(wide.length, 'stakeholder')} far from the desired engagement.`);
  if (f.lastReview === null && f.finishedSprints.length > 0) r.amber('No sprint review held.');
  if (f.coverage?.attendanceShare !== null && f.coverage !== null)
    r.note(`Last review attendance ${formatPercent(f.coverage.attendanceShare as number, 0)}.`);
  return r.done();
}

/** @internal Rates every area from the facts. */
export function areasFromFacts(f: Facts): Readonly<Record<ProjectArea, AreaRating>> {
  return {
    scope: scope(f),
    schedule: schedule(f),
    cost: cost(f),
    risk: risk(f),
    stakeholders: stakeholders(f),
  };
}

/** @internal Worst of the area ratings. */
export function overallOf(areas: Readonly<Record<ProjectArea, AreaRating>>): Rag {
  let worst: Rag = 'green';
  for (const a of Object.values(areas)) if (ORDER[a.rag] > ORDER[worst]) worst = a.rag;
  return worst;
}

/** @internal Builds the project assessment from facts. */
export function projectFromFacts(f: Facts): ProjectAssessment {
  const areas = areasFromFacts(f);
  return {
    asOf: f.asOf,
    overall: overallOf(areas),
    areas,
    productOwner: roleFromFacts(f, 'product-owner'),
    projectManager: roleFromFacts(f, 'project-manager'),
  };
}
