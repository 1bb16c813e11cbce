import type { StakeholderMap } from '../stakeholders/stakeholderMap.js';
import { type ChartOptions, chartOptions, list, num, obj, str } from './internal/read.js';
import { colour, esc, INK, label, r, svgDocument, textWidth, truncate } from './internal/svg.js';

/**
 * Draws the power/interest grid (Mendelow): four quadrants split at the
 * map's thresholds, each stakeholder placed at its power and interest and
 * named, so who to manage closely, keep satisfied, keep informed or monitor
 * is one picture for the sprint-review invitation list.
 *
 * @param map - a {@link stakeholderMap} result
 * @param options - size, title, locale
 * @returns a standalone SVG string
 * @throws PopmError for a malformed map or an unknown option
 * @example
 * const map = stakeholderMap([
 *   { id: 'cfo', name: 'CFO', power: 5, interest: 2 },
 *   { id: 'ops', name: 'Operations', power: 4, interest: 5 },
 * ]);
 * stakeholderGrid(map).includes('1 to manage closely (Operations)'); //=> true
 */
export function stakeholderGrid(map: StakeholderMap, options?: ChartOptions): string {
  const o = chartOptions(options, {
    width: 600,
    height: 440,
    title: 'Stakeholders by power and interest',
  });
  const { pT, iT, quads } = readGrid(map);
  const all = quads.flatMap((q) => q.people);
  const maxScale = Math.max(5, ...all.map((s) => Math.max(s.power, s.interest))) + 0.5;
  const minScale = Math.min(1, ...all.map((s) => Math.min(s.power, s.interest))) - 0.5;
  const left = 56;
  const top = 40;
  const right = o.width - 96;
  const bottom = o.height - 40;
  const x = (v: number) => left + ((v - minScale) / (maxScale - minScale || 1)) * (right - left);
  const y = (v: number) => bottom - ((v - minScale) / (maxScale - minScale || 1)) * (bottom - top);
  const body: string[] = [];
  // Quadrants: row 0 is high power (top), column 1 is high interest (right), as the map defines them.
  const xs = [left, x(iT), right];
  const ys = [top, y(pT), bottom];
  quads.forEach((q, qi) => {
    const x0 = xs[q.column] as number;
    const x1 = xs[q.column + 1] as number;
    const y0 = ys[q.row] as number;
    const y1 = ys[q.row + 1] as number;
    body.push(
      `<rect x="${r(x0)}" y="${r(y0)}" width="${r(x1 - x0)}" height="${r(y1 - y0)}" fill="${colour(qi)}" fill-opacity="0.08" stroke="${INK.grid}"/>`,
    );
    body.push(
      label(q.column === 1 ? x1 - 6 : x0 + 6, q.row === 0 ? y0 + 14 : y1 - 6, humanise(q.label), {
        anchor: q.column === 1 ? 'end' : 'start',
        cls: 's m',
        maxWidth: x1 - x0 - 12,
      }),
    );
  });
  placePeople(all, x, y, o.width, o.height, body);
  body.push(label((left + right) / 2, o.height - 12, 'Interest →', { anchor: 'middle', cls: 'm' }));
  body.push(
    `<text x="16" y="${r((top + bottom) / 2)}" class="m" text-anchor="middle" transform="rotate(-90 16 ${r((top + bottom) / 2)})">Power →</text>`,
  );
  const close = quads.find((q) => q.row === 0 && q.column === 1);
  let desc = `${all.length} stakeholder${all.length === 1 ? '' : 's'} placed`;
  if (close !== undefined)
    desc += `; ${close.people.length} to manage closely${close.people.length > 0 ? ` (${close.people.map((p) => p.name).join(', ')})` : ''}`;
  desc += '.';
  return svgDocument({
    width: o.width,
    height: o.height,
    title: o.title,
    desc,
    kind: 'stakeholders',
    body,
  });
}

/** `manage-closely` → `Manage closely`; other labels are shown as given. */
function humanise(text: string): string {
  return /^[a-z]+(-[a-z]+)*$/.test(text)
    ? `${text.charAt(0).toUpperCase()}${text.slice(1).replace(/-/g, ' ')}`
    : text;
}

interface Placed {
  readonly id: string;
  readonly name: string;
  readonly power: number;
  readonly interest: number;
}

function readGrid(map: unknown) {
  const root = obj(map, ['map'], 'a stakeholderMap result');
  const pT = num(root, 'powerThreshold', ['map']);
  const iT = num(root, 'interestThreshold', ['map']);
  const quads = list(root, 'quadrants', ['map'], 4).map((q, qi) => {
    const p = ['map', 'quadrants', qi];
    const e = obj(q, p);
    return {
      label: str(e, 'label', p),
      row: num(e, 'row', p, { min: 0 }),
      column: num(e, 'column', p, { min: 0 }),
      people: list(e, 'stakeholders', p).map((s, si) => {
        const sp = [...p, 'stakeholders', si];
        const se = obj(s, sp);
        return {
          id: str(se, 'id', sp),
          name: str(se, 'name', sp),
          power: num(se, 'power', sp),
          interest: num(se, 'interest', sp),
        };
      }),
    };
  });
  return { pT, iT, quads };
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Dots, then names placed greedily: right, left, below, above the dot; a name
 * that fits nowhere inside the box without covering another is left out of
 * the drawing (it stays in the dot's tooltip).
 */
function placePeople(
  all: readonly Placed[],
  x: (v: number) => number,
  y: (v: number) => number,
  width: number,
  height: number,
  body: string[],
): void {
  const sorted = [...all].sort(
    (a, b) => b.power - a.power || a.interest - b.interest || a.name.localeCompare(b.name),
  );
  // People on the same spot are spread sideways, 9 px apart.
  const seen = new Map<string, number>();
  const dots = sorted.map((s) => {
    const key = `${s.power}:${s.interest}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    return { s, cx: x(s.interest) + (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * 9, cy: y(s.power) };
  });
  const boxes: Box[] = dots.map((d) => ({
    x0: d.cx - 5,
    y0: d.cy - 5,
    x1: d.cx + 5,
    y1: d.cy + 5,
  }));
  for (const { s, cx, cy } of dots)
    body.push(
      `<circle cx="${r(cx)}" cy="${r(cy)}" r="5" fill="${colour(0)}" stroke="${INK.bg}"><title>${esc(`${s.name}: power ${s.power}, interest ${s.interest}`)}</title></circle>`,
    );
  const fits = (box: Box) =>
    box.x0 >= 2 &&
    box.x1 <= width - 2 &&
    box.y0 >= 28 &&
    box.y1 <= height - 24 &&
    !boxes.some((b) => overlaps(b, box));
  for (const { s, cx, cy } of dots) {
    const w = textWidth(truncate(s.name, 130, 10), 10);
    const spots: [number, number, 'start' | 'end' | 'middle', number][] = [
      [cx + 8, cy + 4, 'start', cx + 8],
      [cx - 8, cy + 4, 'end', cx - 8 - w],
      [cx, cy + 17, 'middle', cx - w / 2],
      [cx, cy - 9, 'middle', cx - w / 2],
      [cx, cy + 29, 'middle', cx - w / 2],
      [cx, cy - 21, 'middle', cx - w / 2],
    ];
    const spot = spots.find(([, ly, , x0]) => fits({ x0, y0: ly - 10, x1: x0 + w, y1: ly + 2 }));
    if (spot === undefined) continue;
    const [lx, ly, anchor, x0] = spot;
    boxes.push({ x0, y0: ly - 10, x1: x0 + w, y1: ly + 2 });
    body.push(label(lx, ly, s.name, { anchor, cls: 's', maxWidth: 130, size: 10 }));
  }
}
