import { fromEpochDay, type IsoDate } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import { empty, legend, path, plotArea, xAxisDates, yAxis } from './internal/frame.js';
import { type ChartOptions, chartOptions, day, finite, get, list, obj } from './internal/read.js';
import { formatNumber } from './internal/scale.js';
import { colour, esc, INK, r, svgDocument } from './internal/svg.js';

/** Input of {@link throughputChart}: a throughput history and the window it covers. */
export interface ThroughputChartInput {
  /** Items finished per period, oldest first, as {@link throughputHistory} returns them (or its `counts`). */
  readonly throughput: readonly number[] | { readonly counts: readonly number[] };
  /** First day of the window. */
  readonly from: IsoDate;
  /** Last day of the window. */
  readonly to: IsoDate;
  /** Days per period (default 1). */
  readonly periodDays?: number | undefined;
}

/**
 * Draws throughput as a run chart: items finished per period with the
 * median as a centre line, the chart a flow team reads for stability before
 * trusting a forecast built on it.
 *
 * @param input - `{ throughput, from, to, periodDays? }`
 * @param options - size, title, locale
 * @returns a standalone SVG string
 * @throws PopmError for a malformed input or an unknown option
 * @example
 * throughputChart({ throughput: [2, 0, 3, 1], from: '2026-03-02', to: '2026-03-05' })
 *   .includes('6 items finished in 4 periods; median 1.5 per period'); //=> true
 */
export function throughputChart(input: ThroughputChartInput, options?: ChartOptions): string {
  const o = chartOptions(options, { width: 640, height: 260, title: 'Throughput' });
  const root = obj(input, ['input'], 'an object { throughput, from, to }');
  const raw = get(root, 'throughput', ['input']);
  const holder = Array.isArray(raw)
    ? { throughput: raw }
    : { throughput: get(obj(raw, ['input', 'throughput']), 'counts', ['input', 'throughput']) };
  const counts = list(holder, 'throughput', ['input']).map((v, i) =>
    finite(v, ['input', 'throughput', i], 0),
  );
  const from = day(root, 'from', ['input']);
  const to = day(root, 'to', ['input']);
  if (to < from)
    throw popmError(
      'INVALID_DATE',
      ['input', 'to'],
      'a date on or after from',
      get(root, 'to', ['input']),
    );
  const pd = get(root, 'periodDays', ['input']);
  const periodDays = pd === undefined ? 1 : finite(pd, ['input', 'periodDays'], 1);
  const body: string[] = [];
  const plot = plotArea(o.width, o.height);
  const y = yAxis(plot, 0, Math.max(1, ...counts), 'integer', o, body);
  legend(
    [
      { name: 'Finished per period', colour: colour(0) },
      { name: 'Median', colour: INK.muted, dash: true },
    ],
    o.width,
    body,
  );
  let desc: string;
  if (counts.length === 0) {
    empty(plot, 'No periods in range', body);
    desc = 'No periods in range.';
  } else {
    // Periods are anchored at `to`: the last one ends on `to`.
    const endOf = (i: number) => to - (counts.length - 1 - i) * periodDays;
    const x = xAxisDates(plot, Math.min(from, endOf(0)), to, o, body, 0.5);
    const pts = counts.map((c, i): [number, number] => [x(endOf(i)), y.at(c)]);
    body.push(`<path d="${path(pts)}" fill="none" stroke="${colour(0)}" stroke-width="2"/>`);
    counts.forEach((c, i) => {
      body.push(
        `<circle cx="${r(x(endOf(i)))}" cy="${r(y.at(c))}" r="3" fill="${colour(0)}"><title>${esc(`${fromEpochDay(endOf(i))}: ${c}`)}</title></circle>`,
      );
    });
    const sorted = [...counts].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const median =
      sorted.length % 2 === 1
        ? (sorted[mid] as number)
        : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
    body.push(
      `<path d="${path([
        [plot.left, y.at(median)],
        [plot.right, y.at(median)],
      ])}" stroke="${INK.muted}" stroke-dasharray="5 4" fill="none"/>`,
    );
    const total = counts.reduce((a, b) => a + b, 0);
    const zeros = counts.filter((c) => c === 0).length;
    const f = (v: number) => formatNumber(v, o.locale);
    desc = `${f(total)} items finished in ${counts.length} periods; median ${f(median)} per period${zeros > 0 ? `; ${zeros} period${zeros === 1 ? '' : 's'} with none` : ''}.`;
  }
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc,
    kind: 'throughput',
    body,
  });
}
