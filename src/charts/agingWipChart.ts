import type { WorkItem } from '../progress/workItem.js';
import type { WorkItemAgeResult } from '../progress/workItemAge.js';
import { empty, plotArea, xAxisBands, yAxis } from './internal/frame.js';
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
  str,
} from './internal/read.js';
import { formatNumber } from './internal/scale.js';
import { colour, esc, INK, label, r, svgDocument } from './internal/svg.js';

/** Input of {@link agingWipChart}: the ages of open items and the items themselves (for their state). */
export interface AgingWipChartInput {
  /** A {@link workItemAge} result. */
  readonly ages: WorkItemAgeResult;
  /** The work items, for each open item's current state (its last transition), if any. */
  readonly items?: readonly WorkItem[] | undefined;
}

/**
 * Draws aging work in progress: each open item as a dot at its age, in a
 * column per current state, against the cycle-time percentile bands from
 * finished work, so the items that are already older than 85% of past work
 * stand out for the daily stand-up (ActionableAgile's aging chart).
 *
 * @param input - `{ ages, items? }`
 * @param options - size, title, locale
 * @returns a standalone SVG string
 * @throws PopmError for malformed input or an unknown option
 * @example
 * const items = [
 *   { id: 'A', createdOn: '2026-03-02', startedOn: '2026-03-02', finishedOn: '2026-03-05' },
 *   { id: 'B', createdOn: '2026-03-02', startedOn: '2026-03-03' },
 * ];
 * const ages = workItemAge(items, '2026-03-12');
 * agingWipChart({ ages, items }).includes('1 open item'); //=> true
 */
export function agingWipChart(input: AgingWipChartInput, options?: ChartOptions): string {
  const o = chartOptions(options, { width: 640, height: 320, title: 'Aging work in progress' });
  const root = obj(input, ['input'], 'an object { ages, items? }');
  const ages = obj(get(root, 'ages', ['input']), ['input', 'ages']);
  const apath = ['input', 'ages'];
  const stateOf = new Map<string, string>();
  const rawItems = get(root, 'items', ['input']);
  if (rawItems !== undefined) {
    list(root, 'items', ['input']).forEach((it, i) => {
      const p = ['input', 'items', i];
      const e = obj(it, p);
      const tr = get(e, 'transitions', p);
      const lastT = Array.isArray(tr) && tr.length > 0 ? tr[tr.length - 1] : undefined;
      const st =
        lastT !== undefined && lastT !== null && typeof lastT === 'object'
          ? (lastT as { state?: unknown }).state
          : undefined;
      stateOf.set(str(e, 'id', p), typeof st === 'string' ? st : 'in progress');
    });
  }
  const open = list(ages, 'items', apath).map((a, i) => {
    const p = [...apath, 'items', i];
    const e = obj(a, p);
    const id = str(e, 'id', p);
    return { id, age: num(e, 'age', p, { min: 0 }), state: stateOf.get(id) ?? 'in progress' };
  });
  const ptable = obj(get(ages, 'percentiles', apath), [...apath, 'percentiles']);
  const bands = keysOf(ptable, [...apath, 'percentiles'])
    .filter(isPercentileKey)
    .map((k) => ({
      p: finite(Number(k), [...apath, 'percentiles', k]),
      value: finite(get(ptable, k, [...apath, 'percentiles']), [...apath, 'percentiles', k]),
    }))
    .sort((a, b) => a.p - b.p);
  const states = [...new Set(open.map((x) => x.state))];
  const body: string[] = [];
  const plot = plotArea(o.width, o.height, { legend: false });
  const y = yAxis(
    plot,
    0,
    Math.max(1, ...open.map((x) => x.age), ...bands.map((b) => b.value)),
    'integer',
    o,
    body,
  );
  // Bands from the percentiles: below the lowest green, then amber, then red above the highest.
  let prev = 0;
  bands.forEach((b, i) => {
    const fill = i === 0 ? INK.good : i === bands.length - 1 ? INK.bad : INK.warn;
    body.push(
      `<rect x="${r(plot.left)}" y="${r(y.at(b.value))}" width="${r(plot.right - plot.left)}" height="${r(y.at(prev) - y.at(b.value))}" fill="${fill}" fill-opacity="0.12"/>`,
    );
    body.push(
      label(plot.right - 2, y.at(b.value) - 3, `${b.p}%: ${formatNumber(b.value, o.locale)} d`, {
        anchor: 'end',
        cls: 's m',
      }),
    );
    prev = b.value;
  });
  const { centre, band } = xAxisBands(plot, states.length === 0 ? [''] : states, body);
  const f = (v: number) => formatNumber(v, o.locale);
  const top = bands[bands.length - 1];
  const perState = new Map<string, number>();
  for (const it of open) {
    const k = perState.get(it.state) ?? 0;
    perState.set(it.state, k + 1);
    const cx = centre(states.indexOf(it.state)) + (((k * 7) % 9) - 4) * Math.min(6, band / 12);
    const old = top !== undefined && it.age > top.value;
    body.push(
      `<circle cx="${r(cx)}" cy="${r(y.at(it.age))}" r="4" fill="${old ? colour(3) : colour(0)}"><title>${esc(`${it.id}: ${it.age} days in ${it.state}`)}</title></circle>`,
    );
  }
  let desc: string;
  if (open.length === 0) {
    empty(plot, 'No open items', body);
    desc = 'No open items.';
  } else {
    const oldest = open.reduce((a, b) => (b.age > a.age ? b : a));
    desc = `${open.length} open item${open.length === 1 ? '' : 's'}; oldest ${oldest.id} at ${f(oldest.age)} days`;
    if (top !== undefined) {
      const over = open.filter((x) => x.age > top.value).length;
      desc += `; ${over} older than the ${top.p}th percentile of cycle time (${f(top.value)} days).`;
    } else desc += '.';
  }
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc,
    kind: 'aging-wip',
    body,
  });
}
