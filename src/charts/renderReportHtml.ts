import { isPopmError } from '../core/errors.js';
import { withPathPrefix } from '../core/internal/errorPaths.js';
import { readOptions } from '../core/internal/readObject.js';
import type { ProgressReport } from '../project/progressReport.js';
import type { ReportFigures } from '../project/reportFigures.js';
import { dateOption, finite, get, list, obj, readLocale, str } from './internal/read.js';
import {
  budgetSection,
  decisionsSection,
  doneSection,
  forecastSection,
  nextSection,
  type ReportCtx,
  ragOf,
  risksSection,
  summarySection,
} from './internal/reportSections.js';
import { formatMoney, formatNumber } from './internal/scale.js';
import { esc } from './internal/svg.js';

/** Options of {@link renderReportHtml}. */
export interface ReportHtmlOptions {
  /** A BCP 47 locale for numbers and dates in the charts (default `'en-US'`). */
  readonly locale?: string | undefined;
  /** The document's `<title>` (default: `<project name>: progress report, <asOf>`). */
  readonly title?: string | undefined;
}

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
ul{margin:4px 0;padding-left:22px}ul.warn{border-left:3px solid var(--popm-warn,#E69F00);padding-left:24px}h3{font-size:16px;margin:16px 0 4px}
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
 * the report carries its figures (`progressReport` always does; a report
 * read back from JSON does too), the charts that fit them: the sprint
 * burndown and burnup with its projection, velocity, cumulative flow, the
 * risk heat map, the Gantt against the baseline, and the earned-value
 * curves.
 *
 * @param report - a {@link progressReport} result (with `figures` to draw charts)
 * @param options - `locale`, `title`
 * @returns the HTML document as a string
 * @throws PopmError with a path for a malformed or hand-built report
 * @example
 * const html = renderReportHtml(progressReport(sampleProject, '2026-11-13'));
 * html.startsWith('<!doctype html>'); //=> true
 * html.includes('<script'); //=> false
 * (html.match(/<svg /g) ?? []).length; //=> 7
 */
export function renderReportHtml(report: ProgressReport, options?: ReportHtmlOptions): string {
  const o = readOptions(options, ['options'], ['locale', 'title']);
  const locale = readLocale(o.locale, ['options', 'locale']);
  const r = obj(report, ['report'], 'a progress report');
  const p = ['report'];
  const name = str(r, 'projectName', p);
  const asOf = dateOption(get(r, 'asOf', p), [...p, 'asOf']);
  const currency = str(r, 'currency', p);
  const title =
    o.title === undefined ? `${name}: progress report, ${asOf}` : str(o, 'title', ['options']);
  const summary = obj(get(r, 'summary', p), [...p, 'summary']);
  const rag = ragOf(get(summary, 'rag', [...p, 'summary']), [...p, 'summary', 'rag']);
  const ctx: ReportCtx = {
    r,
    p,
    asOf,
    locale,
    currency,
    summary,
    figures: readFigures(r),
    chart: { locale },
    money: (v, path) =>
      formatMoney(finite(v, path), /^[A-Z]{3}$/.test(currency) ? currency : undefined, locale),
    num: (v) => formatNumber(v, locale),
    // A chart's error names its place in the report: `report.figures.burndown.days[3]…`;
    // a chart drawn from several figures maps each of its input's keys to its figure.
    draw: (key, fn, caption) => {
      let svg: string;
      try {
        svg = fn();
      } catch (e) {
        if (typeof key === 'string') throw withPathPrefix(e, ['report', 'figures', key], 1);
        const part = isPopmError(e) ? e.path[1] : undefined;
        const figure = typeof part === 'string' ? key[part] : undefined;
        if (figure === undefined) throw e;
        throw withPathPrefix(e, ['report', 'figures', figure], 2);
      }
      return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
    },
  };
  const body = [
    `<h1>${esc(name)}</h1><p class="sub">Progress report as of ${esc(asOf)} · overall <span class="rag ${rag}">${rag.toUpperCase()}</span></p>`,
    ...[
      summarySection,
      doneSection,
      forecastSection,
      budgetSection,
      risksSection,
      decisionsSection,
      nextSection,
    ].map((section) => section(ctx)),
  ];
  return `<!doctype html>\n<html lang="${esc(locale ?? 'en')}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${esc(title)}</title><style>${CSS}</style></head><body>${body.join('\n')}</body></html>\n`;
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
