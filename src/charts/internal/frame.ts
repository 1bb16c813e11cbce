/**
 * @internal The plot frame every x/y chart shares: margins, grid, axes with
 * nice ticks, a legend row, and labels that never leave the view box.
 */
import { dateTicks, formatCompact, formatNumber, linearScale, type Scale } from './scale.js';
import { INK, label, r, textWidth } from './svg.js';

/** @internal The plot area inside the view box. */
export interface Plot {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** @internal The plot area for a chart of `width` × `height`, leaving room for a title, axes and a legend. */
export function plotArea(
  width: number,
  height: number,
  opts: { legend?: boolean | undefined; leftLabel?: number | undefined } = {},
): Plot {
  return {
    left: 12 + (opts.leftLabel ?? 44),
    top: opts.legend === false ? 36 : 52,
    right: width - 16,
    bottom: height - 30,
  };
}

/** @internal How to print y tick values. */
export type TickFormat = 'number' | 'integer' | 'money';

/** @internal A y scale with horizontal grid lines and tick labels drawn. */
export function yAxis(
  plot: Plot,
  lo: number,
  hi: number,
  format: TickFormat,
  ctx: { locale?: string | undefined; currency?: string | undefined },
  out: string[],
): Scale {
  const count = Math.max(2, Math.floor((plot.bottom - plot.top) / 40));
  const scale = linearScale(lo, hi, plot.bottom, plot.top, count, format === 'integer');
  for (const t of scale.ticks) {
    const y = scale.at(t);
    out.push(
      `<line x1="${r(plot.left)}" x2="${r(plot.right)}" y1="${r(y)}" y2="${r(y)}" stroke="${INK.grid}" stroke-width="1"/>`,
    );
    const text =
      format === 'money' ? formatCompact(t, ctx.currency, ctx.locale) : formatNumber(t, ctx.locale);
    out.push(
      label(plot.left - 6, y + 4, text, { anchor: 'end', cls: 'm', maxWidth: plot.left - 14 }),
    );
  }
  return scale;
}

/** @internal A numeric x axis along the bottom. */
export function xAxisNumber(
  plot: Plot,
  lo: number,
  hi: number,
  ctx: { locale?: string | undefined },
  out: string[],
  integer = true,
): Scale {
  const count = Math.max(2, Math.floor((plot.right - plot.left) / 70));
  const scale = linearScale(lo, hi, plot.left, plot.right, count, integer);
  for (const t of scale.ticks) {
    const x = scale.at(t);
    out.push(
      `<line x1="${r(x)}" x2="${r(x)}" y1="${r(plot.bottom)}" y2="${r(plot.bottom + 4)}" stroke="${INK.muted}"/>`,
    );
    out.push(
      label(x, plot.bottom + 16, formatNumber(t, ctx.locale), { anchor: 'middle', cls: 'm' }),
    );
  }
  baseline(plot, out);
  return scale;
}

/** @internal A date x axis (epoch days) along the bottom, labels spaced so they never overlap. */
export function xAxisDates(
  plot: Plot,
  lo: number,
  hi: number,
  ctx: { locale?: string | undefined },
  out: string[],
  pad = 0,
): (day: number) => number {
  const a = lo - pad;
  const b = Math.max(hi + pad, a + 1);
  const at = (day: number) => plot.left + ((day - a) / (b - a)) * (plot.right - plot.left);
  const count = Math.max(2, Math.floor((plot.right - plot.left) / 64));
  let lastRight = Number.NEGATIVE_INFINITY;
  for (const t of dateTicks(lo, hi, count, ctx.locale)) {
    const x = at(t.day);
    const w = textWidth(t.label);
    const left = Math.max(plot.left - 10, Math.min(x - w / 2, plot.right + 10 - w));
    if (left < lastRight + 6) continue;
    lastRight = left + w;
    out.push(
      `<line x1="${r(x)}" x2="${r(x)}" y1="${r(plot.bottom)}" y2="${r(plot.bottom + 4)}" stroke="${INK.muted}"/>`,
    );
    out.push(label(left, plot.bottom + 16, t.label, { cls: 'm' }));
  }
  baseline(plot, out);
  return at;
}

/** @internal Category labels under evenly spaced bands; returns each band's centre and width. */
export function xAxisBands(
  plot: Plot,
  names: readonly string[],
  out: string[],
): { centre: (i: number) => number; band: number } {
  const band = (plot.right - plot.left) / Math.max(1, names.length);
  const centre = (i: number) => plot.left + band * (i + 0.5);
  const every = Math.max(1, Math.ceil((names.length * 48) / (plot.right - plot.left)));
  names.forEach((n, i) => {
    if (i % every !== 0) return;
    out.push(
      label(centre(i), plot.bottom + 16, n, {
        anchor: 'middle',
        cls: 'm',
        maxWidth: band * every - 4,
      }),
    );
  });
  baseline(plot, out);
  return { centre, band };
}

function baseline(plot: Plot, out: string[]): void {
  out.push(
    `<line x1="${r(plot.left)}" x2="${r(plot.right)}" y1="${r(plot.bottom)}" y2="${r(plot.bottom)}" stroke="${INK.muted}"/>`,
  );
}

/** @internal A legend entry. */
export interface LegendEntry {
  readonly name: string;
  readonly colour: string;
  readonly dash?: boolean | undefined;
  readonly shape?: 'line' | 'box' | undefined;
  /** A box's fill opacity (a band's), default opaque. */
  readonly opacity?: number | undefined;
}

/** @internal A legend row under the title; entries that would overflow are dropped. */
export function legend(entries: readonly LegendEntry[], width: number, out: string[]): void {
  let x = 12;
  const y = 38;
  for (const e of entries) {
    const w = 22 + textWidth(e.name, 10) + 14;
    if (x + w > width - 8) break;
    if (e.shape === 'box')
      out.push(
        `<rect x="${r(x)}" y="${r(y - 8)}" width="14" height="10" fill="${e.colour}"${e.opacity === undefined ? '' : ` fill-opacity="${e.opacity}"`}/>`,
      );
    else
      out.push(
        `<line x1="${r(x)}" x2="${r(x + 16)}" y1="${r(y - 3)}" y2="${r(y - 3)}" stroke="${e.colour}" stroke-width="2.5"${e.dash === true ? ' stroke-dasharray="4 3"' : ''}/>`,
      );
    out.push(label(x + 20, y, e.name, { cls: 's' }));
    x += w;
  }
}

/** @internal A polyline path through points (skipping none). */
export function path(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${r(x)} ${r(y)}`).join('');
}

/** @internal The "no data" message centred in the plot. */
export function empty(plot: Plot, text: string, out: string[]): void {
  out.push(
    label((plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2, text, {
      anchor: 'middle',
      cls: 'm',
    }),
  );
}
