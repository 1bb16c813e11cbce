/**
 * @internal How each of the ten responsibilities is judged from the facts:
 * the evidence sentences (with figures), the status and the actions.
 */
import type { Decimal } from '../../core/numbers.js';
import type { EarnedValueResult } from '../../finance/index.js';
import type { ResponsibilityId } from '../../roles/index.js';
import { RESPONSIBILITIES } from '../../roles/index.js';
import type { ResponsibilityAssessment } from '../responsibilities.js';
import { daysSince, type Facts } from './facts.js';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  formatRatio,
  list,
  plural,
  sprintForecastPhrase,
} from './format.js';
import { p80Of } from './risk.js';

type Verdict = Omit<ResponsibilityAssessment, 'id' | 'title'>;

class Findings {
  private readonly issues: string[] = [];
  private readonly facts: string[] = [];
  private readonly todo: string[] = [];
  fact(sentence: string): void {
    this.facts.push(sentence);
  }
  issue(sentence: string, action: string): void {
    this.issues.push(sentence);
    if (!this.todo.includes(action)) this.todo.push(action);
  }
  done(): Verdict {
    return {
      status: this.issues.length > 0 ? 'attention' : 'ok',
      evidence: [...this.issues, ...this.facts],
      findings: this.issues.length,
      actions: this.todo,
    };
  }
}

function missing(evidence: string, action: string): Verdict {
  return { status: 'missing', evidence: [evidence], findings: 1, actions: [action] };
}

function notApplicable(evidence: string): Verdict {
  return { status: 'not-applicable', evidence: [evidence], findings: 0, actions: [] };
}

function money(f: Facts, d: Decimal | number): string {
  return formatMoney(d, f.project.currency);
}

function num(d: Decimal | null): number | null {
  return d === null ? null : d.toNumber();
}

function name(f: Facts, id: string): string {
  return f.people.get(id)?.name ?? id;
}

function funding(f: Facts): Verdict {
  const b = f.budget;
  if (b === null)
    return missing(
      'No budget is recorded, so nobody can see whether the work is funded.',
      'Agree the budget with the sponsor and record it with its actuals and commitments.',
    );
  const out = new Findings();
  const spentShare = num(b.spentRatio);
  out.fact(
    `Budget ${money(f, b.total)}: ${money(f, b.spent)} spent${spentShare === null ? '' : ` (${formatPercent(spentShare)})`} at ${formatPercent(b.timeElapsedRatio)} of the budget period.`,
  );
  if (!b.committed.isZero())
    out.fact(`${money(f, b.committed)} committed; ${money(f, b.remaining)} still free.`);
  fundingForecast(f, b, out);
  fundingOverrun(f, b, out);
  fundingTeam(f, out);
  return out.done();
}

type BudgetFacts = NonNullable<Facts['budget']>;

function fundingForecast(f: Facts, b: BudgetFacts, out: Findings): void {
  const fac = b.forecastAtCompletion;
  if (fac !== null && !b.total.isZero()) {
    const over = fac.div(b.total).minus(1).toNumber();
    const rate =
      b.burnRatePerMonth === null
        ? ''
        : ` at the current burn of ${money(f, b.burnRatePerMonth.toDecimalPlaces(0))} a month`;
    if (over > f.options.budgetTolerance)
      out.issue(
        `Forecast at completion ${money(f, fac.toDecimalPlaces(0))}${rate} is ${formatPercent(over)} over budget.`,
        'Ask the sponsor for the shortfall, or agree which scope to cut, before the money runs out.',
      );
    else
      out.fact(
        `Forecast at completion ${money(f, fac.toDecimalPlaces(0))}${rate}, ${over > 0 ? `${formatPercent(over)} over` : `${formatPercent(-over)} under`} the budget (tolerance ${formatPercent(f.options.budgetTolerance, 0)}).`,
      );
  }
}

function fundingOverrun(f: Facts, b: BudgetFacts, out: Findings): void {
  if (b.remaining.isNegative())
    out.issue(
      `Spending and commitments exceed the budget by ${money(f, b.remaining.negated())}.`,
      'Stop new commitments until the sponsor approves more funds.',
    );
  else if (b.runsOutBeforeEnd && b.runOutDate !== null)
    out.issue(
      `At the current burn the money runs out on ${b.runOutDate}, before the budget period ends on ${f.project.budget?.end}.`,
      'Agree with the sponsor how the last weeks are funded: more money, a slower burn or less scope.',
    );
  const finish = f.schedule?.finish;
  const end = f.project.budget?.end;
  if (finish !== undefined && end !== undefined && finish > end)
    out.issue(
      `The plan finishes on ${finish}, after the funded period ends on ${end}.`,
      'Extend the funding period or bring the planned finish forward.',
    );
}

function fundingTeam(f: Facts, out: Findings): void {
  const capacity = f.team.reduce((s, p) => s + p.capacity, 0);
  if (f.team.length === 0)
    out.issue(
      'No team member has capacity to deliver the work.',
      'Staff the team, or record the capacity of its members.',
    );
  else
    out.fact(
      `Team capacity ${formatNumber(capacity)} points a sprint from ${plural(f.team.length, 'person', 'people')}.`,
    );
}

/**
 * The forecast overspend is money at completion, undiscounted; the NPV is
 * discounted. They are stated apart, never subtracted: an overspend as large
 * as the NPV may wipe out the return and needs a re-appraisal.
 */
function overspendAgainstNpv(f: Facts, out: Findings, overspend: Decimal, npv: Decimal): void {
  const sentence = `The forecast overspend of ${money(f, overspend.toDecimalPlaces(0))} (at completion, undiscounted) is not in the NPV of ${money(f, npv.toDecimalPlaces(0))}.`;
  if (npv.gt(0) && overspend.gte(npv))
    out.issue(
      sentence,
      'The overspend may wipe out the return: re-appraise the options with the new cost before spending more.',
    );
  else out.fact(sentence);
}

function value(f: Facts): Verdict {
  const a = f.appraisal;
  if (a === null)
    return missing(
      'No business case is recorded, so the return on the money cannot be monitored.',
      'Record the business case (options with costs and benefits) so ROI and NPV can be tracked.',
    );
  const out = new Findings();
  valueRecommended(f, a, out);
  valueEvm(f, out);
  if (f.budget === null)
    out.issue(
      'No budget is recorded, so spending cannot be set against the value.',
      'Record the budget with its actuals.',
    );
  return out.done();
}

function valueRecommended(f: Facts, a: NonNullable<Facts['appraisal']>, out: Findings): void {
  const rec = a.options.find((o) => o.optionId === a.recommended.optionId) ?? a.options[0];
  if (rec === undefined) return;
  const roi = num(rec.roi);
  out.fact(
    `Recommended option "${rec.name}": NPV ${money(f, rec.npv.toDecimalPlaces(0))} at ${formatPercent(a.discountRate.toNumber())} over ${plural(a.horizon, 'period')}${roi === null ? '' : `, ROI ${formatPercent(roi)}`}, payback ${rec.payback === null ? 'never' : `${formatNumber(rec.payback)} periods`}.`,
  );
  if (rec.increment !== null)
    out.fact(
      `Against doing nothing it adds ${money(f, rec.increment.npv.toDecimalPlaces(0))} of NPV.`,
    );
  if (rec.npv.lte(0))
    out.issue(
      `The recommended option's NPV is ${rec.npv.isZero() ? 'zero' : 'negative'}: ${money(f, rec.npv.toDecimalPlaces(0))}.`,
      'Revisit the case with the sponsor: stop, change the scope or accept the project on non-financial grounds.',
    );
  const fac = f.budget?.forecastAtCompletion ?? null;
  const total = f.budget?.total ?? null;
  if (fac !== null && total !== null && fac.gt(total))
    overspendAgainstNpv(f, out, fac.minus(total), rec.npv);
}

function valueEvm(f: Facts, out: Findings): void {
  const evm = f.evm;
  if (evm !== null) {
    const cpi = num(evm.result.cpi);
    const eac = evm.result.eac.cpi;
    if (cpi !== null && cpi < f.options.indexAmber)
      out.issue(
        `CPI ${formatRatio(cpi)} on ${evm.asOf}: each ${f.project.currency} 1 spent earns ${f.project.currency} ${formatRatio(cpi)} of planned work${eac === null ? '' : `; estimate at completion ${money(f, eac.toDecimalPlaces(0))} against ${money(f, evm.result.bac)}`}.`,
        'Review the cost drivers with the Project Manager and check that the value still exceeds the estimate at completion.',
      );
    else if (cpi !== null) out.fact(`CPI ${formatRatio(cpi)} on ${evm.asOf}.`);
  }
}

function backlog(f: Facts): Verdict {
  const h = f.health;
  if (h === null || f.openItems.length === 0)
    return missing(
      'The backlog has no open items: there is nothing ordered for the team to build next.',
      'Write the next backlog items with the stakeholders and order them by value.',
    );
  const out = new Findings();
  const byId = new Map(f.backlogItems.map((i) => [i.id, i]));
  const top = h.top.map((id) => byId.get(id)).filter((i) => i !== undefined);
  const unestimated = top.filter((i) => i.estimate === undefined).map((i) => i.id);
  const ready = top.filter((i) => i.status === 'ready' || i.status === 'in-progress').length;
  out.fact(
    `${plural(h.openItems, 'open item')}; of the top ${top.length}, ${top.length - unestimated.length} are estimated and ${ready} are ready or in progress.`,
  );
  if (h.estimatedShare !== null && h.estimatedShare < f.options.minEstimatedShare)
    out.issue(
      `${unestimated.length} of the top ${top.length} backlog items are unestimated (${list(unestimated)}).`,
      'Estimate the top of the backlog with the team at the next refinement.',
    );
  else if (unestimated.length > 0)
    out.fact(
      `${unestimated.length} of the top ${top.length} backlog items ${unestimated.length === 1 ? 'is' : 'are'} unestimated (${list(unestimated)}).`,
    );
  if (h.readyShare !== null && h.readyShare < f.options.minReadyShare)
    out.issue(
      `Only ${ready} of the top ${top.length} items are ready.`,
      'Refine the top items until they meet the definition of ready.',
    );
  backlogHygiene(f, h, byId, out);
  return out.done();
}

function backlogHygiene(
  f: Facts,
  h: NonNullable<Facts['health']>,
  byId: ReadonlyMap<string, Facts['backlogItems'][number]>,
  out: Findings,
): void {
  if (h.oversized.length > 0)
    out.issue(
      `${plural(h.oversized.length, 'open item')} ${h.oversized.length === 1 ? 'is' : 'are'} larger than ${f.options.maxItemEstimate} points (${list(h.oversized.map((id) => `${id}: ${byId.get(id)?.estimate}`))}).`,
      `Split ${list(h.oversized)} into items that fit in a sprint.`,
    );
  if (h.stale.length > 0)
    out.issue(
      `${plural(h.stale.length, 'open item')} ${h.stale.length === 1 ? 'has' : 'have'} waited more than ${f.options.staleAfterDays} days (${list(h.stale)}).`,
      'Review the stale items: re-order, refresh or remove them.',
    );
  if (h.missingInputs.length > 0)
    out.issue(
      `${plural(h.missingInputs.length, 'open item')} ${h.missingInputs.length === 1 ? 'has' : 'have'} no WSJF inputs (${list(h.missingInputs)}), so ${h.missingInputs.length === 1 ? 'it cannot' : 'they cannot'} be ranked.`,
      'Score the unscored items (business value, time criticality, risk reduction, job size).',
    );
  if (h.dependencyProblems.length > 0)
    out.issue(
      `${plural(h.dependencyProblems.length, 'dependency problem')}: ${list(h.dependencyProblems.map((d) => `${d.id} → ${d.dependsOn} (${d.problem})`))}.`,
      'Re-order the backlog so no item sits above what it depends on.',
    );
}

function stakeholders(f: Facts): Verdict {
  const map = f.stakeholderMap;
  if (map === null)
    return missing(
      'The stakeholder register is empty.',
      'Identify the stakeholders with their power, interest and desired engagement.',
    );
  const out = new Findings();
  const counts = map.quadrants.map(
    (q) => `${q.stakeholders.length} ${q.label.toLowerCase().replace(/-/g, ' ')}`,
  );
  out.fact(`${plural(f.project.stakeholders.length, 'stakeholder')}: ${list(counts, 4)}.`);
  stakeholderReview(f, out);
  stakeholderFollowUp(f, out);
  return out.done();
}

function stakeholderReview(f: Facts, out: Findings): void {
  const review = f.lastReview;
  const cov = f.coverage;
  if (review === null) {
    if (f.finishedSprints.length > 0)
      out.issue(
        `No sprint review is recorded after ${plural(f.finishedSprints.length, 'finished sprint')}.`,
        'Hold a sprint review and invite the manage-closely stakeholders.',
      );
  } else if (cov !== null) {
    const closely = cov.notInvited.filter((s) => s.quadrant === 'manage-closely');
    const others = cov.notInvited.filter((s) => s.quadrant !== 'manage-closely');
    if (closely.length > 0)
      out.issue(
        `${closely.length} manage-closely ${closely.length === 1 ? 'stakeholder was' : 'stakeholders were'} not invited to the last review (${list(closely.map((s) => s.name))}; ${review.id} on ${review.on}).`,
        `Invite ${list(closely.map((s) => s.name))} to the next sprint review.`,
      );
    if (others.length > 0)
      out.issue(
        `${plural(others.length, 'highly interested stakeholder')} ${others.length === 1 ? 'was' : 'were'} not invited to the last review (${list(others.map((s) => s.name))}).`,
        `Invite ${list(others.map((s) => s.name))} to the next sprint review.`,
      );
    out.fact(
      `${review.attended.length} of ${review.invited.length} invited stakeholders attended the last review (${review.id} on ${review.on}).`,
    );
  }
}

function stakeholderFollowUp(f: Facts, out: Findings): void {
  const wide = f.gaps.filter(
    (g) => g.direction === 'raise' && g.gap >= f.options.engagementGapLevels,
  );
  if (wide.length > 0)
    out.issue(
      `${plural(wide.length, 'stakeholder')} ${wide.length === 1 ? 'is' : 'are'} ${f.options.engagementGapLevels} or more engagement levels below the desired level (${list(wide.map((g) => `${g.name}: ${g.current} → ${g.desired}`))}).`,
      `Plan engagement actions for ${list(wide.map((g) => g.name))}.`,
    );
  const overdue = f.communicationsDue.filter((c) => c.daysOverdue === null || c.daysOverdue > 0);
  if (overdue.length > 0)
    out.issue(
      `${plural(overdue.length, 'planned communication')} ${overdue.length === 1 ? 'is' : 'are'} overdue (${list(overdue.map((c) => (c.daysOverdue === null ? `${c.name}: never contacted` : `${c.name}: ${c.daysOverdue} days`)))}).`,
      `Contact ${list(overdue.map((c) => c.name))} as the communication plan says.`,
    );
}

function poProgress(f: Facts): Verdict {
  if (f.finishedSprints.length === 0 && f.lastReview === null)
    return notApplicable('No sprint has finished yet, so there is no progress to explain.');
  if (f.lastReview === null && f.project.targets.length === 0)
    return missing(
      'No sprint review and no target is recorded: stakeholders hear nothing about progress.',
      'Hold a sprint review with the stakeholders and set the next targets with dates.',
    );
  const out = new Findings();
  poReview(f, out);
  poTargets(f, out);
  if (f.unestimatedAssumed !== null)
    out.fact(
      `Unestimated items count at the median open estimate of ${formatNumber(f.unestimatedAssumed)} points in the forecasts.`,
    );
  return out.done();
}

function poReview(f: Facts, out: Findings): void {
  const review = f.lastReview;
  if (review === null)
    out.issue(
      `No sprint review is recorded after ${plural(f.finishedSprints.length, 'finished sprint')}.`,
      'Explain progress to the stakeholders at a sprint review.',
    );
  else {
    const since = daysSince(f, review.on);
    const sentence = `The last sprint review was ${plural(since, 'day')} ago (${review.id} on ${review.on}).`;
    if (since > f.options.maxDaysSinceReview)
      out.issue(
        sentence,
        'Hold a sprint review: stakeholders have not seen progress for too long.',
      );
    else out.fact(sentence);
  }
}

function poTargets(f: Facts, out: Findings): void {
  const future = f.targets.filter((t) => t.target.due >= f.asOf);
  if (future.length === 0)
    out.issue(
      'No target is set beyond today.',
      'Set the next targets with dates and the backlog items they need.',
    );
  for (const t of future.slice(0, 3)) {
    const forecast =
      t.openItems === 0
        ? 'all its items are done'
        : t.p50 === null
          ? `${formatNumber(t.remaining)} points left, no forecast (no velocity yet)`
          : `${formatNumber(t.remaining)} points left, forecast ${sprintForecastPhrase(t.p50, t.p85, t.p85AllTrials)}`;
    const sentence = `Target ${t.target.id} "${t.target.title}" due ${t.target.due}: ${forecast}.`;
    if (t.onTrack) out.fact(sentence);
    else
      out.issue(
        sentence,
        `Re-plan ${t.target.id} with the stakeholders now: cut scope or move the date.`,
      );
  }
}

function businessCase(f: Facts): Verdict {
  const a = f.appraisal;
  const bc = f.project.businessCase;
  if (a === null || bc === undefined)
    return missing(
      'No business case is recorded.',
      'Write the business case: reasons, options (do nothing, do minimum, do something), costs, benefits and major risks.',
    );
  const out = new Findings();
  const rec = a.options.find((o) => o.optionId === a.recommended.optionId);
  out.fact(
    `${plural(a.options.length, 'option')} appraised at ${formatPercent(a.discountRate.toNumber())} over ${plural(a.horizon, 'period')}; recommended: "${rec?.name ?? a.recommended.optionId}".`,
  );
  businessCaseOptions(f, a, out);
  if (rec?.npv.lte(0))
    out.issue(
      `The recommended option has a negative NPV (${money(f, rec.npv.toDecimalPlaces(0))}).`,
      'Review whether the project is still justified; escalate to the sponsor.',
    );
  businessCaseRisks(f, bc.risks ?? [], out);
  return out.done();
}

function businessCaseOptions(f: Facts, a: NonNullable<Facts['appraisal']>, out: Findings): void {
  for (const o of a.options) {
    const irr = o.irr === null ? 'no IRR' : `IRR ${formatPercent(o.irr.toNumber())}`;
    const payback =
      o.kind === 'do-nothing'
        ? ''
        : `, payback ${o.payback === null ? 'never' : `${formatNumber(o.payback)} periods`}`;
    out.fact(`${o.name}: NPV ${money(f, o.npv.toDecimalPlaces(0))}, ${irr}${payback}.`);
  }
  const kinds = new Set(a.options.map((o) => o.kind));
  if (a.options.length < 3 || !kinds.has('do-nothing'))
    out.issue(
      `The case compares ${plural(a.options.length, 'option')}${kinds.has('do-nothing') ? '' : ' and no do-nothing baseline'}.`,
      'Appraise at least do nothing, do minimum and do something.',
    );
}

function businessCaseRisks(f: Facts, riskIds: readonly string[], out: Findings): void {
  const known = new Set(f.project.risks.map((r) => r.id));
  const unknown = riskIds.filter((id) => !known.has(id));
  if (riskIds.length === 0)
    out.issue(
      'The business case names no major risks.',
      'Link the major risks of the register to the business case.',
    );
  else if (unknown.length > 0)
    out.issue(
      `The business case names ${plural(unknown.length, 'risk')} missing from the register (${list(unknown)}).`,
      'Add the business case risks to the register or correct their ids.',
    );
  else
    out.fact(`${plural(riskIds.length, 'major risk')} linked to the register (${list(riskIds)}).`);
}

/** The critical paths as `criticalPath` reports them, each a real chain; the critical tasks named as a list. */
function criticalPathSentence(f: Facts): string {
  const paths = f.criticalPaths.map((p) => p.join(' → '));
  if (paths.length === 1) return `Critical path: ${paths[0]}.`;
  if (paths.length > 1)
    return `${paths.length} critical paths: ${paths.join('; ')} (critical tasks: ${list(f.criticalTasks, 20)}).`;
  return `Critical tasks: ${list(f.criticalTasks, 20)}.`;
}

function plans(f: Facts): Verdict {
  const s = f.schedule;
  if (s === null)
    return missing(
      'No plan is recorded.',
      'Build the plan: tasks, durations, dependencies and milestones.',
    );
  const out = new Findings();
  out.fact(
    `${plural(s.tasks.length, 'task')}; planned finish ${s.finish} (${formatNumber(s.duration)} working days from ${s.start}).`,
  );
  out.fact(criticalPathSentence(f));
  const v = f.variance;
  if (v === null)
    out.issue(
      'No baseline is recorded, so slippage cannot be measured.',
      'Baseline the approved plan (toBaseline) and keep it in the project.',
    );
  else planVariance(f, v, out);
  return out.done();
}

function planVariance(f: Facts, v: NonNullable<Facts['variance']>, out: Findings): void {
  const critical = f.criticalTasks;
  const sentence =
    v.finishSlip > 0
      ? `Finish ${plural(v.finishSlip, 'working day')} behind the baseline (${v.baselineFinish} → ${v.finish}).`
      : v.finishSlip < 0
        ? `Finish ${plural(-v.finishSlip, 'working day')} ahead of the baseline (${v.baselineFinish} → ${v.finish}).`
        : `Finish on the baseline date ${v.baselineFinish}.`;
  if (v.finishSlip > f.options.slipAmberDays) {
    const lateCritical = critical.filter((id) => v.late.includes(id));
    out.issue(
      sentence,
      `Recover the critical path (fast-track or crash ${list(lateCritical.length > 0 ? lateCritical : v.late)}) or re-baseline with the sponsor.`,
    );
  } else out.fact(sentence);
  const slipped = v.milestones.filter((m) => m.slip > 0);
  if (slipped.length > 0)
    out.fact(
      `${plural(slipped.length, 'milestone')} slipped (${list(slipped.map((m) => `${m.id} +${m.slip}`))}).`,
    );
  if (v.added.length > 0 || v.removed.length > 0)
    out.fact(
      `Since the baseline ${plural(v.added.length, 'task')} added and ${v.removed.length} removed.`,
    );
}

/**
 * What the rest of the work needs: the TCPI to finish on budget while the
 * BAC can still be met; once the actual cost has reached the BAC with work
 * left, the BAC is out of reach and the TCPI against the EAC is quoted.
 */
function tcpiClause(f: Facts, r: EarnedValueResult): string {
  const reachable = r.ac.lt(r.bac) || r.ev.gte(r.bac);
  const bac = num(r.tcpiBac);
  if (reachable)
    return bac === null ? '' : ` (a TCPI of ${formatRatio(bac)} is needed to finish on budget)`;
  const eac = r.eac.cpi;
  const onEac = num(r.tcpiEac);
  const against =
    eac === null || onEac === null
      ? ''
      : `; finishing at the estimate at completion of ${money(f, eac.toDecimalPlaces(0))} needs a TCPI of ${formatRatio(onEac)}`;
  return ` (the budget at completion of ${money(f, r.bac)} is out of reach: ${money(f, r.ac)} is already spent${against})`;
}

function pmProgress(f: Facts): Verdict {
  if (f.project.sprints.length === 0 && f.project.workItems.length === 0)
    return missing(
      'No sprints or work items are recorded.',
      'Track the work: record sprints and work items with their dates.',
    );
  const finishedWork = f.project.workItems.some(
    (w) => w.finishedOn !== undefined && w.finishedOn <= f.asOf,
  );
  if (f.finishedSprints.length === 0 && !finishedWork)
    return notApplicable('No sprint and no work item has finished yet.');
  const out = new Findings();
  pmVelocity(f, out);
  pmSprint(f, out);
  pmEvm(f, out);
  const flow = f.flow;
  if (flow !== null && flow.cycleTime !== null)
    out.fact(
      `Cycle time P50 ${flow.cycleTime.percentiles[50]} days, P85 ${flow.cycleTime.percentiles[85]} days; throughput ${formatNumber(flow.throughput.mean, 2)} items a day (${flow.from} to ${flow.to}).`,
    );
  return out.done();
}

function pmVelocity(f: Facts, out: Findings): void {
  const v = f.velocity;
  if (v !== null)
    out.fact(
      `Velocity ${formatNumber(v.mean)} points a sprint over the last ${plural(v.count, 'sprint')} (${v.stdDev === null ? 'one value' : `σ ${formatNumber(v.stdDev)}`}, last ${formatNumber(v.last)}).`,
    );
  if (f.sayDo !== null) {
    const sentence = `Say/do ratio ${formatRatio(f.sayDo)} over the last ${plural(Math.min(3, f.finishedSprints.length), 'sprint')}.`;
    if (f.sayDo < f.options.minSayDo)
      out.issue(sentence, "Commit to no more than the recent velocity (yesterday's weather).");
    else out.fact(sentence);
  }
}

function pmSprint(f: Facts, out: Findings): void {
  const v = f.velocity;
  const cur = f.currentSprint;
  const bd = f.burndown;
  if (cur === null || bd === null) return;
  const today = bd.days[bd.days.length - 1];
  if (today !== undefined) {
    const gap = today.remaining - today.ideal;
    const sentence = `Sprint ${cur.id}: ${formatNumber(today.remaining)} points remain after day ${today.day} of ${bd.workingDays} (ideal ${formatNumber(today.ideal)}).`;
    if (gap > 0.1 * Math.max(1, bd.committed + bd.scopeChange.added))
      out.issue(
        sentence,
        `Review the scope of ${cur.id} with the Product Owner before the sprint ends.`,
      );
    else out.fact(sentence);
  }
  if (v !== null && cur.committed > v.mean * 1.1)
    out.issue(
      `Sprint ${cur.id} committed ${formatNumber(cur.committed)} points against a mean velocity of ${formatNumber(v.mean)}.`,
      "Commit to no more than the recent velocity (yesterday's weather).",
    );
}

function pmEvm(f: Facts, out: Findings): void {
  const evm = f.evm;
  if (evm !== null) {
    const cpi = num(evm.result.cpi);
    const spi = num(evm.result.spi);
    const tcpi = tcpiClause(f, evm.result);
    const sentence = `CPI ${cpi === null ? 'n/a' : formatRatio(cpi)} and SPI ${spi === null ? 'n/a' : formatRatio(spi)} on ${evm.asOf}.`;
    if (
      (cpi !== null && cpi < f.options.indexAmber) ||
      (spi !== null && spi < f.options.indexAmber)
    )
      out.issue(sentence, `Find the cost and schedule drivers and agree a recovery plan${tcpi}.`);
    else out.fact(sentence);
  }
}

function risks(f: Facts): Verdict {
  if (f.project.risks.length === 0 || f.register === null)
    return missing(
      'The risk register is empty.',
      'Run a risk workshop and record threats and opportunities with owners.',
    );
  const out = new Findings();
  const threats = f.activeRisks.filter((r) => r.kind === 'threat').length;
  const upper = f.ratingNames.slice(0, 2);
  const high = f.rankedRisks.filter((t) => t.rating !== null && upper.includes(t.rating)).length;
  out.fact(
    `${plural(f.activeRisks.length, 'open risk')} (${plural(threats, 'threat')}, ${plural(f.activeRisks.length - threats, 'opportunity', 'opportunities')}); ${high} rated ${[...upper].reverse().join(' or ')}.`,
  );
  const e = f.exposure;
  if (e !== null)
    out.fact(
      `Expected net risk cost ${money(f, e.netCost.toDecimalPlaces(0))} (threats ${money(f, e.threatCost.toDecimalPlaces(0))}, opportunities save ${money(f, e.opportunitySaving.toDecimalPlaces(0))}); responses cost ${money(f, e.responseCost)}.`,
    );
  riskSimulation(f, out);
  riskHygiene(f, out);
  return out.done();
}

function riskSimulation(f: Facts, out: Findings): void {
  const sim = f.simulation;
  if (sim !== null) {
    const p80 = p80Of(sim);
    const reserve = f.contingency;
    const sentence = `Residual risk cost at P80 ${money(f, Math.round(p80))} (${sim.trials} trials)${reserve === null ? '' : ` against ${money(f, reserve.remaining)} left of the contingency of ${money(f, reserve.line)}`}.`;
    if (reserve?.remaining.lt(p80))
      out.issue(
        sentence,
        'Raise the contingency to the P80 risk cost or reduce the exposure with responses.',
      );
    else out.fact(sentence);
  }
}

function riskHygiene(f: Facts, out: Findings): void {
  const overdue = f.reviewsDue.filter((d) => d.daysOverdue > 0);
  if (overdue.length > 0)
    out.issue(
      `${plural(overdue.length, 'risk')} ${overdue.length === 1 ? 'is' : 'are'} past the review date (${list(overdue.map((d) => `${d.risk.id}: ${d.daysOverdue} days`))}).`,
      `Review ${list(overdue.map((d) => d.risk.id))} with their owners this week.`,
    );
  if (f.unowned.length > 0)
    out.issue(
      `${plural(f.unowned.length, 'open risk')} ${f.unowned.length === 1 ? 'has' : 'have'} no owner (${list(f.unowned.map((r) => r.id))}).`,
      'Give every open risk an owner.',
    );
  if (f.withoutResponse.length > 0)
    out.issue(
      `${plural(f.withoutResponse.length, 'open risk')} ${f.withoutResponse.length === 1 ? 'has' : 'have'} no response (${list(f.withoutResponse.map((r) => r.id))}).`,
      `Agree a response strategy for ${list(f.withoutResponse.map((r) => r.id))}.`,
    );
  if (f.escalated.length > 0)
    out.fact(
      `${plural(f.escalated.length, 'risk')} escalated (${list(f.escalated.map((r) => r.id))}).`,
    );
}

function admin(f: Facts): Verdict {
  if (f.project.people.length === 0)
    return missing(
      'No team members are recorded.',
      'Record the team with capacity and availability.',
    );
  if (!f.started) return notApplicable(`The project starts on ${f.project.start}.`);
  if (f.project.workItems.length === 0)
    return missing(
      "No work items are recorded, so the team's daily performance is invisible.",
      'Track the work items with their dates and assignees.',
    );
  const out = new Findings();
  adminRoles(f, out);
  adminRaci(f, out);
  adminTeam(f, out);
  return out.done();
}

function adminRoles(f: Facts, out: Findings): void {
  const roles = f.project.roles;
  if (f.roleCheck.ok)
    out.fact(
      `${name(f, roles.productOwner)} is Product Owner and ${name(f, roles.projectManager)} is Project Manager.`,
    );
  else
    for (const finding of f.roleCheck.findings)
      out.issue(
        `Role assignment: ${finding.reason.split('. ')[0]?.replace(/\.$/, '')}.`,
        'Fix the role assignment with the sponsor.',
      );
}

function adminRaci(f: Facts, out: Findings): void {
  const raci = f.raci;
  if (raci === null)
    out.issue(
      'No RACI matrix is recorded.',
      'Agree who is responsible and accountable for each responsibility (see defaultRaci).',
    );
  else {
    const errors = raci.findings.filter((x) => x.severity === 'error');
    if (errors.length > 0)
      out.issue(
        `The RACI matrix breaks ${plural(errors.length, 'rule')}: ${list(
          errors.map((x) => x.message),
          3,
        )}.`,
        'Correct the RACI matrix: one Accountable and at least one Responsible per activity.',
      );
    else
      out.fact(
        `RACI matrix valid for ${plural(Object.keys(f.project.raci?.assignments ?? {}).length, 'activity', 'activities')}.`,
      );
  }
}

function adminTeam(f: Facts, out: Findings): void {
  const wip = f.team.reduce((s, p) => s + p.wip, 0);
  out.fact(
    `${plural(f.team.length, 'team member')} with capacity, ${plural(wip, 'item')} in progress.`,
  );
  const sprint = f.currentSprint?.id ?? 'the running sprint';
  for (const p of f.team) adminPerson(f, p, sprint, out);
  adminAged(f, out);
  if (f.unassignedOpen.length > 0)
    out.fact(
      `${plural(f.unassignedOpen.length, 'item')} in ${sprint} ${f.unassignedOpen.length === 1 ? 'has' : 'have'} no assignee (${list(f.unassignedOpen)}).`,
    );
}

function adminPerson(f: Facts, p: Facts['team'][number], sprint: string, out: Findings): void {
  if (p.load !== null && p.load > f.options.maxLoad)
    out.issue(
      `${p.name}: ${formatNumber(p.assigned)} points assigned in ${sprint} against a capacity of ${formatNumber(p.capacity)} (${formatPercent(p.load, 0)}).`,
      `Rebalance ${p.name}'s work in ${sprint}.`,
    );
  if (p.wip > f.options.wipPerPerson)
    out.issue(
      `${p.name} has ${p.wip} items in progress (limit ${f.options.wipPerPerson}).`,
      `Help ${p.name} finish work before starting more (stop starting, start finishing).`,
    );
}

function adminAged(f: Facts, out: Findings): void {
  const aged = (f.ages?.items ?? []).filter((a) => a.passed !== null && a.passed >= 85);
  if (aged.length > 0) {
    const p85 = f.ages?.percentiles[85];
    out.issue(
      `${plural(aged.length, 'item')} in progress ${aged.length === 1 ? 'is' : 'are'} older than the P85 cycle time of ${p85} days (${list(aged.map((a) => `${a.id}: ${a.age} days`))}).`,
      `Swarm on ${list(aged.map((a) => a.id))} to finish ${aged.length === 1 ? 'it' : 'them'}.`,
    );
  }
}

const EVALUATORS: Readonly<Record<ResponsibilityId, (f: Facts) => Verdict>> = {
  'po.funding': funding,
  'po.value': value,
  'po.backlog': backlog,
  'po.stakeholders': stakeholders,
  'po.progress': poProgress,
  'pm.business-case': businessCase,
  'pm.plans': plans,
  'pm.progress': pmProgress,
  'pm.risks': risks,
  'pm.admin': admin,
};

/** @internal Assesses one responsibility from the facts. */
export function assessResponsibility(f: Facts, id: ResponsibilityId): ResponsibilityAssessment {
  const title = RESPONSIBILITIES.find((r) => r.id === id)?.title ?? id;
  const reason = f.project.notApplicable?.[id];
  const verdict = reason !== undefined ? notApplicable(reason) : EVALUATORS[id](f);
  return { id, title, ...verdict };
}
