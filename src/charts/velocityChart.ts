import { popmError } from '../core/errors.js';
import { readEntity } from '../core/internal/readObject.js';
import type { Sprint } from '../progress/sprint.js';
import { empty, legend, path, plotArea, xAxisBands, yAxis } from './internal/frame.js';
import { type ChartOptions, chartOptions, day, list, num, obj, str } from './internal/read.js';
import { formatNumber } from './internal/scale.js';
import { colour, esc, label, r, svgDocument } from './internal/svg.js';

const SPRINT_KEYS = [
  'id',
  'start',
  'end',
  'committed',
  'completed',
  'added',
  'removed',
  'completedFromAdded',
  'meta',
] as const;

/** Input of {@link velocityChart}: the sprints, as {@link velocity} takes them. */
export interface VelocityChartInput {
  /** Sprints with `committed` and `completed` work; drawn in start-date order. */
  readonly sprints: readonly Sprint[];
}

/**
 * Draws committed against completed work per sprint as paired bars, with the
 * mean completed (the velocity) as a line, so a team's say/do gap and its
 * trend read at a glance.
 *
 * @param input - `{ sprints }`
 * @param options - size, title, locale
 * @returns a standalone SVG string
 * @throws PopmError for a malformed sprint or an unknown option
 * @example
 * const svg = velocityChart({ sprints: [
 *   { id: 'S1', start: '2026-01-05', end: '2026-01-16', committed: 30, completed: 24 },
 *   { id: 'S2', start: '2026-01-19', end: '2026-01-30', committed: 28, completed: 28 },
 * ] });
 * svg.includes('Mean completed 26 points over 2 sprints'); //=> true
 */
export function velocityChart(input: VelocityChartInput, options?: ChartOptions): string {
  const o = chartOptions(options, { width: 640, height: 300, title: 'Velocity' });
  const root = obj(input, ['input'], 'an object { sprints }');
  const sprints = list(root, 'sprints', ['input'], 10_000)
    .map((s, i) => {
      const p = ['input', 'sprints', i];
      // A sprint is an entity: a near-miss key (`Added`) is an error, other keys are the app's own.
      const e = readEntity(s, p, SPRINT_KEYS) as object;
      return {
        id: str(e, 'id', p),
        start: day(e, 'start', p),
        committed: num(e, 'committed', p, { min: 0 }),
        completed: num(e, 'completed', p, { min: 0 }),
        i,
      };
    })
    .sort((a, b) => a.start - b.start || a.i - b.i);
  const seen = new Set<string>();
  sprints.forEach((s) => {
    if (seen.has(s.id))
      throw popmError('DUPLICATE_ID', ['input', 'sprints', s.i, 'id'], 'a unique sprint id', s.id);
    seen.add(s.id);
  });
  const body: string[] = [];
  const plot = plotArea(o.width, o.height);
  const top = Math.max(1, ...sprints.map((s) => Math.max(s.committed, s.completed)));
  const y = yAxis(plot, 0, top, 'number', o, body);
  const { centre, band } = xAxisBands(
    plot,
    sprints.map((s) => s.id),
    body,
  );
  legend(
    [
      { name: 'Committed', colour: colour(4), shape: 'box' },
      { name: 'Completed', colour: colour(0), shape: 'box' },
      { name: 'Mean completed', colour: colour(1), dash: true },
    ],
    o.width,
    body,
  );
  const f = (v: number) => formatNumber(v, o.locale);
  let desc: string;
  if (sprints.length === 0) {
    empty(plot, 'No sprints yet', body);
    desc = 'No sprints yet.';
  } else {
    const w = Math.min(28, band * 0.36);
    sprints.forEach((s, i) => {
      const cx = centre(i);
      body.push(
        bar(
          cx - w - 1,
          w,
          y.at(s.committed),
          y.at(0),
          colour(4),
          `${s.id}: committed ${f(s.committed)}`,
        ),
      );
      body.push(
        bar(
          cx + 1,
          w,
          y.at(s.completed),
          y.at(0),
          colour(0),
          `${s.id}: completed ${f(s.completed)}`,
        ),
      );
      if (band >= 40)
        body.push(
          label(cx + 1 + w / 2, y.at(s.completed) - 4, f(s.completed), {
            anchor: 'middle',
            cls: 's',
          }),
        );
    });
    const mean = sprints.reduce((a, s) => a + s.completed, 0) / sprints.length;
    body.push(
      `<path d="${path([
        [plot.left, y.at(mean)],
        [plot.right, y.at(mean)],
      ])}" stroke="${colour(1)}" stroke-width="2" stroke-dasharray="6 4" fill="none"/>`,
    );
    const committed = sprints.reduce((a, s) => a + s.committed, 0);
    const completed = sprints.reduce((a, s) => a + s.completed, 0);
    desc = `Mean completed ${f(Math.round(mean * 10) / 10)} points over ${sprints.length} sprint${sprints.length === 1 ? '' : 's'}; ${committed > 0 ? `${Math.round((completed / committed) * 100)}% of committed work done.` : 'nothing committed.'}`;
  }
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc,
    kind: 'velocity',
    body,
  });
}

/** A vertical bar from `yTop` down to `yBase`, with a tooltip. */
function bar(x: number, w: number, yTop: number, yBase: number, fill: string, tip: string): string {
  return `<rect x="${r(x)}" y="${r(yTop)}" width="${r(w)}" height="${r(Math.max(0, yBase - yTop))}" fill="${fill}"><title>${esc(tip)}</title></rect>`;
}
