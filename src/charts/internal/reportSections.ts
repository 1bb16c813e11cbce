/**
 * @internal The sections of the HTML progress report, one builder each.
 * Every builder reads (and validates) its part of the report and returns its
 * HTML; charts are drawn through `ctx.draw`, which re-roots a chart's error at
 * `report.figures.<key>`.
 */
import { type PopmPath, popmError } from '../../core/errors.js';
import type { ReportFigures } from '../../project/reportFigures.js';
import { burndownChart } from '../burndownChart.js';
import { burnupChart } from '../burnupChart.js';
import { cumulativeFlowChart } from '../cumulativeFlowChart.js';
import { earnedValueChart } from '../earnedValueChart.js';
import { ganttChart } from '../ganttChart.js';
import { riskHeatMapChart } from '../riskHeatMapChart.js';
import { velocityChart } from '../velocityChart.js';
import { dateOption, finite, get, list, obj, str } from './read.js';
import {
  dateAndCostBlock,
  flowBlock,
  planStatusBlock,
  warningsBlock,
} from './reportPlanSections.js';
import { esc } from './svg.js';

/** @internal What every section builder reads. */
export interface ReportCtx {
  readonly r: object;
  readonly p: PopmPath;
  readonly asOf: string;
  readonly locale: string | undefined;
  readonly currency: string;
  readonly summary: object;
  readonly figures: ReportFigures | null;
  readonly chart: { readonly locale: string | undefined };
  readonly money: (v: unknown, path: (string | number)[]) => string;
  readonly num: (v: number) => string;
  /**
   * Draws a chart in a figure; its errors are re-rooted at `report.figures.<key>`,
   * or, for a chart drawn from several figures, each input key at its figure
   * (`{ schedule: 'schedule', baseline: 'baseline' }`).
   */
  readonly draw: (
    key: string | Readonly<Record<string, string>>,
    fn: () => string,
    caption: string,
  ) => string;
}

/** @internal `red`, `amber` or `green`. */
export function ragOf(v: unknown, path: (string | number)[]): 'red' | 'amber' | 'green' {
  if (v === 'red' || v === 'amber' || v === 'green') return v;
  throw popmError('INVALID_ARGUMENT', path, "one of 'red', 'amber', 'green'", v);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** @internal */
export function summarySection(ctx: ReportCtx): string {
  const { p, summary } = ctx;
  const out: string[] = [];
  out.push('<h2>Summary</h2>');
  const areas = obj(get(summary, 'areas', [...p, 'summary']), [...p, 'summary', 'areas']);
  out.push('<table><tr><th>Area</th><th>Status</th><th>Why</th></tr>');
  for (const area of ['scope', 'schedule', 'cost', 'risk', 'stakeholders']) {
    const ap = [...p, 'summary', 'areas', area];
    const a = obj(get(areas, area, ap.slice(0, -1)), ap);
    const ar = ragOf(get(a, 'rag', ap), [...ap, 'rag']);
    const reasons = list(a, 'reasons', ap).map((x, i) => str({ x }, 'x', [...ap, 'reasons', i]));
    out.push(
      `<tr><td>${esc(cap(area))}</td><td><span class="rag ${ar}">${ar}</span></td><td>${reasons.map(esc).join('<br>')}</td></tr>`,
    );
  }
  out.push('</table>');
  const highlights = list(summary, 'highlights', [...p, 'summary']).map((x, i) =>
    str({ x }, 'x', [...p, 'summary', 'highlights', i]),
  );
  if (highlights.length > 0)
    out.push(`<ul>${highlights.map((h) => `<li>${esc(h)}</li>`).join('')}</ul>`);

  return out.join('\n');
}

/** @internal */
export function doneSection(ctx: ReportCtx): string {
  const { r, p, num } = ctx;
  const out: string[] = [];

  const done = obj(get(r, 'doneSinceLastReview', p), [...p, 'doneSinceLastReview']);
  const dp = [...p, 'doneSinceLastReview'];
  out.push(`<h2>Done since ${esc(dateOption(get(done, 'since', dp), [...dp, 'since']))}</h2>`);
  const delivered = list(done, 'delivered', dp).map((d, i) => {
    const e = obj(d, [...dp, 'delivered', i]);
    return {
      title: str(e, 'title', [...dp, 'delivered', i]),
      points: finite(get(e, 'points', [...dp, 'delivered', i]), [...dp, 'delivered', i, 'points']),
    };
  });
  out.push(
    delivered.length === 0
      ? '<p>Nothing delivered since the last review.</p>'
      : `<table><tr><th>Delivered</th><th class="n">Points</th></tr>${delivered.map((d) => `<tr><td>${esc(d.title)}</td><td class="n">${num(d.points)}</td></tr>`).join('')}</table>`,
  );

  return out.join('\n');
}

/** @internal */
export function forecastSection(ctx: ReportCtx): string {
  const { r, p, num, figures, draw, chart, asOf } = ctx;
  const out: string[] = [];
  out.push('<h2>Forecast</h2>');
  const fc = obj(get(r, 'forecast', p), [...p, 'forecast']);
  const fp = [...p, 'forecast'];
  const finish = get(fc, 'finish', fp);
  const baselineFinish = get(fc, 'baselineFinish', fp);
  const facts: string[] = [];
  const velocity = get(fc, 'velocity', fp);
  if (velocity !== null && velocity !== undefined)
    facts.push(
      `Velocity ${num(Math.round(finite(velocity, [...fp, 'velocity']) * 10) / 10)} points per sprint.`,
    );
  if (typeof finish === 'string')
    facts.push(
      `Planned finish ${esc(finish)}${typeof baselineFinish === 'string' ? ` (baseline ${esc(baselineFinish)})` : ''}.`,
    );
  const targets = list(fc, 'targets', fp).map((t, i) => {
    const tp = [...fp, 'targets', i];
    const e = obj(t, tp);
    return {
      title: str(e, 'title', tp),
      due: str(e, 'due', tp),
      p85: get(e, 'p85', tp),
      onTrack: get(e, 'onTrack', tp) === true,
    };
  });
  if (facts.length > 0) out.push(`<p>${facts.join(' ')}</p>`);
  out.push(warningsBlock(fc, fp), planStatusBlock(ctx, fc, fp), dateAndCostBlock(ctx, fc, fp));
  if (targets.length > 0)
    out.push(
      `<table><tr><th>Target</th><th>Due</th><th>85% of trials by</th><th>On track</th></tr>${targets
        .map(
          (t) =>
            `<tr><td>${esc(t.title)}</td><td>${esc(t.due)}</td><td>${typeof t.p85 === 'string' ? esc(t.p85) : '—'}</td><td>${t.onTrack ? 'yes' : 'no'}</td></tr>`,
        )
        .join('')}</table>`,
    );
  const sprintCharts: string[] = [];
  if (figures?.burndown)
    sprintCharts.push(
      draw(
        'burndown',
        () => burndownChart(figures.burndown as never, chart),
        'Current sprint: work remaining against the ideal line.',
      ),
    );
  if (figures?.burnup)
    sprintCharts.push(
      draw(
        'burnup',
        () => burnupChart(figures.burnup as never, chart),
        'Current sprint: scope and done, with the projection and its ±10% cone.',
      ),
    );
  if (figures?.velocity)
    sprintCharts.push(
      draw(
        'velocity',
        () => velocityChart(figures.velocity as never, chart),
        'Committed and completed work per sprint.',
      ),
    );
  if (figures?.cumulativeFlow)
    sprintCharts.push(
      draw(
        'cumulativeFlow',
        () => cumulativeFlowChart(figures.cumulativeFlow as never, chart),
        'Cumulative flow over the last 60 days.',
      ),
    );
  if (sprintCharts.length > 0) out.push(`<div class="grid">${sprintCharts.join('')}</div>`);
  out.push(flowBlock(ctx, fc, fp));
  if (figures?.schedule)
    out.push(
      draw(
        { schedule: 'schedule', criticalPath: 'criticalPath', baseline: 'baseline' },
        () =>
          ganttChart(
            {
              schedule: figures.schedule as never,
              ...(figures.criticalPath ? { criticalPath: figures.criticalPath as never } : {}),
              ...(figures.baseline ? { baseline: figures.baseline as never } : {}),
              today: asOf,
            },
            { ...chart, width: 900 },
          ),
        'The plan on its calendar: critical tasks in the critical colour, the baseline under each bar.',
      ),
    );

  return out.join('\n');
}

/** @internal */
export function budgetSection(ctx: ReportCtx): string {
  const { r, p, money, figures, draw, chart, currency } = ctx;
  const out: string[] = [];
  out.push('<h2>Budget and value</h2>');
  const bv = obj(get(r, 'budgetAndValue', p), [...p, 'budgetAndValue']);
  const bvp = [...p, 'budgetAndValue'];
  const budget = get(bv, 'budget', bvp);
  if (budget !== null && budget !== undefined) {
    const b = obj(budget, [...bvp, 'budget']);
    const bp = [...bvp, 'budget'];
    const row = (label: string, key: string) => {
      const v = get(b, key, bp);
      return v === null || v === undefined
        ? ''
        : `<tr><td>${label}</td><td class="n">${esc(money(v, [...bp, key]))}</td></tr>`;
    };
    out.push(
      `<table>${row('Budget', 'total')}${row('Spent', 'spent')}${row('Committed', 'committed')}${row('Remaining', 'remaining')}${row('Forecast at completion', 'forecastAtCompletion')}</table>`,
    );
  } else out.push('<p>No budget recorded.</p>');
  if (figures !== null && figures.earnedValue.length > 0)
    out.push(
      draw(
        { snapshots: 'earnedValue' },
        () =>
          earnedValueChart(
            { snapshots: figures.earnedValue as never },
            { ...chart, ...(/^[A-Z]{3}$/.test(currency) ? { currency } : {}) },
          ),
        'Planned value, earned value and actual cost, with the budget and the estimate at completion.',
      ),
    );

  return out.join('\n');
}

/** @internal */
export function risksSection(ctx: ReportCtx): string {
  const { r, p, figures, draw, chart } = ctx;
  const out: string[] = [];
  out.push('<h2>Risks and issues</h2>');
  const ri = obj(get(r, 'risksAndIssues', p), [...p, 'risksAndIssues']);
  const rp = [...p, 'risksAndIssues'];
  const risks = list(ri, 'risks', rp).map((x, i) => {
    const e = obj(x, [...rp, 'risks', i]);
    const ip = [...rp, 'risks', i];
    return {
      id: str(e, 'id', ip),
      title: str(e, 'title', ip),
      rating: str(e, 'rating', ip, true),
      owner: get(e, 'owner', ip),
    };
  });
  if (figures?.heatMap)
    out.push(
      draw(
        'heatMap',
        () => riskHeatMapChart(figures.heatMap as never, chart),
        'Risks by probability and impact.',
      ),
    );
  out.push(
    risks.length === 0
      ? '<p>No open risks.</p>'
      : `<table><tr><th>Risk</th><th>Rating</th><th>Owner</th></tr>${risks.map((x) => `<tr><td>${esc(`${x.id}: ${x.title}`)}</td><td>${esc(x.rating)}</td><td>${typeof x.owner === 'string' ? esc(x.owner) : '—'}</td></tr>`).join('')}</table>`,
  );
  const issues = list(ri, 'issues', rp).map((x, i) => str({ x }, 'x', [...rp, 'issues', i]));
  if (issues.length > 0)
    out.push(`<p>Issues:</p><ul>${issues.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`);

  return out.join('\n');
}

/** @internal */
export function decisionsSection(ctx: ReportCtx): string {
  const { r, p } = ctx;
  const out: string[] = [];
  out.push('<h2>Decisions needed</h2>');
  const decisions = list(r, 'decisionsNeeded', p).map((x, i) => {
    const dp2 = [...p, 'decisionsNeeded', i];
    const e = obj(x, dp2);
    return {
      title: str(e, 'title', dp2),
      needBy: get(e, 'needBy', dp2),
      decider: get(e, 'decider', dp2),
    };
  });
  out.push(
    decisions.length === 0
      ? '<p>None.</p>'
      : `<table><tr><th>Decision</th><th>By</th><th>Who</th></tr>${decisions.map((d) => `<tr><td>${esc(d.title)}</td><td>${typeof d.needBy === 'string' ? esc(d.needBy) : '—'}</td><td>${typeof d.decider === 'string' ? esc(d.decider) : '—'}</td></tr>`).join('')}</table>`,
  );

  return out.join('\n');
}

/** @internal */
export function nextSection(ctx: ReportCtx): string {
  const { r, p, num } = ctx;
  const out: string[] = [];
  out.push('<h2>Next</h2>');
  const next = obj(get(r, 'nextTargets', p), [...p, 'nextTargets']);
  const np = [...p, 'nextTargets'];
  const proposed = list(next, 'items', np).map((x, i) => {
    const e = obj(x, [...np, 'items', i]);
    return {
      id: str(e, 'id', [...np, 'items', i]),
      title: str(e, 'title', [...np, 'items', i]),
      estimate: finite(get(e, 'estimate', [...np, 'items', i]), [...np, 'items', i, 'estimate']),
    };
  });
  out.push(
    proposed.length === 0
      ? '<p>Nothing proposed.</p>'
      : `<table><tr><th>Proposed for the next sprint</th><th class="n">Estimate</th></tr>${proposed.map((x) => `<tr><td>${esc(`${x.id}: ${x.title}`)}</td><td class="n">${num(x.estimate)}</td></tr>`).join('')}</table>`,
  );
  return out.join('\n');
}
