import { fromEpochDay } from '../core/dates.js';
import type { ReleaseBurnupResult } from '../progress/releaseBurnup.js';
import { empty, legend, path, plotArea, xAxisDates, yAxis } from './internal/frame.js';
import {
  type ChartOptions,
  chartOptions,
  day,
  get,
  isPercentileKey,
  keysOf,
  list,
  num,
  obj,
  strings,
} from './internal/read.js';
import { formatNumber } from './internal/scale.js';
import { colour, INK, label, r, svgDocument } from './internal/svg.js';

interface Row {
  readonly day: number;
  readonly scope: number;
  readonly done: number;
}

interface Cone {
  /** Percentile → finish day, ascending by percentile. */
  readonly dates: readonly { readonly p: number; readonly day: number }[];
}

/**
 * Draws a {@link releaseBurnup} result: the scope line and the done line per
 * day (scope added or removed moves only the scope line, so it never looks
 * like progress), and the forecast cone: the range of finish dates between
 * the lowest and highest percentile of the forecast (P15–P85 by default)
 * shaded, each percentile's date marked, and the done line's path to the
 * scope at the median date dashed.
 *
 * @param result - a {@link releaseBurnup} result
 * @param options - size, title, locale
 * @returns a standalone SVG string; its `<desc>` states scope, done and the P50/P85 dates
 * @throws PopmError for a malformed result or an unknown option
 * @example
 * const result = releaseBurnup(
 *   [
 *     { date: '2026-03-02', kind: 'added', amount: 20 },
 *     { date: '2026-03-03', kind: 'done', amount: 2 },
 *     { date: '2026-03-04', kind: 'done', amount: 3 },
 *   ],
 *   { asOf: '2026-03-04', trials: 200, seed: 1, scopeGrowth: 0 },
 * );
 * releaseBurnupChart(result).includes('5 of 20 items done on 2026-03-04'); //=> true
 */
export function releaseBurnupChart(result: ReleaseBurnupResult, options?: ChartOptions): string {
  const o = chartOptions(options, { width: 640, height: 320, title: 'Release burnup' });
  const root = obj(result, ['result'], 'a releaseBurnup result');
  const asOf = day(root, 'asOf', ['result']);
  const rows = list(root, 'days', ['result']).map((v, i) => readRow(v, ['result', 'days', i]));
  const cone = readCone(root);
  const warnings = strings(root, 'warnings', ['result']);
  const last = cone.dates[cone.dates.length - 1];
  const first = rows[0]?.day ?? asOf;
  const end = Math.max(asOf, last?.day ?? asOf);
  const body: string[] = [];
  const plot = plotArea(o.width, o.height);
  const top = Math.max(1, ...rows.map((d) => Math.max(d.scope, d.done)));
  const y = yAxis(plot, 0, top, 'integer', o, body);
  const x = xAxisDates(plot, first, end, o, body, 0.5);
  legend(
    [
      { name: 'Scope', colour: colour(3) },
      { name: 'Done', colour: colour(0) },
      { name: 'Forecast range', colour: colour(0), shape: 'box' },
      { name: 'Median date', colour: colour(0), dash: true },
    ],
    o.width,
    body,
  );
  const f = (v: number) => formatNumber(v, o.locale);
  const now = rows[rows.length - 1];
  if (now === undefined) {
    empty(plot, 'No scope or work recorded yet', body);
  } else {
    drawCone(cone, now, x, y.at, plot, body);
    const scope = rows.map((d): [number, number] => [x(d.day), y.at(d.scope)]);
    const done = rows.map((d): [number, number] => [x(d.day), y.at(d.done)]);
    body.push(`<path d="${path(scope)}" fill="none" stroke="${colour(3)}" stroke-width="2"/>`);
    body.push(`<path d="${path(done)}" fill="none" stroke="${colour(0)}" stroke-width="2.5"/>`);
    const nearEnd = x(asOf) > plot.right - 40;
    body.push(
      `<line x1="${r(x(asOf))}" x2="${r(x(asOf))}" y1="${r(plot.top)}" y2="${r(plot.bottom)}" stroke="${INK.muted}" stroke-dasharray="2 3"/>`,
      label(x(asOf) + (nearEnd ? -3 : 3), plot.bottom - 6, 'today', {
        cls: 'm s',
        anchor: nearEnd ? 'end' : 'start',
      }),
    );
    if (cone.dates.length === 0)
      body.push(
        label(plot.left + 8, plot.top + 14, `No forecast: ${warnings[0] ?? 'nothing done yet.'}`, {
          cls: 's',
          fill: INK.bad,
          maxWidth: plot.right - plot.left - 16,
        }),
      );
  }
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc: describe(now, asOf, cone, warnings, f),
    kind: 'release-burnup',
    body,
  });
}

function describe(
  now: Row | undefined,
  asOf: number,
  cone: Cone,
  warnings: readonly string[],
  f: (v: number) => string,
): string {
  if (now === undefined) return `Nothing recorded by ${fromEpochDay(asOf)}.`;
  let desc = `${f(now.done)} of ${f(now.scope)} items done on ${fromEpochDay(asOf)}.`;
  const at = (p: number) => cone.dates.find((d) => d.p === p);
  const p50 = at(50);
  const p85 = at(85);
  if (p50 !== undefined) desc += ` Median finish ${fromEpochDay(p50.day)}`;
  if (p85 !== undefined)
    desc += `${p50 === undefined ? ' Finish' : ','} 85% by ${fromEpochDay(p85.day)}`;
  if (p50 !== undefined || p85 !== undefined) desc += '.';
  if (cone.dates.length === 0) desc += ' No forecast.';
  if (warnings.length > 0) desc += ` ${warnings.join(' ')}`;
  return desc;
}

function drawCone(
  cone: Cone,
  now: Row,
  x: (day: number) => number,
  y: (v: number) => number,
  plot: { top: number; bottom: number },
  out: string[],
): void {
  const lo = cone.dates[0];
  const hi = cone.dates[cone.dates.length - 1];
  if (lo === undefined || hi === undefined) return;
  out.push(
    `<rect x="${r(x(lo.day))}" y="${r(plot.top)}" width="${r(Math.max(1, x(hi.day) - x(lo.day)))}" height="${r(plot.bottom - plot.top)}" fill="${colour(0)}" fill-opacity="0.1"/>`,
  );
  for (const d of cone.dates) {
    out.push(
      `<line x1="${r(x(d.day))}" x2="${r(x(d.day))}" y1="${r(plot.top)}" y2="${r(plot.bottom)}" stroke="${colour(0)}" stroke-opacity="0.5"/>`,
      label(x(d.day) - 3, plot.top + 10, `P${d.p}`, { anchor: 'end', cls: 's', fill: colour(0) }),
    );
  }
  const median = cone.dates.find((d) => d.p === 50) ?? cone.dates[cone.dates.length >> 1];
  if (median !== undefined)
    out.push(
      `<path d="${path([
        [x(now.day), y(now.done)],
        [x(median.day), y(now.scope)],
      ])}" fill="none" stroke="${colour(0)}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
      `<path d="${path([
        [x(now.day), y(now.scope)],
        [x(hi.day), y(now.scope)],
      ])}" fill="none" stroke="${colour(3)}" stroke-width="1" stroke-dasharray="2 3"/>`,
    );
}

function readRow(value: unknown, p: (string | number)[]): Row {
  const e = obj(value, p);
  return {
    day: day(e, 'date', p),
    scope: num(e, 'scope', p),
    done: num(e, 'doneTotal', p, { min: 0 }),
  };
}

function readCone(root: object): Cone {
  const forecast = get(root, 'forecast', ['result']);
  if (forecast === null || forecast === undefined) return { dates: [] };
  const fp = ['result', 'forecast'];
  const dates = get(obj(forecast, fp), 'dates', fp);
  if (dates === undefined) return { dates: [] }; // a shard's part carries no dates
  const dp = [...fp, 'dates'];
  const table = obj(dates, dp);
  return {
    dates: keysOf(table, dp)
      .filter(isPercentileKey)
      .map((k) => ({ p: Number(k), day: day(table, k, dp) }))
      .sort((a, b) => a.p - b.p),
  };
}
