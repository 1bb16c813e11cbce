import { daysBetween, fromEpochDay } from '../core/dates.js';
import type { FlowMetricsResult } from '../progress/flowMetrics.js';
import type { WorkItem } from '../progress/workItem.js';
import { empty, legend, plotArea, xAxisDates, yAxis } from './internal/frame.js';
import {
  type ChartOptions,
  chartOptions,
  day,
  dayOrNull,
  finite,
  get,
  isPercentileKey,
  keysOf,
  list,
  obj,
  str,
} from './internal/read.js';
import { formatNumber } from './internal/scale.js';
import { colour, esc, label, r, svgDocument } from './internal/svg.js';

/** Input of {@link cycleTimeScatter}: the work items and the flow metrics computed from them. */
export interface CycleTimeScatterInput {
  /** Work items; each finished item in the metrics' window is one dot. */
  readonly items: readonly WorkItem[];
  /** The {@link flowMetrics} result for the same items: its window and cycle-time percentiles. */
  readonly metrics: FlowMetricsResult;
}

/**
 * Draws the cycle-time scatterplot: one dot per finished item at its finish
 * date and cycle time (inclusive calendar days, ActionableAgile's
 * definition), with the percentile lines of the metrics, so "85% of items
 * finish within N days" is a line a stakeholder can see.
 *
 * @param input - `{ items, metrics }`
 * @param options - size, title, locale
 * @returns a standalone SVG string
 * @throws PopmError for malformed input or an unknown option
 * @example
 * const items = [
 *   { id: 'A', createdOn: '2026-03-02', startedOn: '2026-03-02', finishedOn: '2026-03-04' },
 *   { id: 'B', createdOn: '2026-03-02', startedOn: '2026-03-03', finishedOn: '2026-03-09' },
 * ];
 * const metrics = flowMetrics(items, { from: '2026-03-02', to: '2026-03-13' });
 * cycleTimeScatter({ items, metrics }).includes('2 items finished'); //=> true
 */
export function cycleTimeScatter(input: CycleTimeScatterInput, options?: ChartOptions): string {
  const o = chartOptions(options, { width: 640, height: 320, title: 'Cycle time' });
  const root = obj(input, ['input'], 'an object { items, metrics }');
  const m = obj(get(root, 'metrics', ['input']), ['input', 'metrics']);
  const from = day(m, 'from', ['input', 'metrics']);
  const to = day(m, 'to', ['input', 'metrics']);
  const pct = readPercentiles(m);
  const dots = list(root, 'items', ['input']).flatMap((it, i) => {
    const p = ['input', 'items', i];
    const e = obj(it, p);
    const id = str(e, 'id', p);
    const started = dayOrNull(e, 'startedOn', p);
    const finished = dayOrNull(e, 'finishedOn', p);
    if (started === null || finished === null || finished < from || finished > to) return [];
    return [{ id, finished, cycle: finished - started + 1 }];
  });
  const body: string[] = [];
  const plot = plotArea(o.width, o.height);
  const top = Math.max(1, ...dots.map((d) => d.cycle), ...pct.map((p) => p.value));
  const y = yAxis(plot, 0, top, 'integer', o, body);
  const x = xAxisDates(plot, from, to, o, body, 0.5);
  legend(
    [
      { name: 'Finished item', colour: colour(0), shape: 'box' },
      ...pct.map((p, i) => ({ name: `${p.p}th percentile`, colour: colour(i + 1), dash: true })),
    ],
    o.width,
    body,
  );
  const f = (v: number) => formatNumber(v, o.locale);
  pct.forEach((p, i) => {
    const yy = y.at(p.value);
    body.push(
      `<line x1="${r(plot.left)}" x2="${r(plot.right)}" y1="${r(yy)}" y2="${r(yy)}" stroke="${colour(i + 1)}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    );
    body.push(
      label(plot.right - 2, yy - 3, `${p.p}%: ${f(p.value)} d`, {
        anchor: 'end',
        cls: 's',
        fill: colour(i + 1),
      }),
    );
  });
  // Items finishing the same day with the same cycle time are spread sideways so none hides another.
  const seen = new Map<string, number>();
  for (const d of dots) {
    const key = `${d.finished}:${d.cycle}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const dx = k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * 4;
    body.push(
      `<circle cx="${r(x(d.finished) + dx)}" cy="${r(y.at(d.cycle))}" r="3.5" fill="${colour(0)}" fill-opacity="0.75"><title>${esc(`${d.id}: ${d.cycle} days, finished ${fromEpochDay(d.finished)}`)}</title></circle>`,
    );
  }
  let desc: string;
  if (dots.length === 0) {
    empty(plot, 'No item finished in this window', body);
    desc = `No item finished between ${fromEpochDay(from)} and ${fromEpochDay(to)}.`;
  } else {
    const p85 = pct.find((p) => p.p === 85) ?? pct[pct.length - 1];
    desc = `${dots.length} items finished between ${fromEpochDay(from)} and ${fromEpochDay(to)} (${daysBetween(fromEpochDay(from), fromEpochDay(to)) + 1} days)`;
    desc += p85 === undefined ? '.' : `; ${p85.p}% finished within ${f(p85.value)} days.`;
  }
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc,
    kind: 'cycle-time',
    body,
  });
}

function readPercentiles(m: object): { p: number; value: number }[] {
  const ct = get(m, 'cycleTime', ['input', 'metrics']);
  if (ct === null || ct === undefined) return [];
  const path = ['input', 'metrics', 'cycleTime', 'percentiles'];
  const table = obj(get(obj(ct, path.slice(0, 3)), 'percentiles', path.slice(0, 3)), path);
  return keysOf(table, path)
    .filter(isPercentileKey)
    .map((k) => ({
      p: finite(Number(k), [...path, k]),
      value: finite(get(table, k, path), [...path, k]),
    }))
    .sort((a, b) => a.p - b.p);
}
