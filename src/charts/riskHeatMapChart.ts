import type { HeatMap } from '../risk/heatMap.js';
import { type ChartOptions, chartOptions, list, num, obj, str, strings } from './internal/read.js';
import { esc, INK, label, r, svgDocument } from './internal/svg.js';

/** Band fills from the lowest rating to the highest (Okabe–Ito: green, yellow, orange, vermillion). */
const BANDS = ['#009E73', '#F0E442', '#E69F00', '#D55E00', '#CC79A7'];

function bandColour(rank: number, count: number): string {
  const i = count <= 1 ? 0 : Math.round((rank / (count - 1)) * (Math.min(count, 4) - 1));
  return `var(--popm-band${i + 1}, ${BANDS[i]})`;
}

/**
 * Draws the probability × impact heat map: the grid as the register's
 * matrix defines it (probability up, impact across), each cell coloured by
 * its rating band, with the number of risks and their ids, and the risks
 * that could not be placed listed under it.
 *
 * @param map - a {@link heatMap} result
 * @param options - size, title, locale
 * @returns a standalone SVG string
 * @throws PopmError for a malformed map or an unknown option
 * @example
 * const register = createRiskRegister([
 *   { id: 'R1', title: 'Supplier late', kind: 'threat', probability: 0.9, impact: 5 },
 *   { id: 'R2', title: 'Key person leaves', kind: 'threat', probability: 0.1, impact: 2 },
 * ]);
 * riskHeatMapChart(heatMap(register)).includes('2 risks placed; 1 Extreme'); //=> true
 */
export function riskHeatMapChart(map: HeatMap, options?: ChartOptions): string {
  const o = chartOptions(options, { width: 520, height: 440, title: 'Risk heat map' });
  const { size, ratings, rows, pLabels, iLabels, unrated } = readHeatMap(map);
  const rank = new Map(ratings.map((b, i) => [b.rating, i]));
  const body: string[] = [];
  const left = 96;
  const top = 40;
  const bottom = o.height - 58;
  const right = o.width - 16;
  const cw = (right - left) / size;
  const ch = (bottom - top) / size;
  rows.forEach((row, ri) => {
    row.forEach((c, ci) => {
      const x = left + ci * cw;
      const y = top + ri * ch;
      const fill = bandColour(rank.get(c.rating) ?? 0, ratings.length);
      const tip = `${c.rating}: ${c.count} risk${c.count === 1 ? '' : 's'}${c.ids.length > 0 ? ` (${c.ids.join(', ')})` : ''}`;
      body.push(
        `<rect x="${r(x + 1)}" y="${r(y + 1)}" width="${r(cw - 2)}" height="${r(ch - 2)}" rx="3" fill="${fill}" fill-opacity="0.8"><title>${esc(tip)}</title></rect>`,
      );
      if (c.count > 0) {
        body.push(
          label(x + cw / 2, y + ch / 2 - 2, String(c.count), {
            anchor: 'middle',
            cls: 't',
            fill: '#000',
          }),
        );
        body.push(
          label(x + cw / 2, y + ch / 2 + 13, c.ids.join(', '), {
            anchor: 'middle',
            cls: 's',
            maxWidth: cw - 8,
            fill: '#000',
          }),
        );
      }
    });
  });
  pLabels.forEach((l, level) => {
    const ri = size - 1 - level;
    body.push(
      label(left - 6, top + ri * ch + ch / 2 + 4, l, {
        anchor: 'end',
        cls: 's',
        maxWidth: left - 30,
      }),
    );
  });
  iLabels.forEach((l, ci) => {
    body.push(
      label(left + ci * cw + cw / 2, bottom + 14, l, {
        anchor: 'middle',
        cls: 's',
        maxWidth: cw - 4,
      }),
    );
  });
  body.push(label((left + right) / 2, bottom + 30, 'Impact →', { anchor: 'middle', cls: 'm' }));
  body.push(
    `<text x="14" y="${r((top + bottom) / 2)}" class="m" text-anchor="middle" transform="rotate(-90 14 ${r((top + bottom) / 2)})">Probability →</text>`,
  );
  if (unrated.length > 0)
    body.push(
      label(12, o.height - 8, `Not placed: ${unrated.join(', ')}`, {
        cls: 's m',
        maxWidth: o.width - 24,
      }),
    );
  const placed = ratings.reduce((a, b) => a + b.count, 0);
  const worst = [...ratings].reverse().find((b) => b.count > 0);
  let desc = `${placed} risk${placed === 1 ? '' : 's'} placed`;
  desc += worst === undefined ? '.' : `; ${worst.count} ${worst.rating}.`;
  if (unrated.length > 0) desc += ` ${unrated.length} not placed.`;
  body.push(
    `<line x1="${r(left)}" x2="${r(right)}" y1="${r(bottom)}" y2="${r(bottom)}" stroke="${INK.muted}"/>`,
  );
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc,
    kind: 'heat-map',
    body,
  });
}

function readHeatMap(map: unknown) {
  const root = obj(map, ['map'], 'a heatMap result');
  const size = num(root, 'size', ['map'], { min: 1 });
  const ratings = list(root, 'byRating', ['map'], 20).map((b, i) => {
    const e = obj(b, ['map', 'byRating', i]);
    return {
      rating: str(e, 'rating', ['map', 'byRating', i]),
      count: num(e, 'count', ['map', 'byRating', i], { min: 0 }),
    };
  });
  const rows = list(root, 'grid', ['map'], 20).map((row, ri) =>
    list(row as unknown[], null, ['map', 'grid', ri], 20).map((c, ci) => {
      const p = ['map', 'grid', ri, ci];
      const e = obj(c, p);
      return {
        rating: str(e, 'rating', p),
        count: num(e, 'count', p, { min: 0 }),
        ids: strings(e, 'ids', p),
      };
    }),
  );
  return {
    size,
    ratings,
    rows,
    pLabels: strings(root, 'probabilityLabels', ['map'], 20),
    iLabels: strings(root, 'impactLabels', ['map'], 20),
    unrated: strings(root, 'unrated', ['map']),
  };
}
