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
    width: 520,
    height: 440,
    title: 'Stakeholders by power and interest',
  });
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
  // Greedy label placement: right, left, below, above the dot; a label that fits nowhere is
  // left out of the drawing (the name stays in the dot's tooltip and in the description).
  const boxes: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const dots = new Map<string, number>();
  const sorted = [...all].sort(
    (a, b) => b.power - a.power || a.interest - b.interest || a.name.localeCompare(b.name),
  );
  for (const s of sorted) {
    const key = `${s.power}:${s.interest}`;
    const k = dots.get(key) ?? 0;
    dots.set(key, k + 1);
    const cx = x(s.interest) + (k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * 9);
    const cy = y(s.power);
    body.push(
      `<circle cx="${r(cx)}" cy="${r(cy)}" r="5" fill="${colour(0)}" stroke="${INK.bg}"><title>${esc(`${s.name}: power ${s.power}, interest ${s.interest}`)}</title></circle>`,
    );
    boxes.push({ x0: cx - 5, y0: cy - 5, x1: cx + 5, y1: cy + 5 });
  }
  dots.clear();
  for (const s of sorted) {
    const key = `${s.power}:${s.interest}`;
    const k = dots.get(key) ?? 0;
    dots.set(key, k + 1);
    const cx = x(s.interest) + (k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * 9);
    const cy = y(s.power);
    const name = truncate(s.name, 130, 10);
    const w = textWidth(name, 10);
    const spots: [number, number, 'start' | 'end' | 'middle'][] = [
      [cx + 8, cy + 4, 'start'],
      [cx - 8, cy + 4, 'end'],
      [cx, cy + 17, 'middle'],
      [cx, cy - 9, 'middle'],
      [cx, cy + 29, 'middle'],
      [cx, cy - 21, 'middle'],
    ];
    for (const [lx, ly, anchor] of spots) {
      const x0 = anchor === 'start' ? lx : anchor === 'end' ? lx - w : lx - w / 2;
      const box = { x0, y0: ly - 10, x1: x0 + w, y1: ly + 2 };
      const inside =
        box.x0 >= 2 && box.x1 <= o.width - 2 && box.y0 >= 28 && box.y1 <= o.height - 24;
      if (
        !inside ||
        boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)
      )
        continue;
      boxes.push(box);
      body.push(label(lx, ly, s.name, { anchor, cls: 's', maxWidth: 130, size: 10 }));
      break;
    }
  }
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
