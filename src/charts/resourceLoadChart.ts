import { toEpochDay } from '../core/dates.js';
import { popmError } from '../core/errors.js';
import type { ResourceLoadResult } from '../plan/resourceLoad.js';
import { empty, path, plotArea, xAxisBands } from './internal/frame.js';
import {
  type ChartOptions,
  chartOptions,
  finite,
  get,
  list,
  obj,
  str,
  strings,
} from './internal/read.js';
import { dayLabel, formatNumber } from './internal/scale.js';
import { colour, esc, INK, label, r, svgDocument } from './internal/svg.js';

interface Row {
  readonly id: string;
  readonly name: string;
  readonly available: readonly number[];
  readonly load: readonly number[];
  readonly peak: number;
  readonly over: number;
}

/** Height of one resource's strip, in px. */
const STRIP = 64;

/**
 * Draws a {@link resourceLoad} result as a resource histogram, one strip per
 * resource (as MS Project's Resource Graph and GanttProject's resource chart
 * show it): a bar per working day for the units assigned, the units
 * available as a line over it, and every day whose load exceeds what is
 * available in the warning colour, so over-allocation is seen before it is
 * read. The height grows with the number of resources unless `height` is
 * given.
 *
 * @param result - a {@link resourceLoad} result
 * @param options - size, title, locale
 * @returns a standalone SVG string; its `<desc>` names the over-allocated resources
 * @throws PopmError for a malformed result or an unknown option
 * @example
 * const plan = {
 *   resources: [{ id: 'ana', unitsPerDay: 1 }],
 *   tasks: [
 *     { id: 'A', duration: 2, assignments: [{ resource: 'ana', units: 1 }] },
 *     { id: 'B', duration: 1, assignments: [{ resource: 'ana', units: 1 }] },
 *   ],
 * };
 * const load = resourceLoad(plan, { start: '2026-03-02' });
 * resourceLoadChart(load).includes('ana over-allocated on 1 day'); //=> true
 */
export function resourceLoadChart(result: ResourceLoadResult, options?: ChartOptions): string {
  const root = obj(result, ['result'], 'a resourceLoad result');
  const days = strings(root, 'days', ['result']);
  const rows = list(root, 'resources', ['result']).map((v, i) =>
    readRow(v, ['result', 'resources', i], days.length),
  );
  const o = chartOptions(options, {
    width: 640,
    height: 52 + 30 + Math.max(1, rows.length) * STRIP,
    title: 'Resource load',
  });
  const body: string[] = [];
  const plot = plotArea(o.width, o.height, { leftLabel: 96 });
  body.push(
    `<rect x="12" y="30" width="10" height="10" fill="${colour(0)}"/>`,
    label(26, 39, 'Units assigned', { cls: 's' }),
    `<rect x="120" y="30" width="10" height="10" fill="${INK.bad}"/>`,
    label(134, 39, 'Over-allocated', { cls: 's' }),
    `<line x1="230" x2="246" y1="35" y2="35" stroke="${INK.fg}" stroke-width="1.5"/>`,
    label(250, 39, 'Available', { cls: 's' }),
  );
  const nums = days.map((d, i) => dayNumber(d, i));
  if (rows.length === 0 || nums.length === 0) {
    empty(plot, rows.length === 0 ? 'No resources' : 'No working day in range', body);
  } else {
    // One equal band per working day reported (days off are not drawn).
    const bands = xAxisBands(
      plot,
      nums.map((d) => dayLabel(d, o.locale)),
      body,
    );
    const strip = (plot.bottom - plot.top) / rows.length;
    rows.forEach((row, i) => {
      drawStrip(row, days, bands, plot.top + i * strip, strip, o, body);
    });
  }
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc: describe(rows, days, (v) => formatNumber(v, o.locale)),
    kind: 'resource-load',
    body,
  });
}

function drawStrip(
  row: Row,
  days: readonly string[],
  bands: { centre: (i: number) => number; band: number },
  top: number,
  height: number,
  o: { locale?: string | undefined; width: number },
  out: string[],
): void {
  const f = (v: number) => formatNumber(v, o.locale);
  const base = top + height - 6;
  const hi = Math.max(1, row.peak, ...row.available);
  const y = (v: number) => base - (v / hi) * (height - 16);
  const width = Math.max(1, bands.band - Math.min(4, bands.band / 4));
  out.push(
    label(8, top + height / 2, row.name, { cls: 's', maxWidth: 100 }),
    label(8, top + height / 2 + 12, `peak ${f(row.peak)}`, { cls: 'm s', maxWidth: 100 }),
    `<line x1="${r(bands.centre(0) - bands.band / 2)}" x2="${r(o.width - 16)}" y1="${r(base)}" y2="${r(base)}" stroke="${INK.grid}"/>`,
  );
  days.forEach((d, j) => {
    const load = row.load[j] as number;
    if (load <= 0) return;
    const over = load > (row.available[j] as number) + 1e-9;
    const tip = `${row.name}, ${d}: ${f(load)} of ${f(row.available[j] as number)} units${over ? ' (over-allocated)' : ''}`;
    out.push(
      `<rect x="${r(bands.centre(j) - width / 2)}" y="${r(y(load))}" width="${r(width)}" height="${r(base - y(load))}" fill="${over ? INK.bad : colour(0)}"><title>${esc(tip)}</title></rect>`,
    );
  });
  // The units available, as a step line: flat across each day's band.
  const steps = days.flatMap((_, j): [number, number][] => [
    [bands.centre(j) - bands.band / 2, y(row.available[j] as number)],
    [bands.centre(j) + bands.band / 2, y(row.available[j] as number)],
  ]);
  out.push(`<path d="${path(steps)}" fill="none" stroke="${INK.fg}" stroke-width="1.5"/>`);
}

function describe(rows: readonly Row[], days: readonly string[], f: (v: number) => string): string {
  if (rows.length === 0) return 'No resources.';
  const span =
    days.length === 0
      ? 'no working day'
      : `${days.length} working days from ${days[0]} to ${days[days.length - 1]}`;
  const over = rows.filter((row) => row.over > 0);
  const head = `${rows.length} resource${rows.length === 1 ? '' : 's'} over ${span}`;
  if (over.length === 0) return `${head}; none over-allocated.`;
  const named = over
    .slice(0, 5)
    .map((row) => `${row.name} over-allocated on ${f(row.over)} day${row.over === 1 ? '' : 's'}`)
    .join('; ');
  return `${head}; ${named}${over.length > 5 ? `; and ${over.length - 5} more` : ''}.`;
}

const ROW_KEYS = ['id', 'name', 'capacity', 'available', 'load', 'peak', 'overAllocated'];

function readRow(value: unknown, p: (string | number)[], n: number): Row {
  const e = obj(value, p);
  const id = str(e, 'id', p);
  const nameRaw = get(e, 'name', p, ROW_KEYS);
  const numbers = (key: string) => {
    const xs = list(e, key, p).map((v, j) => finite(v, [...p, key, j], 0));
    if (xs.length !== n) throw lengthError([...p, key], n, xs);
    return xs;
  };
  const load = numbers('load');
  const available = numbers('available');
  return {
    id,
    name: typeof nameRaw === 'string' && nameRaw !== '' ? nameRaw : id,
    available,
    load,
    peak: Math.max(0, ...load),
    over: strings(e, 'overAllocated', p).length,
  };
}

function lengthError(p: (string | number)[], n: number, xs: readonly number[]): Error {
  return popmError('INVALID_ARGUMENT', p, `one value per reported day (${n})`, xs);
}

function dayNumber(d: string, i: number): number {
  return toEpochDay(d, ['result', 'days', i]);
}
