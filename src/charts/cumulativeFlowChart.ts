import type { CumulativeFlowResult } from '../progress/cumulativeFlow.js';
import { empty, legend, plotArea, xAxisDates, yAxis } from './internal/frame.js';
import { type ChartOptions, chartOptions, day, get, list, num, obj, str } from './internal/read.js';
import { formatNumber } from './internal/scale.js';
import { colour, esc, r, svgDocument } from './internal/svg.js';

/**
 * Draws a cumulative flow diagram: one stacked band per workflow state per
 * day, the last state (done) at the bottom, so the vertical distance between
 * band edges is work in progress and the horizontal distance approximates
 * cycle time (ActionableAgile's reading of a CFD).
 *
 * @param result - a {@link cumulativeFlow} result
 * @param options - size, title, locale
 * @returns a standalone SVG string
 * @throws PopmError for a malformed result or an unknown option
 * @example
 * const result = cumulativeFlow(
 *   [{ id: 'A', createdOn: '2026-03-02', startedOn: '2026-03-03', finishedOn: '2026-03-05' }],
 *   { from: '2026-03-02', to: '2026-03-06', states: ['todo', 'doing', 'done'] },
 * );
 * cumulativeFlowChart(result).includes('<path'); //=> true
 */
export function cumulativeFlowChart(result: CumulativeFlowResult, options?: ChartOptions): string {
  const o = chartOptions(options, { width: 640, height: 320, title: 'Cumulative flow' });
  const root = obj(result, ['result'], 'a cumulativeFlow result');
  const states = list(root, 'states', ['result'], 50).map((s, i) => {
    if (typeof s !== 'string') return str({ s }, 's', ['result', 'states', i]);
    return s;
  });
  const days = list(root, 'days', ['result']).map((d, i) => {
    const p = ['result', 'days', i];
    const e = obj(d, p);
    const counts = obj(get(e, 'counts', p), [...p, 'counts']);
    return {
      date: day(e, 'date', p),
      iso: get(e, 'date', p) as string,
      counts: states.map((s) => num(counts, s, [...p, 'counts'], { min: 0 })),
    };
  });
  const body: string[] = [];
  const plot = plotArea(o.width, o.height);
  // Stack from the last state (done) upwards.
  const order = states.map((_, i) => states.length - 1 - i);
  const totals = days.map((d) => d.counts.reduce((a, b) => a + b, 0));
  const y = yAxis(plot, 0, Math.max(1, ...totals), 'integer', o, body);
  legend(
    states.map((s, i) => ({ name: s, colour: colour(i), shape: 'box' as const })),
    o.width,
    body,
  );
  let desc: string;
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) {
    empty(plot, 'No days in range', body);
    desc = 'No days in range.';
  } else {
    const x = xAxisDates(plot, first.date, last.date, o, body);
    const lower = days.map(() => 0);
    for (const si of order) {
      const upper = days.map((d, k) => (lower[k] as number) + (d.counts[si] as number));
      const top = days.map((d, k) => `${r(x(d.date))} ${r(y.at(upper[k] as number))}`);
      const bottom = days.map((d, k) => `${r(x(d.date))} ${r(y.at(lower[k] as number))}`).reverse();
      body.push(
        `<path d="M${top.join('L')}L${bottom.join('L')}Z" fill="${colour(si)}" fill-opacity="0.85" stroke="${colour(si)}"><title>${esc(states[si] as string)}</title></path>`,
      );
      upper.forEach((v, k) => {
        lower[k] = v;
      });
    }
    const f = (v: number) => formatNumber(v, o.locale);
    const doneIdx = states.length - 1;
    const wip = last.counts.slice(1, doneIdx).reduce((a, b) => a + b, 0);
    desc = `On ${last.iso}: ${states.map((s, i) => `${f(last.counts[i] as number)} ${s}`).join(', ')}; ${f(wip)} in progress.`;
  }
  return svgDocument({ width: o.width, height: o.height, title: o.title, desc, kind: 'cfd', body });
}
