import type { SimulateProjectResult } from '../project/simulateProject.js';
import { type Plot, yAxis } from './internal/frame.js';
import { type ChartOptions, chartOptions, get, list, num, obj, str } from './internal/read.js';
import { formatCompact, formatMoney, formatNumber } from './internal/scale.js';
import { colour, esc, INK, label, r, svgDocument } from './internal/svg.js';

interface Bar {
  readonly value: number;
  readonly count: number;
  readonly date: string | undefined;
}

interface Joint {
  readonly percent: number;
  readonly finish: number;
  readonly finishDate: string | undefined;
  readonly cost: number;
  readonly share: number;
}

interface Driver {
  readonly id: string;
  readonly days: number;
  readonly cost: number;
}

/** Risk drivers listed at most. */
const DRIVERS = 6;

/**
 * Draws a {@link simulateProject} result as one picture of date and cost
 * risk: the finish histogram and the cost histogram side by side, each with
 * its P80 (the result's `joint.percent`) marked, the share of trials that
 * meet both at once, and the risk drivers below as two bars each (what the
 * risk adds to the P80 finish and to the P80 cost), so "P80 date and P80
 * cost, and which risks drive them" is answered in one view.
 *
 * @param result - a {@link simulateProject} result
 * @param options - size, title, locale, `currency`
 * @returns a standalone SVG string; its `<desc>` states the P80 date, cost, joint share and top driver
 * @throws PopmError for a malformed result or an unknown option
 * @example
 * const result = simulateProject(
 *   {
 *     tasks: [{ id: 'a', duration: 5, cost: 1000, estimate: { optimistic: 4, mostLikely: 5, pessimistic: 9 } }],
 *     risks: [{ id: 'r1', title: 'Supplier late', kind: 'threat', probability: 0.5,
 *               tasks: ['a'], scheduleImpactDays: 2, costImpact: 500 }],
 *   },
 *   { trials: 500, seed: 1 },
 * );
 * projectRiskChart(result).includes('both hold together in'); //=> true
 */
export function projectRiskChart(
  result: SimulateProjectResult<number>,
  options?: ChartOptions,
): string {
  const o = chartOptions(options, { width: 720, height: 440, title: 'Date and cost risk' });
  const root = obj(result, ['result'], 'a simulateProject result');
  const finish = bars(root, 'finish');
  const cost = bars(root, 'cost');
  const joint = readJoint(root);
  const drivers = list(root, 'tornado', ['result'], 100_000).map((d, i) => {
    const p = ['result', 'tornado', i];
    const e = obj(d, p);
    return { id: str(e, 'id', p), days: num(e, 'finishDays', p), cost: num(e, 'cost', p) };
  });
  const money = (v: number) => formatMoney(v, o.currency, o.locale);
  const f = (v: number) => formatNumber(v, o.locale);
  const body: string[] = [];
  const half = (o.width - 24) / 2;
  const top = 44;
  const panelBottom = o.height - 40 - Math.min(DRIVERS, Math.max(1, drivers.length)) * 18 - 44;
  const p80Finish = joint.finishDate ?? `day ${f(joint.finish)}`;
  histogram(
    finish,
    joint.finish,
    { left: 60, top, right: half - 8, bottom: panelBottom },
    `Finish: P${joint.percent} ${p80Finish}`,
    (b) => b.date ?? `day ${f(b.value)}`,
    o,
    body,
  );
  histogram(
    cost,
    joint.cost,
    { left: half + 60, top, right: o.width - 16, bottom: panelBottom },
    `Cost: P${joint.percent} ${money(joint.cost)}`,
    (b) => money(b.value),
    o,
    body,
  );
  body.push(
    label(
      12,
      panelBottom + 34,
      `Both by ${p80Finish} and within ${money(joint.cost)} in ${f(joint.share * 100)}% of trials`,
      { cls: 's', fill: joint.share < joint.percent / 100 ? INK.bad : INK.fg },
    ),
  );
  driverBars(
    drivers,
    panelBottom + 48,
    o.width,
    f,
    (v) => formatCompact(v, o.currency, o.locale),
    body,
  );
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc: describe(joint, p80Finish, drivers, money, f),
    kind: 'project-risk',
    body,
  });
}

function describe(
  joint: Joint,
  p80Finish: string,
  drivers: readonly Driver[],
  money: (v: number) => string,
  f: (v: number) => string,
): string {
  const p = `P${joint.percent}`;
  let desc = `${p} finish ${p80Finish} (${f(joint.finish)} working days) and ${p} cost ${money(joint.cost)}; both hold together in ${f(joint.share * 100)}% of trials.`;
  const top = drivers[0];
  if (top === undefined) return `${desc} No risk simulated.`;
  desc += ` Largest driver: ${top.id} (+${f(top.days)} days, +${money(top.cost)} at ${p}).`;
  return desc;
}

/** One histogram panel with its P80 marker and a heading. */
function histogram(
  rows: readonly Bar[],
  mark: number,
  plot: Plot,
  heading: string,
  name: (b: Bar) => string,
  o: { locale?: string | undefined },
  out: string[],
): void {
  out.push(label(plot.left - 48, plot.top - 4 + 12, heading, { cls: 't', size: 12 }));
  const inner: Plot = { ...plot, top: plot.top + 22 };
  const total = rows.reduce((a, b) => a + b.count, 0);
  const y = yAxis(inner, 0, Math.max(1, ...rows.map((b) => b.count)), 'integer', o, out);
  if (rows.length === 0 || total === 0) return;
  const lo = (rows[0] as Bar).value;
  const hi = Math.max(lo + 1e-9, (rows[rows.length - 1] as Bar).value);
  const slot = (inner.right - inner.left) / rows.length;
  const x = (v: number) =>
    inner.left + ((v - lo) / (hi - lo)) * (inner.right - inner.left - slot) + slot / 2;
  rows.forEach((b) => {
    const at = x(b.value);
    const over = b.value > mark;
    out.push(
      `<rect x="${r(at - Math.max(1, slot - 1) / 2)}" y="${r(y.at(b.count))}" width="${r(Math.max(1, slot - 1))}" height="${r(inner.bottom - y.at(b.count))}" fill="${over ? colour(1) : colour(0)}"><title>${esc(`${name(b)}: ${b.count} trials`)}</title></rect>`,
    );
  });
  const mx = Math.min(inner.right, Math.max(inner.left, x(mark)));
  out.push(
    `<line x1="${r(mx)}" x2="${r(mx)}" y1="${r(inner.top)}" y2="${r(inner.bottom)}" stroke="${INK.fg}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    `<line x1="${r(inner.left)}" x2="${r(inner.right)}" y1="${r(inner.bottom)}" y2="${r(inner.bottom)}" stroke="${INK.muted}"/>`,
    label(inner.left, inner.bottom + 14, name(rows[0] as Bar), { cls: 'm s' }),
    label(inner.right, inner.bottom + 14, name(rows[rows.length - 1] as Bar), {
      cls: 'm s',
      anchor: 'end',
    }),
  );
}

/** The risk drivers: what each adds to the P80 finish (days) and the P80 cost. */
function driverBars(
  drivers: readonly Driver[],
  top: number,
  width: number,
  f: (v: number) => string,
  money: (v: number) => string,
  out: string[],
): void {
  out.push(label(12, top, 'Risk drivers (added at the percentile):', { cls: 's' }));
  if (drivers.length === 0) {
    out.push(label(12, top + 18, 'No risk simulated.', { cls: 'm s' }));
    return;
  }
  const shown = drivers.slice(0, DRIVERS);
  const maxDays = Math.max(1e-9, ...shown.map((d) => Math.abs(d.days)));
  const maxCost = Math.max(1e-9, ...shown.map((d) => Math.abs(d.cost)));
  const half = (width - 24) / 2;
  const span = half - 150;
  shown.forEach((d, i) => {
    const y = top + 8 + i * 18;
    const wd = (Math.abs(d.days) / maxDays) * span;
    const wc = (Math.abs(d.cost) / maxCost) * span;
    out.push(
      label(12, y + 11, d.id, { cls: 's', maxWidth: 80 }),
      `<rect x="100" y="${r(y + 2)}" width="${r(Math.max(0.5, wd))}" height="11" fill="${colour(0)}"/>`,
      label(104 + wd, y + 11, `${d.days >= 0 ? '+' : ''}${f(d.days)} d`, { cls: 'm s' }),
      label(half + 12, y + 11, d.id, { cls: 's', maxWidth: 80 }),
      `<rect x="${r(half + 100)}" y="${r(y + 2)}" width="${r(Math.max(0.5, wc))}" height="11" fill="${colour(1)}"/>`,
      label(half + 104 + wc, y + 11, `${d.cost >= 0 ? '+' : ''}${money(d.cost)}`, { cls: 'm s' }),
    );
  });
}

function bars(root: object, key: 'finish' | 'cost'): Bar[] {
  const p = ['result', key];
  const d = obj(get(root, key, ['result']), p);
  return list(d, 'histogram', p).map((row, i) => {
    const rp = [...p, 'histogram', i];
    const e = obj(row, rp);
    // The required fields first, so a misspelling of one is reported as that field.
    const value = num(e, 'value', rp);
    const count = num(e, 'count', rp, { min: 0 });
    const date = get(e, 'date', rp, ['value', 'count', 'cumulative']);
    return { value, count, date: typeof date === 'string' ? date : undefined };
  });
}

function readJoint(root: object): Joint {
  const p = ['result', 'joint'];
  const e = obj(get(root, 'joint', ['result']), p);
  const percent = num(e, 'percent', p, { min: 0 });
  const finish = num(e, 'finish', p);
  const cost = num(e, 'cost', p);
  const share = num(e, 'share', p, { min: 0 });
  const date = get(e, 'finishDate', p, ['percent', 'finish', 'cost', 'share']);
  return { percent, finish, finishDate: typeof date === 'string' ? date : undefined, cost, share };
}
