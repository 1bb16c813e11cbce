import { popmError } from '../core/errors.js';
import { empty, plotArea, xAxisNumber, yAxis } from './internal/frame.js';
import {
  type ChartOptions,
  chartOptions,
  finite,
  get,
  isPercentileKey,
  keysOf,
  list,
  num,
  obj,
} from './internal/read.js';
import { formatNumber } from './internal/scale.js';
import { colour, esc, INK, label, r, svgDocument, textWidth } from './internal/svg.js';

/** A distribution as every popm simulation reports it. */
export interface HistogramSource {
  /** Rows of the histogram, ascending by value. */
  readonly histogram: readonly {
    readonly value: number;
    readonly count: number;
    readonly cumulative?: number | undefined;
  }[];
  /** Requested percentiles, keyed by percentile. */
  readonly percentiles?: Readonly<Record<number, number>> | undefined;
}

/** Options of {@link forecastHistogram}. */
export interface ForecastHistogramOptions extends ChartOptions {
  /** What a value counts (`'days'`, `'items'`, `'EUR'`…); shown on the axis and in the description. */
  readonly unit?: string | undefined;
}

/**
 * Draws a simulation's histogram with a marker per requested percentile:
 * the picture behind "85% of trials finish within N". Takes a distribution
 * (`{ histogram, percentiles }`) or any Monte Carlo result that holds one
 * (the first property with a `histogram`).
 *
 * @param result - a distribution or a simulation result holding one
 * @param options - size, title, locale, `unit`
 * @returns a standalone SVG string
 * @throws PopmError when no histogram is found or it is malformed
 * @example
 * const dist = { histogram: [{ value: 10, count: 2 }, { value: 11, count: 5 }, { value: 12, count: 3 }], percentiles: { 50: 11, 85: 12 } };
 * forecastHistogram(dist, { unit: 'days' }).includes('85% of 10 trials at or below 12 days'); //=> true
 */
export function forecastHistogram(
  result: HistogramSource | object,
  options?: ForecastHistogramOptions,
): string {
  const o = chartOptions(options, { width: 640, height: 300, title: 'Forecast' }, ['unit']);
  const unitRaw = o.extra.unit;
  if (unitRaw !== undefined && typeof unitRaw !== 'string')
    throw popmError('INVALID_ARGUMENT', ['options', 'unit'], 'a string', unitRaw);
  const unit = unitRaw === undefined ? '' : ` ${unitRaw}`;
  const { dist, path } = findDistribution(result);
  const rows = list(dist, 'histogram', path).map((row, i) => {
    const p = [...path, 'histogram', i];
    const e = obj(row, p);
    return { value: num(e, 'value', p), count: num(e, 'count', p, { min: 0 }) };
  });
  const marks = readMarks(dist, path);
  const body: string[] = [];
  const plot = plotArea(o.width, o.height, { legend: false });
  const total = rows.reduce((a, b) => a + b.count, 0);
  let desc: string;
  if (rows.length === 0 || total === 0) {
    yAxis(plot, 0, 1, 'integer', o, body);
    empty(plot, 'No trials', body);
    desc = 'No trials.';
  } else {
    const lo = Math.min(...rows.map((x) => x.value), ...marks.map((m) => m.value));
    const hi = Math.max(...rows.map((x) => x.value), ...marks.map((m) => m.value));
    const step = smallestGap(rows.map((q) => q.value));
    const half = Number.isFinite(step) && step > 0 ? step / 2 : 0.5;
    const y = yAxis(plot, 0, Math.max(...rows.map((x) => x.count)), 'integer', o, body);
    const x = xAxisNumber(plot, lo - half, hi + half, o, body, false);
    const w = Math.max(1, Math.abs(x.at(lo + half) - x.at(lo - half)) - 1);
    for (const row of rows)
      body.push(
        `<rect x="${r(x.at(row.value) - w / 2)}" y="${r(y.at(row.count))}" width="${r(w)}" height="${r(y.at(0) - y.at(row.count))}" fill="${colour(4)}"><title>${esc(`${formatNumber(row.value, o.locale)}${unit}: ${row.count} trials`)}</title></rect>`,
      );
    drawMarks(marks, x.at, plot, o.locale, body);
    const focus = marks.find((m) => m.p === 85) ?? marks[marks.length - 1];
    desc =
      focus === undefined
        ? `${total} trials from ${formatNumber(lo, o.locale)} to ${formatNumber(hi, o.locale)}${unit}.`
        : `${focus.p}% of ${total} trials at or below ${formatNumber(focus.value, o.locale)}${unit}; range ${formatNumber(lo, o.locale)} to ${formatNumber(hi, o.locale)}.`;
  }
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc,
    kind: 'histogram',
    body,
  });
}

function isDistribution(v: unknown, path: (string | number)[]): v is object {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    get(v, 'histogram', path) !== undefined
  );
}

function findDistribution(result: unknown): { dist: object; path: (string | number)[] } {
  const root = obj(result, ['result'], 'a distribution or a simulation result');
  if (isDistribution(root, ['result'])) return { dist: root, path: ['result'] };
  for (const key of keysOf(root, ['result'])) {
    const v = get(root, key, ['result']);
    if (isDistribution(v, ['result', key])) return { dist: v, path: ['result', key] };
  }
  throw popmError('INVALID_ARGUMENT', ['result'], 'a distribution with a histogram', result);
}

/** The requested percentiles as markers, ascending. */
function readMarks(dist: object, path: (string | number)[]): { p: number; value: number }[] {
  const table = get(dist, 'percentiles', path);
  if (table === undefined || table === null) return [];
  const t = obj(table, [...path, 'percentiles']);
  return keysOf(t, [...path, 'percentiles'])
    .filter(isPercentileKey)
    .map((k) => ({
      p: finite(Number(k), [...path, 'percentiles', k]),
      value: finite(get(t, k, path), [...path, 'percentiles', k]),
    }))
    .sort((a, b) => a.p - b.p);
}

/** The smallest positive gap between consecutive sorted values (the bar width); 1 for fewer than two. */
function smallestGap(values: readonly number[]): number {
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < values.length; i++) {
    const d = (values[i] as number) - (values[i - 1] as number);
    if (d > 0 && d < gap) gap = d;
  }
  return Number.isFinite(gap) ? gap : 1;
}

/** A dashed line per percentile; each label goes in the first row where it overlaps no earlier label. */
function drawMarks(
  marks: readonly { p: number; value: number }[],
  x: (v: number) => number,
  plot: { left: number; right: number; top: number; bottom: number },
  locale: string | undefined,
  body: string[],
): void {
  const rows: [number, number][][] = [];
  marks.forEach((m, i) => {
    const xx = x(m.value);
    const stroke = i === marks.length - 1 ? colour(3) : INK.fg;
    body.push(
      `<line x1="${r(xx)}" x2="${r(xx)}" y1="${r(plot.top)}" y2="${r(plot.bottom)}" stroke="${stroke}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    );
    const text = `P${m.p} ${formatNumber(m.value, locale)}`;
    const w = textWidth(text, 10);
    const anchor = xx > (plot.left + plot.right) / 2 ? 'end' : 'start';
    const x0 = anchor === 'end' ? xx - 3 - w : xx + 3;
    let row = 0;
    while (row < 6 && (rows[row] ?? []).some(([a, b]) => a < x0 + w + 4 && x0 < b + 4)) row++;
    rows[row] = [...(rows[row] ?? []), [x0, x0 + w]];
    body.push(
      label(anchor === 'end' ? xx - 3 : xx + 3, plot.top + 10 + row * 12, text, {
        anchor,
        cls: 's',
      }),
    );
  });
}
