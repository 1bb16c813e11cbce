import type { BurnupResult } from '../progress/burnup.js';
import { readBurn } from './internal/burn.js';
import { empty, legend, path, plotArea, xAxisNumber, yAxis } from './internal/frame.js';
import { type ChartOptions, chartOptions, dayOrNull, get, num, obj } from './internal/read.js';
import { formatNumber } from './internal/scale.js';
import { colour, INK, label, r, svgDocument } from './internal/svg.js';

/**
 * Draws a sprint burnup: the scope line and the completed line per working
 * day, kept apart so that added work never looks like progress, and the
 * projection from today's rate to the finish with its optimistic and
 * pessimistic cone (the rate ±10%, as Jira draws it).
 *
 * @param result - a {@link burnup} result
 * @param options - size, title, locale
 * @returns a standalone SVG string; its `<desc>` states the finding
 * @throws PopmError for a malformed result or an unknown option
 * @example
 * const result = burnup(
 *   { id: 'S1', start: '2026-03-02', end: '2026-03-13', committed: 30, completed: 0 },
 *   [{ on: '2026-03-04', kind: 'completed', amount: 12 }],
 *   { asOf: '2026-03-06' },
 * );
 * burnupChart(result).includes('12 of 30 points done on day 5 of 10'); //=> true
 */
export function burnupChart(result: BurnupResult, options?: ChartOptions): string {
  const b = readBurn(result);
  const o = chartOptions(options, {
    width: 640,
    height: 320,
    title: `Sprint ${b.sprintId} burnup`,
  });
  const proj = readProjection(result);
  const body: string[] = [];
  const plot = plotArea(o.width, o.height);
  const last = b.days[b.days.length - 1];
  const n = Math.max(1, b.workingDays, last?.day ?? 0);
  const top = Math.max(b.committed, ...b.days.map((d) => Math.max(d.scope, d.completed)), 1);
  const y = yAxis(plot, 0, top, 'number', o, body);
  const x = xAxisNumber(plot, 0, n, o, body);
  body.push(label(plot.right, plot.bottom + 28, 'working day', { anchor: 'end', cls: 'm s' }));
  legend(
    [
      { name: 'Scope', colour: colour(3) },
      { name: 'Done', colour: colour(0) },
      { name: 'Ideal', colour: INK.muted, dash: true },
      { name: 'Projection', colour: colour(0), dash: true },
    ],
    o.width,
    body,
  );
  body.push(
    `<path d="${path([
      [x.at(0), y.at(0)],
      [x.at(b.workingDays), y.at(b.committed)],
    ])}" fill="none" stroke="${INK.muted}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
  );
  let desc: string;
  const f = (v: number) => formatNumber(v, o.locale);
  if (last === undefined) {
    empty(plot, 'No working day recorded yet', body);
    desc = `No working day of sprint ${b.sprintId} recorded yet; ${f(b.committed)} points committed.`;
  } else {
    if (proj !== null && proj.rate > 0) {
      // The cone: from today's point to the scope line at rate × 1.1 and × 0.9, clipped at the sprint's end.
      const x0 = last.day;
      const at = (rate: number) => Math.min(n, x0 + proj.remaining / rate);
      const yEnd = (rate: number) => last.completed + rate * (at(rate) - x0);
      const hi = proj.rate * 1.1;
      const lo = proj.rate * 0.9;
      body.push(
        `<path d="${path([
          [x.at(x0), y.at(last.completed)],
          [x.at(at(hi)), y.at(yEnd(hi))],
          [x.at(at(lo)), y.at(yEnd(lo))],
        ])}Z" fill="${colour(0)}" fill-opacity="0.15" stroke="none"/>`,
      );
      body.push(
        `<path d="${path([
          [x.at(x0), y.at(last.completed)],
          [x.at(at(proj.rate)), y.at(yEnd(proj.rate))],
        ])}" fill="none" stroke="${colour(0)}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      );
    }
    const scope: [number, number][] = [
      [x.at(0), y.at(b.committed)],
      ...b.days.map((d): [number, number] => [x.at(d.day), y.at(d.scope)]),
    ];
    const done: [number, number][] = [
      [x.at(0), y.at(0)],
      ...b.days.map((d): [number, number] => [x.at(d.day), y.at(d.completed)]),
    ];
    body.push(`<path d="${path(scope)}" fill="none" stroke="${colour(3)}" stroke-width="2"/>`);
    body.push(`<path d="${path(done)}" fill="none" stroke="${colour(0)}" stroke-width="2.5"/>`);
    for (const d of b.days)
      body.push(
        `<circle cx="${r(x.at(d.day))}" cy="${r(y.at(d.completed))}" r="2.5" fill="${colour(0)}"/>`,
      );
    desc = `${f(last.completed)} of ${f(last.scope)} points done on day ${last.day} of ${b.workingDays}.`;
    if (proj?.projected != null)
      desc += ` At the current rate the work is done on ${proj.projectedIso}${proj.onTrack ? ', within the sprint' : ', after the sprint ends'}.`;
    else if (proj !== null) desc += ' No work done yet, so no projection.';
  }
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc,
    kind: 'burnup',
    body,
  });
}

function readProjection(result: unknown): {
  rate: number;
  remaining: number;
  projected: number | null;
  projectedIso: string;
  onTrack: boolean;
} | null {
  const o = obj(result, ['result']);
  const p = get(o, 'projection', ['result']);
  if (p === null || p === undefined) return null;
  const path = ['result', 'projection'];
  const e = obj(p, path);
  const projected = dayOrNull(e, 'projected', path);
  return {
    rate: num(e, 'dailyRate', path, { min: 0 }),
    remaining: num(e, 'remaining', path),
    projected,
    projectedIso:
      typeof get(e, 'projected', path) === 'string' ? (get(e, 'projected', path) as string) : '',
    onTrack: get(e, 'onTrack', path) === true,
  };
}
