import type { BurndownResult } from '../progress/burndown.js';
import { type BurnPoint, readBurn } from './internal/burn.js';
import { empty, legend, path, plotArea, xAxisNumber, yAxis } from './internal/frame.js';
import { type ChartOptions, chartOptions } from './internal/read.js';
import { formatNumber } from './internal/scale.js';
import { colour, INK, label, r, svgDocument } from './internal/svg.js';

/**
 * Draws a sprint burndown: the work remaining at the end of each working
 * day against the ideal line from the committed work to zero, with every
 * scope change (work added, removed or re-estimated) marked on the day it
 * happened, so a flat line caused by added work is told apart from a stall.
 *
 * @param result - a {@link burndown} result
 * @param options - size, title, locale
 * @returns a standalone SVG string; its `<desc>` states the finding
 *   ("20 of 32 points left on day 5 of 10; ideal 16")
 * @throws PopmError `INVALID_ARGUMENT`/`INVALID_NUMBER` at `result…` for a
 *   malformed result; `INVALID_ARGUMENT` for an unknown option
 * @example
 * const result = burndown(
 *   { id: 'S1', start: '2026-03-02', end: '2026-03-13', committed: 30, completed: 0 },
 *   [{ on: '2026-03-04', kind: 'completed', amount: 8 }],
 *   { asOf: '2026-03-06' },
 * );
 * const svg = burndownChart(result);
 * svg.startsWith('<svg'); //=> true
 * svg.includes('22 of 30 points left on day 5 of 10; ideal 15'); //=> true
 */
export function burndownChart(result: BurndownResult, options?: ChartOptions): string {
  const b = readBurn(result);
  const o = chartOptions(options, {
    width: 640,
    height: 320,
    title: `Sprint ${b.sprintId} burndown`,
  });
  const body: string[] = [];
  const plot = plotArea(o.width, o.height);
  const n = Math.max(1, b.workingDays);
  const last = b.days[b.days.length - 1];
  const top = Math.max(b.committed, ...b.days.map((d) => Math.max(d.scope, d.remaining)), 1);
  const y = yAxis(plot, 0, top, 'number', o, body);
  const x = xAxisNumber(plot, 0, n, o, body);
  body.push(label(plot.right, plot.bottom + 28, 'working day', { anchor: 'end', cls: 'm s' }));
  legend(
    [
      { name: 'Remaining', colour: colour(0) },
      { name: 'Ideal', colour: INK.muted, dash: true },
      { name: 'Scope change', colour: colour(3), shape: 'box' },
    ],
    o.width,
    body,
  );
  body.push(
    `<path d="${path([
      [x.at(0), y.at(b.committed)],
      [x.at(n), y.at(0)],
    ])}" fill="none" stroke="${INK.muted}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
  );
  let desc: string;
  if (b.days.length === 0 || last === undefined) {
    empty(plot, 'No working day recorded yet', body);
    desc = `No working day of sprint ${b.sprintId} recorded yet; ${formatNumber(b.committed, o.locale)} points committed.`;
  } else {
    const pts: [number, number][] = [
      [x.at(0), y.at(b.committed)],
      ...b.days.map((d): [number, number] => [x.at(d.day), y.at(d.remaining)]),
    ];
    body.push(
      `<path d="${path(pts)}" fill="none" stroke="${colour(0)}" stroke-width="2.5" stroke-linejoin="round"/>`,
    );
    for (const d of b.days)
      body.push(
        `<circle cx="${r(x.at(d.day))}" cy="${r(y.at(d.remaining))}" r="2.5" fill="${colour(0)}"/>`,
      );
    scopeMarks(b, x.at, y.at, o.locale, body);
    desc = finding(b.committed, b.workingDays, last, o.locale);
  }
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc,
    kind: 'burndown',
    body,
  });
}

/** Marks each day whose scope changed, with the signed change. */
function scopeMarks(
  b: ReturnType<typeof readBurn>,
  x: (v: number) => number,
  y: (v: number) => number,
  locale: string | undefined,
  body: string[],
): void {
  let prevScope = b.committed;
  for (const d of b.days) {
    const change = d.scope - prevScope;
    prevScope = d.scope;
    if (change === 0) continue;
    const text = `${change > 0 ? '+' : ''}${formatNumber(change, locale)}`;
    const cx = x(d.day);
    const cy = y(d.remaining);
    body.push(
      `<rect x="${r(cx - 4)}" y="${r(cy - 4)}" width="8" height="8" fill="${colour(3)}"><title>Scope ${text} on day ${d.day}</title></rect>`,
    );
    body.push(label(cx, cy - 8, text, { anchor: 'middle', cls: 's', fill: colour(3) }));
  }
}

/** "20 of 33 points left on day 5 of 10; ideal 15." and the scope change since the start. */
function finding(
  committed: number,
  workingDays: number,
  last: BurnPoint,
  locale: string | undefined,
): string {
  const f = (v: number) => formatNumber(v, locale);
  const added = last.scope - committed;
  const scope =
    added === 0
      ? ''
      : ` Scope ${added > 0 ? 'grew' : 'shrank'} by ${f(Math.abs(added))} since the start.`;
  return `${f(last.remaining)} of ${f(last.scope)} points left on day ${last.day} of ${workingDays}; ideal ${f(last.ideal)}.${scope}`;
}
