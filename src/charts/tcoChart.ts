import type { CompareTcoResult } from '../finance/compareTco.js';
import { empty, legend, path, plotArea, xAxisNumber, yAxis } from './internal/frame.js';
import {
  type ChartOptions,
  chartOptions,
  finite,
  get,
  list,
  num,
  obj,
  str,
} from './internal/read.js';
import { formatMoney } from './internal/scale.js';
import { colour, esc, INK, label, r, svgDocument } from './internal/svg.js';

/**
 * Draws total cost of ownership over time: the cumulative cost of each
 * option per period (present value when the comparison was discounted,
 * nominal otherwise), with every crossover where one option becomes the
 * cheaper one marked, the build-versus-buy picture.
 *
 * @param result - a {@link compareTco} result
 * @param options - size, title, locale, `currency` (default: the result's)
 * @returns a standalone SVG string
 * @throws PopmError for a malformed result or an unknown option
 * @example
 * const r = compareTco({
 *   build: { horizon: 4, costs: [
 *     { id: 'dev', label: 'Build', category: 'implementation', amount: 300, recurrence: 'once' },
 *     { id: 'run', label: 'Run', category: 'operations', amount: 20, recurrence: 'per-period' } ] },
 *   saas: { horizon: 4, costs: [
 *     { id: 'sub', label: 'Subscription', category: 'licensing', amount: 100, recurrence: 'per-period' } ] },
 * });
 * tcoChart(r).includes('build is cheapest at 380 over 4 periods; build becomes cheaper than saas in period 4'); //=> true
 */
export function tcoChart(result: CompareTcoResult, options?: ChartOptions): string {
  const { discounted, currencyRaw, ranking, series, crossings } = readTco(result);
  const o = chartOptions(options, {
    width: 640,
    height: 320,
    title: discounted ? 'Total cost of ownership (present value)' : 'Total cost of ownership',
  });
  const currency =
    o.currency ??
    (typeof currencyRaw === 'string' && /^[A-Z]{3}$/.test(currencyRaw) ? currencyRaw : undefined);
  const ctx = { locale: o.locale, currency };
  const body: string[] = [];
  const plot = plotArea(o.width, o.height, { leftLabel: 52 });
  const all = series.flatMap((s) => s.rows);
  const m = (v: number) => formatMoney(v, currency, o.locale);
  let desc: string;
  legend(
    series.map((s, i) => ({ name: s.id, colour: colour(i) })),
    o.width,
    body,
  );
  if (all.length === 0) {
    yAxis(plot, 0, 1, 'money', ctx, body);
    empty(plot, 'No periods', body);
    desc = 'No options to compare.';
  } else {
    const y = yAxis(
      plot,
      Math.min(0, ...all.map((x) => x.value)),
      Math.max(1, ...all.map((x) => x.value)),
      'money',
      ctx,
      body,
    );
    const x = xAxisNumber(
      plot,
      Math.min(...all.map((q) => q.period)),
      Math.max(...all.map((q) => q.period)),
      o,
      body,
    );
    body.push(label(plot.right, plot.bottom + 28, 'period', { anchor: 'end', cls: 'm s' }));
    series.forEach((s, i) => {
      body.push(
        `<path d="${path(s.rows.map((q): [number, number] => [x.at(q.period), y.at(q.value)]))}" fill="none" stroke="${colour(i)}" stroke-width="2.5"/>`,
      );
      for (const q of s.rows)
        body.push(
          `<circle cx="${r(x.at(q.period))}" cy="${r(y.at(q.value))}" r="2.5" fill="${colour(i)}"><title>${esc(`${s.id}, period ${q.period}: ${m(q.value)}`)}</title></circle>`,
        );
    });
    for (const c of crossings) {
      const s = series.find((q) => q.id === c.cheaper);
      const pt = s?.rows.find((q) => q.period === c.period);
      if (pt === undefined) continue;
      body.push(
        `<circle cx="${r(x.at(c.period))}" cy="${r(y.at(pt.value))}" r="7" fill="none" stroke="${INK.fg}" stroke-width="1.5"><title>${esc(`Period ${c.period}: ${c.cheaper} becomes cheaper than ${c.other}`)}</title></circle>`,
      );
    }
    const best = ranking[0] as { id: string; total: number };
    const horizon = Math.max(...all.map((q) => q.period));
    desc = `${best.id} is cheapest at ${m(best.total)} over ${horizon} periods`;
    const cross = crossings.filter((c) => c.cheaper === best.id);
    desc +=
      cross.length > 0
        ? `; ${cross.map((c) => `${c.cheaper} becomes cheaper than ${c.other} in period ${c.period}`).join('; ')}.`
        : '.';
  }
  return svgDocument({ width: o.width, height: o.height, title: o.title, desc, kind: 'tco', body });
}

function readTco(result: unknown) {
  const root = obj(result, ['result'], 'a compareTco result');
  const basis = str(root, 'basis', ['result']);
  const discounted = basis === 'present-value';
  const currencyRaw = get(root, 'currency', ['result']);
  const ranking = list(root, 'ranking', ['result'], 100).map((x, i) => {
    const p = ['result', 'ranking', i];
    const e = obj(x, p);
    return {
      id: str(e, 'optionId', p),
      total: finite(get(e, discounted ? 'presentValue' : 'total', p), [
        ...p,
        discounted ? 'presentValue' : 'total',
      ]),
    };
  });
  const results = obj(get(root, 'results', ['result']), ['result', 'results']);
  const series = ranking.map((x) => {
    const p = ['result', 'results', x.id];
    const res = obj(get(results, x.id, ['result', 'results']), p);
    const rows = list(res, 'byPeriod', p).map((row, k) => {
      const rp = [...p, 'byPeriod', k];
      const e = obj(row, rp);
      const key = discounted ? 'cumulativeDiscounted' : 'cumulativeNominal';
      return {
        period: num(e, 'period', rp, { min: 0 }),
        value: finite(get(e, key, rp), [...rp, key]),
      };
    });
    return { id: x.id, rows };
  });
  const crossings = list(root, 'pairs', ['result'], 10_000).flatMap((pair, i) => {
    const p = ['result', 'pairs', i];
    const e = obj(pair, p);
    const a = str(e, 'a', p);
    const b = str(e, 'b', p);
    return list(e, 'crossovers', p).map((c, k) => {
      const cp = [...p, 'crossovers', k];
      const ce = obj(c, cp);
      const cheaper = str(ce, 'cheaper', cp);
      return { period: num(ce, 'period', cp), cheaper, other: cheaper === a ? b : a };
    });
  });
  return { discounted, currencyRaw, ranking, series, crossings };
}
