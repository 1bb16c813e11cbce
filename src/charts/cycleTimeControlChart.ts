import { fromEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import type { ControlChartResult } from '../progress/controlChart.js';
import { empty, legend, path, plotArea, xAxisDates, yAxis } from './internal/frame.js';
import {
  type ChartOptions,
  chartOptions,
  day,
  finite,
  get,
  list,
  obj,
  str,
} from './internal/read.js';
import { formatNumber } from './internal/scale.js';
import { colour, esc, INK, r, svgDocument } from './internal/svg.js';

interface Point {
  readonly id: string;
  readonly day: number;
  readonly cycle: number;
  readonly mean: number;
  readonly lower2: number;
  readonly lower1: number;
  readonly upper1: number;
  readonly upper2: number;
}

/**
 * Draws a {@link controlChart} result as Jira's and ActionableAgile's control
 * chart: one dot per finished item at its finish date and cycle time, the
 * rolling mean over the result's `window`, the ±1σ band (darker) and ±2σ band
 * (lighter) around it, and the outliers (beyond 2σ of the overall mean)
 * ringed, so a reader sees whether cycle times are stable and which items
 * to ask about.
 *
 * @param result - a {@link controlChart} result
 * @param options - size, title, locale
 * @returns a standalone SVG string; its `<desc>` states the mean, σ and outliers
 * @throws PopmError for a malformed result or an unknown option
 * @example
 * const items = [
 *   { id: 'A', createdOn: '2026-03-02', startedOn: '2026-03-02', finishedOn: '2026-03-04' },
 *   { id: 'B', createdOn: '2026-03-02', startedOn: '2026-03-03', finishedOn: '2026-03-06' },
 *   { id: 'C', createdOn: '2026-03-02', startedOn: '2026-03-02', finishedOn: '2026-03-09' },
 * ];
 * const result = controlChart(items, { from: '2026-03-02', to: '2026-03-13', window: 2 });
 * cycleTimeControlChart(result).includes('3 items finished'); //=> true
 */
export function cycleTimeControlChart(result: ControlChartResult, options?: ChartOptions): string {
  const o = chartOptions(options, { width: 640, height: 320, title: 'Cycle time control chart' });
  const root = obj(result, ['result'], 'a controlChart result');
  const from = day(root, 'from', ['result']);
  const to = day(root, 'to', ['result']);
  const unit = str(root, 'unit', ['result']) === 'working-days' ? 'working days' : 'days';
  const points = list(root, 'points', ['result']).map((p, i) =>
    readPoint(p, ['result', 'points', i]),
  );
  const outliers = new Set(
    list(root, 'outliers', ['result']).map((v, i) => {
      if (typeof v !== 'string')
        throw popmError('INVALID_ARGUMENT', ['result', 'outliers', i], 'an item id', v);
      return v;
    }),
  );
  const body: string[] = [];
  const plot = plotArea(o.width, o.height);
  const top = Math.max(1, ...points.map((p) => Math.max(p.cycle, p.upper2)));
  const y = yAxis(plot, 0, top, 'integer', o, body);
  const x = xAxisDates(plot, from, Math.max(from, to), o, body, 0.5);
  legend(
    [
      { name: 'Finished item', colour: colour(0), shape: 'box' },
      { name: 'Rolling mean', colour: INK.fg },
      { name: '±1σ', colour: colour(4), shape: 'box', opacity: 0.34 },
      { name: '±2σ', colour: colour(4), shape: 'box', opacity: 0.12 },
      { name: 'Outlier', colour: INK.bad, shape: 'box' },
    ],
    o.width,
    body,
  );
  const f = (v: number) => formatNumber(v, o.locale);
  if (points.length === 0) {
    empty(plot, 'No item finished in this window', body);
  } else {
    band(
      points,
      (p) => p.upper2,
      (p) => p.lower2,
      0.12,
      x,
      y.at,
      body,
    );
    band(
      points,
      (p) => p.upper1,
      (p) => p.lower1,
      0.22,
      x,
      y.at,
      body,
    );
    const mean = points.map((p): [number, number] => [x(p.day), y.at(p.mean)]);
    body.push(`<path d="${path(mean)}" fill="none" stroke="${INK.fg}" stroke-width="1.5"/>`);
    for (const p of points) {
      const out = outliers.has(p.id);
      const fill = out ? INK.bad : colour(0);
      const title = `${p.id}: ${f(p.cycle)} ${unit}, finished ${fromEpochDay(p.day)}${out ? ' (outlier)' : ''}`;
      const ring = out
        ? `<circle cx="${r(x(p.day))}" cy="${r(y.at(p.cycle))}" r="7" fill="none" stroke="${INK.bad}" stroke-width="1.5"/>`
        : '';
      body.push(
        `${ring}<circle cx="${r(x(p.day))}" cy="${r(y.at(p.cycle))}" r="3.5" fill="${fill}" fill-opacity="0.85"><title>${esc(title)}</title></circle>`,
      );
    }
  }
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc: describe(root, points, [...outliers], unit, from, to, f),
    kind: 'control-chart',
    body,
  });
}

function describe(
  root: object,
  points: readonly Point[],
  outliers: readonly string[],
  unit: string,
  from: number,
  to: number,
  f: (v: number) => string,
): string {
  const range = `between ${fromEpochDay(from)} and ${fromEpochDay(to)}`;
  if (points.length === 0) return `No item finished ${range}.`;
  const overall = get(root, 'overall', ['result']);
  let desc = `${points.length} items finished ${range}`;
  if (overall !== null && overall !== undefined) {
    const ov = obj(overall, ['result', 'overall']);
    const mean = finite(get(ov, 'mean', ['result', 'overall']), ['result', 'overall', 'mean'], 0);
    const sd = finite(get(ov, 'stdDev', ['result', 'overall']), ['result', 'overall', 'stdDev'], 0);
    desc += `; mean cycle time ${f(mean)} ${unit} (σ ${f(sd)})`;
  }
  if (outliers.length === 0) return `${desc}; no outlier beyond 2σ.`;
  const shown = outliers.slice(0, 5).join(', ');
  const more = outliers.length > 5 ? ` and ${outliers.length - 5} more` : '';
  return `${desc}; ${outliers.length} outlier${outliers.length === 1 ? '' : 's'} beyond 2σ: ${shown}${more}.`;
}

/** A filled band between two series, drawn through the points in order. */
function band(
  points: readonly Point[],
  hi: (p: Point) => number,
  lo: (p: Point) => number,
  opacity: number,
  x: (day: number) => number,
  y: (v: number) => number,
  out: string[],
): void {
  const upper = points.map((p): [number, number] => [x(p.day), y(hi(p))]);
  const lower = [...points].reverse().map((p): [number, number] => [x(p.day), y(lo(p))]);
  out.push(
    `<path d="${path([...upper, ...lower])}Z" fill="${colour(4)}" fill-opacity="${opacity}" stroke="none"/>`,
  );
}

const BAND_KEYS = ['lower2', 'lower1', 'upper1', 'upper2'];

function readPoint(value: unknown, p: (string | number)[]): Point {
  const e = obj(value, p);
  const b = obj(get(e, 'bands', p), [...p, 'bands']);
  const bp = [...p, 'bands'];
  const n = (o: object, k: string, at: (string | number)[]) =>
    finite(get(o, k, at, BAND_KEYS), [...at, k], 0);
  return {
    id: str(e, 'id', p),
    day: day(e, 'finishedOn', p),
    cycle: n(e, 'cycleTime', p),
    mean: n(e, 'rollingMean', p),
    lower2: n(b, 'lower2', bp),
    lower1: n(b, 'lower1', bp),
    upper1: n(b, 'upper1', bp),
    upper2: n(b, 'upper2', bp),
  };
}
