import type { SensitivityResult } from '../finance/sensitivity.js';
import { empty, plotArea } from './internal/frame.js';
import { type ChartOptions, chartOptions, finite, get, list, obj, str } from './internal/read.js';
import { formatCompact, formatMoney, linearScale } from './internal/scale.js';
import { colour, esc, INK, label, r, svgDocument, textWidth } from './internal/svg.js';

/**
 * Draws a tornado chart of a sensitivity analysis: one bar per variable
 * from the NPV at its low value to the NPV at its high value, around a line
 * at the base NPV, widest spread on top, so the assumptions that matter most
 * to the business case head the list.
 *
 * @param result - a {@link sensitivity} result
 * @param options - size, title, locale, `currency`
 * @returns a standalone SVG string
 * @throws PopmError for a malformed result or an unknown option
 * @example
 * const invoicingCase = {
 *   reasons: ['Manual invoicing is slow'], currency: 'EUR', discountRate: 0.1, horizon: 2,
 *   options: [
 *     { id: 'none', name: 'Do nothing', kind: 'do-nothing', costs: [], benefits: [] },
 *     { id: 'tool', name: 'Buy a tool', kind: 'do-something', costs: [100], benefits: [0, 60, 72] },
 *   ],
 * } as const;
 * tornadoChart(sensitivity(invoicingCase, 'tool', { swing: 0.1 }), { currency: 'EUR' })
 *   .includes('NPV is most sensitive to benefits'); //=> true
 */
export function tornadoChart(result: SensitivityResult, options?: ChartOptions): string {
  const root = obj(result, ['result'], 'a sensitivity result');
  const base = finite(get(root, 'baseNpv', ['result']), ['result', 'baseNpv']);
  const rows = list(root, 'rows', ['result'], 500)
    .map((row, i) => {
      const p = ['result', 'rows', i];
      const e = obj(row, p);
      const low = finite(get(e, 'low', p), [...p, 'low']);
      const high = finite(get(e, 'high', p), [...p, 'high']);
      return { variable: str(e, 'variable', p), low, high, spread: Math.abs(high - low), i };
    })
    .sort((a, b) => b.spread - a.spread || a.i - b.i);
  const o = chartOptions(options, {
    width: 640,
    height: Math.min(4000, 96 + Math.max(1, rows.length) * 30),
    title: `Sensitivity of NPV (${str(root, 'optionId', ['result'])})`,
  });
  const body: string[] = [];
  const nameW = Math.min(160, o.width * 0.25);
  const plot = { ...plotArea(o.width, o.height, { legend: true }), left: 12 + nameW };
  const lo = Math.min(base, ...rows.map((x) => Math.min(x.low, x.high)));
  const hi = Math.max(base, ...rows.map((x) => Math.max(x.low, x.high)));
  const xs = linearScale(
    lo,
    hi,
    plot.left,
    plot.right,
    Math.max(2, Math.floor((plot.right - plot.left) / 80)),
  );
  for (const t of xs.ticks) {
    body.push(
      `<line x1="${r(xs.at(t))}" x2="${r(xs.at(t))}" y1="${r(plot.top)}" y2="${r(plot.bottom)}" stroke="${INK.grid}"/>`,
    );
    const text = formatCompact(t, o.currency, o.locale);
    // Keep the tick label inside the view box.
    const half = textWidth(text) / 2;
    const cx = Math.min(o.width - 4 - half, Math.max(4 + half, xs.at(t)));
    body.push(label(cx, plot.bottom + 16, text, { anchor: 'middle', cls: 'm' }));
  }
  body.push(`<rect x="12" y="30" width="14" height="10" fill="${colour(3)}"/>`);
  body.push(label(30, 39, 'Variable at its low value', { cls: 's' }));
  body.push(`<rect x="190" y="30" width="14" height="10" fill="${colour(0)}"/>`);
  body.push(label(208, 39, 'at its high value', { cls: 's' }));
  const m = (v: number) => formatMoney(v, o.currency, o.locale);
  let desc: string;
  if (rows.length === 0) {
    empty(plot, 'No variables', body);
    desc = `Base NPV ${m(base)}; no variables.`;
  } else {
    const h = (plot.bottom - plot.top) / rows.length;
    rows.forEach((row, i) => {
      const mid = plot.top + i * h + h / 2;
      body.push(label(14, mid + 4, row.variable, { maxWidth: nameW - 8 }));
      for (const [v, fill, what] of [
        [row.low, colour(3), 'low'],
        [row.high, colour(0), 'high'],
      ] as const) {
        const x0 = Math.min(xs.at(base), xs.at(v));
        const x1 = Math.max(xs.at(base), xs.at(v));
        body.push(
          `<rect x="${r(x0)}" y="${r(mid - h * 0.3)}" width="${r(Math.max(1, x1 - x0))}" height="${r(h * 0.6)}" fill="${fill}"><title>${esc(`${row.variable} ${what}: NPV ${m(v)}`)}</title></rect>`,
        );
      }
    });
    body.push(
      `<line x1="${r(xs.at(base))}" x2="${r(xs.at(base))}" y1="${r(plot.top - 4)}" y2="${r(plot.bottom)}" stroke="${INK.fg}" stroke-width="1.5"/>`,
    );
    const topRow = rows[0] as { variable: string; low: number; high: number };
    desc = `Base NPV ${m(base)}; NPV is most sensitive to ${topRow.variable} (${m(Math.min(topRow.low, topRow.high))} to ${m(Math.max(topRow.low, topRow.high))}).`;
    const negative = rows
      .filter((x) => Math.min(x.low, x.high) < 0 && base >= 0)
      .map((x) => x.variable);
    if (negative.length > 0)
      desc += ` NPV turns negative at the low end of: ${negative.join(', ')}.`;
  }
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc,
    kind: 'tornado',
    body,
  });
}
