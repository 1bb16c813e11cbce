/**
 * @internal The blocks both report renderers draw, one builder per section,
 * so the Markdown and the plain text always say the same thing.
 */

import { toDecimal } from '../../core/numbers.js';
import type { ProgressReport } from '../progressReport.js';
import {
  forecastPhraseOf,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRatio,
  plural,
} from './format.js';

/** @internal One block of a rendered report. */
export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'para'; readonly text: string }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

const AREA_TITLES: Readonly<Record<string, string>> = {
  scope: 'Scope',
  schedule: 'Schedule',
  cost: 'Cost',
  risk: 'Risk',
  stakeholders: 'Stakeholders',
};

type Money = (d: Parameters<typeof formatMoney>[0]) => string;

/** The overall rating, each area with its reasons, the highlights. */
function summaryBlocks(r: ProgressReport, out: Block[]): void {
  out.push({ kind: 'heading', text: 'Summary' });
  out.push({ kind: 'para', text: `Overall: ${r.summary.rag.toUpperCase()}` });
  out.push({
    kind: 'table',
    header: ['Area', 'RAG', 'Why'],
    rows: Object.entries(r.summary.areas).map(([k, a]) => [
      AREA_TITLES[k] ?? k,
      a.rag.toUpperCase(),
      a.reasons.join(' ') || '-',
    ]),
  });
  out.push({ kind: 'bullets', items: r.summary.highlights });
}

/** Work finished since the last review. */
function doneBlocks(r: ProgressReport, out: Block[]): void {
  const done = r.doneSinceLastReview;
  out.push({
    kind: 'heading',
    text:
      done.reviewId === null
        ? `Done since the start (${done.since})`
        : `Done since the last review (${done.reviewId}, ${done.since})`,
  });
  if (done.delivered.length === 0) out.push({ kind: 'para', text: 'Nothing finished yet.' });
  else {
    out.push({
      kind: 'bullets',
      items: done.delivered.map(
        (d) =>
          `${d.backlogItem === null ? '' : `${d.backlogItem} `}${d.title}${d.itemDone ? ' (done)' : ''}: ${formatNumber(d.points)} points (${d.workItems.join(', ')})`,
      ),
    });
    out.push({
      kind: 'para',
      text: `${plural(done.workItems, 'work item')} finished, ${formatNumber(done.points)} points.`,
    });
  }
}

/** The service level, flow efficiency, the longest wait and the items aged for their stage. */
function flowLines(fl: ProgressReport['forecast']['flow'] | undefined): string[] {
  if (fl === undefined || fl === null) return [];
  const lines: string[] = [];
  const sl = fl.serviceLevel;
  if (sl !== null && sl.days !== null)
    lines.push(
      `Service level: ${formatNumber(sl.percentile)}% of work items finish within ${plural(sl.days, 'day')} (${plural(sl.count, 'item')} finished in the last eight weeks).`,
    );
  const e = fl.flowEfficiency;
  // A queue inside the cycle (an in-progress state where nobody works), not the backlog.
  let wait: { state: string; meanDays: number } | null = null;
  for (const t of fl.timeInState ?? [])
    if (t.category === 'in-progress' && !t.active && t.meanDays > (wait?.meanDays ?? 0)) wait = t;
  if (e !== null && e.pooled !== null)
    lines.push(
      `Flow efficiency ${formatPercent(e.pooled, 0)} (${plural(e.count, 'item')} with a status history)${wait === null ? '' : `; the longest wait is ${wait.state}, ${formatNumber(wait.meanDays)} days an item`}.`,
    );
  if (fl.agedByStage.length > 0)
    lines.push(
      `Aging for their stage: ${fl.agedByStage.map((a) => `${a.id} (${a.state}, past P${a.statePassed})`).join(', ')}.`,
    );
  return lines;
}

/** P80 date and cost from the one simulation, and the risks that drive them. */
function dateAndCostLine(
  dc: ProgressReport['forecast']['dateAndCost'] | undefined,
  money: Money,
): string[] {
  if (dc === undefined || dc === null || dc.finish === null) return [];
  const amount = (n: number): string => money(toDecimal(n).toDecimalPlaces(0));
  const drivers = dc.drivers.map(
    (d) => `${d.id} (+${formatNumber(d.finishDays)} days, ${amount(d.cost)})`,
  );
  return [
    `One simulation of plan, costs and linked risks (${formatNumber(dc.trials)} futures): P${dc.percent} finish ${dc.finish}, P${dc.percent} cost ${amount(dc.cost)}; ${formatPercent(dc.jointShare, 0)} of futures meet both${drivers.length === 0 ? '' : `; drivers ${drivers.join(', ')}`}.`,
  ];
}

/** The status date, missed deadlines and constraints, the summaries, P80 date and cost. */
function planLines(fc: ProgressReport['forecast'], money: Money): string[] {
  const lines: string[] = [];
  if (fc.statusDate !== undefined && fc.statusDate !== null)
    lines.push(
      `Progress recorded on ${fc.statusDate}: the plan as it now stands, work not done by then moved after it.`,
    );
  for (const c of fc.conflicts ?? [])
    lines.push(
      `${c.taskId} ${c.kind === 'deadline' ? 'misses its deadline' : `breaks its ${c.kind} constraint`} by ${plural(c.by, 'working day')}.`,
    );
  const sums = (fc.summaries ?? []).map(
    (x) =>
      `${x.name ?? x.id} ${x.percentComplete === null ? '-' : formatPercent(x.percentComplete / 100, 0)} complete (${x.start} to ${x.finish})`,
  );
  if (sums.length > 0) lines.push(`${sums.join('; ')}.`);
  return [...lines, ...dateAndCostLine(fc.dateAndCost, money)];
}

/** The forecast diagnostics' warnings, as caveats. */
function caveats(warnings: readonly string[] | undefined): string[] {
  return (warnings ?? []).map((w) => `Forecast caveat: ${w}`);
}

/** Velocity, the running sprint, the backlog and targets' forecasts, the plan finish. */
function forecastBlocks(r: ProgressReport, out: Block[], money: Money): void {
  const fc = r.forecast;
  out.push({ kind: 'heading', text: 'Forecast' });
  const lines: string[] = [];
  if (fc.velocity !== null)
    lines.push(
      `Velocity ${formatNumber(fc.velocity)} points a sprint${fc.sayDo === null ? '' : `, say/do ${formatRatio(fc.sayDo)}`}.`,
    );
  if (fc.sprint !== null)
    lines.push(
      `Sprint ${fc.sprint.id} (ends ${fc.sprint.end}): ${formatNumber(fc.sprint.remaining)} points remain after day ${fc.sprint.day} of ${fc.sprint.workingDays} (ideal ${formatNumber(fc.sprint.ideal)}).`,
    );
  if (fc.backlog.p50 !== null)
    lines.push(
      `Whole backlog (${plural(fc.backlog.openItems, 'open item')}, ${formatNumber(fc.backlog.remaining)} points): ${forecastPhraseOf(fc.backlog)}.`,
    );
  if (fc.finish !== null)
    lines.push(
      fc.slip === null || fc.baselineFinish === null
        ? `Plan finish ${fc.finish}.`
        : `Plan finish ${fc.finish}; baseline ${fc.baselineFinish} (${fc.slip > 0 ? '+' : ''}${fc.slip} working days).`,
    );
  if (fc.assumedEstimate !== null)
    lines.push(
      `Unestimated items are counted at ${formatNumber(fc.assumedEstimate)} points (the median open estimate).`,
    );
  lines.push(...planLines(fc, money), ...flowLines(fc.flow), ...caveats(fc.warnings));
  if (lines.length > 0) out.push({ kind: 'bullets', items: lines });
  if (fc.targets.length > 0)
    out.push({
      kind: 'table',
      header: ['Target', 'Due', 'Points left', 'P50 sprint', 'P85 sprint', 'On track'],
      rows: fc.targets.map((t) => [
        `${t.id} ${t.title}`,
        t.due,
        formatNumber(t.remaining),
        t.p50 === null ? '-' : `${t.p50Sprint} (ends ${t.p50})`,
        t.p85 === null
          ? '-'
          : `${t.p85Sprint} (ends ${t.p85})${t.p85AllTrials ? ', all trials' : ''}`,
        t.onTrack ? 'yes' : 'no',
      ]),
    });
}

/** The budget's burn and forecast, as sentences. */
function budgetLines(b: ProgressReport['budgetAndValue']['budget'], money: Money): string[] {
  if (b === null) return ['No budget is recorded.'];
  const lines = [
    `Budget ${money(b.total)}: ${money(b.spent)} spent${b.spentRatio === null ? '' : ` (${formatPercent(b.spentRatio.toNumber())})`} at ${formatPercent(b.timeElapsedRatio)} of the period; ${money(b.committed)} committed; ${money(b.remaining)} free.`,
  ];
  if (b.forecastAtCompletion !== null)
    lines.push(
      `Forecast at completion ${money(b.forecastAtCompletion.toDecimalPlaces(0))}${b.runOutDate === null ? '' : `; at the current burn the money runs out on ${b.runOutDate}`}.`,
    );
  return lines;
}

/** Budget burn, earned value and the business case's return. */
function budgetBlocks(r: ProgressReport, out: Block[], money: Money): void {
  const bv = r.budgetAndValue;
  out.push({ kind: 'heading', text: 'Budget and value' });
  const money1: string[] = budgetLines(bv.budget, money);
  const ev = bv.earnedValue;
  if (ev !== null)
    money1.push(
      `Earned value on ${ev.asOf}: CPI ${ev.cpi === null ? 'n/a' : formatRatio(ev.cpi.toNumber())}, SPI ${ev.spi === null ? 'n/a' : formatRatio(ev.spi.toNumber())}${ev.eac === null ? '' : `, estimate at completion ${money(ev.eac.toDecimalPlaces(0))} against ${money(ev.bac)}`}.`,
    );
  const rec = bv.recommended;
  if (rec !== null)
    money1.push(
      `Business case "${rec.name}": NPV ${money(rec.npv.toDecimalPlaces(0))}${rec.roi === null ? '' : `, ROI ${formatPercent(rec.roi.toNumber())}`}, payback ${rec.payback === null ? 'never' : `${formatNumber(rec.payback)} periods`}.`,
    );
  out.push({ kind: 'bullets', items: money1 });
}

/** The top risks, the exposure and every finding. */
function riskBlocks(r: ProgressReport, out: Block[], money: Money): void {
  const ri = r.risksAndIssues;
  out.push({ kind: 'heading', text: 'Risks and issues' });
  if (ri.risks.length === 0) out.push({ kind: 'para', text: 'No open risks.' });
  else
    out.push({
      kind: 'table',
      header: ['Risk', 'Rating', 'EMV', 'Owner'],
      rows: ri.risks.map((x) => [
        `${x.id} ${x.title}`,
        x.rating === null ? '-' : `${x.rating} (${x.score})`,
        x.emv === null ? '-' : money(x.emv.toDecimalPlaces(0)),
        x.owner ?? 'none',
      ]),
    });
  const riskLines: string[] = [];
  if (ri.exposure !== null)
    riskLines.push(
      `Expected net risk cost ${money(ri.exposure.netCost.toDecimalPlaces(0))} (${money(ri.exposure.residualNetCost.toDecimalPlaces(0))} after the planned responses).`,
    );
  if (ri.contingencyP80 !== null)
    riskLines.push(`Residual risk cost at P80: ${money(Math.round(ri.contingencyP80))}.`);
  if (riskLines.length > 0) out.push({ kind: 'bullets', items: riskLines });
  out.push({ kind: 'para', text: ri.issues.length === 0 ? 'No issues.' : 'Issues:' });
  if (ri.issues.length > 0) out.push({ kind: 'bullets', items: ri.issues });
}

/** Decisions needed from the stakeholders. */
function decisionBlocks(r: ProgressReport, out: Block[]): void {
  out.push({ kind: 'heading', text: 'Decisions needed' });
  if (r.decisionsNeeded.length === 0) out.push({ kind: 'para', text: 'None.' });
  else
    out.push({
      kind: 'table',
      header: ['Decision', 'Needed by', 'Who'],
      rows: r.decisionsNeeded.map((d) => [d.title, d.needBy ?? '-', d.decider ?? '-']),
    });
}

/** The next sprint's proposal and the next targets. */
function nextTargetBlocks(r: ProgressReport, out: Block[]): void {
  const nt = r.nextTargets;
  out.push({ kind: 'heading', text: 'Next targets' });
  if (nt.capacity === null)
    out.push({ kind: 'para', text: 'No velocity yet, so no sprint proposal.' });
  else {
    out.push({
      kind: 'para',
      text: `Proposed for the next sprint (capacity ${formatNumber(nt.capacity)} points, ${formatNumber(nt.committed)} selected):`,
    });
    out.push({
      kind: 'bullets',
      items:
        nt.items.length === 0
          ? ['Nothing fits: refine the top of the backlog.']
          : nt.items.map((i) => `${i.id} ${i.title} (${formatNumber(i.estimate)} points)`),
    });
  }
  if (nt.targets.length > 0)
    out.push({
      kind: 'bullets',
      items: nt.targets.map(
        (t) =>
          `${t.id} ${t.title}: due ${t.due}${t.p85 === null ? '' : `, forecast ${forecastPhraseOf(t)}`}${t.onTrack ? '' : ' (at risk)'}`,
      ),
    });
}

/** @internal Every block of the report, section by section. */
export function reportBlocks(r: ProgressReport): Block[] {
  const money: Money = (d) => formatMoney(d, r.currency);
  const out: Block[] = [];
  summaryBlocks(r, out);
  doneBlocks(r, out);
  forecastBlocks(r, out, money);
  budgetBlocks(r, out, money);
  riskBlocks(r, out, money);
  decisionBlocks(r, out);
  nextTargetBlocks(r, out);
  return out;
}
