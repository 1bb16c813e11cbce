import { fromEpochDay } from '../core/dates.js';
import type { MilestoneTrendResult } from '../plan/milestoneTrend.js';
import { empty, legend, path, plotArea, xAxisDates } from './internal/frame.js';
import {
  type ChartOptions,
  chartOptions,
  day,
  dayOrNull,
  get,
  list,
  num,
  obj,
  str,
} from './internal/read.js';
import { dateTicks } from './internal/scale.js';
import { colour, esc, INK, label, r, svgDocument } from './internal/svg.js';

interface Line {
  readonly id: string;
  readonly name: string;
  readonly totalSlip: number;
  readonly reachedOn: number | null;
  readonly points: readonly { readonly x: number; readonly y: number; readonly reached: boolean }[];
}

/**
 * Draws a {@link milestoneTrend} result as a milestone trend chart (MTA):
 * status dates across, forecast dates up, one line per milestone, and the
 * diagonal where forecast = status date. A flat line is a stable forecast,
 * a rising one a milestone slipping, a falling one a recovery; a line ends
 * on the diagonal when its milestone is reached. Drawn square, so the
 * diagonal is at 45°, as the method draws it.
 *
 * @param result - a {@link milestoneTrend} result
 * @param options - size, title, locale
 * @returns a standalone SVG string; its `<desc>` names each milestone's total slip
 * @throws PopmError for a malformed result or an unknown option
 * @example
 * const trend = milestoneTrend([
 *   { statusDate: '2026-11-02', finish: '2026-12-04',
 *     tasks: [{ id: 'go-live', start: '2026-12-04', finish: '2026-12-04', milestone: true }] },
 *   { statusDate: '2026-11-09', finish: '2026-12-08',
 *     tasks: [{ id: 'go-live', start: '2026-12-08', finish: '2026-12-08', milestone: true }] },
 * ]);
 * milestoneTrendChart(trend).includes('go-live: forecast 2026-12-08, 2 working days later'); //=> true
 */
export function milestoneTrendChart(result: MilestoneTrendResult, options?: ChartOptions): string {
  const o = chartOptions(options, { width: 520, height: 520, title: 'Milestone trend' });
  const root = obj(result, ['result'], 'a milestoneTrend result');
  const lines = list(root, 'milestones', ['result'], 1000).map((m, i) =>
    readLine(m, ['result', 'milestones', i]),
  );
  const start = dayOrNull(root, 'start', ['result']);
  const end = dayOrNull(root, 'end', ['result']);
  const body: string[] = [];
  const plot = plotArea(o.width, o.height, { leftLabel: 52 });
  legend(
    lines.slice(0, 6).map((l, i) => ({ name: l.name, colour: colour(i) })),
    o.width,
    body,
  );
  if (start === null || end === null || lines.length === 0) {
    empty(plot, 'No milestone reported', body);
  } else {
    const hi = Math.max(end, start + 1);
    const x = xAxisDates(plot, start, hi, o, body, 0);
    const y = yDates(plot, start, hi, o, body);
    body.push(
      `<path d="${path([
        [x(start), y(start)],
        [x(hi), y(hi)],
      ])}" stroke="${INK.muted}" stroke-width="1.5" fill="none"/>`,
      label(x(hi) - 4, y(hi) + 14, 'reached', { anchor: 'end', cls: 'm s' }),
    );
    lines.forEach((l, i) => {
      drawLine(l, colour(i), x, y, body);
    });
  }
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc: describe(lines),
    kind: 'milestone-trend',
    body,
  });
}

function drawLine(
  l: Line,
  stroke: string,
  x: (day: number) => number,
  y: (day: number) => number,
  out: string[],
): void {
  // A reached milestone sits on the diagonal at the day it was reached, as the method draws it.
  const at = (p: Line['points'][number]): [number, number] =>
    p.reached ? [x(Math.min(p.x, p.y)), y(p.y)] : [x(p.x), y(p.y)];
  const pts = l.points.map(at);
  out.push(`<path d="${path(pts)}" fill="none" stroke="${stroke}" stroke-width="2"/>`);
  for (const p of l.points) {
    const tip = `${l.name} on ${fromEpochDay(p.x)}: forecast ${fromEpochDay(p.y)}${p.reached ? ' (reached)' : ''}`;
    const [cx, cy] = at(p);
    const shape = p.reached
      ? `<rect x="${r(cx - 4)}" y="${r(cy - 4)}" width="8" height="8" fill="${stroke}">`
      : `<circle cx="${r(cx)}" cy="${r(cy)}" r="3.5" fill="${stroke}">`;
    out.push(`${shape}<title>${esc(tip)}</title>${p.reached ? '</rect>' : '</circle>'}`);
  }
}

/** A date y axis (epoch days, later higher) with grid lines and labels. */
function yDates(
  plot: { left: number; top: number; right: number; bottom: number },
  lo: number,
  hi: number,
  ctx: { locale?: string | undefined },
  out: string[],
): (day: number) => number {
  const at = (d: number) => plot.bottom - ((d - lo) / (hi - lo)) * (plot.bottom - plot.top);
  const count = Math.max(2, Math.floor((plot.bottom - plot.top) / 40));
  for (const t of dateTicks(lo, hi, count, ctx.locale)) {
    const yy = at(t.day);
    if (yy > plot.bottom - 12) continue; // the x axis labels that corner
    out.push(
      `<line x1="${r(plot.left)}" x2="${r(plot.right)}" y1="${r(yy)}" y2="${r(yy)}" stroke="${INK.grid}"/>`,
      label(plot.left - 6, yy + 4, t.label, { anchor: 'end', cls: 'm', maxWidth: plot.left - 10 }),
    );
  }
  return at;
}

function describe(lines: readonly Line[]): string {
  if (lines.length === 0) return 'No milestone reported.';
  return `${lines
    .slice(0, 10)
    .map((l) => {
      const last = l.points[l.points.length - 1];
      const at = last === undefined ? '' : `forecast ${fromEpochDay(last.y)}, `;
      const slip =
        l.totalSlip === 0
          ? 'no slip'
          : `${Math.abs(l.totalSlip)} working day${Math.abs(l.totalSlip) === 1 ? '' : 's'} ${l.totalSlip > 0 ? 'later' : 'earlier'}`;
      const reached = l.reachedOn === null ? '' : `, reached ${fromEpochDay(l.reachedOn)}`;
      return `${l.name}: ${at}${slip} than first forecast${reached}`;
    })
    .join('; ')}${lines.length > 10 ? `; and ${lines.length - 10} more` : ''}.`;
}

const SERIES_KEYS = ['id', 'name', 'baselineDate', 'date', 'totalSlip', 'reachedOn', 'points'];

function readLine(value: unknown, p: (string | number)[]): Line {
  const e = obj(value, p);
  const id = str(e, 'id', p);
  const name = get(e, 'name', p, SERIES_KEYS);
  return {
    id,
    name: typeof name === 'string' && name !== '' ? name : id,
    totalSlip: num(e, 'totalSlip', p),
    reachedOn: dayOrNull(e, 'reachedOn', p),
    points: list(e, 'points', p).map((q, j) => {
      const pp = [...p, 'points', j];
      const pe = obj(q, pp);
      return {
        x: day(pe, 'statusDate', pp),
        y: day(pe, 'date', pp),
        reached: get(pe, 'reached', pp) === true,
      };
    }),
  };
}
