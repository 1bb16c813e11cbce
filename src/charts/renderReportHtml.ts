import { popmError, withPathPrefix } from '../core/errors.js';
import { readOptions } from '../core/internal/readObject.js';
import type { ProgressReport } from '../project/progressReport.js';
import type { ReportFigures } from '../project/reportFigures.js';
import { burndownChart } from './burndownChart.js';
import { burnupChart } from './burnupChart.js';
import { cumulativeFlowChart } from './cumulativeFlowChart.js';
import { earnedValueChart } from './earnedValueChart.js';
import { ganttChart } from './ganttChart.js';
import { dateOption, finite, get, list, obj, str } from './internal/read.js';
import { formatMoney, formatNumber } from './internal/scale.js';
import { esc } from './internal/svg.js';
import { riskHeatMapChart } from './riskHeatMapChart.js';
import { velocityChart } from './velocityChart.js';

/** Options of {@link renderReportHtml}. */
export interface ReportHtmlOptions {
  /** A BCP 47 locale for numbers and dates in the charts (default `'en-US'`). */
  readonly locale?: string | undefined;
  /** The document's `<title>` (default: `<project name>: progress report, <asOf>`). */
  readonly title?: string | undefined;
}

/** A progress report, optionally with the figures its charts draw ({@link reportFigures}). */
export type ReportWithFigures = ProgressReport & {
  readonly figures?: ReportFigures | null | undefined;
};

const CSS = `
:root{--popm-fg:#1f2328;--popm-muted:#59636e;--popm-grid:#d0d7de;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--popm-fg:#e6edf3;--popm-muted:#9198a1;--popm-grid:#3d444d}body{background:#0d1117}}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--popm-fg);max-width:960px;margin:24px auto;padding:0 20px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid var(--popm-grid);padding-bottom:4px}
.sub{color:var(--popm-muted);margin:0 0 16px}
.rag{display:inline-block;padding:1px 10px;border-radius:10px;font-weight:600;font-size:13px;color:#000}
.rag.red{background:#f4a58a}.rag.amber{background:#f5d36e}.rag.green{background:#8fd6b5}
table{border-collapse:collapse;width:100%;margin:6px 0}td,th{border-bottom:1px solid var(--popm-grid);padding:4px 8px;text-align:left;vertical-align:top}
th{font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:12px 0;break-inside:avoid}figure svg{max-width:100%;height:auto}figcaption{color:var(--popm-muted);font-size:13px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:8px}
ul{margin:4px 0;padding-left:22px}
@page{size:A4;margin:14mm}
@media print{body{max-width:none;margin:0;font-size:11pt}h2{break-after:avoid}.grid{display:block}figure{page-break-inside:avoid}}
@media print and (width:8.5in){@page{size:Letter}}
`;

/**
 * Renders a progress report as one self-contained HTML document to send to
 * stakeholders: inline CSS and SVG, no script, no external reference, print
 * styles for A4 and Letter. It holds the report's sections (summary with a
 * RAG per area, work done since the last review, the forecast, budget and
 * value, risks and issues, decisions needed, the next targets) and, where
 * the report carries its figures, the charts that fit them: the sprint
 * burndown and burnup with its projection, velocity, cumulative flow, the
 * risk heat map, the Gantt against the baseline, and the earned-value
 * curves.
 *
 * @param report - a {@link progressReport} result (with `figures` to draw charts)
 * @param options - `locale`, `title`
 * @returns the HTML document as a string
 * @throws PopmError with a path for a malformed or hand-built report
 * @example
 * const html = renderReportHtml({ ...progressReport(sampleProject, '2026-11-13'), figures: reportFigures(sampleProject, '2026-11-13') });
 * html.startsWith('<!doctype html>'); //=> true
 * html.includes('<script'); //=> false
 * (html.match(/<svg /g) ?? []).length; //=> 7
 */
export function renderReportHtml(report: ReportWithFigures, options?: ReportHtmlOptions): string {
  const o = readOptions(options, ['options'], ['locale', 'title']);
  const locale = o.locale === undefined ? undefined : str(o, 'locale', ['options']);
  if (locale !== undefined) {
    try {
      new Intl.NumberFormat(locale);
    } catch {
      throw popmError(
        'INVALID_ARGUMENT',
        ['options', 'locale'],
        'a BCP 47 locale such as "en-GB"',
        locale,
      );
    }
  }
  const r = obj(report, ['report'], 'a progress report');
  const p = ['report'];
  const name = str(r, 'projectName', p);
  const asOf = dateOption(get(r, 'asOf', p), [...p, 'asOf']);
  const currency = str(r, 'currency', p);
  const money = (v: unknown, path: (string | number)[]) =>
    formatMoney(finite(v, path), /^[A-Z]{3}$/.test(currency) ? currency : undefined, locale);
  const num = (v: number) => formatNumber(v, locale);
  const title =
    o.title === undefined ? `${name}: progress report, ${asOf}` : str(o, 'title', ['options']);
  const out: string[] = [];
  const summary = obj(get(r, 'summary', p), [...p, 'summary']);
  const rag = ragOf(get(summary, 'rag', [...p, 'summary']), [...p, 'summary', 'rag']);
  out.push(
    `<h1>${esc(name)}</h1><p class="sub">Progress report as of ${esc(asOf)} · overall <span class="rag ${rag}">${rag.toUpperCase()}</span></p>`,
  );
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

  const figures = readFigures(r);
  // A chart's error names its place in the report: `report.figures.burndown.days[3]…`.
  const draw = (key: string, fn: () => string, caption: string) => {
    let svg: string;
    try {
      svg = fn();
    } catch (e) {
      throw withPathPrefix(e, ['report', 'figures', key], 1);
    }
    return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
  };
  const chart = { locale };

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
  if (figures?.schedule)
    out.push(
      draw(
        'schedule',
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
        'earnedValue',
        () =>
          earnedValueChart(
            { snapshots: figures.earnedValue as never },
            { ...chart, ...(/^[A-Z]{3}$/.test(currency) ? { currency } : {}) },
          ),
        'Planned value, earned value and actual cost, with the budget and the estimate at completion.',
      ),
    );

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
  return `<!doctype html>\n<html lang="${esc(locale ?? 'en')}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${esc(title)}</title><style>${CSS}</style></head><body>${out.join('\n')}</body></html>\n`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function ragOf(v: unknown, path: (string | number)[]): 'red' | 'amber' | 'green' {
  if (v === 'red' || v === 'amber' || v === 'green') return v;
  throw popmError('INVALID_ARGUMENT', path, "one of 'red', 'amber', 'green'", v);
}

function readFigures(r: object): ReportFigures | null {
  const f = get(r, 'figures', ['report']);
  if (f === undefined || f === null) return null;
  const e = obj(f, ['report', 'figures']);
  const pick = (k: string) => {
    const v = get(e, k, ['report', 'figures']);
    return v === undefined ? null : v;
  };
  const ev = get(e, 'earnedValue', ['report', 'figures']);
  return {
    burndown: pick('burndown'),
    burnup: pick('burnup'),
    velocity: pick('velocity'),
    cumulativeFlow: pick('cumulativeFlow'),
    heatMap: pick('heatMap'),
    schedule: pick('schedule'),
    criticalPath: pick('criticalPath'),
    baseline: pick('baseline'),
    earnedValue: ev === undefined ? [] : list(e, 'earnedValue', ['report', 'figures']),
  } as unknown as ReportFigures;
}
