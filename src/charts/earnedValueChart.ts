import { fromEpochDay } from '../core/dates.js';
import type { EarnedValueSnapshot } from '../finance/earnedValue.js';
import type { PlannedValueCurveResult } from '../plan/plannedValueCurve.js';
import { empty, legend, path, plotArea, xAxisDates, yAxis } from './internal/frame.js';
import { type ChartOptions, chartOptions, day, get, list, num, obj } from './internal/read.js';
import { formatMoney } from './internal/scale.js';
import { colour, esc, INK, label, r, svgDocument } from './internal/svg.js';

/**
 * Input of {@link earnedValueChart}: the earned-value snapshots, as the
 * Project document holds them or as {@link earnedValueSeries} returns them
 * (its `rows`), and optionally the plan's whole S-curve.
 */
export interface EarnedValueChartInput {
  /** Snapshots `{ asOf, bac, pv, ev, ac }`, any order; drawn by `asOf`. */
  readonly snapshots: readonly EarnedValueSnapshot[];
  /**
   * The plan's planned-value curve ({@link plannedValueCurve}, or
   * `earnedValueSeries(...).curve`): drawn dashed from the plan's start to
   * its finish, so the chart shows where PV is heading, not only where the
   * snapshots stop.
   */
  readonly curve?: PlannedValueCurveResult | undefined;
}

/**
 * Draws the earned-value S-curves: planned value, earned value and actual
 * cost over time, with the budget at completion and the estimate at
 * completion (BAC / CPI, PMI's typical EAC) as horizontal lines, so a gap
 * between EV and AC (cost) and between EV and PV (schedule) is visible.
 *
 * @param input - `{ snapshots }`
 * @param options - size, title, locale, `currency`
 * @returns a standalone SVG string
 * @throws PopmError for a malformed snapshot or an unknown option
 * @example
 * const svg = earnedValueChart({ snapshots: [
 *   { asOf: '2026-03-31', bac: 1000, pv: 200, ev: 180, ac: 220 },
 *   { asOf: '2026-04-30', bac: 1000, pv: 400, ev: 350, ac: 420 },
 * ] }, { currency: 'EUR' });
 * svg.includes('CPI 0.83, SPI 0.88; EAC €1,200 against a BAC of €1,000'); //=> true
 */
export function earnedValueChart(input: EarnedValueChartInput, options?: ChartOptions): string {
  const o = chartOptions(options, { width: 640, height: 320, title: 'Earned value' });
  const root = obj(input, ['input'], 'an object { snapshots }');
  const snaps = list(root, 'snapshots', ['input'], 10_000)
    .map((s, i) => {
      const p = ['input', 'snapshots', i];
      const e = obj(s, p);
      return {
        date: day(e, 'asOf', p),
        bac: num(e, 'bac', p, { min: 0 }),
        pv: num(e, 'pv', p, { min: 0 }),
        ev: num(e, 'ev', p, { min: 0 }),
        ac: num(e, 'ac', p, { min: 0 }),
        i,
      };
    })
    .sort((a, b) => a.date - b.date || a.i - b.i);
  const curve = readCurve(root);
  const body: string[] = [];
  const plot = plotArea(o.width, o.height, { leftLabel: 52 });
  const last = snaps[snaps.length - 1];
  const { cpi, spi, eac } = indices(last);
  const top = Math.max(
    1,
    ...snaps.flatMap((s) => [s.bac, s.pv, s.ev, s.ac]),
    ...curve.map((c) => c.pv),
    eac ?? 0,
  );
  const y = yAxis(plot, 0, top, 'money', o, body);
  legend(
    [
      { name: 'PV', colour: colour(4) },
      ...(curve.length > 0 ? [{ name: 'Planned', colour: colour(4), dash: true }] : []),
      { name: 'EV', colour: colour(2) },
      { name: 'AC', colour: colour(3) },
      { name: 'BAC', colour: INK.muted, dash: true },
      { name: 'EAC', colour: colour(3), dash: true },
    ],
    o.width,
    body,
  );
  const m = (v: number) => formatMoney(v, o.currency, o.locale);
  let desc: string;
  if (last === undefined) {
    empty(plot, 'No earned-value snapshots', body);
    desc = 'No earned-value snapshots.';
  } else {
    const lo = Math.min((snaps[0] as { date: number }).date, ...curve.map((c) => c.date));
    const hi = Math.max(last.date, ...curve.map((c) => c.date));
    const x = xAxisDates(plot, lo, Math.max(hi, lo + 1), o, body, 0);
    if (curve.length > 0)
      body.push(
        `<path d="${path(curve.map((c): [number, number] => [x(c.date), y.at(c.pv)]))}" fill="none" stroke="${colour(4)}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
      );
    const hline = (v: number, stroke: string, text: string) => {
      body.push(
        `<line x1="${r(plot.left)}" x2="${r(plot.right)}" y1="${r(y.at(v))}" y2="${r(y.at(v))}" stroke="${stroke}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
      );
      body.push(label(plot.left + 4, y.at(v) - 4, text, { cls: 's', fill: stroke }));
    };
    hline(last.bac, INK.muted, `BAC ${m(last.bac)}`);
    if (eac !== null && Math.abs(y.at(eac) - y.at(last.bac)) > 12)
      hline(eac, colour(3), `EAC ${m(eac)}`);
    drawSeries(snaps, x, y.at, m, body);
    const f2 = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));
    desc = `As of ${fromEpochDay(last.date)}: CPI ${f2(cpi)}, SPI ${f2(spi)}`;
    desc += eac === null ? '.' : `; EAC ${m(eac)} against a BAC of ${m(last.bac)}.`;
  }
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc,
    kind: 'earned-value',
    body,
  });
}

interface Snap {
  readonly date: number;
  readonly bac: number;
  readonly pv: number;
  readonly ev: number;
  readonly ac: number;
}

/** PMI's CPI = EV / AC, SPI = EV / PV and the typical EAC = BAC / CPI; `null` over zero. */
function indices(last: Snap | undefined): {
  cpi: number | null;
  spi: number | null;
  eac: number | null;
} {
  if (last === undefined) return { cpi: null, spi: null, eac: null };
  const cpi = last.ac > 0 ? last.ev / last.ac : null;
  return {
    cpi,
    spi: last.pv > 0 ? last.ev / last.pv : null,
    eac: cpi !== null && cpi > 0 ? last.bac / cpi : null,
  };
}

/** The PV, EV and AC lines with a dot (and tooltip) per snapshot. */
function drawSeries(
  snaps: readonly Snap[],
  x: (day: number) => number,
  y: (v: number) => number,
  money: (v: number) => string,
  body: string[],
): void {
  for (const [key, stroke] of [
    ['pv', colour(4)],
    ['ev', colour(2)],
    ['ac', colour(3)],
  ] as const) {
    const pts = snaps.map((s): [number, number] => [x(s.date), y(s[key])]);
    body.push(`<path d="${path(pts)}" fill="none" stroke="${stroke}" stroke-width="2.5"/>`);
    for (const s of snaps)
      body.push(
        `<circle cx="${r(x(s.date))}" cy="${r(y(s[key]))}" r="2.5" fill="${stroke}"><title>${esc(`${key.toUpperCase()} ${fromEpochDay(s.date)}: ${money(s[key])}`)}</title></circle>`,
      );
  }
}

/** The planned-value curve as (period end, cumulative PV) points, starting at 0 on the plan's start. */
function readCurve(root: object): { date: number; pv: number }[] {
  const c = get(root, 'curve', ['input']);
  if (c === undefined) return [];
  const cp = ['input', 'curve'];
  const rows = list(obj(c, cp), 'periods', cp).map((row, i) => {
    const p = [...cp, 'periods', i];
    const e = obj(row, p);
    return {
      start: day(e, 'start', p),
      date: day(e, 'end', p),
      pv: num(e, 'cumulativePv', p, { min: 0 }),
    };
  });
  const first = rows[0];
  return first === undefined
    ? []
    : [{ date: first.start, pv: 0 }, ...rows.map(({ date, pv }) => ({ date, pv }))];
}
